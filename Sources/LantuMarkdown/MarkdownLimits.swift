/// Input refused before parsing because libcmark-gfm 0.29 takes super-linear time on it.
public struct MarkdownLimitError: Error, Equatable, Sendable {
    public enum Limit: Equatable, Sendable {
        /// One table row with more columns than `MarkdownLimits.maxColumns`.
        case tableColumns(found: Int, allowed: Int)
        /// One table with more cells than `MarkdownLimits.maxCells`.
        case tableCells(found: Int, allowed: Int)
    }

    /// 1-based line of the offending row or of the table's first line.
    public let line: Int
    public let limit: Limit
}

/// The sizes lantu accepts; a real plan's tables are far below them.
enum MarkdownLimits {
    static let maxColumns = 64
    static let maxCells = 100_000

    /// Counts pipes per line, the upper bound of a row's cells, without parsing.
    static func check(_ text: String) throws(MarkdownLimitError) {
        var lineNumber = 0
        var tableStart = 0
        var cellsInRun = 0
        for line in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            let pipes = unescapedPipes(line)
            if pipes == 0 {
                cellsInRun = 0
                continue
            }
            if cellsInRun == 0 { tableStart = lineNumber }
            let trimmed = line.drop { $0 == UInt8(ascii: " ") }
            let outer = (trimmed.first == UInt8(ascii: "|") ? 1 : 0) + (trimmed.last == UInt8(ascii: "|") ? 1 : 0)
            let cells = max(pipes + 1 - outer, 1)
            if cells > maxColumns {
                throw MarkdownLimitError(line: lineNumber, limit: .tableColumns(found: cells, allowed: maxColumns))
            }
            cellsInRun += cells
            if cellsInRun > maxCells {
                throw MarkdownLimitError(line: tableStart, limit: .tableCells(found: cellsInRun, allowed: maxCells))
            }
        }
    }

    private static func unescapedPipes(_ line: Substring.UTF8View.SubSequence) -> Int {
        var count = 0
        var escaped = false
        for byte in line {
            if escaped { escaped = false; continue }
            if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "|") { count += 1 }
        }
        return count
    }
}
