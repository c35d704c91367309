/// One node of a parsed Markdown document, as a plain value detached from libcmark-gfm.
///
/// Block nodes carry the line and column (in characters) where they start in the source
/// file, so later stages can report problems there. Inline nodes carry their block's position.
public struct MarkdownNode: Equatable, Sendable {
    public var kind: Kind
    public var children: [MarkdownNode]
    public var line: Int
    public var column: Int

    public init(_ kind: Kind, children: [MarkdownNode] = [], line: Int = 0, column: Int = 0) {
        self.kind = kind
        self.children = children
        self.line = line
        self.column = column
    }

    /// Column alignment of a GFM table.
    public enum Alignment: Equatable, Sendable {
        case none, left, center, right
    }

    public enum Kind: Equatable, Sendable {
        case document
        case paragraph
        case heading(level: Int)
        case blockQuote
        case list(ordered: Bool, start: Int, tight: Bool)
        /// A list item; `task` is nil for a plain item, else whether its box is checked.
        case item(task: Bool?)
        case codeBlock(info: String, code: String)
        case htmlBlock(String)
        case thematicBreak
        case table(alignments: [Alignment])
        /// `written` is how many cells the source line has; cmark pads or cuts rows to the
        /// header's width, and a ragged data row is usually a pasting mistake worth reporting.
        case tableRow(isHeader: Bool, written: Int)
        case tableCell
        case footnoteDefinition(label: String)
        case text(String)
        case softBreak
        case lineBreak
        case code(String)
        case htmlInline(String)
        case emphasis
        case strong
        case strikethrough
        case link(destination: String, title: String)
        case image(source: String, title: String)
        case footnoteReference(label: String)
    }
}

extension MarkdownNode {
    /// The node's text with all markup dropped: what a heading or table cell says.
    public var plainText: String {
        var out = ""
        appendPlainText(to: &out)
        return out
    }

    /// Nodes of this subtree in document order, without recursion (documents may nest deeply).
    public var descendants: [MarkdownNode] {
        var result: [MarkdownNode] = []
        var stack: [MarkdownNode] = children.reversed()
        while let node = stack.popLast() {
            result.append(node)
            stack.append(contentsOf: node.children.reversed())
        }
        return result
    }
}

private extension MarkdownNode {
    func appendPlainText(to out: inout String) {
        var stack: [MarkdownNode] = [self]
        while let node = stack.popLast() {
            switch node.kind {
            case .text(let text), .code(let text): out += text
            case .softBreak, .lineBreak: out += " "
            default: break
            }
            stack.append(contentsOf: node.children.reversed())
        }
    }
}
