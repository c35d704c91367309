import Foundation
import Testing

/// Every plan is reachable from the navigation bar of every page: named in it while the plans
/// fit, else through the plans index, which lists every plan a page of 100 at a time.
@Suite struct NavigationTests {
    func site(_ content: String) -> (files: [String: Data], cleanup: () -> Void) {
        let output = temporaryFolder()
        build(content, into: output)
        return (tree(output), { try? FileManager.default.removeItem(at: output) })
    }

    func nav(_ page: Data?) -> String {
        let html = String(decoding: page ?? Data(), as: UTF8.self)
        guard let start = html.range(of: #"<nav class="site-nav""#), let end = html.range(of: "</nav>", range: start.upperBound..<html.endIndex) else { return "" }
        return String(html[start.lowerBound..<end.upperBound])
    }

    @Test func theExampleSitesBarNamesTheCityAndTheUniversityPlanOnEveryPage() throws {
        let (files, cleanup) = site(Paths.exampleContent)
        defer { cleanup() }
        let pages = files.keys.filter { $0.hasSuffix(".html") && $0 != "404.html" }
        #expect(pages.count > 50)
        for page in pages {
            let bar = nav(files[page])
            let root = String(repeating: "../", count: page.split(separator: "/").count - 1)
            #expect(bar.contains(#"<a href="\#(root)plans/tj-edu/index.html""#), "\(page)")
            #expect(bar.contains(#"<a href="\#(root)plans/tjutc/index.html""#), "\(page)")
            #expect(bar.contains(#"<a href="\#(root)supervision.html""#), "\(page)")
        }
        #expect(files["plans/index.html"] == nil, "no plans index while the bar names every plan")
    }

    @Test func plansThatDoNotFitAreReachedThroughThePlansIndex() throws {
        // 12 plans: p0 and p10 serve no other plan, the others serve them.
        let content = ScaleTests.content(plans: 12)
        defer { try? FileManager.default.removeItem(at: content) }
        let (files, cleanup) = site(content.path)
        defer { cleanup() }
        let bar = nav(files["plans/p5/index.html"])
        #expect(bar.contains(#"<a href="../../plans/p0/index.html">"#) && bar.contains(#"<a href="../../plans/p10/index.html">"#))
        #expect(!bar.contains("plans/p5/index.html"))
        #expect(bar.contains(#"<a href="../../plans/index.html">全部规划</a>"#))
        let page = String(decoding: try #require(files["plans/index.html"]), as: UTF8.self)
        let index = String(page[try #require(page.range(of: "<main")).lowerBound...])
        for number in 0..<12 {
            #expect(index.components(separatedBy: #"<a href="../plans/p\#(number)/index.html">"#).count == 2, "p\(number) once in the index")
        }
        #expect(nav(files["plans/index.html"]).contains(#"<a href="../plans/index.html" aria-current="page">全部规划</a>"#))
    }

    @Test func aBarWithTooManyTopLevelPlansLinksOnlyToTheIndex() throws {
        let content = ScaleTests.content(plans: 130)
        defer { try? FileManager.default.removeItem(at: content) }
        let (files, cleanup) = site(content.path)
        defer { cleanup() }
        let bar = nav(files["index.html"])
        #expect(!bar.contains("plans/p0/index.html"))
        #expect(bar.contains(#"<a href="plans/index.html">全部规划</a>"#))
        #expect(files["plans/page-2.html"] != nil && files["plans/page-3.html"] == nil)
    }
}
