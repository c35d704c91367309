/// How Word writes a list counter (`w:numFmt`), so an automatic "一、" or "（二）" comes back as
/// the text a reader of the document sees.
enum WordNumberFormat: Equatable, Sendable {
    case decimal, decimalZero, decimalFullWidth, decimalEnclosedCircle
    case upperRoman, lowerRoman, upperLetter, lowerLetter
    /// 一、二 … 十、十一 … 二十一 (`chineseCounting`, `chineseCountingThousand`, Taiwan's forms).
    case chineseCounting
    /// 壹、贰 … (`chineseLegalSimplified`).
    case chineseLegal
    /// 甲、乙、丙 … (`ideographTraditional`), cycling after 癸.
    case heavenlyStems
    /// 子、丑、寅 … (`ideographZodiac`).
    case earthlyBranches
    case bullet
    case none

    init(_ name: String?) {
        switch name ?? "decimal" {
        case "decimalZero": self = .decimalZero
        case "decimalFullWidth", "decimalFullWidth2": self = .decimalFullWidth
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese": self = .decimalEnclosedCircle
        case "upperRoman": self = .upperRoman
        case "lowerRoman": self = .lowerRoman
        case "upperLetter": self = .upperLetter
        case "lowerLetter": self = .lowerLetter
        case "chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand",
             "japaneseCounting", "ideographDigital", "koreanCounting": self = .chineseCounting
        case "chineseLegalSimplified", "ideographLegalTraditional": self = .chineseLegal
        case "ideographTraditional": self = .heavenlyStems
        case "ideographZodiac": self = .earthlyBranches
        case "bullet": self = .bullet
        case "none": self = .none
        default: self = .decimal
        }
    }

    /// The counter `n` (1-based) as this format writes it.
    func text(_ n: Int) -> String {
        // Word's counters run from 0 to 32767; a damaged file's larger ones are written as digits.
        guard (0...32767).contains(n) else { return String(n) }
        switch self {
        case .decimal, .bullet: return String(n)
        case .none: return ""
        case .decimalZero: return n < 10 ? "0\(n)" : String(n)
        case .decimalFullWidth:
            return String(String(n).unicodeScalars.map { Character(Unicode.Scalar($0.value - 0x30 + 0xFF10)!) })
        case .decimalEnclosedCircle:
            return (1...20).contains(n) ? String(Character(Unicode.Scalar(0x2460 + UInt32(n - 1))!)) : String(n)
        case .upperRoman: return Self.roman(n)
        case .lowerRoman: return Self.roman(n).lowercased()
        case .upperLetter: return Self.letters(n)
        case .lowerLetter: return Self.letters(n).lowercased()
        case .chineseCounting: return Self.chinese(n, digits: Array("零一二三四五六七八九"), units: ["", "十", "百", "千"])
        case .chineseLegal: return Self.chinese(n, digits: Array("零壹贰叁肆伍陆柒捌玖"), units: ["", "拾", "佰", "仟"])
        case .heavenlyStems: return String(Array("甲乙丙丁戊己庚辛壬癸")[(max(n, 1) - 1) % 10])
        case .earthlyBranches: return String(Array("子丑寅卯辰巳午未申酉戌亥")[(max(n, 1) - 1) % 12])
        }
    }
}

private extension WordNumberFormat {
    static func roman(_ n: Int) -> String {
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = n, out = ""
        for (value, letters) in table {
            while rest >= value { out += letters; rest -= value }
        }
        return out
    }

    /// A, B … Z, AA, BB: Word repeats the letter rather than counting in base 26.
    static func letters(_ n: Int) -> String {
        guard n > 0 else { return "" }
        let letter = Character(Unicode.Scalar(UInt8(65 + (n - 1) % 26)))
        return String(repeating: letter, count: (n - 1) / 26 + 1)
    }

    /// Chinese counting below 10 000: 十 rather than 一十 at the start, 零 for a gap (一百零五).
    static func chinese(_ n: Int, digits: [Character], units: [String]) -> String {
        guard n > 0, n < 10_000 else { return String(n) }
        let places = String(n).compactMap(\.wholeNumberValue)
        var out = ""
        var pendingZero = false
        for (index, digit) in places.enumerated() {
            let unit = units[places.count - 1 - index]
            if digit == 0 {
                pendingZero = !out.isEmpty
                continue
            }
            if pendingZero { out.append(digits[0]) }
            pendingZero = false
            if !(digit == 1 && unit == units[1] && out.isEmpty) { out.append(digits[digit]) }
            out += unit
        }
        return out
    }
}
