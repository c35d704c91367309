import LantuDiagnostics
import LantuMarkdown

/// A problem in `content/`, located; converted to a `Diagnostic` at the stage's boundary.
public struct ContentError: Error, Sendable, Equatable {
    public let location: SourceLocation
    public let reason: Reason

    public init(_ location: SourceLocation, _ reason: Reason) {
        self.location = location
        self.reason = reason
    }

    public enum Reason: Sendable, Equatable {
        case unreadable(String)
        case notUTF8(likelyUTF16: Bool)
        case fileTooLarge(bytes: Int, allowed: Int)
        case binaryFile
        case raggedRow(cells: Int, header: Int)
        case nestedTooDeeply(allowed: Int)
        case yaml(String)
        case unterminatedFrontMatter
        case frontMatterNotMapping
        case missingSiteFile
        /// The content folder is not there: most often lantu was started outside the site.
        case noContentFolder
        case noDocuments
        case missingField(String, example: String)
        case invalidField(String, value: String, expected: String)
        case invalidID(String)
        case duplicateID(String, first: SourceLocation)
        case duplicateIndicatorID(String, first: SourceLocation, positional: Bool)
        case ownParent(String)
        case parentCycle([String])
        case unknownFrontMatterKey(String, in: String, suggestions: [String], known: [String])
        case keyOfAnotherKind(String, in: String, kind: String)
        case repeatedKey(String, first: String, at: SourceLocation)
        case reportOutsidePeriod(date: String, first: Int, last: Int)
        case duplicateUnitName(String, unit: String, first: SourceLocation)
        case yamlTooLarge(bytes: Int, allowed: Int)
        case yamlAliasesTooLarge(values: Int, allowed: Int)
        case controlCharacters(String, count: Int)
        case reservedPageID(String)
        case unknownPlan(String, suggestions: [String])
        case planRequired(candidates: [String])
        case tooLarge(MarkdownLimitError.Limit)
        case unknownTaskKey(String, suggestions: [String])
        case invalidDate(String, impossible: Bool)
        case invalidProgress(String)
        case invalidTaskStatus(String)
        case invalidIndicatorStatus(String)
        case indicatorTableWithoutValues
        case unknownIndicator(String, suggestions: [String])
        case ambiguousIndicator(String, ids: [String])
        case unknownTask(String, suggestions: [String])
        case measurementOutsidePeriod(year: Int, first: Int, last: Int)
        case measurementBeforeBaseline(year: Int, baseline: Int)
        case duplicateMeasurement(indicator: String, year: Int, earlier: SourceLocation)
        case brokenLink(String)
        case missingAnchor(String, in: String, suggestions: [String])
        case linkOutsideContent(String)
        case duplicateAnchor(String, first: SourceLocation)
        case reservedAnchor(String)
        case invalidUnits(String)
        case alignsWithoutParent(String)
        case overdueTask(String, due: String)
        case staleIndicator(String, latest: Int)
        case unitUsedOnce(String, suggestions: [String])
        /// Tables, columns and cells read as text rather than data (issue 13).
        case table(TableProblem)
        /// Milestones not dated, not matched, or overdue (issue 13).
        case milestone(MilestoneProblem)
    }
}

extension ContentError {
    public var severity: Severity {
        switch reason {
        case .measurementOutsidePeriod, .duplicateMeasurement, .overdueTask, .staleIndicator, .unitUsedOnce, .controlCharacters:
            return .warning
        case .table(let problem): return problem.severity
        case .milestone(let problem): return problem.severity
        default: return .error
        }
    }

    public var diagnostic: Diagnostic {
        let (message, hint) = explanation
        return Diagnostic(severity, at: location, message, hint: hint)
    }
}

private func didYouMean(_ suggestions: [String]) -> String? {
    suggestions.isEmpty ? nil : "did you mean " + suggestions.map { "'\($0)'" }.joined(separator: " or ") + "?"
}

