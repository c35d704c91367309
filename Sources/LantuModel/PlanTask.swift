import LantuDiagnostics

/// A task of a plan: a section whose text starts with `key:value` metadata.
public struct PlanTask: Sendable, Equatable {
    /// The anchor of its section, by which reports refer to it.
    public let anchor: String
    public let title: String
    /// Unit ids of the lead units.
    public internal(set) var lead: [String]
    /// Unit ids of the supporting units.
    public internal(set) var partners: [String]
    public let start: PlanDate?
    public let due: PlanDate?
    /// The status the plan text gives; reports may update it.
    public let declaredStatus: TaskStatus?
    public let declaredProgress: Int?
    /// Ids of related indicators.
    public internal(set) var indicatorIDs: [String]
    public let tags: [String]
    /// The task's milestones; reports mark them done.
    public internal(set) var milestones: [Milestone]
    /// Updates from reports, oldest first.
    public var updates: [TaskUpdate]
    /// The plan's first year: when the task starts if it gives no start date.
    public let periodStart: Int
    public let location: SourceLocation
}

/// A GFM task-list item in a task's text.
public struct Milestone: Sendable, Equatable {
    /// Checked (`- [x]`) in the plan's text.
    public let checked: Bool
    public let date: PlanDate?
    /// The leading date as written (`2023年第四季度`); nil when undated.
    public let dateText: String?
    /// The text after the date, by which reports name the milestone.
    public let text: String
    /// The report that marked it done, in force from that report's date.
    public internal(set) var completion: MilestoneCompletion?
    public let location: SourceLocation
}

/// A report's `| 里程碑 | 完成情况 |` row saying a milestone is done.
public struct MilestoneCompletion: Sendable, Equatable {
    public let reportID: String
    public let date: PlanDate
    public let location: SourceLocation
}

extension Milestone {
    /// Checked in the plan, or marked done by a report.
    public var done: Bool { checked || completion != nil }

    /// Past its date on `asOf` and not done (SPEC §3).
    public func isOverdue(asOf: PlanDate?) -> Bool {
        guard let date, let asOf, !done else { return false }
        return date.lastDay < asOf.lastDay
    }
}

/// What a report says about a task as of its date.
public struct TaskUpdate: Sendable, Equatable {
    public let reportID: String
    public let date: PlanDate
    public let status: TaskStatus?
    public let progress: Int?
    public let note: String?
    public let location: SourceLocation
}

/// The states a task can be in (SPEC §2.3).
public enum TaskStatus: String, Sendable, Hashable, CaseIterable {
    case notStarted = "not-started"
    case inProgress = "in-progress"
    case done = "done"
    case delayed = "delayed"
    case paused = "paused"
    /// No source gives a status, and the task has started: unknown, not inactive.
    case notReported = "not-reported"
}

extension TaskStatus {
    /// SPEC §2.3's Chinese label (未开始 …), which documents and forms use as the status in words.
    public var label: String {
        switch self {
        case .notStarted: return "未开始"
        case .inProgress: return "进行中"
        case .done: return "已完成"
        case .delayed: return "滞后"
        case .paused: return "暂停"
        case .notReported: return "未报告"
        }
    }

    /// Reads 未开始 / 进行中 / 已完成 / 滞后 / 暂停, their Traditional forms, or the English codes.
    public static func parse(_ text: String) -> TaskStatus? {
        let key = text.comparisonKey
        if let status = TaskStatus(rawValue: key) ?? allCases.first(where: { $0.label == key }) { return status }
        switch key {
        case "notstarted": return .notStarted
        case "inprogress", "推进中": return .inProgress
        case "完成": return .done
        case "延期": return .delayed
        case "已暂停": return .paused
        case "notreported": return .notReported
        default: return nil
        }
    }
}

extension PlanTask {
    /// The latest word on the task: the newest report's update, else the plan's own metadata.
    public var status: TaskStatus? {
        updates.last(where: { $0.status != nil })?.status ?? declaredStatus
    }

    /// The status on `asOf` (SPEC §3): what the latest source says; without one, not-reported
    /// once the task has started (its start date, else the plan's first year), not-started before.
    public func status(asOf: PlanDate?) -> TaskStatus {
        if let status { return status }
        guard let asOf else { return .notStarted }
        let start = (self.start ?? PlanDate(year: periodStart)).firstDay
        let end = asOf.lastDay
        return (start.year, start.month, start.day) <= (end.year, end.month, end.day) ? .notReported : .notStarted
    }

    public var progress: Int? {
        updates.last(where: { $0.progress != nil })?.progress ?? declaredProgress
    }

    /// Past its due date on `asOf` and not done.
    public func isOverdue(asOf: PlanDate?) -> Bool {
        guard let due, let asOf, status != .done else { return false }
        return due.lastDay < asOf.lastDay
    }
}
