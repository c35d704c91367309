import LantuDiagnostics
import Foundation
import LantuModel
import Testing
@testable import LantuSite

/// A site with more plans than the home page shows: a summary and a plans index instead of a
/// card per plan, and sitemaps split at the protocol's limit.
@Suite struct ScaleTests {
    /// `count` plans, every tenth a parent of the nine after it.
    static func content(plans count: Int) -> URL {
        let root = temporaryFolder()
        let plans = root.appendingPathComponent("plans")
        try? FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
        try? "title: 规模测试\nlanguage: zh-CN\n".write(to: root.appendingPathComponent("site.yml"), atomically: true, encoding: .utf8)
        for number in 0..<count {
            let parent = number % 10 == 0 ? "" : "parent: p\(number - number % 10)\n"
            let category = number % 2 == 0 ? "规模" : "质量"
            let plan = """
            ---
            title: 第\(number)所学校“十四五”发展规划
            id: p\(number)
            period: 2021-2025
            \(parent)---

            本规划是第\(number)所学校的规划。

            # 一、主要指标

            | 类别 | 指标 | 2020年 | 2025年 | 属性 |
            |---|---|---:|---:|---|
            | \(category) | 在校生（人） | 800 | 1000 | 预期性 |
            | 质量 | 生师比 | 18.5 | ≤17 | 约束性 |

            """
            try? plan.write(to: plans.appendingPathComponent("p\(number).md"), atomically: true, encoding: .utf8)
        }
        return root
    }

    @Test func aLargeSiteSummarizesOnTheHomePageAndListsEveryPlanInTheIndex() throws {
        let content = Self.content(plans: 130)
        let output = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: content); try? FileManager.default.removeItem(at: output) }
        let outcome = build(content.path, into: output)
        #expect(!outcome.diagnostics.contains { $0.severity == .error }, "\(outcome.diagnostics)")
        let files = tree(output)
        let home = String(decoding: try #require(files["index.html"]), as: UTF8.self)
        #expect(!home.contains("class=\"card\""), "no card per plan")
        #expect(home.contains("<a href=\"plans/index.html\">全部规划</a> · 130 项规划"))
        #expect(home.contains("<th scope=\"row\"><a href=\"plans/p10/index.html\">第10所学校“十四五”发展规划</a></th><td>9 项规划</td>"))
        #expect(home.contains("<th scope=\"row\">未设上级规划</th><td>13 项规划</td>"))
        #expect(home.contains("<th scope=\"row\">规模</th>") && home.contains("<th scope=\"row\">质量</th>"), "status by category")
        let first = String(decoding: try #require(files["plans/index.html"]), as: UTF8.self)
        let second = String(decoding: try #require(files["plans/page-2.html"]), as: UTF8.self)
        #expect(files["plans/page-3.html"] == nil)
        #expect(first.contains("第 1 页，共 2 页") && second.contains("<a href=\"../plans/index.html\">1</a>"))
        for number in 0..<130 {
            let link = "<a href=\"../plans/p\(number)/index.html\">第\(number)所学校“十四五”发展规划</a>"
            #expect((first + second).components(separatedBy: link).count == 2, "p\(number) is listed once")
        }
        let sitemap = String(decoding: try #require(files["sitemap.xml"]), as: UTF8.self)
        #expect(sitemap.contains("<loc>plans/page-2.html</loc>"))
    }

    @Test func lookupsMatchReflectionOnASummarizingHomePage() throws {
        let folder = Self.content(plans: 60)
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = try #require(ContentLoader.load(directory: folder.path).content)
        let (theme, _) = Theme.load(overlay: Paths.templates, language: content.site.language)
        let context = SiteContext(content: content, theme: try #require(theme))
        var checked: Set<String> = []
        for view in [context.homeView(), context.plansIndexView(page: 1)] as [Any] {
            ViewLookupTests().check(view, checked: &checked)
        }
        #expect(checked.isSuperset(of: ["Overview", "ParentRow", "PlansIndexView"]), "\(checked.sorted())")
    }

    @Test func aSitemapAboveTheLimitBecomesAnIndexOfSitemaps() throws {
        let folder = Self.content(plans: 3)
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = try #require(ContentLoader.load(directory: folder.path).content)
        let theme = try #require(Theme.load(overlay: Paths.templates, language: content.site.language).theme)
        let context = SiteContext(content: content.overriding(baseURL: "https://example.org/"), theme: theme)
        let paths = ["a.html", "b.html", "c.html", "d.html", "404.html", "data/site.json", "e.html"]
        let sitemaps = context.sitemaps(paths, limit: 2)
        #expect(sitemaps.map(\.route.path) == ["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"])
        let index = String(decoding: sitemaps[0].data, as: UTF8.self)
        #expect(index.contains("<sitemapindex") && index.contains("<loc>https://example.org/sitemap-3.xml</loc>"))
        #expect(String(decoding: sitemaps[3].data, as: UTF8.self).contains("<url><loc>https://example.org/e.html</loc></url>\n</urlset>"))
        #expect(context.sitemaps(paths, limit: 5).count == 1, "five pages fit in one sitemap")
    }

    /// Past `pagesInNavigation` pages the bar names none (every page named all 3,000 and a
    /// build took time growing with their square) and the home page lists them.
    @Test func manyPagesAreListedOnTheHomePageNotInEveryPagesBar() throws {
        let content = Self.content(plans: 1)
        let output = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: content); try? FileManager.default.removeItem(at: output) }
        for number in 0..<12 {
            try "---\ntitle: 第\(number)页\n---\n\n正文。\n".write(to: content.appendingPathComponent("page\(number).md"), atomically: true, encoding: .utf8)
        }
        build(content.path, into: output)
        let files = tree(output)
        let home = String(decoding: try #require(files["index.html"]), as: UTF8.self)
        let page = String(decoding: try #require(files["page3.html"]), as: UTF8.self)
        #expect(home.components(separatedBy: "<li><a href=\"page").count - 1 == 12, "the home page lists every page")
        #expect(!page.contains("href=\"page7.html\""), "no page names the others in its bar")
        #expect(page.contains("<title>第3页 · 规模测试</title>"))
    }
}
