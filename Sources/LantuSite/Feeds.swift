import Foundation
import LantuMarkdown
import LantuModel

/// `feed.xml` (Atom, one entry per report) and `sitemap.xml`.
extension SiteContext {
    /// The address of a page: absolute under `base_url`, else relative to the site root.
    func address(_ route: Route) -> String {
        (content.site.baseURL ?? "") + route.path
    }

    func atomFeed() -> Data {
        let base = content.site.baseURL
        let feedID = base ?? "urn:lantu:site"
        let updated = content.reports.map(\.date).max().map(timestamp) ?? "1970-01-01T00:00:00Z"
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
        xml += "<title>\(content.site.title.htmlEscaped)</title>\n<id>\(feedID.htmlEscaped)</id>\n<updated>\(updated)</updated>\n"
        xml += "<link rel=\"self\" href=\"\(address(.feed).htmlEscaped)\"/>\n<link href=\"\(address(.home).htmlEscaped)\"/>\n"
        if let organization = content.site.organization { xml += "<author><name>\(organization.htmlEscaped)</name></author>\n" }
        for report in content.reports.reversed() {
            let summary = String(report.body.filter { $0.kind == .paragraph }.map(\.plainText).joined(separator: " ").prefix(200))
            xml += "<entry>\n<title>\(report.title.htmlEscaped)</title>\n"
            xml += "<id>\((base.map { $0 + Route.report(report.id).path } ?? "urn:lantu:report:\(report.id)").htmlEscaped)</id>\n"
            xml += "<link href=\"\(address(.report(report.id)).htmlEscaped)\"/>\n<updated>\(timestamp(report.date))</updated>\n"
            xml += "<summary>\(summary.htmlEscaped)</summary>\n</entry>\n"
        }
        return Data((xml + "</feed>\n").utf8)
    }

    /// The sitemap protocol's limit of URLs in one file.
    static let urlsPerSitemap = 50_000

    /// `sitemap.xml` listing every HTML page but the 404 page, sorted; above `limit` pages,
    /// `sitemap.xml` is a sitemap index of `sitemap-1.xml`, `sitemap-2.xml`, … of `limit` each.
    func sitemaps(_ paths: [String], limit: Int = urlsPerSitemap) -> [(route: Route, data: Data)] {
        let pages = paths.sorted().filter { $0.hasSuffix(".html") && $0 != Route.notFound.path }
        func urlset(_ pages: ArraySlice<String>) -> Data {
            var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
            for path in pages { xml += "<url><loc>\(((content.site.baseURL ?? "") + path).htmlEscaped)</loc></url>\n" }
            return Data((xml + "</urlset>\n").utf8)
        }
        guard pages.count > limit else { return [(.sitemap, urlset(pages[...]))] }
        let parts = stride(from: 0, to: pages.count, by: limit).enumerated().map { number, start in
            (route: Route.sitemapPart(number + 1), data: urlset(pages[start..<min(start + limit, pages.count)]))
        }
        var index = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for part in parts { index += "<sitemap><loc>\(address(part.route).htmlEscaped)</loc></sitemap>\n" }
        return [(.sitemap, Data((index + "</sitemapindex>\n").utf8))] + parts
    }

    private func timestamp(_ date: PlanDate) -> String {
        let day = date.lastDay
        return "\(day.year)-\(day.month < 10 ? "0" : "")\(day.month)-\(day.day < 10 ? "0" : "")\(day.day)T00:00:00Z"
    }
}
