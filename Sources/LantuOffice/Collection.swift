import Foundation
import LantuDiagnostics
import LantuModel

/// `lantu collect`: returned forms and the reports collected before → one report per plan,
/// with every problem found in one run. Nothing is to be written when `problems` has an error.
public struct Collection: Sendable {
    /// A returned file: its name as the user gave it and its bytes.
    public struct Input: Sendable {
        public let file: String
        public let data: Data

        public init(file: String, data: Data) {
            self.file = file
            self.data = data
        }
    }

    /// A report as it stands before collecting: its path, and its text when it exists.
    public struct ExistingReport: Sendable {
        public let path: String
        public let text: String?

        public init(path: String, text: String?) {
            self.path = path
            self.text = text
        }
    }

    /// A report to write: where and its whole new text.
    public struct Output: Sendable, Equatable {
        public let planID: String
        public let path: String
        public let text: String
        public let counts: (values: Int, tasks: Int, milestones: Int)

        public static func == (lhs: Output, rhs: Output) -> Bool { lhs.path == rhs.path && lhs.text == rhs.text }
    }

    public let outputs: [Output]
    public let problems: [OfficeError]
    public let returns: ReturnTable
}

extension Collection {
    /// Reads `inputs` (.xlsx, or .csv by their name) and merges them into `existing`, keyed by
    /// plan id; `date` is the new reports' date (and replaces an existing report's date when
    /// `replaceDate` is set).
    public static func run(content: Content, year: Int, inputs: [Input], existing: [String: ExistingReport],
                           date: String, replaceDate: Bool) -> Collection {
        var problems: [OfficeError] = []
        var returns: [FormReturn] = []
        for input in inputs {
            let grids: [SheetGrid]
            do {
                grids = input.file.lowercased().hasSuffix(".csv")
                    ? [try CSVSheetReader.read(input.data, file: input.file)]
                    : try WorkbookReader.read(input.data, file: input.file)
            } catch {
                problems.append(error)
                continue
            }
            guard let result = FormReturn.read(grids, file: input.file, content: content, year: year, problems: &problems) else { continue }
            // Two returns of one sheet from one unit: the second would silently win.
            if result.unit != FormWords.allUnits,
               let earlier = returns.first(where: { $0.unit == result.unit && !$0.sheets.isDisjoint(with: result.sheets) }) {
                problems.append(OfficeError(SourceLocation(file: input.file), .sameUnitTwice(result.unit, first: earlier.file)))
                continue
            }
            returns.append(result)
        }
        let plans = FormDue.plans(content, year: year)
        var outputs: [Output] = []
        var merged: [String: ReportBlock.Entries] = [:]
        var earlierUnits: Set<String> = []
        for plan in plans {
            guard let report = existing[plan.id] else { continue }
            var lines = report.text.map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) } ?? []
            var range: ClosedRange<Int>?
            do { range = try ReportBlock.range(in: lines, file: report.path) } catch {
                problems.append(error)
                continue
            }
            var entries = range.map { ReportBlock.entries(lines, range: $0, plan: plan, file: report.path) } ?? .init()
            earlierUnits.formUnion(entries.values.map(\.unit) + entries.tasks.map(\.unit) + entries.milestones.map(\.unit))
            entries = merge(entries, returns: returns, planID: plan.id)
            problems += conflicts(entries, year: year)
            merged[plan.id] = entries
            guard !(entries.values.isEmpty && entries.tasks.isEmpty && entries.milestones.isEmpty) else { continue }
            let block = ReportBlock.render(plan: plan, year: year, entries: entries)
            if let range {
                lines.replaceSubrange(range, with: block)
                if replaceDate { lines = withDate(lines, date) }
            } else if report.text != nil {
                if lines.last == "" { lines.removeLast() }
                lines += [""] + block + [""]
                if replaceDate { lines = withDate(lines, date) }
            } else {
                lines = frontMatter(plan: plan, year: year, date: date) + block + [""]
            }
            let counts = (Set(entries.values.filter { $0.value != nil }.map(\.indicatorID)).count, Set(entries.tasks.map(\.anchor)).count,
                          Set(entries.milestones.map { "\($0.anchor)#\($0.index)" }).count)
            outputs.append(Output(planID: plan.id, path: report.path, text: lines.joined(separator: "\n"), counts: counts))
        }
        let table = ReturnTable.make(content: content, year: year, returns: returns, entries: merged, earlierUnits: earlierUnits)
        return Collection(outputs: outputs, problems: problems.sorted { $0.location < $1.location }, returns: table)
    }
}

