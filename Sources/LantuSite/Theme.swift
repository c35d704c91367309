import Foundation
import LantuMarkdown
import LantuDiagnostics
import LantuModel
import Mustache
import Yams

/// The templates folder loaded and checked: Mustache templates, UI strings and static assets.
public struct Theme: Sendable {
    let library: MustacheLibrary
    let strings: [String: String]
    /// Markdown text of the methodology page in the site's language.
    let methodology: String
    /// Files copied to the output as they are, by their path below the output folder.
    let assets: [String: Data]
    /// The files as read: themes read from equal files render alike, so `lantu serve` reuses
    /// a theme whose files did not change and compares themes by them.
    let files: Files

    /// Every file a theme loads, as bytes.
    struct Files: Equatable, Sendable {
        let templates: [String: Data]
        let strings: Data?
        let methodology: Data?
        let assets: [String: Data]

        static func read(_ directory: String, strings: String, methodology: String) -> Files {
            let manager = FileManager.default
            let names = ((try? manager.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".mustache") }
            var dummy: [SiteError] = []
            return Files(templates: Dictionary(uniqueKeysWithValues: names.map { ($0, manager.contents(atPath: "\(directory)/\($0)") ?? Data()) }),
                         strings: manager.contents(atPath: strings), methodology: manager.contents(atPath: methodology),
                         assets: readAssets("\(directory)/assets", problems: &dummy))
        }
    }

}

extension Theme {
    /// Templates every build renders; a theme without one of them cannot build.
    static let pageTemplates = ["home", "plans", "plan", "tasks", "indicator", "units", "unit", "report", "page", "roadmap", "search", "methodology", "404"]

    /// Loads `directory` for `language`, collecting every problem instead of stopping at the
    /// first; returns `previous` when none of its files changed.
    public static func load(directory: String, language: SiteLanguage, method: ProgressMethod = .linear,
                            reusing previous: Theme? = nil) -> (theme: Theme?, problems: [SiteError]) {
        let stringsFile = "\(directory)/strings/\(language.rawValue).yml"
        let methodologyFile = "\(directory)/methodology/\(language.rawValue)\(method == .cagr ? "-cagr" : "").md"
        let files = Files.read(directory, strings: stringsFile, methodology: methodologyFile)
        if let previous, previous.files == files { return (previous, []) }
        var problems: [SiteError] = []
        let templates = readTemplates(directory, problems: &problems)
        for name in pageTemplates where files.templates[name + ".mustache"] == nil {
            problems.append(SiteError(SourceLocation(file: directory), .missingTemplate(name)))
        }
        let strings = readStrings(stringsFile, problems: &problems)
        let methodology = (try? String(contentsOfFile: methodologyFile, encoding: .utf8)) ?? ""
        if methodology.isEmpty {
            problems.append(SiteError(SourceLocation(file: methodologyFile), .unreadable("missing methodology text")))
        }
        let assets = readAssets("\(directory)/assets", problems: &problems)
        guard problems.isEmpty else { return (nil, problems) }
        MustacheContentTypes.register(HTMLEscaping(), named: HTMLEscaping.name)
        let library = MustacheLibrary(templates: Dictionary(uniqueKeysWithValues: templates.map { name, loaded in
            // Every template switches it on: a partial starts over with the library's own.
            let text = HTMLEscaping.pragma + fillStrings(loaded.text, strings)
            return (name, (try? MustacheTemplate(string: text)) ?? loaded.template)
        }))
        return (Theme(library: library, strings: strings, methodology: methodology, assets: assets, files: files), [])
    }

    /// Escapes `{{…}}` values as swift-mustache's HTML content type does (`& < > " '`), over
    /// Unicode scalars and leaving strings without those characters as they are: the library's
    /// own escaping, a dictionary lookup per Character, was an eighth of a build.
    struct HTMLEscaping: MustacheContentType {
        static let name = "LANTU_HTML"
        /// A standalone line, so the template's own lines and whitespace stay as written.
        static let pragma = "{{% CONTENT_TYPE: \(name)}}\n"

        func escapeText(_ text: String) -> String { text.htmlEscaped }
    }

    /// `{{t.key}}` and `{{chrome.t.key}}` are the theme's UI strings, fixed for a build: they
    /// are filled in once, escaped as Mustache escapes them, instead of being looked up three
    /// levels deep on every one of tens of thousands of pages. A string with a line break stays
    /// a lookup, so template line numbers keep matching the files.
    static func fillStrings(_ text: String, _ strings: [String: String]) -> String {
        var out = ""
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            out += rest[..<open.lowerBound]
            rest = rest[open.lowerBound...]
            guard let close = rest.range(of: "}}") else { break }
            let tag = rest[open.upperBound..<close.lowerBound]
            let name = tag.hasPrefix("chrome.t.") ? tag.dropFirst(9) : tag.hasPrefix("t.") ? tag.dropFirst(2) : nil
            if let name, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }),
               let value = strings[String(name)], !value.contains("\n") {
                out += value.htmlEscaped
            } else {
                out += rest[..<close.upperBound]
            }
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    /// The UI keys the Swift code itself looks up; templates' own keys are checked by tests.
    static let requiredStrings: [String] =
        IndicatorStatus.allCases.map(\.stringKey) + TaskStatus.allCases.map(\.stringKey)
        + ["nav_home", "nav_units", "nav_methodology", "baseline", "target", "expected_path", "overdue",
           "source_plan", "attribute_expected", "attribute_binding", "chart_desc", "progress_desc",
           "date_year", "date_month", "date_day", "not_found_title", "status_line", "measured", "overridden",
           "override_explain", "stale_explain", "task_progress"]
        + ["rule_", "rule_cagr_"].flatMap { prefix in
            ["met", "maintain", "on_track", "behind", "off_track", "regressing", "no_data"].map { prefix + $0 }
        }
}

