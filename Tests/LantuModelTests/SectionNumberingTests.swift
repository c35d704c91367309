import LantuDiagnostics
import Testing
@testable import LantuMarkdown
@testable import LantuModel

private func anchors(_ markdown: String) throws -> [String] {
    let document = try MarkdownParser.parse(markdown)
    return HeadingOutline(blocks: document.children, file: "x.md").entries.map(\.anchor)
}

@Suite struct SectionNumberingTests {
    @Test(arguments: [
        ("三、主要任务", 3), ("十一、保障", 11), ("二十三、x", 23), ("（一）坚持", 1), ("(十)开放", 10),
        ("1.加强党的政治建设", 1), ("12、提升", 12), ("3．改革", 3), ("(2)细则", 2), ("第三章 目标", 3),
        ("2.1 Teaching", 1), ("3.2.4 Labs", 4), ("1. Main indicators", 1),
    ])
    func readsNumbering(title: String, number: Int) {
        #expect(SectionNumbering.number(of: title) == number)
    }

    @Test(arguments: ["发展基础", "2025年目标", "一是坚持", "十四五期间", "1+X证书"])
    func ignoresTextThatMerelyStartsWithANumber(title: String) {
        #expect(SectionNumbering.number(of: title) == nil)
    }

    @Test func derivesAnchorsFromTheHeadingPath() throws {
        let markdown = "# 三、主要任务\n## （一）党的领导\n### 1.政治建设\n### 2.班子建设\n## （二）立德树人\n# 四、保障\n"
        #expect(try anchors(markdown) == ["s3", "s3-1", "s3-1-1", "s3-1-2", "s3-2", "s4"])
    }

    @Test func unnumberedHeadingsUseTheirPosition() throws {
        #expect(try anchors("# 导语\n# 一、形势\n## 现状\n## 挑战\n") == ["sp1", "s1", "s1-p1", "s1-p2"])
    }

    @Test func explicitAnchorsWinAndLeaveTheTitle() throws {
        let document = try MarkdownParser.parse("# 一、目标 {#goals}\n## （一）总体\n")
        let outline = HeadingOutline(blocks: document.children, file: "x.md")
        #expect(outline.entries.map(\.anchor) == ["goals", "s1-1"])
        #expect(outline.entries[0].title == "一、目标")
    }

    @Test func anchorsDoNotMoveWhenUnrelatedTextChanges() throws {
        let before = try anchors("# 一、形势\n## （二）挑战\n# 三、任务\n## （一）党建\n")
        let after = try anchors("# 一、形势\n新增一段文字。\n## （一）成就\n## （二）挑战\n# 三、任务\n## （一）党建\n")
        #expect(before.contains("s3-1") && after.contains("s3-1"))
        #expect(before.contains("s1-2") && after.contains("s1-2"))
    }

    @Test func reportsAnAnchorUsedTwice() throws {
        let document = try MarkdownParser.parse("# 一、甲\n# 一、乙\n")
        let outline = HeadingOutline(blocks: document.children, file: "x.md")
        #expect(outline.problems.count == 1)
        #expect(outline.problems.first?.location.line == 2)
    }
}
