import LantuDiagnostics
import LantuMarkdown

extension Milestone {
    /// The GFM task-list items anywhere under `node`, each with its leading date if it has one.
    static func collect(in node: MarkdownNode, file: String, problems: inout [ContentError]) -> [Milestone] {
        ([node] + node.descendants).compactMap { item -> Milestone? in
            guard case .item(let checked?) = item.kind else { return nil }
            let text = (item.children.first?.plainText ?? "").trimmed
            let at = SourceLocation(file: file, line: item.line, column: item.column)
            let (date, dateText, label) = leadingDate(text, at: at, problems: &problems)
            return Milestone(checked: checked, date: date, dateText: dateText, text: label.isEmpty ? text : label,
                             completion: nil, location: at)
        }
    }

    /// The milestone's text without a leading date, the way reports name it.
    static func name(_ text: String) -> String {
        var ignored: [ContentError] = []
        let label = leadingDate(text, at: SourceLocation(file: ""), problems: &ignored).label
        return label.isEmpty ? text.trimmed : label
    }
}

private extension Milestone {
    /// Characters that continue a date (`年底`, `.12`, `第四季度`, `秋季`): a date read only in
    /// part would put a wrong day on the roadmap, so such a milestone is left undated.
    static let dateContinuations: Set<Character> = Set("年月日号底末初中旬季度第上下半春夏秋冬.-/0123456789０１２３４５６７８９")

    static func leadingDate(_ text: String, at: SourceLocation, problems: inout [ContentError]) -> (date: PlanDate?, text: String?, label: String) {
        do throws(PlanDate.ParseError) {
            let (parsed, rest) = try PlanDate.parsePrefix(text)
            let written = String(text.dropLast(rest.count))
            if let first = rest.first, dateContinuations.contains(first) {
                let token = written + rest.prefix { dateContinuations.contains($0) }
                problems.append(ContentError(at, .milestone(.unknownDate(token))))
                return (nil, nil, text)
            }
            return (parsed, written.trimmed, String(rest).trimmed)
        } catch {
            if error == .impossible {
                problems.append(ContentError(at, .invalidDate(String(text.prefix { !$0.isWhitespace }), impossible: true)))
            }
            return (nil, nil, text)
        }
    }
}
