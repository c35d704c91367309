import Foundation
import LantuDiagnostics

/// Reads the sheets of an .xlsx file as Excel, WPS or LibreOffice saved it: cells by their
/// references (rows may be sparse), shared and inline strings with their rich-text runs,
/// numbers as written with the cell's number format applied (a percentage cell holding 0.928
/// is 92.8), dates from serials, and formulas by their cached results.
public enum WorkbookReader {
    public static func read(_ data: Data, file: String) throws(OfficeError) -> [SheetGrid] {
        let container: ZipContainer
        do { container = try ZipContainer(data: data) } catch { throw OfficeError(SourceLocation(file: file), .container(error)) }
        let reader = PartReader(container: container, file: file)
        return try reader.sheets()
    }

    /// What a cell's number format makes of its number.
    enum NumberFormat { case general, percent, date }

    /// A custom format is a percentage when it shows `%`, a date when it has date or time
    /// letters outside quoted text, escapes and `[…]` sections such as colours and currencies.
    static func classify(_ code: String) -> NumberFormat {
        var plain = ""
        var quoted = false
        var bracket = false
        var escaped = false
        for character in code {
            if escaped { escaped = false; continue }
            if quoted { if character == "\"" { quoted = false }; continue }
            if bracket { if character == "]" { bracket = false }; continue }
            switch character {
            case "\\", "_", "*": escaped = true
            case "\"": quoted = true
            case "[": bracket = true
            default: plain.append(character)
            }
        }
        let lower = plain.lowercased().replacingOccurrences(of: "general", with: "")
        if lower.contains("%") { return .percent }
        if lower.contains(where: { "ymdhs".contains($0) }) { return .date }
        return .general
    }

}

private struct PartReader {
    let container: ZipContainer
    let file: String

    func element(_ path: String) throws(OfficeError) -> XMLElement {
        guard let bytes = container.parts[path] else { throw OfficeError(SourceLocation(file: file), .missingPart(path)) }
        do { return try XMLElement.parse(bytes) } catch { throw OfficeError(SourceLocation(file: file), .xml(part: path, error)) }
    }

    /// Relationship ids to part paths, resolved against the folder of the part they belong to.
    func relationships(of part: String) throws(OfficeError) -> [String: (type: String, path: String)] {
        let folder = part.split(separator: "/").dropLast().joined(separator: "/")
        let relsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/" + (part.split(separator: "/").last.map(String.init) ?? "") + ".rels"
        guard container.parts[relsPath] != nil else { return [:] }
        var result: [String: (String, String)] = [:]
        for relationship in try element(relsPath).elements("Relationship") {
            guard let id = relationship.attribute("Id"), let target = relationship.attribute("Target") else { continue }
            result[id] = (relationship.attribute("Type") ?? "", Self.resolve(target, in: folder))
        }
        return result
    }

    static func resolve(_ target: String, in folder: String) -> String {
        var parts = target.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }

    func sheets() throws(OfficeError) -> [SheetGrid] {
        let root = try relationships(of: "")
        let workbookPath = root.values.first { $0.type.hasSuffix("/officeDocument") }?.path ?? "xl/workbook.xml"
        let workbook = try element(workbookPath)
        let date1904 = ["1", "true"].contains(workbook.element("workbookPr")?.attribute("date1904") ?? "")
        let links = try relationships(of: workbookPath)
        let strings = try sharedStrings(links.values.first { $0.type.hasSuffix("/sharedStrings") }?.path)
        let formats = try numberFormats(links.values.first { $0.type.hasSuffix("/styles") }?.path)
        var grids: [SheetGrid] = []
        for sheet in workbook.element("sheets")?.elements("sheet") ?? [] {
            let name = sheet.attribute("name") ?? ""
            let id = sheet.attributes.first { $0.name.hasSuffix(":id") || $0.name == "id" }?.value ?? ""
            guard let link = links[id], link.type.hasSuffix("/worksheet") else { continue }
            grids.append(try grid(name: name, path: link.path, strings: strings, formats: formats, date1904: date1904))
        }
        return grids
    }

    /// Each `<si>`: its plain `<t>`, or its runs' `<t>` joined; phonetic runs (`<rPh>`) are not text.
    func sharedStrings(_ path: String?) throws(OfficeError) -> [String] {
        guard let path, container.parts[path] != nil else { return [] }
        return try element(path).elements("si").map(Self.richText)
    }

