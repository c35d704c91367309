import Foundation
import Testing
@testable import LantuModel

private func number(_ text: String) -> Decimal? { IndicatorValue.parse(text)?.number }
private func comparator(_ text: String) -> TargetComparator? { IndicatorValue.parse(text)?.comparator }

@Suite struct IndicatorValueTests {
    @Test func readsPlainNumbersAndGrouping() {
        #expect(number("92.3") == Decimal(string: "92.3"))
        #expect(number("4,500") == 4500)
        #expect(number("1,234,567.5") == Decimal(string: "1234567.5"))
        #expect(number("-1.5") == Decimal(string: "-1.5"))
        #expect(number("12.03") == Decimal(string: "12.03"))
    }

    @Test func multipliesOutChineseMagnitudes() {
        #expect(number("350万") == 3_500_000)
        #expect(number("1.2亿") == 120_000_000)
        #expect(number("8,000万") == 80_000_000)
        #expect(number("5千") == 5_000)
        #expect(number("350萬") == 3_500_000)
    }

    @Test func readsComparatorsInEverySpelling() {
        for text in [">99", "＞99", "＞９９"] { #expect(comparator(text) == .greater, "\(text)") }
        for text in ["≥99", ">=99", "不低于99", "99以上", "99%以上"] { #expect(comparator(text) == .greaterOrEqual, "\(text)") }
        for text in ["<48.5"] { #expect(comparator(text) == .less, "\(text)") }
        for text in ["≤48.5", "<=48.5", "不高于48.5", "控制在48.5以内", "控制在48.5%以内"] { #expect(comparator(text) == .lessOrEqual, "\(text)") }
        #expect(number("控制在48.5以内") == Decimal(string: "48.5"))
        #expect(number("不低于99") == 99)
        #expect(comparator("93") == nil)
    }

    @Test func dropsPercentSigns() {
        #expect(number("92.3%") == Decimal(string: "92.3"))
        #expect(number("92.3％") == Decimal(string: "92.3"))
    }

    @Test(arguments: ["", " ", "—", "-", "/", "——"])
    func readsEmptyMarksAsNoValue(text: String) {
        #expect(IndicatorValue.parse(text) == nil)
    }

    @Test(arguments: ["全覆盖", "显著提升", "1,23", "12.", "4500人以上左右", "v1.2"])
    func keepsAnythingElseAsText(text: String) {
        let value = IndicatorValue.parse(text)
        #expect(value?.kind == .text(text))
        #expect(value?.number == nil)
    }
}
