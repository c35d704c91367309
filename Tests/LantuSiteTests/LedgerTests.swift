import Foundation
import Testing

/// What the cross-linked pages promise: ledgers list exactly their tasks, reports show what
/// changed, and an English site speaks English.
@Suite struct LedgerTests {
    func built(_ content: String) -> (URL, () -> Void) {
        let output = temporaryFolder()
        build(content, into: output)
        return (output, { try? FileManager.default.removeItem(at: output) })
    }

    func text(_ root: URL, _ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    func links(_ html: String, pattern: String) -> Set<String> {
        let regex = try! NSRegularExpression(pattern: pattern)
        return Set(regex.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap {
            Range($0.range(at: 1), in: html).map { String(html[$0]) }
        })
    }

    @Test(arguments: [Paths.exampleContent, Paths.fixture("english")])
    func eachUnitPageListsExactlyTheTasksItLeadsOrSupports(content: String) throws {
        let (site, cleanup) = built(content)
        defer { cleanup() }
        let json = try JSONValue.read(site.appendingPathComponent("data/site.json"))
        guard case .array(let plans)? = json["plans"], case .array(let units)? = json["units"] else {
            Issue.record("site.json has no plans or units")
            return
        }
        var checked = 0
        for case .string(let unit)? in units.map({ $0["id"] }) {
            var expected: Set<String> = []
            for plan in plans {
                guard case .string(let planID)? = plan["id"], case .array(let tasks)? = plan["tasks"] else { continue }
                for task in tasks {
                    guard case .string(let anchor)? = task["anchor"], case .array(let lead)? = task["lead"],
                          case .array(let partners)? = task["partners"] else { continue }
                    let ids = (lead + partners).compactMap { if case .string(let id) = $0 { id } else { nil } }
                    if ids.contains(unit) { expected.insert("\(planID)#\(anchor)") }
                }
            }
            let page = try text(site, "units/\(unit)/index.html")
            let listed = links(page, pattern: #"<th scope="row"><a href="\.\./\.\./plans/([a-z0-9-]+/index\.html#[a-z0-9-]+)">"#)
                .map { $0.replacingOccurrences(of: "/index.html", with: "") }
            #expect(Set(listed) == expected, "units/\(unit)")
            checked += 1
        }
        #expect(checked > 2)
    }

    @Test func reportsShowTheChangeSinceThePreviousMeasurementAndStatus() throws {
        let (site, cleanup) = built(Paths.exampleContent)
        defer { cleanup() }
        let report = try text(site, "reports/2023.html")
        // A change says in words which way is good, in percentage points for a % indicator,
        // and the row shows the target and the status as of the report.
        #expect(report.contains(#"<td class="num" data-label="数值">92.8</td><td class="num" data-label="上次数值">92.6 (2022)</td><td class="num" data-label="变化"><span class="change better">↑ +0.2个百分点（朝目标）</span></td><td class="num" data-label="目标">93</td><td data-label="状态"><span class="badge status-on-track">进展顺利</span></td>"#))
        #expect(report.contains(#"<td class="num" data-label="数值">440万</td><td class="num" data-label="上次数值">405万 (2022)</td><td class="num" data-label="变化"><span class="change better">↑ +35万（朝目标）</span></td><td class="num" data-label="目标">500万</td>"#))
        // 近视率 rising is away from its target of 48.5: not green.
        #expect(report.contains(#"<td class="num" data-label="数值">54.1</td><td class="num" data-label="上次数值">53.9 (2022)</td><td class="num" data-label="变化"><span class="change worse">↑ +0.2个百分点（背离目标）</span></td><td class="num" data-label="目标">48.5</td><td data-label="状态"><span class="badge status-regressing">逆向变化</span></td>"#))
        // The first report is compared with the baseline.
        let first = try text(site, "reports/2021.html")
        #expect(first.contains(#"<td class="num" data-label="数值">92.5</td><td class="num" data-label="上次数值">92.3 (2020 基期)</td><td class="num" data-label="变化"><span class="change better">↑ +0.2个百分点（朝目标）</span></td>"#))
        let indicatorPage = try text(site, "plans/tj-edu/indicators/tj-edu-16.html")
        #expect(indicatorPage.contains(#"<span class="change worse">↑ +0.2个百分点（背离目标）</span>"#))
        let changes = report.components(separatedBy: "id=\"status-changes\"").last ?? ""
        #expect(changes.contains(#"服务市民终身学习人次</a></th><td><span class="badge status-behind">略有滞后</span></td><td><span class="badge status-on-track">进展顺利</span>"#))
        #expect(changes.contains(#"义务教育巩固率</a></th><td><span class="badge status-no-data">暂无数据</span></td><td><span class="badge status-achieved">已达成</span> ★"#))
        let midterm = try text(site, "reports/midterm.html")
        #expect(midterm.contains("id=\"evaluation\""))
        #expect(midterm.contains(#"<span class="badge status-delayed">滞后</span>"#))
    }

    @Test func tasksNoSourceReportedOnAreShownAsNotReportedNotAsNotStarted() throws {
        let (site, cleanup) = built(Paths.exampleContent)
        defer { cleanup() }
        let home = try text(site, "index.html")
        #expect(home.contains("<title>任务进展: 已完成 1, 进行中 3, 滞后 1, 未报告 40</title>"))
        #expect(home.contains("<span class=\"badge status-not-reported\">未报告</span> 40"))
        #expect(!home.contains("未开始"))
        let ledger = try text(site, "plans/tj-edu/tasks.html")
        #expect(ledger.contains("<h3 id=\"state-not-reported\">未报告 <span class=\"muted small\">40</span></h3>"))
        let json = try JSONValue.read(site.appendingPathComponent("data/site.json"))
        guard case .array(let plans)? = json["plans"], case .array(let tasks)? = plans.first?["tasks"] else {
            Issue.record("site.json has no tasks")
            return
        }
        let statuses = tasks.compactMap { task -> String? in if case .string(let status)? = task["status"] { status } else { nil } }
        #expect(statuses.count == tasks.count)
        #expect(statuses.filter { $0 == "not-reported" }.count == 40)
    }

    @Test func milestonesShowTheirDateAsWrittenReportsMarkThemDoneAndOverdueOnesAreFlagged() throws {
        let (site, cleanup) = built(Paths.exampleContent)
        defer { cleanup() }
        let ledger = try text(site, "plans/tjutc/tasks.html")
        #expect(ledger.contains("<span class=\"milestone overdue\">☐ <span class=\"date\">2023年底</span> 建成特色思政教育品牌 <span class=\"badge status-overdue\">已逾期</span></span>"))
        #expect(ledger.contains("☐ <span class=\"date\">2024年上半年</span> 完成博士学位授权申报材料</span>"))
        let roadmap = try text(site, "roadmap.html")
        #expect(roadmap.contains("<path class=\"milestone overdue\""))
        #expect(roadmap.contains("<title>2023年底 建成特色思政教育品牌 (已逾期)</title>"))
        let json = try String(contentsOf: site.appendingPathComponent("data/site.json"), encoding: .utf8)
        #expect(json.contains(#"{"date":"2023-12-31","date_text":"2023年底","done":false,"overdue":true,"text":"建成特色思政教育品牌"}"#))
        #expect(json.contains(#"{"date":"2023-12-31","date_text":"2023年底","done":true,"overdue":false,"report":"2023","text":"完成中小学C级校舍提升改造"}"#))
    }

    @Test func anEnglishSiteSpeaksEnglish() throws {
        let (site, cleanup) = built(Paths.fixture("english"))
        defer { cleanup() }
        let plan = try text(site, "plans/strategy/index.html")
        #expect(plan.contains("<html lang=\"en\">"))
        #expect(plan.contains(">Binding indicators needing attention<"))
        #expect(plan.contains("2021-03-15"))
        #expect(plan.contains("id=\"s2-1\""))
        let tasks = try text(site, "plans/strategy/tasks.html")
        #expect(tasks.contains(">By lead unit<"))
        #expect(tasks.contains(#"<span class="badge status-overdue">Overdue</span>"#))
        let indicator = try text(site, "plans/strategy/indicators/strategy-2.html")
        #expect(indicator.contains("16,800,000"))
        #expect(try text(site, "methodology.html").contains("growth ratio") == false)
    }
}
