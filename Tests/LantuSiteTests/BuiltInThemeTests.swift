import Foundation
import Testing
import LantuDiagnostics
@testable import LantuSite

/// The default theme is inside lantu: a site builds with no templates folder anywhere, and a
/// templates folder replaces the built-in theme file by file.
@Suite struct BuiltInThemeTests {
    /// The fixture's content alone in a fresh folder, with nothing beside it.
    func contentAlone() throws -> (folder: URL, content: String) {
        let folder = temporaryFolder()
        let content = folder.appendingPathComponent("content")
        try FileManager.default.copyItem(atPath: Paths.fixture("golden"), toPath: content.path)
        return (folder, content.path)
    }

    @Test func theBuiltInThemeIsTheRepositorysTemplatesFolder() throws {
        let files = ThemeFiles.visibleFiles(below: Paths.templates)
        #expect(ThemeFiles.builtIn.keys.sorted() == files)
        for relative in files {
            #expect(ThemeFiles.builtIn[relative] == FileManager.default.contents(atPath: "\(Paths.templates)/\(relative)"), "\(relative) is stale in the binary")
        }
    }

    @Test func withNoTemplatesFolderAnywhereTheSiteIsTheGoldenOne() throws {
        let (folder, content) = try contentAlone()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("site")
        let outcome = SiteBuild.run(.init(content: content, templates: nil, output: output.path))
        #expect(!outcome.diagnostics.hasErrors, "\(outcome.diagnostics)")
        let expected = tree(Paths.snapshot("golden"))
        let actual = tree(output)
        #expect(actual.keys.sorted() == expected.keys.sorted())
        for path in expected.keys.sorted() where actual[path] != expected[path] {
            Issue.record("\(path) differs from Snapshots/golden/\(path)")
        }
    }

    @Test func oneFileBesideTheContentReplacesOnlyThatFile() throws {
        let (folder, content) = try contentAlone()
        defer { try? FileManager.default.removeItem(at: folder) }
        let assets = folder.appendingPathComponent("templates/assets")
        try FileManager.default.createDirectory(at: assets, withIntermediateDirectories: true)
        try Data("body { color: #123456 }\n".utf8).write(to: assets.appendingPathComponent("lantu.css"))
        let output = folder.appendingPathComponent("site")
        // No --templates: templates/ beside content/ is found by itself.
        let outcome = SiteBuild.run(.init(content: content, templates: nil, output: output.path))
        #expect(!outcome.diagnostics.hasErrors, "\(outcome.diagnostics)")
        let expected = tree(Paths.snapshot("golden"))
        let actual = tree(output)
        #expect(actual["assets/lantu.css"] == Data("body { color: #123456 }\n".utf8))
        #expect(actual.keys.sorted() == expected.keys.sorted())
        for path in expected.keys.sorted() where path != "assets/lantu.css" && actual[path] != expected[path] {
            Issue.record("\(path) changed, though only the stylesheet was replaced")
        }
    }

    @Test func aStringsFileOfAnOlderThemeKeepsTheBuiltInStringsItLacks() throws {
        let (folder, content) = try contentAlone()
        defer { try? FileManager.default.removeItem(at: folder) }
        let strings = folder.appendingPathComponent("templates/strings")
        try FileManager.default.createDirectory(at: strings, withIntermediateDirectories: true)
        // An office's own wording for one string, and none of the strings newer pages need.
        try Data("nav_home: 首页（本校）\n".utf8).write(to: strings.appendingPathComponent("zh-CN.yml"))
        let output = folder.appendingPathComponent("site")
        let outcome = SiteBuild.run(.init(content: content, templates: nil, output: output.path))
        #expect(!outcome.diagnostics.hasErrors, "\(outcome.diagnostics.errors)")
        let home = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(home.contains("首页（本校）"))
        #expect(home.contains("已达成"))
    }

    @Test func aFileTheThemeDoesNotReadIsAWarningNotASilence() throws {
        let (folder, content) = try contentAlone()
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = folder.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try Data("<h1>{{title}}</h1>\n".utf8).write(to: templates.appendingPathComponent("home.mustach"))
        let outcome = SiteBuild.run(.init(content: content, templates: templates.path, output: folder.appendingPathComponent("site").path,
                                          language: LanguageChoice(explicit: .english)))
        #expect(outcome.summary != nil)
        let warning = try #require(outcome.diagnostics.first { $0.location.file.hasSuffix("home.mustach") })
        #expect(warning.severity == .warning)
        #expect(warning.message == "lantu does not read this file of the templates folder")
    }

    @Test func aTemplatesFolderThatIsNotThereIsAnError() throws {
        let (folder, content) = try contentAlone()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("my-theme").path
        let outcome = SiteBuild.run(.init(content: content, templates: missing, output: folder.appendingPathComponent("site").path))
        #expect(outcome.summary == nil)
        #expect(outcome.diagnostics.errors.map(\.location.file) == [missing])
    }

    @Test func exportWritesTheBuiltInThemeAndNeverOverwrites() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("templates").path
        let written = try Theme.exportBuiltIn(to: target)
        #expect(written.count == ThemeFiles.builtIn.count)
        #expect(ThemeFiles.visibleFiles(below: target) == ThemeFiles.visibleFiles(below: Paths.templates))
        for relative in ThemeFiles.visibleFiles(below: target) {
            #expect(FileManager.default.contents(atPath: "\(target)/\(relative)") == FileManager.default.contents(atPath: "\(Paths.templates)/\(relative)"))
        }
        try Data("edited\n".utf8).write(to: URL(fileURLWithPath: "\(target)/home.mustache"))
        #expect(throws: SiteError.self) { try Theme.exportBuiltIn(to: target) }
        #expect(FileManager.default.contents(atPath: "\(target)/home.mustache") == Data("edited\n".utf8))
    }
}
