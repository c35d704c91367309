/// Renders `MarkdownNode`s as HTML in cmark's safe mode: raw HTML is dropped and unsafe
/// link schemes are emptied, because the tree still holds both.
///
/// Rendering walks an explicit stack: a document nested thousands deep cannot overflow it.
import Foundation

public struct HTMLRenderer: Sendable {
    /// Rewrites a link destination, for example a content file's path to its page's URL.
    public var resolveLink: @Sendable (String) -> String
    /// The `id` for a heading, if it has one.
    public var headingID: @Sendable (MarkdownNode) -> String?

    public init(
        resolveLink: @escaping @Sendable (String) -> String = { $0 },
        headingID: @escaping @Sendable (MarkdownNode) -> String? = { _ in nil }
    ) {
        self.resolveLink = resolveLink
        self.headingID = headingID
    }
}

extension HTMLRenderer {
    /// HTML for a sequence of sibling nodes.
    public func render(_ nodes: [MarkdownNode]) -> String {
        var out = ""
        let footnotes = footnoteNumbers(nodes)
        var stack: [Step] = nodes.reversed().map { .enter($0, .normal) }
        var alignments: [MarkdownNode.Alignment] = []
        var referenced: Set<String> = []
        var definitions = 0
        while let step = stack.popLast() {
            switch step {
            case .close(let text):
                out += text
            case .enter(let node, let context):
                if case .table(let columns) = node.kind { alignments = columns }
                var (open, close) = tags(for: node, context: context, footnotes: footnotes)
                // cmark-gfm keeps no label on definitions, but orders them by first reference.
                if case .footnoteDefinition = node.kind {
                    definitions += 1
                    (open, close) = ("<div class=\"footnote\" id=\"fn-\(definitions)\"><sup>\(definitions)</sup> ",
                                     "<a href=\"#fnref-\(definitions)\" class=\"footnote-back\">↩</a></div>\n")
                }
                // Only a footnote's first reference carries the id its back link points to.
                if case .footnoteReference(let label) = node.kind, !referenced.insert(label).inserted {
                    open = open.replacingOccurrences(of: " id=\"fnref-\(footnotes[label] ?? 0)\"", with: "")
                }
                out += open
                if let close { stack.append(.close(close)) }
                guard opensChildren(node) else { continue }
                for (index, child) in node.children.enumerated().reversed() {
                    let alignment = index < alignments.count ? alignments[index] : .none
                    stack.append(.enter(child, childContext(of: node, index: index, context: context, alignment: alignment)))
                }
            }
        }
        return out
    }
}

private extension HTMLRenderer {
    enum Step {
        case enter(MarkdownNode, Context)
        case close(String)
    }

    /// What a node's parent decides about how it renders.
    enum Context {
        case normal
        /// An item of a tight list, or a paragraph in one: no `<p>`.
        case tight
        case cell(header: Bool, alignment: MarkdownNode.Alignment)
        /// The first paragraph of a task-list item, which carries the item's checkbox so the
        /// box stays on the text's line in loose lists too, and is the box's label.
        case taskText(checked: Bool, tight: Bool)
    }

    func childContext(of parent: MarkdownNode, index: Int, context: Context, alignment: MarkdownNode.Alignment) -> Context {
        let tight: Bool
        if case .tight = context { tight = true } else { tight = false }
        switch parent.kind {
        case .list(_, _, tight: true): return .tight
        case .item(let task?) where index == 0 && parent.children.first?.kind == .paragraph:
            return .taskText(checked: task, tight: tight)
        case .item: return tight ? .tight : .normal
        case .tableRow(let isHeader, _): return .cell(header: isHeader, alignment: alignment)
        default: return .normal
        }
    }

