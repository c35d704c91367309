/// A link to a page's Word document in `downloads/`, with the name a browser saves it under:
/// the document's title, clearer in a leader's Downloads folder than the id in the path.
struct DownloadLink {
    let href: String
    let fileName: String
}
