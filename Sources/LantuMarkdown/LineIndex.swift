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
