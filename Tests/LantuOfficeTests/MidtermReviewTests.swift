import LantuDiagnostics
import Foundation
import LantuModel
import Testing
@testable import LantuOffice

/// A report marked `type: 中期评估` exports with the evaluation a mid-term review carries:
/// every indicator against the value expected by then (序时), every task with its completion.
struct MidtermReviewTests {
    /// A plan whose four indicators cover the straight line, an interim target, a level to
    /// keep and a qualitative target, and a task overdue by the review's date.
    static let plan = """
    ---
    title: 测试规划
    period: 2021-2025
    ---
    # 一、主要指标

    | 指标 | 2020年 | 2023年目标 | 2025年 | 属性 |
    |---|---|---|---|---|
    | 在校生规模（人） | 8000 | | 10000 | 预期性 |
    | 专任教师数（人） | 500 | 560 | 600 | 预期性 |
    | 毕业生就业率（%） | 96 | | ≥95 | 约束性 |
    | 智慧教室覆盖 | 部分 | | 全覆盖 | 预期性 |

    # 二、重点任务

    ## （一）建设智慧校园

    - 牵头单位：信息中心
    - 完成时限：2023年底

    ## （二）完善评价制度

    - 牵头单位：发展规划处
    - 完成时限：2025年
    """

    static func review(type: String) -> String {
        """
        ---
        title: 规划实施中期评估报告
        date: 2024-03-31
        type: \(type)
        ---
        规划实施过半。

        | 指标 | 2023年 |
        |---|---|
        | 在校生规模 | 9200 |
        | 专任教师数 | 530 |
        | 毕业生就业率 | 97 |

        | 任务 | 状态 | 进度 |
        |---|---|---|
        | s2-1 | 进行中 | 60% |
        | s2-2 | 已完成 | |
        """
    }

    static func document(type: String) throws -> WordDocument {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lantu-midterm-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("plans"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("reports"), withIntermediateDirectories: true)
        try "title: 测试\n".write(to: folder.appendingPathComponent("site.yml"), atomically: true, encoding: .utf8)
        try plan.write(to: folder.appendingPathComponent("plans/test.md"), atomically: true, encoding: .utf8)
        try review(type: type).write(to: folder.appendingPathComponent("reports/review.md"), atomically: true, encoding: .utf8)
        let loaded = ContentLoader.load(directory: folder.path)
        let content = try #require(loaded.content, "\(loaded.diagnostics)")
        #expect(loaded.diagnostics.errors.isEmpty, "\(loaded.diagnostics.errors)")
        return ReportDocument.document(content.reports[0], content: content)
    }

    static func tables(_ document: WordDocument) -> [DocumentTable] {
        document.blocks.compactMap { block in
            if case .table(let table) = block { return table }
            return nil
        }
    }

    static func paragraphs(_ document: WordDocument) -> [String] {
        document.blocks.compactMap { block in
            if case .paragraph(let runs, _) = block { return runs.map(\.text).joined() }
            return nil
        }
    }

    @Test func theIndicatorTableGivesTheValueExpectedByNowBesideTheLatestAndTheTarget() throws {
        let document = try Self.document(type: "中期评估")
        let table = try #require(Self.tables(document).first { $0.header.contains { $0.hasPrefix("序时应达值") } })
        #expect(table.header == ["指标", "基期值（2020年）", "最新值（2023年）", "序时应达值", "目标值（2025年）", "状态"])
        #expect(table.rows == [
            // 8000 + (10000 − 8000) × 3/5: exactly on the line.
            ["在校生规模（人）", "8000", "9200", "9200", "10000", "进展顺利"],
            // The plan set 560 for 2023: 30 of the 60 expected by then is under 60 % of it.
            ["专任教师数（人）", "500", "530", "560（中期目标）", "600", "明显滞后"],
            // A level the baseline already meets is expected all along.
            ["毕业生就业率（%）", "96", "97", "≥95", "≥95", "已达成"],
            ["智慧教室覆盖", "部分", "—", "—", "全覆盖", "—"],
        ])
        #expect(Self.paragraphs(document).contains("截至2024年3月31日，规划的4项指标中已达成1项、进展顺利1项、明显滞后1项；另有1项为定性指标或缺少基期值、目标值，不计算状态。"))
        #expect(Self.paragraphs(document).contains { $0.hasPrefix("注：序时应达值是按时间进度") })
    }

    @Test func theTaskTableGivesEachTasksCompletion() throws {
        let document = try Self.document(type: "中期评估报告")
        let table = try #require(Self.tables(document).first { $0.header.contains("完成进度") })
        #expect(table.header == ["任务", "牵头单位", "完成时限", "状态", "完成进度"])
        #expect(table.rows == [
            ["（一）建设智慧校园", "信息中心", "2023年底", "进行中（已超期）", "60%"],
            ["（二）完善评价制度", "发展规划处", "2025年", "已完成", "100%"],
        ])
        #expect(Self.paragraphs(document).contains("截至2024年3月31日，规划的2项重点任务中进行中1项、已完成1项；其中1项已超过完成时限。"))
        let headings = document.blocks.compactMap { block -> String? in
            if case .heading(1, let text) = block { return text }
            return nil
        }
        #expect(headings == ["主要指标完成情况", "重点任务完成情况", "与上一份报告相比的状态变化"])
    }

    @Test func aYearlyReportCarriesNoEvaluation() throws {
        let document = try Self.document(type: "年度报告")
        #expect(!Self.tables(document).contains { $0.header.contains { $0.hasPrefix("序时应达值") } || $0.header.contains("完成进度") })
        #expect(!document.blocks.contains(.heading(level: 1, text: "主要指标完成情况")))
    }

    /// The example's review lists every indicator of its plan, each status in words.
    @Test func theExampleReviewEvaluatesEveryIndicator() throws {
        let review = try #require(Example.content.reports.first { $0.id == "midterm" })
        let document = ReportDocument.document(review, content: Example.content)
        let table = try #require(Self.tables(document).first { $0.header.contains { $0.hasPrefix("序时应达值") } })
        let plan = try #require(Example.content.plans.first { $0.id == review.planID })
        #expect(table.rows.count == plan.indicators.count)
        let words = Set(IndicatorStatus.allCases.map(\.label) + ["—"])
        #expect(table.rows.allSatisfy { words.contains($0[5]) })
    }
}
