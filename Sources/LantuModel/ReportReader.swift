import LantuDiagnostics
import LantuMarkdown

/// Reads a report's measurement and task tables against the plan it reports on (SPEC §2.4).
struct ReportReader {
    let plan: Plan
    let reportID: String
    let date: PlanDate
    let file: String
    private(set) var measurements: [ReportMeasurement] = []
    private(set) var overrides: [StatusOverride] = []
    private(set) var updates: [(anchor: String, update: TaskUpdate)] = []
    /// Milestones this report marks done: the task's anchor and the milestone's position in it.
    private(set) var completions: [MilestoneMark] = []
    private(set) var problems: [ContentError] = []
    private(set) var dataTableLines: Set<Int> = []

    init(plan: Plan, reportID: String, date: PlanDate, file: String) {
        self.plan = plan
        self.reportID = reportID
        self.date = date
        self.file = file
    }
}

extension ReportReader {
    mutating func read(_ body: [MarkdownNode]) {
        let index = IndicatorIndex(plan.indicators)
        let tasks = plan.tasks
        for node in body {
            guard let table = TableCells(node) else { continue }
            let columns = TableColumns(header: table.header, baselineYear: nil, targetYear: nil)
            let at = SourceLocation(file: file, line: table.line, column: table.column)
            if columns.name != nil, !columns.years.isEmpty {
                noteUnread(table, columns)
                readMeasurements(table, columns, index: index)
            } else if columns.task != nil, columns.status != nil || columns.progress != nil {
                noteUnread(table, columns)
                readTaskUpdates(table, columns, tasks: tasks)
            } else if columns.milestone != nil, columns.completion != nil {
                // Shown as written: the page has no view of its own for milestone tables.
                noteUnread(table, columns)
                readMilestones(table, columns, tasks: tasks)
                continue
            } else {
                if let problem = unreadTable(table, columns, index: index, tasks: tasks) {
                    problems.append(ContentError(at, .table(problem)))
                }
                continue
            }
            dataTableLines.insert(table.line)
        }
    }
}

private extension ReportReader {
    /// Ragged rows and columns with years lantu does not know, in a table it reads.
    mutating func noteUnread(_ table: TableCells, _ columns: TableColumns) {
        for row in table.ragged {
            problems.append(ContentError(SourceLocation(file: file, line: row.line, column: 1), .raggedRow(cells: row.cells, header: table.header.count)))
        }
        for column in columns.unknownYears {
            problems.append(ContentError(SourceLocation(file: file, line: table.line, column: table.column),
                                         .table(.unknownYearColumn(column.header))))
        }
    }

    /// Why a table that looks like data is read as text, or nil for a table of plain text.
    func unreadTable(_ table: TableCells, _ columns: TableColumns, index: IndicatorIndex, tasks: [PlanTask]) -> TableProblem? {
        if columns.name != nil { return .indicatorsWithoutYear }
        if columns.task != nil { return .tasksWithoutStatus }
        if columns.milestone != nil { return .milestonesWithoutCompletion }
        let cells = table.rows.flatMap(\.cells).filter { !$0.isEmpty }
        if let named = cells.first(where: { !index.lookup($0).isEmpty }) {
            return .rowsNameUnread(what: "indicators", example: named)
        }
        if let named = cells.first(where: { cell in tasks.contains { $0.anchor == cell || $0.title == cell } }) {
            return .rowsNameUnread(what: "tasks", example: named)
        }
        return nil
    }
}

private extension ReportReader {
    mutating func readMeasurements(_ table: TableCells, _ columns: TableColumns, index: IndicatorIndex) {
        for row in table.rows {
            let at = SourceLocation(file: file, line: row.line, column: 1)
            guard let name = row.cells.cell(columns.name) else {
                if columns.years.contains(where: { row.cells.cell($0.index) != nil }) {
                    problems.append(ContentError(at, .table(.valuesWithoutName)))
                }
                continue
            }
            let matches = index.lookup(name)
            guard matches.count == 1, let id = matches.first else {
                problems.append(ContentError(at, matches.isEmpty
                    ? .unknownIndicator(name, suggestions: NearestNames.suggest(IndicatorName.split(name).name, among: index.names))
                    : .ambiguousIndicator(name, ids: matches)))
                continue
            }
            if let text = row.cells.cell(columns.status) {
                if let status = IndicatorStatus.parse(text) {
                    overrides.append(StatusOverride(indicatorID: id, status: status, reportID: reportID,
                                                    note: row.cells.cell(columns.note), location: at))
                } else {
                    problems.append(ContentError(at, .invalidIndicatorStatus(text)))
                }
            }
            for (column, year) in columns.years {
                guard let value = CellValue.read(row.cells.cell(column), at: at, problems: &problems) else { continue }
                if year <= plan.baselineYear {
                    problems.append(ContentError(at, .measurementBeforeBaseline(year: year, baseline: plan.baselineYear)))
                    continue
                }
                if year > plan.lastYear {
                    problems.append(ContentError(at, .measurementOutsidePeriod(year: year, first: plan.firstYear, last: plan.lastYear)))
                }
                measurements.append(ReportMeasurement(indicatorID: id, year: year, value: value,
                                                      note: row.cells.cell(columns.note), location: at))
            }
        }
    }

