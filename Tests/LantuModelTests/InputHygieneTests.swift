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

    @Test func parentCyclesAreReportedOnceEachFromTheirSmallestId() {
        func plan(_ id: String, parent: String?) -> Plan {
            Plan(id: id, title: id, firstYear: 2021, lastYear: 2025, baselineYear: 2020, issuer: nil, issued: nil,
                 parent: parent, status: nil, intro: [], sections: [], indicators: [], source: SourceLocation(file: id))
        }
        let plans = [plan("c", parent: "a"), plan("a", parent: "b"), plan("b", parent: "c"), plan("d", parent: "a"),
                     plan("x", parent: "y"), plan("y", parent: "x"), plan("top", parent: nil), plan("own", parent: "own")]
        #expect(Plan.parentCycles(plans) == [["a", "b", "c"], ["x", "y"]])
        let result = load(["site.yml": "title: t\n",
                           "plans/a.md": "---\nperiod: 2021-2025\nparent: b\n---\n",
                           "plans/b.md": "---\nperiod: 2021-2025\nparent: a\n---\n"])
        #expect(result.errors.map(\.line) == [
            "content/plans/a.md:3:9: error: the plans' `parent:` fields go round in a circle: a → b → a",
        ])
    }

    @Test func everyKeyTheReadersUseIsAcceptedInEverySpelling() {
        let result = load([
            "site.yml": "title: 站点\norganization: 规划处\nlanguage: zh-CN\nbase_url: https://example.edu.cn/\nas_of: 2024-06-30\nprogress: linear\nnotice: 说明\n",
            "units.yml": "- name: 规划处\n  short: 规划\n  aliases: [发展规划处]\n  description: 说明\n",
            "plans/p.md": "---\ntitle: 规划\nkind: plan\nid: p\nperiod: 2021-2025\nbaseline_year: 2020\nissuer: 市教委\nissued: 2021-07-26\nstatus: 已印发\naligns: {}\n---\n",
            "plans/q.md": "---\n標題: 專項規劃\n類型: plan\n編號: q\n規劃期: 2021-2025\n基期年份: 2020\n印發單位: 市教委\n印發日期: 2021-07-26\n上級規劃: p\n狀態: 已印發\n---\n",
            "plans/r.md": "---\n标题: 规划\n规划期: 2021-2025\n基期: 2020\n发布单位: 市教委\n发布日期: 2021-07-26\n上级规划: p\n---\n",
            "plans/s.md": "---\nTitle: 规划\nPeriod: 2021-2025\nbaseline: 2020\n---\n",
            "reports/a.md": "---\ntitle: 报告\nkind: report\nid: a\ndate: 2024-01-17\nplan: p\ntype: 年度报告\n---\n",
            "reports/b.md": "---\n標題: 報告\n日期: 2024-01-17\n規劃: p\n報告類型: 年度報告\n---\n",
            "about.md": "---\ntitle: 关于\nkind: page\nid: about\n---\n",
        ])
        #expect(result.errors.isEmpty, "\(result.errors)")
    }

    @Test func unknownKeysOfSiteAndUnitsFilesAreNamedWithTheKeysTheyRead() {
        let result = load(["site.yml": "title: t\nperiod: 2021-2025\n", "plans/p.md": planHeader + "正文\n",
                           "units.yml": "- name: 规划处\n  alias: [规划]\n"])
        #expect(result.errors.map(\.line) == [
            "content/site.yml:2:1: error: unknown key 'period' in site.yml",
            "content/units.yml:2:3: error: unknown key 'alias' in a units.yml entry",
        ])
        #expect(result.errors[0].hint == "known keys: title, organization, language, base_url, as_of, progress, notice")
        #expect(result.errors[1].hint == "did you mean 'aliases'?")
    }

    @Test func twoSpellingsOfOneKeyAreRefusedInFrontMatterAndSiteYML() {
        let result = load(["site.yml": "title: 站点\nTitle: 另一个\n", "plans/p.md": "---\nperiod: 2021-2025\n规划期: 2021-2035\n---\n"])
        #expect(result.errors.map(\.line) == [
            "content/plans/p.md:3:1: error: '规划期' is another spelling of 'period', given already",
            "content/site.yml:2:1: error: 'Title' is another spelling of 'title', given already",
        ])
    }

    @Test func aReportIsDatedFromThePeriodsFirstYearToTheYearAfterItsLast() {
        func errors(_ date: String) -> [String] {
            site(plan: planHeader, extra: ["reports/r.md": "---\ntitle: 报告\ndate: \(date)\n---\n"]).errors.map(\.message)
        }
        #expect(errors("2021-03-01").isEmpty)
        #expect(errors("2026-01-20").isEmpty)
        #expect(errors("2027-01-20") == ["the report is dated 2027-01-20, outside the plan period 2021–2025"])
        #expect(errors("2020年底") == ["the report is dated 2020年底, outside the plan period 2021–2025"])
    }

    @Test func aUnitsNameShortNameOrAliasBelongsToOneEntry() {
        let own = site(plan: planHeader, extra: ["units.yml": "- name: 党委组织部\n  short: 组织部\n  aliases: [组织部, 党委组织部]\n"])
        #expect(own.errors.isEmpty, "an entry may repeat its own name among its aliases")
        let clash = site(plan: planHeader, extra: ["units.yml": "- name: 党委组织部\n  short: 组织部\n- name: 统战部\n  aliases: [組織部]\n"])
        #expect(clash.errors.map(\.line) == ["content/units.yml:4:13: error: '組織部' is given for two units in units.yml"])
        #expect(clash.errors.first?.hint == "it already names '党委组织部' at content/units.yml:2:10; a name, short name or alias belongs to one unit only")
    }

    @Test func linksOfAnyKindMayNotLeaveTheContentFolder() {
        let result = site(plan: planHeader + "[a](../../secret.txt) ![b](../x.png)\n\n[c](../../site/x.css) [d](files/a.pdf) [e](https://example.edu.cn/x.pdf)\n",
                          extra: ["about.md": "![logo](../logo.png)\n"])
        #expect(result.errors.map(\.line) == [
            "content/about.md:1:1: error: link '../logo.png' leaves the content folder",
            "content/plans/p.md:5:1: error: link '../../secret.txt' leaves the content folder",
            "content/plans/p.md:7:1: error: link '../../site/x.css' leaves the content folder",
        ])
    }

    /// Nine levels of nine aliases: 387 million values from 352 bytes.
    static let bomb = (0..<9).map { level -> String in
        let name = String(UnicodeScalar(UInt8(ascii: "a") + UInt8(level)))
        let items = level == 0 ? Array(repeating: "x", count: 9) : Array(repeating: "*" + String(UnicodeScalar(UInt8(ascii: "a") + UInt8(level - 1))), count: 9)
        return "\(name): &\(name) [\(items.joined(separator: ","))]"
    }.joined(separator: "\n")

    @Test(arguments: ["front matter", "site.yml", "units.yml", "alias keys"])
    func aliasBombsFailFast(in place: String) throws {
        let files: [String: String]
        switch place {
        case "front matter": files = ["site.yml": "title: t\n", "plans/p.md": "---\nperiod: 2021-2025\n\(Self.bomb)\n---\n"]
        case "site.yml": files = ["site.yml": "title: t\n\(Self.bomb)\n", "plans/p.md": planHeader]
        case "units.yml":
            files = ["site.yml": "title: t\n", "plans/p.md": planHeader,
                     "units.yml": "- name: 处\n" + Self.bomb.split(separator: "\n").map { "  \($0)" }.joined(separator: "\n") + "\n"]
        default:
            // Keys that are aliases are hashed whole by the composer: refused before it runs.
            files = ["site.yml": "title: t\n", "plans/p.md": "---\nperiod: 2021-2025\n\(Self.bomb)\n? *i\n: 1\n? *i\n: 2\n---\n"]
        }
        let start = Date()
        let result = load(files)
        let seconds = Date().timeIntervalSince(start)
        #expect(seconds < 0.5, "took \(seconds) s")
        let error = try #require(result.errors.first)
        #expect(result.errors.count == 1)
        #expect(error.message.hasPrefix("YAML aliases (*name) here expand to more than 100000 values"))
        #expect(error.location.line > 1 && error.location.column == (place == "units.yml" ? 10 : 8))
    }

    @Test func aFewAliasesAndLongYAMLWithinTheBoundsStillLoad() {
        let units = (1...2_000).map { "- name: 单位\($0)\n  description: 负责第\($0)项工作的职能部门\n" }.joined()
        let result = site(plan: "---\ntitle: &t 规划\nperiod: 2021-2025\nissuer: *t\n---\n", extra: ["units.yml": units])
        #expect(result.errors.isEmpty, "\(result.errors.prefix(3))")
        #expect(result.plan?.issuer == "规划")
        #expect(result.content?.units.count == 2_000)
    }

    @Test func yamlLongerThanTheBoundIsRefusedWhereItStarts() {
        let notice = String(repeating: "说明", count: 50_000)
        let result = load(["site.yml": "title: t\nnotice: \(notice)\n", "plans/p.md": planHeader])
        #expect(result.errors.map(\.line) == ["content/site.yml:1:1: error: the YAML is 292 KB; lantu reads front matter and YAML files up to 256 KB"])
    }

    @Test func controlCharactersAreRemovedBeforeParsingAndWarnedOncePerFile() throws {
        let result = site(plan: "---\ntitle: 测试\u{0B}规划\nperiod: 2021-2025\n---\n# 一、任\u{0C}务\u{85}\n\n正文\u{7F}\u{1B}。\n")
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.diagnostics.map(\.line) == [
            "content/plans/p.md:2:10: warning: removed 5 invisible control characters from the file; the first (U+000B, a Word line break) is here",
        ])
        #expect(result.plan?.title == "测试规划")
        #expect(result.plan?.sections.first?.title == "一、任务")
    }

    @Test func theWarningStaysWhileTheFileIsUnchanged() {
        // lantu serve keeps unchanged files between builds; their warnings must not vanish after the first.
        let files = [ContentFile(path: "site.yml", data: Data("title: t\n".utf8)),
                     ContentFile(path: "plans/p.md", data: Data((planHeader + "正文\u{0C}\n").utf8))]
        var cache = DocumentCache()
        let first = ContentLoader.load(files: files, root: "content", cache: &cache)
        let second = ContentLoader.load(files: files, root: "content", cache: &cache)
        #expect(first.diagnostics.map(\.line) == ["content/plans/p.md:5:3: warning: 已从文件中删去 1 个看不见的控制字符，第一个（U+000C，Word 的分页符）在这里"])
        #expect(second.diagnostics == first.diagnostics)
    }

    @Test func aLoneCarriageReturnIsALineEnding() {
        let result = site(plan: "---\rtitle: 规划\rperiod: 2021-2025\r---\r# 一、甲\r")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.plan?.title == "规划" && result.plan?.sections.first?.location.line == 5)
    }
}

private extension Diagnostic {
    /// The first line the command prints for it.
    var line: String { "\(location): \(severity.rawValue): \(message)" }
}
