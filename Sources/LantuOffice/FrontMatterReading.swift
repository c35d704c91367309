import Foundation
import LantuDiagnostics

/// The front matter of an imported plan, from what the document's first lines say: the title
/// (the Title style, else the first large or bold centred line), the lines centred under it
/// (the issuer, the date, 征求意见稿), an `印发单位：…` line, and the period from "十四五" or
/// the years in the title. The paragraphs used are taken out of the body.
enum FrontMatterReading {
    struct Result {
        var title: String
        var yaml: String
        /// What the front matter has no key for and the 导语 keeps: the document number.
        var lead: String?
        var warnings: [OfficeError]
    }

    static func take(from blocks: inout [WordBlock], file: String) -> Result {
        var warnings: [OfficeError] = []
        let issued = IssuedNotice.take(from: &blocks)
        let lead = blocks.prefix { block in
            if case .paragraph(let paragraph) = block { return paragraph.headingLevel == nil || paragraph.isTitle }
            return false
        }.count
        let titleAt = titleLines(blocks[..<lead])
        var used = Set(titleAt)
        var title = titleAt.map { index -> String in
            if case .paragraph(let paragraph) = blocks[index] { return joinedLines(paragraph.text) }
            return ""
        }.joined()
        if title.isEmpty, let plan = issued?.planTitle { title = plan }
        if title.isEmpty {
            title = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            warnings.append(OfficeError(SourceLocation(file: file), .noTitle))
        }
        var lines: [String] = []
        // The centred lines right under the title.
        if let last = titleAt.last {
            for index in (last + 1)..<lead {
                guard case .paragraph(let paragraph) = blocks[index] else { break }
                let text = joinedLines(paragraph.text)
                if text.isEmpty { continue }
                // The table of contents starts a page of its own.
                if ["目录", "目錄"].contains(text.filter { !$0.isWhitespace }) { break }
                guard paragraph.centred, text.count <= 60 else { break }
                lines.append(text)
                used.insert(index)
            }
        }
        var details = Details(lines, period: period(in: title))
        if let (issuer, plan) = notice(title) {
            title = plan
            details.issuer = details.issuer ?? (issuer.isEmpty ? nil : issuer)
        }
        if let issued {
            // The signature and its date say who issued the plan and when; a cover's
            // `二〇二一年六月` is only the month it was printed.
            details.issuer = issued.issuer ?? details.issuer
            details.issued = issued.issued ?? details.issued
            details.status = details.status ?? "已印发"
        }
        for index in 0..<min(blocks.count, 40) where !used.contains(index) {
            guard case .paragraph(let paragraph) = blocks[index], let issuer = issuerLine(paragraph.text) else { continue }
            details.issuer = issuer
            used.insert(index)
        }
        var fields = [("title", title)]
        if let period = details.period { fields.append(("period", period)) } else { warnings.append(OfficeError(SourceLocation(file: file), .noPeriod)) }
        if let issuer = details.issuer { fields.append(("issuer", issuer)) }
        if let issued = details.issued { fields.append(("issued", issued)) }
        if let status = details.status { fields.append(("status", status)) }
        // A draft (征求意见稿, 送审稿, 草案) is not issued yet: the date under it is the draft's.
        if let status = details.status, status.hasSuffix("稿") || status.contains("草案") {
            fields.removeAll { $0.0 == "issued" }
        }
        blocks = blocks.enumerated().filter { !used.contains($0.offset) }.map(\.element)
        // A value is one line, and a key without a value says nothing.
        let yaml = "---\n" + fields.map { ($0.0, joinedLines($0.1)) }.filter { !$0.1.isEmpty }.map { "\($0.0): \(yamlScalar($0.1))\n" }.joined() + "---"
        let number = issued?.documentNumber.map { "文号：" + $0 }
        return Result(title: joinedLines(title), yaml: yaml, lead: number, warnings: warnings)
    }

    /// A paragraph's lines (`w:br`) as one: Chinese runs on without a gap, other words keep a
    /// space between them; spaces at either end go.
    static func joinedLines(_ text: String) -> String {
        var out = ""
        for line in text.split(whereSeparator: \.isNewline).map({ $0.trimmingCharacters(in: .whitespaces) }) where !line.isEmpty {
            if let last = out.last, let first = line.first, !isWide(last) || !isWide(first) { out += " " }
            out += line
        }
        return out
    }

    private static func isWide(_ character: Character) -> Bool {
        character.unicodeScalars.first.map { $0.value >= 0x2E80 } ?? false
    }

    /// What the lines under a title say: `某大学`, `2021年6月`, `2021—2025年`, `（征求意见稿）`.
    struct Details {
        var issuer: String?
        var issued: String?
        var status: String?
        var period: String?

        init(_ lines: [String], period: String?) {
            self.period = period
            for line in lines {
                var rest = line
                if let (date, range) = FrontMatterReading.date(in: rest) {
                    issued = issued ?? date
                    rest.removeSubrange(range)
                }
                if let (years, range) = FrontMatterReading.years(in: rest) {
                    self.period = self.period ?? years
                    rest.removeSubrange(range)
                }
                rest = rest.trimmingCharacters(in: .whitespaces)
                // A line all in parentheses is the draft's stage, `（征求意见稿）`; a unit may
                // carry one, `人事处（人才工作办公室）`.
                if let open = rest.first, let close = rest.last, "（(".contains(open), "）)".contains(close) {
                    let inner = rest.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
                    if !inner.isEmpty { status = inner }
                    rest = ""
                }
                if !rest.isEmpty { issuer = issuer.map { $0 + "、" + rest } ?? rest }
            }
        }
    }

