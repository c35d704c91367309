import Foundation
import LantuDiagnostics
import LantuModel

/// One build: load and check the content, load the theme, render, then write.
public enum SiteBuild {
    public struct Options: Sendable {
        public let content: String
        /// The templates folder overlaying the built-in theme: `--templates`, else `templates/`
        /// beside the content folder if there is one, else nil (the built-in theme alone).
        public let templates: String?
        public let output: String
        public let baseURL: String?
        /// The script `lantu serve` adds to every page to reload it; never set by `build`.
        public let liveReloadScript: String?
        /// Manage an output folder lantu did not write (`--take-over`).
        public let takeOver: Bool

        public init(content: String, templates: String?, output: String, baseURL: String? = nil,
                    liveReloadScript: String? = nil, takeOver: Bool = false) {
            self.content = content
            self.templates = templates ?? ThemeFiles.folderBeside(content: content)
            self.output = output
            self.baseURL = baseURL
            self.liveReloadScript = liveReloadScript
            self.takeOver = takeOver
        }
    }

    public struct Outcome: Sendable {
        public let diagnostics: [Diagnostic]
        /// nil when the build stopped on errors and wrote nothing.
        public let summary: SiteWriter.Summary?
        /// The output folder was refused (a usage error, exit 2), so nothing was read.
        public var refused = false

        /// The errors that stopped the build; empty when it wrote the site.
        public var failures: [Diagnostic] { summary == nil ? diagnostics.errors : [] }
    }

    /// Everything `run` checks, plus `ContentReview`'s advice, writing nothing.
    public static func check(content: String, templates: String?) -> [Diagnostic] {
        let loaded = ContentLoader.load(directory: content)
        guard let model = loaded.content else { return loaded.diagnostics }
        let (theme, problems) = Theme.load(overlay: templates ?? ThemeFiles.folderBeside(content: content), language: model.site.language, method: model.site.progressMethod)
        let review = loaded.diagnostics.hasErrors ? [] : ContentReview.warnings(model)
        let templates = theme.map { templateProblems($0, model) } ?? []
        return (loaded.diagnostics + problems.map(\.diagnostic) + templates + review).sorted()
    }

    /// The template tags that would render as nothing for this content (`TemplateCheck`).
    static func templateProblems(_ theme: Theme, _ content: Content) -> [Diagnostic] {
        let context = SiteContext(content: content, strings: theme.strings)
        return TemplateCheck.problems(theme, samples: TemplateCheck.samples(content, context: context, methodology: theme.methodology))
            .map(\.diagnostic)
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
    public static func run(_ options: Options, memory: inout Memory) -> Outcome {
        var kept: Memory? = memory
        defer { memory = kept! }
        return run(options, memory: &kept)
    }

    private static func run(_ options: Options, memory: inout Memory?) -> Outcome {
        if let refusal = OutputFolder.refusal(output: options.output, content: options.content, templates: options.templates) {
            return Outcome(diagnostics: [refusal.diagnostic], summary: nil, refused: true)
        }
        let loaded = memory == nil ? ContentLoader.load(directory: options.content)
                                   : ContentLoader.load(directory: options.content, cache: &memory!.documents)
        var diagnostics = loaded.diagnostics
        guard var content = loaded.content, !diagnostics.hasErrors else {
            return Outcome(diagnostics: diagnostics, summary: nil)
        }
        diagnostics += ContentReview.warnings(content)
        if let url = options.baseURL { content = content.overriding(baseURL: url) }
        let (theme, problems) = Theme.load(overlay: options.templates, language: content.site.language,
                                           method: content.site.progressMethod, reusing: memory?.theme)
        if let theme { memory?.theme = theme }
        diagnostics += problems.map(\.diagnostic)
        guard let theme else { return Outcome(diagnostics: diagnostics.sorted(), summary: nil) }
        diagnostics += templateProblems(theme, content)
        if memory?.output != options.output { memory?.rendered = nil }
        let (jobs, rendered) = SiteRenderer.jobs(content, theme: theme, liveReloadScript: options.liveReloadScript, since: memory?.rendered)
        do {
            let summary = try SiteWriter.write(jobs, to: options.output, takeOver: options.takeOver)
            memory?.rendered = rendered
            memory?.output = options.output
            return Outcome(diagnostics: diagnostics, summary: summary)
        } catch {
            return Outcome(diagnostics: diagnostics + [error.diagnostic], summary: nil, refused: error.isUsage)
        }
    }
}
