import Foundation
import LantuMarkdown
import LantuModel

/// One searchable place: a plan, section, indicator, unit, report or page.
struct SearchEntry: Encodable, Equatable, Sendable {
    /// Title shown in the results.
    let t: String
    /// URL relative to the site root, down to the section's anchor.
    let u: String
    /// What kind of place it is, in the site's language.
    let k: String
    /// The text searched and quoted in snippets.
    let x: String
}

/// The site search's files, shipped as scripts so search works from disk (`file://`) as well
/// as from a server. One index of a province's plans was 67 MB, too much to load for a query,
/// so the search page loads `data/search-index.js`, a manifest of a few bytes, then only what
/// one query needs:
///
/// - `data/search/e<n>.js`, the entries in site order, cut into chunks of about `chunkBytes`;
/// - `data/search/k<n>.js`, for every character and every pair of adjacent characters (the
///   keys, as `search.js` normalizes the text), the chunks whose entries hold it, spread over
///   files by a hash of the key.
///
/// A query is scored by the pairs (bigrams) it shares with an entry or by its exact phrase,
/// and both need its keys in the entry, so the chunks none of whose entries can score are
/// known from the key files alone, and the results are those of scoring every entry.
struct SearchIndex {
    struct File: Sendable {
        let path: String
        let data: Data
    }

    /// Chunks end after a plan (or unit, report, page) whose address hashes to a multiple of
    /// this, so an edit to one plan changes only its own chunk and `lantu serve` makes the
    /// others again from memory; about 100 KB on a province's plans.
    static let groupsPerChunk: UInt32 = 16
    /// A chunk longer than this ends anyway (a plan with a 30,000-row table).
    static let chunkBytes = 200 * 1024
    /// About this many chunks' keys per key file (about 80 KB on a province's plans).
    static let chunksPerKeyFile = 8
    static let folder = "data/search/"

    /// One chunk's script and keys, kept by `lantu serve` for the next build.
    struct Chunk: Sendable {
        let entries: [SearchEntry]
        let script: Data
        let keys: [UInt64]
    }

    /// The manifest and every chunk and key file for the site's entries, given per plan,
    /// unit, report and page in site order; chunks whose entries equal one in `kept` are
    /// reused from it. Also returns this build's chunks by their first entry's address.
    static func files(_ groups: [[SearchEntry]], kept: [String: Chunk] = [:])
        -> (manifest: Data, files: [File], chunks: [String: Chunk]) {
        var cut: [[SearchEntry]] = []
        var current: [SearchEntry] = []
        var size = 0
        for group in groups where !group.isEmpty {
            for entry in group {
                current.append(entry)
                size += entry.t.utf8.count + entry.u.utf8.count + entry.k.utf8.count + entry.x.utf8.count + 24
                if size >= chunkBytes { cut.append(current); current = []; size = 0 }
            }
            if !current.isEmpty, fnv(group[0].u) % groupsPerChunk == 0 { cut.append(current); current = []; size = 0 }
        }
        if !current.isEmpty || cut.isEmpty { cut.append(current) }
        let made = cut.concurrentMap { entries -> Chunk in
            if let first = entries.first, let old = kept[first.u], old.entries == entries { return old }
            return Chunk(entries: entries, script: encode(entries), keys: keys(of: entries[...]))
        }

        var postings: [UInt64: [Int]] = [:]
        for (number, chunk) in made.enumerated() {
            for key in chunk.keys { postings[key, default: []].append(number) }
        }
        let buckets = max(1, made.count / chunksPerKeyFile)
        var byBucket = [[(key: UInt64, text: String, chunks: [Int])]](repeating: [], count: buckets)
        for (key, chunks) in postings {
            let text = keyString(key)
            byBucket[bucket(text, of: buckets)].append((key, text, chunks))
        }
        var files = made.enumerated().map { number, chunk in
            File(path: folder + "e\(number).js", data: script(shard: "e\(number)", chunk.script))
        }
        files += byBucket.enumerated().map { number, keys in
            File(path: folder + "k\(number).js", data: script(shard: "k\(number)", keyObject(keys.sorted { $0.key < $1.key })))
        }
        let manifest = #"window.LANTU_SEARCH = {"chunks":\#(made.count),"keys":\#(buckets),"path":"\#(folder)"};"# + "\n"
        let chunks = Dictionary(made.compactMap { chunk in chunk.entries.first.map { ($0.u, chunk) } }, uniquingKeysWith: { first, _ in first })
        return (Data(manifest.utf8), files, chunks)
    }

    /// `search.js`'s `bucket`: FNV-1a over the key's UTF-16 code units.
    static func bucket(_ key: String, of count: Int) -> Int {
        Int(fnv(key) % UInt32(count))
    }

    private static func fnv(_ text: String) -> UInt32 {
        var hash: UInt32 = 0x811c_9dc5
        for unit in text.utf16 {
            hash ^= UInt32(unit)
            hash = hash &* 0x0100_0193
        }
        return hash
    }

