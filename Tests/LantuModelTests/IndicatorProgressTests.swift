import Foundation
import Testing
@testable import LantuModel

private func status(_ baseline: String, _ target: String, _ measured: [(Int, String)], baselineYear: Int = 2020, targetYear: Int = 2025) -> IndicatorStatus? {
    IndicatorProgress.evaluate(
        baseline: IndicatorValue.parse(baseline), baselineYear: baselineYear,
        target: IndicatorValue.parse(target), targetYear: targetYear,
        measurements: measured.map { ($0.0, Decimal(string: $0.1)!) }
    )?.status
}

@Suite struct IndicatorProgressTests {
    @Test func boundariesAreExact() {
        // e = 3/5 = 0.6; 0.95·e = 0.57 exactly: p = 0.57 is on track, a hair less is behind.
        #expect(status("0", "100", [(2023, "57")]) == .onTrack)
        #expect(status("0", "100", [(2023, "56.999")]) == .behind)
        // 0.6·e = 0.36
        #expect(status("0", "100", [(2023, "36")]) == .behind)
        #expect(status("0", "100", [(2023, "35.99")]) == .offTrack)
        #expect(status("0", "100", [(2023, "0")]) == .offTrack)
        #expect(status("0", "100", [(2023, "-0.01")]) == .regressing)
        // Decimal inputs that binary floating point cannot hold: 0.1 steps.
        #expect(status("0.1", "0.2", [(2023, "0.157")]) == .onTrack)
        #expect(status("0.1", "0.2", [(2023, "0.1569")]) == .behind)
    }

    @Test func decreasingTargetsCountProgressDownwards() {
        #expect(status("53.5", "48.5", [(2023, "50.5")]) == .onTrack)
        #expect(status("53.5", "48.5", [(2023, "54.1")]) == .regressing)
        #expect(status("53.5", "48.5", [(2024, "48.5")]) == .achieved)
    }

    @Test func comparatorsDecideWhatMeets() {
        #expect(status("99", ">99", [(2023, "99")]) == .notMet)
        #expect(status("99", ">99", [(2023, "99.2")]) == .achieved)
        #expect(status("99", "≥99", [(2023, "99")]) == .achieved)
        #expect(status("60", "<50", [(2023, "50")]) == .onTrack)
        #expect(status("60", "<50", [(2023, "49.9")]) == .achieved)
        #expect(status("60", "≤50", [(2023, "50")]) == .achieved)
    }

    @Test func baselinesThatAlreadyMeetTheTargetAreMaintainType() {
        let progress = IndicatorProgress.evaluate(
            baseline: IndicatorValue.parse("80"), baselineYear: 2020, target: IndicatorValue.parse(">70"),
            targetYear: 2025, measurements: [(2023, 65)]
        )
        #expect(progress?.isMaintainType == true)
        #expect(progress?.status == .notMet)
        #expect(progress?.progress == nil)
        #expect(status("4500", "4500", [(2023, "4500")]) == .achieved)
        #expect(status("4500", "4500", [(2023, "4400")]) == .notMet)
    }

    @Test func usesTheLatestMeasurementAfterTheBaselineYear() {
        #expect(status("0", "100", []) == .noData)
        #expect(status("0", "100", [(2020, "50")]) == .noData)
        #expect(status("0", "100", [(2021, "90"), (2023, "10")]) == .offTrack)
    }

    @Test func expectedShareStopsAtOneAfterTheTargetYear() {
        let progress = IndicatorProgress.evaluate(
            baseline: IndicatorValue.parse("0"), baselineYear: 2020, target: IndicatorValue.parse("100"),
            targetYear: 2025, measurements: [(2027, 96)]
        )
        #expect(progress?.expected == 1)
        #expect(progress?.status == .onTrack)
    }

    @Test func textValuesHaveNoStatus() {
        #expect(status("部分覆盖", "全覆盖", [(2023, "1")]) == nil)
        #expect(status("", "100", [(2023, "1")]) == nil)
    }
}

@Suite struct GrowthRatioTests {
    private func cagr(_ baseline: String, _ target: String, _ measured: [(Int, String)]) -> IndicatorProgress? {
        IndicatorProgress.evaluate(
            baseline: IndicatorValue.parse(baseline), baselineYear: 2020,
            target: IndicatorValue.parse(target), targetYear: 2025,
            measurements: measured.map { ($0.0, Decimal(string: $0.1)!) }, method: .cagr
        )
    }

    @Test func comparesObservedWithRequiredAnnualGrowth() throws {
        // Required: 100 → 161.051 in 5 years is 10 % a year; observed 10 % a year for 3 years.
        let onTrack = try #require(cagr("100", "161.051", [(2023, "133.1")]))
        #expect(onTrack.method == .cagr)
        #expect(onTrack.status == .onTrack)
        #expect(abs(onTrack.growthRates!.required - 0.1) < 1e-9)
        #expect(abs(onTrack.progress!.doubleValue - 1) < 1e-6)
        #expect(onTrack.expected == 1)
        #expect(cagr("100", "161.051", [(2023, "121")])?.status == .behind)
        #expect(cagr("100", "161.051", [(2023, "105")])?.status == .offTrack)
        #expect(cagr("100", "161.051", [(2023, "95")])?.status == .regressing)
        #expect(cagr("100", "161.051", [(2024, "170")])?.status == .achieved)
    }

    @Test func worksForFallingTargetsAndReplacesZeros() {
        #expect(cagr("53.5", "48.5", [(2023, "50.4")])?.status == .onTrack)
        #expect(cagr("0", "100", [(2023, "50")])?.status == .onTrack)
    }

    @Test func fallsBackToTheLinearRuleWhereGrowthIsUndefined() {
        #expect(cagr("-5", "5", [(2023, "1")])?.method == .linear)
        #expect(cagr("99", ">99", [(2023, "99")])?.status == .notMet)
        #expect(cagr("100", "200", [])?.status == .noData)
    }

    @Test func readsStatusLabelsInEveryLanguage() {
        for text in ["略有滞后", "略有滯後", "behind", "Behind", "BEHIND"] { #expect(IndicatorStatus.parse(text) == .behind, "\(text)") }
        for text in ["on-track", "On track", "进展顺利", "進展順利"] { #expect(IndicatorStatus.parse(text) == .onTrack, "\(text)") }
        #expect(IndicatorStatus.parse("不错") == nil)
    }
}
