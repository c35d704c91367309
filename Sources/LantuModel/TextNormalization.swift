import Foundation
import LantuDiagnostics

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
public enum NearestNames {
    /// Up to `limit` candidates, nearest first, within a distance that still looks like a typo.
    public static func suggest(_ name: String, among candidates: [String], limit: Int = 3) -> [String] {
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

/// Control characters in content: invisible, they come from pasting out of Word (U+000B is its
/// line break, U+000C its page break), and XML forbids most of them, so one in a title would make
/// feed.xml ill-formed. They are removed where text is decoded, before anything is parsed.
enum ControlCharacters {
    /// The first one removed, located, and how many there were.
    struct Removed {
        let scalar: Unicode.Scalar
        let line: Int
        let column: Int
        let count: Int
    }

    /// C0 controls other than tab and line feed, DEL, C1 controls, and the noncharacters
    /// U+FFFE and U+FFFF (not characters in XML either). Carriage returns are gone by now.
    static func isRemoved(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: return false
        case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }

    /// `text` without them; nil when it has none (the common case, found by one pass over bytes).
    static func remove(from text: String) -> (text: String, removed: Removed)? {
        let utf8 = text.utf8
        var mayHave = false
        var previous: UInt8 = 0
        for byte in utf8 {
            // C0 and DEL are single bytes; C1 is C2 80–9F; U+FFFE/U+FFFF end in BF BE/BF.
            if (byte < 0x20 && byte != 0x09 && byte != 0x0A) || byte == 0x7F
                || (previous == 0xC2 && (0x80...0x9F).contains(byte)) || (previous == 0xBF && byte >= 0xBE) {
                mayHave = true
                break
            }
            previous = byte
        }
        guard mayHave else { return nil }
        var kept = String.UnicodeScalarView()
        var first: (Unicode.Scalar, Int, Int)?
        var count = 0
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars {
            if isRemoved(scalar) {
                count += 1
                if first == nil { first = (scalar, line, column) }
                continue
            }
            kept.append(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        guard let (scalar, atLine, atColumn) = first else { return nil }
        return (String(kept), Removed(scalar: scalar, line: atLine, column: atColumn, count: count))
    }

    /// `U+000B, a Word line break`: the code, and what it usually is where that is well known.
    static func describe(_ scalar: Unicode.Scalar) -> Localized {
        let code = "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
        switch scalar.value {
        case 0x0B: return Localized(zh: code + "，Word 的手动换行符", tw: code + "，Word 的手動換行符號", en: code + ", a Word line break")
        case 0x0C: return Localized(zh: code + "，Word 的分页符", tw: code + "，Word 的分頁符號", en: code + ", a Word page break")
        default: return Localized(zh: code, tw: code, en: code)
        }
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
