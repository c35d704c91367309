/// A small pull reader for the XML inside Office files: elements, attributes, text, the five
/// predefined entities and numeric character references, CDATA; comments and processing
/// instructions are skipped and namespace prefixes kept as written. Written here rather than
/// taken from FoundationXML, which links libxml2 into the binary (a bare Debian machine has
/// none). A `<!DOCTYPE` is refused, so no entity can expand; depth and size are capped.
public struct XMLReader {
    public enum Event: Equatable, Sendable {
        case start(name: String, attributes: [XMLAttribute])
        case end(name: String)
        case text(String)
    }

    public struct Limits: Sendable {
        public var maxBytes: Int
        public var maxDepth: Int
        public static let standard = Limits(maxBytes: 64 << 20, maxDepth: 256)
    }

    private let bytes: [UInt8]
    private let limits: Limits
    private var position = 0
    private var open: [String] = []
    private var pendingEnd: String?
    private var sawRoot = false

    public init(_ bytes: [UInt8], limits: Limits = .standard) throws(XMLError) {
        guard bytes.count <= limits.maxBytes else { throw XMLError(.tooLarge(limit: limits.maxBytes), offset: 0) }
        self.bytes = bytes
        self.limits = limits
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    /// The next event, or nil at the end of a well-formed document.
    public mutating func next() throws(XMLError) -> Event? {
        if let name = pendingEnd {
            pendingEnd = nil
            open.removeLast()
            return .end(name: name)
        }
        while position < bytes.count {
            if bytes[position] != UInt8(ascii: "<") {
                let start = position
                let text = try readText()
                if open.isEmpty {
                    // By scalar: "\r\n", which Word and Excel write after the declaration, is one Character.
                    guard text.unicodeScalars.allSatisfy({ $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }) else {
                        throw XMLError(.textOutsideRoot, offset: start)
                    }
                    continue
                }
                return .text(text)
            }
            if has("<!--") {
                try skip(past: "-->", from: position + 4)
            } else if has("<?") {
                try skip(past: "?>", from: position + 2)
            } else if has("<![CDATA[") {
                let start = position + 9
                guard let end = find("]]>", from: start) else { throw XMLError(.unterminated("CDATA"), offset: position) }
                guard !open.isEmpty else { throw XMLError(.textOutsideRoot, offset: position) }
                position = end + 3
                return .text(try string(bytes[start..<end], at: start))
            } else if has("<!") {
                throw XMLError(has("<!DOCTYPE") ? .doctype : .unexpected("<!"), offset: position)
            } else if has("</") {
                return try readEndTag()
            } else {
                return try readStartTag()
            }
        }
        if let name = open.last { throw XMLError(.unclosed(name), offset: position) }
        guard sawRoot else { throw XMLError(.noRoot, offset: position) }
        return nil
    }
}

/// An attribute as written, its value with references replaced.
public struct XMLAttribute: Equatable, Sendable {
    public let name: String
    public let value: String
}

/// Why an XML part could not be read, with the byte offset where it went wrong.
public struct XMLError: Error, Equatable, Sendable {
    public enum Reason: Equatable, Sendable {
        case tooLarge(limit: Int)
        case tooDeep(limit: Int)
        case doctype
        case unterminated(String)
        case unexpected(String)
        case mismatchedEnd(expected: String, found: String)
        case unclosed(String)
        case noRoot
        case textOutsideRoot
        case secondRoot
        case badReference(String)
        case duplicateAttribute(String)
        case notUTF8
    }

    public let reason: Reason
    public let offset: Int

    init(_ reason: Reason, offset: Int) {
        self.reason = reason
        self.offset = offset
    }
}

private extension XMLReader {
    func has(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        return literal.withUTF8Buffer { prefix in
            for index in 0..<count where bytes[position + index] != prefix[index] { return false }
            return true
        }
    }

    func find(_ literal: StaticString, from start: Int) -> Int? {
        literal.withUTF8Buffer { needle -> Int? in
            var index = start
            while index + needle.count <= bytes.count {
                var match = true
                for offset in 0..<needle.count where bytes[index + offset] != needle[offset] {
                    match = false
                    break
                }
                if match { return index }
                index += 1
            }
            return nil
        }
    }

    mutating func skip(past literal: StaticString, from start: Int) throws(XMLError) {
        guard let end = find(literal, from: start) else {
            throw XMLError(.unterminated(literal.description), offset: position)
        }
        position = end + literal.utf8CodeUnitCount
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }

    static func isNameByte(_ byte: UInt8) -> Bool {
        !(isSpace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "=")
          || byte == UInt8(ascii: "<") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'"))
    }

    mutating func skipSpace() {
        while position < bytes.count, Self.isSpace(bytes[position]) { position += 1 }
    }

    mutating func readName() throws(XMLError) -> String {
        let start = position
        while position < bytes.count, Self.isNameByte(bytes[position]) { position += 1 }
        guard position > start else { throw XMLError(.unexpected("a name"), offset: start) }
        return try string(bytes[start..<position], at: start)
    }

