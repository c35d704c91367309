import Foundation
import LantuDiagnostics
import LantuMarkdown

/// One Markdown file of `content/`, decoded and parsed, before it is read as a plan, report or page.
struct SourceDocument {
    enum Kind: String {
        case plan, report, page
    }

    /// Path relative to the content folder, with `/` separators (`plans/tj-edu.md`).
    let relativePath: String
    /// Path as diagnostics show it (`content/plans/tj-edu.md`).
    let displayPath: String
    let kind: Kind
    let id: String
    let frontMatter: FrontMatter
    let markdown: MarkdownNode
    /// Problems that do not stop the document being read (control characters removed).
    let warnings: [ContentError]
}

extension SourceDocument {
    /// Reads, decodes and parses one file; any problem is returned located in that file.
    static func load(relativePath: String, displayPath: String, data: Data) throws(ContentError) -> SourceDocument {
        var warnings: [ContentError] = []
        let text = try decode(data, file: displayPath, warnings: &warnings)
        let frontMatter = try FrontMatter.split(text, file: displayPath, warnings: &warnings)
        let markdown: MarkdownNode
        do {
            markdown = try MarkdownParser.parse(frontMatter.body)
        } catch {
            throw ContentError(SourceLocation(file: displayPath, line: error.line, column: 1), .tooLarge(error.limit))
        }
        if let line = tooDeep(markdown) {
            throw ContentError(SourceLocation(file: displayPath, line: line, column: 1), .nestedTooDeeply(allowed: maxNesting))
        }
        let folder = relativePath.split(separator: "/").dropLast().first.map(String.init)
        let kind: Kind
        if let declared = frontMatter.string("kind") {
            guard let parsed = Kind(rawValue: declared.comparisonKey) else {
                throw ContentError(frontMatter.location(of: "kind"), .invalidField("kind", value: declared, expected: Localized(zh: "plan（规划）、report（报告）或 page（页面）", tw: "plan（規劃）、report（報告）或 page（頁面）", en: "plan, report or page")))
            }
            kind = parsed
        } else {
            kind = folder == "plans" ? .plan : folder == "reports" ? .report : .page
        }
        let fileName = (relativePath as NSString).lastPathComponent
        let id = frontMatter.string("id") ?? String(fileName.dropLast(3))
        guard DocumentID.isValid(id) else {
            throw ContentError(frontMatter.fields["id"]?.location ?? SourceLocation(file: displayPath), .invalidID(id))
        }
        return SourceDocument(relativePath: relativePath, displayPath: displayPath, kind: kind, id: id,
                              frontMatter: frontMatter, markdown: markdown, warnings: warnings)
    }

    /// The largest content file lantu reads: far above any real plan, low enough that one
    /// pasted file cannot stall a build or the preview server.
    static let maxBytes = 8 * 1024 * 1024

    /// Quotes and lists nested deeper than this are refused: real plans need a handful of
    /// levels, and feature boxes and templates recurse per level.
    static let maxNesting = 32

    /// The line where quotes or lists first nest deeper than `maxNesting`, if they do.
    static func tooDeep(_ document: MarkdownNode) -> Int? {
        var stack: [(MarkdownNode, Int)] = [(document, 0)]
        while let (node, depth) = stack.popLast() {
            let nested: Int
            switch node.kind {
            case .blockQuote, .list: nested = depth + 1
            default: nested = depth
            }
            if nested > maxNesting { return node.line }
            stack.append(contentsOf: node.children.map { ($0, nested) })
        }
        return nil
    }

    /// UTF-8 with or without a BOM; CRLF and a lone CR read as LF (as CommonMark reads them, so line
    /// numbers are unchanged); control characters removed with a warning in `warnings`.
    static func decode(_ data: Data, file: String, warnings: inout [ContentError]) throws(ContentError) -> String {
        guard data.count <= maxBytes else {
            throw ContentError(SourceLocation(file: file, line: 1, column: 1), .fileTooLarge(bytes: data.count, allowed: maxBytes))
        }
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        // UTF-16 has a byte-order mark, or (without one) a zero in every other byte of ASCII text.
        let head = bytes.prefix(64)
        let zeros = head.filter { $0 == 0 }.count
        let looksUTF16 = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
            || (head.count >= 8 && zeros * 3 >= head.count && zeros * 3 <= head.count * 2)
        if !looksUTF16, let nul = bytes.firstIndex(of: 0) {
            let line = bytes[..<nul].filter { $0 == UInt8(ascii: "\n") }.count + 1
            throw ContentError(SourceLocation(file: file, line: line, column: 1), .binaryFile)
        }
        guard !looksUTF16, let text = String(validating: bytes, as: UTF8.self) else {
            throw ContentError(SourceLocation(file: file, line: 1, column: 1), .notUTF8(likelyUTF16: looksUTF16))
        }
        let lines = text.contains("\r") ? text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") : text
        guard let (clean, removed) = ControlCharacters.remove(from: lines) else { return lines }
        warnings.append(ContentError(SourceLocation(file: file, line: removed.line, column: removed.column),
                                     .controlCharacters(ControlCharacters.describe(removed.scalar), count: removed.count)))
        return clean
    }
}
