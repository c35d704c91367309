import LantuDiagnostics
import LantuMarkdown

/// Builds a `Plan` from a parsed document: section tree, tasks, feature boxes, indicators.
///
/// Unit names stay as written here; the loader maps them to unit ids once all files are read.
struct PlanReader {
    let header: PlanHeader
    let file: String
    private(set) var indicators: [Indicator] = []
    private(set) var problems: [ContentError] = []
    /// Every anchor of the document, for link checking.
    private(set) var anchors: [String: SourceLocation] = [:]
    private var boxCount = 0
    /// Where each indicator id was first given: one id names one indicator page and one report target.
    private var indicatorRows: [String: SourceLocation] = [:]
}

/// The front-matter fields of a plan.
struct PlanHeader {
    let id: String
    let title: String
    let firstYear: Int
    let lastYear: Int
    let baselineYear: Int
    let issuer: String?
    let issued: PlanDate?
    let parent: String?
    let status: String?
}

extension PlanReader {
    init(header: PlanHeader, file: String) {
        self.header = header
        self.file = file
    }

    mutating func read(_ document: MarkdownNode) -> Plan {
        let outline = HeadingOutline(blocks: document.children, file: file)
        problems += outline.problems
        for entry in outline.entries {
            anchors[entry.anchor] = anchors[entry.anchor] ?? location(entry.node)
            if Self.pageIDs.contains(entry.anchor) || entry.anchor.hasPrefix("status-") {
                problems.append(ContentError(location(entry.node), .reservedAnchor(entry.anchor)))
            }
        }
        var intro: [MarkdownNode] = []
        var bodies = [[MarkdownNode]](repeating: [], count: outline.entries.count)
        var current: Int?
        for node in document.children {
            if case .heading = node.kind {
                current = (current ?? -1) + 1
            } else if let current {
                bodies[current].append(node)
            } else {
                intro.append(node)
            }
        }
        let introBlocks = convert(intro, sectionAnchor: nil, boxAnchor: nil)
        var sections: [Section] = []
        for (index, entry) in outline.entries.enumerated() {
            sections.append(readSection(entry, body: bodies[index]))
        }
        let tree = assemble(sections, parents: outline.entries.map(\.parent))
        return Plan(
            id: header.id, title: header.title, firstYear: header.firstYear, lastYear: header.lastYear,
            baselineYear: header.baselineYear, issuer: header.issuer, issued: header.issued,
            parent: header.parent, status: header.status, intro: introBlocks, sections: tree,
            indicators: indicators, source: SourceLocation(file: file, line: 1, column: 1)
        )
    }
}

extension PlanReader {
    /// Ids the plan page itself uses, which a heading's `{#id}` must not take.
    static let pageIDs: Set<String> = ["main", "tasks", "boxes", "by-status", "task-progress", "child-plans",
                                       "plan-flagged", "toc-heading", "plan-reports"]
}

private extension PlanReader {
    func location(_ node: MarkdownNode) -> SourceLocation {
        SourceLocation(file: file, line: node.line, column: node.column)
    }

    mutating func readSection(_ entry: HeadingOutline.Entry, body: [MarkdownNode]) -> Section {
        var blocks: [Block] = []
        var rest = body[...]
        var task: PlanTask?
        if let first = rest.first, let metadata = TaskMetadata.read(first, file: file) {
            problems += metadata.problems
            rest = rest.dropFirst()
            blocks.append(.taskMetadata)
            if let remainder = metadata.remainder { rest = [remainder] + rest }
            let milestones = rest.flatMap { Milestone.collect(in: $0, file: file, problems: &problems) }
            task = metadata.task(anchor: entry.anchor, title: entry.title, milestones: milestones,
                                 periodStart: header.firstYear, location: location(entry.node))
        }
        blocks += convert(Array(rest), sectionAnchor: entry.anchor, boxAnchor: nil)
        return Section(anchor: entry.anchor, title: entry.title, level: entry.level, blocks: blocks,
                       children: [], task: task, location: location(entry.node))
    }

    /// Nests sections under their parents, last first so each child is complete when attached.
    func assemble(_ flat: [Section], parents: [Int?]) -> [Section] {
        var sections = flat
        var roots: [Section] = []
        for index in sections.indices.reversed() {
            if let parent = parents[index] {
                sections[parent].children.insert(sections[index], at: 0)
            } else {
                roots.insert(sections[index], at: 0)
            }
        }
        return roots
    }

    mutating func convert(_ nodes: [MarkdownNode], sectionAnchor: String?, boxAnchor: String?) -> [Block] {
        nodes.map { node in
            if case .blockQuote = node.kind, let box = readBox(node, sectionAnchor: sectionAnchor) {
                return .featureBox(box)
            }
            if let cells = TableCells(node) {
                let columns = TableColumns(header: cells.header, baselineYear: header.baselineYear, targetYear: header.lastYear)
                if columns.isIndicatorTable {
                    for row in cells.ragged {
                        problems.append(ContentError(SourceLocation(file: file, line: row.line, column: 1), .raggedRow(cells: row.cells, header: cells.header.count)))
                    }
                    for column in columns.unknownYears {
                        problems.append(ContentError(location(node), .table(.unknownYearColumn(column.header))))
                    }
                    return .indicatorTable(indicatorIDs: readIndicators(cells, columns, sectionAnchor: sectionAnchor, boxAnchor: boxAnchor))
                }
                if columns.name != nil {
                    problems.append(ContentError(location(node), .indicatorTableWithoutValues))
                } else if columns.baseline != nil && columns.target != nil {
                    problems.append(ContentError(location(node), .table(.valuesWithoutIndicator)))
                }
            }
            return .markdown(node)
        }
    }

