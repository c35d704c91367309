import LantuMarkdown

/// A GFM table as rows of plain-text cells, with each row's source line.
struct TableCells {
    let header: [String]
    let rows: [(cells: [String], line: Int)]
    /// Rows whose source line has a different number of cells than the header: (line, cells).
    let ragged: [(line: Int, cells: Int)]
    let line: Int
    let column: Int

    init?(_ node: MarkdownNode) {
        guard case .table = node.kind, let first = node.children.first else { return nil }
        header = first.children.map { $0.plainText.trimmed }
        rows = node.children.dropFirst().map { row in (row.children.map { $0.plainText.trimmed }, row.line) }
        let width = header.count
        ragged = node.children.dropFirst().compactMap { row in
            guard case .tableRow(_, let written) = row.kind, written != width else { return nil }
            return (row.line, written)
        }
        line = node.line
        column = node.column
    }
}

/// What each column of an indicator, measurement, task or milestone table holds (SPEC §2.3,
/// §2.4), read with `HeaderGrammar`.
struct TableColumns {
    var name: Int?
    var unit: Int?
    var category: Int?
    var baseline: Int?
    var target: Int?
    /// Year columns other than the baseline and target years.
    var years: [(index: Int, year: Int)] = []
    /// Plan columns `2022年目标` between the baseline and final year: interim targets.
    var interimTargets: [(index: Int, year: Int)] = []
    /// Columns headed with a year and words lantu does not know, with their header text.
    var unknownYears: [(index: Int, header: String)] = []
    var attribute: Int?
    var id: Int?
    var owner: Int?
    var note: Int?
    var task: Int?
    var status: Int?
    var progress: Int?
    var aligns: Int?
    var milestone: Int?
    var completion: Int?

    /// Reads a header row; `baselineYear` and `targetYear` turn those year columns into
    /// baseline and target (pass nil in reports, where every year column is a measurement).
    init(header: [String], baselineYear: Int?, targetYear: Int?) {
        for (index, text) in header.enumerated() {
            switch HeaderGrammar.role(of: text) {
            case nil: continue
            case .year(let year):
                if year == baselineYear, baseline == nil {
                    baseline = index
                } else if year == targetYear, target == nil {
                    target = index
                } else {
                    years.append((index, year))
                }
            case .baselineYear(let year):
                if baselineYear == nil { continue }
                if year == baselineYear { set(\.baseline, index) } else { unknownYears.append((index, text)) }
            case .targetYear(let year):
                if targetYear == nil { continue }
                if year == targetYear {
                    set(\.target, index)
                } else if let baselineYear, let targetYear, baselineYear < year, year < targetYear {
                    interimTargets.append((index, year))
                } else {
                    unknownYears.append((index, text))
                }
            case .unknownYear:
                unknownYears.append((index, text))
            case let role?:
                guard let path = Self.paths[role] else { continue }
                set(path, index)
            }
        }
    }

    /// Whether the table is a plan's indicator table.
    var isIndicatorTable: Bool { name != nil && (baseline != nil || target != nil) }
}

private extension TableColumns {
    mutating func set(_ path: WritableKeyPath<TableColumns, Int?>, _ index: Int) {
        self[keyPath: path] = self[keyPath: path] ?? index
    }

    nonisolated(unsafe) static let paths: [HeaderGrammar.Role: WritableKeyPath<TableColumns, Int?>] = [
        .name: \.name, .unit: \.unit, .category: \.category, .baseline: \.baseline, .target: \.target,
        .attribute: \.attribute, .id: \.id, .owner: \.owner, .note: \.note, .aligns: \.aligns,
        .task: \.task, .status: \.status, .progress: \.progress,
        .milestone: \.milestone, .completion: \.completion,
    ]
}

extension Array where Element == String {
    /// The cell at `index`, or nil when the column is absent or the cell empty.
    func cell(_ index: Int?) -> String? {
        guard let index, index < count else { return nil }
        let text = self[index].trimmed
        return text.isEmpty ? nil : text
    }
}
