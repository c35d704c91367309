import Foundation
import LantuDiagnostics
import LantuModel
import Testing
@testable import LantuOffice

/// `lantu import` on the corpus of Word plans as planning offices produce them
/// (`Fixtures/import/corpus`, built by its `make/`): what a user of each kind of document
/// would check first — the front matter, the headings, the tasks — and that the site's loader
/// reads the result without an error.
struct ImportCorpusTests {
    static func imported(_ name: String) throws -> ImportedPlan {
        let data = try Data(contentsOf: ImportTests.fixtures.appendingPathComponent("corpus/" + name))
        return try PlanImport.read(data, file: name)
    }

    static func frontMatter(_ markdown: String) -> String {
        String(markdown.split(separator: "\n---\n", maxSplits: 1)[0]) + "\n---"
    }

    static func headings(_ markdown: String) -> [String] {
        markdown.split(separator: "\n").filter { $0.hasPrefix("#") }.map(String.init)
    }

    static func errors(_ markdown: String) -> [Diagnostic] {
        ImportTests.load(markdown).1.filter { $0.severity == .error }
    }

    @Test func anIssuedRedHeaderDocumentTakesItsFrontMatterFromTheNoticeAndLeavesItOut() throws {
        let plan = try Self.imported("04-bsnu-issued-plan-units.docx")
        #expect(Self.frontMatter(plan.markdown) == """
        ---
        title: 滨海师范大学“十四五”发展规划（2021—2025年）
        period: 2021-2025
        issuer: 滨海师范大学
        issued: 2021-06-28
        status: 已印发
        ---
        """)
        #expect(plan.title == "滨海师范大学“十四五”发展规划（2021—2025年）")
        // The document number has no key: the 导语 keeps it, ahead of the plan's own words.
        #expect(plan.markdown.contains("---\n\n文号：滨师大发〔2021〕12号\n\n为全面贯彻党的教育方针，"))
        for notice in ["滨海师范大学文件", "的通知", "各学院（部）", "附件", "二〇二一年六月", "此件公开发布", "抄送", "6月30日印发"] {
            #expect(!plan.markdown.contains(notice), "\(notice)")
        }
        #expect(Self.errors(plan.markdown).isEmpty)
        // 〔8〕 stays text; 1.5亿 beside 万元 would be charted ten thousand times too large.
        #expect(plan.warnings.map(\.reason) == [.notImported(.magnitudeInUnit("1.5亿", unit: "万元")), .notImported(.cumulativeValue("〔8〕"))])
    }

    @Test func bodyStyleRunInHeadingsUnderStyledHeadingsAreTheThirdLevelWithTheirUnitsAsMetadata() throws {
        let markdown = try Self.imported("04-bsnu-issued-plan-units.docx").markdown
        #expect(Self.headings(markdown) == [
            "# 一、发展基础", "# 二、指导思想和发展目标", "## （一）指导思想", "## （二）发展目标", "# 三、主要任务",
            "## （一）全面提高人才培养质量", "### 1.深化本科教育教学改革", "### 2.提升研究生培养质量", "### 3.加强学生思想政治教育", "### 4.推进智慧教育",
            "## （二）提升学科建设与科学研究水平", "### 1.实施学科建设“登峰计划”", "### 2.增强科研创新能力",
            "## （三）建设高素质教师队伍", "### 1.实施人才强校战略", "### 2.服务基础教育教师发展",
            "## （四）完善现代大学治理体系", "### 1.深化综合改革", "### 2.推进依法治校",
            "# 四、重大工程", "# 五、保障措施", "## （一）加强党的领导", "## （二）建立任务台账",
        ])
        #expect(markdown.contains("""
        ### 1.深化本科教育教学改革

        - 牵头单位：教务处
        - 配合单位：研究生院、各学院

        实施一流本科专业建设计划，推进师范类专业认证，到2025年师范类专业全部通过第二级认证。

        """))
        // A unit with its own parenthesis, keys apart by a space, ASCII punctuation and 部门.
        #expect(markdown.contains("### 3.加强学生思想政治教育\n\n- 责任单位：学生工作部（处）、团委\n\n完善“三全育人”工作体系，建设辅导员工作室10个。\n"))
        #expect(markdown.contains("- 牵头单位：信息化建设与管理处\n- 配合单位：教务处\n\n建成智慧教室200间（含改造），推进"))
        #expect(markdown.contains("- 牵头单位：学科建设办公室\n- 配合单位：研究生院、相关学院\n\n力争"))
        #expect(markdown.contains("### 2.推进依法治校\n\n完善学校规章制度体系"))
        let plan = try #require(ImportTests.load(markdown).0)
        #expect(plan.tasks.count == 9)
    }

    @Test func aFrontMatterValueIsOneLineAndAnEmptyOneIsLeftOut() throws {
        #expect(FrontMatterReading.joinedLines("滨海师范大学“十四五”发展规划\n（2021—2025年）") == "滨海师范大学“十四五”发展规划（2021—2025年）")
        #expect(FrontMatterReading.joinedLines("  Five-Year Plan\nfor Education ") == "Five-Year Plan for Education")
        for name in ["02-tj-edu-manual-textbox.docx", "03-bcu-talent-review-changes.docx", "04-bsnu-issued-plan-units.docx"] {
            let front = Self.frontMatter(try Self.imported(name).markdown).split(separator: "\n").dropFirst().dropLast()
            for line in front {
                #expect(line.range(of: #"^[a-z_]+: [^"\s].*$"#, options: .regularExpression) != nil, "\(name): \(line)")
            }
        }
    }

    @Test func aNoticeWithoutARedHeaderGivesTheJointIssuersAndTheDateSigned() throws {
        let plan = try Self.imported("02-tj-edu-manual-textbox.docx")
        #expect(Self.frontMatter(plan.markdown) == """
        ---
        title: 天津市教育现代化“十四五”规划
        period: 2021-2025
        issuer: 天津市教育委员会、天津市发展和改革委员会
        issued: 2021-07-26
        status: 已印发
        ---
        """)
        #expect(plan.markdown.contains("---\n\n“十四五”时期是我国全面开启"))
        #expect(!plan.markdown.contains("此件主动公开"))
        // A category row's bold is the table's layout, not the category's name.
        #expect(plan.markdown.contains("| 普及程度 |  |  |  |\n| 学前三年毛入园率（%） | 92.3 | 93 | 预期性 |"))
        let loaded = try #require(ImportTests.load(plan.markdown).0)
        #expect(loaded.indicators.count == 20 && Set(loaded.indicators.compactMap(\.category)) == ["普及程度", "结构优化", "发展质量"])
        #expect(Self.errors(plan.markdown).isEmpty)
    }

    @Test func aDraftBackFromReviewIsReadWithItsChangesAcceptedAndSaysSo() throws {
        let plan = try Self.imported("03-bcu-talent-review-changes.docx")
        // A unit with its office in parentheses is the issuer, not the stage; a draft's date is not its issue.
        #expect(Self.frontMatter(plan.markdown) == """
        ---
        title: 北辰理工大学“十四五”人才队伍建设专项规划
        period: 2021-2025
        issuer: 人事处（人才工作办公室）
        status: 征求意见稿
        ---
        """)
        #expect(!plan.markdown.contains("目  录"))
        #expect(plan.markdown.hasPrefix(Self.frontMatter(plan.markdown) + "\n\n# 一、发展基础与形势\n"))
        #expect(plan.warnings.filter { $0.reason == .notImported(.revisions(insertions: 15, deletions: 14, authors: ["发展规划处 李明", "研究生院 王芳"])) }.count == 1)
        // The deleted table row is gone, not left as an empty row.
        #expect(plan.markdown.contains("| 5 | 博士后在站人数（人） | 45 | 100 | 预期性 | 人事处、研究生院 |\n| 6 | 生师比 | 17.6 | ≤18 | 约束性 | 人事处、教务处 |\n\n注：生师比[^3]\n"))
        #expect(!plan.markdown.contains("|  |  |  |  |  |  |"))
        #expect(plan.markdown.contains("[^3]: 生师比按教育部"))
        let (loaded, diagnostics) = ImportTests.load(plan.markdown)
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(loaded?.indicators.map(\.name).contains("生师比") == true)
    }

    @Test func aUnitLineTypedAfterTheTaskBodyGoesUpToTheTopOfTheTask() throws {
        let markdown = try Self.imported("01-bcu-numbering-vmerge.docx").markdown
        #expect(markdown.contains("### 1.深化政治建设\n\n- 责任单位：党委办公室、党委组织部\n\n坚持和完善党委领导下的校长负责制"))
        #expect(markdown.contains("### 2.推进课程思政建设\n\n") && !markdown.contains("### 2.推进课程思政建设\n\n- "))
        let libreOffice = try Self.imported("05-binhe-district-libreoffice.docx").markdown
        #expect(libreOffice.contains("### 1.扩大普惠性资源\n\n- 牵头单位：区教育局\n- 配合单位：区住房建设委、区规划资源分局\n\n落实"))
        #expect(Self.errors(markdown).isEmpty)
        #expect(Self.errors(libreOffice).isEmpty)
        let warned = try Self.imported("01-bcu-numbering-vmerge.docx").warnings.map(\.reason)
        #expect(warned.contains(.notImported(.ratioValue("17.6:1"))) && warned.contains(.notImported(.ratioValue("不高于18:1"))))
        #expect(warned.filter { if case .notImported(.cumulativeValue) = $0 { return true } else { return false } }.count == 5)
    }
}
