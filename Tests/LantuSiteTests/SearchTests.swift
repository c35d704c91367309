import Foundation
import Testing

/// The search page's script, run with Node over the built example site's index.
@Suite struct SearchTests {
    static let harness = """
    global.window = {};
    require(process.argv[1] + "/data/search-index.js");
    const search = require(process.argv[1] + "/assets/search.js").search;
    const results = search(window.LANTU_SEARCH_INDEX, process.argv[2], 5);
    console.log(JSON.stringify(results.map(r => r.entry.u)));
    """

    func search(_ query: String, in site: URL) throws -> [String] {
        let node = ["/usr/bin/node", "/usr/local/bin/node"].first { FileManager.default.isExecutableFile(atPath: $0) }
        let path = try #require(node ?? ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":")
            .map { "\($0)/node" }.first { FileManager.default.isExecutableFile(atPath: $0) }, "the search test needs node")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-e", Self.harness, site.path, query]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return try JSONDecoder().decode([String].self, from: data)
    }

    @Test func findsAChinesePhraseInItsSection() throws {
        let output = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        build(Paths.exampleContent, into: output)
        #expect(try search("学前教育普及普惠", in: output).first == "plans/tj-edu/index.html#s3-4-1")
        #expect(try search("“双带头人”", in: output).contains("plans/tj-edu/index.html#s1-1"))
        #expect(try search("近视率", in: output).first == "plans/tj-edu/indicators/tj-edu-16.html")
        #expect(try search("鲁班工坊", in: output).contains("plans/tjutc/indicators/tjutc-7.html"))
        #expect(try search("量子计算机", in: output).isEmpty)
    }
}
