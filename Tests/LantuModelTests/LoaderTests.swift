import LantuDiagnostics
import Foundation
import Testing
@testable import LantuModel

@Suite struct LoaderTests {
    @Test func givesUnitsPinyinIdsAndMergesAliases() throws {
        #expect(UnitDirectory.slug("党委组织部") == "dang-wei-zu-zhi-bu")
        #expect(UnitDirectory.slug("發展規劃處") == "fa-zhan-gui-hua-chu")
        #expect(UnitDirectory.slug("Office of Planning & Review") == "office-of-planning-review")
        let result = site(
            plan: planHeader + "# 一、甲\n- 牵头单位：组织部\n- 配合单位：党委组织部、宣传部\n",
            extra: ["units.yml": "- name: 党委组织部\n  short: 组织部\n  aliases: [组织部]\n"]
        )
        #expect(result.errors.isEmpty)
        let units = try #require(result.content?.units)
        #expect(units.map(\.id) == ["dang-wei-zu-zhi-bu", "xuan-chuan-bu"])
        #expect(result.plan?.tasks.first?.lead == ["dang-wei-zu-zhi-bu"])
    }

    @Test func reportsEveryProblemInOneRun() {
        let result = load([
            "site.yml": "title: 站点\n",
            "plans/a.md": "---\ntitle: A\nperiod: 2025-2021\n---\n",
            "plans/b.md": "---\ntitle: B\nperiod: abc\n---\n",
            "plans/c.md": "---\ntitle: C\n---\n",
            "pages/d.md": "---\ntitle: [unclosed\n---\n",
        ])
        #expect(result.errors.map(\.location.file) == ["content/pages/d.md", "content/plans/a.md", "content/plans/b.md", "content/plans/c.md"])
        #expect(result.errors[1].message == "invalid 'period': '2025-2021'")
        #expect(result.errors[1].location.line == 3)
        #expect(result.errors[3].message == "missing required field 'period'")
    }

    @Test func locatesYAMLErrorsInTheFile() {
        let result = site(plan: "---\ntitle: 规划\nperiod: 2021-2025\nissuer: [a, b\n---\n")
        #expect(result.errors.count == 1)
        #expect(result.errors[0].message.hasPrefix("invalid YAML front matter"))
        #expect((4...6).contains(result.errors[0].location.line))
    }

    @Test func keepsFrontMatterScalarsAsWritten() throws {
        let result = site(plan: "---\ntitle: NO\nperiod: 2021-2025\nstatus: 1.10\n---\n")
        #expect(result.plan?.title == "NO")
        #expect(result.plan?.status == "1.10")
    }

    @Test func rejectsDuplicateIdsAndMissingSiteFile() {
        let result = load(["plans/a.md": planHeader, "pages/a.md": "# A\n"])
        let messages = result.errors.map(\.message)
        #expect(messages.contains("two documents have the id 'a'"))
        #expect(messages.contains("content has no site.yml"))
    }

    @Test func acceptsBOMAndCRLFButNotUTF16() throws {
        let bom = "\u{FEFF}---\r\ntitle: 规划\r\nperiod: 2021-2025\r\n---\r\n# 一、甲\r\n"
        #expect(site(plan: bom).plan?.sections.first?.anchor == "s1")
        let utf16 = ContentFile(path: "plans/u.md", data: "---\ntitle: x\n".data(using: .utf16)!)
        let result = ContentLoader.load(files: [ContentFile(path: "site.yml", data: Data("title: t\n".utf8)), utf16], root: "content")
        #expect(result.errors.first?.message == "文件不是 UTF-8 编码的文本")
        #expect(result.errors.first?.hint?.contains("UTF-16") == true)
    }

    @Test func checksLinksBetweenContentFiles() throws {
        let result = load([
            "site.yml": "title: t\n",
            "plans/a.md": planHeader + "# 一、甲\n见[乙](b.md#s1)和[页面](../about.md)。\n",
            "plans/b.md": planHeader + "# 一、乙\n[缺](a.md#s9) [无](missing.md) [出](../../etc/passwd.md) [外](https://example.com/x.md)\n",
            "about.md": "# 关于\n",
        ])
        #expect(result.errors.map(\.message) == [
            "'a.md' has no section '#s9'",
            "link '../../etc/passwd.md' leaves the content folder",
            "link to a missing file 'missing.md'",
        ])
        let links = try #require(result.content?.links["content/plans/a.md"])
        #expect(links["b.md#s1"] == ContentLink(target: .plan("b"), anchor: "s1"))
        #expect(links["../about.md"] == ContentLink(target: .page("about"), anchor: nil))
    }

    @Test func readsTheExampleContentWithoutProblems() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../content").standardized.path
        let result = ContentLoader.load(directory: root)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let city = try #require(result.content?.plan(id: "tj-edu"))
        #expect(city.indicators.count == 21, "20 in the main table, one with interim targets in 专栏6")
        #expect(Set(city.indicators.compactMap(\.category)) == ["普及程度", "结构优化", "发展质量"])
        #expect(city.featureBoxes.count == 19)
        #expect(city.indicators.filter { $0.attribute == .binding }.map(\.name) == ["义务教育巩固率", "劳动年龄人口平均受教育年限"])
        #expect(result.content?.plan(id: "tjutc")?.parent == "tj-edu")
    }
}

@Suite struct CascadeTests {
    let parent = planHeader + "| 指标 | 2020年 | 2025年 |\n|---|---|---|\n| 硕士学位教师比例(%) | 73.2 | 75 |\n| 双导师比例(%) | 40 | 50 |\n"

    @Test func childIndicatorsNameTheParentIndicatorTheyServe() throws {
        let child = "---\ntitle: 子规划\nperiod: 2021-2025\nparent: p\naligns:\n  博士比例: 双导师比例\n---\n"
            + "| 指标 | 2020年 | 2025年 | 对应指标 |\n|---|---|---|---|\n| 博士比例(%) | 48 | 60 | |\n| 教师学历(%) | 1 | 2 | p-1 |\n"
        let result = site(plan: parent, extra: ["plans/q.md": child])
        #expect(result.errors.isEmpty, "\(result.errors)")
        let q = try #require(result.content?.plan(id: "q"))
        #expect(q.indicators.map(\.aligns) == ["p-2", "p-1"])
    }

    @Test func reportsAlignmentsThatCannotResolve() {
        let child = "---\ntitle: 子规划\nperiod: 2021-2025\nparent: p\n---\n| 指标 | 2020年 | 2025年 | 对应指标 |\n|---|---|---|---|\n| 比例 | 1 | 2 | 双导师比率 |\n"
        let orphan = "---\ntitle: 孤立\nperiod: 2021-2025\n---\n| 指标 | 2020年 | 2025年 | aligns |\n|---|---|---|---|\n| x | 1 | 2 | p-1 |\n"
        let result = site(plan: parent, extra: ["plans/q.md": child, "plans/r.md": orphan])
        #expect(result.errors.map(\.message) == [
            "no indicator of the plan is named '双导师比率'",
            "'p-1' is named as the parent indicator, but this plan has no parent",
        ])
        #expect(result.errors.first?.hint == "did you mean '双导师比例'?")
    }
}
