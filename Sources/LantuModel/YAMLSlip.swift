import LantuDiagnostics

/// A character typed with a Chinese input method where YAML needs its ASCII twin: read as
/// meant, with a located warning, so that one slip is one message rather than libyaml's
/// "could not find expected ':'" and the errors of the fields it hid.
public enum YAMLSlip: Sendable, Equatable {
    /// `period：2021-2025`: a full-width colon after a key.
    case fullWidthColon(key: String)
    /// `period:2021-2025`: no space after the colon, so YAML reads one word, not a key and value.
    case missingSpace(key: String)
    /// U+3000 used as indentation, or after a key's colon, where YAML needs ASCII spaces.
    case fullWidthSpace(count: Int, leading: Bool)
    /// `－ 市教委` or `— 市教委`: a full-width dash starting a list item.
    case fullWidthDash(String)
    /// `title: “规划”`: Chinese quotes around a whole value, which YAML keeps as part of it.
    case curlyQuotes(String)
}

extension YAMLSlip {
    /// `yaml` with each slip replaced by what it stands for, and where each was. Lines keep
    /// their numbers; block scalars (`|`, `>`), comments and quoted lines are left alone.
    static func correct(_ yaml: String, file: String, firstLine: Int) -> (text: String, slips: [ContentError]) {
        var slips: [ContentError] = []
        var block: Int?
        var lastKey: (indent: Int, opensNested: Bool) = (0, false)
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { number, line -> String in
            // A CRLF file's lines end in \r, which is no part of what is checked.
            let ending: [Unicode.Scalar] = line.unicodeScalars.last == "\r" ? ["\r"] : []
            var scalars = Array(line.unicodeScalars.dropLast(ending.count))
            func report(_ slip: YAMLSlip, column: Int) {
                slips.append(ContentError(SourceLocation(file: file, line: firstLine + number, column: column + 1), .yamlSlip(slip)))
            }
            var indent = scalars.prefix { $0 == " " || $0 == "\u{3000}" }.count
            let fullWidth = scalars.prefix(indent).filter { $0 == "\u{3000}" }.count
            if let block, indent > block || scalars.allSatisfy({ $0 == " " }) { return String(line) }
            block = nil
            guard indent < scalars.count, !["#", "\"", "'"].contains(scalars[indent]) else { return String(line) }
            if fullWidth > 0 {
                report(.fullWidthSpace(count: fullWidth, leading: true), column: scalars.firstIndex(of: "\u{3000}")!)
                let spaces = scalars.prefix(indent).flatMap { $0 == "\u{3000}" ? [" ", " "] : [$0] as [Unicode.Scalar] }
                scalars = spaces + scalars.dropFirst(indent)
                indent = spaces.count
            }
            var start = indent
            if ["－", "—"].contains(scalars[start]), start + 1 < scalars.count, !["－", "—", "-"].contains(scalars[start + 1]) {
                report(.fullWidthDash(String(scalars[start])), column: start)
                let after = [" ", "\u{3000}"].contains(scalars[start + 1]) ? start + 2 : start + 1
                scalars = Array(scalars[..<start]) + ["-", " "] + scalars[after...]
            }
            if scalars[start] == "-", start + 1 < scalars.count, scalars[start + 1] == " " {
                start = scalars[(start + 1)...].firstIndex { $0 != " " } ?? scalars.count
            }
            guard start < scalars.count else { return String(String.UnicodeScalarView(scalars + ending)) }
            let keyEnd = scalars[start...].firstIndex { !isKeyScalar($0) } ?? scalars.count
            let inContext = indent <= lastKey.indent || lastKey.opensNested
            if keyEnd > start, keyEnd < scalars.count, isKeyStart(scalars[start]), inContext {
                let key = String(String.UnicodeScalarView(scalars[start..<keyEnd]))
                let next = keyEnd + 1 < scalars.count ? scalars[keyEnd + 1] : nil
                if scalars[keyEnd] == "：" {
                    report(.fullWidthColon(key: key), column: keyEnd)
                    scalars.replaceSubrange(keyEnd...keyEnd, with: [":", " "])
                } else if scalars[keyEnd] == ":", let next, next == "\u{3000}" {
                    report(.fullWidthSpace(count: 1, leading: false), column: keyEnd + 1)
                    scalars[keyEnd + 1] = " "
                } else if scalars[keyEnd] == ":", let next, ![" ", "\t", "/", ":"].contains(next) {
                    report(.missingSpace(key: key), column: keyEnd)
                    scalars.insert(" ", at: keyEnd + 1)
                }
            }
            if let colon = scalars[start...].firstIndex(of: ":"), colon + 1 == scalars.count || [" ", "\t"].contains(scalars[colon + 1]) {
                let value = scalars[(colon + 1)...].drop { $0 == " " || $0 == "\t" }
                lastKey = (start, value.isEmpty)
                if let first = value.first, ["|", ">"].contains(first) { block = indent }
                if value.count >= 2, value.first == "“", value.last == "”", !value.dropFirst().dropLast().contains("”") {
                    let open = value.startIndex
                    report(.curlyQuotes(String(String.UnicodeScalarView(value))), column: open)
                    scalars = Array(scalars[..<open]) + value.dropFirst().dropLast()
                }
            }
            return String(String.UnicodeScalarView(scalars + ending))
        }
        return (lines.joined(separator: "\n"), slips)
    }

    private static func isKeyStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar == "_"
    }

    private static func isKeyScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_" || scalar == "-"
    }
}
