import Foundation
import LantuDiagnostics
import LantuModel
import Testing
@testable import LantuSite

/// `check`, `new` and `publish`, the commands of the weekly editing loop.
@Suite struct AuthoringTests {
    func copyOfGolden() throws -> (URL, String) {
        let folder = temporaryFolder()
        let content = folder.appendingPathComponent("content")
        try FileManager.default.copyItem(atPath: Paths.fixture("golden"), toPath: content.path)
        return (folder, content.path)
    }

    @Test func checkFormatsGitHubAnnotations() {
        let diagnostics = [
            Diagnostic(.error, at: SourceLocation(file: "content/plans/a,b.md", line: 12, column: 5), code: "unknown-task-key",
                       "不认识的任务设置“牵头部门”", hint: "是不是要写 “牵头单位”？"),
            Diagnostic(.warning, at: SourceLocation(file: "content/site.yml"), code: "x", "100% done: yes"),
        ]
        #expect(DiagnosticPrinter.github(diagnostics, in: .simplifiedChinese) == """
        ::error file=content/plans/a%2Cb.md,line=12,col=5,title=unknown-task-key::不认识的任务设置“牵头部门”%0A提示：是不是要写 “牵头单位”？
        ::warning file=content/site.yml,title=x::100%25 done: yes

        """)
        let json = DiagnosticPrinter.json(diagnostics)
        #expect(json.hasPrefix(#"[{"file":"content/plans/a,b.md","line":12,"column":5,"severity":"error","code":"unknown-task-key","message":"不认识的任务设置“牵头部门”","hint":"是不是要写 “牵头单位”？"}"#))
        #expect((try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [Any] != nil)
    }

    @Test func checkAddsAdviceAndWritesNothing() throws {
        let (folder, content) = try copyOfGolden()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = tree(folder)
        let (diagnostics, language) = SiteBuild.check(content: content, templates: Paths.templates)
        #expect(language == .simplifiedChinese)
        #expect(!diagnostics.hasErrors)
        #expect(diagnostics.contains { $0.message == "任务“（一）人才培养”已过完成时限 2023-12-31，尚未完成" && $0.code == "overdue-task" })
        #expect(diagnostics.contains { $0.message.hasPrefix("“生师比”缺少最近一个报告年份的数值") && $0.code == "stale-indicator" })
        #expect(tree(folder) == before)
    }

    @Test(arguments: Scaffold.Kind.allCases)
    func starterFilesBuildWithoutErrorsAndAreNeverOverwritten(kind: Scaffold.Kind) throws {
        let (folder, content) = try copyOfGolden()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (path, problems) = try Scaffold.create(kind, name: "starter", content: content, today: PlanDate(year: 2024, month: 6, day: 1),
                                                     language: .simplifiedChinese)
        #expect(FileManager.default.fileExists(atPath: path))
        if kind == .plan {
            // The fixture's report relied on there being one plan; the new plan makes `plan:` required.
            #expect(problems.map(\.message) == ["这份报告没有写明报告的是哪个规划"])
            let report = URL(fileURLWithPath: content).appendingPathComponent("reports/2023.md")
            try String(contentsOf: report, encoding: .utf8).replacingOccurrences(of: "date: 2024-01-15", with: "date: 2024-01-15\nplan: college")
                .write(to: report, atomically: true, encoding: .utf8)
        } else {
            #expect(problems.isEmpty)
        }
        let outcome = build(content, into: folder.appendingPathComponent("out"))
        #expect(!outcome.diagnostics.hasErrors, "\(outcome.diagnostics)")
        #expect(throws: SiteError.self) { try Scaffold.create(kind, name: "starter", content: content, today: PlanDate(year: 2024), language: .english) }
    }

    @Test func publishSwapsCurrentAndRollsBack() throws {
        let (folder, content) = try copyOfGolden()
        defer { try? FileManager.default.removeItem(at: folder) }
        let www = folder.appendingPathComponent("www").path
        let options = SiteBuild.Options(content: content, templates: Paths.templates, output: www)
        for _ in 1...7 {
            #expect(Publisher.publish(options, into: www).summary != nil)
        }
        #expect(Publisher.currentRelease(www) == 7)
        #expect(try FileManager.default.contentsOfDirectory(atPath: www + "/releases").filter { !$0.hasPrefix(".") }.sorted() == ["3", "4", "5", "6", "7"])
        #expect(FileManager.default.fileExists(atPath: www + "/current/index.html"))
        let mode = try FileManager.default.attributesOfItem(atPath: www + "/releases/7/index.html")[.posixPermissions] as? Int
        #expect(mode == 0o644)
        #expect(try Publisher.rollback(www) == 6)
        #expect(Publisher.currentRelease(www) == 6)

        let broken = URL(fileURLWithPath: content).appendingPathComponent("plans/broken.md")
        try "---\ntitle: x\n---\n".write(to: broken, atomically: true, encoding: .utf8)
        let failed = Publisher.publish(options, into: www)
        #expect(failed.summary == nil)
        #expect(Publisher.currentRelease(www) == 6)
        #expect(try FileManager.default.contentsOfDirectory(atPath: www + "/releases").sorted() == [".3.lantu-lock", ".4.lantu-lock", ".5.lantu-lock", ".6.lantu-lock", ".7.lantu-lock", ".live", "3", "4", "5", "6", "7"])
    }
}
