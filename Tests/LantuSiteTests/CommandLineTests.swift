import Foundation
import Testing

/// Runs the built `lantu` executable the way a user does and checks what they see.
@Suite struct CommandLineTests {
    /// The executable sits next to the test bundle in SwiftPM's build folder.
    static let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("lantu")

    func lantu(_ arguments: [String]) throws -> ProgramRun {
        try #require(FileManager.default.isExecutableFile(atPath: Self.executable.path), "build lantu first: swift build --build-tests")
        return try ProgramRun.run(arguments)
    }

    @Test func buildsAndSaysWhatItWrote() throws {
        let output = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let run = try lantu(["build", "--content", Paths.fixture("golden"), "--templates", Paths.templates, "--output", output.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("写入 \(tree(Paths.snapshot("golden")).count) 个文件，0 个未变，删除 0 个"))
    }

    /// A content folder with a one-letter name, given as a relative path, as people type it.
    @Test func aOneLetterContentFolderBuilds() throws {
        let work = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        try FileManager.default.copyItem(atPath: Paths.fixture("golden"), toPath: work.appendingPathComponent("c").path)
        let check = try ProgramRun.run(["check", "--content", "c"], in: work)
        #expect(check.status == 0, "\(check.stderr)")
        let build = try ProgramRun.run(["build", "--content", "c", "--output", "s"], in: work)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(FileManager.default.fileExists(atPath: work.appendingPathComponent("s/index.html").path))
    }

    @Test func contentErrorsExitOneWithCompilerStyleDiagnostics() throws {
        let broken = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: broken) }
        try FileManager.default.createDirectory(at: broken.appendingPathComponent("plans"), withIntermediateDirectories: true)
        try "title: t\n".write(to: broken.appendingPathComponent("site.yml"), atomically: true, encoding: .utf8)
        try "---\ntitle: p\nperiod: 2021-2025\n---\n# 一、甲\n- 牵头部门：处\n- 完成时限：2025\n".write(to: broken.appendingPathComponent("plans/p.md"), atomically: true, encoding: .utf8)
        let run = try lantu(["build", "--content", broken.path, "--templates", Paths.templates, "--output", broken.appendingPathComponent("../out-\(UUID())").path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("plans/p.md:6:1: error: 无法识别任务下的“牵头部门” [unknown-task-key]\n    提示：是不是要写“牵头单位”？"))
        #expect(run.stderr.contains("构建失败：1 个错误，0 个警告"))
    }

    @Test func buildPrintsEveryWarningAndACount() throws {
        let content = temporaryFolder()
        let output = temporaryFolder()
        defer { for folder in [content, output] { try? FileManager.default.removeItem(at: folder) } }
        try FileManager.default.createDirectory(at: content.appendingPathComponent("plans"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: content.appendingPathComponent("reports"), withIntermediateDirectories: true)
        try "title: t\n".write(to: content.appendingPathComponent("site.yml"), atomically: true, encoding: .utf8)
        try """
        ---
        title: p
        period: 2021-2025
        ---
        | 指标 | 2020年 | 2025年 |
        |---|---|---|
        | 毛入园率 | 92 | 95 |
        # 一、甲
        - 牵头单位：基础教育处
        # 二、乙
        - 牵头单位：基础教育处
        # 三、丙
        - 牵头单位：基础教育外

        """.write(to: content.appendingPathComponent("plans/p.md"), atomically: true, encoding: .utf8)
        try "---\ndate: 2024-01-10\n---\n| 指标 | 数值 |\n|---|---|\n| 毛入园率 | 93 |\n"
            .write(to: content.appendingPathComponent("reports/r.md"), atomically: true, encoding: .utf8)
        let run = try lantu(["build", "--content", content.path, "--templates", Paths.templates, "--output", output.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("plans/p.md:12:1: warning: 单位“基础教育外”只出现了一次 [unit-used-once]\n    提示：是不是要写“基础教育处”？"), "\(run.stderr)")
        #expect(run.stderr.contains("reports/r.md:4:1: warning: 这个表格列了指标，但没有年份列；已当作普通表格显示 [table-indicators-without-year]"))
        #expect(run.stderr.hasSuffix("0 个错误，2 个警告\n"))
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try lantu(["build", "--no-such-option"]).status == 2)
        #expect(try lantu(["build", "--base-url", "ftp://x"]).status == 2)
    }

    @Test func helpExplainsTheOptions() throws {
        let run = try lantu(["build", "--help"])
        #expect(run.status == 0)
        for option in ["--content", "--templates", "--output", "--base-url"] {
            #expect(run.stdout.contains(option))
        }
    }
}
