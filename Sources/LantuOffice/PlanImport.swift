import Foundation
import LantuDiagnostics

/// A Word document read back as a lantu plan (`lantu import`): the Markdown file to write,
/// its title (for the file's name) and a located warning for everything left out.
public struct ImportedPlan: Sendable, Equatable {
    public let title: String
    public let markdown: String
    public let warnings: [OfficeError]
}

/// Turns a Word plan into a lantu plan (SPEC §2.3): front matter from the title and the lines
/// under it, headings from outline levels and heading styles (or, in a document with none,
/// from 一、/（一）/1./（1） at the start of a bold or short paragraph), 专栏 from text boxes,
/// framed paragraphs and one-cell tables, tables as GFM tables, a task's
/// `牵头单位：…；完成时限：…` line as its metadata list, and footnotes.
public enum PlanImport {
    public static func read(_ data: Data, file: String, limits: ZipContainer.Limits = .standard) throws(OfficeError) -> ImportedPlan {
        let body = try WordReader.read(data, file: file, limits: limits)
        var blocks = body.blocks
        var warnings = body.warnings
        let front = FrontMatterReading.take(from: &blocks, file: file)
        warnings += front.warnings
        if blocks.contains(where: { if case .paragraph(let p) = $0 { return p.isContents && !p.text.isEmpty } else { return false } }),
           !warnings.contains(where: { $0.reason == .notImported(.contents) }) {
            warnings.append(OfficeError(SourceLocation(file: file), .notImported(.contents)))
        }
        // The contents' own title (`目  录`) goes with them.
        for index in blocks.indices.reversed() where index + 1 < blocks.count {
            guard case .paragraph(let title) = blocks[index], ["目录", "目錄", "目次"].contains(title.text.filter { !$0.isWhitespace }),
                  let next = blocks[(index + 1)...].first(where: { if case .paragraph(let p) = $0 { return !p.text.isEmpty || p.isContents } else { return true } }),
                  case .paragraph(let entry) = next, entry.isContents else { continue }
            blocks.remove(at: index)
        }
        blocks.removeAll { if case .paragraph(let p) = $0 { return p.isContents } else { return false } }
        var writer = PlanWriter(writing: MarkdownWriting(file: file, footnoteIDs: Set(body.footnotes.keys)), file: file,
                                headings: HeadingPatterns.marks(blocks))
        let text = ([front.lead.map { MarkdownWriting.escape($0, inTable: false) }, writer.blocks(blocks, inBox: false)] as [String?])
            .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "\n\n")
        var markdown = front.yaml + "\n" + (text.isEmpty ? "" : "\n" + text + "\n")
        var notes: [String] = []
        var index = 0
        // A footnote may refer to another; the order grows while the notes are written.
        while index < writer.writing.footnoteOrder.count {
            let id = writer.writing.footnoteOrder[index]
            let paragraphs = body.footnotes[id] ?? []
            let note = paragraphs.map { writer.writing.inline($0.runs, number: $0.number, context: .cell) }.joined(separator: " ")
            notes.append("[^\(index + 1)]: " + note.trimmingCharacters(in: .whitespaces))
            index += 1
        }
        if !notes.isEmpty { markdown += "\n" + notes.joined(separator: "\n") + "\n" }
        warnings += writer.warnings + writer.writing.warnings
        return ImportedPlan(title: front.title, markdown: markdown, warnings: warnings)
    }
}

/// Writes the body's blocks as Markdown, in order.
private struct PlanWriter {
    var writing: MarkdownWriting
    let file: String
    /// The paragraphs that are headings, by number.
    let headings: [Int: HeadingPatterns.Mark]
    var warnings: [OfficeError] = []

    /// One piece of output; items of one kind of list (`-`, `1.`) are joined by a line break,
    /// everything else by a blank line.
    enum Piece {
        case block(String)
        case heading(String)
        case item(String, ordered: Bool)
        /// An item of a task's metadata list (`- 牵头单位：…`).
        case metadata(String)

        var isMetadata: Bool { if case .metadata = self { return true } else { return false } }
        var isHeading: Bool { if case .heading = self { return true } else { return false } }
    }

