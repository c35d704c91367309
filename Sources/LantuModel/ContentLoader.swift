import Foundation
import LantuDiagnostics
import LantuMarkdown

/// Loads a whole content tree into a checked, cross-linked `Content`, collecting every problem.
public enum ContentLoader {
    /// The loaded content and every diagnostic; build only when none is an error.
    public struct Result: Sendable {
        public let content: Content?
        /// In `language`.
        public let diagnostics: [Diagnostic]
        /// The language chosen for this run's messages: `--lang`, else the site's, else the environment's.
        public let language: DiagnosticLanguage
    }

    /// Reads `directory` from disk and loads it.
    public static func load(directory: String, language: LanguageChoice = LanguageChoice()) -> Result {
        var cache = DocumentCache()
        return load(directory: directory, language: language, cache: &cache)
    }

    /// Reads `directory` from disk and loads it, reading again only files not in `cache` with
    /// the same bytes; `cache` is left holding this load's files.
    public static func load(directory: String, language: LanguageChoice = LanguageChoice(), cache: inout DocumentCache) -> Result {
        let (files, problems) = ContentDirectory.read(directory)
        if problems.contains(where: { $0.reason == .noContentFolder }) {
            // No folder: its missing site.yml and documents would only repeat that.
            let chosen = language.resolved(site: nil)
            return Result(content: nil, diagnostics: problems.map { $0.diagnostic(in: chosen) }, language: chosen)
        }
        return load(files: files, root: directory, language: language, cache: &cache, problems: problems)
    }

    /// Loads files already in memory; `root` is how diagnostics name the content folder.
    public static func load(files: [ContentFile], root: String, language: LanguageChoice = LanguageChoice()) -> Result {
        var cache = DocumentCache()
        return load(files: files, root: root, language: language, cache: &cache)
    }

    static func load(files: [ContentFile], root: String, language: LanguageChoice = LanguageChoice(), cache: inout DocumentCache,
                     problems: [ContentError] = []) -> Result {
        if cache.root != root { cache = DocumentCache() }
        var state = LoadState(root: root, cache: cache)
        state.run(files)
        cache = state.cache
        let chosen = language.resolved(site: state.siteLanguage)
        return Result(content: state.content, diagnostics: (problems + state.problems).map { $0.diagnostic(in: chosen) }.sorted(),
                      language: chosen)
    }
}

private struct LoadState {
    let root: String
    var problems: [ContentError] = []
    var content: Content?
    /// site.yml's language, when site.yml could be read.
    var siteLanguage: DiagnosticLanguage?
    /// The previous load's files on the way in, this load's on the way out.
    var cache: DocumentCache

    init(root: String, cache: DocumentCache) {
        self.root = root
        self.cache = cache
    }

    func display(_ path: String) -> String { ContentDirectory.displayPath(root: root, relative: path) }

