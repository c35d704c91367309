/// How bad a problem is: errors stop a build, warnings do not.
public enum Severity: String, Sendable, Hashable, Comparable {
    case error
    case warning

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .error && rhs == .warning
    }
}

/// One problem found in the content or templates, located and with an optional fix hint.
public struct Diagnostic: Hashable, Sendable {
    public let location: SourceLocation
    public let severity: Severity
    /// A stable English name of the kind of problem (`unknown-key`, `duplicate-id`), the same in
    /// every language, so CI and the guide can refer to it.
    public let code: String
    /// Text in the language the diagnostic was made for.
    public let message: String
    public let hint: String?

    public init(_ severity: Severity, at location: SourceLocation, code: String, _ message: String, hint: String? = nil) {
        self.location = location
        self.severity = severity
        self.code = code
        self.message = message
        self.hint = hint
    }
}

extension Diagnostic {
    /// A diagnostic whose message and hint are taken in `language`.
    public init(_ severity: Severity, at location: SourceLocation, code: String, _ message: Localized, hint: Localized?,
                in language: DiagnosticLanguage) {
        self.init(severity, at: location, code: code, message.text(in: language), hint: hint?.text(in: language))
    }
}

extension Diagnostic: Comparable {
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location, lhs.severity, lhs.message) < (rhs.location, rhs.severity, rhs.message)
    }
}

extension Array where Element == Diagnostic {
    /// Whether any of these stops the build.
    public var hasErrors: Bool { contains { $0.severity == .error } }
    /// The ones that stop the build.
    public var errors: [Diagnostic] { filter { $0.severity == .error } }
}
