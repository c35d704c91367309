import Foundation
import LantuDiagnostics
import LantuModel

/// The workbook a unit fills in: a `说明` sheet, then `指标`, `任务` and `里程碑`, each with the
/// unit and year in row 1, a line of instructions in row 2, the header in row 3 and one row
/// per item after it. Only the shaded input cells are unlocked.
public enum UnitForm {
    /// Rows above the first data row.
    static let headerRow = 3

    public static func sheets(_ due: FormDue, content: Content) -> [WorkbookSheet] {
        [guide(due, content: content), indicators(due, content: content), tasks(due, content: content), milestones(due, content: content)]
    }

    /// The workbook's bytes; the date in its properties is the year's end, so the file does not
    /// depend on when it was made.
    public static func workbook(_ due: FormDue, content: Content) -> Data {
        WorkbookWriter.write(sheets(due, content: content),
                             properties: .init(title: "\(due.unitName) \(due.year)年度规划实施情况填报表", date: "\(due.year)-12-31T00:00:00Z"))
    }

    /// `教务处.xlsx`: the unit's name as written, refused when it could leave the output folder.
    public static func fileName(_ due: FormDue) -> String { due.unitName + ".xlsx" }

    public static func isSafeFileName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && !name.contains("/") && !name.contains("\\")
            && !name.unicodeScalars.contains { $0.value < 0x20 || $0 == ":" } && name.utf8.count <= 200
    }
}

private extension UnitForm {
    static func isOffice(_ due: FormDue) -> Bool { due.unit == nil }

    static func unitNames(_ ids: [String], content: Content) -> String {
        ids.map { id in content.units.first { $0.id == id }?.name ?? id }.joined(separator: "、")
    }

    static func topRows(_ due: FormDue, instruction: String, width: Int) -> (rows: [[WorkbookCell]], merge: String) {
        let first = [WorkbookCell(FormWords.unitLabel, .label), WorkbookCell(due.unitName, .label),
                     WorkbookCell(FormWords.yearLabel, .label), WorkbookCell(FormWords.yearHeader(due.year), .label)]
        let merge = "A2:\(SourceLocation.columnLetters(max(width, 1)))2"
        return ([first, [WorkbookCell(instruction, .instruction)]], merge)
    }

    static func header(_ titles: [String]) -> [WorkbookCell] { titles.map { WorkbookCell($0, .header) } }

    static func guide(_ due: FormDue, content: Content) -> WorkbookSheet {
        let who = content.site.organization ?? "规划办公室"
        let year = due.year
        var lines = [
            "本工作簿由\(who)用 lantu 生成，请\(due.unitName)填报\(year)年度的规划实施情况：“指标”表 \(due.indicators.count) 项，“任务”表 \(due.tasks.count) 项，“里程碑”表 \(due.milestones.count) 项。",
            "1. 只填写浅黄色的单元格。其他单元格已锁定（工作表保护没有密码，只为防止误改）。",
            "2. “指标”表的“\(year)年”列填写数值：只写数字，如 92.8、4500、350万。百分比指标写 92.8 或 92.8%，不要写成 0.928。文字型指标（如“全覆盖”）照实填写。暂无数据的留空，并在“备注”中说明。",
            "3. “任务”表的“状态”从下拉列表中选择（\(FormWords.taskStatuses.joined(separator: "、"))），“进度”填 0 到 100 的整数，“进展情况”简要写本年度进展。",
            "4. “里程碑”表的“完成情况”选择“已完成”或“未完成”。",
            "5. 不要改动“编号”“任务”“规划”列和表头，不要增删行；行的顺序可以调整。每张表第一行的“填报单位”和“填报年度”用于识别来源，请保留。",
            "6. 可以直接发回本文件，也可以把各表另存为 CSV（UTF-8 或 GB18030 编码均可）发回。",
        ]
        if isOffice(due) {
            lines.insert("这是汇总全部单位事项的工作簿，“责任单位”“牵头单位”列写明每行由谁填报；在这里填写的数值按该列记为来源。", at: 1)
        }
        var rows: [[WorkbookCell]] = [[WorkbookCell("\(due.unitName)　\(year)年度规划实施情况填报表", .title)], []]
        for line in lines { rows.append([WorkbookCell(line, .instruction)]) }
        return fitted(WorkbookSheet(name: FormWords.guideSheet, columnWidths: [110], rows: rows, isProtected: true), from: 3, limits: [(110, 110)])
    }

