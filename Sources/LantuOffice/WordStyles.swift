import Foundation

/// The styles of a Word document (`word/styles.xml`) as far as importing needs them: which
/// paragraph styles are headings or the title, their outline levels and linked numbering, and
/// the bold, italic, size and frames a style passes down its `basedOn` chain.
struct WordStyles {
    struct Style {
        var name: String
        var basedOn: String?
        var outlineLevel: Int?
        var numID: String?
        var numLevel: Int?
        var properties: WordProperties
    }

    private var styles: [String: Style] = [:]
    /// The document's defaults (`w:docDefaults`), below every style.
    private var defaults = WordProperties()

    init(_ root: XMLElement?) {
        guard let root else { return }
        if let run = root.element("docDefaults")?.element("rPrDefault")?.element("rPr") { defaults = WordProperties(run: run) }
        for style in root.elements("style") {
            guard let id = style.attribute("w:styleId") else { continue }
            let paragraph = style.element("pPr")
            var properties = WordProperties(run: style.element("rPr"))
            properties.merge(paragraph: paragraph)
            let numbering = paragraph?.element("numPr")
            styles[id] = Style(name: style.element("name")?.attribute("w:val") ?? id, basedOn: style.element("basedOn")?.attribute("w:val"),
                               outlineLevel: paragraph?.element("outlineLvl")?.attribute("w:val").flatMap(Int.init),
                               numID: numbering?.element("numId")?.attribute("w:val"),
                               numLevel: numbering?.element("ilvl")?.attribute("w:val").flatMap(Int.init).map { min(max($0, 0), 8) }, properties: properties)
        }
    }

    /// The styles from `id` up its `basedOn` chain (a loop in a damaged file ends the chain).
    func chain(_ id: String?) -> [Style] {
        var result: [Style] = []
        var seen: Set<String> = []
        var current = id
        while let next = current, !seen.contains(next), let style = styles[next] {
            seen.insert(next)
            result.append(style)
            current = style.basedOn
        }
        return result
    }

    /// The heading level (1-based) that a paragraph style gives: its outline level, or a heading
    /// style by id (`Heading1`, Chinese Word's `1`, `2`, `3`) or by name (`heading 1`, `标题 1`).
    func headingLevel(_ id: String?) -> Int? {
        if let id, let level = Self.headingNumber(id: id), styles[id].map({ $0.name == id || Self.headingNumber(name: $0.name) != nil }) ?? true {
            return level
        }
        for style in chain(id) {
            if let level = style.outlineLevel { return (0...8).contains(level) ? level + 1 : nil }
            if let level = Self.headingNumber(name: style.name) { return level }
        }
        return nil
    }

    /// Whether the style is the document's title style (`Title`, 标题 without a number).
    func isTitle(_ id: String?) -> Bool {
        guard let id else { return false }
        if id.lowercased() == "title" { return true }
        return chain(id).first.map { ["title", "标题", "標題"].contains($0.name.lowercased()) } ?? false
    }

    /// Whether the style belongs to a table of contents (`TOC1`, `toc 1`, `目录 1`).
    func isContents(_ id: String?) -> Bool {
        guard let id else { return false }
        let name = (chain(id).first?.name ?? id).lowercased()
        return id.lowercased().hasPrefix("toc") || name.hasPrefix("toc ") || name.hasPrefix("目录") || name.hasPrefix("目錄")
    }

    /// The numbering the style carries (a heading style linked to a list).
    func numbering(_ id: String?) -> (numID: String, level: Int?)? {
        for style in chain(id) {
            if let numID = style.numID { return (numID, style.numLevel) }
        }
        return nil
    }

    /// Properties of a run in a paragraph of style `paragraph`, with character style `character`
    /// and direct formatting `direct`: the nearest setting wins.
    func resolve(direct: WordProperties, character: String?, paragraph: String?) -> WordProperties {
        var result = direct
        for style in chain(character) + chain(paragraph) { result.fill(from: style.properties) }
        result.fill(from: defaults)
        return result
    }
}

/// Formatting that may be set or left to the style below: nil means "as the style says".
struct WordProperties: Equatable {
    var bold: Bool?
    var italic: Bool?
    /// Font size in half-points (`w:sz`).
    var size: Int?
    var centred: Bool?
    /// A border or shading, as a 专栏 written as framed paragraphs has.
    var framed: Bool?

    init(bold: Bool? = nil, italic: Bool? = nil, size: Int? = nil, centred: Bool? = nil, framed: Bool? = nil) {
        self.bold = bold
        self.italic = italic
        self.size = size
        self.centred = centred
        self.framed = framed
    }

    /// From a `w:rPr`.
    init(run: XMLElement?) {
        guard let run else { return }
        bold = run.element("b").map(Self.isOn)
        italic = run.element("i").map(Self.isOn)
        size = run.element("sz")?.attribute("w:val").flatMap(Int.init)
    }

    /// Adds what a `w:pPr` says: centring, borders and shading.
    mutating func merge(paragraph: XMLElement?) {
        guard let paragraph else { return }
        if let jc = paragraph.element("jc")?.attribute("w:val") { centred = jc == "center" }
        if let borders = paragraph.element("pBdr") {
            framed = borders.children.contains { if case .element(let side) = $0 { return side.attribute("w:val") != "nil" && side.attribute("w:val") != "none" } else { return false } }
        }
        if let fill = paragraph.element("shd")?.attribute("w:fill"), !["auto", "FFFFFF", "ffffff"].contains(fill) { framed = true }
    }

    mutating func fill(from other: WordProperties) {
        bold = bold ?? other.bold
        italic = italic ?? other.italic
        size = size ?? other.size
        centred = centred ?? other.centred
        framed = framed ?? other.framed
    }

    /// `<w:b/>` is on; `w:val="0"`, `"false"` or `"off"` turns it off.
    static func isOn(_ element: XMLElement) -> Bool {
        !["0", "false", "off"].contains(element.attribute("w:val") ?? "1")
    }
}

private extension WordStyles {
    /// `Heading1`; a bare `1` where the style has no other name, as Chinese Word writes it.
    static func headingNumber(id: String) -> Int? {
        let lower = id.lowercased()
        if lower.hasPrefix("heading"), let level = Int(lower.dropFirst(7)), (1...9).contains(level) { return level }
        if let level = Int(id), (1...9).contains(level) { return level }
        return nil
    }

    static func headingNumber(name: String) -> Int? {
        let lower = name.lowercased().replacingOccurrences(of: " ", with: "")
        for prefix in ["heading", "标题", "標題"] where lower.hasPrefix(prefix) {
            if let level = Int(lower.dropFirst(prefix.count)), (1...9).contains(level) { return level }
        }
        return nil
    }
}
