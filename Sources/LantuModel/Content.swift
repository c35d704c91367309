import LantuDiagnostics

/// Everything loaded from `content/`, checked and cross-linked: the input of the site.
public struct Content: Sendable, Equatable {
    public let site: SiteConfig
    /// Sorted by id.
    public let plans: [Plan]
    /// Sorted by date, then id.
    public let reports: [Report]
    /// Sorted by id.
    public let pages: [Page]
    /// `units.yml` order first, then the rest by id.
    public let units: [OrgUnit]
    /// Every link to another content file, by the linking file's display path and the destination as written.
    public let links: [String: [String: ContentLink]]
    /// The date the site reports as of: `as_of`, else the latest report's date.
    public let asOf: PlanDate?
}

/// Where a Markdown link between content files points.
public struct ContentLink: Sendable, Equatable, Hashable {
    public let target: DocumentRef
    public let anchor: String?
}

/// A document by kind and id, which is all a link needs to find its page.
public enum DocumentRef: Sendable, Equatable, Hashable {
    case plan(String)
    case report(String)
    case page(String)
}

extension Content {
    public func plan(id: String) -> Plan? { plans.first { $0.id == id } }
}

extension Content {
    /// The same content published at another address (`lantu build --base-url`).
    public func overriding(baseURL: String) -> Content {
        let url = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        let config = SiteConfig(title: site.title, organization: site.organization, language: site.language,
                                baseURL: url, asOf: site.asOf, progressMethod: site.progressMethod, notice: site.notice)
        return Content(site: config, plans: plans, reports: reports, pages: pages, units: units, links: links, asOf: asOf)
    }
}
