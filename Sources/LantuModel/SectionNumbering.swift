import Foundation

/// Reads the numbering a heading starts with, from which stable anchors are derived.
enum SectionNumbering {
    /// `三、` → 3, `(一)`/`（一）` → 1, `1.`/`1、`/`1．` → 1, `(2)` → 2, `第三章` → 3; else nil.
    /// Decimal outline numbers give their last part: `2.1 Teaching` → 1 (its parent gives the 2).
    static func number(of title: String) -> Int? {
        let text = Substring(title.trimmed)
        if let (value, rest) = leadingNumber(text) {
            if let (last, after) = outlineTail(rest), after.first.map({ $0 == " " || $0 == "\u{3000}" || "、.．".contains($0) }) ?? true {
                return last
            }
            if let next = rest.first, "、.．".contains(next) { return value }
            return nil
        }
        if let open = text.first, "(（".contains(open) {
            let inner = text.dropFirst()
            if let (value, rest) = leadingNumber(inner), let close = rest.first, ")）".contains(close) {
                return value
            }
            return nil
        }
        if text.hasPrefix("第"), let (value, rest) = leadingNumber(text.dropFirst()),
           let unit = rest.first, "章节部篇编条".contains(unit) {
            return value
        }
        return nil
    }

    /// The explicit `{#id}` at the end of a heading, and the heading without it.
    static func explicitAnchor(in title: String) -> (anchor: String, title: String)? {
        let text = title.trimmed
        guard text.hasSuffix("}"), let open = text.range(of: "{#", options: .backwards) else { return nil }
        let id = text[open.upperBound..<text.index(before: text.endIndex)]
        guard !id.isEmpty, id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
            return nil
        }
        return (String(id), String(text[..<open.lowerBound]).trimmed)
    }

    /// `.1.3` after the first number of `2.1.3 Title`: the last part and what follows it.
    private static func outlineTail(_ text: Substring) -> (Int, Substring)? {
        var rest = text
        var last: Int?
        while let dot = rest.first, dot == "." || dot == "．" {
            let digits = rest.dropFirst().prefix { $0.digitValue != nil }
            guard !digits.isEmpty, digits.count <= 3 else { break }
            last = digits.reduce(0) { $0 * 10 + $1.digitValue! }
            rest = rest.dropFirst(1 + digits.count)
        }
        return last.map { ($0, rest) }
    }

    /// Arabic or Chinese numerals (一 … 九十九) at the start of `text`.
    private static func leadingNumber(_ text: Substring) -> (Int, Substring)? {
        let arabic = text.prefix(while: { $0.digitValue != nil })
        if !arabic.isEmpty, arabic.count <= 4 {
            return (arabic.reduce(0) { $0 * 10 + $1.digitValue! }, text.dropFirst(arabic.count))
        }
        let chinese = text.prefix(while: { chineseDigits[$0] != nil || $0 == "十" })
        guard !chinese.isEmpty, let value = chineseValue(chinese) else { return nil }
        return (value, text.dropFirst(chinese.count))
    }

    private static let chineseDigits: [Character: Int] = [
        "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    /// 一 → 1, 十 → 10, 十一 → 11, 二十 → 20, 二十三 → 23.
    private static func chineseValue(_ text: Substring) -> Int? {
        let parts = text.split(separator: "十", omittingEmptySubsequences: false)
        switch parts.count {
        case 1:
            guard text.count == 1 else { return nil }
            return chineseDigits[text.first!]
        case 2:
            let tens = parts[0].isEmpty ? 1 : parts[0].count == 1 ? chineseDigits[parts[0].first!] : nil
            let ones = parts[1].isEmpty ? 0 : parts[1].count == 1 ? chineseDigits[parts[1].first!] : nil
            guard let tens, let ones else { return nil }
            return tens * 10 + ones
        default:
            return nil
        }
    }
}
