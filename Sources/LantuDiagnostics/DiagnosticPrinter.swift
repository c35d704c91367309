import Foundation

/// Formats diagnostics the way compilers do, so editors and CI logs link to the line.
public enum DiagnosticPrinter {
    /// `path:line:col: error: message`, then an indented `hint:` line where there is one.
    public static func text(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.sorted().map { diagnostic in
            var line = "\(diagnostic.location): \(diagnostic.severity.rawValue): \(diagnostic.message)"
            if let hint = diagnostic.hint {
                line += "\n    hint: \(hint)"
            }
            return line + "\n"
        }.joined()
    }

    /// A closing count such as `2 errors, 1 warning`.
    public static func summary(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.errors.count
        let warnings = diagnostics.count - errors
        return "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    }
}

extension DiagnosticPrinter {
    /// GitHub Actions workflow commands, so CI annotates the changed lines of a pull request.
    public static func github(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.sorted().map { diagnostic in
            var properties = "file=\(escapeProperty(diagnostic.location.file))"
            if diagnostic.location.line > 0 {
                properties += ",line=\(diagnostic.location.line),col=\(max(diagnostic.location.column, 1))"
            }
            let text = diagnostic.message + (diagnostic.hint.map { "\nhint: " + $0 } ?? "")
            return "::\(diagnostic.severity.rawValue) \(properties)::\(escapeData(text))\n"
        }.joined()
    }

    /// One JSON array of `{file, line, column, severity, message, hint}`, for other tools.
    public static func json(_ diagnostics: [Diagnostic]) -> String {
        let items = diagnostics.sorted().map { diagnostic -> String in
            var fields = [
                "\"file\":\(quoted(diagnostic.location.file))",
                "\"line\":\(diagnostic.location.line)",
                "\"column\":\(diagnostic.location.column)",
                "\"severity\":\(quoted(diagnostic.severity.rawValue))",
                "\"message\":\(quoted(diagnostic.message))",
            ]
            if let hint = diagnostic.hint { fields.append("\"hint\":\(quoted(hint))") }
            return "{" + fields.joined(separator: ",") + "}"
        }
        return "[" + items.joined(separator: ",\n") + "]\n"
    }

    private static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    private static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped.
    private static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