private extension ContentError {
    // swiftlint:disable:next cyclomatic_complexity function_body_length
    var explanation: (String, String?) {
        switch reason {
        case .unreadable(let why):
            return ("cannot read the file: \(why)", "check the file's permissions")
        case .notUTF8(let likelyUTF16):
            return ("the file is not valid UTF-8 text",
                    likelyUTF16 ? "it looks like UTF-16; save it as UTF-8" : "save the file with UTF-8 encoding")
        case .fileTooLarge(let bytes, let allowed):
            return ("the file is \(bytes / 1_048_576) MB; lantu reads content files up to \(allowed / 1_048_576) MB", "split it into several documents")
        case .raggedRow(let cells, let header):
            return ("this table row has \(cells) cells but the header has \(header)",
                    "give every row one cell per column; leave a cell empty (| |) rather than dropping it")
        case .binaryFile:
            return ("the file contains NUL bytes; it is not a text file", "save it as plain UTF-8 text (Markdown)")
        case .nestedTooDeeply(let allowed):
            return ("block quotes or lists are nested more than \(allowed) levels deep", "flatten the nesting; a plan needs only a few levels")
        case .yaml(let problem):
            return ("invalid YAML front matter: \(problem)", "front matter is `key: value` lines between two `---` lines")
        case .unterminatedFrontMatter:
            return ("front matter starts with `---` but has no closing `---` line", "add a line `---` after the last field")
        case .frontMatterNotMapping:
            return ("front matter must be `key: value` lines", nil)
        case .noContentFolder:
            return ("there is no content folder '\(location.file)' here",
                    "start a new site with `lantu init NAME`, run lantu in the site's folder, or name the folder with --content DIR")
        case .missingSiteFile:
            return ("content has no site.yml", "create content/site.yml with at least `title: …`")
        case .noDocuments:
            return ("content has no Markdown documents", "add a plan under content/plans/, e.g. `lantu new plan NAME`")
        case .missingField(let name, let example):
            return ("missing required field '\(name)'", "add `\(name): \(example)`")
        case .invalidField(let name, let value, let expected):
            return ("invalid '\(name)': '\(value)'", "expected \(expected)")
        case .invalidID(let id):
            return ("invalid id '\(id)'", "ids use lowercase ASCII letters, digits and '-', e.g. `tj-edu`")
        case .duplicateID(let id, let first):
            return ("two documents have the id '\(id)'", "the other one is \(first); give one of them another `id:`")
        case .duplicateIndicatorID(let id, let first, let positional):
            return ("two indicators of this plan have the id '\(id)'", positional
                ? "the other is at \(first); this row has no 编号, so its id comes from its position; give the other row another 编号"
                : "the other is at \(first); give this row another 编号 (ids of rows without one are '<plan id>-<position>')")
        case .ownParent(let id):
            return ("the plan '\(id)' names itself as its parent", "`parent:` is the id of the higher-level plan this one serves; remove it if there is none")
        case .parentCycle(let chain):
            return ("the plans' `parent:` fields go round in a circle: " + chain.joined(separator: " → "),
                    "a plan's parent serves a wider scope; remove `parent:` from the top-level plan")
        case .unknownFrontMatterKey(let key, let place, let suggestions, let known):
            return ("unknown key '\(key)' in \(place)",
                    didYouMean(suggestions) ?? "known keys: " + known.joined(separator: ", "))
        case .keyOfAnotherKind(let key, let place, let kind):
            let folder = kind == "plan" ? "plans/" : "reports/"
            return ("unknown key '\(key)' in \(place); only a \(kind) reads it",
                    "if this file is a \(kind), move it into \(folder) or add `kind: \(kind)`; otherwise remove the key")
        case .repeatedKey(let key, let first, let at):
            // Yams refuses a key written twice the same way, so this is always two spellings.
            return ("'\(key)' is another spelling of '\(first)', given already",
                    "the first is at \(at); keep one of them, since only one would be read")
        case .reportOutsidePeriod(let date, let first, let last):
            return ("the report is dated \(date), outside the plan period \(first)–\(last)",
                    "a report on this plan is dated from \(first) to \(last + 1) (the last year's report comes out the next year); check the year of `date:`")
        case .duplicateUnitName(let name, let unit, let first):
            return ("'\(name)' is given for two units in units.yml",
                    "it already names '\(unit)' at \(first); a name, short name or alias belongs to one unit only")
        case .yamlTooLarge(let bytes, let allowed):
            return ("the YAML is \(bytes / 1024) KB; lantu reads front matter and YAML files up to \(allowed / 1024) KB",
                    "front matter and settings are a few lines each; long text belongs in a Markdown body")
        case .yamlAliasesTooLarge(let values, let allowed):
            return ("YAML aliases (*name) here expand to more than \(allowed) values (\(values) so far)",
                    "write the values out instead of repeating anchors (&name); lantu's files need no aliases")
        case .controlCharacters(let name, let count):
            return ("removed \(count) invisible control character\(count == 1 ? "" : "s") from the file; the first (\(name)) is here",
                    "they usually come from pasting out of Word; delete them or retype the line")
        case .reservedPageID(let id):
            return ("the page id '\(id)' is used by a generated page", "choose another file name or `id:`")
        case .unknownPlan(let id, let suggestions):
            return ("no plan has the id '\(id)'", didYouMean(suggestions))
        case .planRequired(let candidates):
            return ("this report does not say which plan it reports on",
                    "add `plan:` with one of " + candidates.map { "'\($0)'" }.joined(separator: ", "))
        case .tooLarge(let limit):
            switch limit {
            case .tableColumns(let found, let allowed):
                return ("table row has \(found) columns; lantu accepts at most \(allowed)", "split the table")
            case .tableCells(let found, let allowed):
                return ("table has more than \(allowed) cells (\(found) so far)", "split the table into several")
            }
        case .unknownTaskKey(let key, let suggestions):
            return ("unknown task key '\(key)'",
                    didYouMean(suggestions) ?? "known keys: 牵头单位, 配合单位, 开始时间, 完成时限, 状态, 进度, 相关指标, 标签")
        case .invalidDate(let text, let impossible):
            return (impossible ? "impossible date '\(text)'" : "'\(text)' is not a date",
                    "write dates as 2025, 2025-12, 2025-12-31, 2025年12月, 2025年底 or 2025年上半年")
        case .invalidProgress(let text):
            return ("progress '\(text)' is not a number from 0 to 100", "write e.g. `进度：60%`")
        case .invalidTaskStatus(let text):
            return ("unknown task status '\(text)'", "use 未开始, 进行中, 已完成, 滞后 or 暂停")
        case .invalidIndicatorStatus(let text):
            return ("unknown indicator status '\(text)'", "use 已达成, 进展顺利, 略有滞后, 明显滞后, 逆向变化, 未达标 or 暂无数据")
        case .indicatorTableWithoutValues:
            return ("indicator table has no baseline or target column",
                    "add a column for the baseline (2020年, 2020年基期值, 基期值（2020年）) or the target (2025年, 2025年目标值, 目标值)")
        case .unknownIndicator(let name, let suggestions):
            return ("no indicator of the plan is named '\(name)'", didYouMean(suggestions))
        case .ambiguousIndicator(let name, let ids):
            return ("'\(name)' matches several indicators: " + ids.joined(separator: ", "),
                    "write the indicator's id instead of its name")
        case .unknownTask(let reference, let suggestions):
            return ("no task of the plan is '\(reference)'", didYouMean(suggestions) ?? "use the task's anchor, e.g. s3-1-1, or its exact heading")
        case .measurementBeforeBaseline(let year, let baseline):
            return ("measurement for \(year) is not after the baseline year \(baseline)", "check the year column; the baseline value belongs in the plan's table")
        case .measurementOutsidePeriod(let year, let first, let last):
            return ("measurement for \(year) is outside the plan period \(first)–\(last)", nil)
        case .duplicateMeasurement(let indicator, let year, let earlier):
            return ("'\(indicator)' is given for \(year) twice; the later report wins", "the earlier value is at \(earlier)")
        case .brokenLink(let target):
            return ("link to a missing file '\(target)'", "link to a content file by its path relative to this file")
        case .missingAnchor(let anchor, let file, let suggestions):
            return ("'\(file)' has no section '#\(anchor)'", didYouMean(suggestions))
        case .linkOutsideContent(let target):
            return ("link '\(target)' leaves the content folder", "link only to files inside content/; symbolic links must point inside it too")
        case .reservedAnchor(let anchor):
            return ("the anchor '\(anchor)' is used by the plan page itself", "give the heading another `{#id}`")
        case .duplicateAnchor(let anchor, let first):
            return ("the anchor '\(anchor)' is used twice in this file",
                    "the first is at \(first); renumber one heading or give it `{#another-id}`")
        case .overdueTask(let title, let due):
            return ("task '\(title)' is past its due date \(due) and not done", "report its status, or move `完成时限` if the plan changed")
        case .staleIndicator(let name, let latest):
            return ("'\(name)' has no value for the latest reported year (its latest is \(latest))", "add it to the latest report's table")
        case .unitUsedOnce(let name, let suggestions):
            return ("unit '\(name)' is named only once", didYouMean(suggestions))
        case .alignsWithoutParent(let reference):
            return ("'\(reference)' is named as the parent indicator, but this plan has no parent", "add `parent:` with the id of the plan it serves")
        case .invalidUnits(let problem):
            return ("invalid units.yml: \(problem)", "each entry is `- name: …` with optional short, aliases, description")
        case .table(let problem):
            return problem.explanation
        case .milestone(let problem):
            return problem.explanation
        }
    }
}
