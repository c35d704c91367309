import Foundation

extension String {
    /// The form in which keys, headers and names are compared: full-width folded to ASCII
    /// (NFKC), Traditional folded to Simplified, lowercased, white space removed.
    ///
    /// So `牽頭單位`, `牵头单位` and `牵头 单位` are one key, and `ＩＤ` is `id`.
    var comparisonKey: String {
        var text = precomposedStringWithCompatibilityMapping
        if text.unicodeScalars.contains(where: { $0.value > 0x7F }),
           let simplified = text.applyingTransform(StringTransform("Hant-Hans"), reverse: false) {
            text = simplified
        }
        return String(text.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace })
    }

    /// Trimmed of white space, including the ideographic space U+3000.
    var trimmed: String {
        trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Splits a list of names the way plans write them: by 、 , ， ; ；.
    var splitList: [String] {
        split(whereSeparator: { "、,，;；".contains($0) }).map { String($0).trimmed }.filter { !$0.isEmpty }
    }
}

/// Finds the names closest to a misspelt one, for "did you mean" hints.
enum NearestNames {
    /// Up to `limit` candidates, nearest first, within a distance that still looks like a typo.
    static func suggest(_ name: String, among candidates: [String], limit: Int = 3) -> [String] {
        let key = Array(name.comparisonKey)
        let scored = candidates.map { candidate -> (Int, String) in
            let distance = editDistance(key, Array(candidate.comparisonKey))
            return (distance, candidate)
        }
        let threshold = max(2, key.count / 2)
        var seen: Set<String> = []
        return scored.filter { $0.0 <= threshold }
            .sorted { ($0.0, $0.1) < ($1.0, $1.1) }
            .map(\.1)
            .filter { seen.insert($0).inserted }
            .prefix(limit)
            .map { $0 }
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
