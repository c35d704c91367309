import Foundation

/// Which paragraphs of an imported document are headings, and of what level. A document with
/// outline levels or heading styles says so itself; one without them (typed in WPS with
/// direct formatting, as many are) is read by its numbering: 一、 above （一） above 1. above
/// （1）, at the start of a paragraph that is all bold or short and stands alone.
enum HeadingPatterns {
    /// Heading levels by paragraph number, for the body's own paragraphs (not those in tables or boxes).
    static func levels(_ blocks: [WordBlock]) -> [Int: Int] {
        let paragraphs = blocks.compactMap { block -> WordParagraph? in
            if case .paragraph(let paragraph) = block, !paragraph.isTitle, !paragraph.text.trimmingCharacters(in: .whitespaces).isEmpty {
                return paragraph
            }
            return nil
        }
        let styled = paragraphs.filter { $0.headingLevel != nil }
        if !styled.isEmpty {
            return Dictionary(styled.map { ($0.number, $0.headingLevel!) }, uniquingKeysWith: { first, _ in first })
        }
        let kinds = paragraphs.compactMap { paragraph in kind(of: paragraph).map { (paragraph.number, $0) } }
        // Levels in the order of the kinds the document uses: a plan whose top headings are
        // （一） gets them as level 1.
        let used = Set(kinds.map(\.1)).sorted()
        return Dictionary(kinds.map { ($0.0, used.firstIndex(of: $0.1)! + 1) }, uniquingKeysWith: { first, _ in first })
    }

    /// 0 for 一、, 1 for （一）, 2 for 1., 3 for （1）; nil for a paragraph that is not a heading.
    static func kind(of paragraph: WordParagraph) -> Int? {
        let text = paragraph.text.trimmingCharacters(in: .whitespaces)
        guard let (kind, rest) = numbering(text), !rest.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        let short = text.count <= 40 && !text.contains(where: { "。；！？;!?".contains($0) })
        return paragraph.allBold || short ? kind : nil
    }

    /// The kind of numbering at the start of `text` and what follows it.
    static func numbering(_ text: String) -> (Int, Substring)? {
        let characters = Substring(text)
        let chineseDigits = "一二三四五六七八九十"
        let chinese = characters.prefix { chineseDigits.contains($0) }
        if (1...3).contains(chinese.count), characters.dropFirst(chinese.count).first == "、" {
            return (0, characters.dropFirst(chinese.count + 1))
        }
        if let open = characters.first, open == "（" || open == "(" {
            let inner = characters.dropFirst()
            let chineseInner = inner.prefix { chineseDigits.contains($0) }
            if (1...3).contains(chineseInner.count), let close = inner.dropFirst(chineseInner.count).first, close == "）" || close == ")" {
                return (1, inner.dropFirst(chineseInner.count + 1))
            }
            let digits = inner.prefix { $0.isASCII && $0.isNumber }
            if (1...2).contains(digits.count), let close = inner.dropFirst(digits.count).first, close == "）" || close == ")" {
                return (3, inner.dropFirst(digits.count + 1))
            }
            return nil
        }
        let digits = characters.prefix { $0.isASCII && $0.isNumber }
        let after = characters.dropFirst(digits.count)
        if (1...2).contains(digits.count), let mark = after.first, ".．、".contains(mark), !(after.dropFirst().first?.isNumber ?? false) {
            return (2, after.dropFirst())
        }
        return nil
    }
}