    static func indicators(_ due: FormDue, content: Content) -> WorkbookSheet {
        let year = due.year
        let earlier = Set(due.indicators.flatMap { _, indicator in
            indicator.measurements.map(\.year).filter { $0 > indicator.baselineYear && $0 < year }
        }).sorted()
        var titles = [FormWords.id, FormWords.plan, FormWords.indicator]
        var widths: [(Double, Double)] = [(8, 16), (14, 36), (16, 40)]
        if isOffice(due) {
            titles.append(FormWords.owners)
            widths.append((10, 24))
        }
        titles += [FormWords.unit, FormWords.baseline, FormWords.target] + earlier.map(FormWords.yearHeader)
        widths += [(6, 10), (8, 12), (8, 12)] + earlier.map { _ in (8, 10) }
        titles += [FormWords.yearHeader(year), FormWords.note]
        widths += [(12, 12), (30, 30)]
        let instruction = due.indicators.isEmpty
            ? "\(due.unitName) 在 \(year) 年没有需要填报的指标。"
            : "请在浅黄色的“\(year)年”列填写 \(year) 年的数值（只写数字；百分比写 92.8 而不是 0.928），在“备注”列写说明；暂无数据的留空。不要改动编号，不要增删行。"
        let top = topRows(due, instruction: instruction, width: titles.count)
        var rows = top.rows + [header(titles)]
        for (plan, indicator) in due.indicators {
            var row = [WorkbookCell(indicator.id), WorkbookCell(plan.title), WorkbookCell(indicator.name)]
            if isOffice(due) { row.append(WorkbookCell(unitNames(indicator.owners, content: content))) }
            row += [WorkbookCell(indicator.unit), WorkbookCell(indicator.baseline?.raw), WorkbookCell(indicator.target?.raw)]
            row += earlier.map { y in WorkbookCell(indicator.measurements.last { $0.year == y }?.value.raw) }
            row += [WorkbookCell(nil, .input), WorkbookCell(nil, .inputText)]
            rows.append(row)
        }
        return fitted(WorkbookSheet(name: FormWords.indicatorSheet, columnWidths: [], rows: rows, frozenRows: headerRow,
                             merges: [top.merge], isProtected: true, printTitleRows: headerRow...headerRow, rowHeights: [2: 36]), from: headerRow, limits: widths)
    }

    static func tasks(_ due: FormDue, content: Content) -> WorkbookSheet {
        var titles = [FormWords.task, FormWords.plan, FormWords.taskTitle]
        var widths: [(Double, Double)] = [(8, 12), (14, 36), (20, 40)]
        if isOffice(due) {
            titles.append(FormWords.leads)
            widths.append((10, 24))
        }
        titles += [FormWords.due, FormWords.status, FormWords.progress, FormWords.progressNote]
        widths += [(10, 16), (10, 10), (8, 8), (44, 44)]
        let instruction = due.tasks.isEmpty
            ? "\(due.unitName) 在 \(due.year) 年没有需要填报的牵头任务。"
            : "请为每项牵头任务从下拉列表选择“状态”，在“进度”填 0–100 的整数（完成的百分比），在“进展情况”简要写本年度进展。"
        let top = topRows(due, instruction: instruction, width: titles.count)
        var rows = top.rows + [header(titles)]
        for (plan, task) in due.tasks {
            var row = [WorkbookCell(task.anchor), WorkbookCell(plan.title), WorkbookCell(task.title)]
            if isOffice(due) { row.append(WorkbookCell(unitNames(task.lead, content: content))) }
            row += [WorkbookCell(task.due.map(FormWords.date)), WorkbookCell(nil, .inputText), WorkbookCell(nil, .input), WorkbookCell(nil, .inputText)]
            rows.append(row)
        }
        var validations: [WorkbookValidation] = []
        if !due.tasks.isEmpty {
            let last = headerRow + due.tasks.count
            let status = SourceLocation.columnLetters(titles.firstIndex(of: FormWords.status)! + 1)
            let progress = SourceLocation.columnLetters(titles.firstIndex(of: FormWords.progress)! + 1)
            validations = [
                WorkbookValidation(range: "\(status)\(headerRow + 1):\(status)\(last)", rule: .list(FormWords.taskStatuses),
                                   prompt: "从列表中选择任务状态", error: "请从列表中选择：" + FormWords.taskStatuses.joined(separator: "、")),
                WorkbookValidation(range: "\(progress)\(headerRow + 1):\(progress)\(last)", rule: .wholeNumber(0...100),
                                   prompt: "填 0 到 100 的整数", error: "进度是 0 到 100 之间的整数"),
            ]
        }
        return fitted(WorkbookSheet(name: FormWords.taskSheet, columnWidths: [], rows: rows, frozenRows: headerRow, merges: [top.merge],
                             validations: validations, isProtected: true, printTitleRows: headerRow...headerRow, rowHeights: [2: 36]), from: headerRow, limits: widths)
    }

