/// A place in a source file, so every problem can be reported where an editor can jump to it.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The file's path as the user gave it (for example `content/plans/tj-edu.md`).
    public let file: String
    /// 1-based line (a spreadsheet's row); 0 when the problem concerns the whole file.
    public let line: Int
    /// 1-based column counted in characters (a spreadsheet's column); 0 when unknown.
    public let column: Int
    /// The sheet of a spreadsheet, for a place that is a cell rather than a line: `指标!H7`.
    /// Empty for a file that is one sheet (a CSV); nil for text files.
    public let sheet: String?
    /// Whether `line` counts the paragraphs of a Word document rather than lines: a .docx has
    /// no lines, and Word users find their place by paragraph.
    public let isParagraph: Bool

    public init(file: String, line: Int = 0, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
        self.sheet = nil
        self.isParagraph = false
    }

    /// The `paragraph`-th paragraph (1-based) of a Word document, printed `file: paragraph 214`.
    public init(file: String, paragraph: Int) {
        self.file = file
        self.line = paragraph
        self.column = 0
        self.sheet = nil
        self.isParagraph = true
    }

    /// A cell of a spreadsheet, or the sheet itself when `row` is 0.
    public init(file: String, sheet: String, row: Int = 0, column: Int = 0) {
        self.file = file
        self.line = row
        self.column = column
        self.sheet = sheet
        self.isParagraph = false
    }
}

extension SourceLocation {
    /// `path:line:col`, the form compilers print and editors understand; a spreadsheet's cell is
    /// `path:sheet!H7`, the way Excel names it; a Word paragraph is `path: paragraph 214`.
    public var description: String {
        if isParagraph { return line > 0 ? "\(file): paragraph \(line)" : file }
        if let sheet {
            let prefix = sheet.isEmpty ? "" : sheet + (line > 0 ? "!" : "")
            guard line > 0 else { return sheet.isEmpty ? file : "\(file):\(sheet)" }
            return "\(file):\(prefix)\(column > 0 ? Self.columnLetters(column) : "")\(line)"
        }
        guard line > 0 else { return file }
        return "\(file):\(line):\(max(column, 1))"
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.sheet ?? "", lhs.line, lhs.column) < (rhs.file, rhs.sheet ?? "", rhs.line, rhs.column)
    }

    /// The same file at another line and column.
    public func at(line: Int, column: Int) -> SourceLocation {
        if let sheet { return SourceLocation(file: file, sheet: sheet, row: line, column: column) }
        if isParagraph { return SourceLocation(file: file, paragraph: line) }
        return SourceLocation(file: file, line: line, column: column)
    }

    /// A spreadsheet's column letters: 1 → A, 26 → Z, 27 → AA.
    public static func columnLetters(_ column: Int) -> String {
        var letters = ""
        var rest = column
        while rest > 0 {
            let digit = (rest - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + digit))) + letters
            rest = (rest - 1) / 26
        }
        return letters
    }
}
