import Foundation

/// What reading each content file gave, kept between builds of one `lantu serve`, so a save
/// re-parses the files whose bytes changed and no other. Reading a file is a pure function of
/// its path and bytes; only the cross-document steps (units, links, reports) run every time.
public struct DocumentCache: Sendable {
    struct Entry: Sendable {
        let data: Data
        let document: Result<SourceDocument, ContentError>
        /// The plan read from the document, when it is one.
        let plan: PlanRead?
        /// The links of the text the site shows (a plan's, else the document's).
        let links: [LinkSite]
    }

    /// A plan document read on its own: the plan (nil when its header is unusable), the
    /// problems found in it and its anchors for link checking.
    struct PlanRead: Sendable {
        let path: String
        let plan: Plan?
        let problems: [ContentError]
        let anchors: Set<String>
    }

    var root: String?
    var entries: [String: Entry] = [:]

    public init() {}
}