    /// A plan sent out under its notice, `某委员会关于印发《某规划》的通知`: the issuer and the
    /// plan's own title.
    static func notice(_ title: String) -> (issuer: String, plan: String)? {
        guard title.hasSuffix("的通知"), let range = title.range(of: "关于印发") ?? title.range(of: "關於印發") else { return nil }
        var plan = String(title[range.upperBound...].dropLast(3))
        if plan.hasPrefix("《"), plan.hasSuffix("》") { plan = String(plan.dropFirst().dropLast()) }
        return plan.isEmpty ? nil : (String(title[..<range.lowerBound]), plan)
    }

    /// `印发单位：某大学` and its kin: the unit the line names.
    static func issuerLine(_ text: String) -> String? {
        let text = text.trimmingCharacters(in: .whitespaces)
        for key in ["印发单位", "发文单位", "编制单位", "印發單位", "發文單位", "編制單位"] where text.hasPrefix(key) {
            let value = text.dropFirst(key.count).drop { $0 == "：" || $0 == ":" || $0 == " " }
            return value.isEmpty ? nil : String(value)
        }
        return nil
    }

    /// `十四五` → 2021-2025 (the plans from the third on follow each other every five years
    /// from 1966), else two years in the title (`2021—2025年`).
    static func period(in title: String) -> String? {
        let digits = Array("一二三四五六七八九")
        let characters = Array(title)
        for index in characters.indices.dropLast(2) where characters[index] == "十" && characters[index + 2] == "五" {
            if let digit = digits.firstIndex(of: characters[index + 1]) {
                let ordinal = 11 + digit
                let first = 1966 + 5 * (ordinal - 3)
                return "\(first)-\(first + 4)"
            }
        }
        return years(in: title)?.0
    }
}

private extension FrontMatterReading {
    /// The indices of the title's lines: the Title-style paragraphs (a long title often takes
    /// two), else the first centred line that is large (18 pt or more) or bold.
    static func titleLines(_ blocks: ArraySlice<WordBlock>) -> [Int] {
        let styled = blocks.indices.filter { if case .paragraph(let p) = blocks[$0] { return p.isTitle && !p.text.isEmpty } else { return false } }
        if let first = styled.first {
            return Array(styled.prefix { $0 - first == styled.firstIndex(of: $0)! })
        }
        for index in blocks.indices {
            guard case .paragraph(let paragraph) = blocks[index], !paragraph.text.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            return paragraph.centred && (paragraph.size >= 36 || paragraph.allBold) ? [index] : []
        }
        return []
    }

    /// `2021年6月`, `2021年6月30日` → `2021-06`, `2021-06-30`, with where it stands.
    static func date(in text: String) -> (String, Range<String.Index>)? {
        if let range = text.range(of: #"[〇○零一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,3}\s*月"#, options: .regularExpression) {
            let digits = Array("〇一二三四五六七八九")
            let written = text[range].map { $0 == "○" || $0 == "零" ? "〇" : $0 }
            let year = written.prefix(4).reduce(0) { $0 * 10 + (digits.firstIndex(of: $1) ?? 0) }
            let month = Array(written.drop { $0 != "年" }.dropFirst().filter { $0 != "月" && !$0.isWhitespace })
            let units = month.last.flatMap { digits.firstIndex(of: $0) } ?? 0
            let value = month.first == "十" ? 10 + (month.count == 2 ? units : 0) : (month.count == 1 ? units : 0)
            if (1...12).contains(value) { return (String(format: "%04d-%02d", year, value), range) }
        }
        guard let range = text.range(of: #"\d{4}\s*年\s*\d{1,2}\s*月(\s*\d{1,2}\s*日)?"#, options: .regularExpression) else { return nil }
        let numbers = text[range].split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        let date = String(format: "%04d-%02d", numbers[0], numbers[1]) + (numbers.count > 2 ? String(format: "-%02d", numbers[2]) : "")
        return (date, range)
    }

    /// `2021—2025年`, `2021-2025`, `2021至2025年`: the first and last year of a period.
    static func years(in text: String) -> (String, Range<String.Index>)? {
        guard let range = text.range(of: #"(19|20)\d{2}\s*(年)?\s*[-—–~～至到]{1,2}\s*(19|20)\d{2}\s*年?"#, options: .regularExpression) else { return nil }
        let numbers = text[range].split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        guard numbers.count == 2, numbers[1] > numbers[0], numbers[1] - numbers[0] <= 15 else { return nil }
        return ("\(numbers[0])-\(numbers[1])", range)
    }

    /// A YAML value as written when YAML reads it back unchanged, else double-quoted.
    static func yamlScalar(_ text: String) -> String {
        let plain = !text.isEmpty && !text.contains(": ") && !text.contains(" #") && !text.hasSuffix(":")
            && !"-?:,[]{}#&*!|>'\"%@` ".contains(text.first!) && !text.hasSuffix(" ") && !text.contains("\n")
        guard !plain else { return text }
        return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
