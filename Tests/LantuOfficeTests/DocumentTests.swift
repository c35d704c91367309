import Foundation
import LantuModel
import Testing
@testable import LantuOffice

/// `lantu export docx`: the WordprocessingML package and what a report's document says.
struct DocumentTests {
    static let report2023 = Example.content.reports.first { $0.id == "2023" }!

    static func part(_ data: Data, _ path: String) throws -> XMLElement {
        try XMLElement.parse(try ZipContainer(data: data).parts[path] ?? [])
    }

    /// The entries' names in the order the zip holds them, read from the local file headers.
    static func entryNames(_ data: Data) -> [String] {
        let bytes = [UInt8](data)
        var names: [String] = []
        var at = 0
        while at + 30 <= bytes.count, bytes[at..<(at + 4)] == [0x50, 0x4B, 0x03, 0x04] {
            func u16(_ o: Int) -> Int { Int(bytes[at + o]) | Int(bytes[at + o + 1]) << 8 }
            func u32(_ o: Int) -> Int { u16(o) | u16(o + 2) << 16 }
            let nameLength = u16(26), extra = u16(28), compressed = u32(18)
            names.append(String(decoding: bytes[(at + 30)..<(at + 30 + nameLength)], as: UTF8.self))
            at += 30 + nameLength + extra + compressed
        }
        return names
    }

    /// Every text inside an element, in order: what a reader of the part sees.
    static func allText(_ element: XMLElement) -> String {
        element.children.map { node in
            switch node {
            case .text(let text): return text
            case .element(let child): return allText(child)
            }
        }.joined()
    }