    mutating func blocks(_ blocks: [WordBlock], inBox: Bool) -> String {
        var pieces: [Piece] = []
        var index = 0
        while index < blocks.count {
            switch blocks[index] {
            case .paragraph(let paragraph):
                if !inBox, paragraph.framed, Self.isBoxTitle(paragraph.text) {
                    var inner: [WordBlock] = []
                    while index + 1 < blocks.count, case .paragraph(let next) = blocks[index + 1], next.framed, !Self.isBoxTitle(next.text) {
                        inner.append(.paragraph(next))
                        index += 1
                    }
                    pieces.append(.block(box(title: paragraph, inner)))
                } else {
                    pieces += self.paragraph(paragraph, mayBeHeading: !inBox)
                }
                for content in paragraph.boxes { pieces += boxPieces(content, inBox: inBox) }
            case .table(let table):
                if let (title, inner) = Self.boxTable(table) {
                    pieces.append(.block(inBox ? self.blocks(inner, inBox: true) : box(title: title, inner)))
                } else {
                    let (caption, markdown, notes) = writing.table(table)
                    if let caption, !caption.isEmpty { pieces.append(.block("**" + caption + "**")) }
                    if !markdown.isEmpty { pieces.append(.block(markdown)) }
                    pieces += notes.map { .block($0) }
                }
            }
            index += 1
        }
        Self.raiseMetadata(&pieces)
        var out = ""
        for (position, piece) in pieces.enumerated() {
            if position > 0 {
                switch (pieces[position - 1], piece) {
                case (.item(_, let before), .item(_, let ordered)) where before == ordered: out += "\n"
                case (.metadata, .metadata): out += "\n"
                default: out += "\n\n"
                }
            }
            switch piece {
            case .block(let text), .heading(let text), .item(let text, _): out += text
            case .metadata(let text): out += "- " + text
            }
        }
        return out
    }

    /// A task's `责任单位：…` line typed after its body, the last thing in its section, goes up
    /// to the top of the section, where §2.3 reads a task's metadata.
    static func raiseMetadata(_ pieces: inout [Piece]) {
        var index = 0
        while index < pieces.count {
            guard pieces[index].isMetadata else { index += 1; continue }
            let end = pieces[index...].firstIndex { !$0.isMetadata } ?? pieces.count
            if end == pieces.count || pieces[end].isHeading,
               let heading = pieces[..<index].lastIndex(where: \.isHeading), heading + 1 < index,
               pieces[(heading + 1)..<index].allSatisfy({ if case .block = $0 { return true } else { return false } }) {
                let items = Array(pieces[index..<end])
                pieces.removeSubrange(index..<end)
                pieces.insert(contentsOf: items, at: heading + 1)
            }
            index = end
        }
    }
}

private extension PlanWriter {
    static func isBoxTitle(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.hasPrefix("专栏") || trimmed.hasPrefix("專欄") || trimmed.hasPrefix("Box ")
    }

    /// A one-column table whose first paragraph is `专栏…`: its title and the rest of its content.
    static func boxTable(_ table: WordTable) -> (WordParagraph, [WordBlock])? {
        guard !table.rows.isEmpty, table.rows.allSatisfy({ $0.count == 1 }) else { return nil }
        let content = table.rows.flatMap { $0[0].blocks }
        guard let first = content.firstIndex(where: { if case .paragraph(let p) = $0 { return !p.text.isEmpty } else { return true } }),
              case .paragraph(let title) = content[first], isBoxTitle(title.text) else { return nil }
        return (title, Array(content[(first + 1)...]))
    }

    /// A text box: a 专栏 when it starts with one, else its content as ordinary text.
    mutating func boxPieces(_ content: [WordBlock], inBox: Bool) -> [Piece] {
        let first = content.firstIndex { if case .paragraph(let p) = $0 { return !p.text.isEmpty } else { return true } }
        if !inBox, let first, case .paragraph(let title) = content[first], Self.isBoxTitle(title.text) {
            return [.block(box(title: title, Array(content[(first + 1)...])))]
        }
        let text = blocks(content, inBox: inBox)
        return text.isEmpty ? [] : [.block(text)]
    }

