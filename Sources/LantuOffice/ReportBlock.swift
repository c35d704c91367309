import LantuDiagnostics
import LantuModel

/// The part of a report Markdown that `lantu collect` owns: the measurement, task and
/// milestone tables between two marker comments (SPEC §2.4 forms, plus a `填报单位` column
/// naming each value's source). Collecting again rewrites the block and keeps every other line
/// of the file as a person wrote it.
public enum ReportBlock {
    static let begin = "<!-- lantu collect 开始：本段由 lantu collect 根据各单位的填报表生成，再次收集时整段重写。要改数值请改填报表后重新收集；说明文字请写在本段之外。 -->"
    static let end = "<!-- lantu collect 结束 -->"
    static let beginPrefix = "<!-- lantu collect 开始"
    static let endPrefix = "<!-- lantu collect 结束"
    static let sourceHeader = "填报单位"

    /// The entries the block of an existing report holds, each with its line in the file.
    struct Entries {
        var values: [ReturnedValue] = []
        var tasks: [ReturnedTask] = []
        var milestones: [ReturnedMilestone] = []
    }

    /// The line range of the block (marker lines included); nil when the file has none, and a
    /// problem when its markers do not pair up.
    static func range(in lines: [String], file: String) throws(OfficeError) -> ClosedRange<Int>? {
        let begins = lines.indices.filter { lines[$0].hasPrefix(beginPrefix) }
        let ends = lines.indices.filter { lines[$0].hasPrefix(endPrefix) }
        if begins.isEmpty, ends.isEmpty { return nil }
        guard begins.count == 1, ends.count == 1, begins[0] < ends[0] else {
            throw OfficeError(SourceLocation(file: file, line: (begins.first ?? ends.first ?? 0) + 1, column: 1), .brokenReportBlock)
        }
        return begins[0]...ends[0]
    }

    /// Reads back the tables lantu wrote into the block.
    static func entries(_ lines: [String], range: ClosedRange<Int>, plan: Plan, file: String) -> Entries {
        var entries = Entries()
        var kind: String?
        for index in range {
            let line = lines[index]
            guard line.hasPrefix("|") else {
                kind = nil
                continue
            }
            let cells = splitRow(line)
            if kind == nil {
                kind = cells.first
                continue
            }
            if cells.allSatisfy({ $0.allSatisfy { "-:".contains($0) } }) { continue }
            let at = SourceLocation(file: file, line: index + 1, column: 1)
            func cell(_ i: Int) -> String? { i < cells.count && !cells[i].isEmpty ? cells[i] : nil }
            let units = (cell(kind == FormWords.milestone ? 2 : kind == FormWords.task ? 4 : 3) ?? "")
                .split(separator: "、").map(String.init)
            switch kind {
            case FormWords.indicator?:
                guard let id = cell(0) else { continue }
                for unit in units {
                    entries.values.append(ReturnedValue(planID: plan.id, indicatorID: id, value: cell(2).flatMap(IndicatorValue.parse),
                                                        note: cell(4), unit: unit, location: at))
                }
            case FormWords.task?:
                guard let anchor = cell(0) else { continue }
                let progress = cell(3).flatMap { Int($0.filter { $0.isNumber }) }
                for unit in units {
                    entries.tasks.append(ReturnedTask(planID: plan.id, anchor: anchor, status: cell(2).flatMap(TaskStatus.parse),
                                                      progress: progress, note: cell(5), unit: unit, location: at))
                }
            case FormWords.milestone?:
                guard let name = cell(0), let done = cell(1).flatMap(FormWords.completion) else { continue }
                for task in plan.tasks {
                    guard let index = task.milestones.firstIndex(where: { $0.text == name }) else { continue }
                    for unit in units {
                        entries.milestones.append(ReturnedMilestone(planID: plan.id, anchor: task.anchor, index: index, done: done, unit: unit, location: at))
                    }
                    break
                }
            default:
                continue
            }
        }
        return entries
    }

