import LantuDiagnostics
import LantuModel
import Testing
@testable import LantuSite

/// The brief's sentences, read by a leader in place of the plan's tables, say exactly what the
/// data says, in each of the site's languages.
@Suite struct BriefTests {
    func context(_ language: SiteLanguage) throws -> (SiteContext, Content) {
        let content = try #require(ContentLoader.load(directory: Paths.exampleContent).content)
        let theme = try #require(Theme.load(overlay: Paths.templates, language: language).theme)
        return (SiteContext(content: content, theme: theme), content)
    }

    static let sentences: [(SiteLanguage, [String: [String]])] = [
        (.simplifiedChinese, [
            "tj-edu": ["规划期为2021—2025年，截至2024年3月31日，时间已过65%。",
                       "21项指标中，8项已达成，6项达到序时进度，3项略有滞后，2项明显滞后，1项逆向变化，1项暂无数据。",
                       "2项约束性指标中，1项需要关注。",
                       "45项重点任务中，1项已完成，3项按期推进，1项滞后，40项未报告进展。",
                       "12个里程碑中，6个已完成，6个未到期。"],
            "tjutc": ["规划期为2021—2025年，截至2024年3月31日，时间已过65%。",
                      "8项指标中，3项达到序时进度，5项暂无数据。",
                      "2项约束性指标中，没有略有滞后、明显滞后、逆向变化或未达标的。",
                      "2项约束性指标暂无数据，无法判断进度。",
                      "6项重点任务中，3项按期推进，3项未报告进展。",
                      "6个里程碑中，3个已完成，1个已逾期，2个未到期。"],
        ]),
        (.traditionalChinese, [
            "tj-edu": ["規劃期為2021—2025年，截至2024年3月31日，時間已過65%。",
                       "21項指標中，8項已達成，6項達到序時進度，3項略有滯後，2項明顯滯後，1項逆向變化，1項暫無數據。",
                       "2項約束性指標中，1項需要關注。",
                       "45項重點任務中，1項已完成，3項按期推進，1項滯後，40項未報告進展。",
                       "12個里程碑中，6個已完成，6個未到期。"],
        ]),
        (.english, [
            "tj-edu": ["The plan runs from 2021 to 2025; by 2024-03-31, 65% of its time has passed.",
                       "Of its 21 indicators, 8 achieved, 6 on track, 3 behind, 2 off track, 1 regressing and 1 without data.",
                       "Binding indicators needing attention: 1 of 2.",
                       "Of its 45 tasks, 1 done, 3 in progress on time, 1 delayed and 40 not reported.",
                       "Of 12 milestones, 6 done and 6 not yet due."],
            "tjutc": ["The plan runs from 2021 to 2025; by 2024-03-31, 65% of its time has passed.",
                      "Of its 8 indicators, 3 on track and 5 without data.",
                      "None of the 2 binding indicators is behind, off track, regressing or not met.",
                      "2 binding indicators have no data yet, so their progress cannot be judged.",
                      "Of its 6 tasks, 3 in progress on time and 3 not reported.",
                      "Of 6 milestones, 3 done, 1 overdue and 2 not yet due."],
        ]),
    ]

    @Test(arguments: sentences.map(\.0))
    func sentencesSayWhatTheDataSays(language: SiteLanguage) throws {
        let (context, content) = try context(language)
        let expected = try #require(Self.sentences.first { $0.0 == language }).1
        for plan in content.plans {
            guard let sentences = expected[plan.id] else { continue }
            #expect(context.briefView(plan).sentences == sentences, "\(language) \(plan.id)")
        }
    }

