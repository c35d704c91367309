import Foundation
import Testing

/// The search page's script, run with Node over the built example site's index.
@Suite struct SearchTests {
    /// Loads the manifest and the search script as the page does, with shards read from disk.
    static let setup = """
    global.window = {};
    const site = process.argv[1];
    require(site + "/data/search-index.js");
    const lantu = require(site + "/assets/search.js");
    const manifest = window.LANTU_SEARCH;
    const store = lantu.shardStore((name, done) => { require(site + "/" + manifest.path + name + ".js"); done(); });
    """

    static let harness = setup + """
    lantu.searchShards(manifest, store, process.argv[2], 5, results => console.log(JSON.stringify(results.map(r => r.entry.u))));
    """

    /// Scores every entry, as the search page did when it loaded one index of everything,
    /// and compares with the sharded search for queries cut from the site's own text.
    static let comparison = setup + """
    const all = [];
    store.fetch([...Array(manifest.chunks).keys()].map(c => "e" + c), () => {
      for (let c = 0; c < manifest.chunks; c++) { all.push(...store.got["e" + c]); }
    });
    const queries = new Set(["", " ", "量子计算机", "GDP", "gdp 增长", "教育 质量", "a", "%"]);
    all.forEach((entry, i) => {
      queries.add(entry.t);
      const text = Array.from(entry.x);
      for (let at = i % 5; at < text.length; at += 23) {
        for (const length of [1, 2, 3, 4, 6]) { queries.add(text.slice(at, at + length).join("")); }
        queries.add(text.slice(at, at + 2).join("") + " " + text.slice(at + 5, at + 7).join(""));
      }
    });
    const differing = [];
    for (const query of queries) {
      const expected = JSON.stringify(lantu.search(all, query, 50).map(r => r.entry.u));
      lantu.searchShards(manifest, store, query, 50, results => {
        if (JSON.stringify(results.map(r => r.entry.u)) !== expected) { differing.push(query); }
      });
    }
    console.log(JSON.stringify({ queries: queries.size, chunks: manifest.chunks, entries: all.length, differing: differing }));
    """

    /// A server missing one entry shard: the query that needs it says so, and the next query
    /// loads it once it is back.
    static let missingShard = """
    global.window = {};
    const site = process.argv[1];
    require(site + "/data/search-index.js");
    const lantu = require(site + "/assets/search.js");
    const manifest = window.LANTU_SEARCH;
    let broken = null;
    // Each store runs a shard's script itself, as each page would.
    const loader = (name, done) => {
      if (name === broken) { done(false); return; }
      const file = require.resolve(site + "/" + manifest.path + name + ".js");
      delete require.cache[file];
      require(file); done(true);
    };
    const store = lantu.shardStore(loader);
    const query = process.argv[2];
    const outcome = {};
    lantu.searchShards(manifest, store, query, 5, (results, missing) => {
      outcome.whole = results.map(r => r.entry.u);
    });
    const fresh = lantu.shardStore(loader);
    broken = Object.keys(store.got).filter(n => n.startsWith("e"))[0];
    lantu.searchShards(manifest, fresh, query, 5, (results, missing) => {
      outcome.broken = broken; outcome.missing = missing; outcome.partial = results.map(r => r.entry.u);
    });
    broken = null;
    lantu.searchShards(manifest, fresh, query, 5, (results, missing) => {
      outcome.retried = results.map(r => r.entry.u); outcome.stillMissing = missing;
    });
    console.log(JSON.stringify(outcome));
    """

    struct Outcome: Decodable {
        let whole: [String]
        let broken: String
        let missing: [String]
        let partial: [String]
        let retried: [String]
        let stillMissing: [String]
    }

    @Test func aShardThatDoesNotLoadIsReportedAndTriedAgain() throws {
        let output = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        build(Paths.exampleContent, into: output)
        let outcome = try JSONDecoder().decode(Outcome.self, from: node(Self.missingShard, [output.path, "近视率"]))
        #expect(outcome.missing == [outcome.broken])
        #expect(outcome.partial != outcome.whole)
        #expect(outcome.stillMissing.isEmpty)
        #expect(outcome.retried == outcome.whole && !outcome.whole.isEmpty)
    }

    struct Comparison: Decodable {
        let queries: Int
        let chunks: Int
        let entries: Int
        let differing: [String]
    }

    func node(_ script: String, _ arguments: [String]) throws -> Data {
        let node = ["/usr/bin/node", "/usr/local/bin/node"].first { FileManager.default.isExecutableFile(atPath: $0) }
        let path = try #require(node ?? ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":")
            .map { "\($0)/node" }.first { FileManager.default.isExecutableFile(atPath: $0) }, "the search test needs node")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-e", script] + arguments
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }

    func search(_ query: String, in site: URL) throws -> [String] {
        try JSONDecoder().decode([String].self, from: node(Self.harness, [site.path, query]))
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

    @Test func theShardsFindWhatScoringEveryEntryFinds() throws {
        let output = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        build(Paths.exampleContent, into: output)
        let comparison = try JSONDecoder().decode(Comparison.self, from: node(Self.comparison, [output.path]))
        #expect(comparison.chunks > 1 && comparison.entries > 100 && comparison.queries > 1000, "\(comparison.chunks) chunks, \(comparison.entries) entries, \(comparison.queries) queries")
        #expect(comparison.differing.isEmpty, "\(comparison.differing.prefix(20))")
    }
}
