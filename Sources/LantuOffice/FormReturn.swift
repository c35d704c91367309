import LantuDiagnostics
import LantuModel

/// What one returned file says: whose it is, and the values, task updates and milestone
/// answers in it. Rows are found by their ids, so moved rows read the same; a deleted row is
/// a row not given.
public struct FormReturn: Sendable {
    /// The unit's name as the content writes it, or `FormWords.allUnits`.
    public let unit: String
    public let file: String
    /// The sheets (by `FormWords` sheet name) the file holds.
    public var sheets: Set<String> = []
    public var values: [ReturnedValue] = []
    public var tasks: [ReturnedTask] = []
    public var milestones: [ReturnedMilestone] = []
}

/// One indicator's value for the year, from one unit.
public struct ReturnedValue: Sendable, Equatable {
    public let planID: String
    public let indicatorID: String
    /// Nil when the unit wrote only a remark.
    public let value: IndicatorValue?
    public let note: String?
    public let unit: String
    public let location: SourceLocation
}

public struct ReturnedTask: Sendable, Equatable {
    public let planID: String
    public let anchor: String
    public let status: TaskStatus?
    public let progress: Int?
    public let note: String?
    public let unit: String
    public let location: SourceLocation
}

public struct ReturnedMilestone: Sendable, Equatable {
    public let planID: String
    public let anchor: String
    public let index: Int
    public let done: Bool
    public let unit: String
    public let location: SourceLocation
}

extension FormReturn {
    /// Reads the sheets of one file (an .xlsx, or one sheet saved as CSV); nil when the file
    /// holds no form, with the reason among `problems`.
    public static func read(_ grids: [SheetGrid], file: String, content: Content, year: Int,
                            problems: inout [OfficeError]) -> FormReturn? {
        var result: FormReturn?
        for grid in grids {
            let sheetAt = SourceLocation(file: file, sheet: grid.name)
            guard let header = SheetHeader.find(grid) else {
                if grid.name == FormWords.guideSheet { continue }
                problems.append(OfficeError(sheetAt, grid.name.isEmpty ? .notAForm : .sheetNotRead(grid.name)))
                continue
            }
            // Every sheet names the same unit and year: one wrong name is one problem, not one per sheet.
            guard let unit = unitOf(grid, file: file, content: content, year: year, problems: &problems) else { return nil }
            if let result, result.unit != unit {
                problems.append(OfficeError(sheetAt, .unitsDiffer(result.unit, unit)))
                continue
            }
            var reader = SheetReader(grid: grid, header: header, file: file, content: content, year: year, unit: unit)
            let complete = reader.read()
            problems += reader.problems
            var current = result ?? FormReturn(unit: unit, file: file)
            current.sheets.insert(header.kind)
            current.values += reader.values
            current.tasks += reader.tasks
            current.milestones += reader.milestones
            let due = unit == FormWords.allUnits ? FormDue.office(content, year: year)
                : FormDue.units(content, year: year).first { $0.unitName == unit }
            if complete, let due {
                let missing = reader.missing(from: due)
                if !missing.isEmpty { problems.append(OfficeError(sheetAt, .rowsMissing(missing))) }
            }
            result = current
        }
        if result == nil, !grids.isEmpty, !problems.contains(where: { $0.location.file == file && $0.severity == .error }) {
            problems.append(OfficeError(SourceLocation(file: file), .notAForm))
        }
        return result
    }

    /// The unit and year in row 1 (`填报单位 | 教务处 | 填报年度 | 2023年`), checked against the content.
    static func unitOf(_ grid: SheetGrid, file: String, content: Content, year: Int, problems: inout [OfficeError]) -> String? {
        var unitCell: (text: String, row: Int, column: Int)?
        var yearCell: (text: String, row: Int, column: Int)?
        for row in grid.rowNumbers.prefix(3) {
            for column in (grid.cells[row] ?? [:]).keys.sorted() {
                switch grid.text(row: row, column: column) {
                case FormWords.unitLabel?: unitCell = grid.text(row: row, column: column + 1).map { ($0, row, column + 1) }
                case FormWords.yearLabel?: yearCell = grid.text(row: row, column: column + 1).map { ($0, row, column + 1) }
                default: break
                }
            }
        }
        guard let unitCell else {
            problems.append(OfficeError(SourceLocation(file: file, sheet: grid.name, row: 1, column: 1), .noUnit))
            return nil
        }
        if let yearCell, Int(yearCell.text.filter { $0.isASCII && $0.isNumber }) != year {
            problems.append(OfficeError(SourceLocation(file: file, sheet: grid.name, row: yearCell.row, column: yearCell.column),
                                        .wrongYear(found: yearCell.text, expected: year)))
            return nil
        }
        if unitCell.text == FormWords.allUnits { return FormWords.allUnits }
        if let unit = resolveUnit(unitCell.text, content: content) { return unit }
        problems.append(OfficeError(SourceLocation(file: file, sheet: grid.name, row: unitCell.row, column: unitCell.column),
                                    .unknownUnit(unitCell.text, suggestions: NearestNames.suggest(unitCell.text, among: content.units.map(\.name)))))
        return nil
    }

