/// Numbers as a spreadsheet stores them (`0.92800000000000005`, `4.5E3`) turned into the text
/// a person typed (`0.928`, `4500`): the stored double has 17 digits, Excel shows 15, and
/// lantu keeps those 15 without ever printing a `Double` (92.8, not 92.80000000000001).
enum DecimalText {
    /// The plain decimal text of a stored number, times 100 for a percentage; nil when the
    /// text is not a number.
    static func normalise(_ stored: String, percent: Bool = false) -> String? {
        var text = Substring(stored.trimmingWhitespace)
        var negative = false
        if text.first == "-" || text.first == "+" {
            negative = text.first == "-"
            text = text.dropFirst()
        }
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            guard let value = Int(text[text.index(after: e)...]), abs(value) < 400 else { return nil }
            exponent = value
            text = text[..<e]
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              parts.contains(where: { !$0.isEmpty }) else { return nil }
        var digits = Array(parts[0] + (parts.count == 2 ? parts[1] : ""))
        var point = parts[0].count + exponent + (percent ? 2 : 0)
        while digits.first == "0" {
            digits.removeFirst()
            point -= 1
        }
        if digits.count > 15 {
            let roundUp = digits[15] >= "5"
            digits = Array(digits[..<15])
            if roundUp {
                var index = 14
                while index >= 0 {
                    if digits[index] == "9" {
                        digits[index] = "0"
                        index -= 1
                    } else {
                        digits[index] = Character(UnicodeScalar(digits[index].asciiValue! + 1))
                        break
                    }
                }
                if index < 0 {
                    digits.insert("1", at: 0)
                    point += 1
                }
            }
        }
        while digits.last == "0" { digits.removeLast() }
        guard !digits.isEmpty else { return "0" }
        let body: String
        if point <= 0 {
            body = "0." + String(repeating: "0", count: -point) + String(digits)
        } else if point >= digits.count {
            body = String(digits) + String(repeating: "0", count: point - digits.count)
        } else {
            body = String(digits[..<point]) + "." + String(digits[point...])
        }
        return (negative ? "-" : "") + body
    }

    /// `2023-10-08` for a date serial of the 1900 date system (or 1904's); time of day dropped.
    static func date(serial stored: String, date1904: Bool) -> String? {
        guard let whole = normalise(stored), !whole.hasPrefix("-"),
              let days = Int(whole.split(separator: ".").first ?? "0"), days < 2_958_466 else { return nil }
        // Serial 60 is the 29 February 1900 that Lotus 1-2-3 invented and Excel kept.
        var offset = date1904 ? days + 1462 : (days < 60 ? days + 1 : days)
        if !date1904, days == 60 { return "1900-02-29" }
        offset -= 25_569 // days from 1899-12-30 to 1970-01-01
        let (year, month, day) = civil(fromDays: offset)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day))"
    }

    /// The proleptic Gregorian date `days` after 1970-01-01 (Howard Hinnant's algorithm).
    static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
