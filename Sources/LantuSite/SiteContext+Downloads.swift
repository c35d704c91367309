import Foundation
import LantuModel
import LantuOffice

/// The Word documents the site offers (`downloads/<id>.docx`): each plan whole and each
/// report, the bytes `lantu export docx` writes for the same content, so what a leader
/// downloads is what the office would have exported and sent.
extension SiteContext {
    func planDocument(_ plan: Plan) -> Data {
        DocumentWriter.write(PlanDocument.document(plan, content: content))
    }

    func reportDocument(_ report: Report) -> Data {
        DocumentWriter.write(ReportDocument.document(report, content: content))
    }

    /// The link from `route` to the document of the plan or report `id`, saved as its title.
    func downloadLink(_ id: String, title: String, from route: Route) -> DownloadLink {
        DownloadLink(href: route.href(to: .download(id)), fileName: Self.fileName(title) + ".docx")
    }

    /// A title as a file name Windows accepts too: its reserved and control characters
    /// dropped, path separators made dashes.
    static func fileName(_ title: String) -> String {
        let name = String(title.compactMap { character -> Character? in
            if "\"*?<>|".contains(character) || character.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return nil }
            return "/\\:".contains(character) ? "-" : character
        }).trimmingCharacters(in: CharacterSet(charactersIn: " ."))
        return name.isEmpty ? "document" : name
    }
}
