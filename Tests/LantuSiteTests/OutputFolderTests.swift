import Foundation
import LantuModel
import Testing

/// The output folder is lantu's only as far as its record says, and it changes all at once:
/// each test runs the `lantu` command the way an administrator does, then looks at the folder.
@Suite(.serialized) struct OutputFolderTests {
    struct Run {
        let status: Int32
        let output: String
    }

    /// Runs lantu, optionally under another program (strace), in `folder`.
    static func lantu(_ arguments: [String], in folder: URL? = nil, under wrapper: [String] = []) throws -> Run {
        let process = Process()
        if wrapper.isEmpty {
            process.executableURL = CommandLineTests.executable
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: wrapper[0])
            process.arguments = Array(wrapper.dropFirst()) + [CommandLineTests.executable.path] + arguments
        }
        if let folder { process.currentDirectoryURL = folder }
        // Output goes to a file, not a pipe: a read of a pipe that a child's exit interrupts
        // (EINTR) is a fatal error in Foundation's FileHandle, and this suite ends many children.
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("lantu-run-\(UUID().uuidString).txt")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return Run(status: process.terminationStatus, output: try String(contentsOf: log, encoding: .utf8))
    }

    /// A copy of the golden fixture's content, and the same content with one page edited and
    /// one plan removed (so a build of it writes, links and removes files).
    static func twoVersions(in folder: URL) throws -> (old: String, new: String) {
        let old = folder.appendingPathComponent("old")
        let new = folder.appendingPathComponent("new")
        try FileManager.default.copyItem(atPath: Paths.fixture("golden"), toPath: old.path)
        try FileManager.default.copyItem(atPath: Paths.fixture("golden"), toPath: new.path)
        let about = new.appendingPathComponent("about.md")
        try (String(contentsOf: about, encoding: .utf8) + "\n新增的一段说明。\n").write(to: about, atomically: true, encoding: .utf8)
        return (old.path, new.path)
    }

    /// The old version built into `site` with hand-made files added; returns the new version.
    static func oldSiteWithHandMadeFiles(at site: URL, in folder: URL) throws -> String {
        let (old, new) = try twoVersions(in: folder)
        #expect(try lantu(["build", "--content", old, "--templates", Paths.templates, "--output", site.path]).status == 0)
        try addForeignFiles(to: site)
        return new
    }

    /// Every file and symlink below `root`, hidden ones included, with its bytes or target.
    static func everything(_ root: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let base = root.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [:] }
        for case let path as String in enumerator {
            let full = base + "/" + path
            if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: full) {
                files[path] = Data(("→" + target).utf8)
            } else if let data = FileManager.default.contents(atPath: full) {
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue { files[path] = data }
            }
        }
        return files
    }

    /// What a web administrator put there by hand.
    static let foreign: [String: Data] = [
        "CNAME": Data("plan.example.edu.cn\n".utf8),
        ".htaccess": Data("Options -Indexes\n".utf8),
        "uploads/photo.jpg": Data([0xFF, 0xD8, 0xFF, 0xE0]),
        "规划文本.docx": Data("PK".utf8),
    ]

    static func addForeignFiles(to site: URL) throws {
        for (path, data) in foreign {
            let url = site.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("latest").path, withDestinationPath: "reports")
        try FileManager.default.createDirectory(at: site.appendingPathComponent("uploads/2025"), withIntermediateDirectories: true)
    }

    /// Names lantu left beside the output, other than its lock.
    static func leftovers(beside site: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: site.deletingLastPathComponent().path)
            .filter { $0.hasPrefix(".\(site.lastPathComponent).lantu-") && $0 != ".\(site.lastPathComponent).lantu-lock" }
    }

    @Test func refusesOutputFoldersThatHoldTheProject() throws {
        let project = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: project) }
        try FileManager.default.copyItem(atPath: Paths.fixture("golden"), toPath: project.appendingPathComponent("content").path)
        try FileManager.default.copyItem(atPath: Paths.templates, toPath: project.appendingPathComponent("templates").path)
        try Data("report".utf8).write(to: project.appendingPathComponent("报告.docx"))
        let before = Self.everything(project)

        for output in [".", "..", "content", "content/site", "templates", "templates/assets"] {
            let run = try Self.lantu(["build", "--output", output], in: project)
            #expect(run.status == 2, "--output \(output): \(run.output)")
            #expect(run.output.contains("error: 输出文件夹 \(output) "), "\(run.output)")
            #expect(run.output.contains("提示：") && run.output.contains("另选一个单独的输出文件夹"), "\(run.output)")
        }
        let serve = try Self.lantu(["serve", "--output", ".", "--port", "0"], in: project)
        #expect(serve.status == 2, "\(serve.output)")
        #expect(Self.everything(project) == before, "nothing in the project was touched")
    }

    @Test func keepsEveryFileItDidNotWriteAndRemovesOnlyItsOwn() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        let new = try Self.oldSiteWithHandMadeFiles(at: site, in: folder)
        try FileManager.default.removeItem(atPath: new + "/reports/2023.md")

        let run = try Self.lantu(["build", "--content", new, "--templates", Paths.templates, "--output", site.path])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("删除"))
        let after = Self.everything(site)
        for (path, data) in Self.foreign { #expect(after[path] == data, "\(path) kept as it was") }
        #expect(after["latest"] == Data("→reports".utf8))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("uploads/2025").path), "an empty folder is kept")
        #expect(after["reports/2023.html"] == nil, "the removed report's page went")
        #expect(try Self.leftovers(beside: site) == [])
    }

    @Test func aFirstBuildIntoSomeoneElsesFolderIsRefusedUnlessTakenOver() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let www = folder.appendingPathComponent("www")
        try Self.addForeignFiles(to: www)
        try Data("<p>hand-made</p>".utf8).write(to: www.appendingPathComponent("about.html"))
        let before = Self.everything(www)

        let refused = try Self.lantu(["build", "--content", Paths.fixture("golden"), "--templates", Paths.templates, "--output", www.path])
        #expect(refused.status == 2)
        #expect(refused.output.contains("里已有 5 个不是 lantu 写的文件"), "\(refused.output)")
        #expect(refused.output.contains("加上 --take-over"))
        #expect(Self.everything(www) == before)

        let taken = try Self.lantu(["build", "--content", Paths.fixture("golden"), "--templates", Paths.templates, "--output", www.path, "--take-over"])
        #expect(taken.status == 0, "\(taken.output)")
        let after = Self.everything(www)
        for (path, data) in Self.foreign { #expect(after[path] == data) }
        #expect(after["about.html"] != Data("<p>hand-made</p>".utf8), "taken over: the site's page replaced the hand-made one")

        // From now on a hand-made file at a path the site needs is refused, not replaced.
        try FileManager.default.removeItem(at: www.appendingPathComponent("methodology.html"))
        try Data("mine".utf8).write(to: www.appendingPathComponent("methodology.html"))
        try Data("{}".utf8).write(to: www.appendingPathComponent(".lantu-files.bak"))
        let record = try String(contentsOf: www.appendingPathComponent(".lantu-files"), encoding: .utf8)
        try record.replacingOccurrences(of: "methodology.html\n", with: "").write(to: www.appendingPathComponent(".lantu-files"), atomically: true, encoding: .utf8)
        let blocked = try Self.lantu(["build", "--content", Paths.fixture("golden"), "--templates", Paths.templates, "--output", www.path])
        #expect(blocked.status == 2)
        #expect(blocked.output.contains("methodology.html: error: methodology.html 不是 lantu 写的，而网站现在要用这个路径"), "\(blocked.output)")
        #expect(try String(contentsOf: www.appendingPathComponent("methodology.html"), encoding: .utf8) == "mine")
    }

    @Test func aBuildWithNoChangesSwapsAndRewritesNothing() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        let arguments = ["build", "--content", Paths.fixture("golden"), "--templates", Paths.templates, "--output", site.path]
        #expect(try Self.lantu(arguments).status == 0)
        func identity(_ path: String) throws -> [Int] {
            let attributes = try FileManager.default.attributesOfItem(atPath: site.path + path)
            return [(attributes[.systemFileNumber] as! NSNumber).intValue, Int((attributes[.modificationDate] as! Date).timeIntervalSince1970 * 1000)]
        }
        let before = try ["", "/index.html", "/.lantu-files"].map(identity)
        let again = try Self.lantu(arguments)
        #expect(again.output.contains("：写入 0 个文件，"), "\(again.output)")
        #expect(try ["", "/index.html", "/.lantu-files"].map(identity) == before, "same folder, same files, not touched")
    }

    /// kill -9 at every file operation of a build that writes, links, swaps and removes:
    /// afterwards the folder is the whole old site or the whole new one, with the hand-made
    /// files, and the next build finishes the job and leaves nothing behind.
    @Test func aBuildKilledAtAnyFileOperationLeavesTheOldSiteOrTheNew() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/strace") else {
            Issue.record("needs strace (Debian's strace package) to inject the kills")
            return
        }
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (old, new) = try Self.twoVersions(in: folder)
        try FileManager.default.removeItem(atPath: new + "/reports/2023.md")
        func fresh(_ content: String, _ name: String) throws -> [String: Data] {
            let site = folder.appendingPathComponent(name)
            #expect(try Self.lantu(["build", "--content", content, "--templates", Paths.templates, "--output", site.path]).status == 0)
            try Self.addForeignFiles(to: site)
            return Self.everything(site)
        }
        let oldSite = try fresh(old, "expected-old")
        let newSite = try fresh(new, "expected-new")
        #expect(oldSite != newSite)
        let site = folder.appendingPathComponent("site")
        let arguments = ["build", "--content", new, "--templates", Paths.templates, "--output", site.path]

        // How many of each call a whole build makes, then a kill at each one.
        let calls = ["openat", "write", "mkdir", "link", "symlink", "renameat2", "unlink", "rmdir"]
        let plain = { () throws -> Void in
            try? FileManager.default.removeItem(at: site)
            try FileManager.default.copyItem(at: folder.appendingPathComponent("expected-old"), to: site)
        }
        try plain()
        let count = folder.appendingPathComponent("count.txt")
        _ = try Self.lantu(arguments, under: ["/usr/bin/strace", "-f", "-c", "-o", count.path, "-e", "trace=" + calls.joined(separator: ",")])
        let table = try String(contentsOf: count, encoding: .utf8)
        var kills = 0
        for call in calls {
            let line = table.split(separator: "\n").first { $0.split(separator: " ").last.map(String.init) == call }
            let total = line.flatMap { Int($0.split(separator: " ", omittingEmptySubsequences: true)[3]) } ?? 0
            // Every call that makes the new site or swaps it in; a sample of the opens (most
            // read content) and of the removals of the old site after the swap.
            let stride = ["openat": 20, "unlink": 3, "rmdir": 3][call] ?? 1
            for when in Swift.stride(from: 1, through: total, by: stride) {
                try plain()
                let killed = try Self.lantu(arguments, under: ["/usr/bin/strace", "-f", "-o", "/dev/null", "-e", "trace=\(call)", "-e", "inject=\(call):signal=SIGKILL:when=\(when)"])
                let state = Self.everything(site)
                #expect(state == oldSite || state == newSite, "killed at \(call) #\(when) (exit \(killed.status)): a mix of the two sites")
                kills += 1
                let next = try Self.lantu(arguments)
                #expect(next.status == 0, "after a kill at \(call) #\(when): \(next.output)")
                #expect(Self.everything(site) == newSite)
                #expect(try Self.leftovers(beside: site) == [], "after a kill at \(call) #\(when)")
            }
        }
        #expect(kills > 40, "the build made the file operations it was expected to")
    }

    /// A full disk, a file that cannot be linked or removed, a folder that cannot be swapped.
    @Test func aBuildThatCannotFinishLeavesTheOldSite() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        let new = try Self.oldSiteWithHandMadeFiles(at: site, in: folder)
        let before = Self.everything(site)
        let arguments = ["build", "--content", new, "--templates", Paths.templates, "--output", site.path]

        // (A failing `write` is injected on a real full disk below: strace cannot tell a page's
        // writes from Dispatch's own, and failing those hangs the process rather than the build.)
        for fault in ["mkdir:error=EDQUOT:when=3", "mkdir:error=ENOSPC:when=6", "symlink:error=ENOSPC", "renameat2:error=EACCES"] {
            let call = String(fault.prefix { $0 != ":" })
            let run = try Self.lantu(arguments, under: ["/usr/bin/strace", "-f", "-o", "/dev/null", "-e", "trace=\(call)", "-e", "inject=\(fault)"])
            #expect(run.status == 1, "\(fault): \(run.output)")
            #expect(run.output.contains("error: 无法写入网站："), "\(fault): \(run.output)")
            #expect(run.output.contains("保持原样"))
            #expect(Self.everything(site) == before, "\(fault): the old site, whole")
            #expect(try Self.leftovers(beside: site) == [], "\(fault): the half-made site was removed")
        }

        // An immutable file in the old site: it cannot be linked (so it is copied) nor removed
        // with the old site after the swap; the new site is whole and the next build retries.
        let immutable = site.appendingPathComponent("uploads/photo.jpg").path
        guard Self.chattr("+i", immutable) else {
            Issue.record("needs root and a file system with chattr +i (ext4) for the immutable-file case")
            return
        }
        let run = try Self.lantu(arguments)
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("没能删除；下次构建时会再试"), "\(run.output)")
        #expect(Self.everything(site)["uploads/photo.jpg"] == Self.foreign["uploads/photo.jpg"])
        #expect(Self.everything(site)["about.html"] != before["about.html"], "the new site is in place")
        let stuck = try Self.leftovers(beside: site)
        #expect(stuck.count == 1)
        for name in stuck { _ = Self.chattr("-i", folder.appendingPathComponent(name + "/uploads/photo.jpg").path) }
        #expect(try Self.lantu(arguments).status == 0)
        #expect(try Self.leftovers(beside: site) == [], "the next build removed it")
    }

    /// A real full disk: a small tmpfs holding the old site and a file that fills it.
    @Test func aFullDiskLeavesTheOldSite() throws {
        let folder = temporaryFolder()
        let disk = folder.appendingPathComponent("disk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        guard Self.run("/usr/bin/mount", ["-t", "tmpfs", "-o", "size=2m", "tmpfs", disk.path]) else {
            Issue.record("needs root and mount(8) for a small tmpfs")
            return
        }
        defer {
            _ = Self.run("/usr/bin/umount", [disk.path])
            try? FileManager.default.removeItem(at: folder)
        }
        let site = disk.appendingPathComponent("site")
        let new = try Self.oldSiteWithHandMadeFiles(at: site, in: folder)
        let before = Self.everything(site)
        let filler = disk.appendingPathComponent("filler")
        _ = Self.run("/usr/bin/dd", ["if=/dev/zero", "of=\(filler.path)", "bs=4k"])
        let full = try Self.lantu(["build", "--content", new, "--templates", Paths.templates, "--output", site.path])
        #expect(full.status == 1, "\(full.output)")
        #expect(full.output.contains("No space left on device"), "\(full.output)")
        #expect(Self.everything(site) == before)
        #expect(try Self.leftovers(beside: site) == [])
        try FileManager.default.removeItem(at: filler)
        #expect(try Self.lantu(["build", "--content", new, "--templates", Paths.templates, "--output", site.path]).status == 0)
        #expect(Self.everything(site)["about.html"] != before["about.html"])
    }

    static func run(_ tool: String, _ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    static func chattr(_ flag: String, _ path: String) -> Bool {
        run("/usr/bin/chattr", [flag, path])
    }

    @Test func oneBuildAtATimePerOutputFolder() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (old, new) = try Self.twoVersions(in: folder)
        let site = folder.appendingPathComponent("site")
        #expect(try Self.lantu(["build", "--content", old, "--templates", Paths.templates, "--output", site.path]).status == 0)
        let oldSite = Self.everything(site)

        // While another process holds the lock, a build says so and changes nothing.
        let lock = open(folder.appendingPathComponent(".site.lantu-lock").path, O_RDWR)
        #expect(flock(lock, LOCK_EX) == 0)
        let busy = try Self.lantu(["build", "--content", new, "--templates", Paths.templates, "--output", site.path])
        #expect(busy.status == 1)
        #expect(busy.output.contains("error: 另一个 lantu（build、serve 或 publish）正在写入 \(site.standardizedFileURL.path)；什么都没有改动"), "\(busy.output)")
        #expect(Self.everything(site) == oldSite)
        close(lock)

        // Two builds started at once: each finishes or says it is busy, and the folder is one whole site.
        let newSite = folder.appendingPathComponent("expected-new")
        #expect(try Self.lantu(["build", "--content", new, "--templates", Paths.templates, "--output", newSite.path]).status == 0)
        for _ in 1...5 {
            let runs = [old, new].concurrentMap { content in
                try! Self.lantu(["build", "--content", content, "--templates", Paths.templates, "--output", site.path])
            }
            for run in runs {
                #expect(run.status == 0 || run.output.contains("正在写入"), "\(run.output)")
            }
            let state = Self.everything(site)
            #expect(state == oldSite || state == Self.everything(newSite))
        }
    }

    @Test func aPublishKilledBeforeItsSwitchIsNeverRolledBackTo() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let www = folder.appendingPathComponent("www").path
        let publish = ["publish", www, "--content", Paths.fixture("golden"), "--templates", Paths.templates]
        #expect(try Self.lantu(publish).status == 0)
        // A release that was built but never went live, as a publish killed before its switch leaves it.
        try FileManager.default.copyItem(atPath: www + "/releases/1", toPath: www + "/releases/2")
        #expect(try Self.lantu(publish).status == 0)
        #expect(!FileManager.default.fileExists(atPath: www + "/releases/2"), "the release that never went live was removed")
        #expect(FileManager.default.fileExists(atPath: www + "/releases/3/index.html"), "and its number is not used again")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: www + "/current") == "releases/3")
        let back = try Self.lantu(["publish", www, "--rollback"])
        #expect(back.output.contains("current → releases/1"), "\(back.output)")
        let again = try Self.lantu(["publish", www, "--rollback"])
        #expect(again.status == 1)
        #expect(again.output.contains("第 1 版之前没有已发布的版本"), "\(again.output)")
    }
}
