import Foundation
import Testing
@testable import LantuOffice

/// An exported report opened by other programs: LibreOffice Writer turns it into a PDF whose
/// text (`pdftotext`) has the headings, the indicator rows and their status words, and
/// python-docx reads its heading styles and tables. Needs soffice, pdftotext and python-docx
/// (`scripts/setup-office`); always runs under CI.
@Suite(.enabled(if: DocumentTools.available || ProcessInfo.processInfo.environment["CI"] != nil,
                "needs LibreOffice Writer, pdftotext and python-docx: run scripts/setup-office"))
struct DocumentConversionTests {
    @Test func anExportedReportConvertsToAPDFWithItsHeadingsTablesAndStatuses() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("lantu-docx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let file = work.appendingPathComponent("2023.docx").path
        let export = try OfficeTools.run(OfficeTools.lantu, ["export", "docx", "--content", Paths.exampleContent, "--report", "2023", "--output", file])
        #expect(export.status == 0, "\(export.errors)")

        let profile = "file://" + work.appendingPathComponent("profile").path
        let convert = try OfficeTools.run(OfficeTools.soffice, ["-env:UserInstallation=\(profile)", "--headless", "--convert-to", "pdf",
                                                                "--outdir", work.path, file])
        #expect(convert.status == 0, "\(convert.errors)")
        let text = try OfficeTools.run(DocumentTools.pdftotext, ["-layout", work.appendingPathComponent("2023.pdf").path, "-"])
        #expect(text.status == 0)
        let pdf = text.output
        // pdftotext puts spaces between digits and Chinese (`2023 年度`); compare without them.
        let flat = pdf.filter { !$0.isWhitespace }
        for line in ["2023年度规划实施进展报告", "主要指标监测", "重点任务进展", "与上一份报告相比的状态变化", "学前三年毛入园率", "—1—", "—2—"] {
            #expect(flat.contains(line), "\(line) is missing from the PDF")
        }
        // A row's cells are centred vertically, so its status may sit a line below the name.
        let lines = pdf.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let at = lines.firstIndex { $0.contains("学前三年毛入园率") } ?? 0
        let row = lines[max(0, at - 1)..<min(lines.count, at + 2)].joined(separator: "\n")
        #expect(["已达成", "进展顺利", "略有滞后", "明显滞后", "逆向变化", "未达标", "暂无数据"].contains { row.contains($0) }, "\(row)")

        let read = try OfficeTools.run(OfficeTools.python, ["-c", Self.readScript, file])
        #expect(read.status == 0, "\(read.errors)")
        let styles = read.output.split(separator: "\n").map(String.init)
        #expect(styles.contains("Heading 1\t主要指标监测"))
        #expect(styles.contains("Title\t2023年度规划实施进展报告"))
        #expect(styles.contains { $0.hasPrefix("table\t19\t6\t指标|基期值（2020年）|2023年|目标值（2025年）|变化|状态") })
    }

    @Test func anExportedPlanConvertsToAPDFWithItsChaptersAndIndicatorTable() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("lantu-docx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let file = work.appendingPathComponent("tjutc.docx").path
        let export = try OfficeTools.run(OfficeTools.lantu, ["export", "docx", "--content", Paths.exampleContent, "--plan", "tjutc", "--output", file])
        #expect(export.status == 0, "\(export.errors)")
        let profile = "file://" + work.appendingPathComponent("profile").path
        let convert = try OfficeTools.run(OfficeTools.soffice, ["-env:UserInstallation=\(profile)", "--headless", "--convert-to", "pdf",
                                                                "--outdir", work.path, file])
        #expect(convert.status == 0, "\(convert.errors)")
        let text = try OfficeTools.run(DocumentTools.pdftotext, ["-layout", work.appendingPathComponent("tjutc.pdf").path, "-"])
        let flat = text.output.filter { !$0.isWhitespace }
        for line in ["天津职业技术师范大学“十四五”事业发展规划", "一、发展形势", "二、发展目标", "（一）思政工作质量提升工程", "四、保障措施",
                     "研究生在校生规模", "进展顺利", "牵头单位：党委宣传部"] {
            #expect(flat.contains(line), "\(line) is missing from the PDF")
        }
        let read = try OfficeTools.run(OfficeTools.python, ["-c", Self.readScript, file])
        #expect(read.status == 0, "\(read.errors)")
        let styles = read.output.split(separator: "\n").map(String.init)
        #expect(styles.contains("Heading 1\t一、发展形势") && styles.contains("Heading 2\t（一）思政工作质量提升工程"))
        #expect(styles.contains { $0.hasPrefix("table\t15\t7\t指标|基期值（2020年）|目标值（2025年）|最新值|属性|状态|责任单位") }, "\(styles.filter { $0.hasPrefix("table") })")
    }