    mutating func run(_ files: [ContentFile]) {
        var site: SiteConfig?
        var declaredUnits: [OrgUnit] = []
        var documents: [SourceDocument] = []
        for file in files {
            switch file.path {
            case "site.yml", "site.yaml":
                site = SiteConfig.read(file.data, file: display(file.path), problems: &problems)
                siteLanguage = site?.language
            case "units.yml", "units.yaml":
                declaredUnits = OrgUnit.readList(file.data, file: display(file.path), problems: &problems)
            default:
                continue
            }
        }
        let root = root
        let previous = cache.entries
        let entries = files.filter { $0.path.hasSuffix(".md") }.concurrentMap { file in
            if let entry = previous[file.path], entry.data == file.data { return (file.path, entry) }
            let document = Result { () throws(ContentError) in
                try SourceDocument.load(relativePath: file.path, displayPath: ContentDirectory.displayPath(root: root, relative: file.path),
                                        data: file.data)
            }
            let loaded = try? document.get()
            let plan = loaded.flatMap { $0.kind == .plan ? Self.readPlan($0) : nil }
            let shown = plan?.plan.map { $0.allBlocks.flatMap(\.markdownNodes) } ?? loaded?.markdown.children ?? []
            return (file.path, DocumentCache.Entry(data: file.data, document: document, plan: plan, links: LinkSite.all(in: shown)))
        }
        cache = DocumentCache()
        cache.root = root
        cache.entries = Dictionary(entries, uniquingKeysWith: { first, _ in first })
        var planReads: [DocumentCache.PlanRead] = []
        for (_, entry) in entries {
            switch entry.document {
            case .success(let document):
                documents.append(document)
                problems += document.warnings
            case .failure(let error): problems.append(error)
            }
            if let plan = entry.plan { planReads.append(plan) }
        }
        if !files.contains(where: { ["site.yml", "site.yaml"].contains($0.path) }) {
            problems.append(ContentError(SourceLocation(file: display("site.yml")), .missingSiteFile))
        }
        if documents.isEmpty, !files.contains(where: { $0.path.hasSuffix(".md") }) {
            problems.append(ContentError(SourceLocation(file: root), .noDocuments))
        }
        checkDuplicateIDs(documents)
        problems += documents.flatMap(FrontMatterKeys.check)
        var anchors: [String: Set<String>] = [:]
        var plans = readPlans(planReads, documents: documents.filter { $0.kind == .plan }, anchors: &anchors)
        let planDocumentIDs = Set(documents.filter { $0.kind == .plan }.map(\.id))
        var reports = readReports(documents.filter { $0.kind == .report }, plans: &plans, planDocumentIDs: planDocumentIDs, anchors: &anchors)
        reports.sort { ($0.date, $0.id) < ($1.date, $1.id) }
        let pages = readPages(documents.filter { $0.kind == .page }, anchors: &anchors)
        let units = resolveUnits(&plans, declared: declaredUnits)
        resolveAlignments(&plans, documents: documents.filter { $0.kind == .plan })
        let links = checkLinks(documents, sites: cache.entries.mapValues(\.links), anchors: anchors)
        guard let site else { return }
        var latestReported: [String: Int] = [:]
        for report in reports {
            for measurement in report.measurements {
                latestReported[report.planID] = max(latestReported[report.planID] ?? measurement.year, measurement.year)
            }
        }
        for planIndex in plans.indices {
            let reported = latestReported[plans[planIndex].id]
            for indicatorIndex in plans[planIndex].indicators.indices {
                plans[planIndex].indicators[indicatorIndex].evaluate(method: site.progressMethod, latestReportedYear: reported)
            }
        }
        content = Content(site: site, plans: plans.sorted { $0.id < $1.id }, reports: reports,
                          pages: pages.sorted { $0.id < $1.id }, units: units, links: links,
                          asOf: site.asOf ?? reports.map(\.date).max())
    }

    mutating func checkDuplicateIDs(_ documents: [SourceDocument]) {
        var seen: [String: SourceLocation] = [:]
        for document in documents {
            let at = document.frontMatter.fields["id"]?.location ?? SourceLocation(file: document.displayPath, line: 1, column: 1)
            if let first = seen[document.id] {
                problems.append(ContentError(at, .duplicateID(document.id, first: first)))
            } else {
                seen[document.id] = at
            }
        }
    }
}

// MARK: - Plans, reports, pages

private extension LoadState {
    /// Reads one plan document on its own, before plans are cross-linked.
    static func readPlan(_ document: SourceDocument) -> DocumentCache.PlanRead {
        var problems: [ContentError] = []
        guard let header = planHeader(document, problems: &problems) else {
            return DocumentCache.PlanRead(path: document.relativePath, plan: nil, problems: problems, anchors: [])
        }
        var reader = PlanReader(header: header, file: document.displayPath)
        let plan = reader.read(document.markdown)
        return DocumentCache.PlanRead(path: document.relativePath, plan: plan, problems: problems + reader.problems,
                                      anchors: Set(reader.anchors.keys))
    }