    static func milestones(_ due: FormDue, content: Content) -> WorkbookSheet {
        var titles = [FormWords.id, FormWords.plan, FormWords.taskTitle]
        var widths: [(Double, Double)] = [(10, 14), (14, 36), (16, 32)]
        if isOffice(due) {
            titles.append(FormWords.leads)
            widths.append((10, 24))
        }
        titles += [FormWords.milestone, FormWords.milestoneDate, FormWords.completion]
        widths += [(20, 40), (10, 16), (12, 12)]
        let instruction = due.milestones.isEmpty
            ? "\(due.unitName) 没有尚未完成的里程碑。"
            : "已完成的里程碑在“完成情况”中选择“已完成”，尚未完成的选择“未完成”。"
        let top = topRows(due, instruction: instruction, width: titles.count)
        var rows = top.rows + [header(titles)]
        for item in due.milestones {
            var row = [WorkbookCell(item.id), WorkbookCell(item.plan.title), WorkbookCell(item.task.title)]
            if isOffice(due) { row.append(WorkbookCell(unitNames(item.task.lead, content: content))) }
            row += [WorkbookCell(item.milestone.text), WorkbookCell(item.milestone.dateText), WorkbookCell(nil, .inputText)]
            rows.append(row)
        }
        var validations: [WorkbookValidation] = []
        if !due.milestones.isEmpty {
            let column = SourceLocation.columnLetters(titles.count)
            validations = [WorkbookValidation(range: "\(column)\(headerRow + 1):\(column)\(headerRow + due.milestones.count)",
                                              rule: .list(FormWords.completions), prompt: "选择“已完成”或“未完成”",
                                              error: "请从列表中选择：已完成、未完成")]
        }
        return fitted(WorkbookSheet(name: FormWords.milestoneSheet, columnWidths: [], rows: rows, frozenRows: headerRow, merges: [top.merge],
                             validations: validations, isProtected: true, printTitleRows: headerRow...headerRow, rowHeights: [2: 36]), from: headerRow, limits: widths)
    }

    /// Column widths from the longest text within each column's limits, and rows tall enough
    /// for the lines their wrapped text takes, from row `from` on (LibreOffice does not fit
    /// rows itself when it opens a file).
    static func fitted(_ sheet: WorkbookSheet, from: Int, limits: [(min: Double, max: Double)]) -> WorkbookSheet {
        var sheet = sheet
        let rows = sheet.rows.enumerated().filter { $0.offset + 1 >= from }
        sheet.columnWidths = limits.enumerated().map { column, limit in
            let longest = rows.map { _, row in column < row.count ? textWidth(row[column].text) : 0 }.max() ?? 0
            return min(max(limit.min, (longest + 2).rounded(.up)), limit.max)
        }
        for (offset, row) in rows {
            let lines = row.enumerated().map { column, cell -> Int in
                guard column < sheet.columnWidths.count, let text = cell.text else { return 1 }
                return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                    max(1, Int((textWidth(String(line)) / max(sheet.columnWidths[column] - 0.5, 1) - 0.05).rounded(.up)))
                }.reduce(0, +)
            }.max() ?? 1
            if lines > 1 { sheet.rowHeights[offset + 1] = Double(lines) * 16 + 4 }
        }
        return sheet
    }

    /// Text's width in the widths of a digit: a Chinese character takes about two.
    static func textWidth(_ text: String?) -> Double {
        Double(DisplayWidth.of(text ?? "")) * 0.85
    }
}
