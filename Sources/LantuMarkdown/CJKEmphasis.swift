/// Bold text that CommonMark leaves as literal `**` next to CJK punctuation.
///
/// Plan documents write lead sentences as `**坚持党的全面领导。**后文`: the closing `**`
/// follows `。` and precedes a letter, so it is not right-flanking and CommonMark keeps the
/// asterisks. The CJK-friendly amendment treats such runs as emphasis; this pass pairs the
/// `**` left in text nodes of one parent, in order. Code spans are separate nodes and stay
/// untouched.
enum CJKEmphasis {
    static func apply(to children: [MarkdownNode]) -> [MarkdownNode] {
        guard children.contains(where: { if case .text(let t) = $0.kind { t.contains("**") } else { false } }) else {
            return children
        }
        var output: [MarkdownNode] = []
        var openIndex: Int?
        for child in children {
            guard case .text(let text) = child.kind, text.contains("**") else {
                output.append(child)
                continue
            }
            let pieces = text.split(separator: "**", omittingEmptySubsequences: false)
            for (index, piece) in pieces.enumerated() {
                if index > 0 {
                    if let start = openIndex, canClose(output[start...]) {
                        let inner = Array(output[(start + 1)...])
                        output.removeSubrange(start...)
                        output.append(MarkdownNode(.strong, children: inner, line: child.line, column: child.column))
                        openIndex = nil
                    } else {
                        if let start = openIndex { output[start].kind = .text("**") }
                        openIndex = output.count
                        output.append(MarkdownNode(.text("**"), line: child.line, column: child.column))
                    }
                }
                if !piece.isEmpty {
                    output.append(MarkdownNode(.text(String(piece)), line: child.line, column: child.column))
                }
            }
        }
        return mergeTexts(output)
    }

    /// An opener closes only around non-empty content that does not start or end with a space.
    private static func canClose(_ run: ArraySlice<MarkdownNode>) -> Bool {
        let inner = run.dropFirst()
        guard let first = inner.first, let last = inner.last else { return false }
        if case .text(let text) = first.kind, text.first?.isWhitespace == true { return false }
        if case .text(let text) = last.kind, text.last?.isWhitespace == true { return false }
        return true
    }

    private static func mergeTexts(_ nodes: [MarkdownNode]) -> [MarkdownNode] {
        var merged: [MarkdownNode] = []
        for node in nodes {
            if case .text(let next) = node.kind, let last = merged.last, case .text(let previous) = last.kind {
                merged[merged.count - 1].kind = .text(previous + next)
            } else {
                merged.append(node)
            }
        }
        return merged
    }
}