    func checkbox(_ checked: Bool) -> String {
        "<input type=\"checkbox\" disabled=\"\"\(checked ? " checked=\"\"" : "") /> "
    }

    func opensChildren(_ node: MarkdownNode) -> Bool {
        switch node.kind {
        case .image, .codeBlock, .htmlBlock, .htmlInline, .text, .code: return false
        default: return true
        }
    }

    /// Footnotes numbered by their first reference, the order cmark-gfm puts definitions in.
    func footnoteNumbers(_ nodes: [MarkdownNode]) -> [String: Int] {
        var numbers: [String: Int] = [:]
        for node in nodes.flatMap({ [$0] + $0.descendants }) {
            if case .footnoteReference(let label) = node.kind, numbers[label] == nil {
                numbers[label] = numbers.count + 1
            }
        }
        return numbers
    }

    // swiftlint:disable:next cyclomatic_complexity
    func tags(for node: MarkdownNode, context: Context, footnotes: [String: Int]) -> (String, String?) {
        switch node.kind {
        case .document: return ("", nil)
        case .paragraph:
            switch context {
            case .tight: return ("", "")
            case .taskText(let checked, tight: true): return ("<label>" + checkbox(checked), "</label>")
            case .taskText(let checked, tight: false): return ("<p><label>" + checkbox(checked), "</label></p>\n")
            default: return ("<p>", "</p>\n")
            }
        case .heading(let level):
            let id = headingID(node).map { " id=\"\($0.htmlEscaped)\"" } ?? ""
            return ("<h\(level)\(id)>", "</h\(level)>\n")
        case .blockQuote: return ("<blockquote>\n", "</blockquote>\n")
        case .list(let ordered, let start, _):
            if ordered {
                return (start == 1 ? "<ol>\n" : "<ol start=\"\(start)\">\n", "</ol>\n")
            }
            return ("<ul>\n", "</ul>\n")
        case .item(let task):
            guard let task else { return ("<li>", "</li>\n") }
            let hasText = node.children.first?.kind == .paragraph
            // With no text to label it, the mark is a character rather than an unlabelled control.
            return ("<li class=\"task\">" + (hasText ? "" : (task ? "☑ " : "☐ ")), "</li>\n")
        case .codeBlock(let info, let code):
            let language = info.split(separator: " ").first.map { " class=\"language-\(String($0).htmlEscaped)\"" } ?? ""
            return ("<pre><code\(language)>\(code.htmlEscaped)</code></pre>\n", nil)
        case .htmlBlock: return ("<!-- raw HTML omitted -->\n", nil)
        case .htmlInline: return ("<!-- raw HTML omitted -->", nil)
        case .thematicBreak: return ("<hr />\n", nil)
        case .table: return ("<div class=\"table-wrap\"><table>\n", "</tbody></table></div>\n")
        case .tableRow(let isHeader, _):
            return isHeader ? ("<thead><tr>", "</tr></thead><tbody>\n") : ("<tr>", "</tr>\n")
        case .tableCell:
            guard case .cell(let header, let alignment) = context else { return ("<td>", "</td>") }
            let tag = header ? "th" : "td"
            let align = alignment == .none ? "" : " class=\"align-\(alignment)\""
            return ("<\(tag)\(align)>", "</\(tag)>")
        case .footnoteDefinition:
            return ("", nil)
        case .text(let text): return (text.htmlEscaped, nil)
        case .softBreak: return ("\n", nil)
        case .lineBreak: return ("<br />\n", nil)
        case .code(let code): return ("<code>\(code.htmlEscaped)</code>", nil)
        case .emphasis: return ("<em>", "</em>")
        case .strong: return ("<strong>", "</strong>")
        case .strikethrough: return ("<del>", "</del>")
        case .link(let destination, let title):
            let href = SafeURL.attribute(resolveLink(destination))
            let titleAttribute = title.isEmpty ? "" : " title=\"\(title.htmlEscaped)\""
            return ("<a href=\"\(href)\"\(titleAttribute)>", "</a>")
        case .image(let source, let title):
            let titleAttribute = title.isEmpty ? "" : " title=\"\(title.htmlEscaped)\""
            let src = SafeURL.attribute(resolveLink(source))
            return ("<img src=\"\(src)\" alt=\"\(node.plainText.htmlEscaped)\"\(titleAttribute) />", nil)
        case .footnoteReference(let label):
            let number = footnotes[label] ?? 0
            return ("<sup class=\"footnote-ref\"><a href=\"#fn-\(number)\" id=\"fnref-\(number)\">\(number)</a></sup>", nil)
        }
    }
}
