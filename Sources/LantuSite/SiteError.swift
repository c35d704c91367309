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
        /// A file in the templates folder that is no part of a theme (a warning).
        case unusedThemeFile
        /// Template tags that render as nothing without a word (warnings; `TemplateCheck`).
        case unknownTemplateField(String, view: String, suggestions: [String])
        case unknownUIString(String)
        case sectionOverText(String)
        case transformOverNonList(String, String)
        case invalidStrings(String)
        case writeFailed(String)
        /// The output is (`inside`) or holds the content or templates folder.
        case outputOverlaps(String, output: String, folder: String, inside: Bool)
        case outputHoldsWorkingFolder(String)
        /// A first build into a folder with files in it that lantu did not write.
        case notLantuFolder(String, files: Int, example: String)
        case foreignFileInTheWay(String, others: Int)
        case busy(String)
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
        case .unusedThemeFile:
            return Diagnostic(.warning, at: location, "lantu does not read this file of the templates folder",
                              hint: "a theme has NAME.mustache templates, strings/LANG.yml, methodology/LANG.md and assets/; rename or remove it")
        case .unknownTemplateField(let name, let view, let suggestions):
            return Diagnostic(.warning, at: location, "'{{\(name)}}' names no field of the view this template renders (\(view)), so it renders as nothing",
                              hint: suggestions.isEmpty ? "check the spelling; the built-in templates (`lantu theme export DIR`) show the fields each page has"
                                  : "did you mean " + suggestions.map { "'\($0)'" }.joined(separator: " or ") + "?")
        case .unknownUIString(let key):
            return Diagnostic(.warning, at: location, "'\(key)' is not a UI string of this language, so it renders as nothing",
                              hint: "add `\(key): …` to the theme's strings/ files, or fix the name")
        case .sectionOverText(let name):
            return Diagnostic(.warning, at: location, "'{{#\(name)}}' is a section over text that is always there, so its content always shows",
                              hint: "a section repeats over a list, or shows when a flag is true or an optional field is given")
        case .transformOverNonList(let transform, let name):
            return Diagnostic(.warning, at: location, "'\(transform)(\(name))' needs a list, and '\(name)' is not one", hint: nil)
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
        case .outputOverlaps(let role, let output, let folder, let inside):
            let relation = inside ? "is inside" : "holds"
            return Diagnostic(.error, at: location, "the output folder \(output) \(relation) the \(role) folder \(folder); writing the site there would replace it",
                              hint: "choose an output folder of its own beside content/, e.g. --output site")
        case .outputHoldsWorkingFolder(let output):
            return Diagnostic(.error, at: location, "the output folder \(output) holds the folder lantu was started in; writing the site there would replace the project",
                              hint: "choose an output folder of its own, e.g. --output site")
        case .notLantuFolder(let folder, let files, let example):
            let count = files == 1 ? "a file" : "\(files) files"
            return Diagnostic(.error, at: location, "\(folder) already holds \(count) that lantu did not write (\(example)); lantu writes only into a new or empty folder, or one it wrote before",
                              hint: "choose a new folder, or pass --take-over to let lantu manage this one: its files at the site's paths are replaced, every other file is kept")
        case .foreignFileInTheWay(let path, let others):
            let more = others > 0 ? " (and \(others) more)" : ""
            return Diagnostic(.error, at: location, "\(path)\(more) was not written by lantu, and the site now needs that path; nothing was changed",
                              hint: "move the file elsewhere, or pass --take-over to let lantu replace it")
        case .busy(let folder):
            return Diagnostic(.error, at: location, "another lantu (build, serve or publish) is writing \(folder) now; nothing was changed",
                              hint: "run this again when the other one has finished")
        }
    }

    /// Whether the error is in how lantu was called (exit 2) rather than in the content.
    public var isUsage: Bool {
        switch reason {
        case .outputOverlaps, .outputHoldsWorkingFolder, .notLantuFolder, .foreignFileInTheWay: true
        default: false
        }
    }
}
