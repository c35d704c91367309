import LantuDiagnostics
import Foundation
import LantuModel
import Testing
@testable import LantuSite

/// The supervision office's lists (督办): each unit's overdue, unreported and lagging items with
/// how late they are as of the site's date, the unit's part in each, and every unit on one page
/// with the longest overdue first.
@Suite struct SupervisionTests {
    func context(_ folder: String, _ language: SiteLanguage? = nil) throws -> (SiteContext, Content) {
        let content = try #require(ContentLoader.load(directory: folder).content)
        let theme = try #require(Theme.load(overlay: Paths.templates, language: language ?? content.site.language).theme)
        return (SiteContext(content: content, theme: theme), content)
    }

    func unit(_ content: Content, _ name: String) throws -> OrgUnit {
        try #require(content.units.first { $0.name == name })
    }

    /// A list's rows as `title | role | date | gap | status`, the words a reader sees.
    func rows(_ view: SupervisionListsView, _ code: String) -> [String] {
        (view.lists.first { $0.code == code }?.rows ?? []).map {
            [$0.title, $0.roleLabel, $0.date, $0.gap, $0.statusLabel ?? "", $0.staleLabel ?? ""].joined(separator: " | ")
        }
    }

    @Test func eachUnitGetsItsItemsOfEveryKindWithHowLateAndItsPart() throws {
        // The golden fixture, as of its report's date 2024-01-15: 人才培养 (教务处 leads, 学生处 and
        // 规划处 support) was due 2023年底, as was one of its milestones; 在校生 is behind; 生师比
        // lacks 2023; 师资队伍 (人事处) has started and no report mentions it.
        let (context, content) = try context(Paths.fixture("golden"))
        let lead = context.unitSupervisionView(try unit(content, "教务处")).items
        #expect(rows(lead, "overdue-task") == ["（一）人才培养 | 牵头 | 2023年底 | 15天 | 已逾期 | "])
        #expect(rows(lead, "overdue-milestone") == ["建成一流专业5个 | 牵头 | 2023年底 | 15天 | 已逾期 | "])
        #expect(rows(lead, "lagging-indicator") == ["在校生 | 负责 | 2023年 | 55% / 60% | 略有滞后 | "])
        #expect(rows(lead, "unreported-task").isEmpty && rows(lead, "missing-data").isEmpty)
        #expect(lead.total == 3 && lead.counts.map(\.count) == [1, 1, 0, 1, 0])
        #expect(lead.counts.map(\.href) == ["#overdue-task", "#overdue-milestone", nil, "#lagging-indicator", nil])

        let partner = context.unitSupervisionView(try unit(content, "学生处")).items
        #expect(rows(partner, "overdue-task") == ["（一）人才培养 | 配合 | 2023年底 | 15天 | 已逾期 | "])

        let staff = context.unitSupervisionView(try unit(content, "人事处"))
        #expect(rows(staff.items, "unreported-task") == ["（二）师资队伍 | 牵头 | 2025年 | 从未报告进展 | 未报告 | "])
        #expect(rows(staff.items, "missing-data") == ["生师比 | 负责 | 2023年 | 2022年 | 进展顺利 | 数据未更新"])
        #expect(staff.sentence == "本单位共有督办事项2项。")
    }

