import Foundation
import LantuDiagnostics
@testable import LantuModel
import Testing

/// Characters typed with a Chinese input method where YAML needs ASCII: one located warning
/// each, the line read as meant, and no errors about what the slip would have hidden.
@Suite struct YAMLSlipTests {
    func loaded(_ files: [String: String]) -> ContentLoader.Result {
        let contentFiles = files.keys.sorted().map { ContentFile(path: $0, data: Data(files[$0]!.utf8)) }
        return ContentLoader.load(files: contentFiles, root: "content", language: LanguageChoice(explicit: .simplifiedChinese))
    }

    func printed(_ result: ContentLoader.Result) -> String {
        DiagnosticPrinter.text(result.diagnostics, in: result.language)
    }

    @Test func aFullWidthColonInFrontMatterIsReadAsAColon() throws {
        let result = loaded(["site.yml": "title: 测试站点\n", "plans/p.md": "---\ntitle: 测试规划\nperiod：2021-2025\n---\n# 一、甲\n"])
        #expect(printed(result) == """
        content/plans/p.md:3:7: warning: “period”后面是中文冒号“：”，已当作英文冒号读取 [yaml-full-width-colon]
            提示：切换到英文输入法，把“：”改成英文冒号加空格“: ”

        """)
        #expect(try #require(result.plan).lastYear == 2025)
    }

    @Test func aFullWidthColonInSiteYmlIsLocatedOnItsLine() throws {
        let result = loaded(["site.yml": "# 站点设置\ntitle：测试站点\nlanguage: zh-CN\n", "plans/p.md": "---\ntitle: 规划\nperiod: 2021-2025\n---\n"])
        #expect(result.diagnostics.map { "\($0.location) \($0.code)" } == ["content/site.yml:2:6 yaml-full-width-colon"])
        #expect(result.content?.site.title == "测试站点")
        // site.yml has no `---` lines, so no hint speaks of them.
        #expect(result.diagnostics.first?.hint?.contains("---") == false)
    }

    @Test func aMissingSpaceAfterTheColonIsReadAsMeant() throws {
        let result = loaded(["site.yml": "title: 测试站点\n", "plans/p.md": "---\ntitle: 测试规划\nperiod:2021-2025\n---\n"])
        #expect(printed(result) == """
        content/plans/p.md:3:7: warning: “period:”的冒号后面没有空格，已当作“period: …”读取 [yaml-missing-space]
            提示：在英文冒号后加一个空格：`period: 值`

        """)
        #expect(try #require(result.plan).lastYear == 2025)
    }

    @Test func anAddressAfterAColonIsNotASlip() {
        let result = loaded(["site.yml": "title: 测试站点\nbase_url: https://example.edu.cn/plan/\n", "plans/p.md": "---\ntitle: 规划\nperiod: 2021-2025\n---\n"])
        #expect(result.diagnostics.isEmpty)
        #expect(result.content?.site.baseURL == "https://example.edu.cn/plan/")
    }

    @Test func fullWidthSpacesAsIndentationAreReadAsTwoSpacesEach() {
        let result = loaded(["site.yml": "title: 测试站点\n", "plans/p.md": "---\ntitle: 规划\nperiod: 2021-2025\n---\n",
                             "units.yml": "- name: 教育局\n  aliases:\n\u{3000}- 市教委\n"])
        #expect(printed(result) == """
        content/units.yml:3:1: warning: 行首有 1 个全角空格，已把每个当作两个空格的缩进读取 [yaml-full-width-space]
            提示：切换到英文输入法重新输入空格；YAML 只认半角空格

        """)
        #expect(result.content?.units.first?.aliases == ["市教委"])
    }

    @Test func aFullWidthSpaceAfterTheColonIsReadAsASpace() {
        let result = loaded(["site.yml": "title:\u{3000}测试站点\n", "plans/p.md": "---\ntitle: 规划\nperiod: 2021-2025\n---\n"])
        #expect(result.diagnostics.map { "\($0.location) \($0.message)" } == ["content/site.yml:1:7 冒号后面是全角空格，已当作半角空格读取"])
        #expect(result.content?.site.title == "测试站点")
    }

    @Test func aFullWidthDashStartsAListItem() {
        let result = loaded(["site.yml": "title: 测试站点\n", "plans/p.md": "---\ntitle: 规划\nperiod: 2021-2025\n---\n",
                             "units.yml": "－ name: 教育局\n— name: 财政局\n"])
        #expect(result.diagnostics.map { "\($0.location) \($0.message)" } == [
            "content/units.yml:1:1 列表项以“－”开头，已当作列表符号“-”读取",
            "content/units.yml:2:1 列表项以“—”开头，已当作列表符号“-”读取",
        ])
        #expect(result.content?.units.map(\.name) == ["教育局", "财政局"])
    }

    @Test func curlyQuotesAroundAWholeValueAreDropped() {
        let result = loaded(["site.yml": "title: “测试站点”\n", "plans/p.md": "---\ntitle: 天津市教育“十四五”规划\nperiod: 2021-2025\n---\n"])
        #expect(printed(result) == """
        content/site.yml:1:8: warning: 值 “测试站点” 两边的中文引号已去掉 [yaml-curly-quotes]
            提示：值不用加引号；值里有冒号等符号需要加引号时，用英文引号 "…"

        """)
        #expect(result.content?.site.title == "测试站点")
        #expect(result.plan?.title == "天津市教育“十四五”规划")
    }

    @Test func aWindowsFileWithCRLFLinesHasNoSlips() {
        let result = loaded(["site.yml": "title: 测试站点\r\nnotice:\r\n  示例数据\r\n",
                             "plans/p.md": "---\r\ntitle: 规划\r\nperiod：2021-2025\r\n---\r\n"])
        #expect(result.diagnostics.map { "\($0.location) \($0.code)" } == ["content/plans/p.md:3:7 yaml-full-width-colon"])
        #expect(result.content?.site.notice == "示例数据")
        #expect(result.plan?.lastYear == 2025)
    }

    @Test func blockScalarsAndCommentsAreLeftAlone() {
        let result = loaded(["site.yml": "title: 测试站点\nnotice: |\n  说明：示例数据\n  来源:市教委\n# 备注：无\n",
                             "plans/p.md": "---\ntitle: 规划\nperiod: 2021-2025\n---\n"])
        #expect(result.diagnostics.isEmpty)
        #expect(result.content?.site.notice == "说明：示例数据\n来源:市教委")
    }
}
