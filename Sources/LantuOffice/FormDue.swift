import LantuModel

/// What one unit owes for a year: the indicators it answers for, the tasks it leads and their
/// open milestones, in plan order — the rows of its form (issue 16).
public struct FormDue: Sendable {
    /// The unit as written in the content, or `FormWords.allUnits` for the office's workbook.
    public let unitName: String
    /// Nil for the office's workbook, which holds every row and names each row's units.
    public let unit: OrgUnit?
    public let year: Int
    public let indicators: [(plan: Plan, indicator: Indicator)]
    public let tasks: [(plan: Plan, task: PlanTask)]
    public let milestones: [DueMilestone]

    public var isEmpty: Bool { indicators.isEmpty && tasks.isEmpty && milestones.isEmpty }
}

/// An open milestone of a task, by the id the form gives it: the task's anchor and its
/// position among the task's milestones (`s3-4-2#1`).
public struct DueMilestone: Sendable {
    public let plan: Plan
    public let task: PlanTask
    public let index: Int

    public var milestone: Milestone { task.milestones[index] }
    public var id: String { Self.id(anchor: task.anchor, index: index) }

    static func id(anchor: String, index: Int) -> String { "\(anchor)#\(index + 1)" }
}

extension FormDue {
    /// The plans whose period holds `year`: those a form for that year asks about.
    public static func plans(_ content: Content, year: Int) -> [Plan] {
        content.plans.filter { $0.firstYear <= year && year <= $0.lastYear }
    }

    /// One entry per unit that owes something, in the content's unit order.
    public static func units(_ content: Content, year: Int) -> [FormDue] {
        content.units.compactMap { unit in
            let due = make(content, year: year, name: unit.name, unit: unit) { owners in owners.contains(unit.id) }
            return due.isEmpty ? nil : due
        }
    }

    /// Every row of every plan for the year, for the office itself.
    public static func office(_ content: Content, year: Int) -> FormDue {
        make(content, year: year, name: FormWords.allUnits, unit: nil) { _ in true }
    }

    private static func make(_ content: Content, year: Int, name: String, unit: OrgUnit?, owes: ([String]) -> Bool) -> FormDue {
        let plans = plans(content, year: year)
        let indicators = plans.flatMap { plan in plan.indicators.filter { owes($0.owners) }.map { (plan, $0) } }
        let tasks = plans.flatMap { plan in plan.tasks.filter { owes($0.lead) }.map { (plan, $0) } }
        let milestones = tasks.flatMap { plan, task in
            task.milestones.indices.filter { !task.milestones[$0].done }.map { DueMilestone(plan: plan, task: task, index: $0) }
        }
        return FormDue(unitName: name, unit: unit, year: year, indicators: indicators, tasks: tasks, milestones: milestones)
    }
}