    /// A unit by its name, short name or an alias, as its name.
    static func resolveUnit(_ text: String, content: Content) -> String? {
        let key = text.filter { !$0.isWhitespace }
        return content.units.first { unit in ([unit.name] + unit.aliases + [unit.short].compactMap { $0 }).contains(key) }?.name
    }
}

/// Where a sheet's header row is and which form sheet it belongs to.
struct SheetHeader {
    let kind: String
    let row: Int
    let columns: [String: Int]

    static func find(_ grid: SheetGrid) -> SheetHeader? {
        for row in grid.rowNumbers.prefix(10) {
            var columns: [String: Int] = [:]
            for (column, cell) in grid.cells[row] ?? [:] {
                let text = cell.text.trimmingWhitespace
                if columns[text] == nil || column < columns[text]! { columns[text] = column }
            }
            let has = { (word: String) in columns[word] != nil }
            if has(FormWords.id), has(FormWords.indicator) { return SheetHeader(kind: FormWords.indicatorSheet, row: row, columns: columns) }
            if has(FormWords.task), has(FormWords.status) { return SheetHeader(kind: FormWords.taskSheet, row: row, columns: columns) }
            if has(FormWords.id), has(FormWords.milestone) { return SheetHeader(kind: FormWords.milestoneSheet, row: row, columns: columns) }
        }
        return nil
    }
}

/// Reads the rows below a header.
private struct SheetReader {
    let grid: SheetGrid
    let header: SheetHeader
    let file: String
    let content: Content
    let year: Int
    let unit: String
    var problems: [OfficeError] = []
    var values: [ReturnedValue] = []
    var tasks: [ReturnedTask] = []
    var milestones: [ReturnedMilestone] = []
    /// Ids seen, by plan: `tj-edu` → rows.
    var seen: [String: [String: Int]] = [:]

    init(grid: SheetGrid, header: SheetHeader, file: String, content: Content, year: Int, unit: String) {
        self.grid = grid
        self.header = header
        self.file = file
        self.content = content
        self.year = year
        self.unit = unit
    }

