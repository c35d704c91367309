import Foundation
import LantuDiagnostics

/// Reads the body of a .docx as Word, WPS or LibreOffice saved it into `WordBlock`s: runs
/// with their bold and italic resolved through the styles, automatic numbering turned into the
/// labels a reader sees, tracked deletions dropped and insertions kept, field instructions
/// skipped and their results kept once, text boxes read from one branch of
/// `mc:AlternateContent` (the Choice, else the Fallback, never both), and a located warning for
/// what has no Markdown form (pictures, charts, equations, embedded objects).
enum WordReader {
    struct Body {
        var blocks: [WordBlock]
        /// Footnotes by `w:id`, each as its paragraphs.
        var footnotes: [String: [WordParagraph]]
        var warnings: [OfficeError]
    }

    static func read(_ data: Data, file: String, limits: ZipContainer.Limits = .standard) throws(OfficeError) -> Body {
        let whole = SourceLocation(file: file)
        // An old binary .doc, or a WPS file, is an OLE compound file.
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { throw OfficeError(whole, .notADocx(oldFormat: true)) }
        let container: ZipContainer
        do { container = try ZipContainer(data: data, limits: limits) } catch {
            throw OfficeError(whole, error == .notZip ? .notADocx(oldFormat: false) : .wordContainer(error))
        }
        guard container.parts["word/document.xml"] != nil else { throw OfficeError(whole, .noDocumentPart) }
        func part(_ path: String) throws(OfficeError) -> XMLElement? {
            guard let bytes = container.parts[path] else { return nil }
            do { return try XMLElement.parse(bytes) } catch { throw OfficeError(whole, .wordXML(part: path, error)) }
        }
        let document = try part("word/document.xml")
        guard let body = document?.element("body") else { throw OfficeError(whole, .noDocumentPart) }
        let styles = WordStyles(try part("word/styles.xml"))
        var walker = BodyWalker(file: file, styles: styles, numbering: WordNumbering(try part("word/numbering.xml")))
        for relationship in try part("word/_rels/document.xml.rels")?.elements("Relationship") ?? [] {
            guard relationship.attribute("TargetMode") == "External", let id = relationship.attribute("Id"), let target = relationship.attribute("Target"),
                  ["http://", "https://", "mailto:"].contains(where: { target.lowercased().hasPrefix($0) }) else { continue }
            walker.links[id] = target
        }
        let blocks = walker.blocks(body)
        let revisions = Self.revisions(in: body)
        if revisions.insertions + revisions.deletions > 0 {
            walker.warnings.insert(OfficeError(whole, .notImported(.revisions(insertions: revisions.insertions, deletions: revisions.deletions,
                                                                                 authors: revisions.authors))), at: 0)
        }
        var footnotes: [String: [WordParagraph]] = [:]
        var notes = BodyWalker(file: file, styles: styles, numbering: WordNumbering(nil), located: false)
        for note in try part("word/footnotes.xml")?.elements("footnote") ?? [] {
            guard let id = note.attribute("w:id"), (note.attribute("w:type") ?? "normal") == "normal" else { continue }
            footnotes[id] = notes.blocks(note).compactMap { if case .paragraph(let paragraph) = $0 { return paragraph } else { return nil } }
        }
        return Body(blocks: blocks, footnotes: footnotes, warnings: walker.warnings + notes.warnings)
    }
}

extension WordReader {
    /// The tracked insertions and deletions under `element` (text, paragraph marks, table rows,
    /// moves), and their authors in the order they first appear.
    static func revisions(in element: XMLElement) -> (insertions: Int, deletions: Int, authors: [String]) {
        var insertions = 0, deletions = 0
        var authors: [String] = []
        func walk(_ element: XMLElement) {
            for case .element(let child) in element.children {
                let inserted = child.localName == "ins" || child.localName == "moveTo"
                if inserted || child.localName == "del" || child.localName == "moveFrom" {
                    if inserted { insertions += 1 } else { deletions += 1 }
                    if let author = child.attribute("w:author"), !authors.contains(author) { authors.append(author) }
                }
                walk(child)
            }
        }
        walk(element)
        return (insertions, deletions, authors)
    }
}

/// Walks the XML of a body, a cell or a text box in document order.
private struct BodyWalker {
    let file: String
    let styles: WordStyles
    var numbering: WordNumbering
    /// The web addresses hyperlinks point to, by relationship id.
    var links: [String: String] = [:]
    /// Whether warnings name the paragraph (footnotes' paragraphs are not the body's).
    var located = true
    var count = 0
    var warnings: [OfficeError] = []
    /// Open complex fields: their instruction so far, and whether their result has begun.
    var fields: [(instruction: String, inResult: Bool)] = []
    var warnedContents = false

    init(file: String, styles: WordStyles, numbering: WordNumbering, located: Bool = true) {
        self.file = file
        self.styles = styles
        self.numbering = numbering
        self.located = located
    }

    mutating func warn(_ content: OfficeError.WordContent) {
        let at = located ? SourceLocation(file: file, paragraph: max(count, 1)) : SourceLocation(file: file)
        warnings.append(OfficeError(at, .notImported(content)))
    }

