import Foundation
import LantuDiagnostics
import LantuSite

/// Runs builds one at a time, folding a burst of changes (an editor's save, 50 writes in a
/// second) into as few builds as possible, and always building once more after the last change.
actor Rebuilder {
    private let options: SiteBuild.Options
    private let state: PreviewState
    private let quiet: Duration
    private var pending = false
    private var running = false
    private var lastChange = ContinuousClock.now
    /// Kept from build to build: a save re-reads one file and re-renders the pages it affects.
    private var memory = SiteBuild.Memory()

    init(options: SiteBuild.Options, state: PreviewState, quiet: Duration = .milliseconds(10)) {
        self.options = options
        self.state = state
        self.quiet = quiet
    }

    /// The first build, before the server answers.
    func buildNow() async -> SiteBuild.Outcome {
        let outcome = SiteBuild.run(options, memory: &memory)
        await state.finished(errors: outcome.failures, language: outcome.language)
        return outcome
    }

    /// Called for every file-system event; builds once the burst has settled.
    func changed() {
        lastChange = .now
        pending = true
        guard !running else { return }
        running = true
        Task { await self.drain() }
    }

    private func drain() async {
        while pending {
            while ContinuousClock.now - lastChange < quiet {
                try? await Task.sleep(for: quiet)
            }
            pending = false
            let outcome = SiteBuild.run(options, memory: &memory)
            report(outcome)
            await state.finished(errors: outcome.failures, language: outcome.language, changed: outcome.summary?.changed ?? [])
        }
        running = false
    }

    private func report(_ outcome: SiteBuild.Outcome) {
        if let summary = outcome.summary {
            FileHandle.standardOutput.write(Data((PreviewText.rebuilt(summary).text(in: outcome.language) + "\n").utf8))
        } else {
            FileHandle.standardError.write(Data((DiagnosticPrinter.text(outcome.failures, in: outcome.language)
                + PreviewText.servingLastGood.text(in: outcome.language) + "\n").utf8))
        }
    }
}
