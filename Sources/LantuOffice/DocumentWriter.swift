import Foundation

/// Writes a `WordDocument` as a .docx file (ECMA-376 WordprocessingML) in the layout of Chinese
/// official documents (GB/T 9704-2012): A4, margins 37/35/28/26 mm, body 仿宋_GB2312 三号 on a
/// fixed 28.95 pt line (22 lines a page), title 方正小标宋简体 二号, headings 黑体 and 楷体_GB2312
/// with outline levels for Word's navigation pane and table of contents, and `— 1 —` page
/// numbers. Each Chinese font names fallbacks (`w:altName` and fontconfig's usual
/// replacements) for machines without the GB2312 fonts. The parts come in the standard's
/// order with fixed dates, so the same document gives the same bytes.
public enum DocumentWriter {
    /// The part names in the order they are written.
    public static let partOrder = [
        "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/settings.xml",
        "word/fontTable.xml", "word/_rels/document.xml.rels", "word/footer1.xml", "docProps/core.xml", "docProps/app.xml",
    ]

    public static func write(_ document: WordDocument) -> Data {
        let parts: [String: String] = [
            "[Content_Types].xml": contentTypes, "_rels/.rels": rootRelationships, "word/document.xml": body(document),
            "word/styles.xml": styles, "word/settings.xml": settings, "word/fontTable.xml": fontTable,
            "word/_rels/document.xml.rels": documentRelationships, "word/footer1.xml": footer,
            "docProps/core.xml": core(document), "docProps/app.xml": app,
        ]
        return ZipContainer.write(partOrder.map { ($0, Array(parts[$0]!.utf8)) })
    }

    /// Text width between the margins in twentieths of a point: 210 − 28 − 26 mm.
    static let textWidth = 8845
}

private let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
private let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
private let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

/// The fonts, each with the names Word (`w:altName`) and LibreOffice fall back to.
private enum Font {
    static let body = "仿宋_GB2312"
    static let title = "方正小标宋简体"
    static let heading1 = "黑体"
    static let heading2 = "楷体_GB2312"
    static let latin = "Times New Roman"

    static func fonts(eastAsia: String) -> String {
        "<w:rFonts w:ascii=\"\(latin)\" w:hAnsi=\"\(latin)\" w:eastAsia=\"\(eastAsia)\" w:cs=\"\(latin)\" w:hint=\"eastAsia\"/>"
    }

    /// name, fallback names, family: serif fonts fall back to FangSong / Noto Serif CJK SC.
    static let table: [(String, String, String)] = [
        (body, "仿宋,FangSong,STFangsong,Noto Serif CJK SC", "modern"),
        (title, "宋体,SimSun,Noto Serif CJK SC", "roman"),
        (heading1, "SimHei,Noto Sans CJK SC", "modern"),
        (heading2, "楷体,KaiTi,STKaiti,Noto Serif CJK SC", "modern"),
        ("宋体", "SimSun,Noto Serif CJK SC", "roman"),
    ]
}

private extension DocumentWriter {
    static let contentTypes = header + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
        + "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
        + "<Override PartName=\"/word/fontTable.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml\"/>"
        + "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
        + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
        + "</Types>"

    static let rootRelationships = header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(r)/officeDocument\" Target=\"word/document.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"\(r)/extended-properties\" Target=\"docProps/app.xml\"/>"
        + "</Relationships>"

    static let documentRelationships = header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(r)/styles\" Target=\"styles.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"\(r)/settings\" Target=\"settings.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"\(r)/fontTable\" Target=\"fontTable.xml\"/>"
        + "<Relationship Id=\"rId4\" Type=\"\(r)/footer\" Target=\"footer1.xml\"/>"
        + "</Relationships>"

    static let settings = header + "<w:settings xmlns:w=\"\(w)\"><w:defaultTabStop w:val=\"640\"/>"
        + "<w:characterSpacingControl w:val=\"compressPunctuation\"/><w:compat><w:compatSetting w:name=\"compatibilityMode\" "
        + "w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat></w:settings>"

