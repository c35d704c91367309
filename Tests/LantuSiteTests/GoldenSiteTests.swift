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
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
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
        #expect(lines[0] == "plan,id,name,category,unit,attribute,baseline_year,baseline,target_year,target,comparator,latest_year,latest,progress,expected,status")
        #expect(lines[1] == "college,college-1,在校生,规模,人,expected,2020,8000,2025,10000,,2023,9100,0.55,0.6,behind")
        #expect(lines[2] == "college,college-2,生师比,规模,,binding,2020,18.5,2025,17,<=,2023,18.8,-0.2,0.6,regressing")
        #expect(lines[3] == "college,college-3,毕业生就业率,质量,%,expected,2020,95,2025,95,>,2023,96,,0.6,achieved")
        #expect(lines[4] == "college,college-4,智慧教室覆盖,质量,,expected,2020,部分,2025,全覆盖,,,,,,")
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
        #expect(tree(first) == tree(second))
        let again = build(Paths.exampleContent, into: first)
        #expect(again.summary?.written == 0)
        #expect(again.summary?.unchanged == tree(first).count)
    }
}