    /// Inside a field's instruction, or inside a table of contents Word generated.
    var hidingText: Bool {
        fields.contains { !$0.inResult || $0.instruction.trimmingCharacters(in: .whitespaces).uppercased().hasPrefix("TOC") }
    }

    mutating func blocks(_ container: XMLElement?) -> [WordBlock] {
        var out: [WordBlock] = []
        for case .element(let child) in container?.children ?? [] {
            switch child.localName {
            case "p": out.append(.paragraph(paragraph(child)))
            case "tbl": out.append(.table(table(child)))
            case "sdt": out += blocks(child.element("sdtContent"))
            case "customXml", "ins", "moveTo", "smartTag": out += blocks(child)
            case "AlternateContent": out += blocks(Self.chosen(child))
            case "del", "moveFrom", "sectPr", "bookmarkStart", "bookmarkEnd", "proofErr", "commentRangeStart", "commentRangeEnd",
                 "permStart", "permEnd", "tcPr", "trPr", "tblPr", "tblGrid", "moveFromRangeStart", "moveFromRangeEnd",
                 "moveToRangeStart", "moveToRangeEnd", "footnotePr", "endnotePr":
                continue
            default: warn(.unknown(String(child.localName)))
            }
        }
        return out
    }

    /// `mc:AlternateContent`: the first Choice, else the Fallback.
    static func chosen(_ alternate: XMLElement) -> XMLElement? {
        alternate.element("Choice") ?? alternate.element("Fallback")
    }
}

private extension BodyWalker {
    mutating func paragraph(_ element: XMLElement) -> WordParagraph {
        count += 1
        var paragraph = WordParagraph(number: count)
        let properties = element.element("pPr")
        let style = properties?.element("pStyle")?.attribute("w:val")
        var direct = WordProperties()
        direct.merge(paragraph: properties)
        let resolved = styles.resolve(direct: direct, character: nil, paragraph: style)
        paragraph.centred = resolved.centred ?? false
        paragraph.framed = resolved.framed ?? false
        paragraph.isTitle = styles.isTitle(style)
        paragraph.isContents = styles.isContents(style)
        if let outline = properties?.element("outlineLvl")?.attribute("w:val").flatMap(Int.init) {
            paragraph.headingLevel = (0...8).contains(outline) ? outline + 1 : nil
        } else {
            paragraph.headingLevel = styles.headingLevel(style)
        }
        numberParagraph(&paragraph, properties: properties, style: style)
        inline(element, style: style, into: &paragraph)
        return paragraph
    }

    mutating func numberParagraph(_ paragraph: inout WordParagraph, properties: XMLElement?, style: String?) {
        let direct = properties?.element("numPr")
        var numID = direct?.element("numId")?.attribute("w:val")
        // Word has nine list levels; a damaged file's other values count as the first.
        var level = direct?.element("ilvl")?.attribute("w:val").flatMap(Int.init).map { (0...8).contains($0) ? $0 : 0 }
        if numID == nil, let inherited = styles.numbering(style) {
            numID = inherited.numID
            level = level ?? inherited.level ?? style.flatMap { numbering.level(ofStyle: $0, in: inherited.numID) }
        }
        guard let numID, let (label, bullet) = numbering.next(numID: numID, level: level ?? 0) else { return }
        paragraph.bullet = bullet
        paragraph.listLevel = level ?? 0
        if !label.isEmpty { paragraph.label = label }
    }

    mutating func inline(_ element: XMLElement, style: String?, into paragraph: inout WordParagraph) {
        for case .element(let child) in element.children {
            switch child.localName {
            case "r": run(child, style: style, into: &paragraph)
            case "hyperlink":
                let url = child.attribute("r:id").flatMap { links[$0] }
                if url != nil, !hidingText { paragraph.runs.append(WordRun(kind: .linkStart)) }
                inline(child, style: style, into: &paragraph)
                if let url, !hidingText { paragraph.runs.append(WordRun(kind: .linkEnd(url))) }
            case "smartTag", "ins", "moveTo", "customXml", "dir", "bdo", "fldSimple": inline(child, style: style, into: &paragraph)
            case "sdt": if let content = child.element("sdtContent") { inline(content, style: style, into: &paragraph) }
            case "AlternateContent": if let branch = Self.chosen(child) { inline(branch, style: style, into: &paragraph) }
            case "oMath", "oMathPara":
                // The equation's characters in a line, so the sentence around it still reads.
                paragraph.runs.append(WordRun(kind: .text(Self.find("t", in: child).map(\.text).joined())))
                warn(.equation)
            case "del", "moveFrom", "pPr", "bookmarkStart", "bookmarkEnd", "proofErr", "commentRangeStart", "commentRangeEnd",
                 "permStart", "permEnd", "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd":
                continue
            default: warn(.unknown(String(child.localName)))
            }
        }
    }