    @Test func thePartsComeInTheStandardsOrderAndEachIsWellFormed() throws {
        let data = DocumentWriter.write(ReportDocument.document(Self.report2023, content: Example.content))
        #expect(Self.entryNames(data) == ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/settings.xml",
                                          "word/fontTable.xml", "word/_rels/document.xml.rels", "word/footer1.xml", "docProps/core.xml", "docProps/app.xml"])
        for path in DocumentWriter.partOrder { _ = try Self.part(data, path) }
        let core = try Self.part(data, "docProps/core.xml")
        #expect(core.element("created")?.text == "2024-01-17T00:00:00Z")
    }

    @Test func theSameReportGivesTheSameBytes() {
        let first = DocumentWriter.write(ReportDocument.document(Self.report2023, content: Example.content))
        let second = DocumentWriter.write(ReportDocument.document(Self.report2023, content: Example.content))
        #expect(first == second)
    }

    @Test func thePageIsAnOfficialDocumentsPage() throws {
        let data = DocumentWriter.write(ReportDocument.document(Self.report2023, content: Example.content))
        let section = try #require(try Self.part(data, "word/document.xml").element("body")?.element("sectPr"))
        #expect(section.element("pgSz")?.attribute("w:w") == "11906" && section.element("pgSz")?.attribute("w:h") == "16838")
        let margins = try #require(section.element("pgMar"))
        // 37, 26, 35 and 28 mm in twentieths of a point.
        #expect([margins.attribute("w:top"), margins.attribute("w:right"), margins.attribute("w:bottom"), margins.attribute("w:left")]
            == ["2098", "1474", "1984", "1587"])
        let styles = try Self.part(data, "word/styles.xml").elements("style")
        func style(_ id: String) -> XMLElement? { styles.first { $0.attribute("w:styleId") == id } }
        #expect(style("Heading1")?.element("pPr")?.element("outlineLvl")?.attribute("w:val") == "0")
        #expect(style("Heading2")?.element("pPr")?.element("outlineLvl")?.attribute("w:val") == "1")
        #expect(style("Heading1")?.element("rPr")?.element("rFonts")?.attribute("w:eastAsia") == "黑体")
        #expect(style("Heading2")?.element("rPr")?.element("rFonts")?.attribute("w:eastAsia") == "楷体_GB2312")
        #expect(style("Title")?.element("rPr")?.element("sz")?.attribute("w:val") == "44")
        let defaults = try Self.part(data, "word/styles.xml").element("docDefaults")?.element("rPrDefault")?.element("rPr")
        #expect(defaults?.element("rFonts")?.attribute("w:eastAsia") == "仿宋_GB2312" && defaults?.element("sz")?.attribute("w:val") == "32")
        let fallback = try Self.part(data, "word/fontTable.xml").elements("font").first { $0.attribute("w:name") == "仿宋_GB2312" }
        #expect(fallback?.element("altName")?.attribute("w:val")?.contains("FangSong") == true)
        let footer = try Self.part(data, "word/footer1.xml")
        #expect(Self.allText(footer) == "—  PAGE 1 —")
    }

    /// Headings are Word's built-in heading styles with outline levels, which the navigation
    /// pane and a table of contents read; their "一、" is text, so the package has no
    /// numbering part and nothing refers to one (a reference without the part makes Word repair).
    @Test func headingsUseOutlineLevelsAndNoNumberingIsLeftDangling() throws {
        let review = try #require(Example.content.reports.first { $0.id == "midterm" })
        for data in [DocumentWriter.write(ReportDocument.document(review, content: Example.content)),
                     DocumentWriter.write(PlanDocument.document(Example.content.plans[0], content: Example.content))] {
            let container = try ZipContainer(data: data)
            #expect(container.parts["word/numbering.xml"] == nil)
            for path in ["[Content_Types].xml", "word/_rels/document.xml.rels", "word/document.xml", "word/styles.xml"] {
                let xml = String(decoding: container.parts[path] ?? [], as: UTF8.self)
                #expect(!xml.contains("numbering") && !xml.contains("w:numPr"), "\(path) refers to numbering")
            }
            let styles = try Self.part(data, "word/styles.xml").elements("style")
            let levels = Dictionary(styles.compactMap { style -> (String, String)? in
                guard let id = style.attribute("w:styleId"), let level = style.element("pPr")?.element("outlineLvl")?.attribute("w:val") else { return nil }
                return (id, level)
            }, uniquingKeysWith: { first, _ in first })
            #expect(levels == ["Heading1": "0", "Heading2": "1", "Heading3": "2"])
            #expect(styles.first { $0.attribute("w:styleId") == "Heading1" }?.element("name")?.attribute("w:val") == "heading 1")
            let used = try Self.part(data, "word/document.xml").element("body")?.elements("p")
                .compactMap { $0.element("pPr")?.element("pStyle")?.attribute("w:val") } ?? []
            #expect(used.contains("Heading1"))
            #expect(Set(used).isSubset(of: Set(styles.compactMap { $0.attribute("w:styleId") })))
        }
    }

    @Test func theIndicatorTableGivesBaselineLatestTargetChangeAndStatusInWords() throws {
        let document = ReportDocument.document(Self.report2023, content: Example.content)
        let tables = document.blocks.compactMap { block -> DocumentTable? in
            if case .table(let table) = block { return table }
            return nil
        }
        let indicators = try #require(tables.first { $0.header.contains("变化") })
        #expect(indicators.header == ["指标", "基期值（2020年）", "2023年", "目标值（2025年）", "变化", "状态"])
        let row = try #require(indicators.rows.first { $0[0] == "学前三年毛入园率（%）" })
        #expect(row[2] == "92.8")
        #expect(row[4].hasPrefix("↑ +") && row[4].hasSuffix("个百分点（朝目标）"))
        let words = Set(IndicatorStatus.allCases.map(\.label))
        #expect(indicators.rows.allSatisfy { words.contains($0[5]) || $0[5] == "—" })
        // A change of figures written with 万 is written with 万 too.
        #expect(indicators.rows.first { $0[0].hasPrefix("服务市民终身学习人次") }?[4].hasPrefix("↑ +") == true)
        #expect(indicators.rows.first { $0[0].hasPrefix("服务市民终身学习人次") }?[4].contains("万") == true)
        #expect(indicators.rows.count == 18)
        let tasks = try #require(tables.first { $0.header == ["任务", "状态", "进度", "进展情况"] })
        #expect(tasks.rows.contains { $0[1] == "滞后" && $0[2] == "35%" })
        #expect(document.blocks.contains(.heading(level: 1, text: "主要指标监测")))
        #expect(document.blocks.contains(.heading(level: 1, text: "与上一份报告相比的状态变化")))
        // The note the report gave beside a value is kept under the table.
        #expect(document.blocks.contains { block in
            if case .paragraph(let runs, .note) = block { return runs.map(\.text).joined().contains("约束性指标，进度偏慢") }
            return false
        })
    }

    @Test func hostileTextIsEscapedAndControlCharactersAreLeftOut() throws {
        let hostile = "<w:p>&amp; ]]> \u{1}\u{B}\"'"
        let document = WordDocument(title: hostile, subtitle: [hostile],
                                    blocks: [.heading(level: 1, text: hostile), .paragraph([TextRun(hostile, bold: true)], style: .body),
                                             .table(DocumentTable(header: [hostile], rows: [[hostile, hostile]]))],
                                    date: "2024-01-01T00:00:00Z")
        let data = DocumentWriter.write(document)
        let xml = String(decoding: try ZipContainer(data: data).parts["word/document.xml"]!, as: UTF8.self)
        #expect(xml.contains("&lt;w:p&gt;&amp;amp; ]]&gt; \"'"))
        #expect(!xml.contains("\u{1}") && !xml.contains("\u{B}"))
        let body = try Self.part(data, "word/document.xml")
        #expect(Self.allText(body).components(separatedBy: "<w:p>&amp; ]]> \"'").count - 1 == 7)
        #expect(try Self.part(data, "docProps/core.xml").element("title")?.text == "<w:p>&amp; ]]> \"'")
    }

    @Test func aPlanKeepsItsHeadingsBoxesAndTasksAndGivesEachIndicatorItsStatus() throws {
        let plan = Example.content.plans.first { $0.id == "tj-edu" }!
        let document = PlanDocument.document(plan, content: Example.content)
        let headings = document.blocks.compactMap { block -> (Int, String)? in
            if case .heading(let level, let text) = block { return (level, text) }
            return nil
        }
        #expect(headings.count == plan.allSections.count)
        #expect(headings.first.map { $0.0 } == 1)
        let boxes = document.blocks.compactMap { block -> String? in
            if case .box(let title, _) = block { return title }
            return nil
        }
        #expect(boxes.count == plan.featureBoxes.count && boxes.first == "专栏1 学校思政创新工程")
        let table = try #require(document.blocks.lazy.compactMap { block -> DocumentTable? in
            if case .table(let table) = block, table.header.last == "状态" { return table }
            return nil
        }.first)
        #expect(table.header == ["指标", "基期值（2020年）", "目标值（2025年）", "最新值", "属性", "状态"])
        let words = Set(IndicatorStatus.allCases.map(\.label))
        // Category rows name only their category, as the plan's own table does.
        #expect(table.rows.first == ["普及程度", "", "", "", "", ""])
        #expect(table.groupRows.contains(0) && !table.groupRows.contains(1))
        #expect(table.rows.filter { !$0[1].isEmpty }.allSatisfy { words.contains($0[5]) })
        // Each task says who leads it and where it stands, as the site does beside it.
        #expect(document.blocks.contains { block in
            if case .paragraph(let runs, .note) = block { return runs.map(\.text).joined().hasPrefix("牵头单位：") && runs.map(\.text).joined().contains("状态：") }
            return false
        })
        let data = DocumentWriter.write(document)
        #expect(data == DocumentWriter.write(PlanDocument.document(plan, content: Example.content)))
        // The category row is one bold cell across the table.
        let xml = String(decoding: try ZipContainer(data: data).parts["word/document.xml"] ?? [], as: UTF8.self)
        #expect(xml.contains("<w:gridSpan w:val=\"6\"/><w:vAlign w:val=\"center\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"TableText\"/><w:jc w:val=\"left\"/></w:pPr><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t>普及程度</w:t>"))
    }

    @Test func aUnitsLedgerPutsOverdueTasksAndFlaggedIndicatorsFirst() throws {
        let content = Example.content
        // The unit with the most led tasks, which in the example has overdue ones among them.
        let unit = try #require(content.units.max { a, b in
            content.plans.flatMap(\.tasks).filter { $0.lead.contains(a.id) }.count < content.plans.flatMap(\.tasks).filter { $0.lead.contains(b.id) }.count
        })
        let document = UnitDocument.document(unit, content: content)
        #expect(document.title == "\(unit.name)规划实施台账")
        let tables = document.blocks.compactMap { block -> DocumentTable? in
            if case .table(let table) = block { return table }
            return nil
        }
        let led = try #require(tables.first)
        #expect(led.header == ["任务", "完成时限", "状态", "进度"])
        let overdue = led.rows.map { $0[2].hasSuffix("（已超期）") }
        #expect(overdue == overdue.sorted { $0 && !$1 })
        let ledRows = document.blocks.prefix { $0 != .heading(level: 1, text: "二、配合任务") }.reduce(0) { count, block in
            if case .table(let table) = block { return count + table.rows.count }
            return count
        }
        #expect(ledRows == content.plans.flatMap(\.tasks).filter { $0.lead.contains(unit.id) }.count)
        #expect(document.blocks.contains { block in
            if case .heading(2, let text) = block { return text.hasPrefix("（一）") }
            return false
        })
        #expect(document.blocks.contains(.heading(level: 1, text: "三、负责的指标")))
        if let indicators = tables.first(where: { $0.header.contains("最新值") }) {
            let flagged = indicators.rows.map { row in IndicatorStatus.allCases.contains { $0.label == row[5] && $0.needsAttention } }
            #expect(flagged == flagged.sorted { $0 && !$1 })
        }
    }
}

