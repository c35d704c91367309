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
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        return "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    }
}
