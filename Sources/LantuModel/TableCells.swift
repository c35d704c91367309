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

/// What each column of an indicator, measurement or task table holds (SPEC §2.3, §2.4).
struct TableColumns {
    var name: Int?
    var unit: Int?
    var category: Int?
    var baseline: Int?
    var target: Int?
    /// Year columns other than the baseline and target years.
    var years: [(index: Int, year: Int)] = []
    var attribute: Int?
    var id: Int?
    var owner: Int?
    var note: Int?
    var task: Int?
    var status: Int?
    var progress: Int?
    var aligns: Int?

    /// Reads a header row; `baselineYear` and `targetYear` turn those year columns into
    /// baseline and target (pass nil in reports, where every year column is a measurement).
    init(header: [String], baselineYear: Int?, targetYear: Int?) {
        for (index, text) in header.enumerated() {
            let key = text.comparisonKey
            if let year = Self.year(key) {
                if year == baselineYear, baseline == nil {
                    baseline = index
                } else if year == targetYear, target == nil {
                    target = index
                } else {
                    years.append((index, year))
                }
                continue
            }
            guard let role = Self.roles[key] else { continue }
            self[keyPath: role] = self[keyPath: role] ?? index
        }
    }

    /// Whether the table is a plan's indicator table.
    var isIndicatorTable: Bool { name != nil && (baseline != nil || target != nil) }

    private static func year(_ key: String) -> Int? {
        let digits = key.hasSuffix("年") ? String(key.dropLast()) : key
        guard digits.count == 4, digits.allSatisfy({ $0.digitValue != nil }), let year = Int(digits) else { return nil }
        return (1900...2200).contains(year) ? year : nil
    }

    nonisolated(unsafe) private static let roles: [String: WritableKeyPath<TableColumns, Int?>] = [
        "指标": \.name, "指标名称": \.name, "主要指标": \.name, "indicator": \.name,
        "单位": \.unit, "unit": \.unit,
        "类别": \.category, "领域": \.category, "分类": \.category, "category": \.category,
        "基期": \.baseline, "基期值": \.baseline, "现状": \.baseline, "baseline": \.baseline,
        "目标": \.target, "目标值": \.target, "target": \.target,
        "属性": \.attribute, "指标属性": \.attribute, "type": \.attribute,
        "编号": \.id, "id": \.id,
        "责任单位": \.owner, "牵头单位": \.owner, "owner": \.owner,
        "备注": \.note, "note": \.note,
        "任务": \.task, "task": \.task,
        "状态": \.status, "status": \.status,
        "进度": \.progress, "progress": \.progress,
        "对应指标": \.aligns, "aligns": \.aligns, "上级指标": \.aligns,
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
