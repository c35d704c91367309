import LantuDiagnostics
import Foundation
import Testing
@testable import LantuSite

/// A broken theme is reported where it is broken, and nothing is built.
@Suite struct ThemeErrorTests {
    func brokenTheme(_ edit: (URL) throws -> Void) throws -> [String] {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let theme = folder.appendingPathComponent("templates")
        try FileManager.default.copyItem(atPath: Paths.templates, toPath: theme.path)
        try edit(theme)
        let outcome = SiteBuild.run(.init(content: Paths.fixture("golden"), templates: theme.path, output: folder.appendingPathComponent("out").path))
        #expect(outcome.summary == nil)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
        // The fixture's own warnings (a stale indicator, an overdue task) are printed too; these tests look at the errors.
        return outcome.diagnostics.errors.map { "\(($0.location.file as NSString).lastPathComponent):\($0.location.line): \($0.message)" }
    }

    @Test func aMissingPartialFailsTheBuild() throws {
        let messages = try brokenTheme { theme in
            let page = theme.appendingPathComponent("page.mustache")
            let text = try String(contentsOf: page, encoding: .utf8).replacingOccurrences(of: "{{> foot}}", with: "{{> footer}}")
            try text.write(to: page, atomically: true, encoding: .utf8)
        }
        #expect(messages == ["page.mustache:3: 模板引用的片段“footer”不存在"])
    }

    @Test func aSyntaxErrorIsLocated() throws {
        let messages = try brokenTheme { theme in
            try "<p>\n{{#open}}\n</p>\n".write(to: theme.appendingPathComponent("page.mustache"), atomically: true, encoding: .utf8)
        }
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("page.mustache:") == true)
        #expect(messages.first?.contains("模板语法错误：") == true)
    }

    @Test func anAliasBombInTheUIStringsIsRefused() throws {
        let bomb = (0..<9).map { level -> String in
            let name = "l\(level)"
            let items = Array(repeating: level == 0 ? "x" : "*l\(level - 1)", count: 9)
            return "\(name): &\(name) [\(items.joined(separator: ","))]"
        }.joined(separator: "\n")
        let start = Date()
        let messages = try brokenTheme { theme in
            let file = theme.appendingPathComponent("strings/zh-CN.yml")
            try (String(contentsOf: file, encoding: .utf8) + bomb + "\n").write(to: file, atomically: true, encoding: .utf8)
        }
        #expect(Date().timeIntervalSince(start) < 2)
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("zh-CN.yml:") == true)
        #expect(messages.first?.contains("YAML 别名（*名称）在这里展开后超过 100000 个值") == true)
    }

    /// A UI strings file typed with a Chinese input method is read as meant: the build goes on,
    /// with a warning at the line.
    @Test func aFullWidthColonInTheUIStringsIsAWarningAndTheSiteBuilds() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let theme = folder.appendingPathComponent("templates")
        try FileManager.default.copyItem(atPath: Paths.templates, toPath: theme.path)
        let strings = theme.appendingPathComponent("strings/zh-CN.yml")
        try String(contentsOf: strings, encoding: .utf8).replacingOccurrences(of: "nav_home: 首页", with: "nav_home：首页")
            .write(to: strings, atomically: true, encoding: .utf8)
        let outcome = SiteBuild.run(.init(content: Paths.fixture("golden"), templates: theme.path, output: folder.appendingPathComponent("out").path))
        #expect(outcome.summary != nil, "\(outcome.diagnostics)")
        let slip = try #require(outcome.diagnostics.first { $0.code == "yaml-full-width-colon" })
        #expect(slip.severity == .warning && slip.location.file.hasSuffix("strings/zh-CN.yml") && slip.location.line == 2 && slip.location.column == 9)
        #expect(try String(contentsOf: folder.appendingPathComponent("out/index.html"), encoding: .utf8).contains(">首页<"))
    }
}
