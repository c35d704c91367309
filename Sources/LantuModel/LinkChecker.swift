import Foundation
import LantuDiagnostics
import LantuMarkdown

/// Resolves and checks Markdown links between content files (SPEC §2.6).
struct LinkChecker {
    struct Target {
        let ref: DocumentRef
        let anchors: Set<String>
    }

    /// Documents by their path relative to the content folder.
    let documents: [String: Target]
    private(set) var links: [String: [String: ContentLink]] = [:]
    private(set) var problems: [ContentError] = []

    init(documents: [String: Target]) {
        self.documents = documents
    }
}

/// A link as written in a file: found once per file, resolved on every load.
struct LinkSite: Sendable {
    let destination: String
    let line: Int
    let column: Int

    /// Every link and image in `nodes`, in document order.
    static func all(in nodes: [MarkdownNode]) -> [LinkSite] {
        nodes.flatMap { [$0] + $0.descendants }.compactMap { node in
            switch node.kind {
            case .link(let destination, _), .image(let destination, _):
                return LinkSite(destination: destination, line: node.line, column: node.column)
            default:
                return nil
            }
        }
    }
}

extension LinkChecker {
    /// Checks the links `sites` of the file at `path`.
    mutating func check(_ sites: [LinkSite], in path: String, displayPath: String) {
        for site in sites {
            let at = SourceLocation(file: displayPath, line: site.line, column: site.column)
            if let link = resolve(site.destination, from: path, at: at) {
                links[displayPath, default: [:]][site.destination] = link
            }
        }
    }
}

private extension LinkChecker {
    mutating func resolve(_ destination: String, from path: String, at: SourceLocation) -> ContentLink? {
        if destination.isEmpty || destination.hasPrefix("//") || hasScheme(destination) { return nil }
        let parts = destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let filePart = String(parts[0]).removingPercentEncoding ?? String(parts[0])
        let anchor = parts.count > 1 ? String(parts[1]) : nil
        let targetPath: String
        if filePart.isEmpty {
            targetPath = path
        } else {
            // Any relative path is checked: one out of content/ would point at a file the site does not publish.
            guard let normalized = Self.join(path, filePart) else {
                problems.append(ContentError(at, .linkOutsideContent(destination)))
                return nil
            }
            guard filePart.hasSuffix(".md") else { return nil }
            targetPath = normalized
        }
        guard let target = documents[targetPath] else {
            problems.append(ContentError(at, .brokenLink(filePart)))
            return nil
        }
        if let anchor, !anchor.isEmpty, !target.anchors.contains(anchor) {
            let suggestions = NearestNames.suggest(anchor, among: target.anchors.sorted())
            problems.append(ContentError(at, .missingAnchor(anchor, in: filePart.isEmpty ? path : filePart, suggestions: suggestions)))
            return nil
        }
        return ContentLink(target: target.ref, anchor: anchor?.nilIfEmpty)
    }

    func hasScheme(_ destination: String) -> Bool {
        guard let colon = destination.firstIndex(of: ":") else { return false }
        let scheme = destination[..<colon]
        return !scheme.isEmpty && !scheme.contains("/") && !scheme.contains("#")
    }

    /// `reports/2023.md` + `../plans/x.md` → `plans/x.md`; nil when the path leaves the folder.
    static func join(_ from: String, _ relative: String) -> String? {
        var components = relative.hasPrefix("/") ? [] : from.split(separator: "/").dropLast().map(String.init)
        for part in relative.split(separator: "/") {
            switch part {
            case ".": continue
            case "..":
                guard !components.isEmpty else { return nil }
                components.removeLast()
            default: components.append(String(part))
            }
        }
        return components.joined(separator: "/")
    }
}

extension Block {
    /// The Markdown nodes inside this block, feature boxes included.
    var markdownNodes: [MarkdownNode] {
        switch self {
        case .markdown(let node): return [node]
        case .featureBox(let box): return box.blocks.flatMap(\.markdownNodes)
        case .indicatorTable, .taskMetadata: return []
        }
    }
}