    static let fontTable: String = {
        var out = header + "<w:fonts xmlns:w=\"\(w)\">"
        for (name, alternatives, family) in Font.table {
            out += "<w:font w:name=\"\(name)\"><w:altName w:val=\"\(alternatives)\"/><w:charset w:val=\"86\"/>"
                + "<w:family w:val=\"\(family)\"/><w:pitch w:val=\"variable\"/></w:font>"
        }
        out += "<w:font w:name=\"\(Font.latin)\"><w:charset w:val=\"00\"/><w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font>"
        return out + "</w:fonts>"
    }()

    /// 四号 (14 pt) 宋体 page numbers with a dash either side, centred.
    static let footer = header + "<w:ftr xmlns:w=\"\(w)\" xmlns:r=\"\(r)\"><w:p><w:pPr><w:pStyle w:val=\"Footer\"/><w:jc w:val=\"center\"/></w:pPr>"
        + "<w:r><w:t xml:space=\"preserve\">— </w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
        + "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
        + "<w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t xml:space=\"preserve\"> —</w:t></w:r></w:p></w:ftr>"

    static func style(_ id: String, name: String, basedOn: String? = "Normal", outline: Int? = nil, paragraph: String, run: String) -> String {
        "<w:style w:type=\"paragraph\" w:customStyle=\"\(["Normal", "Title", "Heading1", "Heading2", "Heading3", "Footer"].contains(id) ? 0 : 1)\" w:styleId=\"\(id)\">"
            + "<w:name w:val=\"\(name)\"/>" + (basedOn.map { "<w:basedOn w:val=\"\($0)\"/>" } ?? "")
            + "<w:next w:val=\"\(outline == nil && id != "Title" ? id : "Body")\"/>" + (outline == nil ? "" : "<w:uiPriority w:val=\"9\"/>")
            + "<w:qFormat/><w:pPr>\(paragraph)" + (outline.map { "<w:outlineLvl w:val=\"\($0)\"/>" } ?? "") + "</w:pPr><w:rPr>\(run)</w:rPr></w:style>"
    }

    /// 28.95 pt exactly: 22 lines on the page's text height, as GB/T 9704 asks.
    static let line = "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"579\" w:lineRule=\"exact\"/>"

    static let styles = header + "<w:styles xmlns:w=\"\(w)\">"
        + "<w:docDefaults><w:rPrDefault><w:rPr>\(Font.fonts(eastAsia: Font.body))<w:kern w:val=\"2\"/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>"
        + "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
        + "<w:pPrDefault><w:pPr><w:widowControl w:val=\"0\"/><w:jc w:val=\"both\"/>\(line)</w:pPr></w:pPrDefault></w:docDefaults>"
        + style("Normal", name: "Normal", basedOn: nil, paragraph: "", run: "")
        + style("Body", name: "正文（公文）", paragraph: "<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>", run: "")
        + style("Indented", name: "缩进段落", paragraph: "<w:ind w:left=\"640\"/>", run: "")
        + style("Note", name: "表注", paragraph: "<w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"60\" w:after=\"120\" w:line=\"360\" w:lineRule=\"exact\"/>",
                run: "<w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>")
        + style("Title", name: "Title", paragraph: "<w:snapToGrid w:val=\"0\"/><w:jc w:val=\"center\"/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"700\" w:lineRule=\"exact\"/>",
                run: Font.fonts(eastAsia: Font.title) + "<w:sz w:val=\"44\"/><w:szCs w:val=\"44\"/>")
        + style("Subtitle", name: "副标题（公文）", paragraph: "<w:jc w:val=\"center\"/>", run: Font.fonts(eastAsia: Font.heading2))
        + style("Heading1", name: "heading 1", outline: 0, paragraph: "<w:keepNext/><w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>",
                run: Font.fonts(eastAsia: Font.heading1))
        + style("Heading2", name: "heading 2", outline: 1, paragraph: "<w:keepNext/><w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>",
                run: Font.fonts(eastAsia: Font.heading2))
        + style("Heading3", name: "heading 3", outline: 2, paragraph: "<w:keepNext/><w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>",
                run: "<w:b/><w:bCs/>")
        + style("TableText", name: "表格文字", paragraph: "<w:snapToGrid w:val=\"0\"/><w:jc w:val=\"center\"/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"320\" w:lineRule=\"atLeast\"/>",
                run: "<w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>")
        + style("BoxTitle", name: "专栏标题", paragraph: "<w:keepNext/><w:snapToGrid w:val=\"0\"/><w:jc w:val=\"center\"/><w:spacing w:before=\"60\" w:after=\"60\" w:line=\"440\" w:lineRule=\"exact\"/>",
                run: Font.fonts(eastAsia: Font.heading1) + "<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>")
        + style("BoxText", name: "专栏文字", paragraph: "<w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"440\" w:lineRule=\"exact\"/>",
                run: "<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>")
        + style("Footer", name: "footer", paragraph: "<w:snapToGrid w:val=\"0\"/><w:jc w:val=\"center\"/><w:spacing w:line=\"240\" w:lineRule=\"auto\"/>",
                run: Font.fonts(eastAsia: "宋体") + "<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>")
        + "</w:styles>"

