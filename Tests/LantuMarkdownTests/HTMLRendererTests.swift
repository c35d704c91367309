import Foundation
import Testing
@testable import LantuMarkdown

private func html(_ markdown: String) throws -> String {
    HTMLRenderer().render(try MarkdownParser.parse(markdown).children)
}

@Suite struct HTMLRendererTests {
    @Test func rendersCJKLeadSentenceAsBold() throws {
        #expect(try html("**坚持党的全面领导。**后文") == "<p><strong>坚持党的全面领导。</strong>后文</p>\n")
    }

    @Test func leavesCodeSpansAndLoneAsterisksAlone() throws {
        #expect(try html("`**a。**b` 与 5 ** 3") == "<p><code>**a。**b</code> 与 5 ** 3</p>\n")
    }

    @Test func dropsRawHTMLAndUnsafeLinks() throws {
        let out = try html("<script>alert(1)</script>\n\n[x](javascript:alert(1)) <b>y</b> [z](JAVA\tSCRIPT:1)")
        #expect(!out.contains("<script"))
        #expect(!out.contains("<b>"))
        #expect(!out.lowercased().contains("javascript"))
        #expect(out.contains("<a href=\"\">x</a>"))
    }

    @Test func rendersGFMTablesTaskListsAndStrikethrough() throws {
        let out = try html("| a | b |\n|:--|--:|\n| 1 | 2 |\n\n- [x] done\n- [ ] open\n\n~~old~~")
        #expect(out.contains("<thead><tr><th class=\"align-left\">a</th><th class=\"align-right\">b</th></tr></thead>"))
        #expect(out.contains("<td class=\"align-left\">1</td>"))
        #expect(out.contains("<li class=\"task\"><label><input type=\"checkbox\" disabled=\"\" checked=\"\" /> done</label></li>"))
        #expect(out.contains("<del>old</del>"))
    }

    @Test func escapesTextAndAttributes() throws {
        let out = try html("[a\"b](x \"t\\\"<\") & <")
        #expect(out == "<p><a href=\"x\" title=\"t&quot;&lt;\">a&quot;b</a> &amp; &lt;</p>\n")
    }

    @Test func survivesDeepNesting() throws {
        let deep = String(repeating: ">", count: 20_000) + " a"
        let out = try html(deep)
        #expect(out.contains("a"))
    }

    @Test func reportsBlockPositionsInCharacters() throws {
        let document = try MarkdownParser.parse("中文\n\n- 牵头单位：处\n")
        let list = document.children[1]
        #expect(list.line == 3)
        #expect(list.column == 1)
    }

    @Test func refusesTablesPastTheLimits() {
        let wide = "|" + String(repeating: "a|", count: 80_000)
        #expect(throws: MarkdownLimitError.self) { try MarkdownParser.parse(wide) }
    }
}

@Suite struct FootnoteTests {
    @Test func aFootnoteReferencedTwiceKeepsItsIdOnce() throws {
        let out = HTMLRenderer().render(try MarkdownParser.parse("甲[^1]，乙[^1]。\n\n[^1]: 注释\n").children)
        #expect(out.components(separatedBy: "id=\"fnref-1\"").count == 2)
        #expect(out.components(separatedBy: "href=\"#fn-1\"").count == 3)
        #expect(out.contains("<div class=\"footnote\" id=\"fn-1\">"))
    }
}
