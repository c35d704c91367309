import Foundation
import Testing
@testable import LantuOffice

/// `lantu forms` and `lantu collect` as a planning office runs them, without other programs.
struct CommandTests {
    @Test func aPlaceThatCannotBeWrittenIsALocatedErrorAndNothingElseIsTouched() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("lantu-write-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        // A file where a folder should be: the kind of path a typo in --output makes.
        let blocker = work.appendingPathComponent("forms")
        try Data("mine\n".utf8).write(to: blocker)
        let forms = try OfficeTools.run(OfficeTools.lantu, ["forms", "--content", Paths.exampleContent, "--year", "2024",
                                                            "--output", blocker.appendingPathComponent("2024").path])
        #expect(forms.status == 1)
        #expect(forms.errors.contains("forms/2024: error: 无法写入这个文件："), "\(forms.errors)")
        #expect(forms.errors.contains("[cannot-write-file]\n    提示：检查文件夹是否存在、能否写入，磁盘是否已满"))
        let export = try OfficeTools.run(OfficeTools.lantu, ["export", "docx", "--content", Paths.exampleContent, "--report", "2023",
                                                             "--output", blocker.appendingPathComponent("2023.docx").path])
        #expect(export.status == 1)
        #expect(export.errors.contains("forms/2023.docx: error: 无法写入这个文件："), "\(export.errors)")
        #expect(try Data(contentsOf: blocker) == Data("mine\n".utf8))
    }

    @Test func anErrorInOneFileWritesNoReportAndExitsWithOne() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("lantu-collect-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let content = work.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Paths.exampleContent, toPath: content.path)
        let forms = work.appendingPathComponent("forms").path
        let made = try OfficeTools.run(OfficeTools.lantu, ["forms", "--content", content.path, "--year", "2024", "--output", forms])
        #expect(made.status == 0)
        // A second run writes the same bytes.
        let first = try Data(contentsOf: URL(fileURLWithPath: forms + "/全部单位.xlsx"))
        _ = try OfficeTools.run(OfficeTools.lantu, ["forms", "--content", content.path, "--year", "2024", "--output", forms])
        #expect(try Data(contentsOf: URL(fileURLWithPath: forms + "/全部单位.xlsx")) == first)

        var good = Example.sheets("教务处")
        good.fill("指标", id: "tjutc-1", "2024年", "12")
        var bad = Example.sheets("人事处")
        bad.fill("指标", id: "tjutc-5", "2024年", "五十")
        try good.workbook.write(to: work.appendingPathComponent("教务处.xlsx"))
        try bad.workbook.write(to: work.appendingPathComponent("人事处.xlsx"))
        let arguments = ["collect", "--content", content.path, "--year", "2024", "--date", "2025-01-15",
                         work.appendingPathComponent("教务处.xlsx").path, work.appendingPathComponent("人事处.xlsx").path]
        let failed = try OfficeTools.run(OfficeTools.lantu, arguments)
        #expect(failed.status == 1)
        #expect(failed.errors.contains("人事处.xlsx:指标!G4: error: 数值单元格中是文字“五十”"))
        #expect(failed.errors.contains("没有写入任何文件：1 个错误"))
        #expect(failed.output.contains("2024年度填报回收情况：23 个单位应报，2 个已交，21 个未交"))
        #expect(!FileManager.default.fileExists(atPath: content.path + "/reports/tjutc-2024.md"))

        let usage = try OfficeTools.run(OfficeTools.lantu, ["collect", "--content", content.path, "--year", "2031", arguments[7]])
        #expect(usage.status == 2)
    }
}