    static func core(_ document: WordDocument) -> String {
        header + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:title>\(XMLEscaping.text(document.title))</dc:title><dc:creator>lantu</dc:creator>"
            + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(XMLEscaping.text(document.date))</dcterms:created>"
            + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(XMLEscaping.text(document.date))</dcterms:modified>"
            + "</cp:coreProperties>"
    }

    static let app = header + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
        + "<Application>lantu</Application></Properties>"
}

private extension DocumentWriter {
    static func body(_ document: WordDocument) -> String {
        var out = header + "<w:document xmlns:w=\"\(w)\" xmlns:r=\"\(r)\"><w:body>"
        out += paragraph("Title", [TextRun(document.title)])
        for line in document.subtitle { out += paragraph("Subtitle", [TextRun(line)]) }
        if !document.subtitle.isEmpty || !document.blocks.isEmpty { out += paragraph("Body", []) }
        out += blocks(document.blocks, width: textWidth, inBox: false)
        // A4 in twips, margins 37/35/28/26 mm, the footer 7 mm below the text as the standard's
        // page numbers sit.
        out += "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId4\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
            + "<w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1587\" w:header=\"851\" w:footer=\"1587\" w:gutter=\"0\"/>"
            + "<w:cols w:space=\"425\"/><w:docGrid w:type=\"linesAndChars\" w:linePitch=\"579\" w:charSpace=\"0\"/></w:sectPr>"
        return out + "</w:body></w:document>"
    }

    /// Blocks inside the width given; in a box, text is smaller and not indented.
    static func blocks(_ blocks: [DocumentBlock], width: Int, inBox: Bool) -> String {
        var out = ""
        for block in blocks {
            switch block {
            case .heading(let level, let text): out += paragraph(inBox ? "BoxTitle" : "Heading\(min(level, 3))", [TextRun(text)])
            case .paragraph(let runs, let style): out += paragraph(inBox ? "BoxText" : style.rawValue, runs)
            case .table(let table): out += self.table(table, width: width)
            case .box(let title, let inner): out += box(title, inner, width: width)
            }
        }
        return out
    }

