import Foundation
import LantuDiagnostics
import LantuModel
import Testing
@testable import LantuOffice

/// `lantu export docx --plan` then `lantu import`: the example plans come back as the same plan
/// model in what a Word document carries, and `lantu import` on the command line.
struct ImportRoundTripTests {
    /// What a section, task, indicator and feature box must keep through Word and back.
    struct Shape: Equatable {
        var sections: [String]
        var tasks: [String]
        var indicators: [String]
        var boxes: [String]
    }

    static func shape(_ plan: Plan) -> Shape {
        func date(_ date: PlanDate?) -> String { date.map { "\($0.year)-\($0.month ?? 0)-\($0.day ?? 0)" } ?? "" }
        return Shape(
            sections: plan.allSections.map { "\($0.level) \($0.anchor) \($0.title)" },
            tasks: plan.tasks.map { "\($0.anchor) lead=\($0.lead) partners=\($0.partners) start=\(date($0.start)) due=\(date($0.due))" },
            indicators: plan.indicators.map { indicator in
                [indicator.id, indicator.name, indicator.unit ?? "", indicator.category ?? "", indicator.baseline?.raw ?? "", indicator.target?.raw ?? "",
                 "\(indicator.baselineYear)", "\(indicator.targetYear)", "\(String(describing: indicator.attribute))",
                 indicator.sectionAnchor ?? "", indicator.boxAnchor ?? "", "owners=\(indicator.owners)", "note=\(indicator.note ?? "")",
                 "interim=" + indicator.interimTargets.map { "\($0.year):\($0.value.raw)" }.joined(separator: ",")].joined(separator: "|")
            },
            boxes: plan.featureBoxes.map { "\($0.anchor) \($0.title)" })
    }

    @Test(arguments: ["tj-edu", "tjutc"])
    func anExportedPlanImportsAsTheSamePlan(_ id: String) throws {
        let original = try #require(Example.content.plans.first { $0.id == id })
        let docx = DocumentWriter.write(PlanDocument.document(original, content: Example.content))
        let imported = try PlanImport.read(docx, file: "\(id).docx")
        // The only thing left out: "未报告" is no status a plan states, and says so silently.
        #expect(imported.warnings.isEmpty, "\(imported.warnings)")
        let units = FileManager.default.contents(atPath: Paths.exampleContent + "/units.yml")
        let (plan, diagnostics) = ImportTests.load(imported.markdown, id: id, units: units)
        #expect(diagnostics.errors.isEmpty, "\(diagnostics.errors)")
        let loaded = try #require(plan)
        let (before, after) = (Self.shape(original), Self.shape(loaded))
        #expect(after.sections == before.sections)
        #expect(after.tasks == before.tasks)
        #expect(after.indicators == before.indicators)
        #expect(original.indicators.contains { !$0.interimTargets.isEmpty } || original.indicators.contains { !$0.owners.isEmpty },
                "the example plan exercises the columns the plan document keeps")
        #expect(after.boxes == before.boxes)
        #expect(loaded.title == original.title && loaded.firstYear == original.firstYear && loaded.lastYear == original.lastYear)
        #expect(loaded.issuer == original.issuer && loaded.issued == original.issued && loaded.status == original.status)
        // What the document does not carry: an indicator's 对应指标 column, a task's tags and related indicators, the parent plan and links' targets. A task's
        // status is the one the document shows (as of the content's date), now the plan's own.
        for (task, before) in zip(loaded.tasks, original.tasks) {
            #expect(task.status(asOf: Example.content.asOf) == before.status(asOf: Example.content.asOf), "\(task.anchor)")
        }
    }

    /// The example plan as a published document (Fixtures/import/make-published-plan): no
    /// heading styles, third levels as bold lead-ins, merged category cells, 专栏 in one-cell
    /// tables. Its chapters, indicators and boxes come back as the Markdown plan has them.
    @Test func aPublishedPlanTypedWithDirectFormattingKeepsItsStructure() throws {
        let original = try #require(Example.content.plans.first { $0.id == "tj-edu" })
        let imported = try ImportTests.imported("published-plan.docx")
        #expect(imported.warnings.isEmpty, "\(imported.warnings)")
        let (plan, diagnostics) = ImportTests.load(imported.markdown, id: "tj-edu")
        #expect(diagnostics.errors.isEmpty, "\(diagnostics.errors)")
        let loaded = try #require(plan)
        let (before, after) = (Self.shape(original), Self.shape(loaded))
        #expect(after.sections == before.sections)
        #expect(after.indicators == before.indicators)
        #expect(after.boxes == before.boxes)
        #expect(loaded.tasks.isEmpty)
        #expect(loaded.issuer == "天津市教育委员会　天津市发展和改革委员会" && loaded.issued == original.issued && loaded.firstYear == 2021)
    }

    @Test func theCommandWritesThePlanUnderItsPinyinNameAndNeverOverwrites() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("lantu-import-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        try FileManager.default.createDirectory(at: work.appendingPathComponent("content"), withIntermediateDirectories: true)
        let source = ImportTests.fixtures.appendingPathComponent("wps-direct.docx").path
        let content = work.appendingPathComponent("content").path
        let first = try OfficeTools.run(OfficeTools.lantu, ["import", source, "--content", content])
        #expect(first.status == 0, "\(first.errors)")
        let path = content + "/plans/mou-xian-shi-si-wu-jiao-yu-fa-zhan-gui-hua.md"
        #expect(first.output.contains("已把《某县“十四五”教育发展规划》导入为 \(path)"), "\(first.output)")
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written == (try ImportTests.imported("wps-direct.docx")).markdown)
        try Data("我的修改\n".utf8).write(to: URL(fileURLWithPath: path))
        let again = try OfficeTools.run(OfficeTools.lantu, ["import", source, "--content", content, "--lang", "en"])
        #expect(again.status == 1)
        #expect(again.errors == "\(path): error: the file exists; it was not overwritten [file-exists]\n    hint: choose another name with --output, or delete the file first\n")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "我的修改\n")

        let old = work.appendingPathComponent("旧规划.doc").path
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504)).write(to: URL(fileURLWithPath: old))
        let doc = try OfficeTools.run(OfficeTools.lantu, ["import", old, "--content", content])
        #expect(doc.status == 1)
        #expect(doc.errors.contains("旧规划.doc: error: 这是旧版 Word（.doc）或 WPS 文档，lantu 只能读 .docx [not-a-docx]"))
        #expect(doc.errors.contains("soffice --headless --convert-to docx \(old)"))
    }
}
