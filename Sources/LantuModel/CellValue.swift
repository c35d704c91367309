import Foundation
import LantuDiagnostics

/// Reads a table cell as an indicator value the way an office types it: a number with a
/// typo-like character (`92。6`, `−92.6`, a zero-width space) is read as that number with a
/// warning saying what was changed; a cell that looks numeric but is none is kept as text,
/// with a warning rather than silently (SPEC §2.3).
enum CellValue {
    static func read(_ text: String?, at location: SourceLocation, problems: inout [ContentError]) -> IndicatorValue? {
        guard let text else { return nil }
        let (fixed, fixes) = normalise(text)
        if !fixes.isEmpty, let value = IndicatorValue.parse(fixed), value.number != nil {
            problems.append(ContentError(location, .table(.normalisedNumber(text, as: fixed, fixes: fixes))))
            return value
        }
        guard let value = IndicatorValue.parse(text) else { return nil }
        if value.number == nil, looksNumeric(text) {
            problems.append(ContentError(location, .table(.notANumber(text))))
        }
        return value
    }
}

private extension CellValue {
    static let zeroWidth: Set<Unicode.Scalar> = ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}"]
    static let minusSigns: Set<Unicode.Scalar> = ["\u{2212}", "\u{FF0D}", "\u{FE63}"]

    /// The text with typo-like characters replaced by what they stand for, and what was replaced.
    static func normalise(_ text: String) -> (String, [Localized]) {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var fixes: [Localized] = []
        func note(_ fix: Localized) { if !fixes.contains(fix) { fixes.append(fix) } }
        for (index, scalar) in scalars.enumerated() {
            let before = index > 0 ? scalars[index - 1] : nil
            let after = index + 1 < scalars.count ? scalars[index + 1] : nil
            if zeroWidth.contains(scalar) {
                note(Localized(zh: "删去了看不见的零宽字符（U+\(hex(scalar))）", tw: "刪去了看不見的零寬字元（U+\(hex(scalar))）",
                               en: "an invisible zero-width character (U+\(hex(scalar))) removed"))
            } else if scalar == "。" || scalar == "｡", isDigit(before), isDigit(after) {
                out.append(".")
                note(Localized(zh: "数字之间的“\(scalar)”当作小数点", tw: "數字之間的「\(scalar)」當作小數點", en: "'\(scalar)' between digits read as a decimal point"))
            } else if minusSigns.contains(scalar), isDigit(after) {
                out.append("-")
                note(Localized(zh: "负号“\(scalar)”（U+\(hex(scalar))）当作“-”", tw: "負號「\(scalar)」（U+\(hex(scalar))）當作「-」",
                               en: "the minus sign '\(scalar)' (U+\(hex(scalar))) read as '-'"))
            } else {
                out.append(scalar)
            }
        }
        return (String(out), fixes)
    }

    /// Digits and number punctuation only, with at least one digit: `92,6`, `92..6`.
    static func looksNumeric(_ text: String) -> Bool {
        let key = text.precomposedStringWithCompatibilityMapping
        return key.contains(where: \.isNumber)
            && key.allSatisfy { $0.isNumber || ".,。、·-+%‰ ".contains($0) }
    }

    static func isDigit(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return ("0"..."9").contains(scalar) || ("\u{FF10}"..."\u{FF19}").contains(scalar)
    }

    static func hex(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
