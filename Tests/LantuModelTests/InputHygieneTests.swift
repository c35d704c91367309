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

}

private extension Diagnostic {
    /// The first line the command prints for it.
    var line: String { "\(location): \(severity.rawValue): \(message)" }
}
