import Foundation
import Testing
@testable import LantuModel

/// Values typed the way offices type them are read, and said so; nothing is dropped unsaid.
@Suite struct CellValueTests {
    let plan = planHeader + """
    | 指标 | 2020年 | 2025年 |
    |---|---|---|
    | 毛入园率(%) | 92。3 | 95 |
    | 变化率(%) | −1.5 | ＋2 |
    | 覆盖率(%) | 5\u{200B}0 | 92,6 |

    """

    @Test func readsTypoLikeNumbersWithAWarningSayingWhatChanged() throws {
        let result = site(plan: plan)
        let indicators = try #require(result.plan?.indicators)
        #expect(indicators.map { $0.baseline?.number } == [92.3, -1.5, 50])
        #expect(indicators.map { $0.baseline?.raw } == ["92.3", "-1.5", "50"])
        #expect(printed(result) == """
        content/plans/p.md:7:1: warning: '92。3' is read as the number 92.3: '。' between digits read as a decimal point [number-retyped]
            hint: retype it as 92.3 so that other programs read it too
        content/plans/p.md:8:1: warning: '−1.5' is read as the number -1.5: the minus sign '−' (U+2212) read as '-' [number-retyped]
            hint: retype it as -1.5 so that other programs read it too
        content/plans/p.md:9:1: warning: '5\u{200B}0' is read as the number 50: an invisible zero-width character (U+200B) removed [number-retyped]
            hint: retype it as 50 so that other programs read it too
        content/plans/p.md:9:1: warning: '92,6' looks like a number but is not one; kept as text, so it has no status and no chart [not-a-number]
            hint: write numbers as 92.6, 4,500, 350万 or >99
        """)
        #expect(indicators[1].target?.number == 2)
        #expect(indicators[2].target?.number == nil)
    }

    @Test func aPlanRowWithValuesButNoNameIsAnError() {
        let result = site(plan: planHeader + "| 指标 | 2020年 | 2025年 |\n|---|---|---|\n| 毛入园率(%) | 90 | 95 |\n| | 80 | 85 |\n")
        #expect(printed(result) == """
        content/plans/p.md:8:1: error: this row has values but its indicator cell is empty [values-without-name]
            hint: write the indicator's name or id in the row; a row with only its first cell filled is a category row
        """)
    }

    @Test func aReportRowWithValuesButNoNameIsAnError() {
        let result = site(plan: planHeader + "| 指标 | 2020年 | 2025年 |\n|---|---|---|\n| 毛入园率(%) | 90 | 95 |\n",
                          extra: ["reports/r.md": "---\ndate: 2024-01-10\n---\n| 指标 | 2023年 |\n|---|---|\n| | 93 |\n"])
        #expect(printed(result) == """
        content/reports/r.md:6:1: error: this row has values but its indicator cell is empty [values-without-name]
            hint: write the indicator's name or id in the row; a row with only its first cell filled is a category row
        """)
    }

    @Test func readsAReportValueWithATypoAsItsNumber() throws {
        let result = site(plan: planHeader + "| 指标 | 2020年 | 2025年 |\n|---|---|---|\n| 毛入园率(%) | 90 | 95 |\n",
                          extra: ["reports/r.md": "---\ndate: 2024-01-10\n---\n| 指标 | 2023年 |\n|---|---|\n| 毛入园率 | 92。6 |\n"])
        #expect(try #require(result.plan?.indicators.first).measurements.map(\.value.number) == [92.6])
        #expect(result.diagnostics.map(\.message) == ["'92。6' is read as the number 92.6: '。' between digits read as a decimal point"])
    }
}