    mutating func readStartTag() throws(XMLError) -> Event {
        let tagStart = position
        position += 1
        let name = try readName()
        var attributes: [XMLAttribute] = []
        while true {
            skipSpace()
            guard position < bytes.count else { throw XMLError(.unterminated("<\(name)"), offset: tagStart) }
            let byte = bytes[position]
            if byte == UInt8(ascii: ">") || (byte == UInt8(ascii: "/") && position + 1 < bytes.count && bytes[position + 1] == UInt8(ascii: ">")) {
                position += byte == UInt8(ascii: ">") ? 1 : 2
                if open.isEmpty {
                    guard !sawRoot else { throw XMLError(.secondRoot, offset: tagStart) }
                    sawRoot = true
                }
                guard open.count < limits.maxDepth else { throw XMLError(.tooDeep(limit: limits.maxDepth), offset: tagStart) }
                open.append(name)
                if byte == UInt8(ascii: "/") { pendingEnd = name }
                return .start(name: name, attributes: attributes)
            }
            let attributeStart = position
            let attribute = try readName()
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else { throw XMLError(.unexpected("'=' after \(attribute)"), offset: position) }
            position += 1
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") else {
                throw XMLError(.unexpected("a quoted value for \(attribute)"), offset: position)
            }
            let quote = bytes[position]
            position += 1
            let valueStart = position
            while position < bytes.count, bytes[position] != quote {
                guard bytes[position] != UInt8(ascii: "<") else { throw XMLError(.unexpected("'<' in an attribute"), offset: position) }
                position += 1
            }
            guard position < bytes.count else { throw XMLError(.unterminated("attribute \(attribute)"), offset: valueStart) }
            let value = try decode(bytes[valueStart..<position], at: valueStart, attribute: true)
            position += 1
            guard !attributes.contains(where: { $0.name == attribute }) else { throw XMLError(.duplicateAttribute(attribute), offset: attributeStart) }
            attributes.append(XMLAttribute(name: attribute, value: value))
        }
    }

    mutating func readEndTag() throws(XMLError) -> Event {
        let start = position
        position += 2
        let name = try readName()
        skipSpace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ">") else { throw XMLError(.unterminated("</\(name)"), offset: start) }
        position += 1
        guard let expected = open.last else { throw XMLError(.unexpected("</\(name)>"), offset: start) }
        guard expected == name else { throw XMLError(.mismatchedEnd(expected: expected, found: name), offset: start) }
        open.removeLast()
        return .end(name: name)
    }

    mutating func readText() throws(XMLError) -> String {
        let start = position
        while position < bytes.count, bytes[position] != UInt8(ascii: "<") { position += 1 }
        return try decode(bytes[start..<position], at: start, attribute: false)
    }

    func string(_ slice: ArraySlice<UInt8>, at offset: Int) throws(XMLError) -> String {
        guard let text = String(validating: slice, as: UTF8.self) else { throw XMLError(.notUTF8, offset: offset) }
        return text
    }

    /// Text with `&amp;`-style and numeric references replaced; in attributes white space
    /// characters become spaces, as XML's attribute-value normalisation says.
    func decode(_ slice: ArraySlice<UInt8>, at offset: Int, attribute: Bool) throws(XMLError) -> String {
        guard slice.contains(UInt8(ascii: "&")) || (attribute && slice.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 })) else {
            return try string(slice, at: offset)
        }
        var out: [UInt8] = []
        out.reserveCapacity(slice.count)
        var index = slice.startIndex
        while index < slice.endIndex {
            let byte = slice[index]
            if byte != UInt8(ascii: "&") {
                out.append(attribute && (byte == 0x0A || byte == 0x0D || byte == 0x09) ? 0x20 : byte)
                index += 1
                continue
            }
            guard let semicolon = slice[index...].firstIndex(of: UInt8(ascii: ";")), semicolon - index <= 12 else {
                throw XMLError(.badReference(String(decoding: slice[index..<min(index + 12, slice.endIndex)], as: UTF8.self)), offset: index)
            }
            let name = String(decoding: slice[(index + 1)..<semicolon], as: UTF8.self)
            out.append(contentsOf: try Self.reference(name, at: index).utf8)
            index = semicolon + 1
        }
        return try string(out[...], at: offset)
    }

    static func reference(_ name: String, at offset: Int) throws(XMLError) -> String {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            var digits = Substring(name)
            guard digits.first == "#" else { throw XMLError(.badReference("&\(name);"), offset: offset) }
            digits = digits.dropFirst()
            var radix = 10
            if digits.first == "x" || digits.first == "X" {
                radix = 16
                digits = digits.dropFirst()
            }
            guard !digits.isEmpty, let value = UInt32(digits, radix: radix), let scalar = Unicode.Scalar(value),
                  value == 0x9 || value == 0xA || value == 0xD || value >= 0x20 else {
                throw XMLError(.badReference("&\(name);"), offset: offset)
            }
            return String(Character(scalar))
        }
    }
}
