import Foundation
import LantuDiagnostics
import LantuModel

/// One build: load and check the content, load the theme, render, then write.
public enum SiteBuild {
    public struct Options: Sendable {
        public let content: String
        public let templates: String
        public let output: String
        public let baseURL: String?
        /// The script `lantu serve` adds to every page to reload it; never set by `build`.
        public let liveReloadScript: String?

        public init(content: String, templates: String, output: String, baseURL: String? = nil, liveReloadScript: String? = nil) {
            self.content = content
            self.templates = templates
            self.output = output
            self.baseURL = baseURL
            self.liveReloadScript = liveReloadScript
        }
    }

    public struct Outcome: Sendable {
        public let diagnostics: [Diagnostic]
        /// nil when the build stopped on errors and wrote nothing.
        public let summary: SiteWriter.Summary?

        /// The errors that stopped the build; empty when it wrote the site.
        public var failures: [Diagnostic] { summary == nil ? diagnostics.errors : [] }
    }

    /// Everything `run` checks, plus `ContentReview`'s advice, writing nothing.
    public static func check(content: String, templates: String) -> [Diagnostic] {
        let loaded = ContentLoader.load(directory: content)
        guard let model = loaded.content else { return loaded.diagnostics }
        let (_, problems) = Theme.load(directory: templates, language: model.site.language, method: model.site.progressMethod)
        let review = loaded.diagnostics.hasErrors ? [] : ContentReview.warnings(model)
        return (loaded.diagnostics + problems.map(\.diagnostic) + review).sorted()
    }

    /// What one build keeps for the next in the same process (`lantu serve`): the files it
    /// read, and what the pages it wrote were rendered from.
    public struct Memory: Sendable {
        var documents = DocumentCache()
        var rendered: RenderMemory?
        /// The folder `rendered` describes.
        var output: String?
        var theme: Theme?

        public init() {}
    }

    /// A one-shot build, which keeps nothing: parsed documents are let go once the plans are read.
    public static func run(_ options: Options) -> Outcome {
        var memory: Memory?
        return run(options, memory: &memory)
    }

    /// A build that re-reads only changed files and re-renders only pages whose inputs changed
    /// since the build that left `memory`, which must have written to the same output folder.
    ///
    /// When only some plans changed, their pages are written first and `planPagesWritten` is
    /// called with what changed, so the page being edited can reload before the site-wide pages
    /// (home, search index, open data) are done. Those are written after; a failure there leaves
    /// the plan pages new and the rest as they were, which a preview can live with.
    public static func run(_ options: Options, memory: inout Memory,
                           planPagesWritten: ([String]) -> Void = { _ in }) -> Outcome {
        var kept: Memory? = memory
        defer { memory = kept! }
        return run(options, memory: &kept, planPagesWritten: planPagesWritten)
    }

    private static func run(_ options: Options, memory: inout Memory?, planPagesWritten: ([String]) -> Void = { _ in }) -> Outcome {
        if isInside(options.output, options.content) {
            return Outcome(diagnostics: [SiteError(SourceLocation(file: options.output), .outputInsideContent).diagnostic], summary: nil)
        }
        let loaded = memory == nil ? ContentLoader.load(directory: options.content)
                                   : ContentLoader.load(directory: options.content, cache: &memory!.documents)
        var diagnostics = loaded.diagnostics
        guard var content = loaded.content, !diagnostics.hasErrors else {
            return Outcome(diagnostics: diagnostics, summary: nil)
        }
        if let url = options.baseURL { content = content.overriding(baseURL: url) }
        let (theme, problems) = Theme.load(directory: options.templates, language: content.site.language,
                                           method: content.site.progressMethod, reusing: memory?.theme)
        if let theme { memory?.theme = theme }
        diagnostics += problems.map(\.diagnostic)
        guard let theme else { return Outcome(diagnostics: diagnostics.sorted(), summary: nil) }
        if memory?.output != options.output { memory?.rendered = nil }
        var (jobs, rendered) = SiteRenderer.jobs(content, theme: theme, liveReloadScript: options.liveReloadScript, since: memory?.rendered)
        do {
            var early: [String] = []
            if memory?.rendered != nil {
                let first = jobs.filter { $0.plan != nil && !$0.unchangedSinceLastBuild }
                early = try SiteWriter.write(first, to: options.output, removingStale: false).changed
                planPagesWritten(early)
                for index in jobs.indices where jobs[index].plan != nil { jobs[index].unchangedSinceLastBuild = true }
            }
            var summary = try SiteWriter.write(jobs, to: options.output)
            summary = SiteWriter.Summary(written: summary.written + early.count, unchanged: summary.unchanged - early.count,
                                         removed: summary.removed, changed: (summary.changed + early).sorted())
            memory?.rendered = rendered
            memory?.output = options.output
            return Outcome(diagnostics: diagnostics, summary: summary)
        } catch {
            return Outcome(diagnostics: diagnostics + [error.diagnostic], summary: nil)
        }
    }

    /// Whether `path` is `folder` or lies below it, after resolving `..` and symlinks.
    static func isInside(_ path: String, _ folder: String) -> Bool {
        let child = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        let parent = URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath().path
        return child == parent || child.hasPrefix(parent + "/")
    }
}
