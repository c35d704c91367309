import LantuDiagnostics
import Yams

/// A YAML node with every scalar kept as the text the user wrote, and its location.
///
/// YAML 1.1 typing would turn `NO` into false and `1.10` into 1.1; lantu converts scalars itself.
public struct YAMLValue: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case scalar(String)
        case sequence([YAMLValue])
        /// Keys with where they are written, so a misspelt key can be pointed at.
        case mapping([(key: String, keyLocation: SourceLocation, value: YAMLValue)])

        public static func == (lhs: Kind, rhs: Kind) -> Bool {
            switch (lhs, rhs) {
            case let (.scalar(a), .scalar(b)): return a == b
            case let (.sequence(a), .sequence(b)): return a == b
            case let (.mapping(a), .mapping(b)):
                return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.keyLocation == $1.keyLocation && $0.value == $1.value }
            default: return false
            }
        }
    }

    public let kind: Kind
    public let location: SourceLocation
}

extension YAMLValue {
    /// Parses YAML text that starts at `firstLine` of `file`; errors are located in the file.
    /// Chinese-typing slips (`YAMLSlip`) are read as meant and added to `warnings`.
    public static func parse(_ yaml: String, file: String, firstLine: Int, inFrontMatter: Bool = false,
                             warnings: inout [ContentError]) throws(ContentError) -> YAMLValue? {
        try YAMLLimits.check(yaml, file: file, firstLine: firstLine)
        let (text, slips) = YAMLSlip.correct(yaml, file: file, firstLine: firstLine)
        warnings += slips
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw located(error, file: file, firstLine: firstLine, inFrontMatter: inFrontMatter)
        } catch {
            throw ContentError(SourceLocation(file: file, line: firstLine, column: 1), .yaml("\(error)", inFrontMatter: inFrontMatter))
        }
        return node.map { convert($0, file: file, firstLine: firstLine) }
    }

    /// The scalars of a mapping by key, as a theme's UI strings file has them; nil for another shape.
    public var scalarMapping: [String: String]? {
        guard case .mapping(let pairs) = kind else { return nil }
        return Dictionary(pairs.compactMap { pair in pair.value.scalar.map { (pair.key, $0) } }, uniquingKeysWith: { first, _ in first })
    }

    /// The scalar's text, or nil for a sequence or mapping.
    public var scalar: String? {
        if case .scalar(let text) = kind { return text }
        return nil
    }

    /// A scalar as a one-element list, or the scalars of a sequence, each with where it is written.
    public var scalarsWithLocations: [(text: String, location: SourceLocation)]? {
        switch kind {
        case .scalar(let text): return text.isEmpty ? [] : [(text, location)]
        case .sequence(let items): return items.compactMap { item in item.scalar.map { ($0, item.location) } }
        case .mapping: return nil
        }
    }
}

private extension YAMLValue {
    static func location(_ node: Node, file: String, firstLine: Int) -> SourceLocation {
        node.mark.map { SourceLocation(file: file, line: $0.line + firstLine - 1, column: $0.column) }
            ?? SourceLocation(file: file, line: firstLine, column: 1)
    }

    static func convert(_ node: Node, file: String, firstLine: Int) -> YAMLValue {
        let location = Self.location(node, file: file, firstLine: firstLine)
        switch node {
        case .scalar(let scalar):
            return YAMLValue(kind: .scalar(scalar.string), location: location)
        case .sequence(let sequence):
            return YAMLValue(kind: .sequence(sequence.map { convert($0, file: file, firstLine: firstLine) }), location: location)
        case .mapping(let mapping):
            let pairs = mapping.map { pair in
                (key: pair.key.string ?? "", keyLocation: Self.location(pair.key, file: file, firstLine: firstLine),
                 value: convert(pair.value, file: file, firstLine: firstLine))
            }
            return YAMLValue(kind: .mapping(pairs), location: location)
        case .alias:
            return YAMLValue(kind: .scalar(""), location: location)
        }
    }

    static func located(_ error: YamlError, file: String, firstLine: Int, inFrontMatter: Bool) -> ContentError {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: file, line: mark.line + firstLine - 1, column: mark.column)
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let detail = context.map { "\($0.text) " } ?? ""
            // A key without its colon, or a quote never closed, is found only lines later; where it
            // starts is the place to fix.
            let startsEarlier = problem.contains("could not find expected ':'") || problem.contains("found unexpected end of stream")
            let place = startsEarlier ? context.map { at($0.mark) } ?? at(mark) : at(mark)
            return ContentError(place, .yaml(detail + problem, inFrontMatter: inFrontMatter))
        case let .duplicatedKeysInMapping(duplicates, context):
            return ContentError(at(context.mark), .yaml("duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", "))", inFrontMatter: inFrontMatter))
        default:
            return ContentError(SourceLocation(file: file, line: firstLine, column: 1), .yaml("\(error)", inFrontMatter: inFrontMatter))
        }
    }
}
