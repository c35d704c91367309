import LantuModel

/// Who has returned the year's form and who has not: per unit, the file it came in (or that
/// an earlier run collected it), and how many of its indicators, tasks and milestones are given.
public struct ReturnTable: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public let unit: String
        /// This run's files from the unit; empty when none.
        public let files: [String]
        /// True when a report already held entries from the unit.
        public let earlier: Bool
        public let indicators: (given: Int, due: Int)
        public let tasks: (given: Int, due: Int)
        public let milestones: (given: Int, due: Int)
        /// Ids due and not given, for units that returned something.
        public let missing: [String]

        public var returned: Bool { !files.isEmpty || earlier }

        public static func == (lhs: Row, rhs: Row) -> Bool {
            lhs.unit == rhs.unit && lhs.files == rhs.files && lhs.earlier == rhs.earlier && lhs.missing == rhs.missing
                && lhs.indicators == rhs.indicators && lhs.tasks == rhs.tasks && lhs.milestones == rhs.milestones
        }
    }

    public let year: Int
    public let rows: [Row]
    /// Indicators and tasks no unit answers for: only the office's workbook asks about them.
    public let unowned: (indicators: Int, tasks: Int)

    public static func == (lhs: ReturnTable, rhs: ReturnTable) -> Bool {
        lhs.year == rhs.year && lhs.rows == rhs.rows && lhs.unowned == rhs.unowned
    }

    static func make(content: Content, year: Int, returns: [FormReturn], entries: [String: ReportBlock.Entries],
                     earlierUnits: Set<String>) -> ReturnTable {
        let all = entries.values
        let rows = FormDue.units(content, year: year).map { due -> Row in
            let name = due.unitName
            let values = Set(all.flatMap(\.values).filter { $0.unit == name }.map { "\($0.planID)/\($0.indicatorID)" })
            let tasks = Set(all.flatMap(\.tasks).filter { $0.unit == name }.map { "\($0.planID)/\($0.anchor)" })
            let milestones = Set(all.flatMap(\.milestones).filter { $0.unit == name }.map { "\($0.planID)/\(DueMilestone.id(anchor: $0.anchor, index: $0.index))" })
            let files = returns.filter { $0.unit == name }.map(\.file)
            let fromEarlier = earlierUnits.contains(name)
            let dueValues = due.indicators.map { ("\($0.plan.id)/\($0.indicator.id)", $0.indicator.id) }
            let dueTasks = due.tasks.map { ("\($0.plan.id)/\($0.task.anchor)", $0.task.anchor) }
            let dueMilestones = due.milestones.map { ("\($0.plan.id)/\($0.id)", $0.id) }
            let returned = !files.isEmpty || fromEarlier
            let missing = returned
                ? dueValues.filter { !values.contains($0.0) }.map(\.1) + dueTasks.filter { !tasks.contains($0.0) }.map(\.1)
                    + dueMilestones.filter { !milestones.contains($0.0) }.map(\.1)
                : []
            return Row(unit: name, files: files, earlier: fromEarlier,
                       indicators: (dueValues.filter { values.contains($0.0) }.count, dueValues.count),
                       tasks: (dueTasks.filter { tasks.contains($0.0) }.count, dueTasks.count),
                       milestones: (dueMilestones.filter { milestones.contains($0.0) }.count, dueMilestones.count),
                       missing: missing)
        }
        let office = FormDue.office(content, year: year)
        let unowned = (office.indicators.filter { $0.indicator.owners.isEmpty }.count, office.tasks.filter { $0.task.lead.isEmpty }.count)
        return ReturnTable(year: year, rows: rows, unowned: unowned)
    }
}

extension ReturnTable {
    /// The table as text for a terminal, columns aligned by display width (a Chinese character
    /// takes two columns).
    public var text: String {
        let header = ["单位", "回收", "指标 已填/应填", "任务 已填/应填", "里程碑 已填/应填"]
        let body = rows.map { row -> [String] in
            let state = !row.files.isEmpty ? row.files.joined(separator: "、") : row.earlier ? "此前已收" : "未交"
            func count(_ pair: (given: Int, due: Int)) -> String { pair.due == 0 ? "—" : "\(pair.given)/\(pair.due)" }
            return [row.unit, state, count(row.indicators), count(row.tasks), count(row.milestones)]
        }
        let widths = header.indices.map { column in ([header] + body).map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                column == cells.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - DisplayWidth.of(cell) + 2)
            }.joined()
        }
        let returned = rows.filter(\.returned).count
        var out = "\(year)年度填报回收情况：\(rows.count) 个单位应报，\(returned) 个已交，\(rows.count - returned) 个未交\n"
        out += line(header) + "\n"
        for (row, cells) in zip(rows, body) {
            out += line(cells) + "\n"
            if !row.missing.isEmpty {
                let shown = row.missing.prefix(10).joined(separator: ", ") + (row.missing.count > 10 ? " …" : "")
                out += "    未填：\(shown)\n"
            }
        }
        if unowned.indicators + unowned.tasks > 0 {
            out += "另有 \(unowned.indicators) 项指标、\(unowned.tasks) 项任务没有责任单位，只在 \(FormWords.allUnits).xlsx 中填报\n"
        }
        return out
    }
}

/// How many terminal or spreadsheet columns a text takes: East Asian wide characters two, and
/// curly quotes too, which Chinese fonts draw full-width.
enum DisplayWidth {
    static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { total, scalar in
            total + (scalar.value >= 0x1100 && (scalar.value <= 0x115F || (0x2E80...0xA4CF).contains(scalar.value)
                || (0xAC00...0xD7A3).contains(scalar.value) || (0xF900...0xFAFF).contains(scalar.value) || (0x2018...0x201F).contains(scalar.value)
                || (0xFE30...0xFE4F).contains(scalar.value) || (0xFF00...0xFF60).contains(scalar.value)
                || (0xFFE0...0xFFE6).contains(scalar.value) || (0x20000...0x3FFFD).contains(scalar.value)) ? 2 : 1)
        }
    }
}
