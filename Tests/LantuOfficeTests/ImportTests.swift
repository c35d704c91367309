import Foundation
import LantuDiagnostics
import LantuModel
import Testing
@testable import LantuOffice

/// `lantu import`: Word documents (made by LibreOffice from `Fixtures/import/*.fodt`, and typed
/// out as Chinese Word and WPS write them, by `Fixtures/import/make-fixtures`) read back as
/// lantu plans, checked word for word and with the loader that builds the site.
struct ImportTests {
    static let fixtures = Paths.tests.appendingPathComponent("Fixtures/import")

    static func imported(_ name: String) throws -> ImportedPlan {
        let data = try Data(contentsOf: fixtures.appendingPathComponent(name))
        return try PlanImport.read(data, file: name)
    }

    /// The plan as the site's loader reads it, next to a minimal site.yml.
    static func load(_ markdown: String, id: String = "imported", units: Data? = nil) -> (Plan?, [Diagnostic]) {
        var files = [ContentFile(path: "site.yml", data: Data("title: 测试\n".utf8)), ContentFile(path: "plans/\(id).md", data: Data(markdown.utf8))]
        if let units { files.append(ContentFile(path: "units.yml", data: units)) }
        let result = ContentLoader.load(files: files, root: "content")
        return (result.content?.plans.first { $0.id == id }, result.diagnostics)
    }

