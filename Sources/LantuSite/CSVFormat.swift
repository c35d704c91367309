import Foundation

/// The CSV rules of the open-data files (SPEC §4): UTF-8 with a BOM so spreadsheet programs
/// read Chinese correctly, CRLF as RFC 4180 asks, and no cell a spreadsheet would run as a formula.
enum CSVFormat {
    /// The file: BOM, header row, then `rows` (each fragment already CRLF-terminated lines).
    static func file(header: String, rows: [Data]) -> Data {
        var data = Data([0xEF, 0xBB, 0xBF] + Array((header + "\r\n").utf8))
        rows.forEach { data.append($0) }
        return data
    }

    /// One CRLF-terminated line of cells.
    static func line(_ cells: [String]) -> String {
        cells.map(cell).joined(separator: ",") + "\r\n"
    }

    /// Quotes where needed, and defuses cells a spreadsheet would run as a formula.
    static func cell(_ text: String) -> String {
        var text = text
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), !isPlainNumber(text) {
            text = "'" + text
        }
        // By scalar: "\r\n" inside a cell is one Character, equal to neither "\r" nor "\n".
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func isPlainNumber(_ text: String) -> Bool {
        let body = text.hasPrefix("-") || text.hasPrefix("+") ? text.dropFirst() : Substring(text)
        return !body.isEmpty && body.allSatisfy { $0.isNumber && $0.isASCII || $0 == "." } && body.filter { $0 == "." }.count <= 1
    }
}
