import LantuDiagnostics
import LantuMarkdown

/// A five-year plan: its front matter, its section tree and its indicators.
public struct Plan: Sendable, Equatable {
    public let id: String
    public let title: String
    /// First and last year of the plan period (2021…2025).
    public let firstYear: Int
    public let lastYear: Int
    public let baselineYear: Int
    public let issuer: String?
    public let issued: PlanDate?
    /// Id of the plan this one serves.
    public let parent: String?
    /// Free text such as 已印发 or 征求意见稿.
    public let status: String?
    /// The text before the first heading.
    public let intro: [Block]
    public internal(set) var sections: [Section]
    /// Every indicator of the plan in document order, feature boxes included.
    public var indicators: [Indicator]
    public let source: SourceLocation
}

extension Plan {
    /// Each circle of two or more plans that `parent:` fields form, once, starting from its smallest id.
    static func parentCycles(_ plans: [Plan]) -> [[String]] {
        let parents = Dictionary(plans.compactMap { plan in plan.parent.map { (plan.id, $0) } }, uniquingKeysWith: { first, _ in first })
        var cycles: [[String]] = []
        var settled: Set<String> = []
        for start in parents.keys.sorted() where !settled.contains(start) {
            var path: [String] = []
            var current: String? = start
            while let id = current, !settled.contains(id), !path.contains(id) {
                path.append(id)
                current = parents[id]
            }
            if let id = current, let entry = path.firstIndex(of: id), path.count - entry > 1 {
                let cycle = Array(path[entry...])
                let smallest = cycle.indices.min { cycle[$0] < cycle[$1] }!
                cycles.append(Array(cycle[smallest...] + cycle[..<smallest]))
            }
            settled.formUnion(path)
        }
        return cycles
    }
}

/// A piece of a section's own text.
public enum Block: Sendable, Equatable {
    /// Ordinary Markdown.
    case markdown(MarkdownNode)
    /// An indicator table, replaced on the page by the indicators with their status.
    case indicatorTable(indicatorIDs: [String])
    /// A 专栏 feature box.
    case featureBox(FeatureBox)
    /// Where a task's `key:value` list stood.
    case taskMetadata
}

/// A heading of the plan with its own text and its sub-sections.
public struct Section: Sendable, Equatable {
    /// Stable anchor, `s3-1-1` or an explicit `{#id}`.
    public let anchor: String
    /// Heading text as written, numbering included, without an explicit `{#id}`.
    public let title: String
    public let level: Int
    public let blocks: [Block]
    public var children: [Section]
    /// Set when the section's first block is a task's metadata list.
    public var task: PlanTask?
    public let location: SourceLocation
}

/// A major project box (专栏) inside a section.
public struct FeatureBox: Sendable, Equatable {
    public let anchor: String
    public let title: String
    public let blocks: [Block]
    public let location: SourceLocation
}

extension Plan {
    /// All sections, depth first, in document order.
    public var allSections: [Section] {
        var result: [Section] = []
        var stack = Array(sections.reversed())
        while let section = stack.popLast() {
            result.append(section)
            stack.append(contentsOf: section.children.reversed())
        }
        return result
    }

    /// All tasks in document order, found without copying the sections (a copy per section
    /// per call was a tenth of a `serve` rebuild).
    public var tasks: [PlanTask] {
        var result: [PlanTask] = []
        func visit(_ sections: [Section]) {
            for index in sections.indices {
                if let task = sections[index].task { result.append(task) }
                visit(sections[index].children)
            }
        }
        visit(sections)
        return result
    }

    /// The text's blocks in document order: the intro, then each section's.
    public var allBlocks: [Block] { intro + allSections.flatMap(\.blocks) }

    /// All feature boxes in document order.
    public var featureBoxes: [FeatureBox] { allBlocks.flatMap(\.featureBoxes) }

    /// The section with this anchor.
    public func section(anchor: String) -> Section? {
        allSections.first { $0.anchor == anchor }
    }
}

extension Block {
    var featureBoxes: [FeatureBox] {
        guard case .featureBox(let box) = self else { return [] }
        return [box] + box.blocks.flatMap(\.featureBoxes)
    }
}
