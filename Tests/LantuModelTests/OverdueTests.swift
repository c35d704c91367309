import Testing
@testable import LantuModel

/// How long a task or milestone is overdue, which the supervision lists print: counted from the
/// last day its date covers to the site's as-of date, in days and whole months.
@Suite struct OverdueTests {
    func span(_ due: String, _ asOf: String) throws -> Overdue? {
        Overdue(due: try PlanDate.parse(due), asOf: try PlanDate.parse(asOf))
    }

    @Test func countsDaysAcrossLeapYearsAndMonthsThatAreWhole() throws {
        #expect(try span("2023年底", "2024-03-31") == Overdue(days: 91, months: 3))
        #expect(try span("2023年底", "2024-03-30") == Overdue(days: 90, months: 2))
        #expect(try span("2023年底", "2024-01-15") == Overdue(days: 15, months: 0))
        // 2024 is a leap year, 2100 is not, 2000 is.
        #expect(try span("2024-02-28", "2024-03-01")?.days == 2)
        #expect(try span("2100-02-28", "2100-03-01")?.days == 1)
        #expect(try span("2000-02-28", "2000-03-01")?.days == 2)
        #expect(try span("2021-06", "2024-06-30") == Overdue(days: 1096, months: 36))
        // A month ends before the day of the month comes round again: 01-31 → 02-29 is one month.
        #expect(try span("2024-01-31", "2024-02-29") == Overdue(days: 29, months: 1))
        #expect(try span("2024-01-31", "2024-02-28") == Overdue(days: 28, months: 0))
    }

    @Test func aDateIsDueOnTheLastDayItCoversAndNothingIsOverdueOnThatDay() throws {
        // `2023年上半年` is due 06-30, `2023年第三季度` 09-30, `2023` 12-31, `2023年6月` 06-30.
        #expect(try span("2023年上半年", "2023-07-01")?.days == 1)
        #expect(try span("2023年第三季度", "2023-10-10")?.days == 10)
        #expect(try span("2023", "2023-12-31") == nil)
        #expect(try span("2023年6月", "2023-06-15") == nil)
        #expect(try span("2023年6月", "2023-07") == Overdue(days: 31, months: 1))
    }

    @Test func onlyATaskOrMilestoneNotDoneIsOverdueAndOnlyOnceAsOfIsPast() throws {
        let result = site(plan: planHeader + """
        # 一、任务
        ## （一）未完成
        - 牵头单位：规划处
        - 完成时限：2023年底

        - [ ] 2022年上半年 制定方案
        - [x] 2022年底 完成评估

        ## （二）已完成
        - 牵头单位：规划处
        - 完成时限：2022年底
        - 状态：已完成

        """)
        let tasks = try #require(result.plan?.tasks)
        let asOf = try PlanDate.parse("2024-03-31")
        #expect(tasks[0].overdue(asOf: asOf) == Overdue(days: 91, months: 3))
        #expect(tasks[0].milestones.map { $0.overdue(asOf: asOf) } == [Overdue(days: 640, months: 21), nil])
        #expect(tasks[1].overdue(asOf: asOf) == nil)
        #expect(tasks[0].overdue(asOf: nil) == nil)
    }
}
