import Foundation

/// Which paragraphs of an imported document are headings, and of what level. A document with
/// outline levels or heading styles says so itself; one without them (typed in WPS with
/// direct formatting, as many are) is read by its numbering: 一、 above （一） above 1. above
/// （1）, at the start of a paragraph that is all bold or short and stands alone.
enum HeadingPatterns {
    /// A paragraph that is a heading: its level, and for a bold lead-in followed by body text
    /// in the same paragraph (`**1.加强党的政治建设。**强化理论武装……`, as published plans
    /// set their third level), how many of its runs the heading takes.
    struct Mark: Equatable {
        let level: Int
        let leadIn: Int?
    }

    /// Headings by paragraph number, for the body's own paragraphs (not those in tables or boxes).
    static func marks(_ blocks: [WordBlock]) -> [Int: Mark] {
        let paragraphs = blocks.compactMap { block -> WordParagraph? in
            if case .paragraph(let paragraph) = block, !paragraph.isTitle, !paragraph.text.trimmingCharacters(in: .whitespaces).isEmpty {
                return paragraph
            }
            return nil
        }
        let styled = paragraphs.filter { $0.headingLevel != nil }
        if !styled.isEmpty { return withRunIn(paragraphs, deepest: styled.map { $0.headingLevel! }.max()!) }
        let kinds = paragraphs.compactMap { paragraph in kind(of: paragraph).map { (paragraph.number, $0) } }
        // Levels in the order of the kinds the document uses: a plan whose top headings are
        // （一） gets them as level 1.
        let used = Set(kinds.map(\.1.kind)).sorted()
        return Dictionary(kinds.map { ($0.0, Mark(level: used.firstIndex(of: $0.1.kind)! + 1, leadIn: $0.1.leadIn)) }, uniquingKeysWith: { first, _ in first })
    }

    /// The styled headings, and under each of the deepest styled level the bold numbered
    /// paragraphs one step below it (`**1.深化本科教育教学改革。**实施……` in the body style
    /// under a `二级标题`), as offices style two levels and type the third in the text.
    static func withRunIn(_ paragraphs: [WordParagraph], deepest: Int) -> [Int: Mark] {
        var marks: [Int: Mark] = [:]
        var parent: (level: Int, kind: Int?)?
        for paragraph in paragraphs {
            if let level = paragraph.headingLevel {
                marks[paragraph.number] = marks[paragraph.number] ?? Mark(level: level, leadIn: nil)
                parent = (level, numbering(paragraph.text.trimmingCharacters(in: .whitespaces))?.0)
                continue
            }
            guard let parent, parent.level == deepest, let found = kind(of: paragraph), found.leadIn != nil || paragraph.allBold,
                  found.kind > (parent.kind ?? -1) else { continue }
            marks[paragraph.number] = Mark(level: deepest + 1, leadIn: found.leadIn)
        }
        return marks
    }

    /// 0 for 一、, 1 for （一）, 2 for 1., 3 for （1）, and the runs of a bold lead-in; nil for a
    /// paragraph that is not a heading.
    static func kind(of paragraph: WordParagraph) -> (kind: Int, leadIn: Int?)? {
        let text = paragraph.text.trimmingCharacters(in: .whitespaces)
        guard let (kind, rest) = numbering(text), !rest.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        let short = text.count <= 40 && !text.contains(where: { "。；！？;!?".contains($0) })
        if paragraph.allBold || short { return (kind, nil) }
        let lead = paragraph.runs.prefix { run in
            if case .text = run.kind { return run.bold }
            return false
        }.count
        guard lead > 0, lead < paragraph.runs.count else { return nil }
        var leading = paragraph
        leading.runs = Array(paragraph.runs[..<lead])
        let leadText = leading.text.trimmingCharacters(in: .whitespaces)
        guard leadText.count <= 40, numbering(leadText)?.0 == kind else { return nil }
        return (kind, lead)
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
