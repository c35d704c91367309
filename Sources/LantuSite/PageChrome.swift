/// What every page shares: language, titles, navigation, the path back to the site root.
struct PageChrome {
    struct Link {
        let label: String
        let href: String
        let current: Bool
    }

    let lang: String
    let siteTitle: String
    let organization: String?
    let title: String
    /// The `<title>`: the page's title and the site's, or the site's alone on the home page.
    let documentTitle: String
    /// Relative prefix back to the site root (`../../`).
    let root: String
    let homeHref: String
    let stylesheet: String
    let nav: [Link]
    /// The site header and navigation bar as `header.mustache` renders them (`SiteHeader`).
    let header: String
    /// The trail from home to this page; the last entry is the page itself.
    let crumbs: [Link]
    let notice: String?
    let asOf: String?
    /// Only in `lantu serve`: the script that reloads the page when the site is rebuilt.
    let liveReloadScript: String?
    /// UI strings of the site's language, read in templates as `{{t.key}}`.
    let t: [String: String]
}
