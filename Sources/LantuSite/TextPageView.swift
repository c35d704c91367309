/// A free page, the methodology page or the 404 page: a title and rendered text.
struct TextPageView {
    /// A worked example of the status rules from the site's own data.
    struct Example {
        let name: String
        let href: String
        let workings: String
    }

    let chrome: PageChrome
    let title: String
    let body: String
    let example: Example?
}

/// The search page: a form, and the scripts that fill its results.
struct SearchPageView {
    let chrome: PageChrome
    let indexScript: String
    let searchScript: String
}