    @Test func listsTheBindingIndicatorsTheFurthestBehindAndTheOverdueWithWhoLeadsThem() throws {
        let (context, content) = try context(.simplifiedChinese)
        let edu = context.briefView(try #require(content.plans.first { $0.id == "tj-edu" }))
        #expect(edu.bindingFlagged.map(\.name) == ["劳动年龄人口平均受教育年限"])
        // Worst status first (regressing before off track before behind), then the least progress.
        #expect(edu.lagging.map(\.name).prefix(3) == ["儿童青少年总体近视率", "义务教育优质均衡区比例", "义务教育学区化办学比例"])
        #expect(edu.lagging.count == SiteContext.laggingInBrief && !edu.lagging.contains { $0.attributeLabel == "约束性" })
        // Without responsible units of its own, an indicator answers through the tasks that name it.
        #expect(edu.lagging[0].owners.map(\.name) == ["市教委体卫艺处"])
        #expect(edu.overdue.isEmpty && edu.overdueMore == nil)
        #expect(edu.changesSentence == "与上一份报告《2023年度规划实施进展报告》（2024年1月17日）相比，没有指标的状态发生变化。")

        let utc = context.briefView(try #require(content.plans.first { $0.id == "tjutc" }))
        #expect(utc.overdue.map(\.title) == ["建成特色思政教育品牌"])
        #expect(utc.overdue.first?.due == "2023年底" && utc.overdue.first?.lead.map(\.name) == ["党委宣传部"])
        #expect(utc.overdue.first?.taskTitle == "（一）思政工作质量提升工程")
        #expect(utc.changesSentence == "本规划只有一份报告《2021年上半年“十四五”规划落实情况》，还没有可以比较的上一份报告。")
    }

    @Test func changesSinceThePreviousReportAreTheReportPagesChanges() throws {
        let (context, content) = try context(.english)
        let plan = try #require(content.plans.first { $0.id == "tj-edu" })
        let reports = try #require(context.reportsByPlan[plan.id])
        let brief = context.briefView(plan)
        #expect(brief.latestReport?.title == reports.last?.title)
        #expect(brief.statusChanges.map(\.name) == context.reportView(reports[reports.count - 1]).statusChanges.map(\.name))
    }

    @Test func anEnglishSiteBriefsInEnglishWithTheMostOverdueFirst() throws {
        let content = try #require(ContentLoader.load(directory: Paths.fixture("english")).content)
        let theme = try #require(Theme.load(overlay: Paths.templates, language: content.site.language).theme)
        let context = SiteContext(content: content, theme: theme)
        let brief = context.briefView(try #require(content.plans.first))
        #expect(brief.sentences == ["The plan runs from 2021 to 2025; by 2024-02-01, 63% of its time has passed.",
                                    "Of its 3 indicators, 1 on track and 2 behind.",
                                    "Binding indicators needing attention: 1 of 1.",
                                    "Of its 3 tasks, 2 in progress on time and 1 overdue.",
                                    "Of 2 milestones, 1 done and 1 overdue."])
        #expect(brief.overdue.map(\.kindLabel) == ["Task", "Milestone"] && brief.overdue.map(\.due) == ["2023-06", "2023-06"])
        #expect(brief.changesSentence == "Since the previous report, “Progress report 2022” (2023-01-20), 2 indicators changed status:")
        #expect(brief.statusChanges.map(\.name) == ["Research income", "Smart classrooms"])
    }

    @Test func englishCountsOfOneAndListsReadAsEnglish() throws {
        let (english, _) = try context(.english)
        #expect(english.fill("brief_tasks", ["n": "1", "counts": "1 done"], count: 1) == "Of its 1 task, 1 done.")
        #expect(english.fill("brief_binding_clear", ["n": "1"], count: 1) == "The one binding indicator is not behind, off track, regressing or not met.")
        #expect(english.list(["a", "b", "c"]) == "a, b and c")
        // A milestone's date is in the site's language, not as the plan wrote it.
        let utc = english.briefView(try #require(english.plans["tjutc"]))
        #expect(utc.overdue.map(\.due) == ["end of 2023"])
        let (chinese, _) = try context(.simplifiedChinese)
        #expect(chinese.fill("brief_tasks", ["n": "1", "counts": "1项已完成"], count: 1) == "1项重点任务中，1项已完成。")
        #expect(chinese.list(["甲", "乙", "丙"]) == "甲，乙，丙")
    }
}
