import CYaml
import LantuDiagnostics

/// Bounds on the YAML lantu reads. Content YAML is a few dozen lines, but an alias (`*name`)
/// repeats a whole anchored subtree, so nested aliases let a 400-byte file expand to billions of
/// values; the bounds are checked on libyaml's event stream, in one pass that expands nothing.
public enum YAMLLimits {
    /// Far above any real front matter, site.yml or units.yml (a unit list of 500 entries is ~50 KB).
    static let maxBytes = 256 * 1024
    /// Values (scalars, lists, mappings) the document may hold once every alias is expanded.
    static let maxValues = 100_000

    /// Refuses YAML that is too long or whose aliases expand past `maxValues`, located at the
    /// alias that crosses the bound. Syntax errors are left to the composer, which reports them.
    /// Public for the theme's UI strings, the one YAML lantu reads outside content/.
    public static func check(_ yaml: String, file: String, firstLine: Int) throws(ContentError) {
        let bytes = Array(yaml.utf8)
        guard bytes.count <= maxBytes else {
            throw ContentError(SourceLocation(file: file, line: firstLine, column: 1), .yamlTooLarge(bytes: bytes.count, allowed: maxBytes))
        }
        guard bytes.contains(UInt8(ascii: "*")) else { return }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return }
        defer { yaml_parser_delete(&parser) }
        var crossed: (mark: yaml_mark_t, values: Int)?
        bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            crossed = expandedSize(&parser)
        }
        if let crossed {
            let at = SourceLocation(file: file, line: Int(crossed.mark.line) + firstLine, column: Int(crossed.mark.column) + 1)
            throw ContentError(at, .yamlAliasesTooLarge(values: crossed.values, allowed: maxValues))
        }
    }

    /// Counts values as they would be expanded: a collection counts itself when it opens, an
    /// alias the size its anchor had when it closed. Returns where the count passes the bound.
    private static func expandedSize(_ parser: inout yaml_parser_t) -> (mark: yaml_mark_t, values: Int)? {
        var total = 0
        var sizes: [String: Int] = [:]
        var open: [(anchor: String?, totalBefore: Int)] = []
        var event = yaml_event_t()
        while yaml_parser_parse(&parser, &event) == 1 {
            defer { yaml_event_delete(&event) }
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return nil
            case YAML_SCALAR_EVENT:
                total += 1
                if let anchor = name(event.data.scalar.anchor) { sizes[anchor] = 1 }
            case YAML_SEQUENCE_START_EVENT:
                open.append((name(event.data.sequence_start.anchor), total))
                total += 1
            case YAML_MAPPING_START_EVENT:
                open.append((name(event.data.mapping_start.anchor), total))
                total += 1
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                if let closed = open.popLast(), let anchor = closed.anchor { sizes[anchor] = total - closed.totalBefore }
            case YAML_ALIAS_EVENT:
                total += name(event.data.alias.anchor).flatMap { sizes[$0] } ?? 0
            default:
                continue
            }
            if total > maxValues { return (event.start_mark, total) }
        }
        return nil
    }

    private static func name(_ anchor: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        anchor.map { String(cString: $0) }
    }
}
