import Mustache
import LantuDiagnostics
import Foundation
import Testing
@testable import LantuSite
import LantuModel

/// Each plan's and report's Word document on the site (`downloads/<id>.docx`): there for every
/// one, linked from its pages under the theme's label, the bytes `lantu export docx` writes, in
/// lantu's record of its files, and remade by `serve` only when its inputs change.
@Suite struct DownloadTests {
    static let content = ContentLoader.load(directory: Paths.exampleContent).content!

    @Test func everyPlanAndReportHasItsDocumentLinkedFromItsPages() throws {
        let output = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        #expect(build(Paths.exampleContent, into: output).summary != nil)
        let files = tree(output)
        let pages = Self.content.plans.flatMap { [("plans/\($0.id)/index.html", $0.id, $0.title), ("plans/\($0.id)/brief.html", $0.id, $0.title)] }
            + Self.content.reports.map { ("reports/\($0.id).html", $0.id, $0.title) }
        #expect(pages.count == 2 * 2 + 5)
        for (page, id, title) in pages {
            let document = try #require(files["downloads/\(id).docx"], "downloads/\(id).docx is missing")
            #expect(document.starts(with: [0x50, 0x4B, 0x03, 0x04]), "\(id).docx is not a zip file")
            let html = String(decoding: try #require(files[page]), as: UTF8.self)
            let links = Self.downloadLinks(html)
            #expect(links.count == 1, "\(page) has \(links.count) download links")
            guard let link = links.first else { continue }
            // The link resolves from the page to the document, and says what it is in words.
            let resolved = URL(fileURLWithPath: page, relativeTo: URL(fileURLWithPath: "/")).deletingLastPathComponent()
                .appendingPathComponent(link.href).standardized.path.dropFirst()
            #expect(resolved == "downloads/\(id).docx", "\(page) links \(link.href)")
            #expect(link.text == "下载 Word 文档（.docx）")
            #expect(link.download == SiteContext.fileName(title) + ".docx")
        }
        let record = try String(contentsOf: output.appendingPathComponent(".lantu-files"), encoding: .utf8)
        #expect(record.split(separator: "\n").filter { $0.hasPrefix("downloads/") }.count == 2 + 5)
        // Documents are not pages: the sitemap and the search index leave them out.
        let sitemap = String(decoding: files["sitemap.xml"] ?? Data(), as: UTF8.self)
        #expect(sitemap.contains("plans/tjutc/index.html") && !sitemap.contains(".docx"))
    }

    @Test func theDocumentIsWhatExportDocxWrites() throws {
        try #require(FileManager.default.isExecutableFile(atPath: CommandLineTests.executable.path), "build lantu first: swift build --build-tests")
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        #expect(build(Paths.exampleContent, into: site).summary != nil)
        for (kind, id) in [("--plan", "tjutc"), ("--plan", "tj-edu"), ("--report", "2023"), ("--report", "midterm")] {
            let file = folder.appendingPathComponent("\(id).docx").path
            let run = try ProgramRun.run(["export", "docx", "--content", Paths.exampleContent, kind, id, "--output", file])
            #expect(run.status == 0, "\(run.output)")
            let exported = try Data(contentsOf: URL(fileURLWithPath: file))
            let downloaded = try Data(contentsOf: site.appendingPathComponent("downloads/\(id).docx"))
            #expect(exported == downloaded, "downloads/\(id).docx differs from lantu export docx \(kind) \(id)")
        }
    }

    @Test func theLabelIsInTheSitesLanguage() throws {
        for (language, label) in [(SiteLanguage.traditionalChinese, "下載 Word 文件（.docx）"), (.english, "Download as a Word document (.docx)")] {
            let (theme, _) = Theme.load(overlay: Paths.templates, language: language)
            let context = SiteContext(content: Self.content, theme: try #require(theme))
            let html = try #require(theme).library.render(context.planView(Self.content.plans[0]), withTemplate: "plan") ?? ""
            #expect(Self.downloadLinks(html).map(\.text) == [label])
        }
    }

    @Test func aTitleBecomesAFileNameEverySystemAccepts() {
        #expect(SiteContext.fileName("天津市教育现代化“十四五”规划") == "天津市教育现代化“十四五”规划")
        #expect(SiteContext.fileName("A/B: \"草案\"?") == "A-B- 草案")
        #expect(SiteContext.fileName("...") == "document")
    }

    /// After an edit to one report, `serve` renders again only the documents of its plan (the
    /// plan's and its reports', whose figures and status changes the edit may move); the other
    /// plan's documents are kept as they are without being made.
    @Test func anEditRemakesOnlyTheDocumentsItReaches() throws {
        // Both loads from one folder, as `serve` does: every node carries its file's path.
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content")
        try FileManager.default.copyItem(atPath: Paths.exampleContent, toPath: content.path)
        let original = try #require(ContentLoader.load(directory: content.path).content)
        let (theme, _) = Theme.load(overlay: Paths.templates, language: original.site.language)
        let first = SiteRenderer.jobs(SiteContext(content: original, theme: try #require(theme)), theme: try #require(theme), since: nil)
        #expect(first.jobs.filter { $0.path.hasPrefix("downloads/") && $0.unchangedSinceLastBuild }.isEmpty)
        let report = content.appendingPathComponent("reports/2023.md")
        let text = try String(contentsOf: report, encoding: .utf8)
        try text.replacingOccurrences(of: "| 学前三年毛入园率 | 92.8 |", with: "| 学前三年毛入园率 | 90.1 |").write(to: report, atomically: true, encoding: .utf8)
        let edited = try #require(ContentLoader.load(directory: content.path).content)
        let second = SiteRenderer.jobs(SiteContext(content: edited, theme: try #require(theme)), theme: try #require(theme), since: first.memory)
        let remade = second.jobs.filter { $0.path.hasPrefix("downloads/") && !$0.unchangedSinceLastBuild }.map(\.path).sorted()
        let plan = try #require(edited.reports.first { $0.id == "2023" }).planID
        let expected = (["downloads/\(plan).docx"] + edited.reports.filter { $0.planID == plan }.map { "downloads/\($0.id).docx" }).sorted()
        #expect(remade == expected)
        #expect(second.jobs.filter { $0.path.hasPrefix("downloads/") }.count == edited.plans.count + edited.reports.count)

        // The site's title is on every page and in no document.
        let site = content.appendingPathComponent("site.yml")
        try String(contentsOf: site, encoding: .utf8).replacingOccurrences(of: "title: 天津市教育现代化“十四五”规划实施监测", with: "title: 规划实施监测")
            .write(to: site, atomically: true, encoding: .utf8)
        let retitled = try #require(ContentLoader.load(directory: content.path).content)
        #expect(retitled.site.title == "规划实施监测")
        let third = SiteRenderer.jobs(SiteContext(content: retitled, theme: try #require(theme)), theme: try #require(theme), since: second.memory)
        #expect(third.jobs.filter { $0.path.hasPrefix("downloads/") && !$0.unchangedSinceLastBuild }.isEmpty)
        #expect(third.jobs.contains { $0.path == "index.html" && !$0.unchangedSinceLastBuild })
    }

    struct Link {
        let href: String
        let download: String
        let text: String
    }

    /// The page's links to Word documents, with their attributes and text unescaped.
    static func downloadLinks(_ html: String) -> [Link] {
        let pattern = try! NSRegularExpression(pattern: #"<a href="([^"]*\.docx)" download="([^"]*)"[^>]*>([^<]*)</a>"#)
        return pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).map { match in
            func group(_ n: Int) -> String { String(html[Range(match.range(at: n), in: html)!]).htmlUnescaped }
            return Link(href: group(1), download: group(2), text: group(3))
        }
    }
}

private extension String {
    var htmlUnescaped: String {
        replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }
}