    func at(_ row: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: file, sheet: grid.name, row: row, column: column)
    }

    var plans: [Plan] { FormDue.plans(content, year: year) }

    /// Reads the rows; false when the header lacks a column, so the rows could not be read.
    mutating func read() -> Bool {
        let required: [String]
        switch header.kind {
        case FormWords.indicatorSheet: required = [FormWords.id, FormWords.plan, FormWords.yearHeader(year)]
        case FormWords.taskSheet: required = [FormWords.task, FormWords.plan, FormWords.status, FormWords.progress, FormWords.progressNote]
        default: required = [FormWords.id, FormWords.plan, FormWords.completion]
        }
        let absent = required.filter { header.columns[$0] == nil }
        guard absent.isEmpty else {
            for word in absent { problems.append(OfficeError(at(header.row, 1), .missingColumn(word))) }
            return false
        }
        for row in grid.rowNumbers where row > header.row {
            switch header.kind {
            case FormWords.indicatorSheet: readIndicator(row)
            case FormWords.taskSheet: readTask(row)
            default: readMilestone(row)
            }
        }
        return true
    }

    func column(_ word: String) -> Int? { header.columns[word] }

    func text(_ row: Int, _ word: String) -> String? {
        column(word).flatMap { grid.text(row: row, column: $0) }
    }

    /// The units a row is from: the file's, or in the office's workbook the row's own.
    func units(_ row: Int, ownersColumn: String) -> [String] {
        guard unit == FormWords.allUnits else { return [unit] }
        let named = text(row, ownersColumn)?.split(whereSeparator: { "、,，;；".contains($0) })
            .map { String($0).trimmingWhitespace }.filter { !$0.isEmpty } ?? []
        return named.isEmpty ? [unit] : named.map { FormReturn.resolveUnit($0, content: content) ?? $0 }
    }

    /// The row's plan and its id, or nil (with a problem when the row has entries).
    mutating func key(_ row: Int, idColumn: String, inputs: [String], ids: (Plan) -> [String]) -> (Plan, String)? {
        let idText = text(row, idColumn)
        let hasInput = inputs.contains { text(row, $0) != nil }
        guard let id = idText else {
            if hasInput { problems.append(OfficeError(at(row, column(idColumn) ?? 1), .rowWithoutID)) }
            return nil
        }
        let candidates: [Plan]
        if let planText = text(row, FormWords.plan) {
            candidates = plans.filter { $0.title == planText || $0.id == planText }
            if candidates.isEmpty {
                problems.append(OfficeError(at(row, column(FormWords.plan)!), .unknownPlan(planText)))
                return nil
            }
        } else {
            candidates = plans
        }
        guard let plan = candidates.first(where: { ids($0).contains(id) }) else {
            let all = candidates.flatMap(ids)
            problems.append(OfficeError(at(row, column(idColumn)!), .unknownID(id, suggestions: NearestNames.suggest(id, among: all))))
            return nil
        }
        if let first = seen[plan.id]?[id] {
            problems.append(OfficeError(at(row, column(idColumn)!), .duplicateRow(id, firstRow: first)))
            return nil
        }
        seen[plan.id, default: [:]][id] = row
        return (plan, id)
    }

    mutating func readIndicator(_ row: Int) {
        let valueHeader = FormWords.yearHeader(year)
        guard let (plan, id) = key(row, idColumn: FormWords.id, inputs: [valueHeader, FormWords.note], ids: { $0.indicators.map(\.id) }) else { return }
        let indicator = plan.indicators.first { $0.id == id }!
        let valueColumn = column(valueHeader)!
        let note = text(row, FormWords.note)
        var value: IndicatorValue?
        if let cell = grid.cell(row: row, column: valueColumn), let written = grid.text(row: row, column: valueColumn) {
            switch cell.kind {
            case .error:
                problems.append(OfficeError(at(row, valueColumn), .cellError(written)))
                return
            case .number:
                value = IndicatorValue.parse(written)
            case .text, .date, .boolean:
                value = IndicatorValue.parse(written)
                let numeric = indicator.target?.number != nil || indicator.baseline?.number != nil
                if numeric, value?.number == nil || cell.kind != .text {
                    problems.append(OfficeError(at(row, valueColumn), .notANumber(written)))
                    return
                }
            }
        }
        guard value != nil || note != nil else { return }
        for source in units(row, ownersColumn: FormWords.owners) {
            values.append(ReturnedValue(planID: plan.id, indicatorID: id, value: value, note: note, unit: source, location: at(row, valueColumn)))
        }
    }

    mutating func readTask(_ row: Int) {
        let inputs = [FormWords.status, FormWords.progress, FormWords.progressNote]
        guard let (plan, anchor) = key(row, idColumn: FormWords.task, inputs: inputs, ids: { $0.tasks.map(\.anchor) }) else { return }
        let statusColumn = column(FormWords.status)!
        let progressColumn = column(FormWords.progress)!
        var status: TaskStatus?
        var progress: Int?
        var failed = false
        if let written = grid.text(row: row, column: statusColumn) {
            status = FormWords.taskStatus(written)
            if status == nil {
                problems.append(OfficeError(at(row, statusColumn), .unknownStatus(written)))
                failed = true
            }
        }
        if let written = grid.text(row: row, column: progressColumn) {
            let digits = written.hasSuffix("%") || written.hasSuffix("％") ? String(written.dropLast()).trimmingWhitespace : written
            let number = DecimalText.normalise(digits).flatMap { Int($0) }
            if let number, (0...100).contains(number) {
                progress = number
            } else {
                problems.append(OfficeError(at(row, progressColumn), .invalidProgress(written)))
                failed = true
            }
        }
        let note = text(row, FormWords.progressNote)
        guard !failed, status != nil || progress != nil || note != nil else { return }
        for source in units(row, ownersColumn: FormWords.leads) {
            tasks.append(ReturnedTask(planID: plan.id, anchor: anchor, status: status, progress: progress, note: note,
                                      unit: source, location: at(row, statusColumn)))
        }
    }

    mutating func readMilestone(_ row: Int) {
        let ids = { (plan: Plan) in plan.tasks.flatMap { task in task.milestones.indices.map { DueMilestone.id(anchor: task.anchor, index: $0) } } }
        guard let (plan, id) = key(row, idColumn: FormWords.id, inputs: [FormWords.completion], ids: ids) else { return }
        let completionColumn = column(FormWords.completion)!
        guard let written = grid.text(row: row, column: completionColumn) else { return }
        guard let done = FormWords.completion(written) else {
            problems.append(OfficeError(at(row, completionColumn), .unknownCompletion(written)))
            return
        }
        let hash = id.lastIndex(of: "#")!
        let anchor = String(id[..<hash])
        let index = Int(id[id.index(after: hash)...])! - 1
        for source in units(row, ownersColumn: FormWords.leads) {
            milestones.append(ReturnedMilestone(planID: plan.id, anchor: anchor, index: index, done: done, unit: source, location: at(row, completionColumn)))
        }
    }

    /// The ids lantu wrote into this sheet of the unit's form that the returned sheet lacks.
    func missing(from due: FormDue) -> [String] {
        let written: [(String, String)]
        switch header.kind {
        case FormWords.indicatorSheet: written = due.indicators.map { ($0.plan.id, $0.indicator.id) }
        case FormWords.taskSheet: written = due.tasks.map { ($0.plan.id, $0.task.anchor) }
        default: written = due.milestones.map { ($0.plan.id, $0.id) }
        }
        return written.filter { plan, id in seen[plan]?[id] == nil }.map(\.1)
    }
}
