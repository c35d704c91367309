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

    var explanation: (String, String?) {
        switch self {
        case .unknownDate(let token):
            return ("the milestone's leading date '\(token)' is not understood; the milestone is read as undated",
                    "write it as 2023, 2023-06, 2023.06, 2023年6月, 2023年6月底, 2023年上半年, 2023年第四季度 or 2023年底")
        case .unknown(let name, let suggestions):
            return ("no milestone of the plan is '\(name)'",
                    suggestions.isEmpty ? "write the milestone's text as the plan has it, without its date"
                        : "did you mean " + suggestions.map { "'\($0)'" }.joined(separator: " or ") + "?")
        case .ambiguous(let name, let tasks):
            return ("'\(name)' is a milestone of several tasks: " + tasks.joined(separator: ", "),
                    "give the milestones different texts in the plan")
        case .invalidCompletion(let text):
            return ("unknown milestone completion '\(text)'", "write 已完成, 完成, 是 or ✓ for done; 未完成 or 否 for not done")
        case .overdue(let text, let task, let date):
            return ("milestone '\(text)' of task '\(task)' was due \(date) and is not done",
                    "mark it done in a report (| 里程碑 | 完成情况 |), or change its date if the plan changed")
        }
    }
}