private extension Collection {
    /// The earlier entries, less those of each unit that returned a sheet again (its new sheet
    /// is its whole answer; a unit sending only its 指标 sheet keeps its earlier tasks) and
    /// those the office's workbook gives anew, plus this run's.
    static func merge(_ earlier: ReportBlock.Entries, returns: [FormReturn], planID: String) -> ReportBlock.Entries {
        var entries = earlier
        func resent(_ sheet: String) -> Set<String> {
            Set(returns.filter { $0.unit != FormWords.allUnits && $0.sheets.contains(sheet) }.map(\.unit))
        }
        let (valueUnits, taskUnits, milestoneUnits) = (resent(FormWords.indicatorSheet), resent(FormWords.taskSheet), resent(FormWords.milestoneSheet))
        let fresh = returns.flatMap(\.values).filter { $0.planID == planID }
        let freshTasks = returns.flatMap(\.tasks).filter { $0.planID == planID }
        let freshMilestones = returns.flatMap(\.milestones).filter { $0.planID == planID }
        entries.values.removeAll { old in valueUnits.contains(old.unit) || fresh.contains { $0.indicatorID == old.indicatorID && $0.unit == old.unit } }
        entries.tasks.removeAll { old in taskUnits.contains(old.unit) || freshTasks.contains { $0.anchor == old.anchor && $0.unit == old.unit } }
        entries.milestones.removeAll { old in
            milestoneUnits.contains(old.unit) || freshMilestones.contains { $0.anchor == old.anchor && $0.index == old.index && $0.unit == old.unit }
        }
        entries.values += fresh
        entries.tasks += freshTasks
        entries.milestones += freshMilestones
        return entries
    }

    /// Two units giving one indicator-year different values, or one task different words:
    /// the report can hold only one, so neither is taken.
    static func conflicts(_ entries: ReportBlock.Entries, year: Int) -> [OfficeError] {
        var problems: [OfficeError] = []
        func same(_ a: IndicatorValue, _ b: IndicatorValue) -> Bool {
            if let x = a.number, let y = b.number { return x == y && a.comparator == b.comparator }
            return a.raw == b.raw
        }
        for (id, group) in Dictionary(grouping: entries.values.filter { $0.value != nil }, by: \.indicatorID).sorted(by: { $0.key < $1.key }) {
            let ordered = group.sorted { $0.location < $1.location }
            let first = ordered[0]
            for other in ordered.dropFirst() where !same(first.value!, other.value!) {
                problems.append(OfficeError(other.location, .conflictingValues(id: id, year: year, value: other.value!.raw, unit: other.unit,
                                                                              other: first.value!.raw, otherUnit: first.unit, otherAt: first.location)))
            }
        }
        func words(_ task: ReturnedTask) -> String {
            [task.status.map(ReportBlock.statusWord), task.progress.map { "\($0)%" }].compactMap { $0 }.joined(separator: " ")
        }
        for (anchor, group) in Dictionary(grouping: entries.tasks, by: \.anchor).sorted(by: { $0.key < $1.key }) {
            let ordered = group.sorted { $0.location < $1.location }
            let first = ordered[0]
            for other in ordered.dropFirst() {
                let statusDiffers = first.status != nil && other.status != nil && first.status != other.status
                let progressDiffers = first.progress != nil && other.progress != nil && first.progress != other.progress
                guard statusDiffers || progressDiffers else { continue }
                problems.append(OfficeError(other.location, .conflictingTask(anchor: anchor, value: words(other), unit: other.unit,
                                                                            other: words(first), otherUnit: first.unit, otherAt: first.location)))
            }
        }
        return problems
    }

    static func frontMatter(plan: Plan, year: Int, date: String) -> [String] {
        let title = "\(year)年度各单位填报数据：\(plan.title)".replacingOccurrences(of: "'", with: "''")
        return ["---", "title: '\(title)'", "date: \(date)", "plan: \(plan.id)", "---", "",
                "本报告汇总各责任单位报送的 \(year) 年度指标数值、任务进展和里程碑完成情况，由 lantu collect 根据填报表生成。", ""]
    }

    /// The front matter's `date:` set to `date`.
    static func withDate(_ lines: [String], _ date: String) -> [String] {
        guard lines.first == "---", let close = lines.dropFirst().firstIndex(of: "---") else { return lines }
        var result = lines
        if let line = result[1..<close].firstIndex(where: { $0.hasPrefix("date:") }) {
            result[line] = "date: \(date)"
        } else {
            result.insert("date: \(date)", at: close)
        }
        return result
    }
}
