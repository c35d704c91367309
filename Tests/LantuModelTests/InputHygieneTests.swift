import Foundation
import LantuDiagnostics
import Testing
@testable import LantuModel

/// Inputs that used to get through without a word: each is now a located diagnostic, and the
/// valid inputs next to them still load.
@Suite struct InputHygieneTests {
    @Test func reportValuesCannotAttachToAnIndicatorWhoseIdIsTaken() {
        let table = "| 编号 | 指标 | 2020年 | 2025年 |\n|---|---|---|---|\n| p-2 | 甲 | 1 | 2 |\n|  | 乙 | 1 | 2 |\n"
        let result = site(plan: planHeader + table)
        #expect(result.errors.map(\.line) == [
            "content/plans/p.md:8:1: error: two indicators of this plan have the id 'p-2'",
        ])
        let distinct = site(plan: planHeader + table.replacingOccurrences(of: "| p-2 |", with: "| edu-1 |"))
        #expect(distinct.errors.isEmpty)
        #expect(distinct.plan?.indicators.map(\.id) == ["edu-1", "p-2"])
    }

    @Test func parentCyclesAreReportedOnceEachFromTheirSmallestId() {
        func plan(_ id: String, parent: String?) -> Plan {
            Plan(id: id, title: id, firstYear: 2021, lastYear: 2025, baselineYear: 2020, issuer: nil, issued: nil,
                 parent: parent, status: nil, intro: [], sections: [], indicators: [], source: SourceLocation(file: id))
        }
        let plans = [plan("c", parent: "a"), plan("a", parent: "b"), plan("b", parent: "c"), plan("d", parent: "a"),
                     plan("x", parent: "y"), plan("y", parent: "x"), plan("top", parent: nil), plan("own", parent: "own")]
        #expect(Plan.parentCycles(plans) == [["a", "b", "c"], ["x", "y"]])
        let result = load(["site.yml": "title: t\n",
                           "plans/a.md": "---\nperiod: 2021-2025\nparent: b\n---\n",
                           "plans/b.md": "---\nperiod: 2021-2025\nparent: a\n---\n"])
        #expect(result.errors.map(\.line) == [
            "content/plans/a.md:3:9: error: the plans' `parent:` fields go round in a circle: a → b → a",
        ])
    }

    @Test func aReportIsDatedFromThePeriodsFirstYearToTheYearAfterItsLast() {
        func errors(_ date: String) -> [String] {
            site(plan: planHeader, extra: ["reports/r.md": "---\ntitle: 报告\ndate: \(date)\n---\n"]).errors.map(\.message)
        }
        #expect(errors("2021-03-01").isEmpty)
        #expect(errors("2026-01-20").isEmpty)
        #expect(errors("2027-01-20") == ["the report is dated 2027-01-20, outside the plan period 2021–2025"])
        #expect(errors("2020年底") == ["the report is dated 2020年底, outside the plan period 2021–2025"])
    }

}

private extension Diagnostic {
    /// The first line the command prints for it.
    var line: String { "\(location): \(severity.rawValue): \(message)" }
}
