import Foundation
import LantuMarkdown
import LantuDiagnostics
import LantuModel
import Mustache

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
    let files: ThemeFiles
}

extension Theme {
    /// Templates every build renders; a theme without one of them cannot build.
    static let pageTemplates = ["header", "home", "plans", "plan", "tasks", "brief", "indicator", "units", "unit", "unit-supervision", "supervision", "report", "page", "roadmap", "search", "methodology", "404"]

    /// Loads the built-in theme overlaid by `overlay` (a templates folder, or nil for the
    /// built-in theme alone) for `language`, collecting every problem instead of stopping at the
    /// first; returns `previous` when none of its files changed.
    public static func load(overlay: String?, language: SiteLanguage, method: ProgressMethod = .linear,
                            reusing previous: Theme? = nil) -> (theme: Theme?, problems: [SiteError]) {
        let files = ThemeFiles.read(overlay: overlay)
        let unused = files.unused.map { SiteError(SourceLocation(file: $0), .unusedThemeFile) }
        if let previous, previous.files == files { return (previous, unused) }
        var problems: [SiteError] = []
        var isFolder: ObjCBool = false
        if let overlay, !(FileManager.default.fileExists(atPath: overlay, isDirectory: &isFolder) && isFolder.boolValue) {
            problems.append(SiteError(SourceLocation(file: overlay), .noTemplatesFolder))
        }
        let templates = readTemplates(files, problems: &problems)
        for name in pageTemplates where files.templates[name] == nil {
            problems.append(SiteError(SourceLocation(file: files.location(name + ".mustache")), .missingTemplate(name)))
        }
        let stringsFile = "strings/\(language.rawValue).yml"
        let strings = readStrings(files.files[stringsFile], at: files.location(stringsFile),
                                  fallback: files.overlaid[stringsFile] == nil ? nil : ThemeFiles.builtIn[stringsFile], problems: &problems)
        let methodologyFile = "methodology/\(language.rawValue)\(method == .cagr ? "-cagr" : "").md"
        let methodology = files.files[methodologyFile].flatMap { String(data: $0, encoding: .utf8) } ?? ""
        if methodology.isEmpty {
            problems.append(SiteError(SourceLocation(file: files.location(methodologyFile)), .noMethodology))
        }
        problems += unused
        guard !problems.contains(where: { $0.severity == .error }) else { return (nil, problems) }
        MustacheContentTypes.register(HTMLEscaping(), named: HTMLEscaping.name)
        let library = MustacheLibrary(templates: Dictionary(uniqueKeysWithValues: templates.map { name, loaded in
            // Every template switches it on: a partial starts over with the library's own.
            let text = HTMLEscaping.pragma + fillStrings(loaded.text, strings)
            return (name, (try? MustacheTemplate(string: text)) ?? loaded.template)
        }))
        return (Theme(library: library, strings: strings, methodology: methodology, assets: files.assets, files: files), problems)
    }

    /// `lantu theme export DIR`: the built-in theme written out to customise; never overwrites.
    public static func exportBuiltIn(to folder: String) throws(SiteError) -> [String] {
        try ThemeFiles.export(to: folder)
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
           "override_explain", "stale_explain", "task_progress", "status_qualitative", "indicators_parts", "plans_all", "category_boxes", "category_other"]
        + briefStrings + supervisionStrings
        + ["rule_", "rule_cagr_"].flatMap { prefix in
            ["met", "maintain", "on_track", "behind", "off_track", "regressing", "no_data"].map { prefix + $0 }
        }
}

extension Theme {
    /// The supervision lists' headings and words, which their builder looks up.
    static let supervisionStrings: [String] =
        ["nav_supervision", "supervision_site_title", "supervision_unit_title", "supervision_col_year", "supervision_col_missing_year",
         "supervision_overdue_days", "supervision_overdue_months", "supervision_never_reported", "supervision_last_report",
         "supervision_progress", "supervision_latest_target", "supervision_no_data_yet", "supervision_unit_sentence",
         "supervision_unit_none", "supervision_site_sentence", "supervision_site_none", "stale", "due"]
        + SupervisionKind.allCases.flatMap { kind in ["supervision_kind_", "supervision_explain_", "supervision_col_gap_"].map { $0 + kind.key } }
        + ["lead", "partner", "owner", "via_task"].map { "supervision_role_" + $0 }