    static func richText(_ element: XMLElement) -> String {
        element.children.map { node -> String in
            guard case .element(let child) = node else { return "" }
            switch child.localName {
            case "t": return child.text
            case "r": return child.elements("t").map(\.text).joined()
            default: return ""
            }
        }.joined()
    }

    /// The number format of each cell style (`s`), by the index of its `<xf>` in `cellXfs`.
    func numberFormats(_ path: String?) throws(OfficeError) -> [WorkbookReader.NumberFormat] {
        guard let path, container.parts[path] != nil else { return [] }
        let styles = try element(path)
        var codes: [Int: String] = [:]
        for format in styles.element("numFmts")?.elements("numFmt") ?? [] {
            if let id = format.attribute("numFmtId").flatMap(Int.init) { codes[id] = format.attribute("formatCode") ?? "" }
        }
        return (styles.element("cellXfs")?.elements("xf") ?? []).map { xf in
            let id = xf.attribute("numFmtId").flatMap(Int.init) ?? 0
            if let code = codes[id] { return WorkbookReader.classify(code) }
            switch id {
            case 9, 10: return .percent
            case 14...22, 27...36, 45...47, 50...58: return .date
            default: return .general
            }
        }
    }

    func grid(name: String, path: String, strings: [String], formats: [WorkbookReader.NumberFormat], date1904: Bool) throws(OfficeError) -> SheetGrid {
        var grid = SheetGrid(name: name)
        let sheet = try element(path)
        var rowNumber = 0
        for row in sheet.element("sheetData")?.elements("row") ?? [] {
            rowNumber = row.attribute("r").flatMap(Int.init) ?? rowNumber + 1
            var columnNumber = 0
            for cell in row.elements("c") {
                if let reference = cell.attribute("r"), let (column, rowOfCell) = Self.reference(reference) {
                    columnNumber = column
                    rowNumber = rowOfCell
                } else {
                    columnNumber += 1
                }
                let format = cell.attribute("s").flatMap(Int.init).flatMap { $0 < formats.count ? formats[$0] : nil } ?? .general
                if let value = Self.value(cell, strings: strings, format: format, date1904: date1904) {
                    grid.set(row: rowNumber, column: columnNumber, value)
                }
            }
        }
        return grid
    }

    static func value(_ cell: XMLElement, strings: [String], format: WorkbookReader.NumberFormat, date1904: Bool) -> GridCell? {
        let stored = cell.element("v")?.text
        switch cell.attribute("t") ?? "n" {
        case "s":
            guard let index = stored.flatMap({ Int($0.trimmingWhitespace) }), index >= 0, index < strings.count else { return nil }
            return GridCell(strings[index])
        case "inlineStr":
            return cell.element("is").map { GridCell(richText($0)) }
        case "str":
            return stored.map { GridCell($0) }
        case "b":
            return stored.map { GridCell($0.trimmingWhitespace == "1" ? "TRUE" : "FALSE", .boolean) }
        case "e":
            return stored.map { GridCell($0, .error) }
        case "d":
            return stored.map { GridCell(String($0.prefix(10)), .date) }
        default:
            guard let stored, !stored.trimmingWhitespace.isEmpty else { return nil }
            switch format {
            case .date:
                if let date = DecimalText.date(serial: stored, date1904: date1904) { return GridCell(date, .date) }
            case .percent:
                if let number = DecimalText.normalise(stored, percent: true) { return GridCell(number, .number) }
            case .general:
                break
            }
            return GridCell(DecimalText.normalise(stored) ?? stored, .number)
        }
    }

    /// `H7` → (8, 7).
    static func reference(_ text: String) -> (Int, Int)? {
        var column = 0
        var digits = ""
        for character in text.uppercased().filter({ $0 != "$" }) {
            if let ascii = character.asciiValue, (65...90).contains(ascii), digits.isEmpty {
                column = column * 26 + Int(ascii - 64)
                guard column <= 16_384 else { return nil }
            } else if character.isASCII, character.isNumber {
                digits.append(character)
            } else {
                return nil
            }
        }
        guard column > 0, let row = Int(digits), row > 0, row <= 1_048_576 else { return nil }
        return (column, row)
    }
}
