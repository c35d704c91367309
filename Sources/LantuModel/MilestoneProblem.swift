import LantuDiagnostics

/// A milestone lantu could not date or match, or one that is overdue (SPEC §2.3, §2.4, §3).
public enum MilestoneProblem: Sendable, Equatable {
    /// A leading date in a form lantu does not read: the milestone is left undated.
    case unknownDate(String)
    /// A report names a milestone no task of its plan has.
    case unknown(String, suggestions: [String])
    /// A report names a milestone several tasks have.
    case ambiguous(String, tasks: [String])
    /// A completion cell that says neither done nor not done.
    case invalidCompletion(String)
    /// Past its date and not done as of the site's date.
    case overdue(String, task: String, date: String)
}

extension MilestoneProblem {
    var severity: Severity {
        switch self {
        case .unknownDate, .overdue: return .warning
        case .unknown, .ambiguous, .invalidCompletion: return .error
        }
    }

    public var explanation: Explanation {
        switch self {
        case .unknownDate(let token):
            return Explanation("milestone-date-not-understood",
                               Localized(zh: "里程碑开头的日期“\(token)”无法识别，这个里程碑按未注明日期处理",
                                         tw: "里程碑開頭的日期「\(token)」無法識別，這個里程碑按未註明日期處理",
                                         en: "the milestone's leading date '\(token)' is not understood; the milestone is read as undated"),
                               hint: Localized(zh: "日期写成 2023、2023-06、2023.06、2023年6月、2023年6月底、2023年上半年、2023年第四季度或2023年底",
                                               tw: "日期寫成 2023、2023-06、2023.06、2023年6月、2023年6月底、2023年上半年、2023年第四季度或2023年底",
                                               en: "write it as 2023, 2023-06, 2023.06, 2023年6月, 2023年6月底, 2023年上半年, 2023年第四季度 or 2023年底"))
        case .unknown(let name, let suggestions):
            return Explanation("unknown-milestone", Localized(zh: "规划里没有里程碑“\(name)”", tw: "規劃裡沒有里程碑「\(name)」", en: "no milestone of the plan is '\(name)'"),
                               hint: Localized.didYouMean(suggestions)
                                   ?? Localized(zh: "照规划里的写法写里程碑的内容，不带日期", tw: "照規劃裡的寫法寫里程碑的內容，不帶日期", en: "write the milestone's text as the plan has it, without its date"))
        case .ambiguous(let name, let tasks):
            return Explanation("ambiguous-milestone",
                               Localized(zh: "“\(name)”是几个任务共有的里程碑：" + tasks.joined(separator: "、"),
                                         tw: "「\(name)」是幾個任務共有的里程碑：" + tasks.joined(separator: "、"),
                                         en: "'\(name)' is a milestone of several tasks: " + tasks.joined(separator: ", ")),
                               hint: Localized(zh: "在规划里给这几个里程碑写不同的内容", tw: "在規劃裡給這幾個里程碑寫不同的內容", en: "give the milestones different texts in the plan"))
        case .invalidCompletion(let text):
            return Explanation("unknown-milestone-completion", Localized(zh: "不认识的完成情况“\(text)”", tw: "不認識的完成情況「\(text)」", en: "unknown milestone completion '\(text)'"),
                               hint: Localized(zh: "已完成写 已完成、完成、是 或 ✓；未完成写 未完成 或 否",
                                               tw: "已完成寫 已完成、完成、是 或 ✓；未完成寫 未完成 或 否",
                                               en: "write 已完成, 完成, 是 or ✓ for done; 未完成 or 否 for not done"))
        case .overdue(let text, let task, let date):
            return Explanation("overdue-milestone",
                               Localized(zh: "任务“\(task)”的里程碑“\(text)”完成时限为 \(date)，现在还没有完成",
                                         tw: "任務「\(task)」的里程碑「\(text)」完成時限為 \(date)，現在還沒有完成",
                                         en: "milestone '\(text)' of task '\(task)' was due \(date) and is not done"),
                               hint: Localized(zh: "在报告里标为已完成（| 里程碑 | 完成情况 |）；规划调整过的，修改它的日期",
                                               tw: "在報告裡標為已完成（| 里程碑 | 完成情況 |）；規劃調整過的，修改它的日期",
                                               en: "mark it done in a report (| 里程碑 | 完成情况 |), or change its date if the plan changed"))
        }
    }
}
