import LantuModel

/// The words of lantu's forms: sheet names, headers and the drop-down lists. `UnitForm` writes
/// them and `FormReturn` finds its columns by them, so the two cannot drift apart.
public enum FormWords {
    public static let guideSheet = "说明"
    public static let indicatorSheet = "指标"
    public static let taskSheet = "任务"
    public static let milestoneSheet = "里程碑"

    /// Row 1 of every data sheet: `填报单位 | 教务处 | 填报年度 | 2023年`; it says whose return a
    /// sheet is, also once saved as CSV.
    public static let unitLabel = "填报单位"
    public static let yearLabel = "填报年度"
    /// The unit named in the office's workbook with every unit's rows.
    public static let allUnits = "全部单位"

    public static let id = "编号"
    public static let plan = "规划"
    public static let indicator = "指标"
    public static let unit = "单位"
    public static let baseline = "基期值"
    public static let target = "目标值"
    public static let note = "备注"
    public static let owners = "责任单位"
    public static let task = "任务"
    public static let taskTitle = "任务名称"
    public static let due = "完成时限"
    public static let status = "状态"
    public static let progress = "进度"
    public static let progressNote = "进展情况"
    public static let leads = "牵头单位"
    public static let milestone = "里程碑"
    public static let milestoneDate = "时间节点"
    public static let completion = "完成情况"

    public static func yearHeader(_ year: Int) -> String { "\(year)年" }

    /// SPEC §2.3's task statuses, in the order a task goes through them.
    public static let taskStatuses = TaskStatus.allCases.filter { $0 != .notReported }.map(\.label)
    public static let completions = ["已完成", "未完成"]

    /// A status word a unit may type instead of choosing (Traditional forms, 完成 …); nil when
    /// it is none. `未报告` is lantu's word for silence, not an answer.
    static func taskStatus(_ text: String) -> TaskStatus? {
        guard let status = TaskStatus.parse(text), status != .notReported else { return nil }
        return status
    }

    /// Done, not done, or nil for a word that is neither; the report reader's words (SPEC §2.4).
    static func completion(_ text: String) -> Bool? {
        switch text.filter({ !$0.isWhitespace }).lowercased() {
        case "已完成", "完成", "是", "✓", "✔", "√", "done", "yes": return true
        case "未完成", "否", "✗", "×", "no": return false
        default: return nil
        }
    }

    /// A due date the way plans write it: `2025年底`, `2024年上半年`, `2023年6月`.
    static func date(_ date: PlanDate) -> String {
        switch date.period {
        case .yearEnd?: return "\(date.year)年底"
        case .firstHalf?: return "\(date.year)年上半年"
        case .secondHalf?: return "\(date.year)年下半年"
        case .quarter(let quarter)?: return "\(date.year)年第\(["一", "二", "三", "四"][max(0, min(3, quarter - 1))])季度"
        case .monthEnd?: return "\(date.year)年\(date.month ?? 12)月底"
        case nil:
            var text = "\(date.year)年"
            if let month = date.month { text += "\(month)月" }
            if let day = date.day { text += "\(day)日" }
            return text
        }
    }
}