    mutating func readPlans(_ read: [DocumentCache.PlanRead], documents: [SourceDocument], anchors: inout [String: Set<String>]) -> [Plan] {
        var plans: [Plan] = []
        for entry in read {
            problems += entry.problems
            guard let plan = entry.plan else { continue }
            anchors[entry.path] = entry.anchors
            plans.append(plan)
        }
        let ids = plans.map(\.id)
        let known = Set(ids)
        let frontMatter = Dictionary(documents.map { ($0.id, $0.frontMatter) }, uniquingKeysWith: { first, _ in first })
        for plan in plans {
            guard let parent = plan.parent else { continue }
            let at = frontMatter[plan.id]!.location(of: "parent")
            if parent == plan.id {
                problems.append(ContentError(at, .ownParent(parent)))
            } else if !known.contains(parent) {
                problems.append(ContentError(at, .unknownPlan(parent, suggestions: NearestNames.suggest(parent, among: ids.filter { $0 != plan.id }))))
            }
        }
        for cycle in Plan.parentCycles(plans) {
            problems.append(ContentError(frontMatter[cycle[0]]!.location(of: "parent"), .parentCycle(cycle + [cycle[0]])))
        }
        return plans
    }

    static func planHeader(_ document: SourceDocument, problems: inout [ContentError]) -> PlanHeader? {
        let front = document.frontMatter
        var ok = true
        let title = front.string("title") ?? document.id
        guard let periodText = front.string("period") else {
            problems.append(ContentError(front.location, .missingField("period", example: "2021-2025")))
            return nil
        }
        let years = periodText.precomposedStringWithCompatibilityMapping
            .split(whereSeparator: { !$0.isNumber || !$0.isASCII }).compactMap { Int($0) }.filter { $0 >= 1000 }
        guard years.count == 2, years[0] <= years[1] else {
            problems.append(ContentError(front.location(of: "period"),
                                         .invalidField("period", value: periodText, expected: Localized(zh: "第一年-最后一年，例如 2021-2025", tw: "第一年-最後一年，例如 2021-2025", en: "the first and last year, e.g. 2021-2025"))))
            return nil
        }
        var baselineYear = years[0] - 1
        if let text = front.string("baseline_year") {
            if let year = Int(text), year < years[1] {
                baselineYear = year
            } else {
                problems.append(ContentError(front.location(of: "baseline_year"),
                                             .invalidField("baseline_year", value: text, expected: Localized(zh: "规划期最后一年之前的年份，例如 2020", tw: "規劃期最後一年之前的年份，例如 2020", en: "a year before the plan's last year, e.g. 2020"))))
                ok = false
            }
        }
        let issued = front.date("issued", problems: &problems)
        guard ok else { return nil }
        return PlanHeader(id: document.id, title: title, firstYear: years[0], lastYear: years[1],
                          baselineYear: baselineYear, issuer: front.string("issuer"), issued: issued,
                          parent: front.string("parent"), status: front.string("status"))
    }

    mutating func readReports(_ documents: [SourceDocument], plans: inout [Plan], planDocumentIDs: Set<String>,
                              anchors: inout [String: Set<String>]) -> [Report] {
        var reports: [ReportEffects] = []
        let positions = plans.positionsByID
        for document in documents {
            let front = document.frontMatter
            guard let date = front.date("date", problems: &problems) else {
                if front.string("date") == nil {
                    problems.append(ContentError(front.location, .missingField("date", example: "2024-01-17")))
                }
                continue
            }
            let planID: String
            if let declared = front.string("plan") {
                planID = declared
            } else if plans.count == 1 {
                planID = plans[0].id
            } else {
                problems.append(ContentError(front.location, .planRequired(candidates: plans.map(\.id).sorted())))
                continue
            }
            guard let plan = positions[planID].map({ plans[$0] }) else {
                // A plan that failed to load has its own error already.
                if planDocumentIDs.contains(planID) { continue }
                problems.append(ContentError(front.location(of: "plan"),
                                             .unknownPlan(planID, suggestions: NearestNames.suggest(planID, among: plans.map(\.id)))))
                continue
            }
            // A report out of the period would move the site's as-of date there and mark every task overdue.
            if date.year < plan.firstYear || date.year > plan.lastYear + 1 {
                problems.append(ContentError(front.location(of: "date"),
                                             .reportOutsidePeriod(date: front.string("date") ?? date.description, first: plan.firstYear, last: plan.lastYear)))
            }
            var reader = ReportReader(plan: plan, reportID: document.id, date: date, file: document.displayPath)
            reader.read(document.markdown.children)
            problems += reader.problems
            let outline = HeadingOutline(blocks: document.markdown.children, file: document.displayPath)
            problems += outline.problems
            anchors[document.relativePath] = Set(outline.entries.map(\.anchor))
            let report = Report(
                id: document.id, title: front.string("title") ?? document.id, date: date, planID: planID,
                type: front.string("type"), body: document.markdown.children, measurements: reader.measurements,
                overrides: reader.overrides, taskAnchors: reader.updates.map(\.anchor), dataTableLines: reader.dataTableLines,
                source: SourceLocation(file: document.displayPath, line: 1, column: 1)
            )
            reports.append(ReportEffects(report: report, updates: reader.updates, completions: reader.completions))
        }
        reports.sort { ($0.report.date, $0.report.id) < ($1.report.date, $1.report.id) }
        apply(reports, to: &plans)
        return reports.map(\.report)
    }