    /// The brief's sentence templates and words, which its builder fills in.
    static let briefStrings: [String] =
        ["brief_title", "brief_overdue_more", "brief_list_separator", "brief_list_last", "brief_elapsed", "brief_indicators",
         "brief_count_qualitative", "brief_binding", "brief_binding_clear", "brief_binding_no_data", "brief_tasks", "brief_milestones", "brief_kind_task",
         "brief_kind_milestone", "brief_changes", "brief_changes_none", "brief_changes_single", "brief_changes_no_reports"]
        + IndicatorStatus.allCases.map { "brief_count_" + $0.code.replacingOccurrences(of: "-", with: "_") }
        + TaskState.allCases.map { "brief_task_" + $0.rawValue.replacingOccurrences(of: "-", with: "_") }
        + ["done", "overdue", "pending"].map { "brief_milestone_" + $0 }
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
    static func readTemplates(_ files: ThemeFiles, problems: inout [SiteError]) -> [String: LoadedTemplate] {
        var templates: [String: LoadedTemplate] = [:]
        for (name, data) in files.templates.sorted(by: { $0.key < $1.key }) {
            let path = files.location(name + ".mustache")
            guard let text = String(data: data, encoding: .utf8) else {
                problems.append(SiteError(SourceLocation(file: path), .templateNotUTF8))
                continue
            }
            do {
                let template = try MustacheTemplate(string: text)
                templates[name] = LoadedTemplate(template: template, text: text, partials: partialNames(in: text), file: path)
            } catch let error as MustacheTemplate.ParserError {
                let at = SourceLocation(file: path, line: error.context.lineNumber, column: error.context.columnNumber)
                problems.append(SiteError(at, .templateSyntax("\(error.error)")))
            } catch {
                problems.append(SiteError(SourceLocation(file: path), .templateSyntax("\(error)")))
            }
        }
        for (_, loaded) in templates.sorted(by: { $0.key < $1.key }) {
            for partial in loaded.partials where templates[partial] == nil {
                let line = lineOf("{{>", partial, in: loaded.text)
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

    static func lineOf(_ marker: String, _ name: String, in text: String) -> Int {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where line.contains(marker) && line.contains(name) {
            return index + 1
        }
        return 1
    }

    /// An overlaid strings file keeps the built-in file's (`fallback`) keys it does not give,
    /// so a theme made for an older lantu still has every string a newer one needs.
    static func readStrings(_ data: Data?, at file: String, fallback: Data? = nil, problems: inout [SiteError]) -> [String: String] {
        guard let text = data.flatMap({ String(data: $0, encoding: .utf8) }) else {
            problems.append(SiteError(SourceLocation(file: file), .noStrings))
            return [:]
        }
        var slips: [ContentError] = []
        let root: YAMLValue?
        do {
            root = try YAMLValue.parse(text, file: file, firstLine: 1, warnings: &slips)
        } catch {
            problems.append(SiteError(error.location, .yaml(error)))
            return [:]
        }
        problems += slips.map { SiteError($0.location, .yaml($0)) }
        guard var strings = root?.scalarMapping else {
            problems.append(SiteError(SourceLocation(file: file, line: 1, column: 1), .stringsNotMapping))
            return [:]
        }
        if let fallback {
            var ignored: [SiteError] = []
            strings.merge(readStrings(fallback, at: file, problems: &ignored)) { own, _ in own }
        }
        for key in requiredStrings where strings[key] == nil {
            problems.append(SiteError(SourceLocation(file: file, line: 1, column: 1), .missingString(key)))
        }
        return strings
    }
}
