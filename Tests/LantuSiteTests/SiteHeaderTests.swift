import Foundation
import Testing
import LantuDiagnostics
@testable import LantuSite

/// The site header is rendered once per folder depth from the theme's `header.mustache`, and
/// still reads as the page it stands on: its links from that page, its own entry marked.
@Suite struct SiteHeaderTests {
    /// The golden fixture built with `header.mustache` replaced; its pages by path.
    func site(header: String) throws -> (pages: [String: String], warnings: [String]) {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = folder.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try Data(header.utf8).write(to: templates.appendingPathComponent("header.mustache"))
        let output = folder.appendingPathComponent("site")
        let outcome = SiteBuild.run(.init(content: Paths.fixture("golden"), templates: templates.path, output: output.path,
                                          language: LanguageChoice(explicit: .english)))
        let warnings = outcome.diagnostics.filter { $0.location.file.hasSuffix("header.mustache") }
            .map { "\($0.location.line):\($0.location.column): \($0.message)" }
        return (tree(output).compactMapValues { String(data: $0, encoding: .utf8) }, warnings)
    }

    @Test func anOverlaidHeaderShowsOnEveryPageWithThatPagesLinks() throws {
        let (pages, warnings) = try site(header: "<header>{{siteTitle}} <a href=\"{{homeHref}}\">⌂</a>{{#nav}}{{#current}} [{{href}}]{{/current}}{{/nav}}</header>\n")
        #expect(warnings.isEmpty, "\(warnings)")
        let home = try #require(pages["index.html"])
        #expect(home.contains("<a href=\"index.html\">⌂</a> [index.html]</header>\n"))
        let units = try #require(pages["units/index.html"])
        #expect(units.contains("<a href=\"../index.html\">⌂</a> [../units/index.html]</header>\n"))
        let indicator = try #require(pages.first { $0.key.contains("/indicators/") }?.value)
        #expect(indicator.contains("<a href=\"../../../index.html\">⌂</a></header>\n"), "no entry of the bar is an indicator page")
        let plain = pages.filter { $0.key.hasSuffix(".html") && !$0.value.contains("⌂") }.keys
        #expect(plain.isEmpty, "pages without the overlaid header: \(plain.sorted())")
    }

    @Test func aFieldOfOnePageInTheHeaderIsReported() throws {
        let (_, warnings) = try site(header: "<header>{{title}}</header>\n")
        #expect(warnings.count == 1)
        #expect(warnings.first?.hasPrefix("1:9: '{{title}}' names no field of the view this template renders (SiteHeader)") == true, "\(warnings)")
    }
}
