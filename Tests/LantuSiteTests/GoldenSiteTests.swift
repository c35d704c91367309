import Foundation
import Testing
import LantuSite

/// Builds a small fixture site and compares the whole output tree with `Snapshots/golden`.
///
/// Run with `LANTU_RECORD=1` to re-record; a recording run fails so a person reviews the diff.
@Suite struct GoldenSiteTests {
    @Test func buildsTheFixtureSiteExactlyAsRecorded() throws {
        let output = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let outcome = build(Paths.fixture("golden"), into: output)
        // The fixture keeps a stale indicator and an overdue task and milestone, which `build` warns about as `check` does.
        #expect(outcome.diagnostics.map(\.message) == [
            "“生师比”缺少最近一个报告年份的数值（它最近的数值是 2022 年的）",
            "任务“（一）人才培养”已过完成时限 2023-12-31，尚未完成",
            "任务“（一）人才培养”的里程碑“建成一流专业5个”完成时限为 2023年底，现在还没有完成",
        ])
        let actual = tree(output)
        let snapshot = Paths.snapshot("golden")
        if ProcessInfo.processInfo.environment["LANTU_RECORD"] != nil {
            try? FileManager.default.removeItem(at: snapshot)
            for (path, data) in actual {
                let url = snapshot.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
            Issue.record("recorded \(actual.count) files into Snapshots/golden; review the diff and run again without LANTU_RECORD")
            return
        }
        let expected = tree(snapshot)
        #expect(actual.keys.sorted() == expected.keys.sorted())
        for path in expected.keys.sorted() where actual[path] != expected[path] {
            Issue.record("\(path) differs from Snapshots/golden/\(path)")
        }
    }

    @Test func writesTheIndicatorCSVAsSpecified() throws {
        let output = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        build(Paths.fixture("golden"), into: output)
        let data = try Data(contentsOf: output.appendingPathComponent("data/indicators.csv"))
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let lines = String(decoding: data.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(lines[0] == "plan,id,name,category,unit,attribute,attribute_label,baseline_year,baseline,target_year,target,comparator,latest_year,latest,progress,expected,status,status_label")
        #expect(lines[1] == "college,college-1,在校生,规模,人,expected,预期性,2020,8000,2025,10000,,2023,9100,0.55,0.6,behind,略有滞后")
        #expect(lines[2] == "college,college-2,生师比,规模,,binding,约束性,2020,18.5,2025,17,<=,2022,18.6,-0.0667,0.4,on-track,进展顺利")
        #expect(lines[3] == "college,college-3,毕业生就业率,质量,%,expected,预期性,2020,95,2025,95,>,2023,96,,0.6,achieved,已达成")
        #expect(lines[4] == "college,college-4,智慧教室覆盖,质量,,expected,预期性,2020,部分,2025,全覆盖,,,,,,,")
    }

    @Test func writesOneMeasurementRowPerIndicatorAndYearWithItsChange() throws {
        let output = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        build(Paths.fixture("golden"), into: output)
        let data = try Data(contentsOf: output.appendingPathComponent("data/measurements.csv"))
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: data.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n") == [
            "plan,id,name,unit,year,value,text,source,change,better",
            "college,college-1,在校生,人,2020,8000,\"8,000\",plan,,",
            "college,college-1,在校生,人,2022,8600,\"8,600\",2023,600,true",
            "college,college-1,在校生,人,2023,9100,\"9,100\",2023,500,true",
            "college,college-2,生师比,,2020,18.5,18.5,plan,,",
            // 生师比 has the target ≤17: a rise is for the worse.
            "college,college-2,生师比,,2022,18.6,18.6,2023,0.1,false",
            "college,college-3,毕业生就业率,%,2020,95,95,plan,,",
            "college,college-3,毕业生就业率,%,2023,96,96,2023,1,true",
            "college,college-4,智慧教室覆盖,,2020,,部分,plan,,",
            "",
        ])
    }

    @Test func sameInputGivesIdenticalBytesAndRewritesNothing() throws {
        let first = temporaryFolder()
        let second = temporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        build(Paths.exampleContent, into: first)
        build(Paths.exampleContent, into: second)
        let (one, two) = (tree(first), tree(second))
        #expect(one.keys.sorted() == two.keys.sorted())
        for path in one.keys.sorted() where one[path] != two[path] {
            Issue.record("\(path) differs between two builds of the same content")
        }
        let again = build(Paths.exampleContent, into: first)
        #expect(again.summary?.written == 0)
        #expect(again.summary?.unchanged == tree(first).count)
    }
}

@Suite struct ProgressDisplayTests {
    func page(_ output: URL, _ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func showsOverridesStaleDataAndTheWorkings() throws {
        let output = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        build(Paths.fixture("golden"), into: output)
        let ratio = try page(output, "plans/college/indicators/college-2.html")
        #expect(ratio.contains("<span class=\"tag\">人工认定</span>"))
        #expect(ratio.contains("该状态由《2023年度进展报告》人工认定: 经专家组评估"))
        #expect(ratio.contains("最新数据为2022年"))
        let students = try page(output, "plans/college/indicators/college-1.html")
        #expect(students.contains("b = 8,000 (2020), v = 9,100 (2023), t = 1万 (2025); p = 55%, e = 60% (按时间进度) → 略有滞后 (0.6·e ≤ p &lt; 0.95·e)"))
        let plan = try page(output, "plans/college/index.html")
        #expect(plan.contains("<tr class=\"status-on-track\">"))
        #expect(plan.contains("<span class=\"tag stale\">数据未更新</span>"))
        #expect(plan.contains("<a href=\"../../plans/college/index.html#status-behind\"><rect class=\"seg status-behind\""))
        #expect(plan.contains("id=\"status-behind\""))
    }

    @Test func theGrowthRatioMethodChangesRulesAndMethodology() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content")
        try FileManager.default.copyItem(atPath: Paths.fixture("golden"), toPath: content.path)
        let site = content.appendingPathComponent("site.yml")
        try (String(contentsOf: site, encoding: .utf8) + "progress: cagr\n").write(to: site, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("out")
        #expect(build(content.path, into: output).summary != nil)
        let students = try page(output, "plans/college/indicators/college-1.html")
        #expect(students.contains("CAGR 4.4% / 4.6% = 0.96 → 进展顺利 (增长比率 ≥ 0.95)"))
        let methodology = try page(output, "methodology.html")
        #expect(methodology.contains("增长比率法"))
        #expect(!methodology.contains("应达进度 e = min"))
    }
}
