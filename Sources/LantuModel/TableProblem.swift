import LantuDiagnostics

/// A table, column or cell that lantu could not read as data: said where it is, never
/// dropped without a word (SPEC §2.4).
public enum TableProblem: Sendable, Equatable {
    /// A report table with an indicator column but no measured-year column.
    case indicatorsWithoutYear
    /// A report table with a task column but no status or progress column.
    case tasksWithoutStatus
    /// A report table with a milestone column but no completion column.
    case milestonesWithoutCompletion
    /// A table whose rows name indicators (or tasks) under a header lantu does not read.
    case rowsNameUnread(what: String, example: String)
    /// A plan table with baseline or target columns but no indicator column.
    case valuesWithoutIndicator
    /// A column headed with a year and words lantu does not know.
    case unknownYearColumn(String)
    /// A number written with a typo-like character, read after replacing it.
    case normalisedNumber(String, as: String, fixes: [Localized])
    /// A cell that looks like a number but is not one, kept as text.
    case notANumber(String)
    /// A row with values but an empty indicator name cell.
    case valuesWithoutName
}

extension TableProblem {
    var severity: Severity {
        switch self {
        case .valuesWithoutName: return .error
        default: return .warning
        }
    }

    public var explanation: Explanation {
        switch self {
        case .indicatorsWithoutYear:
            return Explanation("table-indicators-without-year",
                               Localized(zh: "这个表格列了指标，但没有年份列；已当作普通表格显示",
                                         tw: "這個表格列出了指標，但沒有年份欄；已當作普通表格顯示",
                                         en: "this table names indicators but has no year column; read as text"),
                               hint: Localized(zh: "给每年数值的那一列加上表头：" + Self.yearForms.zh, tw: "給每年數值的那一欄加上表頭：" + Self.yearForms.tw, en: "head the column of each year's values " + Self.yearForms.en))
        case .tasksWithoutStatus:
            return Explanation("table-tasks-without-status",
                               Localized(zh: "这个表格列了任务，但没有状态列或进度列；已当作普通表格显示",
                                         tw: "這個表格列出了任務，但沒有狀態欄或進度欄；已當作普通表格顯示",
                                         en: "this table names tasks but has no status or progress column; read as text"),
                               hint: Localized(zh: "加上表头为 状态、进展状态 或 status 的列，以及 进度、完成进度 或 progress 的列",
                                               tw: "加上表頭為 狀態、進展狀態 或 status 的欄，以及 進度、完成進度 或 progress 的欄",
                                               en: "add columns headed 状态, 进展状态 or status, and 进度, 完成进度 or progress"))
        case .milestonesWithoutCompletion:
            return Explanation("table-milestones-without-completion",
                               Localized(zh: "这个表格列了里程碑，但没有“完成情况”列；已当作普通表格显示",
                                         tw: "這個表格列出了里程碑，但沒有「完成情況」欄；已當作普通表格顯示",
                                         en: "this table names milestones but has no 完成情况 column; read as text"),
                               hint: Localized(zh: "加一列“完成情况”，已完成的里程碑写 已完成、完成、是 或 ✓",
                                               tw: "加一欄「完成情況」，已完成的里程碑寫 已完成、完成、是 或 ✓",
                                               en: "add a column headed 完成情况 with 已完成, 完成, 是 or ✓ for the milestones done"))
        case .rowsNameUnread(let what, let example):
            let tasks = what == "tasks"
            return Explanation("table-header-not-understood",
                               Localized(zh: "这个表格各行写的是\(tasks ? "任务" : "指标")（如“\(example)”），但表头无法识别；已当作普通表格显示",
                                         tw: "這個表格各列寫的是\(tasks ? "任務" : "指標")（如「\(example)」），但表頭無法識別；已當作普通表格顯示",
                                         en: "this table's rows name \(what) (e.g. '\(example)') but its header is not understood; read as text"),
                               hint: tasks ? Localized(zh: "任务那一列的表头写成 任务、重点任务 或 task", tw: "任務那一欄的表頭寫成 任務、重點任務 或 task", en: "head the task column 任务, 重点任务 or task")
                                           : Localized(zh: "指标那一列的表头写成 " + Self.nameForms.zh, tw: "指標那一欄的表頭寫成 " + Self.nameForms.tw, en: "head the indicator column " + Self.nameForms.en))
        case .valuesWithoutIndicator:
            return Explanation("table-values-without-indicator",
                               Localized(zh: "这个表格有基期值或目标值列，但没有指标列；已当作普通表格显示",
                                         tw: "這個表格有基期值或目標值欄，但沒有指標欄；已當作普通表格顯示",
                                         en: "this table has baseline or target columns but no indicator column; read as text"),
                               hint: Localized(zh: "指标名称那一列的表头写成 " + Self.nameForms.zh, tw: "指標名稱那一欄的表頭寫成 " + Self.nameForms.tw, en: "head the column of names " + Self.nameForms.en))
        case .unknownYearColumn(let header):
            return Explanation("unknown-year-column",
                               Localized(zh: "无法识别“\(header)”这一列，其中的数值没有读取", tw: "無法識別「\(header)」這一欄，其中的數值沒有讀取", en: "column '\(header)' is not understood; its values are not read"),
                               hint: Localized(zh: "监测年份的表头写成 " + Self.yearForms.zh + "；基期值写 2020年基期值，目标值写 2025年目标值",
                                               tw: "監測年份的表頭寫成 " + Self.yearForms.tw + "；基期值寫 2020年基期值，目標值寫 2025年目標值",
                                               en: "measured years are headed " + Self.yearForms.en + "; the baseline 2020年基期值, the target 2025年目标值"))
        case .normalisedNumber(let text, let number, let fixes):
            return Explanation("number-retyped",
                               Localized(zh: "“\(text)”已按数字 \(number) 读取：" + fixes.map(\.zh).joined(separator: "；"),
                                         tw: "「\(text)」已按數字 \(number) 讀取：" + fixes.map(\.tw).joined(separator: "；"),
                                         en: "'\(text)' is read as the number \(number): " + fixes.map(\.en).joined(separator: "; ")),
                               hint: Localized(zh: "请改写成 \(number)，别的程序才能读出这个数", tw: "請改寫成 \(number)，別的程式才能讀出這個數", en: "retype it as \(number) so that other programs read it too"))
        case .notANumber(let text):
            return Explanation("not-a-number",
                               Localized(zh: "“\(text)”像数字又不是数字，已当作文字保留，因此没有进度状态，也不画图",
                                         tw: "「\(text)」像數字又不是數字，已當作文字保留，因此沒有進度狀態，也不畫圖",
                                         en: "'\(text)' looks like a number but is not one; kept as text, so it has no status and no chart"),
                               hint: Localized(zh: "数字写成 92.6、4,500、350万 或 >99 这样", tw: "數字寫成 92.6、4,500、350萬 或 >99 這樣", en: "write numbers as 92.6, 4,500, 350万 or >99"))
        case .valuesWithoutName:
            return Explanation("values-without-name",
                               Localized(zh: "这一行有数值，但指标名称那一格是空的", tw: "這一列有數值，但指標名稱那一格是空的", en: "this row has values but its indicator cell is empty"),
                               hint: Localized(zh: "在这一行写上指标名称或编号；只有第一格有内容的行才是类别行",
                                               tw: "在這一列寫上指標名稱或編號；只有第一格有內容的列才是類別列",
                                               en: "write the indicator's name or id in the row; a row with only its first cell filled is a category row"))
        }
    }

    /// The header forms of a measured-year column, for hints.
    private static let yearForms = Localized(zh: "2023年、2023、2023年度、2023年完成值、2023年实际、2023年监测值或2023年末",
                                             tw: "2023年、2023、2023年度、2023年完成值、2023年實際、2023年監測值或2023年末",
                                             en: "2023年, 2023, 2023年度, 2023年完成值, 2023年实际, 2023年监测值 or 2023年末")
    /// The header forms of an indicator name column, for hints.
    private static let nameForms = Localized(zh: "指标、指标名称、主要指标 或 indicator", tw: "指標、指標名稱、主要指標 或 indicator", en: "指标, 指标名称, 主要指标 or indicator")
}
