import Foundation
import Glibc
import LantuDiagnostics

/// Reads a sheet saved as CSV: UTF-8 with or without a BOM (Excel's "CSV UTF-8"), UTF-16 with
/// a BOM, or GB18030 (Excel's plain "CSV" on a Chinese Windows, a superset of GBK and GB2312).
/// Fields are split as RFC 4180 says: commas, quotes doubled inside quoted fields, line breaks
/// inside quotes kept. Every cell is text: a CSV has no number formats.
public enum CSVSheetReader {
    public static func read(_ data: Data, file: String) throws(OfficeError) -> SheetGrid {
        guard let text = decode(data) else { throw OfficeError(SourceLocation(file: file), .notText) }
        var grid = SheetGrid(name: "")
        for (rowIndex, fields) in split(text).enumerated() {
            for (columnIndex, field) in fields.enumerated() where !field.isEmpty {
                grid.set(row: rowIndex + 1, column: columnIndex + 1, GridCell(field))
            }
        }
        return grid
    }

    static func decode(_ data: Data) -> String? {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return String(validating: bytes.dropFirst(3), as: UTF8.self) }
        if bytes.starts(with: [0xFF, 0xFE]) { return String(data: data.dropFirst(2), encoding: .utf16LittleEndian) }
        if bytes.starts(with: [0xFE, 0xFF]) { return String(data: data.dropFirst(2), encoding: .utf16BigEndian) }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return gb18030(bytes)
    }

    /// GB18030 through the C library's iconv: Foundation on Linux has no converter for it.
    static func gb18030(_ bytes: [UInt8]) -> String? {
        let converter = iconv_open("UTF-8", "GB18030")
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        let outputCount = output.count
        let written: Int? = input.withUnsafeMutableBufferPointer { source -> Int? in
            output.withUnsafeMutableBufferPointer { target -> Int? in
                var inPointer = source.baseAddress.map { UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self) }
                var inLeft = source.count
                var outPointer = target.baseAddress.map { UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self) }
                var outLeft = target.count
                guard iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1, inLeft == 0 else { return nil }
                return outputCount - outLeft
            }
        }
        guard let written else { return nil }
        return String(validating: output[..<written], as: UTF8.self)
    }

    /// Rows of fields; a trailing line break ends the last row rather than starting an empty one.
    static func split(_ text: String) -> [[String]] {
        let separator: Character = {
            let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" }
            return !firstLine.contains(",") && firstLine.contains("\t") ? "\t" : ","
        }()
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var fieldStarted = false
        var iterator = Array(text).makeIterator()
        var pending: Character? = nil
        func nextCharacter() -> Character? {
            if let character = pending {
                pending = nil
                return character
            }
            return iterator.next()
        }
        while let character = nextCharacter() {
            if quoted {
                if character == "\"" {
                    if let following = nextCharacter() {
                        if following == "\"" { field.append("\"") } else { quoted = false; pending = following }
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"" where !fieldStarted:
                quoted = true
                fieldStarted = true
            case separator:
                row.append(field)
                field = ""
                fieldStarted = false
            case "\n", "\r\n", "\r":
                row.append(field)
                rows.append(row)
                row = []
                field = ""
                fieldStarted = false
            default:
                field.append(character)
                fieldStarted = true
            }
        }
        if fieldStarted || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }
}
