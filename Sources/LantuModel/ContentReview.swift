import LantuDiagnostics

/// Advice that `lantu check` gives on content that builds: things a planning office should
/// look at before a review meeting, none of which stops a build.
public enum ContentReview {
    public static func warnings(_ content: Content, in language: DiagnosticLanguage) -> [Diagnostic] {
        var warnings: [ContentError] = []
        for plan in content.plans {
            for task in plan.tasks where task.isOverdue(asOf: content.asOf) {
                warnings.append(ContentError(task.location, .overdueTask(task.title, due: task.due?.description ?? "")))
            }
            for task in plan.tasks {
                for milestone in task.milestones where milestone.isOverdue(asOf: content.asOf) {
                    warnings.append(ContentError(milestone.location, .milestone(.overdue(
                        milestone.text, task: task.title, date: milestone.dateText ?? milestone.date?.description ?? ""))))
                }
            }
            for indicator in plan.indicators where indicator.isStale {
                warnings.append(ContentError(indicator.location, .staleIndicator(indicator.name, latest: indicator.latest?.year ?? 0)))
            }
        }
        warnings += unitsUsedOnce(content)
        return warnings.map { $0.diagnostic(in: language) }.sorted()
    }

    /// A unit named once, close to another unit's name, is most likely a typo of it.
    static func unitsUsedOnce(_ content: Content) -> [ContentError] {
        var uses: [String: [SourceLocation]] = [:]
        for plan in content.plans {
            for task in plan.tasks {
                for unit in task.lead + task.partners { uses[unit, default: []].append(task.location) }
            }
            for indicator in plan.indicators {
                for unit in indicator.owners { uses[unit, default: []].append(indicator.location) }
            }
        }
        let names = Dictionary(content.units.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        return content.units.compactMap { unit in
            guard let places = uses[unit.id], places.count == 1 else { return nil }
            let others = content.units.filter { $0.id != unit.id && (uses[$0.id]?.count ?? 0) > 1 }.compactMap { names[$0.id] }
            let suggestions = NearestNames.suggest(unit.name, among: others, limit: 1)
            guard !suggestions.isEmpty else { return nil }
            return ContentError(places[0], .unitUsedOnce(unit.name, suggestions: suggestions))
        }
    }
}