    /// A one-cell framed table, as Chinese plans print their 专栏.
    static func box(_ title: String, _ inner: [DocumentBlock], width: Int) -> String {
        let border = "w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"000000\""
        let content = width - 240
        return "<w:tbl><w:tblPr><w:tblW w:w=\"\(width)\" w:type=\"dxa\"/><w:jc w:val=\"center\"/><w:tblBorders>"
            + ["top", "left", "bottom", "right"].map { "<w:\($0) \(border)/>" }.joined()
            + "</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:top w:w=\"85\" w:type=\"dxa\"/><w:left w:w=\"120\" w:type=\"dxa\"/>"
            + "<w:bottom w:w=\"85\" w:type=\"dxa\"/><w:right w:w=\"120\" w:type=\"dxa\"/></w:tblCellMar><w:tblLook w:val=\"0000\"/></w:tblPr>"
            + "<w:tblGrid><w:gridCol w:w=\"\(width)\"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr>"
            + paragraph("BoxTitle", [TextRun(title)]) + blocks(inner, width: content, inBox: true)
            // A cell must end with a paragraph, also after a nested table.
            + (inner.last.map { if case .paragraph = $0 { return false } else { return true } } == true ? paragraph("BoxText", []) : "")
            + "</w:tc></w:tr></w:tbl>" + paragraph("Note", [])
    }

    /// `leftAligned` for a table's first column, where names read better from the left.
    static func paragraph(_ style: String, _ runs: [TextRun], leftAligned: Bool = false) -> String {
        "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/>" + (leftAligned ? "<w:jc w:val=\"left\"/>" : "") + "</w:pPr>" + runs.map(run).joined() + "</w:p>"
    }

    /// One run; line breaks inside it become `<w:br/>`.
    static func run(_ run: TextRun) -> String {
        var properties = ""
        if run.bold { properties += "<w:b/><w:bCs/>" }
        if run.italic { properties += "<w:i/><w:iCs/>" }
        let pieces = run.text.split(separator: "\n", omittingEmptySubsequences: false).map { piece in
            let text = XMLEscaping.text(String(piece))
            let space = text.first == " " || text.last == " " ? " xml:space=\"preserve\"" : ""
            return text.isEmpty ? "" : "<w:t\(space)>\(text)</w:t>"
        }
        return "<w:r>" + (properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>") + pieces.joined(separator: "<w:br/>") + "</w:r>"
    }

    /// A bordered table across the text width: a grid Word needs to open it without repair,
    /// every cell's width, the header row bold and repeated on each page.
    static func table(_ table: DocumentTable, width textWidth: Int) -> String {
        let count = max(table.header.count, table.rows.map(\.count).max() ?? 0, 1)
        let weights = (0..<count).map { $0 < table.widths.count ? max(1, table.widths[$0]) : 1 }
        let total = weights.reduce(0, +)
        var widths = weights.map { textWidth * $0 / total }
        widths[count - 1] += textWidth - widths.reduce(0, +)
        let border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\""
        var out = "<w:tbl><w:tblPr><w:tblW w:w=\"\(textWidth)\" w:type=\"dxa\"/><w:jc w:val=\"center\"/><w:tblBorders>"
            + ["top", "left", "bottom", "right", "insideH", "insideV"].map { "<w:\($0) \(border)/>" }.joined()
            + "</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar>"
            + "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr>"
        out += "<w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        for (index, row) in ([table.header] + table.rows).enumerated() {
            out += "<w:tr>" + (index == 0 ? "<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>" : "<w:trPr><w:cantSplit/></w:trPr>")
            if index > 0, table.groupRows.contains(index - 1) {
                out += "<w:tc><w:tcPr><w:tcW w:w=\"\(textWidth)\" w:type=\"dxa\"/><w:gridSpan w:val=\"\(count)\"/><w:vAlign w:val=\"center\"/></w:tcPr>"
                    + paragraph("TableText", [TextRun(row.first ?? "", bold: true)], leftAligned: true) + "</w:tc></w:tr>"
                continue
            }
            for column in 0..<count {
                let text = column < row.count ? row[column] : ""
                out += "<w:tc><w:tcPr><w:tcW w:w=\"\(widths[column])\" w:type=\"dxa\"/><w:vAlign w:val=\"center\"/></w:tcPr>"
                    + paragraph("TableText", text.isEmpty ? [] : [TextRun(text, bold: index == 0)], leftAligned: index > 0 && column == 0) + "</w:tc>"
            }
            out += "</w:tr>"
        }
        // Word needs a paragraph between a table and whatever follows it.
        return out + "</w:tbl>" + paragraph("Note", [])
    }
}
