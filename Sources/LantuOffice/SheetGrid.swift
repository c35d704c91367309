/// A sheet as read back: each non-empty cell by row and column, as the unit sees it — a
/// number as written (`92.8`, a percentage as its percent), a date as `2023-10-08`.
public struct SheetGrid: Sendable, Equatable {
    /// The sheet's name; empty for a CSV file, which is one sheet.
    public let name: String
    public private(set) var cells: [Int: [Int: GridCell]] = [:]

    public init(name: String) {
        self.name = name
    }

    public mutating func set(row: Int, column: Int, _ cell: GridCell) {
        cells[row, default: [:]][column] = cell
    }

    public func cell(row: Int, column: Int) -> GridCell? { cells[row]?[column] }

    /// The text of a cell with surrounding white space removed; nil when empty.
    public func text(row: Int, column: Int) -> String? {
        guard let text = cells[row]?[column]?.text.trimmingWhitespace, !text.isEmpty else { return nil }
        return text
    }

    public var rowNumbers: [Int] { cells.keys.sorted() }
}

public struct GridCell: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case text, number, date, boolean
        /// A formula's error value such as `#DIV/0!`.
        case error
    }

    public let text: String
    public let kind: Kind

    public init(_ text: String, _ kind: Kind = .text) {
        self.text = text
        self.kind = kind
    }
}

extension String {
    var trimmingWhitespace: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