    @Test func aLibreOfficeDocumentComesBackAsThePlanItWasWrittenFrom() throws {
        let plan = try Self.imported("libreoffice-plan.docx")
        // Its tracked change was accepted, and the import says so.
        #expect(plan.warnings == [OfficeError(SourceLocation(file: "libreoffice-plan.docx"), .notImported(.revisions(insertions: 1, deletions: 1, authors: ["审稿人"])))])
        #expect(plan.markdown == """
        ---
        title: 某区教育事业发展“十四五”规划
        period: 2021-2025
        issuer: 某区教育局
        issued: 2021-06
        ---

        为推动全区教育高质量发展，编制本规划。

        # 一、发展基础

        ## （一）取得的成就

        **学前教育普及水平提高。**学前三年毛入园率达到92.3%[^1]，普惠园覆盖率达到*80%*。

        ## （二）面临形势

        主要问题有：

        - 学位供给不足；
        - 教师结构不优。

        # 二、主要目标

        ## （一）主要指标

        到2025年，主要指标如下表。

        | 类别 | 指标 | 2020年基期值 | 规划目标2022年 | 规划目标2025年 | 属性 |
        | --- | --- | --- | --- | --- | --- |
        | 普及程度 | 学前三年毛入园率（%） | 92.3 | 93 | 95 | 预期性 |
        |  | 九年义务教育巩固率（%） | >99 | >99 | >99 | 约束性 |
        | 发展质量 | 专任教师中研究生学历比例\\|中小学（%） | 15 | 18 | 22以上 | 预期性 |

        各项工程如专栏1所列。

        > **专栏1 学前教育普惠工程**
        >
        > 新增幼儿园学位5000个，公办园在园幼儿占比达到50%。

        ## （二）保障措施

        （1）加强组织领导。

        （2）强化经费保障。

        [^1]: 数据来源：区教育统计公报。

        """)
    }

    @Test func theMergedIndicatorTableIsReadAsIndicatorsByTheLoader() throws {
        let (plan, diagnostics) = Self.load(try Self.imported("libreoffice-plan.docx").markdown)
        #expect(diagnostics.errors.isEmpty, "\(diagnostics)")
        let loaded = try #require(plan)
        #expect(loaded.indicators.map(\.name) == ["学前三年毛入园率", "九年义务教育巩固率", "专任教师中研究生学历比例|中小学"])
        // The vertically merged category cell is blank below its first row: the same category.
        #expect(loaded.indicators.map(\.category) == ["普及程度", "普及程度", "发展质量"])
        #expect(loaded.indicators.map { $0.baseline?.raw } == ["92.3", ">99", "15"])
        #expect(loaded.indicators.map { $0.target?.raw } == ["95", ">99", "22以上"])
        // The header merged over two rows names the interim and the final target.
        #expect(loaded.indicators.first?.interimTargets.map(\.year) == [2022])
        #expect(loaded.indicators.map(\.attribute) == [.expected, .binding, .expected])
        #expect(loaded.featureBoxes.map(\.title) == ["专栏1 学前教育普惠工程"])
        #expect(loaded.sections.map(\.anchor) == ["s1", "s2"])
        #expect(loaded.allSections.map(\.title).contains("（二）保障措施"))
    }

    @Test func wordsAutomaticNumberingIsWrittenOutAsAReaderSeesIt() throws {
        let plan = try Self.imported("word-numbering.docx")
        #expect(plan.title == "某大学“十四五”事业发展规划")
        #expect(plan.markdown == """
        ---
        title: 某大学“十四五”事业发展规划
        period: 2021-2025
        issuer: 某大学发展规划处
        status: 征求意见稿
        ---

        本规划于2021年3月起草，重点工程见专栏2。

        # 一、发展基础

        ## （一）办学成就

        学校全面完成“十三五”目标。[^1]

        ## （二）面临形势

        使用\\*星号\\*和\\_下划线\\_，**强调**与*倾斜*，以及\\[方括号\\]、\\`反引号\\`和 \\<b> 标签，见[学校网站](<https://www.example.edu.cn/plan (2021)>)。

        # 二、主要任务

        ## （一）人才培养

        ### 1.本科教学

        - 牵头单位：教务处
        - 配合单位：研究生院、学生工作部
        - 完成时限：2025年底

        1. 第一项。
        2. 第二项。

        另起一个列表：

        1. 重新开始。

        人才培养工程如下。

        > **专栏2 人才培养工程**
        >
        > 实施卓越教师培养计划2.0。

        > **专栏3 科研平台建设**
        >
        > 建设省部级重点实验室3个。
        >
        > 建成协同创新中心2个。

        办学条件见下图和图表：

        生均经费按E=C/N计算。

        # 三、保障措施

        ## （三）组织保障

        丙、丙项工作

        [^1]: 据学校统计年报。

        """)
        let printed = DiagnosticPrinter.text(plan.warnings.map { $0.diagnostic(in: .simplifiedChinese) }, in: .simplifiedChinese)
        #expect(printed == """
        word-numbering.docx: warning: 文档中有未接受的修订（1 处插入、2 处删除，修订者：a），已按全部接受导入 [not-imported]
            提示：如有修订不应采纳，请在 Markdown 中改回
        word-numbering.docx: paragraph 10: warning: 批注没有导入 [not-imported]
            提示：需要采纳的意见请在 Markdown 中改写
        word-numbering.docx: paragraph 25: warning: 图片没有导入 [not-imported]
            提示：把图片放到 content/ 下，用 ![说明](图片.png) 引用
        word-numbering.docx: paragraph 25: warning: 图表没有导入 [not-imported]
            提示：把图表的数据写成表格；指标表会自动画图
        word-numbering.docx: paragraph 26: warning: 公式只导入了其中的字符，没有公式格式 [not-imported]
            提示：需要的话在 Markdown 中补写

        """)
        let (loaded, diagnostics) = Self.load(plan.markdown)
        #expect(diagnostics.errors.isEmpty, "\(diagnostics)")
        let task = try #require(loaded?.tasks.first)
        #expect(task.anchor == "s2-1-1" && task.lead == ["jiao-wu-chu"] && task.partners.count == 2)
        #expect(loaded?.featureBoxes.map(\.title) == ["专栏2 人才培养工程", "专栏3 科研平台建设"])
    }

    @Test func aDocumentWithoutHeadingStylesIsReadByItsNumbering() throws {
        let plan = try Self.imported("wps-direct.docx")
        #expect(plan.warnings.isEmpty)
        #expect(plan.markdown == """
        ---
        title: 某县“十四五”教育发展规划
        period: 2021-2025
        issuer: 某县教育局
        issued: 2021-05
        ---

        # 一、发展环境

        ## （一）主要成就

        1.学前教育。全县幼儿园达到120所，毛入园率88%。

        ## （二）存在问题

        城乡之间仍有差距。

        # 二、总体要求

        **表1 “十四五”主要指标**

        | 指标 | 2020年 | 2025年 | 属性 |
        | --- | --- | --- | --- |
        | 学前三年毛入园率（%） | 88 | ≥92 | 预期性 |
        | 高中阶段毛入学率（%） | 95 | 97 | 约束性 |

        > **专栏1 县域普通高中振兴工程**
        >
        > 改扩建普通高中2所。

        以上工程由县教育局统筹。

        """)
        let (loaded, diagnostics) = Self.load(plan.markdown)
        #expect(diagnostics.errors.isEmpty, "\(diagnostics)")
        #expect(loaded?.indicators.map(\.name) == ["学前三年毛入园率", "高中阶段毛入学率"])
        #expect(loaded?.indicators.map { $0.target?.raw } == ["≥92", "97"])
    }

    @Test func theFrontMatterComesFromTheTitleAndTheLinesUnderIt() {
        #expect(FrontMatterReading.period(in: "天津市教育现代化“十四五”规划") == "2021-2025")
        #expect(FrontMatterReading.period(in: "某校“十三五”发展规划") == "2016-2020")
        #expect(FrontMatterReading.period(in: "某市教育事业发展规划（2026—2030年）") == "2026-2030")
        #expect(FrontMatterReading.period(in: "某校章程") == nil)
        let notice = FrontMatterReading.notice("天津市教育委员会关于印发《天津市教育现代化“十四五”规划》的通知")
        #expect(notice?.issuer == "天津市教育委员会" && notice?.plan == "天津市教育现代化“十四五”规划")
        let details = FrontMatterReading.Details(["天津职业技术师范大学", "2021年3月（征求意见稿）"], period: nil)
        #expect(details.issuer == "天津职业技术师范大学" && details.issued == "2021-03" && details.status == "征求意见稿")
    }

    @Test func rowsAndCellsInsideContentControlsAreKept() throws {
        func cell(_ text: String) -> String { "<w:tc><w:p><w:r><w:t>\(text)</w:t></w:r></w:p></w:tc>" }
        let table = "<w:tbl><w:tr>" + cell("指标") + cell("2020年") + cell("2025年") + "</w:tr>"
            + "<w:sdt><w:sdtPr/><w:sdtContent><w:tr>" + cell("生师比") + "<w:sdt><w:sdtContent>" + cell("18.5") + "</w:sdtContent></w:sdt>" + cell("≤17")
            + "</w:tr></w:sdtContent></w:sdt></w:tbl>"
        let data = ImportProblemTests.docx("<w:document><w:body><w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t>某校“十四五”规划</w:t></w:r></w:p>"
                                           + table + "</w:body></w:document>")
        let plan = try PlanImport.read(data, file: "x.docx")
        #expect(plan.markdown.hasSuffix("| 指标 | 2020年 | 2025年 |\n| --- | --- | --- |\n| 生师比 | 18.5 | ≤17 |\n"), "\(plan.markdown)")
    }

    /// Values no Word writes, in a small file: no crash, no huge output.
    @Test func outOfRangeNumbersInADamagedFileStayHarmless() throws {
        let numbering = "<w:numbering><w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"9223372036854775807\"/>"
            + "<w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/>"
            + "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"-9223372036854775808\"/></w:lvlOverride></w:num></w:numbering>"
        let body = "<w:p><w:pPr><w:outlineLvl w:val=\"-7\"/><w:numPr><w:ilvl w:val=\"-3\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>甲</w:t></w:r></w:p>"
            + "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>乙</w:t></w:r></w:p>"
            + "<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2000000000\"/></w:tcPr><w:p><w:r><w:t>宽</w:t></w:r></w:p></w:tc></w:tr>"
            + "<w:tr><w:tc><w:p><w:r><w:t>窄</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        let data = ZipContainer.write([("word/document.xml", Array("<w:document><w:body>\(body)</w:body></w:document>".utf8)),
                                       ("word/numbering.xml", Array(numbering.utf8))])
        let plan = try PlanImport.read(data, file: "x.docx")
        #expect(plan.markdown.contains("\n.甲\n") && plan.markdown.contains("\na.乙\n"), "\(plan.markdown)")
        #expect(plan.markdown.count < 2_000)
    }

    @Test func countersContinueRestartAndOverrideAsWordCountsThem() throws {
        let xml = """
        <w:numbering xmlns:w="w"><w:abstractNum w:abstractNumId="7">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="第%1章"/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
        <w:lvl w:ilvl="2"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>
        <w:num w:numId="2"><w:abstractNumId w:val="7"/></w:num>
        <w:num w:numId="3"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="9"/></w:lvlOverride></w:num>
        </w:numbering>
        """
        var numbering = WordNumbering(try XMLElement.parse(Array(xml.utf8)))
        let labels = [("1", 0), ("1", 1), ("1", 1), ("2", 0), ("2", 1), ("3", 0), ("3", 1)].map { numbering.next(numID: $0.0, level: $0.1)?.label }
        // A second w:num of the same list continues it; a startOverride restarts it where first used.
        #expect(labels == ["第1章", "1.1", "1.2", "第2章", "2.1", "第9章", "9.1"])
        #expect(numbering.next(numID: "1", level: 2)?.bullet == true)
        #expect(numbering.next(numID: "0", level: 0) == nil && numbering.next(numID: "42", level: 0) == nil)
    }

    @Test func labelsFollowWordsCountingFormats() {
        let chinese = WordNumberFormat("chineseCounting")
        #expect([1, 9, 10, 11, 20, 21, 99, 100, 105, 110].map(chinese.text) == ["一", "九", "十", "十一", "二十", "二十一", "九十九", "一百", "一百零五", "一百一十"])
        #expect(WordNumberFormat("taiwaneseCountingThousand").text(14) == "十四")
        #expect(WordNumberFormat("ideographTraditional").text(11) == "甲")
        #expect(WordNumberFormat("chineseLegalSimplified").text(3) == "叁")
        #expect(WordNumberFormat("upperRoman").text(14) == "XIV" && WordNumberFormat("lowerLetter").text(28) == "bb")
        #expect(WordNumberFormat("decimalEnclosedCircle").text(3) == "③" && WordNumberFormat("decimalFullWidth").text(12) == "１２")
        #expect(WordNumberFormat("bullet") == .bullet && WordNumberFormat("somethingNew") == .decimal)
    }
}

/// Files `lantu import` cannot read: each is one located error that says what to do.
struct ImportProblemTests {
    static func problem(_ data: Data, limits: ZipContainer.Limits = .standard) -> OfficeError? {
        do {
            _ = try PlanImport.read(data, file: "规划.docx", limits: limits)
            return nil
        } catch {
            return error
        }
    }

    static func text(_ error: OfficeError?, _ language: DiagnosticLanguage = .simplifiedChinese) -> String {
        error.map { DiagnosticPrinter.text([$0.diagnostic(in: language)], in: language) } ?? "no error"
    }

    /// A minimal package with this document part.
    static func docx(_ document: String) -> Data {
        ZipContainer.write([("[Content_Types].xml", Array("<Types/>".utf8)), ("word/document.xml", Array(document.utf8))])
    }

    @Test func anOldWordFileSaysHowToConvertIt() {
        let ole = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504))
        #expect(Self.text(Self.problem(ole)) == """
        规划.docx: error: 这是旧版 Word（.doc）或 WPS 文档，lantu 只能读 .docx [not-a-docx]
            提示：先转换为 .docx：soffice --headless --convert-to docx 规划.docx（或用 Word、WPS 另存为“Word 文档 (.docx)”）

        """)
        #expect(Self.text(Self.problem(ole), .english).contains("error: this is an old Word (.doc) or WPS document; lantu reads .docx only [not-a-docx]"))
        #expect(Self.text(Self.problem(ole), .traditionalChinese).contains("這是舊版 Word（.doc）或 WPS 文件"))
    }

    @Test func garbageAndOtherZipsAreNotWordDocuments() {
        #expect(Self.text(Self.problem(Data("这不是文档".utf8))).hasPrefix("规划.docx: error: 不是 Word 文档（.docx） [not-a-docx]\n    提示：先转换为 .docx：soffice"))
        let workbook = ZipContainer.write([("xl/workbook.xml", Array("<workbook/>".utf8))])
        #expect(Self.text(Self.problem(workbook)).hasPrefix("规划.docx: error: 这个文件里没有 word/document.xml，不是 Word 文档 [damaged-document]"))
    }

    @Test func aDoctypeIsRefusedBeforeAnyEntityExpands() {
        let hostile = Self.docx("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a \"aaaa\">]><w:document><w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:document>")
        #expect(Self.text(Self.problem(hostile)).hasPrefix("规划.docx: error: 文档部件 word/document.xml 含有 DOCTYPE 声明，已拒绝读取 [damaged-document]"))
        let broken = Self.docx("<w:document><w:body><w:p></w:body></w:document>")
        #expect(Self.text(Self.problem(broken)).contains("不是格式正确的 XML"))
    }

    @Test func aPartThatInflatesPastTheCapIsRefused() {
        let bomb = Self.docx("<w:document><w:body>" + String(repeating: "<w:p/>", count: 200_000) + "</w:body></w:document>")
        #expect(bomb.count < 20_000)
        var limits = ZipContainer.Limits.standard
        limits.maxPartBytes = 1 << 20
        #expect(Self.text(Self.problem(bomb, limits: limits)).hasPrefix("规划.docx: error: 文档部件 word/document.xml 解压后超过 1 MB，已拒绝读取（可能是压缩炸弹） [damaged-document]"))
        limits = .standard
        limits.maxTotalBytes = 1 << 20
        #expect(Self.text(Self.problem(bomb, limits: limits)).contains("文档解压后超过 1 MB"))
    }

    @Test func aParagraphIsALocationOfItsOwn() {
        let at = SourceLocation(file: "规划.docx", paragraph: 214)
        #expect(at.description == "规划.docx: paragraph 214")
        #expect(DiagnosticPrinter.github([Diagnostic(.warning, at: at, code: "not-imported", "x")], in: .english) == "::warning file=规划.docx,title=not-imported::x\n")
    }
}
