import Foundation
import Testing
@testable import LantuSite

/// A planning office starts with the `lantu` binary alone: `lantu init`, then `lantu build`.
@Suite struct StarterTests {
    func run(_ executable: URL, _ arguments: [String], in folder: URL) throws -> ProgramRun {
        try ProgramRun.run(arguments, executable: executable, in: folder)
    }

    @Test func theBinaryAloneStartsASiteThatBuildsCleanly() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = folder.appendingPathComponent("lantu")
        try FileManager.default.copyItem(at: CommandLineTests.executable, to: binary)
        let created = try run(binary, ["init", "规划网站"], in: folder)
        #expect(created.status == 0, "\(created.output)")
        #expect(created.output.contains("cd 规划网站\n  lantu build"))
        let site = folder.appendingPathComponent("规划网站")
        for file in ["content/site.yml", "content/plans/shisiwu.md", "content/reports/2023.md", "content/units.yml",
                     ".gitignore", ".github/workflows/site.yml", ".gitlab-ci.yml"] {
            #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent(file).path), "\(file)")
        }
        let built = try run(binary, ["build"], in: site)
        #expect(built.status == 0, "\(built.output)")
        #expect(built.output.contains("0 个错误，0 个警告"), "the starter should teach that warnings mean something: \(built.output)")
        let home = try String(contentsOf: site.appendingPathComponent("site/index.html"), encoding: .utf8)
        #expect(home.contains("示范学院“十四五”事业发展规划"))
        // The starter shows each kind of thing it is there to teach.
        let plan = try String(contentsOf: site.appendingPathComponent("site/plans/shisiwu/index.html"), encoding: .utf8)
        for shown in ["约束性", "专栏1 科研平台建设工程", "教务处", "≤18"] { #expect(plan.contains(shown), "\(shown)") }
        let indicators = try String(contentsOf: site.appendingPathComponent("site/data/indicators.csv"), encoding: .utf8)
        #expect(indicators.contains(",expected,预期性,") && indicators.contains(",binding,约束性,"))

        let again = try run(binary, ["init", "规划网站"], in: folder)
        #expect(again.status == 1)
        #expect(try String(contentsOf: site.appendingPathComponent("content/site.yml"), encoding: .utf8).hasPrefix("# 站点设置"))
    }

    @Test func initKeepsTheUsersOwnFiles() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("# 我们的网站\n".utf8).write(to: folder.appendingPathComponent("README.md"))
        let created = try run(CommandLineTests.executable, ["init"], in: folder)
        #expect(created.status == 0, "\(created.output)")
        #expect(created.output.contains("README.md"))
        #expect(FileManager.default.contents(atPath: folder.appendingPathComponent("README.md").path) == Data("# 我们的网站\n".utf8))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("content/site.yml").path))
    }

    @Test(arguments: [
        ("十四五规划", "shi-si-wu-gui-hua"),
        ("“人才强校”专项规划", "ren-cai-qiang-xiao-zhuan-xiang-gui-hua"),
        ("2024年度报告", "2024-nian-du-bao-gao"),
        ("tjutc-talent", "tjutc-talent"),
        ("About Us", "about-us"),
    ])
    func aNameGetsAnIDOfPinyin(name: String, id: String) {
        #expect(Scaffold.documentID(for: name) == id)
    }

    @Test func newTakesAChineseTitleAndAsksNothing() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try run(CommandLineTests.executable, ["init"], in: folder).status == 0)
        let plan = try run(CommandLineTests.executable, ["new", "plan", "人才强校专项规划"], in: folder)
        #expect(plan.status == 0, "\(plan.output)")
        let text = try String(contentsOf: folder.appendingPathComponent("content/plans/ren-cai-qiang-xiao-zhuan-xiang-gui-hua.md"), encoding: .utf8)
        #expect(text.contains("title: 人才强校专项规划\n"))
        let page = try run(CommandLineTests.executable, ["new", "page", "about"], in: folder)
        #expect(page.status == 0, "\(page.output)")
        let about = try String(contentsOf: folder.appendingPathComponent("content/about.md"), encoding: .utf8)
        #expect(!about.contains("title: about"))
        #expect(try run(CommandLineTests.executable, ["build"], in: folder).status == 0)
    }
}