    /// Adds report values and task updates to the plans, oldest report first, so the later wins.
    mutating func apply(_ reports: [ReportEffects], to plans: inout [Plan]) {
        let positions = plans.positionsByID
        for effects in reports {
            let (report, updates, completions) = (effects.report, effects.updates, effects.completions)
            guard let planIndex = positions[report.planID] else { continue }
            for measurement in report.measurements {
                guard let index = plans[planIndex].indicators.firstIndex(where: { $0.id == measurement.indicatorID }) else { continue }
                var indicator = plans[planIndex].indicators[index]
                if let earlier = indicator.measurements.firstIndex(where: { $0.year == measurement.year }) {
                    problems.append(ContentError(measurement.location, .duplicateMeasurement(
                        indicator: indicator.name, year: measurement.year, earlier: indicator.measurements[earlier].location)))
                    indicator.measurements.remove(at: earlier)
                }
                indicator.measurements.append(Measurement(year: measurement.year, value: measurement.value,
                                                          reportID: report.id, location: measurement.location))
                indicator.measurements.sort { $0.year < $1.year }
                plans[planIndex].indicators[index] = indicator
            }
            for override in report.overrides {
                guard let index = plans[planIndex].indicators.firstIndex(where: { $0.id == override.indicatorID }) else { continue }
                plans[planIndex].indicators[index].override = override
            }
            let byAnchor = Dictionary(grouping: updates, by: \.anchor)
            plans[planIndex].mapTasks { task in
                var task = task
                task.updates += byAnchor[task.anchor]?.map(\.update) ?? []
                for mark in completions where mark.anchor == task.anchor && task.milestones[mark.index].completion == nil {
                    task.milestones[mark.index].completion = mark.completion
                }
                return task
            }
        }
    }

    mutating func readPages(_ documents: [SourceDocument], anchors: inout [String: Set<String>]) -> [Page] {
        documents.compactMap { document in
            if Self.reservedPageIDs.contains(document.id) {
                problems.append(ContentError(SourceLocation(file: document.displayPath, line: 1, column: 1), .reservedPageID(document.id)))
                return nil
            }
            let outline = HeadingOutline(blocks: document.markdown.children, file: document.displayPath)
            problems += outline.problems
            anchors[document.relativePath] = Set(outline.entries.map(\.anchor))
            let title = document.frontMatter.string("title") ?? outline.entries.first?.title ?? document.id
            return Page(id: document.id, title: title, body: document.markdown.children,
                        source: SourceLocation(file: document.displayPath, line: 1, column: 1))
        }
    }

    static let reservedPageIDs: Set<String> = ["index", "404", "methodology", "roadmap", "search", "feed", "sitemap"]
}

// MARK: - Units and links

private extension LoadState {
    mutating func resolveUnits(_ plans: inout [Plan], declared: [OrgUnit]) -> [OrgUnit] {
        var directory = UnitDirectory(declared: declared)
        for plan in plans {
            for task in plan.tasks { (task.lead + task.partners).forEach { directory.discover($0) } }
            for indicator in plan.indicators { indicator.owners.forEach { directory.discover($0) } }
        }
        for index in plans.indices {
            for i in plans[index].indicators.indices {
                plans[index].indicators[i].owners = plans[index].indicators[i].owners.map(directory.id(for:))
            }
            // Rebuilding the section tree of a plan without tasks would change nothing.
            guard !plans[index].tasks.isEmpty else { continue }
            // Folding names for lookup costs more than the rest of this loop; most plans' tasks name no indicator.
            var indicators: IndicatorIndex?
            let planIndicators = plans[index].indicators
            plans[index].mapTasks { task in
                var task = task
                task.lead = task.lead.map(directory.id(for:))
                task.partners = task.partners.map(directory.id(for:))
                if !task.indicatorIDs.isEmpty {
                    if indicators == nil { indicators = IndicatorIndex(planIndicators) }
                    task.indicatorIDs = task.indicatorIDs.compactMap { resolve($0, in: indicators!, at: task.location) }
                }
                return task
            }
        }
        return directory.ordered
    }

