import LantuDiagnostics

/// A problem with the templates or with writing the site, located where it can be fixed.
public struct SiteError: Error, Sendable, Equatable {
    public let location: SourceLocation
    public let reason: Reason

    public init(_ location: SourceLocation, _ reason: Reason) {
        self.location = location
        self.reason = reason
    }

    public enum Reason: Sendable, Equatable {
        case unreadable(String)
        case templateSyntax(String)
        case missingTemplate(String)
        case missingPartial(String)
        case missingString(String)
        case invalidStrings(String)
        case writeFailed(String)
        case outputInsideContent
        case alreadyExists
        case noPlanYet
        case noRelease(String)
    }
}

extension SiteError {
    public var diagnostic: Diagnostic {
        switch reason {
        case .unreadable(let why):
            return Diagnostic(.error, at: location, "cannot read: \(why)")
        case .templateSyntax(let problem):
            return Diagnostic(.error, at: location, "template syntax error: \(problem)")
        case .missingTemplate(let name):
            return Diagnostic(.error, at: location, "the theme has no template '\(name).mustache'",
                              hint: "restore it from lantu's default templates/")
        case .missingPartial(let name):
            return Diagnostic(.error, at: location, "template refers to a missing partial '\(name)'",
                              hint: "create \(name).mustache in the templates folder or fix the name")
        case .missingString(let key):
            return Diagnostic(.error, at: location, "UI string '\(key)' is missing", hint: "add `\(key): …` to this file")
        case .invalidStrings(let problem):
            return Diagnostic(.error, at: location, "invalid UI strings file: \(problem)")
        case .writeFailed(let why):
            return Diagnostic(.error, at: location, "cannot write the site: \(why)",
                              hint: "check that the output folder is writable; the previous site was left as it was")
        case .alreadyExists:
            return Diagnostic(.error, at: location, "the file already exists; lantu new never overwrites",
                              hint: "choose another name, or edit the existing file")
        case .noPlanYet:
            return Diagnostic(.error, at: location, "a report needs a plan to report on, and content/ has none that loads",
                              hint: "create one first with `lantu new plan NAME`")
        case .noRelease(let why):
            return Diagnostic(.error, at: location, why)
        case .outputInsideContent:
            return Diagnostic(.error, at: location, "the output folder is inside the content folder",
                              hint: "choose an output folder outside content/, e.g. --output site")
        }
    }
}
