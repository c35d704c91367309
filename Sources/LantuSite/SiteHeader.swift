import Mustache

/// The site header and navigation bar, the same on every page of one folder depth but for
/// the page the bar marks as current. The theme's `header.mustache` renders it once per
/// depth, and each page's `{{{header}}}` is that text: rendered in each page's chrome it was
/// 18 of an average page's 130 tag lookups, each about 12,700 instructions in swift-mustache.
struct SiteHeader {
    let siteTitle: String
    let organization: String?
    /// Relative prefix back to the site root (`../../`).
    let root: String
    let homeHref: String
    let nav: [PageChrome.Link]
    /// UI strings of the site's language, read in templates as `{{t.key}}`.
    let t: [String: String]
}

extension SiteHeader {
    /// The header of each folder depth, rendered when the context is made, for the pages the
    /// bar does not name; the pages it names (a handful) render their own.
    struct Rendered: Sendable {
        let library: MustacheLibrary
        let byRoot: [String: String]

        init(library: MustacheLibrary, make: (String, Route?) -> SiteHeader) {
            self.library = library
            byRoot = Dictionary(uniqueKeysWithValues: Self.roots.map { root in
                (root, Self.render(make(root, nil), library: library))
            })
        }

        /// `index.html` to `plans/<id>/indicators/<id>.html`.
        static let roots = ["", "../", "../../", "../../../"]

        static func render(_ header: SiteHeader, library: MustacheLibrary) -> String {
            library.render(header, withTemplate: "header") ?? ""
        }

        /// The header of a page at `root` whose bar marks `current` (nil: none).
        func text(root: String, current: Route?, make: (String, Route?) -> SiteHeader) -> String {
            if current == nil, let text = byRoot[root] { return text }
            return Self.render(make(root, current), library: library)
        }
    }
}