extension IndicatorStatus {
    /// The UI string naming this status: `status_on_track`.
    var stringKey: String {
        switch self {
        case .achieved: return "status_achieved"
        case .onTrack: return "status_on_track"
        case .behind: return "status_behind"
        case .offTrack: return "status_off_track"
        case .regressing: return "status_regressing"
        case .notMet: return "status_not_met"
        case .noData: return "status_no_data"
        }
    }
}

extension TaskStatus {
    /// The UI string naming this status: `task_in_progress`.
    var stringKey: String {
        switch self {
        case .notStarted: return "task_not_started"
        case .inProgress: return "task_in_progress"
        case .done: return "task_done"
        case .delayed: return "task_delayed"
        case .paused: return "task_paused"
        case .notReported: return "task_not_reported"
        }
    }
}

private struct LoadedTemplate {
    let template: MustacheTemplate
    let text: String
    let partials: [String]
    let file: String
}

private extension Theme {
    static func readTemplates(_ directory: String, problems: inout [SiteError]) -> [String: LoadedTemplate] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasSuffix(".mustache") }.sorted()
        if names.isEmpty {
            problems.append(SiteError(SourceLocation(file: directory), .unreadable("no .mustache templates in this folder")))
        }
        var templates: [String: LoadedTemplate] = [:]
        for file in names {
            let path = "\(directory)/\(file)"
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                problems.append(SiteError(SourceLocation(file: path), .unreadable("not UTF-8 text")))
                continue
            }
            do {
                let template = try MustacheTemplate(string: text)
                templates[String(file.dropLast(9))] = LoadedTemplate(template: template, text: text, partials: partialNames(in: text), file: path)
            } catch let error as MustacheTemplate.ParserError {
                let at = SourceLocation(file: path, line: error.context.lineNumber, column: error.context.columnNumber)
                problems.append(SiteError(at, .templateSyntax("\(error.error)")))
            } catch {
                problems.append(SiteError(SourceLocation(file: path), .templateSyntax("\(error)")))
            }
        }
        for (_, loaded) in templates.sorted(by: { $0.key < $1.key }) {
            for partial in loaded.partials where templates[partial] == nil {
                let line = lineOf("{{>", partial, in: loaded.file)
                problems.append(SiteError(SourceLocation(file: loaded.file, line: line, column: 1), .missingPartial(partial)))
            }
        }
        return templates
    }

    /// `{{> name}}` references, which swift-mustache would render as empty without a word.
    static func partialNames(in text: String) -> [String] {
        var names: [String] = []
        var rest = text[...]
        while let open = rest.range(of: "{{>") {
            rest = rest[open.upperBound...]
            guard let close = rest.range(of: "}}") else { break }
            names.append(String(rest[..<close.lowerBound]).trimmingCharacters(in: .whitespaces))
            rest = rest[close.upperBound...]
        }
        return names
    }

    static func lineOf(_ marker: String, _ name: String, in file: String) -> Int {
        let text = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where line.contains(marker) && line.contains(name) {
            return index + 1
        }
        return 1
    }

    static func readStrings(_ file: String, problems: inout [SiteError]) -> [String: String] {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
            problems.append(SiteError(SourceLocation(file: file), .unreadable("no UI strings for this language")))
            return [:]
        }
        let node: Node?
        do {
            try YAMLLimits.check(text, file: file, firstLine: 1)
        } catch {
            problems.append(SiteError(error.location, .invalidStrings(error.diagnostic.message)))
            return [:]
        }
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            problems.append(SiteError(SourceLocation(file: file, line: 1, column: 1), .invalidStrings("\(error)")))
            return [:]
        }
        guard case .mapping(let mapping)? = node else {
            problems.append(SiteError(SourceLocation(file: file, line: 1, column: 1), .invalidStrings("expected `key: text` lines")))
            return [:]
        }
        var strings: [String: String] = [:]
        for (key, value) in mapping {
            if let key = key.string, let value = value.string { strings[key] = value }
        }
        for key in requiredStrings where strings[key] == nil {
            problems.append(SiteError(SourceLocation(file: file, line: 1, column: 1), .missingString(key)))
        }
        return strings
    }

    static func readAssets(_ directory: String, problems: inout [SiteError]) -> [String: Data] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        var assets: [String: Data] = [:]
        for name in names {
            let path = "\(directory)/\(name)"
            guard let data = FileManager.default.contents(atPath: path) else {
                problems.append(SiteError(SourceLocation(file: path), .unreadable("cannot read asset")))
                continue
            }
            assets["assets/\(name)"] = data
        }
        return assets
    }
}
