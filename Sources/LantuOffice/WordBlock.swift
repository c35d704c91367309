/// A Word document's body as `WordReader` understands it, before any Markdown: paragraphs
/// with their runs and what their styles say, and tables with their merged cells. `PlanImport`
/// decides from these what is a heading, a 专栏 or an indicator table.
enum WordBlock: Equatable {
    case paragraph(WordParagraph)
    case table(WordTable)
}

struct WordParagraph: Equatable {
    /// 1-based, counted over every paragraph of the body, in tables and text boxes too.
    let number: Int
    var runs: [WordRun] = []
    /// 1-based, from the paragraph's outline level or its heading style.
    var headingLevel: Int?
    var isTitle = false
    var isContents = false
    /// The label Word's automatic numbering shows before the text ("一、", "（二）", "1.").
    var label: String?
    var bullet = false
    /// The list level (`w:ilvl`), for indenting nested bullets.
    var listLevel = 0
    var centred = false
    var framed = false
    /// The largest font size in the paragraph, in half-points.
    var size = 0
    /// Text boxes anchored in this paragraph, read after it.
    var boxes: [[WordBlock]] = []

    /// The text a reader sees, numbering label included.
    var text: String {
        (label ?? "") + runs.map { run -> String in
            if case .text(let text) = run.kind { return text }
            return run.kind == .lineBreak ? "\n" : ""
        }.joined()
    }

    /// Whether every visible character is bold.
    var allBold: Bool {
        let visible = runs.filter { if case .text(let text) = $0.kind { return !text.allSatisfy(\.isWhitespace) } else { return false } }
        return !visible.isEmpty && visible.allSatisfy(\.bold)
    }
}

struct WordRun: Equatable {
    enum Kind: Equatable {
        case text(String)
        /// A footnote's `w:id`.
        case footnote(String)
        case lineBreak
        /// Where a hyperlink to a web address starts and ends (with the address); the runs
        /// between are its text.
        case linkStart
        case linkEnd(String)
    }

    var kind: Kind
    var bold = false
    var italic = false
}

struct WordTable: Equatable {
    /// The number of its first paragraph.
    let number: Int
    var rows: [[WordCell]]
}

struct WordCell: Equatable {
    var blocks: [WordBlock]
    /// Grid columns the cell covers (`w:gridSpan`).
    var span = 1
    /// `w:vMerge` without `restart`: the cell continues the one above.
    var continuesAbove = false
    /// `w:vMerge w:val="restart"`: cells below continue this one.
    var startsMerge = false

    /// Every paragraph in the cell, those of tables and text boxes inside it too: a cell is
    /// one line of Markdown.
    var paragraphs: [WordParagraph] { Self.paragraphs(blocks) }

    static func paragraphs(_ blocks: [WordBlock]) -> [WordParagraph] {
        blocks.flatMap { block -> [WordParagraph] in
            switch block {
            case .paragraph(let paragraph): return [paragraph] + paragraph.boxes.flatMap(paragraphs)
            case .table(let table): return table.rows.flatMap { $0.flatMap(\.paragraphs) }
            }
        }
    }
}
