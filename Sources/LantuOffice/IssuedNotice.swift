import Foundation

/// A plan as it is issued: a covering notice (`关于印发《…》的通知`, often under a 红头
/// `某某文件` and a document number `某发〔2021〕12号`), its recipients, body, signature and
/// date, then the plan itself, often after an `附件` label; at the end the 版记 (`抄送：…`,
/// `某办公室 2021年6月30日印发`). None of this is the plan's body: the notice gives the front
/// matter's issuer and issue date and the document number, and is taken out.
struct IssuedNotice: Equatable {
    /// The signature (joint issuers joined by 、), else the 红头 without 文件, else what stands
    /// before 关于印发 in the notice's title.
    var issuer: String?
    /// The signature's date, `2021-06-28`.
    var issued: String?
    /// `滨师大发〔2021〕12号`.
    var documentNumber: String?
    /// The plan's title as the notice names it (`《…》`), its lines joined.
    var planTitle: String?

    /// Finds the notice among the paragraphs before the first heading and takes it, its 附件
    /// label and the 版记 out of `blocks`; nil, and `blocks` unchanged, for a plan without one.
    static func take(from blocks: inout [WordBlock]) -> IssuedNotice? {
        let lead = blocks.prefix { block in
            if case .paragraph(let paragraph) = block { return paragraph.headingLevel == nil }
            return false
        }.count
        func text(_ index: Int) -> String {
            guard case .paragraph(let paragraph) = blocks[index] else { return "" }
            return FrontMatterReading.joinedLines(paragraph.text)
        }
        guard let noticeAt = (0..<lead).first(where: { isNoticeTitle(text($0)) }),
              let dateAt = ((noticeAt + 1)..<lead).first(where: { signatureDate(text($0)) != nil }) else { return nil }
        let title = text(noticeAt)
        var notice = IssuedNotice(issued: signatureDate(text(dateAt)))
        if let (issuer, plan) = FrontMatterReading.notice(title) {
            notice.planTitle = plan
            if !issuer.isEmpty { notice.issuer = issuer }
        }
        for index in 0..<noticeAt {
            let line = text(index).filter { !$0.isWhitespace }
            if line.count > 2, line.hasSuffix("文件") { notice.issuer = String(line.dropLast(2)) }
            if line.range(of: documentNumberPattern, options: .regularExpression) != nil { notice.documentNumber = line }
        }
        if let signatureAt = ((noticeAt + 1)..<dateAt).last(where: { !text($0).isEmpty }), isSignature(text(signatureAt)) {
            notice.issuer = text(signatureAt).components(separatedBy: CharacterSet.whitespaces).filter { !$0.isEmpty }.joined(separator: "、")
        }
        // What follows the date on the notice's page: `（此件公开发布）`, empty lines, and the
        // `附件` label over the plan's title.
        var end = dateAt + 1
        while end < lead {
            let line = text(end).filter { !$0.isWhitespace }
            guard line.isEmpty || (line.hasPrefix("（此件") || line.hasPrefix("(此件")) || line.range(of: #"^附件\d*[:：]?$"#, options: .regularExpression) != nil else { break }
            end += 1
        }
        blocks.removeSubrange(0..<end)
        // The 版记 closes the document: its 抄送 and 印发 lines, with empty lines around them.
        while let last = blocks.last, case .paragraph(let paragraph) = last {
            let line = FrontMatterReading.joinedLines(paragraph.text)
            guard line.isEmpty || line.hasPrefix("抄送") || line.hasPrefix("主送") || (line.hasSuffix("印发") && signatureDate(String(line.dropLast(2)), anywhere: true) != nil) else { break }
            blocks.removeLast()
        }
        return notice
    }
}

private extension IssuedNotice {
    static let documentNumberPattern = #"[〔\[［(（]\s*(19|20)\d{2}\s*[〕\]］)）]\s*\d+\s*号$"#

    static func isNoticeTitle(_ text: String) -> Bool {
        (text.contains("关于印发") || text.contains("關於印發")) && (text.hasSuffix("通知") || text.hasSuffix("通知》"))
    }

    /// A short line without a sentence's punctuation: who signs.
    static func isSignature(_ text: String) -> Bool {
        text.count <= 60 && !text.contains(where: { "。；：:，,".contains($0) })
    }

    /// `2021年6月28日` standing alone (or, with `anywhere`, at the end of the line) as
    /// `2021-06-28`.
    static func signatureDate(_ text: String, anywhere: Bool = false) -> String? {
        let pattern = (anywhere ? "" : "^") + #"(19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$"#
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let range = trimmed.range(of: pattern, options: .regularExpression) else { return nil }
        let numbers = trimmed[range].split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        return String(format: "%04d-%02d-%02d", numbers[0], numbers[1], numbers[2])
    }
}
