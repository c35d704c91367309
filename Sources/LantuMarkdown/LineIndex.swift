/// Byte offsets of line starts, to turn cmark's byte columns into character columns.
struct LineIndex {
    private let bytes: [UInt8]
    private var starts: [Int] = [0]
    /// Per line, the byte offset of its first non-ASCII byte: before it, bytes are characters.
    private var asciiPrefix: [Int] = []

    init(_ text: String) {
        bytes = Array(text.utf8)
        var firstNonASCII: Int?
        for (offset, byte) in bytes.enumerated() {
            if byte >= 0x80, firstNonASCII == nil { firstNonASCII = offset }
            if byte == UInt8(ascii: "\n") {
                asciiPrefix.append((firstNonASCII ?? offset) - starts[starts.count - 1])
                starts.append(offset + 1)
                firstNonASCII = nil
            }
        }
        asciiPrefix.append((firstNonASCII ?? bytes.count) - starts[starts.count - 1])
    }

    /// Cells a table row has as written from `byteColumn` on: unescaped pipes between cells,
    /// outer pipes optional, code spans not counted apart (as GFM's own splitting).
    func cellsWritten(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= starts.count else { return 0 }
        let end = line < starts.count ? starts[line] - 1 : bytes.count
        var row = bytes[min(starts[line - 1] + max(byteColumn - 1, 0), end)..<end]
        while let first = row.first, first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") { row = row.dropFirst() }
        while let last = row.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") || last == UInt8(ascii: "\r") { row = row.dropLast() }
        if row.first == UInt8(ascii: "|") { row = row.dropFirst() }
        var pipes = 0
        var escaped = false
        var trailing = false
        for byte in row {
            trailing = false
            if escaped { escaped = false; continue }
            if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "|") { pipes += 1; trailing = true }
        }
        return trailing ? pipes : pipes + 1
    }

    /// The 1-based character column of a 1-based byte column on a 1-based line.
    func characterColumn(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= starts.count, byteColumn > 1 else { return max(byteColumn, 1) }
        if byteColumn - 1 <= asciiPrefix[line - 1] { return byteColumn }
        let start = starts[line - 1]
        let end = min(start + byteColumn - 1, bytes.count)
        // Count the bytes that begin a UTF-8 sequence.
        return bytes[start..<end].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }
}
