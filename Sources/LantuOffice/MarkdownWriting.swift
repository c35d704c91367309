import Foundation
import LantuDiagnostics

/// Word's runs and tables written as GitHub Flavored Markdown for `lantu import`: bold and
/// italic as `**`/`*` around the text (spaces kept outside, where CommonMark needs them),
/// Markdown's special characters escaped so the text reads back as typed, footnotes as
/// `[^1]`, and tables as GFM tables whose merged cells come out as a reader of the plan
/// expects (a vertically merged category cell is blank below its first row, a merged header
/// over two header rows is joined with each column under it).
struct MarkdownWriting {
    let file: String
    let footnoteIDs: Set<String>
    /// Footnote ids in the order they are first referred to; the Markdown label is the position.
    private(set) var footnoteOrder: [String] = []
    private(set) var warnings: [OfficeError] = []

    init(file: String, footnoteIDs: Set<String>) {
        self.file = file
        self.footnoteIDs = footnoteIDs
    }

    enum Context { case block, heading, cell }

    /// The runs of paragraph `number` as inline Markdown; headings and header cells are plain.
    mutating func inline(_ runs: [WordRun], number: Int, context: Context, plain: Bool = false) -> String {
        var out = ""
        var segment = ""
        var format = (bold: false, italic: false)
        func flush() {
            guard !segment.isEmpty else { return }
            out += Self.wrap(Self.escape(segment, inTable: context == .cell), bold: format.bold && !plain, italic: format.italic && !plain)
            segment = ""
        }
        for run in runs {
            switch run.kind {
            case .text(let text):
                if (run.bold, run.italic) != format, !text.allSatisfy(\.isWhitespace) {
                    flush()
                    format = (run.bold, run.italic)
                }
                segment += text
            case .lineBreak:
                flush()
                out += context == .block ? "\\\n" : " "
            case .linkStart:
                flush()
                if !plain { out += "[" }
            case .linkEnd(let url):
                flush()
                if !plain { out += "](" + Self.destination(url) + ")" }
            case .footnote(let id):
                flush()
                guard footnoteIDs.contains(id) else {
                    warnings.append(OfficeError(SourceLocation(file: file, paragraph: number), .notImported(.missingFootnote(id))))
                    continue
                }
                if !footnoteOrder.contains(id) { footnoteOrder.append(id) }
                out += "[^\(footnoteOrder.firstIndex(of: id)! + 1)]"
            }
        }
        flush()
        if context == .heading {
            // `{#id}` at the end of a heading would set its anchor, a closing `#` would vanish.
            out = out.replacingOccurrences(of: "{", with: "\\{")
            if out.hasSuffix("#") { out = String(out.dropLast()) + "\\#" }
        }
        guard context == .block else { return out }
        return out.split(separator: "\n", omittingEmptySubsequences: false).map { Self.escapeLineStart(String($0)) }.joined(separator: "\n")
    }

