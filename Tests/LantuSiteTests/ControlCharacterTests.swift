import LantuSite
import Foundation
import LantuOffice
#if canImport(FoundationXML)
import FoundationXML
#endif
import LantuDiagnostics
import Testing

/// Control characters pasted into content (Word's line and page breaks, and every other C0 and
/// C1 control) never reach the site: each XML output stays well-formed, and each file that had
/// them gets one located warning.
@Suite struct ControlCharacterTests {
    /// Every character lantu removes: C0 but tab, line feed, carriage return (a line ending) and
    /// NUL (refused as binary), then DEL, C1, and the noncharacters XML forbids.
    static let controls = String(String.UnicodeScalarView(
        ([0x01...0x08, 0x0B...0x0C, 0x0E...0x1F, 0x7F...0x9F, 0xFFFE...0xFFFF] as [ClosedRange<UInt32>])
            .flatMap { $0 }.map { Unicode.Scalar($0)! }))

    static func content(_ c: String) -> [String: String] {
        [
            "site.yml": "title: 监测\(c)站点\norganization: 规划\(c)办\nnotice: 数据\(c)说明\nbase_url: https://www.example.edu.cn/plan/\n",
            "units.yml": "- name: 发展规划处\n  short: 规划\(c)处\n",
            "plans/p.md": """
                ---
                title: 测试\(c)规划
                period: 2021-2025
                issuer: 教育\(c)委员会
                ---
                导语\(c)正文。

                # 一、发展\(c)目标

                | 类别 | 指标 | 2020年 | 2025年 | 属性 | 责任单位 |
                |---|---|---:|---:|---|---|
                | 普及\(c)程度 | 毛入园率\(c)（%） | 90 | 95\(c) | 预期性 | 发展规划处\(c) |

                # 二、主要任务

                ## （一）建设\(c)任务

                - 牵头单位：发展\(c)规划处
                - 完成时限：2025年底
                - 相关指标：毛入园率

                - [ ] 2023年底 完成\(c)阶段目标

                > **专栏1 示例\(c)工程**
                > 专栏\(c)正文。

                """,
            "reports/r.md": """
                ---
                title: 2023年度\(c)报告
                date: 2024-01-17
                ---
                正文\(c)段落。

                | 指标 | 2023年 | 备注 |
                |---|---|---|
                | 毛入园率 | 92.8\(c) | 说明\(c) |

                """,
            "about.md": "---\ntitle: 关于\(c)本站\n---\n# 关于\(c)\n\n说明\(c)文字。\n",
        ]
    }

    func write(_ files: [String: String], to folder: URL) throws {
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    @Test func controlCharactersAreRemovedWithOneWarningPerFileAndXMLStaysWellFormed() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content")
        try write(Self.content(Self.controls), to: content)
        let output = folder.appendingPathComponent("site")
        let outcome = build(content.path, into: output)
        #expect(outcome.diagnostics.errors.isEmpty, "\(outcome.diagnostics)")
        let warnings = outcome.diagnostics.filter { $0.code == "control-characters" }
        #expect(warnings.map { String($0.location.file.dropFirst(content.path.count + 1)) }.sorted()
                == ["about.md", "plans/p.md", "reports/r.md", "site.yml", "units.yml"])
        let site = try #require(warnings.first { $0.location.file.hasSuffix("site.yml") })
        #expect(site.location.line == 1 && site.location.column == 10)
        #expect(site.message == "已从文件中删去 \(Self.controls.unicodeScalars.count * 3) 个看不见的控制字符，第一个（U+0001）在这里")

        let files = tree(output)
        for name in ["feed.xml", "sitemap.xml"] {
            let data = try #require(files[name])
            #expect(parses(data), "\(name) is not well-formed XML")
        }
        let feed = String(decoding: files["feed.xml"]!, as: UTF8.self)
        #expect(feed.contains("2023年度报告"), "the report's title reaches the feed without its control characters")
        var charts = 0
        for (path, data) in files where path.hasSuffix(".html") {
            for svg in inlineSVGs(String(decoding: data, as: UTF8.self)) {
                charts += 1
                #expect(parses(Data(svg.utf8)), "an SVG in \(path) is not well-formed XML")
            }
        }
        #expect(charts > 3)
        for (path, data) in files where !path.hasSuffix(".docx") {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.unicodeScalars.contains { ControlCharacterTests.isControl($0) }, "\(path) has a control character")
        }
        // A Word document is a zip of XML parts, which Word refuses with a control character in them.
        let documents = files.filter { $0.key.hasPrefix("downloads/") }
        #expect(documents.count == 2)
        for (path, data) in documents {
            for (part, bytes) in try ZipContainer(data: data).parts {
                let text = String(decoding: bytes, as: UTF8.self)
                #expect(!text.unicodeScalars.contains { ControlCharacterTests.isControl($0) }, "\(path): \(part) has a control character")
            }
        }
        let plan = String(decoding: files["plans/p/index.html"] ?? Data(), as: UTF8.self)
        #expect(plan.contains("测试规划") && plan.contains("毛入园率") && plan.contains("建设任务"))
    }

    @Test func contentWithoutControlCharactersHasNoWarning() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content")
        try write(Self.content(""), to: content)
        let outcome = build(content.path, into: folder.appendingPathComponent("site"))
        #expect(!outcome.diagnostics.contains { $0.message.contains("control character") }, "\(outcome.diagnostics)")
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }

    func parses(_ data: Data) -> Bool {
        XMLParser(data: data).parse()
    }

    /// Each `<svg …>…</svg>` of a page, as written.
    func inlineSVGs(_ html: String) -> [String] {
        var found: [String] = []
        var rest = html[...]
        while let open = rest.range(of: "<svg"), let close = rest[open.lowerBound...].range(of: "</svg>") {
            found.append(String(rest[open.lowerBound..<close.upperBound]))
            rest = rest[close.upperBound...]
        }
        return found
    }
}
