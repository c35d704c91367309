import Foundation
import Testing

/// The yearly cycle as an office runs it, with the real tools: `lantu forms`, units filling the
/// workbooks in another program (openpyxl), one saved again by LibreOffice, `lantu collect`,
/// `lantu build`, and the values and statuses on the site. Needs `soffice` and python3's
/// openpyxl (`scripts/setup-office` installs both); CI always runs it.
@Suite(.enabled(if: OfficeTools.available || ProcessInfo.processInfo.environment["CI"] != nil,
                "needs LibreOffice (soffice) and python3-openpyxl: run scripts/setup-office"))
struct RoundTripTests {
    @Test func formsFilledResavedCollectedAndBuiltShowOnTheSite() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("lantu-office-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let content = work.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Paths.exampleContent, toPath: content.path)
        let forms = work.appendingPathComponent("forms").path
        let filled = work.appendingPathComponent("filled").path
        let resaved = work.appendingPathComponent("resaved").path

        let made = try OfficeTools.run(OfficeTools.lantu, ["forms", "--content", content.path, "--year", "2024", "--output", forms])
        #expect(made.status == 0, "\(made.errors)")
        #expect(FileManager.default.fileExists(atPath: forms + "/教务处.xlsx") && FileManager.default.fileExists(atPath: forms + "/全部单位.xlsx"))

        let script = work.appendingPathComponent("fill.py").path
        try Self.fillScript.write(toFile: script, atomically: true, encoding: .utf8)
        let fill = try OfficeTools.run(OfficeTools.python, [script, forms, filled])
        #expect(fill.status == 0, "\(fill.errors)")

        let profile = "file://" + work.appendingPathComponent("profile").path
        let convert = try OfficeTools.run(OfficeTools.soffice, ["-env:UserInstallation=\(profile)", "--headless", "--convert-to", "xlsx",
                                                                "--outdir", resaved, filled + "/市教委基础教育处.xlsx"])
        #expect(convert.status == 0, "\(convert.errors)")
        let resavedFile = resaved + "/市教委基础教育处.xlsx"
        #expect(FileManager.default.fileExists(atPath: resavedFile))

        let collect = try OfficeTools.run(OfficeTools.lantu, ["collect", "--content", content.path, "--year", "2024", "--date", "2025-01-20",
                                                              filled + "/教务处.xlsx", resavedFile])
        #expect(collect.status == 0, "\(collect.errors)")
        #expect(collect.output.contains("教务处  "))
        #expect(collect.output.contains("已写入 \(content.path)/reports/tjutc-2024.md"))
        #expect(collect.output.contains("已写入 \(content.path)/reports/tj-edu-2024.md"))

        let site = work.appendingPathComponent("site").path
        let build = try OfficeTools.run(OfficeTools.lantu, ["build", "--content", content.path, "--templates", Paths.templates, "--output", site])
        #expect(build.status == 0, "\(build.errors)")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: site + "/data/site.json"))) as? [String: Any]
        let plans = try #require(json?["plans"] as? [[String: Any]])
        func plan(_ id: String) -> [String: Any] { plans.first { $0["id"] as? String == id } ?? [:] }
        func indicator(_ plan: [String: Any], _ id: String) -> [String: Any] {
            (plan["indicators"] as? [[String: Any]])?.first { $0["id"] as? String == id } ?? [:]
        }
        func task(_ plan: [String: Any], _ anchor: String) -> [String: Any] {
            (plan["tasks"] as? [[String: Any]])?.first { $0["anchor"] as? String == anchor } ?? [:]
        }
        let series = indicator(plan("tjutc"), "tjutc-6")["series"] as? [[String: Any]] ?? []
        let value = series.first { $0["year"] as? Int == 2024 }
        // openpyxl stored 0.175 in a "0.0%" cell: the site shows the 17.5 the unit saw.
        #expect(value?["text"] as? String == "17.5" && value?["report"] as? String == "tjutc-2024")
        #expect(task(plan("tjutc"), "s3-2")["status"] as? String == "in-progress")
        #expect(task(plan("tjutc"), "s3-2")["progress"] as? Int == 60)
        // The workbook LibreOffice saved again: its status, progress and milestone arrived.
        let done = task(plan("tj-edu"), "s3-4-1")
        #expect(done["status"] as? String == "done" && done["progress"] as? Int == 100)
        let milestones = done["milestones"] as? [[String: Any]] ?? []
        #expect(milestones.filter { $0["report"] as? String == "tj-edu-2024" }.map { $0["text"] as? String } == ["创建普及普惠区8个"])
        #expect(task(plan("tj-edu"), "s3-4-2")["status"] as? String == "delayed")
        let page = try String(contentsOfFile: site + "/plans/tjutc/indicators/tjutc-6.html", encoding: .utf8)
        #expect(page.contains("17.5"))
    }

    /// Fills forms the way a unit does in its own spreadsheet program: numbers as numbers, one
    /// as a fraction in a percentage cell, statuses chosen from the list, a milestone done.
    static let fillScript = #"""
    import os, sys, openpyxl
    forms, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)

    def column(ws, title):
        return [c.value for c in ws[3]].index(title)

    def fill(name, values, tasks, milestones):
        wb = openpyxl.load_workbook(os.path.join(forms, name))
        ws = wb["指标"]
        for row in ws.iter_rows(min_row=4):
            if row[0].value in values:
                cell = row[column(ws, "2024年")]
                value = values[row[0].value]
                if isinstance(value, tuple):
                    cell.value, cell.number_format = value
                else:
                    cell.value = value
        ws = wb["任务"]
        for row in ws.iter_rows(min_row=4):
            if row[0].value in tasks:
                status, progress, note = tasks[row[0].value]
                row[column(ws, "状态")].value = status
                row[column(ws, "进度")].value = progress
                row[column(ws, "进展情况")].value = note
        ws = wb["里程碑"]
        for row in ws.iter_rows(min_row=4):
            if row[0].value in milestones:
                row[column(ws, "完成情况")].value = milestones[row[0].value]
        wb.save(os.path.join(out, name))

    fill("教务处.xlsx", {"tjutc-1": 12, "tjutc-6": (0.175, "0.0%")}, {"s3-2": ("进行中", 60, "完成 3 个专业的认证")}, {})
    fill("市教委基础教育处.xlsx", {}, {"s3-4-1": ("已完成", 100, "提前完成"), "s3-4-2": ("滞后", 40, "校舍改造推迟")}, {"s3-4-1#3": "已完成", "s3-4-1#4": "未完成"})
    """#
}

/// The programs the round trip needs, and a way to run them and read what they print.
enum OfficeTools {
    static let lantu = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("lantu").path
    static let soffice = find("soffice")
    static let python = "/usr/bin/python3"

    static let available: Bool = {
        guard FileManager.default.isExecutableFile(atPath: soffice), FileManager.default.isExecutableFile(atPath: python) else { return false }
        return (try? run(python, ["-c", "import openpyxl"]).status) == 0
    }()

    static func find(_ name: String) -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) } ?? "/usr/bin/\(name)"
    }

    struct Run {
        let status: Int32
        let output: String
        let errors: String
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self), errors: String(decoding: err, as: UTF8.self))
    }
}