    /// A table as GFM, with a one-cell title row above the header as its caption paragraph,
    /// and the notes under it: a footnote in a cell (`生师比[^3]`) would become part of an
    /// indicator's name, so the cell keeps its text and a line under the table, `注：生师比[^3]`,
    /// the reference.
    mutating func table(_ table: WordTable) -> (caption: String?, markdown: String, notes: [String]) {
        let (caption, markdown) = gfmTable(table)
        checkValues(markdown, table: table)
        var notes: [String] = []
        var lines: [String] = []
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            var cells = line.components(separatedBy: " | ")
            for (index, cell) in cells.enumerated() {
                let references = cell.ranges(of: /\[\^\d+\]/)
                guard !references.isEmpty else { continue }
                let cleaned = cell.replacing(/\[\^\d+\]/, with: "")
                cells[index] = cleaned
                let name = cleaned.trimmingCharacters(in: CharacterSet(charactersIn: "| "))
                notes.append("注：" + name + references.map { String(cell[$0]) }.joined())
            }
            lines.append(cells.joined(separator: " | "))
        }
        return (caption, lines.joined(separator: "\n"), notes)
    }

    /// Values a reader of the table takes for numbers that lantu keeps as text or would misread:
    /// a cumulative `〔8〕`, a ratio `17.6:1`, a `1.5亿` in a row whose unit column already says 万元.
    private mutating func checkValues(_ markdown: String, table: WordTable) {
        let rows = markdown.split(separator: "\n").map { $0.dropFirst(2).dropLast(2).components(separatedBy: " | ") }
        guard rows.count > 2 else { return }
        let unitColumn = rows[0].firstIndex { ["单位", "單位", "计量单位", "計量單位"].contains($0) }
        let at = SourceLocation(file: file, paragraph: table.number)
        for row in rows.dropFirst(2) {
            for cell in row {
                if cell.range(of: #"^〔[\d.,，]+〕$"#, options: .regularExpression) != nil {
                    warnings.append(OfficeError(at, .notImported(.cumulativeValue(cell))))
                } else if cell.range(of: #"\d\s*[:：]\s*1$"#, options: .regularExpression) != nil {
                    warnings.append(OfficeError(at, .notImported(.ratioValue(cell))))
                } else if let unitColumn, unitColumn < row.count, cell.range(of: #"\d(亿|万|億|萬)$"#, options: .regularExpression) != nil,
                          row[unitColumn].contains(where: { "万亿萬億".contains($0) }) {
                    warnings.append(OfficeError(at, .notImported(.magnitudeInUnit(cell, unit: row[unitColumn]))))
                }
            }
        }
    }

    private mutating func gfmTable(_ table: WordTable) -> (caption: String?, markdown: String) {
        // No plan's table is wider; the cap keeps a hostile file from padding every row to a
        // million cells.
        let width = min(table.rows.map { $0.reduce(0) { $0 + $1.span } }.max() ?? 0, 1024)
        guard width > 0 else { return (nil, "") }
        var rows = table.rows.filter { !$0.isEmpty }
        var caption: String?
        if rows.count > 1, rows[0].count == 1, width > 1 {
            caption = cellText(rows[0][0], plain: true)
            rows.removeFirst()
        }
        guard let top = rows.first else { return (caption, "") }
        var header = grid(top, width: width, plain: true, repeatSpans: true)
        var body = Array(rows.dropFirst())
        if let second = body.first, isSecondHeaderRow(second, under: top, width: width) {
            let lower = grid(second, width: width, plain: true, repeatSpans: false)
            let spanned = spannedColumns(top)
            header = (0..<width).map { column in
                let upper = header[column], below = lower[column]
                if below.isEmpty || below == upper { return upper }
                return spanned.contains(column) ? upper + below : below
            }
            body.removeFirst()
        }
        var lines = [Self.row(header), Self.row(Array(repeating: "---", count: width))]
        // A row that is one cell across the table names a category (`普及程度`): its bold is
        // the table's layout, as a header's is.
        lines += body.map { Self.row(grid($0, width: width, plain: $0.count == 1 && $0[0].span == width, repeatSpans: false)) }
        return (caption, lines.joined(separator: "\n"))
    }
}

