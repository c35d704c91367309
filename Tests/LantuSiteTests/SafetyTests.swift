import LantuDiagnostics
import Foundation
import Testing
import LantuSite

@Suite struct SafetyTests {
    @Test func contentNeverReachesThePageUnescaped() throws {
        let output = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let outcome = build(Paths.fixture("hostile"), into: output)
        #expect(!outcome.diagnostics.contains { $0.severity == .error }, "\(outcome.diagnostics)")
        let files = tree(output)
        #expect(files.count > 5)
        for (path, data) in files where path.hasSuffix(".html") {
            // The search page's own two scripts are the only scripts lantu writes.
            let html = String(decoding: data, as: UTF8.self).lowercased()
                .replacingOccurrences(of: "<script src=\"data/search-index.js\"></script>", with: "")
                .replacingOccurrences(of: "<script src=\"assets/search.js\"></script>", with: "")
            #expect(!html.contains("<script"), "\(path) has a script tag")
            #expect(html.range(of: #"<[^>]*\son(error|load)="#, options: .regularExpression) == nil, "\(path) lets content add an attribute")
            #expect(!html.contains("<img src=x"), "\(path) has content HTML")
            #expect(!html.contains("<svg onload"), "\(path) has content SVG")
            #expect(!html.contains("javascript:") && !html.contains("vbscript:") && !html.contains("data:text/html"), "\(path) has an unsafe link")
        }
        let plan = String(decoding: files["plans/evil/index.html"] ?? Data(), as: UTF8.self)
        #expect(plan.contains("&quot;&gt;&lt;script&gt;alert(&#39;plan&#39;)&lt;/script&gt;"))
        #expect(plan.contains("<!-- raw HTML omitted -->"))
        let index = files.filter { $0.key.hasPrefix("data/search/") }.values.map { String(decoding: $0, as: UTF8.self) }.joined()
        #expect(index.contains("alert") && !index.contains("<") && !index.contains(">\""))
        let json = String(decoding: files["data/site.json"] ?? Data(), as: UTF8.self)
        #expect((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil)
        let feed = String(decoding: files["feed.xml"] ?? Data(), as: UTF8.self)
        #expect(!feed.contains("<script"))
        let csv = String(decoding: files["data/indicators.csv"] ?? Data(), as: UTF8.self)
        #expect(csv.contains(",'=HYPERLINK,"))
        let measurements = String(decoding: files["data/measurements.csv"] ?? Data(), as: UTF8.self)
        #expect(measurements.contains(",'=HYPERLINK,") && !measurements.contains(",=HYPERLINK"))
    }

    @Test func aContentErrorLeavesTheOutputByteIdentical() throws {
        let output = temporaryFolder()
        let broken = temporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: output)
            try? FileManager.default.removeItem(at: broken)
        }
        build(Paths.fixture("golden"), into: output)
        let before = tree(output)
        let content = broken.appendingPathComponent("content")
        try FileManager.default.copyItem(atPath: Paths.fixture("golden"), toPath: content.path)
        let plan = content.appendingPathComponent("plans/college.md")
        let text = try String(contentsOf: plan, encoding: .utf8).replacingOccurrences(of: "- 牵头单位：人事处", with: "- 牵头部门：人事处")
        try text.write(to: plan, atomically: true, encoding: .utf8)
        try "title: x\n".write(to: content.appendingPathComponent("plans/broken.md"), atomically: true, encoding: .utf8)

        let outcome = build(content.path, into: output)
        #expect(outcome.summary == nil)
        let errors = outcome.diagnostics.errors
        #expect(errors.contains { $0.message == "无法识别任务下的“牵头部门”" && $0.location.line == 40 })
        #expect(errors.contains { $0.location.file.hasSuffix("plans/broken.md") })
        #expect(tree(output) == before)
    }

    @Test func refusesAnOutputFolderInsideTheContent() {
        let outcome = SiteBuild.run(.init(content: Paths.fixture("golden"), templates: Paths.templates,
                                          output: Paths.fixture("golden") + "/site"))
        #expect(outcome.summary == nil)
        #expect(outcome.refused)
        #expect(outcome.diagnostics.first?.message == "输出文件夹 \(Paths.fixture("golden"))/site 在内容文件夹 \(Paths.fixture("golden")) 里面；把网站写在那里会替换掉它")
        #expect(!FileManager.default.fileExists(atPath: Paths.fixture("golden") + "/site"))
    }
}

@Suite struct ContentSymlinkTests {
    @Test func aSymlinkOutOfTheContentIsRefusedAndOneInsideIsRead() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content")
        try FileManager.default.copyItem(atPath: Paths.fixture("golden"), toPath: content.path)
        try FileManager.default.createSymbolicLink(atPath: content.appendingPathComponent("notes.md").path, withDestinationPath: "about.md")
        let inside = build(content.path, into: folder.appendingPathComponent("a"))
        #expect(inside.summary != nil, "\(inside.diagnostics)")
        try FileManager.default.createSymbolicLink(atPath: content.appendingPathComponent("leak.md").path, withDestinationPath: "/etc/hostname")
        let outcome = build(content.path, into: folder.appendingPathComponent("b"))
        #expect(outcome.summary == nil)
        #expect(outcome.diagnostics.contains { $0.location.file.hasSuffix("content/leak.md") && $0.message == "链接“/etc/hostname”指到了内容文件夹之外" })
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("b").path))
    }
}
