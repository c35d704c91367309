import Testing
@testable import LantuModel

/// A task nobody reported on is unknown, not idle (SPEC §3): not-reported once it has started.
@Suite struct TaskReportingTests {
    let plan = planHeader + """
    # 一、已启动
    - 牵头单位：基础教育处
    # 二、后期启动
    - 牵头单位：基础教育处
    - 开始时间：2025年
    # 三、报告过
    - 牵头单位：基础教育处
    # 四、正文给出状态
    - 牵头单位：基础教育处
    - 状态：未开始

    """

    func statuses(asOf: String) throws -> [TaskStatus] {
        let result = site(plan: plan, extra: ["site.yml": "title: 测试站点\nas_of: \(asOf)\n",
                                              "reports/r.md": "---\ndate: 2022-01-10\n---\n| 任务 | 状态 |\n|---|---|\n| s3 | 进行中 |\n"])
        let content = try #require(result.content, "\(result.diagnostics)")
        return content.plans[0].tasks.map { $0.status(asOf: content.asOf) }
    }

    @Test func anUnreportedTaskThatHasStartedIsNotReported() throws {
        #expect(try statuses(asOf: "2024-06-30") == [.notReported, .notStarted, .inProgress, .notStarted])
    }

    @Test func aTaskIsNotReportedFromTheFirstDayOfItsStartYear() throws {
        #expect(try statuses(asOf: "2025-01-01") == [.notReported, .notReported, .inProgress, .notStarted])
    }

    @Test func readsTheLabelsOfNotReported() {
        #expect(["未报告", "未報告", "not reported", "not-reported"].map(TaskStatus.parse) == Array(repeating: .notReported, count: 4))
    }
}
