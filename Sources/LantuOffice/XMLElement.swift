/// An element of an Office XML part as a small tree, built from `XMLReader`'s events; the
/// parts lantu reads (a sheet, the shared strings, the styles) are looked at out of order.
public struct XMLElement: Equatable, Sendable {
    /// The name as written, prefix included (`x:row`).
    public let name: String
    public let attributes: [XMLAttribute]
    public internal(set) var children: [XMLNode]

    /// The name without its namespace prefix, by which parts are read: writers differ in prefixes.
    public var localName: Substring {
        name.firstIndex(of: ":").map { name[name.index(after: $0)...] } ?? name[...]
    }

    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// The direct child elements with this local name.
    public func elements(_ localName: String) -> [XMLElement] {
        children.compactMap { node in
            if case .element(let element) = node, element.localName == localName { return element }
            return nil
        }
    }

    public func element(_ localName: String) -> XMLElement? {
        for case .element(let element) in children where element.localName == localName { return element }
        return nil
    }

    /// The text directly inside the element.
    public var text: String {
        children.map { node in
            if case .text(let text) = node { return text }
            return ""
        }.joined()
    }
}

public enum XMLNode: Equatable, Sendable {
    case element(XMLElement)
    case text(String)
}

extension XMLElement {
    /// The document element of a part.
    public static func parse(_ bytes: [UInt8], limits: XMLReader.Limits = .standard) throws(XMLError) -> XMLElement {
        var reader = try XMLReader(bytes, limits: limits)
        var stack: [XMLElement] = []
        var root: XMLElement?
        while let event = try reader.next() {
            switch event {
            case .start(let name, let attributes):
                stack.append(XMLElement(name: name, attributes: attributes, children: []))
            case .end:
                let done = stack.removeLast()
                if stack.isEmpty { root = done } else { stack[stack.count - 1].children.append(.element(done)) }
            case .text(let text):
                stack[stack.count - 1].children.append(.text(text))
            }
        }
        // The reader only finishes on a well-formed document, which has a root.
        return root!
    }
}