    @Test func aMidtermReviewConvertsWithItsExpectedValuesAndStatusWords() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("lantu-docx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let file = work.appendingPathComponent("midterm.docx").path
        let export = try OfficeTools.run(OfficeTools.lantu, ["export", "docx", "--content", Paths.exampleContent, "--report", "midterm", "--output", file])
        #expect(export.status == 0, "\(export.errors)")
        let profile = "file://" + work.appendingPathComponent("profile").path
        let convert = try OfficeTools.run(OfficeTools.soffice, ["-env:UserInstallation=\(profile)", "--headless", "--convert-to", "pdf",
                                                                "--outdir", work.path, file])
        #expect(convert.status == 0, "\(convert.errors)")
        let text = try OfficeTools.run(DocumentTools.pdftotext, ["-layout", work.appendingPathComponent("midterm.pdf").path, "-"])
        let flat = text.output.filter { !$0.isWhitespace }
        for line in ["规划实施中期评估报告", "主要指标完成情况", "序时应达值", "中期目标", "重点任务完成情况", "完成进度",
                     "与上一份报告相比的状态变化", "学前三年毛入园率"] {
            #expect(flat.contains(line), "\(line) is missing from the PDF")
        }
        for word in ["已达成", "进展顺利", "明显滞后"] {
            #expect(flat.contains(word), "the status \(word) is missing from the PDF")
        }
        let read = try OfficeTools.run(OfficeTools.python, ["-c", Self.readScript, file])
        #expect(read.status == 0, "\(read.errors)")
        let styles = read.output.split(separator: "\n").map(String.init)
        #expect(styles.contains("Heading 1\t主要指标完成情况") && styles.contains("Heading 1\t重点任务完成情况"))
        #expect(styles.contains { $0.hasPrefix("table\t") && $0.hasSuffix("\t指标|基期值（2020年）|最新值（2023年）|序时应达值|目标值（2025年）|状态") })
        #expect(styles.contains { $0.hasPrefix("table\t") && $0.hasSuffix("\t任务|牵头单位|完成时限|状态|完成进度") })
    }

    /// Prints each heading's style and text and each table's size and header row.
    static let readScript = #"""
    import sys, docx
    d = docx.Document(sys.argv[1])
    for p in d.paragraphs:
        if p.style.name.startswith("Heading") or p.style.name == "Title":
            print(p.style.name + "\t" + p.text)
    for t in d.tables:
        print("table\t%d\t%d\t%s" % (len(t.rows), len(t.columns), "|".join(c.text for c in t.rows[0].cells)))
    """#
}

enum DocumentTools {
    static let pdftotext = OfficeTools.find("pdftotext")

    static let available: Bool = {
        guard FileManager.default.isExecutableFile(atPath: OfficeTools.soffice), FileManager.default.isExecutableFile(atPath: pdftotext) else { return false }
        return (try? OfficeTools.run(OfficeTools.python, ["-c", "import docx"]).status) == 0
    }()
}
