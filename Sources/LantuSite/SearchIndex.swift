import Foundation
import LantuMarkdown
import LantuModel

/// One searchable place: a plan, section, indicator, unit, report or page.
struct SearchEntry: Encodable, Sendable {
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

    /// About this many bytes of entries per chunk: small enough to load for a query, large
    /// enough that a key's list of chunks stays short.
    static let chunkBytes = 96 * 1024
    /// About this many bytes of key lists per key file.
    static let keyFileBytes = 64 * 1024
    static let folder = "data/search/"

    /// The manifest and every chunk and key file for `entries`, in site order.
    static func files(_ entries: [SearchEntry]) -> (manifest: Data, files: [File]) {
        var chunks: [ArraySlice<SearchEntry>] = []
        var start = 0, size = 0
        for (index, entry) in entries.enumerated() {
            size += entry.t.utf8.count + entry.u.utf8.count + entry.k.utf8.count + entry.x.utf8.count + 24
            if size >= chunkBytes {
                chunks.append(entries[start...index])
                start = index + 1
                size = 0
            }
        }
        if start < entries.count || chunks.isEmpty { chunks.append(entries[start...]) }
        let made = chunks.concurrentMap { chunk in (script: encode(Array(chunk)), keys: keys(of: chunk)) }

        var postings: [UInt64: [Int]] = [:]
        var listed = 0
        for (number, chunk) in made.enumerated() {
            for key in chunk.keys { postings[key, default: []].append(number) }
            listed += chunk.keys.count
        }
        // About 2 bytes per chunk listed and 12 per key (`"学前":[…],`).
        let buckets = max(1, (listed * 2 + postings.count * 12) / keyFileBytes)
        var byBucket = [[String: [Int]]](repeating: [:], count: buckets)
        for (key, chunks) in postings {
            // Each chunk number as the difference from the one before, which keeps long lists short.
            let text = keyString(key)
            byBucket[bucket(text, of: buckets)][text] = zip(chunks, [0] + chunks).map { $0 - $1 }
        }
        var files = made.enumerated().map { number, chunk in
            File(path: folder + "e\(number).js", data: script(shard: "e\(number)", chunk.script))
        }
        files += byBucket.enumerated().map { number, keys in
            File(path: folder + "k\(number).js", data: script(shard: "k\(number)", encode(keys)))
        }
        let manifest = #"window.LANTU_SEARCH = {"chunks":\#(made.count),"keys":\#(buckets),"path":"\#(folder)"};"# + "\n"
        return (Data(manifest.utf8), files)
    }

    /// `search.js`'s `bucket`: FNV-1a over the key's UTF-16 code units.
    static func bucket(_ key: String, of count: Int) -> Int {
        var hash: UInt32 = 0x811c_9dc5
        for unit in key.utf16 {
            hash ^= UInt32(unit)
            hash = hash &* 0x0100_0193
        }
        return Int(hash % UInt32(count))
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
    /// Every entry of the site: each plan's, as `searchEntries(_:)` makes them, then units,
    /// reports and pages.
    func searchEntries(plans: [[SearchEntry]]) -> [SearchEntry] {
        var entries = plans.flatMap { $0 }
        for unit in content.units {
            entries.append(.init(t: unit.name, u: Route.unit(unit.id).path, k: t("search_kind_unit"),
                                 x: ([unit.short, unit.description].compactMap { $0 } + unit.aliases).joined(separator: " ")))
        }
        for report in content.reports {
            entries.append(.init(t: report.title, u: Route.report(report.id).path, k: t("search_kind_report"), x: plainText(report.body)))
        }
        for page in content.pages {
            entries.append(.init(t: page.title, u: Route.page(page.id).path, k: t("search_kind_page"), x: plainText(page.body)))
        }
        return entries
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
