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
        case noContentFolder
        case notUTF8(likelyUTF16: Bool)
        case fileTooLarge(bytes: Int, allowed: Int)
        case binaryFile
        case raggedRow(cells: Int, header: Int)
        case nestedTooDeeply(allowed: Int)
        /// libyaml's own words; `inFrontMatter` tells front matter from a YAML file.
        case yaml(String, inFrontMatter: Bool)
        case yamlSlip(YAMLSlip)
        case unterminatedFrontMatter
        case frontMatterNotMapping
        case siteNotMapping
        case missingSiteFile
        case noDocuments
        case missingField(String, example: String)
        case invalidField(String, value: String, expected: Localized)
        case invalidID(String)
        case duplicateID(String, first: SourceLocation)
        case duplicateIndicatorID(String, first: SourceLocation, positional: Bool)
        case ownParent(String)
        case parentCycle([String])
        case unknownFrontMatterKey(String, in: KeyPlace, suggestions: [String], known: [String])
        case keyOfAnotherKind(String, in: KeyPlace, kind: String)
        case repeatedKey(String, first: String, at: SourceLocation)
        case reportOutsidePeriod(date: String, first: Int, last: Int)
        case duplicateUnitName(String, unit: String, first: SourceLocation)
        case yamlTooLarge(bytes: Int, allowed: Int)
        case yamlAliasesTooLarge(values: Int, allowed: Int)
        case controlCharacters(Localized, count: Int)
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
        case unitsNotAList
        case unitNotAMapping
        case unitWithoutName
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


/// Where a YAML key was read, for saying which keys are known there.
public enum KeyPlace: Sendable, Equatable {
    case frontMatter(kind: String)
    case siteFile
    case unitEntry
}

extension ContentError {
    public var severity: Severity {
        switch reason {
        case .measurementOutsidePeriod, .duplicateMeasurement, .overdueTask, .staleIndicator, .unitUsedOnce, .controlCharacters, .yamlSlip:
            return .warning
        case .table(let problem): return problem.severity
        case .milestone(let problem): return problem.severity
        default: return .error
        }
    }

    /// The problem in `language`, with its code; made at the stage's boundary.
    public func diagnostic(in language: DiagnosticLanguage) -> Diagnostic {
        let explanation = reason.explanation
        return Diagnostic(severity, at: location, code: explanation.code, explanation.message, hint: explanation.hint, in: language)
    }
}