    /// Every character and pair of adjacent characters of the chunk's titles and texts, after
    /// `search.js`'s `normalize` (NFKC, lower case), leaving out whitespace as it does.
    static func keys(of entries: ArraySlice<SearchEntry>) -> [UInt64] {
        var keys = Set<UInt64>()
        for entry in entries {
            for text in [entry.t, entry.x] {
                var previous: Unicode.Scalar?
                for scalar in text.precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars {
                    if isWhitespace(scalar) { previous = nil; continue }
                    keys.insert(UInt64(scalar.value) << 21 | single)
                    if let previous { keys.insert(UInt64(previous.value) << 21 | UInt64(scalar.value)) }
                    previous = scalar
                }
            }
        }
        return keys.sorted()
    }

    /// The low 21 bits of a one-character key: above every Unicode scalar.
    private static let single: UInt64 = 0x1F_FFFF

    private static func keyString(_ key: UInt64) -> String {
        var text = String(Unicode.Scalar(UInt32(key >> 21))!)
        if key & single != single { text.unicodeScalars.append(Unicode.Scalar(UInt32(key & single))!) }
        return text
    }

    /// JavaScript's `\s`.
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    /// `{"学前":[3,1,…],…}`: each key's chunks, each number the difference from the one before,
    /// which keeps long lists short. Written by hand: JSONEncoder sorting and encoding
    /// dictionaries of every key on each `serve` rebuild took longer than the rest of it.
    private static func keyObject(_ keys: [(key: UInt64, text: String, chunks: [Int])]) -> Data {
        var json = [UInt8]("{".utf8)
        for (index, entry) in keys.enumerated() {
            if index > 0 { json.append(UInt8(ascii: ",")) }
            json.append(UInt8(ascii: "\""))
            for byte in entry.text.utf8 {
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): json += [UInt8(ascii: "\\"), byte]
                case 0..<0x20: json += Array(String(format: "\\u%04x", byte).utf8)
                default: json.append(byte)
                }
            }
            json += Array("\":[".utf8)
            var last = 0
            for (position, chunk) in entry.chunks.enumerated() {
                if position > 0 { json.append(UInt8(ascii: ",")) }
                json += Array(String(chunk - last).utf8)
                last = chunk
            }
            json.append(UInt8(ascii: "]"))
        }
        json.append(UInt8(ascii: "}"))
        return Data(json)
    }

    private static func encode(_ value: some Encodable) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)) ?? Data("null".utf8)
    }

    /// `window.LANTU_SEARCH_SHARD(name, json);`. `<`, `>` and `&` only occur inside JSON
    /// strings, where `\u` escapes mean the same characters, so no content closes the script.
    private static func script(shard name: String, _ json: Data) -> Data {
        var script = Data("window.LANTU_SEARCH_SHARD(\"\(name)\",".utf8)
        script.reserveCapacity(json.count + 64)
        json.withUnsafeBytes { bytes in
            var start = 0
            for (offset, byte) in bytes.enumerated() {
                let escape: String
                switch byte {
                case UInt8(ascii: "<"): escape = "\\u003c"
                case UInt8(ascii: ">"): escape = "\\u003e"
                case UInt8(ascii: "&"): escape = "\\u0026"
                default: continue
                }
                script.append(contentsOf: bytes[start..<offset])
                script.append(contentsOf: escape.utf8)
                start = offset + 1
            }
            script.append(contentsOf: bytes[start...])
        }
        script.append(contentsOf: ");\n".utf8)
        return script
    }
}

extension SiteContext {
    /// The site's entries in groups: each plan's, as `searchEntries(_:)` makes them, then
    /// each unit's, report's and page's.
    func searchGroups(plans: [[SearchEntry]]) -> [[SearchEntry]] {
        var groups = plans
        for unit in content.units {
            groups.append([.init(t: unit.name, u: Route.unit(unit.id).path, k: t("search_kind_unit"),
                                 x: ([unit.short, unit.description].compactMap { $0 } + unit.aliases).joined(separator: " "))])
        }
        for report in content.reports {
            groups.append([.init(t: report.title, u: Route.report(report.id).path, k: t("search_kind_report"), x: plainText(report.body))])
        }
        for page in content.pages {
            groups.append([.init(t: page.title, u: Route.page(page.id).path, k: t("search_kind_page"), x: plainText(page.body))])
        }
        return groups
    }

    /// A plan's entries: itself, its sections, its indicators.
    func searchEntries(_ plan: Plan) -> [SearchEntry] {
        var entries: [SearchEntry] = []
        let planURL = Route.plan(plan.id).path
        entries.append(.init(t: plan.title, u: planURL, k: t("search_kind_plan"), x: text(plan.intro)))
        for section in plan.allSections {
            entries.append(.init(t: section.title, u: planURL + "#" + section.anchor, k: plan.title, x: text(section.blocks)))
        }
        for indicator in plan.indicators {
            let words = [indicator.category, indicator.unit, indicator.baseline?.raw, indicator.target?.raw].compactMap { $0 }
            entries.append(.init(t: indicator.name, u: Route.indicator(plan: plan.id, id: indicator.id).path,
                                 k: t("search_kind_indicator"), x: words.joined(separator: " ")))
        }
        return entries
    }

    private func text(_ blocks: [Block]) -> String {
        blocks.map { block -> String in
            switch block {
            case .markdown(let node): return node.plainText
            case .featureBox(let box): return box.title + " " + text(box.blocks)
            case .indicatorTable, .taskMetadata: return ""
            }
        }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    private func plainText(_ nodes: [MarkdownNode]) -> String {
        nodes.map(\.plainText).joined(separator: " ")
    }
}
