import LantuDiagnostics
import LantuMarkdown

/// A yearly progress report on one plan.
public struct Report: Sendable, Equatable {
    public let id: String
    public let title: String
    public let date: PlanDate
    public let planID: String
    /// Free text such as 中期评估.
    public let type: String?
    public let body: [MarkdownNode]
    /// The values this report gives, by indicator id.
    public let measurements: [ReportMeasurement]
    /// Statuses this report sets by hand.
    public let overrides: [StatusOverride]
    /// Anchors of the tasks this report updates.
    public let taskAnchors: [String]
    /// Start lines of the body's measurement and task tables, which pages show with links.
    public let dataTableLines: Set<Int>
    public let source: SourceLocation
}

extension Report {
    /// `type: 中期评估` (or 中期评估报告, `midterm`, `mid-term review`): the report's page and
    /// its Word document add the evaluation of every indicator and task as of its date.
    public var isMidtermReview: Bool {
        guard let type else { return false }
        let folded = type.lowercased().filter { !$0.isWhitespace }
        return ["中期评估", "中期評估", "中期评估报告", "中期評估報告", "midterm", "mid-term", "midtermreview", "mid-termreview"].contains(folded)
    }
}

/// One indicator-year a report gives.
public struct ReportMeasurement: Sendable, Equatable {
    public let indicatorID: String
    public let year: Int
    public let value: IndicatorValue
    public let note: String?
    public let location: SourceLocation
}

/// A free Markdown page (about, methodology notes).
public struct Page: Sendable, Equatable {
    public let id: String
    public let title: String
    public let body: [MarkdownNode]
    public let source: SourceLocation
}

/// An organisational unit that leads or supports tasks and answers for indicators.
public struct OrgUnit: Sendable, Equatable {
    /// Pinyin of the name, lowercased and hyphenated: 党委组织部 → `dang-wei-zu-zhi-bu`.
    public let id: String
    public let name: String
    public let short: String?
    public let description: String?
    public let aliases: [String]
}

/// `site.yml`: the site's title, language and dates.
public struct SiteConfig: Sendable, Equatable {
    public let title: String
    public let organization: String?
    public let language: SiteLanguage
    public let baseURL: String?
    public let asOf: PlanDate?
    public let progressMethod: ProgressMethod
    /// A line shown on every page, e.g. that figures are sample data or the plan is a draft.
    public let notice: String?
}

/// The languages of the UI strings: the same three lantu's messages are written in, so a
/// site's pages and its diagnostics speak one language.
public typealias SiteLanguage = DiagnosticLanguage
