import Foundation
import LantuDiagnostics

/// Writes sheets as an .xlsx file (ECMA-376 SpreadsheetML) that Excel, WPS and LibreOffice
/// open without repair: the parts in the standard's order, strings shared, the same bytes for
/// the same sheets (fixed dates in the container and in `docProps`).
public enum WorkbookWriter {
    public struct Properties: Sendable, Equatable {
        public var title: String
        /// Written as the file's creation and change date; pass one derived from the input.
        public var date: String

        public init(title: String, date: String) {
            self.title = title
            self.date = date
        }
    }

    public static func write(_ sheets: [WorkbookSheet], properties: Properties) -> Data {
        var strings = SharedStrings()
        let sheetParts = sheets.map { sheetXML($0, strings: &strings) }
        var parts: [(path: String, bytes: [UInt8])] = [
            ("[Content_Types].xml", contentTypes(sheets.count)),
            ("_rels/.rels", rootRelationships),
            ("docProps/core.xml", core(properties)),
            ("docProps/app.xml", app(sheets)),
            ("xl/workbook.xml", workbook(sheets)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships(sheets.count)),
            ("xl/styles.xml", Array(styles.utf8)),
            ("xl/sharedStrings.xml", strings.xml),
        ]
        for (index, part) in sheetParts.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", part))
        }
        return ZipContainer.write(parts)
    }
}

/// Strings in order of first use, each once.
private struct SharedStrings {
    private(set) var list: [String] = []
    private var index: [String: Int] = [:]
    private(set) var uses = 0

    mutating func id(_ text: String) -> Int {
        uses += 1
        if let existing = index[text] { return existing }
        index[text] = list.count
        list.append(text)
        return list.count - 1
    }

    var xml: [UInt8] {
        var out = header + "<sst xmlns=\"\(mainNamespace)\" count=\"\(uses)\" uniqueCount=\"\(list.count)\">"
        for text in list {
            let space = text.first?.isWhitespace == true || text.last?.isWhitespace == true || text.contains("\n") ? " xml:space=\"preserve\"" : ""
            out += "<si><t\(space)>\(XMLEscaping.text(text))</t></si>"
        }
        return Array((out + "</sst>").utf8)
    }
}

private let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
private let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
private let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

private extension WorkbookWriter {
    static func contentTypes(_ sheetCount: Int) -> [UInt8] {
        var out = header + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        out += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        out += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        out += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        for index in 0..<sheetCount {
            out += "<Override PartName=\"/xl/worksheets/sheet\(index + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        out += "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        out += "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
        out += "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        out += "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
        return Array((out + "</Types>").utf8)
    }

    static let rootRelationships: [UInt8] = Array((header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationshipNamespace)/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"\(relationshipNamespace)/extended-properties\" Target=\"docProps/app.xml\"/>"
        + "</Relationships>").utf8)

    static func core(_ properties: Properties) -> [UInt8] {
        let out = header + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:title>\(XMLEscaping.text(properties.title))</dc:title><dc:creator>lantu</dc:creator>"
            + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(XMLEscaping.text(properties.date))</dcterms:created>"
            + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(XMLEscaping.text(properties.date))</dcterms:modified>"
            + "</cp:coreProperties>"
        return Array(out.utf8)
    }

    static func app(_ sheets: [WorkbookSheet]) -> [UInt8] {
        var out = header + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" "
            + "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\"><Application>lantu</Application>"
        out += "<HeadingPairs><vt:vector size=\"2\" baseType=\"variant\"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>"
            + "<vt:variant><vt:i4>\(sheets.count)</vt:i4></vt:variant></vt:vector></HeadingPairs>"
        out += "<TitlesOfParts><vt:vector size=\"\(sheets.count)\" baseType=\"lpstr\">"
        for sheet in sheets { out += "<vt:lpstr>\(XMLEscaping.text(sheet.name))</vt:lpstr>" }
        return Array((out + "</vt:vector></TitlesOfParts></Properties>").utf8)
    }

