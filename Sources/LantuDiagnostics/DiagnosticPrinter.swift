import Foundation

/// Formats diagnostics the way compilers do, so editors and CI logs link to the line.
///
/// The text form keeps the English `error:`/`warning:` after the location in every language:
/// editors' and CI's problem matchers (VS Code's `$gcc`, Emacs' compilation mode, GitHub's
/// matchers) look for exactly those words. The message, the hint and the count are in the
/// site's language, and the code in brackets is the one the guide lists.
public enum DiagnosticPrinter {
    /// `path:line:col: error: message [code]`, then an indented hint line where there is one.
    public static func text(_ diagnostics: [Diagnostic], in language: DiagnosticLanguage) -> String {
        let hintWord = Localized(zh: "提示：", tw: "提示：", en: "hint: ").text(in: language)
        return diagnostics.sorted().map { diagnostic in
            var line = "\(diagnostic.location): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.code)]"
            if let hint = diagnostic.hint {
                line += "\n    \(hintWord)\(hint)"
            }
            return line + "\n"
        }.joined()
    }

    /// A closing count: `2 个错误，1 个警告`, `2 個錯誤，1 個警告`, `2 errors, 1 warning`.
    public static func summary(_ diagnostics: [Diagnostic], in language: DiagnosticLanguage) -> String {
        let errors = diagnostics.errors.count
        let warnings = diagnostics.count - errors
        return Localized(zh: "\(errors) 个错误，\(warnings) 个警告", tw: "\(errors) 個錯誤，\(warnings) 個警告",
                         en: "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
            .text(in: language)
    }
}

extension DiagnosticPrinter {
    /// GitHub Actions workflow commands, so CI annotates the changed lines of a pull request;
    /// the code is the annotation's title.
    public static func github(_ diagnostics: [Diagnostic], in language: DiagnosticLanguage) -> String {
        let hintWord = Localized(zh: "提示：", tw: "提示：", en: "hint: ").text(in: language)
        return diagnostics.sorted().map { diagnostic in
            var properties = "file=\(escapeProperty(diagnostic.location.file))"
            // A Word paragraph has no line GitHub could annotate.
            if diagnostic.location.line > 0, !diagnostic.location.isParagraph {
                properties += ",line=\(diagnostic.location.line),col=\(max(diagnostic.location.column, 1))"
            }
            properties += ",title=\(escapeProperty(diagnostic.code))"
            let text = diagnostic.message + (diagnostic.hint.map { "\n" + hintWord + $0 } ?? "")
            return "::\(diagnostic.severity.rawValue) \(properties)::\(escapeData(text))\n"
        }.joined()
    }

    /// One JSON array of `{file, line, column, severity, code, message, hint}`, for other tools.
    public static func json(_ diagnostics: [Diagnostic]) -> String {
        let items = diagnostics.sorted().map { diagnostic -> String in
            var fields = [
                "\"file\":\(quoted(diagnostic.location.file))",
                "\"line\":\(diagnostic.location.line)",
                "\"column\":\(diagnostic.location.column)",
                "\"severity\":\(quoted(diagnostic.severity.rawValue))",
                "\"code\":\(quoted(diagnostic.code))",
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
