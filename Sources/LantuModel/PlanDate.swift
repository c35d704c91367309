/// A date as plans write it: a year, a month or a day (`2025`, `2025年12月`, `2025年底`).
public struct PlanDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let year: Int
    /// nil when only the year was given.
    public let month: Int?
    /// nil when no day was given.
    public let day: Int?
    /// The part of the year the text named (`2024年上半年`), shown that way rather than as the
    /// day it ends on; nil for a plain year, month or day.
    public let period: Period?

    public init(year: Int, month: Int? = nil, day: Int? = nil, period: Period? = nil) {
        self.year = year
        self.month = month
        self.day = day
        self.period = period
    }

    /// Parts of a year plans name instead of a day.
    public enum Period: Hashable, Sendable {
        /// 年底, 年末, 年年底: 12-31.
        case yearEnd
        /// 上半年: 06-30.
        case firstHalf
        /// 下半年: 12-31.
        case secondHalf
        /// 第四季度, 四季度: the quarter's last day.
        case quarter(Int)
        /// 6月底, 6月末: the month's last day.
        case monthEnd
    }
}

extension PlanDate {
    /// The last day the date covers: a task due "2025" is due on 2025-12-31.
    public var lastDay: (year: Int, month: Int, day: Int) {
        let lastMonth = month ?? 12
        return (year, lastMonth, day ?? PlanDate.daysIn(month: lastMonth, year: year))
    }

    /// The first day the date covers: a task starting "2024" starts on 2024-01-01.
    public var firstDay: (year: Int, month: Int, day: Int) {
        (year, month ?? 1, day ?? 1)
    }

    /// `2025`, `2025-12` or `2025-12-31`: the form used in data files.
    public var description: String {
        var text = String(year)
        if let month { text += "-" + twoDigits(month) }
        if let day { text += "-" + twoDigits(day) }
        return text
    }

    public static func < (lhs: PlanDate, rhs: PlanDate) -> Bool {
        let (l, r) = (lhs.lastDay, rhs.lastDay)
        return (l.year, l.month, l.day, lhs.description) < (r.year, r.month, r.day, rhs.description)
    }

    /// Why a text is not a date.
    public enum ParseError: Error, Equatable, Sendable {
        /// Not in any of the accepted forms.
        case notADate
        /// In an accepted form, but no such day exists (`2025年13月`, `2025-02-30`).
        case impossible
    }

    /// Reads every form of SPEC §2.3 (`2025`, `2025-12`, `2025.12`, `2025年6月底`, `2025年第四季度`,
    /// `2025年上半年`, `2025年年底` …); full-width digits are accepted.
    public static func parse(_ text: String) throws(ParseError) -> PlanDate {
        let (date, rest) = try parsePrefix(text.trimmed)
        guard String(rest).trimmed.isEmpty else { throw .notADate }
        return date
    }

    /// Reads a date at the start of `text` (a milestone's `2021-06 制定方案`), returning the rest.
    public static func parsePrefix(_ text: String) throws(ParseError) -> (PlanDate, Substring) {
        var scanner = DateScanner(rest: Substring(text))
        guard let year = scanner.number(digits: 4) else { throw .notADate }
        var month: Int?
        var day: Int?
        var period: Period?
        if scanner.take("年") {
            if scanner.take("年底") || scanner.take("年末") || scanner.take("底") || scanner.take("末") {
                (month, day, period) = (12, 31, .yearEnd)
            } else if scanner.take("下半年") {
                (month, day, period) = (12, 31, .secondHalf)
            } else if scanner.take("上半年") {
                (month, day, period) = (6, 30, .firstHalf)
            } else if let quarter = scanner.quarter() {
                month = quarter * 3
                (day, period) = (daysIn(month: quarter * 3, year: year), .quarter(quarter))
            } else if let m = scanner.number(maxDigits: 2), scanner.take("月") {
                month = m
                var dayScanner = scanner
                if scanner.take("底") || scanner.take("末") {
                    guard (1...12).contains(m) else { throw .impossible }
                    (day, period) = (daysIn(month: m, year: year), .monthEnd)
                } else if let d = dayScanner.number(maxDigits: 2), dayScanner.take("日") || dayScanner.take("号") {
                    day = d
                    scanner = dayScanner
                }
            }
        } else if scanner.take("-") || scanner.take("－") {
            guard let m = scanner.number(maxDigits: 2) else { throw .notADate }
            month = m
            if scanner.take("-") || scanner.take("－") {
                guard let d = scanner.number(maxDigits: 2) else { throw .notADate }
                day = d
            }
        } else if scanner.rest.first == ".", scanner.rest.dropFirst().first?.digitValue != nil {
            _ = scanner.take(".")
            month = scanner.number(maxDigits: 2)
            if scanner.rest.first == ".", scanner.rest.dropFirst().first?.digitValue != nil {
                _ = scanner.take(".")
                day = scanner.number(maxDigits: 2)
            }
        }
        if scanner.rest.first?.digitValue != nil { throw .notADate }
        if let month, !(1...12).contains(month) { throw .impossible }
        if let month, let day, !(1...daysIn(month: month, year: year)).contains(day) { throw .impossible }
        return (PlanDate(year: year, month: month, day: day, period: period), scanner.rest)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

private func twoDigits(_ value: Int) -> String {
    value < 10 ? "0\(value)" : String(value)
}

private struct DateScanner {
    var rest: Substring

    mutating func take(_ literal: String) -> Bool {
        guard rest.hasPrefix(literal) else { return false }
        rest = rest.dropFirst(literal.count)
        return true
    }

    mutating func number(digits: Int) -> Int? {
        let prefix = rest.prefix(digits)
        guard prefix.count == digits, prefix.allSatisfy({ $0.digitValue != nil }) else { return nil }
        rest = rest.dropFirst(digits)
        return prefix.reduce(0) { $0 * 10 + $1.digitValue! }
    }

    /// `第四季度`, `四季度`, `第4季度`, `Q4`: 1–4.
    mutating func quarter() -> Int? {
        var copy = self
        _ = copy.take("第")
        let names: [Character: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4]
        guard let first = copy.rest.first, let quarter = names[first] else { return nil }
        copy.rest = copy.rest.dropFirst()
        guard copy.take("季度") else { return nil }
        self = copy
        return quarter
    }

    mutating func number(maxDigits: Int) -> Int? {
        let prefix = rest.prefix(maxDigits).prefix(while: { $0.digitValue != nil })
        guard !prefix.isEmpty else { return nil }
        rest = rest.dropFirst(prefix.count)
        return prefix.reduce(0) { $0 * 10 + $1.digitValue! }
    }
}

extension Character {
    /// 0–9 for ASCII and full-width digits, which text pasted from Word often has.
    var digitValue: Int? {
        guard let scalar = unicodeScalars.first, unicodeScalars.count == 1 else { return nil }
        switch scalar.value {
        case 0x30...0x39: return Int(scalar.value - 0x30)
        case 0xFF10...0xFF19: return Int(scalar.value - 0xFF10)
        default: return nil
        }
    }
}
