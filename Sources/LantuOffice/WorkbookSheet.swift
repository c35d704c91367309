/// A sheet lantu writes into a workbook: cells in rows, column widths, the frozen header,
/// drop-downs, and whether it is protected. The form's layout is decided elsewhere
/// (`UnitForm`); this is only what an .xlsx sheet can say.
public struct WorkbookSheet: Sendable, Equatable {
    public var name: String
    /// Widths in characters of the default font, one per column from A.
    public var columnWidths: [Double]
    /// Rows from 1; a row may be shorter than the others.
    public var rows: [[WorkbookCell]]
    /// Rows kept in view when scrolling (the instructions and the header).
    public var frozenRows: Int
    /// Ranges whose cells are merged into one, such as an instruction across the sheet (`A2:J2`).
    public var merges: [String]
    public var validations: [WorkbookValidation]
    /// Locked cells cannot be edited until protection is lifted (without a password: it
    /// prevents accidents, it does not secure anything).
    public var isProtected: Bool
    /// Rows repeated at the top of every printed page, e.g. the header row.
    public var printTitleRows: ClosedRange<Int>?
    /// Heights in points of rows that hold wrapped text, by row number.
    public var rowHeights: [Int: Double]

    public init(name: String, columnWidths: [Double], rows: [[WorkbookCell]], frozenRows: Int = 0, merges: [String] = [],
                validations: [WorkbookValidation] = [], isProtected: Bool = false, printTitleRows: ClosedRange<Int>? = nil,
                rowHeights: [Int: Double] = [:]) {
        self.name = name
        self.columnWidths = columnWidths
        self.rows = rows
        self.frozenRows = frozenRows
        self.merges = merges
        self.validations = validations
        self.isProtected = isProtected
        self.printTitleRows = printTitleRows
        self.rowHeights = rowHeights
    }
}

/// One cell: text is always written as a string cell (ids like `s3-1-1` or `001` must not
/// turn into dates or numbers when the file is opened and saved again).
public struct WorkbookCell: Sendable, Equatable {
    public var text: String?
    public var style: WorkbookStyle

    public init(_ text: String?, _ style: WorkbookStyle = .body) {
        self.text = text
        self.style = style
    }

    public static let empty = WorkbookCell(nil, .plain)
}

/// The cell styles of lantu's workbooks; the raw value is the index in `styles.xml`'s cellXfs.
public enum WorkbookStyle: Int, Sendable, CaseIterable {
    case plain = 0
    case title
    case instruction
    case header
    /// A locked cell the unit reads: ids, names, earlier values.
    case body
    /// An unlocked cell the unit fills, shaded so it stands out; numbers may be typed.
    case input
    /// An unlocked cell for text, formatted as text so that `2023-10` stays as typed.
    case inputText
    case label
}

/// A drop-down list or a whole-number range on a block of cells.
public struct WorkbookValidation: Sendable, Equatable {
    public enum Rule: Sendable, Equatable {
        case list([String])
        case wholeNumber(ClosedRange<Int>)
    }

    /// A range such as `E4:E20`.
    public var range: String
    public var rule: Rule
    /// The message shown when a cell is selected, and when a wrong value is typed.
    public var prompt: String
    public var error: String

    public init(range: String, rule: Rule, prompt: String, error: String) {
        self.range = range
        self.rule = rule
        self.prompt = prompt
        self.error = error
    }
}