    static func workbook(_ sheets: [WorkbookSheet]) -> [UInt8] {
        var out = header + "<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
        out += "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
        for (index, sheet) in sheets.enumerated() {
            out += "<sheet name=\"\(XMLEscaping.attribute(sheet.name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        out += "</sheets>"
        let titles = sheets.enumerated().compactMap { index, sheet in sheet.printTitleRows.map { (index, sheet.name, $0) } }
        if !titles.isEmpty {
            out += "<definedNames>"
            for (index, name, rows) in titles {
                let quoted = "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
                out += "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(index)\">\(XMLEscaping.text(quoted))!$\(rows.lowerBound):$\(rows.upperBound)</definedName>"
            }
            out += "</definedNames>"
        }
        return Array((out + "</workbook>").utf8)
    }

    static func workbookRelationships(_ sheetCount: Int) -> [UInt8] {
        var out = header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for index in 0..<sheetCount {
            out += "<Relationship Id=\"rId\(index + 1)\" Type=\"\(relationshipNamespace)/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }
        out += "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"\(relationshipNamespace)/styles\" Target=\"styles.xml\"/>"
        out += "<Relationship Id=\"rId\(sheetCount + 2)\" Type=\"\(relationshipNamespace)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        return Array((out + "</Relationships>").utf8)
    }

    /// Fonts, fills, borders and the cell formats `WorkbookStyle` names, in its order. Input
    /// cells are the only unlocked ones (`locked="0"`).
    static let styles: String = header + "<styleSheet xmlns=\"\(mainNamespace)\">"
        + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"@\"/></numFmts>"
        + "<fonts count=\"4\">"
        + "<font><sz val=\"11\"/><name val=\"等线\"/><family val=\"2\"/><charset val=\"134\"/></font>"
        + "<font><b/><sz val=\"14\"/><name val=\"等线\"/><family val=\"2\"/><charset val=\"134\"/></font>"
        + "<font><b/><sz val=\"11\"/><name val=\"等线\"/><family val=\"2\"/><charset val=\"134\"/></font>"
        + "<font><sz val=\"10\"/><color rgb=\"FF404040\"/><name val=\"等线\"/><family val=\"2\"/><charset val=\"134\"/></font>"
        + "</fonts>"
        + "<fills count=\"4\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
        + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFDDE4EE\"/><bgColor indexed=\"64\"/></patternFill></fill>"
        + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFFFF6CC\"/><bgColor indexed=\"64\"/></patternFill></fill>"
        + "</fills>"
        + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
        + "<border><left style=\"thin\"><color rgb=\"FF9AA5B1\"/></left><right style=\"thin\"><color rgb=\"FF9AA5B1\"/></right>"
        + "<top style=\"thin\"><color rgb=\"FF9AA5B1\"/></top><bottom style=\"thin\"><color rgb=\"FF9AA5B1\"/></bottom><diagonal/></border>"
        + "</borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"\(WorkbookStyle.allCases.count)\">"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
        + "<xf numFmtId=\"0\" fontId=\"3\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
        + "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyBorder=\"1\" applyAlignment=\"1\"><alignment vertical=\"center\" wrapText=\"1\"/></xf>"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"3\" borderId=\"1\" xfId=\"0\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\" applyProtection=\"1\"><alignment vertical=\"center\" wrapText=\"1\"/><protection locked=\"0\"/></xf>"
        + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"3\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\" applyProtection=\"1\"><alignment vertical=\"center\" wrapText=\"1\"/><protection locked=\"0\"/></xf>"
        + "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
        + "</cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        + "</styleSheet>"
}

private extension WorkbookWriter {
    static func sheetXML(_ sheet: WorkbookSheet, strings: inout SharedStrings) -> [UInt8] {
        let lastColumn = max(sheet.columnWidths.count, sheet.rows.map(\.count).max() ?? 1, 1)
        let dimension = "A1:" + SourceLocation.columnLetters(lastColumn) + String(max(sheet.rows.count, 1))
        var out = header + "<worksheet xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
        out += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
        out += "<dimension ref=\"\(dimension)\"/>"
        out += "<sheetViews><sheetView workbookViewId=\"0\">"
        if sheet.frozenRows > 0 {
            let topLeft = "A\(sheet.frozenRows + 1)"
            out += "<pane ySplit=\"\(sheet.frozenRows)\" topLeftCell=\"\(topLeft)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            out += "<selection pane=\"bottomLeft\" activeCell=\"\(topLeft)\" sqref=\"\(topLeft)\"/>"
        }
        out += "</sheetView></sheetViews>"
        out += "<sheetFormatPr defaultRowHeight=\"18\"/>"
        if !sheet.columnWidths.isEmpty {
            out += "<cols>"
            for (index, width) in sheet.columnWidths.enumerated() {
                out += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(number(width))\" customWidth=\"1\"/>"
            }
            out += "</cols>"
        }
        out += "<sheetData>"
        for (rowIndex, row) in sheet.rows.enumerated() {
            let number = rowIndex + 1
            let height = sheet.rowHeights[number].map { " ht=\"\(Self.number($0))\" customHeight=\"1\"" } ?? ""
            out += "<row r=\"\(number)\"\(height)>"
            for (columnIndex, cell) in row.enumerated() {
                let reference = SourceLocation.columnLetters(columnIndex + 1) + String(number)
                let style = cell.style.rawValue == 0 ? "" : " s=\"\(cell.style.rawValue)\""
                if let text = cell.text, !text.isEmpty {
                    out += "<c r=\"\(reference)\"\(style) t=\"s\"><v>\(strings.id(text))</v></c>"
                } else if cell.style != .plain {
                    out += "<c r=\"\(reference)\"\(style)/>"
                }
            }
            out += "</row>"
        }
        out += "</sheetData>"
        if sheet.isProtected {
            // Units may still widen columns and rows, and sort or filter nothing away.
            out += "<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\" formatColumns=\"0\" formatRows=\"0\"/>"
        }
        if !sheet.merges.isEmpty {
            out += "<mergeCells count=\"\(sheet.merges.count)\">"
            for range in sheet.merges { out += "<mergeCell ref=\"\(range)\"/>" }
            out += "</mergeCells>"
        }
        if !sheet.validations.isEmpty {
            out += "<dataValidations count=\"\(sheet.validations.count)\">"
            for validation in sheet.validations {
                let messages = "showInputMessage=\"1\" showErrorMessage=\"1\" errorTitle=\"\(XMLEscaping.attribute("填写有误"))\" "
                    + "error=\"\(XMLEscaping.attribute(validation.error))\" promptTitle=\"\(XMLEscaping.attribute("填写说明"))\" "
                    + "prompt=\"\(XMLEscaping.attribute(validation.prompt))\" sqref=\"\(validation.range)\""
                switch validation.rule {
                case .list(let words):
                    let list = "\"" + words.joined(separator: ",") + "\""
                    out += "<dataValidation type=\"list\" allowBlank=\"1\" \(messages)><formula1>\(XMLEscaping.text(list))</formula1></dataValidation>"
                case .wholeNumber(let range):
                    out += "<dataValidation type=\"whole\" allowBlank=\"1\" \(messages)><formula1>\(range.lowerBound)</formula1><formula2>\(range.upperBound)</formula2></dataValidation>"
                }
            }
            out += "</dataValidations>"
        }
        out += "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>"
        out += "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
        // Values such as `8` and ids such as `001` are text on purpose; Excel need not flag them.
        out += "<ignoredErrors><ignoredError sqref=\"\(dimension)\" numberStoredAsText=\"1\"/></ignoredErrors>"
        return Array((out + "</worksheet>").utf8)
    }

    /// A width or height without float noise: `12.5`, `30`.
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(tenths % 10)"
    }
}
