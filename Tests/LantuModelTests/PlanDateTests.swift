import Foundation
import Testing
@testable import LantuModel

@Suite struct PlanDateTests {
    @Test(arguments: [
        ("2025", PlanDate(year: 2025)),
        ("2025-12", PlanDate(year: 2025, month: 12)),
        ("2025-12-31", PlanDate(year: 2025, month: 12, day: 31)),
        ("2025年", PlanDate(year: 2025)),
        ("2025年12月", PlanDate(year: 2025, month: 12)),
        ("2025年12月31日", PlanDate(year: 2025, month: 12, day: 31)),
        ("2025年底", PlanDate(year: 2025, month: 12, day: 31, period: .yearEnd)),
        ("2025年上半年", PlanDate(year: 2025, month: 6, day: 30, period: .firstHalf)),
        ("2025年下半年", PlanDate(year: 2025, month: 12, day: 31, period: .secondHalf)),
        ("2025年年底", PlanDate(year: 2025, month: 12, day: 31, period: .yearEnd)),
        ("2025年末", PlanDate(year: 2025, month: 12, day: 31, period: .yearEnd)),
        ("2025.12", PlanDate(year: 2025, month: 12)),
        ("2025.6.30", PlanDate(year: 2025, month: 6, day: 30)),
        ("2025年第四季度", PlanDate(year: 2025, month: 12, day: 31, period: .quarter(4))),
        ("2025年四季度", PlanDate(year: 2025, month: 12, day: 31, period: .quarter(4))),
        ("2025年第1季度", PlanDate(year: 2025, month: 3, day: 31, period: .quarter(1))),
        ("2025年6月底", PlanDate(year: 2025, month: 6, day: 30, period: .monthEnd)),
        ("2024年2月末", PlanDate(year: 2024, month: 2, day: 29, period: .monthEnd)),
        ("２０２４年６月", PlanDate(year: 2024, month: 6)),
        ("2024-02-29", PlanDate(year: 2024, month: 2, day: 29)),
    ])
    func readsEveryWrittenForm(text: String, expected: PlanDate) throws {
        #expect(try PlanDate.parse(text) == expected)
    }

    @Test(arguments: ["2025年13月", "2025-02-30", "2023-02-29", "2025-00", "2025年4月31日"])
    func rejectsImpossibleDates(text: String) {
        #expect(throws: PlanDate.ParseError.impossible) { try PlanDate.parse(text) }
    }

    @Test(arguments: ["明年", "25年", "2025/12", "2025年12月份以后", ""])
    func rejectsTextThatIsNoDate(text: String) {
        #expect(throws: PlanDate.ParseError.notADate) { try PlanDate.parse(text) }
    }

    @Test func aYearIsDueAtItsLastDay() {
        #expect(PlanDate(year: 2025).lastDay == (2025, 12, 31))
        #expect(PlanDate(year: 2024, month: 2).lastDay == (2024, 2, 29))
    }

    @Test func readsTheDateAtTheStartOfAMilestone() throws {
        let (date, rest) = try PlanDate.parsePrefix("2021-06 制定实施方案")
        #expect(date == PlanDate(year: 2021, month: 6))
        #expect(rest.trimmingCharacters(in: .whitespaces) == "制定实施方案")
        let (end, label) = try PlanDate.parsePrefix("2025年底建成智慧教室200间")
        #expect(end == PlanDate(year: 2025, month: 12, day: 31, period: .yearEnd))
        #expect(label == "建成智慧教室200间")
    }
}
