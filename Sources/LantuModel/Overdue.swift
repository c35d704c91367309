/// How long a task or milestone has been past its date, counted from the site's as-of date
/// (never the clock, so the same content gives the same pages), for the supervision lists.
public struct Overdue: Sendable, Equatable, Comparable {
    /// Days from the last day the due date covers to the last day the as-of date covers.
    public let days: Int
    /// Whole calendar months in the same span: 2023-12-31 → 2024-03-31 is 3, → 2024-03-30 is 2.
    public let months: Int

    public static func < (lhs: Overdue, rhs: Overdue) -> Bool { lhs.days < rhs.days }
}

extension Overdue {
    /// The span from `due` to `asOf`, or nil when `asOf` is not after `due`.
    public init?(due: PlanDate, asOf: PlanDate) {
        let (from, to) = (due.lastDay, asOf.lastDay)
        let days = Overdue.dayNumber(to) - Overdue.dayNumber(from)
        guard days > 0 else { return nil }
        // A month is whole when the day of the month is reached again, or the month ends first
        // (01-31 → 02-28 is one month).
        let reached = to.day >= from.day || to.day == PlanDate.daysIn(month: to.month, year: to.year)
        self.init(days: days, months: (to.year - from.year) * 12 + (to.month - from.month) - (reached ? 0 : 1))
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's `days_from_civil`),
    /// in integers so that no time zone or calendar setting of the machine enters.
    static func dayNumber(_ date: (year: Int, month: Int, day: Int)) -> Int {
        let year = date.month <= 2 ? date.year - 1 : date.year
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * (date.month + (date.month > 2 ? -3 : 9)) + 2) / 5 + date.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

extension PlanTask {
    /// How long the task is past its due date and not done on `asOf`; nil when it is not overdue.
    public func overdue(asOf: PlanDate?) -> Overdue? {
        guard isOverdue(asOf: asOf), let due, let asOf else { return nil }
        return Overdue(due: due, asOf: asOf)
    }
}

extension Milestone {
    /// How long the milestone is past its date and not done on `asOf`; nil when it is not overdue.
    public func overdue(asOf: PlanDate?) -> Overdue? {
        guard isOverdue(asOf: asOf), let date, let asOf else { return nil }
        return Overdue(due: date, asOf: asOf)
    }
}