    mutating func run(_ element: XMLElement, style: String?, into paragraph: inout WordParagraph) {
        let properties = element.element("rPr")
        let format = styles.resolve(direct: WordProperties(run: properties), character: properties?.element("rStyle")?.attribute("w:val"), paragraph: style)
        func append(_ kind: WordRun.Kind) {
            guard !hidingText else { return }
            if case .text = kind { paragraph.size = max(paragraph.size, format.size ?? 0) }
            paragraph.runs.append(WordRun(kind: kind, bold: format.bold ?? false, italic: format.italic ?? false))
        }
        for case .element(let child) in element.children {
            switch child.localName {
            case "t": append(.text(child.text))
            case "tab", "ptab": append(.text(" "))
            case "br": if !["page", "column"].contains(child.attribute("w:type") ?? "") { append(.lineBreak) }
            case "cr": append(.lineBreak)
            case "noBreakHyphen": append(.text("-"))
            case "fldChar": field(child.attribute("w:fldCharType"))
            case "instrText": if !fields.isEmpty { fields[fields.count - 1].instruction += child.text }
            case "footnoteReference": if let id = child.attribute("w:id") { append(.footnote(id)) }
            case "endnoteReference": warn(.endnote)
            case "drawing", "pict": graphic(child, into: &paragraph)
            case "object": warn(.object)
            case "AlternateContent": if let branch = Self.chosen(child) { run(XMLElement(name: "w:r", attributes: [], children: branch.children), style: style, into: &paragraph) }
            case "sym": warn(.symbol)
            // Phonetic guides (拼音 over characters): the characters, without the guide.
            case "ruby": if let base = child.element("rubyBase") { inline(base, style: style, into: &paragraph) }
            case "rPr", "lastRenderedPageBreak", "footnoteRef", "separator", "continuationSeparator", "softHyphen", "annotationRef",
                 "delText", "delInstrText":
                continue
            case "commentReference": warn(.comment)
            default: warn(.unknown(String(child.localName)))
            }
        }
    }

    mutating func field(_ type: String?) {
        switch type {
        case "begin": fields.append(("", false))
        case "separate":
            guard !fields.isEmpty else { return }
            fields[fields.count - 1].inResult = true
            if fields.last!.instruction.trimmingCharacters(in: .whitespaces).uppercased().hasPrefix("TOC"), !warnedContents {
                warnedContents = true
                warn(.contents)
            }
        case "end": _ = fields.popLast()
        default: return
        }
    }

    /// A drawing or VML picture: its text boxes are read as blocks, anything else is a
    /// picture, chart or diagram lantu cannot show.
    mutating func graphic(_ element: XMLElement, into paragraph: inout WordParagraph) {
        let boxes = Self.find("txbxContent", in: element)
        if !boxes.isEmpty {
            for box in boxes { paragraph.boxes.append(blocks(box)) }
            return
        }
        let uri = Self.find("graphicData", in: element).first?.attribute("uri") ?? ""
        if uri.hasSuffix("/chart") { warn(.chart) } else if uri.hasSuffix("/diagram") { warn(.diagram) } else { warn(.image) }
    }

    /// Word's limit on a table's columns: a span past it is a damaged or hostile file, which
    /// must not make a small file a huge table.
    static let maxColumns = 63

    /// The rows of a table or the cells of a row, also those a content control
    /// (`w:sdt`) or custom XML wraps.
    static func unwrapped(_ element: XMLElement, _ name: String) -> [XMLElement] {
        var found: [XMLElement] = []
        for case .element(let child) in element.children {
            switch child.localName {
            case Substring(name): found.append(child)
            case "sdt": found += child.element("sdtContent").map { unwrapped($0, name) } ?? []
            case "customXml": found += unwrapped(child, name)
            default: continue
            }
        }
        return found
    }

    /// The outermost descendants with this local name.
    static func find(_ name: String, in element: XMLElement) -> [XMLElement] {
        var found: [XMLElement] = []
        for case .element(let child) in element.children {
            if child.localName == name { found.append(child) } else { found += find(name, in: child) }
        }
        return found
    }

    mutating func table(_ element: XMLElement) -> WordTable {
        let number = count + 1
        var rows: [[WordCell]] = []
        // A row whose deletion is tracked is gone once the changes are accepted.
        for row in Self.unwrapped(element, "tr") where row.element("trPr")?.element("del") == nil {
            var cells: [WordCell] = []
            if let before = row.element("trPr")?.element("gridBefore")?.attribute("w:val").flatMap(Int.init), before > 0 {
                cells.append(WordCell(blocks: [], span: min(before, Self.maxColumns)))
            }
            for cell in Self.unwrapped(row, "tc") {
                let properties = cell.element("tcPr")
                let merge = properties?.element("vMerge")
                let span = properties?.element("gridSpan")?.attribute("w:val").flatMap(Int.init) ?? 1
                cells.append(WordCell(blocks: blocks(cell), span: min(max(1, span), Self.maxColumns),
                                      continuesAbove: merge != nil && merge?.attribute("w:val") != "restart",
                                      startsMerge: merge?.attribute("w:val") == "restart"))
            }
            rows.append(cells)
        }
        return WordTable(number: number, rows: rows)
    }
}