    /// A block quote whose first paragraph starts with 专栏 or Box.
    mutating func readBox(_ node: MarkdownNode, sectionAnchor: String?) -> FeatureBox? {
        guard let first = node.children.first, case .paragraph = first.kind else { return nil }
        let text = first.plainText.trimmed
        guard text.hasPrefix("专栏") || text.hasPrefix("專欄") || text.hasPrefix("Box") else { return nil }
        boxCount += 1
        let breakIndex = first.children.firstIndex { $0.kind == .softBreak || $0.kind == .lineBreak }
        let titleNodes = breakIndex.map { Array(first.children[..<$0]) } ?? first.children
        let title = MarkdownNode(.paragraph, children: titleNodes).plainText.trimmed
        var body = Array(node.children.dropFirst())
        if let breakIndex, breakIndex + 1 < first.children.count {
            let rest = MarkdownNode(.paragraph, children: Array(first.children[(breakIndex + 1)...]), line: first.line + 1, column: first.column)
            body.insert(rest, at: 0)
        }
        let number = title.drop { !$0.isNumber }.prefix { $0.digitValue != nil }
        let anchor = number.isEmpty ? "box-p\(boxCount)" : "box-\(number)"
        if let earlier = anchors[anchor] {
            problems.append(ContentError(location(node), .duplicateAnchor(anchor, first: earlier)))
        }
        anchors[anchor] = anchors[anchor] ?? location(node)
        let blocks = convert(body, sectionAnchor: sectionAnchor, boxAnchor: anchor)
        return FeatureBox(anchor: anchor, title: title, blocks: blocks, location: location(node))
    }

    mutating func readIndicators(_ table: TableCells, _ columns: TableColumns, sectionAnchor: String?, boxAnchor: String?) -> [String] {
        var ids: [String] = []
        var category: String?
        for row in table.rows {
            let cells = row.cells
            let at = SourceLocation(file: file, line: row.line, column: 1)
            let filled = cells.indices.filter { cells.cell($0) != nil }
            if filled == [0], cells.count > 1 {
                category = cells[0]
                continue
            }
            guard let rawName = cells.cell(columns.name) else {
                let valueColumns = [columns.baseline, columns.target] + columns.years.map(\.index)
                if valueColumns.contains(where: { cells.cell($0) != nil }) {
                    problems.append(ContentError(at, .table(.valuesWithoutName)))
                }
                continue
            }
            if let explicit = cells.cell(columns.category) { category = explicit }
            let (name, unitInName) = IndicatorName.split(rawName)
            let number = indicators.count + 1
            let explicitID = cells.cell(columns.id)
            let id = explicitID ?? "\(header.id)-\(number)"
            if !DocumentID.isValid(id) {
                problems.append(ContentError(at, .invalidID(id)))
            }
            if let first = indicatorRows[id] {
                problems.append(ContentError(at, .duplicateIndicatorID(id, first: first, positional: explicitID == nil)))
            } else {
                indicatorRows[id] = at
            }
            var measurements: [Measurement] = []
            for (index, year) in columns.years {
                guard let value = CellValue.read(cells.cell(index), at: at, problems: &problems) else { continue }
                measurements.append(Measurement(year: year, value: value, reportID: nil, location: at))
            }
            var attribute: IndicatorAttribute?
            if let text = cells.cell(columns.attribute) {
                attribute = IndicatorAttribute.parse(text)
                if attribute == nil {
                    problems.append(ContentError(at, .invalidField("属性", value: text, expected: Localized(zh: "预期性或约束性", tw: "預期性或約束性", en: "预期性 or 约束性 (expected or binding)"))))
                }
            }
            let interim = columns.interimTargets.compactMap { column in
                CellValue.read(cells.cell(column.index), at: at, problems: &problems).map { InterimTarget(year: column.year, value: $0) }
            }
            let baseline = CellValue.read(cells.cell(columns.baseline), at: at, problems: &problems)
            let target = CellValue.read(cells.cell(columns.target), at: at, problems: &problems)
            indicators.append(Indicator(
                id: id, planID: header.id, number: number, name: name,
                unit: cells.cell(columns.unit) ?? unitInName, category: category, attribute: attribute,
                baseline: baseline, target: target,
                baselineYear: header.baselineYear, targetYear: header.lastYear, interimTargets: interim.sorted { $0.year < $1.year },
                owners: cells.cell(columns.owner)?.splitList ?? [], note: cells.cell(columns.note),
                aligns: cells.cell(columns.aligns),
                boxAnchor: boxAnchor, sectionAnchor: sectionAnchor,
                measurements: measurements.sorted { $0.year < $1.year }, progress: nil, override: nil, isStale: false, location: at
            ))
            ids.append(id)
        }
        return ids
    }
}

/// Indicator names carry their unit in trailing brackets: `学前三年毛入园率(%)`.
enum IndicatorName {
    static func split(_ text: String) -> (name: String, unit: String?) {
        let trimmed = text.trimmed
        guard let last = trimmed.last, last == ")" || last == "）" else { return (trimmed, nil) }
        guard let open = trimmed.lastIndex(where: { $0 == "(" || $0 == "（" }), open != trimmed.startIndex else {
            return (trimmed, nil)
        }
        let unit = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]).trimmed
        return (String(trimmed[..<open]).trimmed, unit.isEmpty ? nil : unit)
    }
}

/// Document and indicator ids: ASCII `[a-z0-9-]`, as they become file names and URLs.
enum DocumentID {
    static func isValid(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
