import Foundation
import LantuSite
import Testing

/// `lantu serve` keeps what it read and rendered between builds and re-renders only what an
/// edit affects; a preview that drifted from what `lantu build` publishes would mislead the
/// office. After every edit, the incremental build must equal a clean build byte for byte.
@Suite struct IncrementalBuildTests {
    /// An edit to the example content and what it should reach.
    struct Edit: CustomStringConvertible, Sendable {
        let description: String
        let file: String
        let change: @Sendable (String) -> String
    }

    static let edits: [Edit] = [
        Edit(description: "plan text", file: "plans/tjutc.md") { $0.replacingOccurrences(of: "# 二、发展目标", with: "# 二、发展目标\n\n新增的一段说明。") },
        Edit(description: "a measurement in a report", file: "reports/2023.md") { $0.replacingOccurrences(of: "| 学前三年毛入园率 | 92.8 |", with: "| 学前三年毛入园率 | 90.1 |") },
        Edit(description: "a measurement of the parent's indicator a child's indicator serves", file: "reports/2023.md") { $0.replacingOccurrences(of: "| 义务教育巩固率 | 99.2 | |", with: "| 义务教育巩固率 | 99.2 | |\n| 专业学位研究生双导师比例 | 41 | |") },
        Edit(description: "the parent plan's title, shown on the child's pages", file: "plans/tj-edu.md") { $0.replacingOccurrences(of: "title: 天津市教育现代化“十四五”规划", with: "title: 天津市教育现代化“十四五”规划（修订）") },
        Edit(description: "a unit's short name", file: "units.yml") { $0.replacingOccurrences(of: "short: 组织处", with: "short: 组织部门") },
        Edit(description: "the site title, on every page", file: "site.yml") { $0.replacingOccurrences(of: "title: 天津市教育现代化“十四五”规划实施监测", with: "title: 规划实施监测") },
        Edit(description: "a report removed", file: "reports/midterm.md") { _ in "" },
    ]

    @Test func everyEditGivesTheCleanBuild() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content")
        try FileManager.default.copyItem(atPath: Paths.exampleContent, toPath: content.path)
        let preview = folder.appendingPathComponent("preview")
        let options = SiteBuild.Options(content: content.path, templates: Paths.templates, output: preview.path)
        var memory = SiteBuild.Memory()
        #expect(SiteBuild.run(options, memory: &memory).summary != nil)
        for (index, edit) in Self.edits.enumerated() {
            let file = content.appendingPathComponent(edit.file)
            let text = try String(contentsOf: file, encoding: .utf8)
            let changed = edit.change(text)
            #expect(changed != text, "edit \(edit) did not apply")
            if changed.isEmpty {
                try FileManager.default.removeItem(at: file)
            } else {
                try changed.write(to: file, atomically: true, encoding: .utf8)
            }
            let incremental = SiteBuild.run(options, memory: &memory)
            #expect(incremental.failures.isEmpty, "\(edit): \(incremental.failures)")
            let clean = folder.appendingPathComponent("clean-\(index)")
            build(content.path, into: clean)
            let expected = tree(clean)
            let actual = tree(preview)
            #expect(expected.count > 50)
            #expect(Set(actual.keys) == Set(expected.keys), "\(edit): different files")
            for (path, bytes) in expected where actual[path] != bytes {
                Issue.record("\(edit): \(path) differs from a clean build")
            }
            #expect((incremental.summary?.written ?? 0) < expected.count, "\(edit): rewrote every file")
        }
    }

    /// The memory only skips rendering; an unchanged rebuild still writes nothing.
    @Test func anUnchangedRebuildWritesNothing() {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let options = SiteBuild.Options(content: Paths.exampleContent, templates: Paths.templates, output: folder.appendingPathComponent("out").path)
        var memory = SiteBuild.Memory()
        let first = SiteBuild.run(options, memory: &memory)
        let second = SiteBuild.run(options, memory: &memory)
        #expect((first.summary?.written ?? 0) > 50)
        #expect(second.summary?.written == 0)
        #expect(second.summary?.unchanged == first.summary?.written)
    }
}
