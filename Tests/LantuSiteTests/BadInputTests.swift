import Foundation
import Testing

/// Bad and hostile input, run through the `lantu` command as a user would: the expected
/// located diagnostic, the exit code, no crash, and the previous site left byte for byte.
@Suite struct BadInputTests {
    static let corpus = Paths.tests.appendingPathComponent("Fixtures/invalid")
    static let cases = ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []).sorted()

    struct Run {
        let status: Int32
        let stderr: String
    }

    /// Runs lantu (optionally as another user) and returns its status and error output.
    func lantu(_ arguments: [String], as user: String? = nil, executable: URL = CommandLineTests.executable) throws -> Run {
        let process = Process()
        if let user {
            process.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
            process.arguments = ["-u", user, "--", executable.path] + arguments
        } else {
            process.executableURL = CommandLineTests.executable
            process.arguments = arguments
        }
        // `check` prints its findings on standard output, `build` on standard error: read both.
        let err = Pipe()
        process.standardError = err
        process.standardOutput = err
        try process.run()
        let data = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stderr: String(decoding: data, as: UTF8.self))
    }

    /// A previous site to protect: the golden fixture's output.
    func previousSite() throws -> URL {
        let output = temporaryFolder().appendingPathComponent("site")
        try FileManager.default.copyItem(at: Paths.snapshot("golden"), to: output)
        return output
    }

    @Test func theCorpusHasAtLeastFortyCases() {
        #expect(Self.cases.count >= 40)
    }

    @Test(arguments: cases)
    func eachDefectIsReportedWhereItIs(name: String) throws {
        let folder = Self.corpus.appendingPathComponent(name)
        let expected = try String(contentsOf: folder.appendingPathComponent("expected.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let output = try previousSite()
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let before = tree(output)
        let run = try lantu(["build", "--content", folder.appendingPathComponent("content").path, "--templates", Paths.templates, "--output", output.path])
        #expect("exit \(run.status)" == expected[0], "\(name): \(run.stderr)")
        for words in expected.dropFirst() {
            #expect(run.stderr.contains(words), "\(name): expected “\(words)” in\n\(run.stderr)")
        }
        #expect(tree(output) == before, "\(name) changed the previous site")
    }

    /// Inputs generated here rather than committed: too large, or super-linear in libcmark-gfm.
    @Test(arguments: [
        ("huge-plan", String(repeating: "推进教育现代化，办好人民满意的教育。\n\n", count: 400_000), "lantu 只读取不超过 8 MB 的内容文件"),
        ("wide-header-long-table", "|" + String(repeating: " h |", count: 200) + "\n" + String(repeating: "| a |\n", count: 80_000), "列，lantu 最多接受 64 列"),
        ("one-long-row", "| 指标 |\n|---|\n|" + String(repeating: "a|", count: 80_000) + "\n", "列，lantu 最多接受 64 列"),
        ("many-cells", "| a | b |\n|---|---|\n" + String(repeating: "| 1 | 2 |\n", count: 60_000), "格（已有"),
        ("html-comments", "a" + String(repeating: "<!--", count: 50_000) + "\n", ""),
        ("link-brackets", String(repeating: "[ (](", count: 50_000) + "\n", ""),
        ("emphasis-runs", String(repeating: "*a **b ", count: 50_000) + "\n", ""),
        ("deep-headings", (0..<1000).map { String(repeating: "#", count: $0 % 6 + 1) + " 标题\n" }.joined(), ""),
    ])
    func hostileSizesBuildQuicklyOrAreRefused(name: String, body: String, refusal: String) throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content.appendingPathComponent("plans"), withIntermediateDirectories: true)
        try "title: t\n".write(to: content.appendingPathComponent("site.yml"), atomically: true, encoding: .utf8)
        try ("---\ntitle: x\nperiod: 2021-2025\n---\n" + body).write(to: content.appendingPathComponent("plans/p.md"), atomically: true, encoding: .utf8)
        let start = Date()
        let run = try lantu(["check", "--content", content.path, "--templates", Paths.templates])
        let seconds = Date().timeIntervalSince(start)
        if refusal.isEmpty {
            #expect(run.status == 0, "\(name): \(run.stderr.prefix(300))")
            #expect(seconds < 5, "\(name) took \(seconds) s")
        } else {
            #expect(run.status == 1 && run.stderr.contains(refusal) && run.stderr.contains("plans/p.md:"), "\(name): \(run.stderr.prefix(300))")
        }
    }

    @Test func anOutputFolderInsideTheContentIsAUsageMistakeReported() throws {
        let run = try lantu(["build", "--content", Paths.fixture("golden"), "--templates", Paths.templates, "--output", Paths.fixture("golden") + "/out"])
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.contains("/out 在内容文件夹 \(Paths.fixture("golden")) 里面；把网站写在那里会替换掉它 [output-overlaps]"))
        #expect(run.stderr.contains("提示：在 content/ 旁边另选一个单独的输出文件夹，例如 --output site"))
    }

    /// Root reads everything, so these run as `nobody`, as a web administrator's account would.
    /// The binary and templates are copied out first: a clone may sit in a folder only root can enter.
    @Test func unreadableContentAndUnwritableOutputAreReported() throws {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser") else {
            Issue.record("needs root and runuser to act as another user")
            return
        }
        let folder = URL(fileURLWithPath: "/tmp/lantu-nobody-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content")
        try FileManager.default.copyItem(atPath: Paths.fixture("golden"), toPath: content.path)
        let output = folder.appendingPathComponent("site")
        try FileManager.default.copyItem(at: Paths.snapshot("golden"), to: output)
        let templates = folder.appendingPathComponent("templates")
        try FileManager.default.copyItem(atPath: Paths.templates, toPath: templates.path)
        for path in [folder.path] + (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).map({ folder.path + "/" + $0 }) {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            try FileManager.default.setAttributes([.posixPermissions: isFolder.boolValue ? 0o755 : 0o644], ofItemAtPath: path)
        }
        let executable = folder.appendingPathComponent("lantu")
        try FileManager.default.copyItem(at: CommandLineTests.executable, to: executable)
        let before = tree(output)
        let secret = content.appendingPathComponent("about.md")
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: secret.path)
        let unreadable = try lantu(["check", "--content", content.path, "--templates", templates.path], as: "nobody", executable: executable)
        #expect(unreadable.status == 1 && unreadable.stderr.contains("about.md: error: 无法读取这个文件："), "\(unreadable.stderr)")
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: secret.path)
        try String(contentsOf: secret, encoding: .utf8).appending("\n新增一段。\n").write(to: secret, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: secret.path)
        let unwritable = try lantu(["build", "--content", content.path, "--templates", templates.path, "--output", output.path], as: "nobody", executable: executable)
        #expect(unwritable.status == 1 && unwritable.stderr.contains("error: 无法写入网站："), "\(unwritable.stderr)")
        #expect(tree(output) == before)
    }
}

/// Builds in different folders, at different times, under different locales and time zones
/// give the same bytes.
@Suite struct DeterminismTests {
    @Test func buildsDoNotDependOnFolderTimeLocaleOrTimeZone() throws {
        var trees: [[String: Data]] = []
        for (locale, zone) in [("C", "UTC"), ("zh_CN.UTF-8", "Asia/Shanghai"), ("de_DE.UTF-8", "America/Los_Angeles")] {
            let output = temporaryFolder().appendingPathComponent("site-\(locale)")
            defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
            let process = Process()
            process.executableURL = CommandLineTests.executable
            process.arguments = ["build", "--content", Paths.exampleContent, "--templates", Paths.templates, "--output", output.path]
            process.environment = ["LANG": locale, "LC_ALL": locale, "TZ": zone, "PATH": "/usr/bin:/bin"]
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            trees.append(tree(output))
            Thread.sleep(forTimeInterval: 1.1)
        }
        #expect(trees[0].count > 50)
        #expect(trees[0] == trees[1] && trees[1] == trees[2])
    }
}