    @Test func theSitePageSortsUnitsByTheLongestOverdueAndCountsEachKind() throws {
        let (context, content) = try context(Paths.exampleContent)
        let site = context.supervisionSiteView()
        // 党委宣传部 leads and two units support the one overdue milestone (2023年底, 91 days to 2024-03-31).
        #expect(site.units.prefix(3).map(\.name) == ["党委宣传部", "马克思主义学院", "学生工作部"])
        #expect(site.units.prefix(3).allSatisfy { $0.mostOverdue == "91天（3个月）" })
        #expect(site.units.dropFirst(3).allSatisfy { $0.mostOverdue == nil })
        // After the overdue, the most items first.
        let totals = site.units.dropFirst(3).map(\.items.total)
        #expect(totals == totals.sorted(by: >))
        for group in site.units {
            #expect(group.counts.map(\.count) == group.items.counts.map(\.count))
            #expect(group.items.lists.map(\.rows.count) == group.counts.map(\.count).filter { $0 > 0 }, "\(group.name)")
            #expect(group.counts.compactMap(\.href).allSatisfy { $0.hasPrefix("#u-") })
        }
        // Every unit is either listed with its items or named as having none, once.
        let named = site.units.map(\.name) + site.clear.map(\.name)
        #expect(named.sorted() == content.units.map(\.name).sorted())
        #expect(site.sentence == "\(site.units.count)个单位共有督办事项\(site.units.map(\.items.total).reduce(0, +))项，按最长逾期时间排列。")
        // A unit's page and its group on the site page list the same items.
        let unit = try unit(content, "市教委基础教育处")
        let page = context.unitSupervisionView(unit).items
        let group = try #require(site.units.first { $0.name == unit.name }).items
        #expect(page.lists.map { $0.rows.map(\.title) } == group.lists.map { $0.rows.map(\.title) })
        #expect(rows(page, "lagging-indicator") == ["义务教育优质均衡区比例 | 牵头相关任务 | 2023年 | 25% / 60% | 明显滞后 | ",
                                                   "义务教育学区化办学比例 | 牵头相关任务 | 2023年 | 50% / 60% | 略有滞后 | "])
    }

    @Test func aTaskTheLatestReportLeavesOutIsListedWithItsLastReport() throws {
        let (context, content) = try context(Paths.exampleContent)
        let page = context.unitSupervisionView(try unit(content, "市教委基础教育处")).items
        // 2.促进义务教育优质均衡发展 was last reported in the 2023 report, not in the mid-term review of 2024-03-31.
        let row = try #require(page.lists.first { $0.code == "unreported-task" }?.rows.first { $0.title == "2.促进义务教育优质均衡发展" })
        #expect(row.gap == "2024年1月17日《2023年度规划实施进展报告》" && row.gapHref == "../../reports/2023.html")
        #expect(row.statusLabel == "进行中")
        // A task the mid-term review reports is not listed.
        #expect(!page.lists.flatMap(\.rows).contains { $0.title == "1.推进学前教育普及普惠安全优质发展" })
    }

    @Test(arguments: [(SiteLanguage.traditionalChinese, "15天", "牽頭", "本單位共有督辦事項3項。"),
                      (.english, "15 days", "Lead", "This unit has 3 items to follow up.")])
    func speaksTheSitesLanguage(language: SiteLanguage, days: String, role: String, sentence: String) throws {
        let (context, content) = try context(Paths.fixture("golden"), language)
        let view = context.unitSupervisionView(try unit(content, "教务处"))
        let task = try #require(view.items.lists.first?.rows.first)
        #expect(task.gap == days && task.roleLabel == role && view.sentence == sentence)
    }

    @Test func thePagesAreLinkedAndPrintEachUnitOnItsOwnPage() throws {
        let output = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        build(Paths.fixture("golden"), into: output)
        func page(_ path: String) throws -> String { try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8) }
        let site = try page("supervision.html")
        #expect(site.contains(#"<section class="supervision-unit" aria-labelledby="u-jiao-wu-chu">"#))
        #expect(site.contains(#"<a href="units/jiao-wu-chu/supervision.html">本单位督办清单（可打印）</a>"#))
        #expect(site.contains(#"<td class="gap" data-label="已逾期">15天</td>"#))
        let ledger = try page("units/jiao-wu-chu/index.html")
        #expect(ledger.contains(#"<a href="../../units/jiao-wu-chu/supervision.html">本单位督办清单（可打印）</a>"#))
        #expect(ledger.contains(#"<h3 id="supervision-overdue-task">逾期任务"#))
        for path in ["index.html", "units/index.html", "units/jiao-wu-chu/supervision.html"] {
            #expect(try page(path).contains("supervision.html\""), "\(path) links to the supervision list")
        }
        let css = try page("assets/lantu.css")
        #expect(css.contains(".supervision-unit { break-before: page; }") && css.contains(".supervision tr { break-inside: avoid; }"))
    }
}