    /// The block's lines for one plan's entries, rows in plan order, one row per item with the
    /// units that gave it joined by 、.
    static func render(plan: Plan, year: Int, entries: Entries) -> [String] {
        var lines = [begin, ""]
        let values = plan.indicators.compactMap { indicator -> [String]? in
            let given = entries.values.filter { $0.indicatorID == indicator.id }
            guard !given.isEmpty else { return nil }
            let value = given.compactMap(\.value).first?.raw ?? "—"
            return [indicator.id, indicator.name, value, joined(given.map(\.unit)), joined(given.compactMap(\.note), separator: "；")]
        }
        if !values.isEmpty {
            lines += ["## 指标监测数据（各单位填报）", "",
                      row([FormWords.indicator, "名称", FormWords.yearHeader(year), sourceHeader, FormWords.note]), "|---|---|---:|---|---|"]
            lines += values.map(row)
            lines.append("")
        }
        let tasks = plan.tasks.compactMap { task -> [String]? in
            let given = entries.tasks.filter { $0.anchor == task.anchor }
            guard !given.isEmpty else { return nil }
            let status = given.compactMap(\.status).first.map(statusWord) ?? ""
            let progress = given.compactMap(\.progress).first.map { "\($0)%" } ?? ""
            return [task.anchor, task.title, status, progress, joined(given.map(\.unit)), joined(given.compactMap(\.note), separator: "；")]
        }
        if !tasks.isEmpty {
            lines += ["## 重点任务进展（各单位填报）", "",
                      row([FormWords.task, "名称", FormWords.status, FormWords.progress, sourceHeader, FormWords.note]), "|---|---|---|---:|---|---|"]
            lines += tasks.map(row)
            lines.append("")
        }
        let milestones = plan.tasks.flatMap { task in
            task.milestones.indices.compactMap { index -> [String]? in
                let given = entries.milestones.filter { $0.anchor == task.anchor && $0.index == index }
                guard let first = given.first else { return nil }
                return [task.milestones[index].text, first.done ? "已完成" : "未完成", joined(given.map(\.unit))]
            }
        }
        if !milestones.isEmpty {
            lines += ["## 里程碑完成情况（各单位填报）", "", row([FormWords.milestone, FormWords.completion, sourceHeader]), "|---|---|---|"]
            lines += milestones.map(row)
            lines.append("")
        }
        return lines + [end]
    }

    static func statusWord(_ status: TaskStatus) -> String {
        switch status {
        case .notStarted: return "未开始"
        case .inProgress: return "进行中"
        case .done: return "已完成"
        case .delayed: return "滞后"
        case .paused: return "暂停"
        case .notReported: return "未报告"
        }
    }

    static func joined(_ items: [String], separator: String = "、") -> String {
        var seen: Set<String> = []
        return items.filter { seen.insert($0).inserted }.joined(separator: separator)
    }

    /// A table row with each cell's Markdown punctuation escaped, so a unit's text is shown as
    /// typed and can neither break the table nor become a link or HTML.
    static func row(_ cells: [String]) -> String {
        "| " + cells.map(escape).joined(separator: " | ") + " |"
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if character == "\n" || character == "\r" || character == "\r\n" {
                out += " "
            } else if "\\`*_[]<>|~&!$#".contains(character) {
                out += "\\" + String(character)
            } else {
                out.append(character)
            }
        }
        return out.trimmingWhitespace
    }

    /// The cells of a row lantu wrote, escapes undone.
    static func splitRow(_ line: String) -> [String] {
        var cells: [String] = []
        var cell = ""
        var escaped = false
        for character in line.trimmingWhitespace.dropFirst() {
            if escaped {
                cell.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                cells.append(cell.trimmingWhitespace)
                cell = ""
            } else {
                cell.append(character)
            }
        }
        return cells
    }
}
