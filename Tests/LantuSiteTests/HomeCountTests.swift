import Foundation
import Testing

/// Every count on the home page says what it counts, and its parts add up to it: the status
/// legend, the category rows and the task badges to the indicators and tasks counted beside
/// them, with qualitative and 专栏 indicators named in words.
@Suite struct HomeCountTests {
    func home(_ content: String) throws -> String {
        let output = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        build(content, into: output)
        return try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
    }

    func matches(_ pattern: String, in text: String) -> [[String]] {
        let regex = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            (0..<match.numberOfRanges).map { Range(match.range(at: $0), in: text).map { String(text[$0]) } ?? "" }
        }
    }

    func sum(_ pattern: String, in text: String) -> Int {
        matches(pattern, in: text).reduce(0) { $0 + Int($1[1])! }
    }

    /// Checks each plan's card; returns the cards' indicator counts and their legends' texts.
    func checkCards(_ home: String) -> [(count: Int, legend: String, card: String)] {
        matches(#"<article class="card">(.*?)</article>"#, in: home).map { match in
            let card = match[1]
            let count = Int(matches(#"(\d+) 项指标"#, in: card).first?[1] ?? "") ?? -1
            if let parts = matches(#"（主要指标(\d+)项，专栏指标(\d+)项）"#, in: card).first {
                #expect(Int(parts[1])! + Int(parts[2])! == count, "main and box parts")
            }
            let legend = matches(#"<ul class="status-counts">(.*?)</ul>"#, in: card).first?[1] ?? ""
            #expect(sum(#"</span> (\d+)</li>"#, in: legend) == count, "the legend adds up to \(count)")
            let rows = matches(#"<th scope="row">[^<]*</th><td class="bar">.*?<span class="small">(.*?)</span>"#, in: card)
            if !rows.isEmpty {
                #expect(rows.reduce(0) { $0 + sum(#"(\d+)　"#, in: $1[1]) } == count, "the category rows add up to \(count)")
            }
            if let tasks = Int(matches(#"(\d+) 项任务"#, in: card).first?[1] ?? ""), tasks > 0 {
                let badges = matches(#"任务进展.*?<p class="small[^"]*">(.*?)</p>"#, in: card).first?[1] ?? ""
                #expect(sum(#"</span> (\d+) "#, in: badges) == tasks, "the task badges add up to \(tasks)")
            }
            return (count, legend, card)
        }
    }

    @Test func theExampleSitesCountsAddUp() throws {
        let cards = checkCards(try home(Paths.exampleContent))
        #expect(cards.map(\.count) == [21, 8])
        #expect(cards[0].card.contains("21 项指标（主要指标20项，专栏指标1项）"))
        #expect(cards[0].card.contains(#"<th scope="row">专栏指标</th>"#))
    }

    @Test func aQualitativeAndABoxIndicatorAreCountedInWords() throws {
        let cards = checkCards(try home(Paths.fixture("counts")))
        let card = try #require(cards.first)
        #expect(card.count == 5)
        #expect(card.card.contains("5 项指标（主要指标4项，专栏指标1项）"))
        #expect(card.legend.contains(#"<li class="status status-qualitative"><span class="badge">定性指标（不计算进度）</span> 1</li>"#))
        #expect(card.card.contains(#"<th scope="row">专栏指标</th>"#))
    }

    @Test func aSummarizingHomePageCountsItsIndicatorsToo() throws {
        let content = ScaleTests.content(plans: 60)
        defer { try? FileManager.default.removeItem(at: content) }
        let home = try home(content.path)
        #expect(home.contains("60 项规划 · 120 项指标"))
        let legend = try #require(matches(#"<ul class="status-counts">(.*?)</ul>"#, in: home).first?[1])
        #expect(sum(#"</span> (\d+)</li>"#, in: legend) == 120)
    }
}
