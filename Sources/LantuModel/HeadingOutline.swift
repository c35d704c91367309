import LantuDiagnostics
import LantuMarkdown

/// Derives stable anchors for a document's headings (SPEC §2.3).
///
/// A heading's anchor is `s` and the numbers of its heading path (三、→(一)→1. is `s3-1-1`);
/// a heading without numbering uses `p` and its position among its siblings (`s2-p3`);
/// `{#id}` at the end of a heading sets its anchor outright.
struct HeadingOutline {
    struct Entry {
        let node: MarkdownNode
        let level: Int
        /// The heading's text without an explicit `{#id}`.
        let title: String
        let anchor: String
        /// Index of the enclosing heading in `entries`, if any.
        let parent: Int?
    }

    private(set) var entries: [Entry] = []
    private(set) var problems: [ContentError] = []
}

extension HeadingOutline {
    /// The outline of the top-level headings among `blocks`.
    init(blocks: [MarkdownNode], file: String) {
        var paths: [[String]] = []
        var childCounts: [Int: Int] = [:]
        var seen: [String: SourceLocation] = [:]
        for node in blocks {
            guard case .heading(let level) = node.kind else { continue }
            var parent = entries.indices.last
            while let candidate = parent, entries[candidate].level >= level {
                parent = entries[candidate].parent
            }
            let position = (childCounts[parent ?? -1] ?? 0) + 1
            childCounts[parent ?? -1] = position
            var title = node.plainText.trimmed
            let explicit = SectionNumbering.explicitAnchor(in: title)
            if let explicit { title = explicit.title }
            let component = SectionNumbering.number(of: title).map(String.init) ?? "p\(position)"
            let path = (parent.map { paths[$0] } ?? []) + [component]
            paths.append(path)
            let anchor = explicit?.anchor ?? "s" + path.joined(separator: "-")
            let location = SourceLocation(file: file, line: node.line, column: node.column)
            if let first = seen[anchor] {
                problems.append(ContentError(location, .duplicateAnchor(anchor, first: first)))
            } else {
                seen[anchor] = location
            }
            entries.append(Entry(node: node, level: level, title: title, anchor: anchor, parent: parent))
        }
    }

    /// Anchors by the heading's source line, for rendering heading ids.
    var anchorsByLine: [Int: String] {
        Dictionary(entries.map { ($0.node.line, $0.anchor) }, uniquingKeysWith: { first, _ in first })
    }
}

/// Heading anchors of free text (pages, reports), derived as for plan sections.
public enum HeadingAnchors {
    /// Anchors by the heading's source line.
    public static func byLine(_ blocks: [MarkdownNode]) -> [Int: String] {
        HeadingOutline(blocks: blocks, file: "").anchorsByLine
    }
}