    /// The one indicator `reference` names, or nil after reporting none or several at `location`.
    mutating func resolve(_ reference: String, in index: IndicatorIndex, at location: SourceLocation) -> String? {
        let matches = index.lookup(reference)
        if matches.count == 1 { return matches[0] }
        problems.append(ContentError(location, matches.isEmpty
            ? .unknownIndicator(reference, suggestions: NearestNames.suggest(reference, among: index.names))
            : .ambiguousIndicator(reference, ids: matches)))
        return nil
    }

    /// Resolves each indicator's `对应指标` (column, or the plan's `aligns:` front matter that maps
    /// its indicators by id or name) to an indicator of the parent plan.
    mutating func resolveAlignments(_ plans: inout [Plan], documents: [SourceDocument]) {
        let frontMatter = Dictionary(documents.map { ($0.id, $0.frontMatter) }, uniquingKeysWith: { first, _ in first })
        let positions = plans.positionsByID
        for index in plans.indices {
            let plan = plans[index]
            let front = frontMatter[plan.id]
            var mapped: [String: (String, SourceLocation)] = [:]
            if case .mapping(let pairs)? = front?.fields["aligns"]?.kind {
                let local = IndicatorIndex(plan.indicators)
                for (key, _, value) in pairs {
                    guard let target = value.scalar, let id = resolve(key, in: local, at: value.location) else { continue }
                    mapped[id] = (target, value.location)
                }
            }
            let aligned = plan.indicators.indices.compactMap { i in
                (mapped[plan.indicators[i].id] ?? plan.indicators[i].aligns.map { ($0, plan.indicators[i].location) }).map { (i, $0) }
            }
            guard !aligned.isEmpty else { continue }
            let parentIndex = plan.parent.flatMap { positions[$0] }.map { IndicatorIndex(plans[$0].indicators) }
            for (i, (reference, at)) in aligned {
                guard let parentIndex else {
                    problems.append(ContentError(at, .alignsWithoutParent(reference)))
                    plans[index].indicators[i].aligns = nil
                    continue
                }
                plans[index].indicators[i].aligns = resolve(reference, in: parentIndex, at: at)
            }
        }
    }

    mutating func checkLinks(_ documents: [SourceDocument], sites: [String: [LinkSite]],
                             anchors: [String: Set<String>]) -> [String: [String: ContentLink]] {
        var targets: [String: LinkChecker.Target] = [:]
        for document in documents {
            let ref: DocumentRef
            switch document.kind {
            case .plan: ref = .plan(document.id)
            case .report: ref = .report(document.id)
            case .page: ref = .page(document.id)
            }
            targets[document.relativePath] = LinkChecker.Target(ref: ref, anchors: anchors[document.relativePath] ?? [])
        }
        var checker = LinkChecker(documents: targets)
        for document in documents {
            checker.check(sites[document.relativePath] ?? [], in: document.relativePath, displayPath: document.displayPath)
        }
        problems += checker.problems
        return checker.links
    }
}

extension Plan {
    /// Applies `transform` to every task in the section tree.
    mutating func mapTasks(_ transform: (PlanTask) -> PlanTask) {
        func visit(_ section: inout Section) {
            if let task = section.task { section.task = transform(task) }
            for index in section.children.indices { visit(&section.children[index]) }
        }
        for index in sections.indices { visit(&sections[index]) }
    }
}

private extension Array where Element == Plan {
    /// Where each plan id first stands, for lookups that would otherwise scan every plan per plan.
    var positionsByID: [String: Int] {
        Dictionary(indices.map { (self[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}

/// What one report adds to its plan's tasks besides its measurements.
struct ReportEffects {
    let report: Report
    let updates: [(anchor: String, update: TaskUpdate)]
    let completions: [MilestoneMark]
}
