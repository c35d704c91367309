import LantuDiagnostics

/// The keys each kind of YAML lantu reads (SPEC §2.1–2.5), so that a misspelt key is an error
/// rather than a setting silently left out.
enum FrontMatterKeys {
    static let site = ["title", "organization", "language", "base_url", "as_of", "progress", "notice"]
    static let page = ["title", "kind", "id"]
    static let plan = page + ["period", "baseline_year", "issuer", "issued", "parent", "status", "aligns"]
    static let report = page + ["date", "plan", "type"]
    static let unit = ["name", "short", "aliases", "description"]

    static func known(for kind: SourceDocument.Kind) -> [String] {
        switch kind {
        case .plan: return plan
        case .report: return report
        case .page: return page
        }
    }

    /// Checks a document's keys against those its kind reads; a key another kind reads says so,
    /// as the file is then more likely of the wrong kind than misspelt.
    static func check(_ document: SourceDocument) -> [ContentError] {
        check(document.frontMatter.keys, known: known(for: document.kind), in: .frontMatter(kind: document.kind.rawValue)) { key in
            [SourceDocument.Kind.plan, .report].first { $0 != document.kind && known(for: $0).contains(key) }.map(\.rawValue)
        }
    }

    /// An error for each key that is none of `known` (canonical names) in any accepted spelling,
    /// with the nearest spellings, and for a second spelling of one key (`title:` and `标题:`),
    /// of which only one would be read; `place` says where, e.g. site.yml. Keys come folded
    /// already, as this runs for every document on every load.
    static func check(_ keys: [FrontMatter.Key], known: [String], in place: KeyPlace,
                      readBy: (String) -> String? = { _ in nil }) -> [ContentError] {
        var seen: [String: FrontMatter.Key] = [:]
        return keys.compactMap { key in
            if let first = seen[key.canonical] {
                return ContentError(key.location, .repeatedKey(key.written, first: first.written, at: first.location))
            }
            seen[key.canonical] = key
            guard !known.contains(key.canonical) else { return nil }
            let reason: ContentError.Reason
            if let kind = readBy(key.canonical) {
                reason = .keyOfAnotherKind(key.written, in: place, kind: kind)
            } else {
                let spellings = known + FrontMatter.aliases.filter { known.contains($0.value) }.keys.sorted()
                reason = .unknownFrontMatterKey(key.written, in: place, suggestions: nearest(key.written, among: spellings), known: known)
            }
            return ContentError(key.location, reason)
        }
    }

    /// `check` for the keys of a YAML mapping read outside front matter (site.yml, units.yml).
    static func check(_ pairs: [(key: String, keyLocation: SourceLocation, value: YAMLValue)], known: [String], in place: KeyPlace) -> [ContentError] {
        check(pairs.map { FrontMatter.Key(written: $0.key, canonical: FrontMatter.canonicalKey($0.key), location: $0.keyLocation) },
              known: known, in: place)
    }

    /// The nearest spellings only, one per key: for keys of two characters every other
    /// two-character key is "near", and `baseline` needs no mention beside `baseline_year`.
    private static func nearest(_ key: String, among spellings: [String]) -> [String] {
        let distance = { (candidate: String) in NearestNames.editDistance(Array(key.comparisonKey), Array(candidate.comparisonKey)) }
        let ranked = NearestNames.suggest(key, among: spellings)
        guard let best = ranked.first.map(distance) else { return [] }
        var keys: Set<String> = []
        return ranked.filter { distance($0) == best && keys.insert(FrontMatter.canonicalKey($0)).inserted }
    }
}
