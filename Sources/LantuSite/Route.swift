import LantuModel

/// A generated page and its path in the site (SPEC §4).
public enum Route: Hashable, Sendable {
    case home
    case plan(String)
    case tasks(String)
    /// The plan's one-page brief for leaders.
    case brief(String)
    case indicator(plan: String, id: String)
    case units
    case unit(String)
    /// A unit's supervision (督办) list, to print and hand to the unit.
    case unitSupervision(String)
    /// Every unit's supervision list.
    case supervision
    case report(String)
    case page(String)
    case methodology
    case notFound
    case roadmap
    case search
    case searchIndex
    case searchScript
    case indicatorsCSV
    case measurementsCSV
    case siteJSON
    /// One plan's object of `data/site.json`, for a reader who wants one plan of thousands.
    case planJSON(String)
    /// The list of every plan, a page of `plansPerPage` at a time, when the home page has too
    /// many plans to show them all (numbered from 1).
    case plansIndex(page: Int)
    case feed
    case sitemap
    /// The n-th of the sitemaps a sitemap index lists, above 50,000 URLs (numbered from 1).
    case sitemapPart(Int)
    case stylesheet
    /// A plan's or report's Word document (`lantu export docx`); ids are unique across
    /// documents, so plans and reports share one folder.
    case download(String)
}

extension Route {
    /// The path below the output folder.
    public var path: String {
        switch self {
        case .home: return "index.html"
        case .plan(let id): return "plans/\(id)/index.html"
        case .tasks(let id): return "plans/\(id)/tasks.html"
        case .brief(let id): return "plans/\(id)/brief.html"
        case .indicator(let plan, let id): return "plans/\(plan)/indicators/\(id).html"
        case .units: return "units/index.html"
        case .unit(let id): return "units/\(id)/index.html"
        case .unitSupervision(let id): return "units/\(id)/supervision.html"
        case .supervision: return "supervision.html"
        case .report(let id): return "reports/\(id).html"
        case .page(let id): return "\(id).html"
        case .methodology: return "methodology.html"
        case .notFound: return "404.html"
        case .roadmap: return "roadmap.html"
        case .search: return "search.html"
        case .searchIndex: return "data/search-index.js"
        case .searchScript: return "assets/search.js"
        case .indicatorsCSV: return "data/indicators.csv"
        case .measurementsCSV: return "data/measurements.csv"
        case .siteJSON: return "data/site.json"
        case .planJSON(let id): return "data/plans/\(id).json"
        case .plansIndex(let page): return page == 1 ? "plans/index.html" : "plans/page-\(page).html"
        case .feed: return "feed.xml"
        case .sitemap: return "sitemap.xml"
        case .sitemapPart(let number): return "sitemap-\(number).xml"
        case .stylesheet: return "assets/lantu.css"
        case .download(let id): return "downloads/\(id).docx"
        }
    }

    /// `../` repeated up to the site root, so every link is relative and the site works at
    /// any subpath and from disk.
    public var root: String {
        String(repeating: "../", count: path.split(separator: "/").count - 1)
    }

    /// The relative URL of `target` from this page.
    public func href(to target: Route, anchor: String? = nil) -> String {
        root + target.path + (anchor.map { "#" + $0 } ?? "")
    }

    /// Where a Markdown link between content files lands.
    static func of(_ ref: DocumentRef) -> Route {
        switch ref {
        case .plan(let id): return .plan(id)
        case .report(let id): return .report(id)
        case .page(let id): return .page(id)
        }
    }
}