    /// `> **专栏1 …**`, a quote line, then the box's own blocks quoted.
    mutating func box(title: WordParagraph, _ inner: [WordBlock]) -> String {
        let heading = writing.inline(title.runs, number: title.number, context: .heading, plain: true).trimmingCharacters(in: .whitespaces)
        var lines = ["> **" + (title.label ?? "") + heading + "**"]
        let text = blocks(inner, inBox: true)
        if !text.isEmpty {
            lines.append(">")
            lines += text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? ">" : "> " + $0 }
        }
        return lines.joined(separator: "\n")
    }

    /// A paragraph of the body (`mayBeHeading`) or of a box, cell or heading's lead-in.
    mutating func paragraph(_ paragraph: WordParagraph, mayBeHeading: Bool) -> [Piece] {
        let visible = paragraph.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !visible.isEmpty else { return [] }
        if mayBeHeading, let mark = headings[paragraph.number] {
            let split = mark.leadIn ?? paragraph.runs.count
            var text = (paragraph.label ?? "") + writing.inline(Array(paragraph.runs[..<split]), number: paragraph.number, context: .heading, plain: true)
            text = text.trimmingCharacters(in: .whitespaces)
            // A lead-in ends its sentence (`1.加强党的政治建设。`); the heading does not.
            if mark.leadIn != nil, let last = text.last, "。：:".contains(last) { text.removeLast() }
            var pieces = [Piece.heading(String(repeating: "#", count: min(mark.level, 6)) + " " + text)]
            if split < paragraph.runs.count {
                var rest = paragraph
                rest.runs = Array(paragraph.runs[split...])
                rest.label = nil
                if let (items, body) = trailingMetadata(rest) {
                    pieces += items.map { .metadata($0) }
                    rest.runs = body
                }
                pieces += self.paragraph(rest, mayBeHeading: false)
            }
            return pieces
        }
        if let items = taskMetadata(paragraph) { return items.map { .metadata($0) } }
        var text = writing.inline(paragraph.runs, number: paragraph.number, context: .block).trimmingCharacters(in: .whitespaces)
        if paragraph.bullet { return [.item(String(repeating: "  ", count: paragraph.listLevel) + "- " + text, ordered: false)] }
        // What lantu's export writes for list items and milestones: `• `, then `☑ ` or `☐ `.
        if text.hasPrefix("• ") {
            text = String(text.dropFirst(2))
            if text.hasPrefix("☑ ") { text = "[x] " + text.dropFirst(2) } else if text.hasPrefix("☐ ") { text = "[ ] " + text.dropFirst(2) }
            return [.item("- " + text, ordered: false)]
        }
        if let label = paragraph.label {
            if label.first?.isASCII == true, label.first?.isNumber == true, label.allSatisfy({ $0.isNumber || $0 == "." || $0 == ")" }),
               let mark = label.last, mark == "." || mark == ")" {
                return [.item(label + " " + text, ordered: true)]
            }
            return [.block(MarkdownWriting.escape(label, inTable: false) + text)]
        }
        return [.block(text)]
    }

    /// `牵头单位：教务处；配合单位：研究生院；完成时限：2025年底` under a heading, as lantu's
    /// export and many plans write a task's owners and dates, as the items of a metadata list.
    mutating func taskMetadata(_ paragraph: WordParagraph) -> [String]? {
        metadataItems(paragraph.text, at: paragraph.number)
    }

    /// The items of `牵头单位：教务处；参与单位：研究生院` (keys apart by `；`, `;` or spaces,
    /// synonyms under the §2.3 key), nil for text that is not such a line.
    mutating func metadataItems(_ text: String, at number: Int) -> [String]? {
        guard let pairs = Self.metadataPairs(text) else { return nil }
        var items: [String] = []
        for (key, found) in pairs {
            var value = found
            if key == "状态" || key == "狀態" {
                var progress: String?
                if let open = value.firstIndex(where: { $0 == "（" || $0 == "(" }), value.hasSuffix("）") || value.hasSuffix(")") {
                    progress = String(value[value.index(after: open)..<value.index(before: value.endIndex)])
                    value = String(value[..<open])
                }
                // lantu's export writes 未报告 where no source gives a status: the plan states none.
                if value == "未报告" || value == "未報告" { continue }
                guard Self.planStatuses.contains(value) else {
                    warnings.append(OfficeError(SourceLocation(file: file, paragraph: number), .notImported(.taskStatus(value))))
                    continue
                }
                items.append("状态：" + value)
                if let progress { items.append("进度：" + progress) }
                continue
            }
            items.append(key + "：" + value)
        }
        return items.isEmpty ? nil : items.map { MarkdownWriting.escape($0, inTable: false) }
    }

    /// A task's owners in parentheses at the end of its paragraph, as issued plans write them
    /// (`……通过第二级认证。（牵头单位：教务处；参与单位：研究生院）`): the metadata items and
    /// the runs without the parenthesis. A parenthesis inside (`学生工作部（处）`) is the unit's.
    mutating func trailingMetadata(_ paragraph: WordParagraph) -> ([String], [WordRun])? {
        let text = Array(paragraph.text.trimmingCharacters(in: .whitespaces))
        guard let close = text.last, close == "）" || close == ")" else { return nil }
        var depth = 0
        var open: Int?
        for index in text.indices.reversed() {
            if text[index] == "）" || text[index] == ")" { depth += 1 }
            if text[index] == "（" || text[index] == "(" { depth -= 1 }
            if depth == 0 { open = index; break }
        }
        guard let open, let items = metadataItems(String(text[(open + 1)..<(text.count - 1)]), at: paragraph.number) else { return nil }
        // The text before the parenthesis, counted as `WordParagraph.text` counts it.
        let leading = paragraph.text.prefix { $0.isWhitespace }.count
        var remaining = leading + open
        var runs: [WordRun] = []
        // A footnote right before the parenthesis stays; what follows the cut goes.
        var cut = false
        for run in paragraph.runs where !cut {
            switch run.kind {
            case .text(let written):
                guard remaining > 0 else { cut = !written.isEmpty; continue }
                var kept = run
                kept.kind = .text(String(written.prefix(remaining)))
                remaining -= min(written.count, remaining)
                runs.append(kept)
            case .lineBreak:
                cut = remaining == 0
                remaining -= 1
                if !cut { runs.append(run) }
            default: runs.append(run)
            }
        }
        return (items, runs)
    }

    /// Each key of a metadata line with its value, in order; nil unless the text starts with a
    /// key and every key has a value.
    static func metadataPairs(_ text: String) -> [(String, String)]? {
        let text = text.trimmingCharacters(in: .whitespaces)
        var found: [(range: Range<String.Index>, key: String)] = []
        for written in taskKeys.union(keySynonyms.keys) {
            var from = text.startIndex
            while let range = text.range(of: written, range: from..<text.endIndex) {
                from = range.upperBound
                guard let colon = text[range.upperBound...].first(where: { !$0.isWhitespace }), colon == "：" || colon == ":" else { continue }
                let end = text[range.upperBound...].firstIndex(of: colon)!
                found.append((range.lowerBound..<text.index(after: end), keySynonyms[written] ?? written))
            }
        }
        found.sort { $0.range.lowerBound < $1.range.lowerBound }
        guard let first = found.first, first.range.lowerBound == text.startIndex else { return nil }
        var pairs: [(String, String)] = []
        for (position, key) in found.enumerated() {
            let end = position + 1 < found.count ? found[position + 1].range.lowerBound : text.endIndex
            guard key.range.upperBound <= end else { return nil }
            let value = text[key.range.upperBound..<end].trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "；;，,")))
            guard !value.isEmpty else { return nil }
            pairs.append((key.key, value))
        }
        return pairs
    }

    /// What offices write for a §2.3 key.
    static let keySynonyms = ["参与单位": "配合单位", "协同部门": "配合单位", "配合部门": "配合单位", "牵头部门": "牵头单位", "责任部门": "责任单位",
                              "參與單位": "配合單位", "協同部門": "配合單位", "配合部門": "配合單位", "牽頭部門": "牽頭單位", "責任部門": "責任單位"]

    static let taskKeys: Set<String> = ["牵头单位", "责任单位", "配合单位", "协同单位", "开始时间", "完成时限", "时间节点", "状态", "进度", "相关指标", "标签",
                                        "牽頭單位", "責任單位", "配合單位", "協同單位", "開始時間", "完成時限", "時間節點", "狀態", "進度", "相關指標", "標籤"]
    static let planStatuses: Set<String> = ["未开始", "进行中", "已完成", "滞后", "暂停", "未開始", "進行中", "滯後", "暫停"]
}
