import Foundation
import Testing
@testable import LantuModel

/// A plan's interim targets (`2022年目标`) set how far it meant to be by that year (SPEC §3).
@Suite struct InterimTargetTests {
    let plan = planHeader + """
    | 指标 | 2020年 | 2021年目标 | 2022年目标 | 目标（2023年） | 2025年 |
    |---|---|---|---|---|---|
    | 认定区数(个) | 0 | 4 | 10 | 16 | 16 |
    | 毛入园率(%) | 90 | | | | 95 |

    """

    func indicator(_ value: String, year: Int = 2022, row: Int = 0) throws -> Indicator {
        let result = site(plan: plan, extra: ["reports/r.md": "---\ndate: 2023-01-10\n---\n| 指标 | \(year)年 |\n|---|---|\n| p-\(row + 1) | \(value) |\n"])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        return try #require(result.plan?.indicators[row])
    }

    @Test func readsInterimTargetColumnsBetweenBaselineAndFinalYear() throws {
        let read = try indicator("5")
        #expect(read.interimTargets.map(\.year) == [2021, 2022, 2023])
        #expect(read.interimTargets.map(\.value.raw) == ["4", "10", "16"])
        #expect(read.measurements.map(\.year) == [2022])
    }

    @Test func theInterimTargetOfTheLatestYearSetsTheExpectedProgress() throws {
        // p = 5/16; linear e = 2/5 would call it behind, the plan's 10 by 2022 gives e = 10/16: off track.
        let progress = try #require(try indicator("5").progress)
        #expect(progress.expected == 0.625)
        #expect(progress.interimYear == 2022)
        #expect(progress.status == .offTrack)
    }

    @Test func theCutOffAgainstAnInterimTargetIsExact() throws {
        // p = 6/16 = 0.375 = 0.6 · 0.625: behind, not off track.
        #expect(try indicator("6").progress?.status == .behind)
    }

    @Test func aYearWithoutAnInterimTargetUsesTheLinearShare() throws {
        let progress = try #require(try indicator("93", row: 1).progress)
        #expect(progress.interimYear == nil)
        #expect(progress.expected == 0.4)
    }

    @Test func aTargetColumnOutsideThePeriodIsNotUnderstood() {
        let result = site(plan: planHeader + "| 指标 | 2020年 | 2027年目标 | 2025年 |\n|---|---|---|---|\n| 认定区数 | 0 | 4 | 16 |\n")
        #expect(result.diagnostics.map(\.message) == ["column '2027年目标' is not understood; its values are not read"])
    }
}
