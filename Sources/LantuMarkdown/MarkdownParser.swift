import CCmarkGFM
import Foundation

/// Parses GFM text with libcmark-gfm and copies the tree into `MarkdownNode` values.
///
/// This is the only file that touches libcmark-gfm; no C pointer leaves it.
public enum MarkdownParser {
    /// Parses `text` (front matter already blanked out, so line numbers match the file).
    ///
    /// Throws `MarkdownLimitError` for input libcmark-gfm handles in super-linear time.
    public static func parse(_ text: String) throws(MarkdownLimitError) -> MarkdownNode {
        try MarkdownLimits.check(text)
        let lines = LineIndex(text)
        ensureExtensionsRegistered
        let options = CMARK_OPT_FOOTNOTES | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE
        guard let parser = cmark_parser_new(options) else { return MarkdownNode(.document) }
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough", "autolink", "tasklist"] {
            if let extensionPointer = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, extensionPointer)
            }
        }
        var bytes = Array(text.utf8)
        let finished = parsing.withLock {
            bytes.withUnsafeMutableBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                    cmark_parser_feed(parser, pointer, buffer.count)
                }
            }
            return cmark_parser_finish(parser)
        }
        guard let root = finished else { return MarkdownNode(.document) }
        defer { cmark_node_free(root) }
        return convert(root, lines: lines)
    }
}

/// Registration must happen once per process before any extension is attached.
private let ensureExtensionsRegistered: Void = cmark_gfm_core_extensions_ensure_registered()

/// libcmark-gfm adds the extensions' characters (`~` for strikethrough) to one process-wide
/// table while it parses inlines and takes them out when done (github/cmark-gfm#176), so two
/// documents parsed at once can lose each other's strikethrough. Parses take turns; copying
/// the tree into Swift values, most of the work, runs in parallel.
private let parsing = NSLock()

private extension MarkdownParser {
    /// Walks the tree with an explicit stack, so that deep nesting cannot overflow the call stack.
    static func convert(_ root: OpaquePointer, lines: LineIndex) -> MarkdownNode {
        var nodes = [makeNode(root, lines: lines, parent: nil)]
        var pointers = [root]
        var next = cmark_node_first_child(root)
        while true {
            if let pointer = next {
                nodes.append(makeNode(pointer, lines: lines, parent: nodes.last))
                pointers.append(pointer)
                next = cmark_node_first_child(pointer)
                continue
            }
            var done = nodes.removeLast()
            done.children = CJKEmphasis.apply(to: done.children)
            let pointer = pointers.removeLast()
            if nodes.isEmpty { return done }
            appendChild(done, to: &nodes)
            next = cmark_node_next(pointer)
        }
    }

    static func appendChild(_ child: MarkdownNode, to stack: inout [MarkdownNode]) {
        let index = stack.count - 1
        if case .text(let next) = child.kind, let last = stack[index].children.last,
           case .text(let previous) = last.kind {
            stack[index].children[stack[index].children.count - 1].kind = .text(previous + next)
        } else {
            stack[index].children.append(child)
        }
    }

    static func makeNode(_ node: OpaquePointer, lines: LineIndex, parent: MarkdownNode?) -> MarkdownNode {
        var line = Int(cmark_node_get_start_line(node))
        var column = 0
        if line > 0 {
            column = lines.characterColumn(line: line, byteColumn: Int(cmark_node_get_start_column(node)))
        }
        let isInline = cmark_node_get_type(node).rawValue & UInt32(CMARK_NODE_TYPE_MASK) == UInt32(CMARK_NODE_TYPE_INLINE)
        if line == 0 || isInline, let parent {
            line = parent.line
            column = parent.column
        }
        return MarkdownNode(kind(of: node, lines: lines), line: line, column: column)
    }

    static func kind(of node: OpaquePointer, lines: LineIndex) -> MarkdownNode.Kind {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading(level: Int(cmark_node_get_heading_level(node)))
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST:
            return .list(
                ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                start: Int(cmark_node_get_list_start(node)),
                tight: cmark_node_get_list_tight(node) != 0
            )
        case CMARK_NODE_ITEM:
            return typeString(node) == "tasklist" ? .item(task: cmark_gfm_extensions_get_tasklist_item_checked(node)) : .item(task: nil)
        case CMARK_NODE_CODE_BLOCK:
            return .codeBlock(info: string(cmark_node_get_fence_info(node)), code: literal(node))
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock(literal(node))
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_FOOTNOTE_DEFINITION: return .footnoteDefinition(label: literal(node))
        case CMARK_NODE_TEXT: return .text(literal(node))
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code(literal(node))
        case CMARK_NODE_HTML_INLINE: return .htmlInline(literal(node))
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK:
            return .link(destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        case CMARK_NODE_IMAGE:
            return .image(source: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        case CMARK_NODE_FOOTNOTE_REFERENCE: return .footnoteReference(label: literal(node))
        default: return extensionKind(of: node, lines: lines)
        }
    }

    /// Extension node types are numbered at run time, so they are told apart by name.
    static func extensionKind(of node: OpaquePointer, lines: LineIndex) -> MarkdownNode.Kind {
        switch typeString(node) {
        case "table":
            let count = Int(cmark_gfm_extensions_get_table_columns(node))
            let raw = cmark_gfm_extensions_get_table_alignments(node)
            let alignments: [MarkdownNode.Alignment] = (0..<count).map { index in
                switch raw?[index] {
                case UInt8(ascii: "l"): return .left
                case UInt8(ascii: "c"): return .center
                case UInt8(ascii: "r"): return .right
                default: return .none
                }
            }
            return .table(alignments: alignments)
        case "table_header", "table_row":
            return .tableRow(isHeader: cmark_gfm_extensions_get_table_row_is_header(node) != 0,
                             written: lines.cellsWritten(line: Int(cmark_node_get_start_line(node)), byteColumn: Int(cmark_node_get_start_column(node))))
        case "table_cell": return .tableCell
        case "strikethrough": return .strikethrough
        case "tasklist": return .item(task: cmark_gfm_extensions_get_tasklist_item_checked(node))
        default: return .text(literal(node))
        }
    }

    static func typeString(_ node: OpaquePointer) -> String {
        string(cmark_node_get_type_string(node))
    }

    static func literal(_ node: OpaquePointer) -> String {
        string(cmark_node_get_literal(node))
    }

    static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
