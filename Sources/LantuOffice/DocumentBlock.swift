import LantuMarkdown

/// What an exported Word document says, before any WordprocessingML: a title, headings,
/// paragraphs of runs and tables. `ReportDocument` fills it from the model and
/// `DocumentWriter` lays it out as an official document, so neither knows the other's half.
public struct WordDocument: Sendable, Equatable {
    public var title: String
    /// Lines under the title, such as the report's date and plan.
    public var subtitle: [String]
    public var blocks: [DocumentBlock]
    /// Written as the file's creation date (`2024-01-17T00:00:00Z`), derived from the content.
    public var date: String
}

public enum DocumentBlock: Sendable, Equatable {
    /// Level 1 is 黑体, level 2 楷体, level 3 and below 仿宋 bold; all carry outline levels.
    case heading(level: Int, text: String)
    case paragraph([TextRun], style: ParagraphStyle)
    case table(DocumentTable)
    /// A 专栏 feature box: a framed box with its title centred in 黑体 above its text.
    case box(title: String, blocks: [DocumentBlock])
}

public enum ParagraphStyle: String, Sendable, Equatable {
    /// Body text with a two-character first-line indent.
    case body = "Body"
    /// A list item or quoted passage: indented, no first-line indent.
    case indented = "Indented"
    /// A note under a table, smaller.
    case note = "Note"
}

public struct TextRun: Sendable, Equatable {
    public var text: String
    public var bold = false
    public var italic = false

    public init(_ text: String, bold: Bool = false, italic: Bool = false) {
        self.text = text
        self.bold = bold
        self.italic = italic
    }
}

/// A table with one header row; `widths` are relative and scaled to the text width.
public struct DocumentTable: Sendable, Equatable {
    public var header: [String]
    public var rows: [[String]]
    public var widths: [Int]
    /// Rows (by index into `rows`) that name a group of the rows below, such as an indicator
    /// category: written in bold across the whole table, as plans print them.
    public var groupRows: Set<Int>

    public init(header: [String], rows: [[String]], widths: [Int]? = nil, groupRows: Set<Int> = []) {
        self.header = header
        self.rows = rows
        self.widths = widths ?? Array(repeating: 1, count: header.count)
        self.groupRows = groupRows
    }
}

extension DocumentBlock {
    /// Markdown blocks as document blocks: headings keep their level, lists and quotes become
    /// indented paragraphs with their markers written out, tables keep their cells. HTML
    /// blocks (comments such as `lantu collect`'s markers) and rules have nothing to print.
    static func blocks(_ nodes: [MarkdownNode], headingOffset: Int = 0) -> [DocumentBlock] {
        var out: [DocumentBlock] = []
        for node in nodes { append(node, to: &out, headingOffset: headingOffset, prefix: nil) }
        return out
    }

    private static func append(_ node: MarkdownNode, to out: inout [DocumentBlock], headingOffset: Int, prefix: String?) {
        switch node.kind {
        case .heading(let level):
            out.append(.heading(level: max(1, level - headingOffset), text: node.plainText))
        case .paragraph:
            let runs = TextRun.runs(node.children)
            guard !runs.isEmpty else { return }
            out.append(.paragraph((prefix.map { [TextRun($0)] } ?? []) + runs, style: prefix == nil ? .body : .indented))
        case .blockQuote:
            for child in node.children {
                if case .paragraph = child.kind {
                    out.append(.paragraph(TextRun.runs(child.children), style: .indented))
                } else {
                    append(child, to: &out, headingOffset: headingOffset, prefix: prefix)
                }
            }
        case .list(let ordered, let start, _):
            for (index, item) in node.children.enumerated() {
                var marker = ordered ? "\(start + index). " : "• "
                if case .item(let task?) = item.kind { marker += task ? "☑ " : "☐ " }
                for (position, child) in item.children.enumerated() {
                    append(child, to: &out, headingOffset: headingOffset, prefix: position == 0 ? marker : "")
                }
            }
        case .codeBlock(_, let code):
            for line in code.split(separator: "\n", omittingEmptySubsequences: false).dropLast(code.hasSuffix("\n") ? 1 : 0) {
                out.append(.paragraph([TextRun(String(line))], style: .indented))
            }
        case .table:
            let rows = node.children.map { row in row.children.map(\.plainText) }
            guard let header = rows.first else { return }
            out.append(.table(DocumentTable(header: header, rows: Array(rows.dropFirst()))))
        case .footnoteDefinition(let label):
            let runs = node.children.flatMap { TextRun.runs($0.children) }
            out.append(.paragraph([TextRun("[\(label)] ")] + runs, style: .note))
        case .htmlBlock, .thematicBreak:
            return
        default:
            let text = node.plainText
            if !text.isEmpty { out.append(.paragraph([TextRun(text)], style: .body)) }
        }
    }
}

extension TextRun {
    /// Inline Markdown as runs: strong is bold, emphasis italic, links their text, images
    /// their description; a soft break between Chinese lines adds nothing.
    static func runs(_ nodes: [MarkdownNode], bold: Bool = false, italic: Bool = false) -> [TextRun] {
        var out: [TextRun] = []
        for (index, node) in nodes.enumerated() {
            switch node.kind {
            case .text(let text), .code(let text): out.append(TextRun(text, bold: bold, italic: italic))
            case .strong: out += runs(node.children, bold: true, italic: italic)
            case .emphasis: out += runs(node.children, bold: bold, italic: true)
            case .softBreak:
                let before = out.last?.text.last, after = nodes.dropFirst(index + 1).first?.plainText.first
                if before.map(isWide) != true && after.map(isWide) != true { out.append(TextRun(" ", bold: bold, italic: italic)) }
            case .lineBreak: out.append(TextRun("\n", bold: bold, italic: italic))
            case .footnoteReference(let label): out.append(TextRun("[\(label)]", bold: bold, italic: italic))
            case .htmlInline: continue
            default: out += runs(node.children, bold: bold, italic: italic)
            }
        }
        return out
    }

    private static func isWide(_ character: Character) -> Bool {
        character.unicodeScalars.first.map { $0.value >= 0x2E80 } ?? false
    }
}