    mutating func readTaskUpdates(_ table: TableCells, _ columns: TableColumns, tasks: [PlanTask]) {
        for row in table.rows {
            guard let reference = row.cells.cell(columns.task) else { continue }
            let at = SourceLocation(file: file, line: row.line, column: 1)
            guard let task = tasks.first(where: { $0.anchor == reference || $0.title == reference }) else {
                let suggestions = NearestNames.suggest(reference, among: tasks.map(\.anchor) + tasks.map(\.title))
                problems.append(ContentError(at, .unknownTask(reference, suggestions: suggestions)))
                continue
            }
            var status: TaskStatus?
            if let text = row.cells.cell(columns.status) {
                status = TaskStatus.parse(text)
                if status == nil { problems.append(ContentError(at, .invalidTaskStatus(text))) }
            }
            var progress: Int?
            if let text = row.cells.cell(columns.progress) {
                progress = TaskMetadata.progress(text)
                if progress == nil { problems.append(ContentError(at, .invalidProgress(text))) }
            }
            let update = TaskUpdate(reportID: reportID, date: date, status: status, progress: progress,
                                    note: row.cells.cell(columns.note), location: at)
            updates.append((task.anchor, update))
        }
    }
}

/// A report's word that one milestone of a task is done.
struct MilestoneMark {
    let anchor: String
    let index: Int
    let completion: MilestoneCompletion
}

private extension ReportReader {
    static let doneWords: Set<String> = ["已完成", "完成", "是", "✓", "✔", "☑", "√", "done", "yes"]
    static let openWords: Set<String> = ["未完成", "否", "✗", "×", "no", "进行中"]

    /// `| 里程碑 | 完成情况 |`: milestones named by their text without the date.
    mutating func readMilestones(_ table: TableCells, _ columns: TableColumns, tasks: [PlanTask]) {
        var byName: [String: [(anchor: String, title: String, index: Int)]] = [:]
        for task in tasks {
            for (index, milestone) in task.milestones.enumerated() {
                byName[milestone.text.comparisonKey, default: []].append((task.anchor, task.title, index))
            }
        }
        for row in table.rows {
            guard let name = row.cells.cell(columns.milestone) else { continue }
            let at = SourceLocation(file: file, line: row.line, column: 1)
            let answer = row.cells.cell(columns.completion)?.comparisonKey ?? ""
            let done = Self.doneWords.contains(answer)
            if !done, !answer.isEmpty, !Self.openWords.contains(answer) {
                problems.append(ContentError(at, .milestone(.invalidCompletion(row.cells.cell(columns.completion) ?? ""))))
                continue
            }
            let matches = byName[Milestone.name(name).comparisonKey] ?? []
            guard matches.count == 1, let match = matches.first else {
                problems.append(ContentError(at, .milestone(matches.isEmpty
                    ? .unknown(name, suggestions: NearestNames.suggest(Milestone.name(name), among: tasks.flatMap { $0.milestones.map(\.text) }))
                    : .ambiguous(name, tasks: matches.map(\.title)))))
                continue
            }
            if done {
                completions.append(MilestoneMark(anchor: match.anchor, index: match.index,
                                                 completion: MilestoneCompletion(reportID: reportID, date: date, location: at)))
            }
        }
    }
}

/// Finds a plan's indicators by id or by name, the name compared without its unit, white
/// space, and full/half-width or Traditional/Simplified differences.
struct IndicatorIndex {
    private var byID: [String: String] = [:]
    private var byName: [String: [String]] = [:]
    let names: [String]

    init(_ indicators: [Indicator]) {
        names = indicators.map(\.name)
        for indicator in indicators {
            byID[indicator.id] = indicator.id
            byName[indicator.name.comparisonKey, default: []].append(indicator.id)
        }
    }

    /// The ids that `reference` names: one, none, or several when it is ambiguous.
    func lookup(_ reference: String) -> [String] {
        if let id = byID[reference.trimmed] { return [id] }
        let key = IndicatorName.split(reference).name.comparisonKey
        return byName[key] ?? byName[reference.comparisonKey] ?? []
    }
}