private extension MarkdownWriting {
    static func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }

    /// One row's cells on the table's grid: a cell over several columns fills the first (or,
    /// in a header, each of them), a continued vertical merge is blank.
    mutating func grid(_ cells: [WordCell], width: Int, plain: Bool, repeatSpans: Bool) -> [String] {
        var out: [String] = []
        for cell in cells {
            let text = cell.continuesAbove ? "" : cellText(cell, plain: plain)
            out.append(text)
            out += Array(repeating: repeatSpans ? text : "", count: cell.span - 1)
        }
        return Array((out + Array(repeating: "", count: max(0, width - out.count))).prefix(width))
    }

    func spannedColumns(_ cells: [WordCell]) -> Set<Int> {
        var columns: Set<Int> = []
        var at = 0
        for cell in cells {
            if cell.span > 1 { columns.formUnion(at..<(at + cell.span)) }
            at += cell.span
        }
        return columns
    }

    /// The row under a header that merges cells across columns names those columns when it
    /// continues (or leaves empty) every column the header did not merge.
    func isSecondHeaderRow(_ row: [WordCell], under header: [WordCell], width: Int) -> Bool {
        let spanned = spannedColumns(header)
        guard !spanned.isEmpty else { return false }
        var at = 0
        for cell in row {
            if !spanned.contains(at), !cell.continuesAbove, !cell.paragraphs.allSatisfy({ $0.text.allSatisfy(\.isWhitespace) }) { return false }
            at += cell.span
        }
        return true
    }

    mutating func cellText(_ cell: WordCell, plain: Bool) -> String {
        if cell.blocks.contains(where: { if case .table = $0 { return true } else { return false } }) {
            warnings.append(OfficeError(SourceLocation(file: file, paragraph: cell.paragraphs.first?.number ?? 1), .notImported(.nestedTable)))
        }
        let lines = cell.paragraphs.map { paragraph in
            ((paragraph.label.map { Self.escape($0, inTable: true) } ?? "") + inline(paragraph.runs, number: paragraph.number, context: .cell, plain: plain))
                .trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
        return Self.joinLines(lines)
    }

    /// A cell's paragraphs on one line: Chinese runs on without a gap (`22` `以上` → `22以上`),
    /// other words keep a space between them.
    static func joinLines(_ lines: [String]) -> String {
        var out = ""
        for line in lines {
            if let last = out.last, let first = line.first, !isWide(last), !isWide(first) { out += " " }
            out += line
        }
        return out
    }

    static func isWide(_ character: Character) -> Bool {
        character.unicodeScalars.first.map { $0.value >= 0x2E80 } ?? false
    }

    static func wrap(_ text: String, bold: Bool, italic: Bool) -> String {
        let marker = (bold ? "**" : "") + (italic ? "*" : "")
        guard !marker.isEmpty else { return text }
        let leading = text.prefix { $0.isWhitespace }, trailing = String(text.reversed().prefix { $0.isWhitespace })
        let core = text.dropFirst(leading.count).dropLast(trailing.count)
        guard !core.isEmpty else { return text }
        return leading + marker + core + String(marker.reversed()) + trailing
    }

}

extension MarkdownWriting {
    /// Characters that would start emphasis, code, links, HTML, strikethrough, entities or a
    /// cell boundary get a backslash; the rest is written as it is.
    static func escape(_ text: String, inTable: Bool) -> String {
        var out = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            switch character {
            case "\\", "*", "_", "`", "[", "]", "~":
                out += "\\" + String(character)
            case "<" where next.map { $0.isLetter || $0 == "/" || $0 == "!" || $0 == "?" } ?? false:
                out += "\\<"
            case "&" where next.map { $0.isLetter || $0 == "#" } ?? false:
                out += "\\&"
            case "|" where inTable:
                out += "\\|"
            case "\n", "\r":
                out += " "
            default:
                out.append(character)
            }
        }
        return out
    }

}

private extension MarkdownWriting {
    /// A link's address, in angle brackets where spaces or brackets would end it early.
    static func destination(_ url: String) -> String {
        guard url.contains(where: { " ()<>".contains($0) }) else { return url }
        return "<" + url.replacingOccurrences(of: "<", with: "%3C").replacingOccurrences(of: ">", with: "%3E") + ">"
    }

    /// A line that would read as a heading, quote, list item or rule keeps its first
    /// character literal.
    static func escapeLineStart(_ line: String) -> String {
        guard let first = line.first else { return line }
        if first == "#" || first == ">" || first == "=" { return "\\" + line }
        if "-+".contains(first), line.dropFirst().first == " " || line.dropFirst().allSatisfy({ $0 == first }) { return "\\" + line }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 9 {
            let rest = line.dropFirst(digits.count)
            if let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first == " " || rest.count == 1 {
                return digits + "\\" + rest
            }
        }
        return line
    }
}
