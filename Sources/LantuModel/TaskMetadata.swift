import Foundation
import LantuDiagnostics
import LantuMarkdown

/// The leading `key:value` items of a task's first list (SPEC §2.3).
struct TaskMetadata {
    var lead: [String] = []
    var partners: [String] = []
    var start: PlanDate?
    var due: PlanDate?
    var status: TaskStatus?
    var progress: Int?
    /// Related indicators as written (ids or names), resolved once the plan is read.
    var indicators: [String] = []
    var tags: [String] = []
    /// The list's items after the metadata (often milestones), as a list of their own.
    var remainder: MarkdownNode?
    var problems: [ContentError] = []

    enum Key: CaseIterable {
        case lead, partners, start, due, status, progress, indicators, tags
    }

    /// The spellings of each key, compared after `comparisonKey` folding.
    static let keys: [String: Key] = [
        "牵头单位": .lead, "责任单位": .lead, "lead": .lead, "owner": .lead,
        "配合单位": .partners, "协同单位": .partners, "partners": .partners,
        "开始时间": .start, "start": .start,
        "完成时限": .due, "时间节点": .due, "due": .due,
        "状态": .status, "status": .status,
        "进度": .progress, "progress": .progress,
        "相关指标": .indicators, "indicators": .indicators,
        "标签": .tags, "tags": .tags,
    ]
}

extension TaskMetadata {
    /// Reads `node` if it is a bullet list that starts with `key:value` items, one of them a
    /// known key. SPEC §2.3 asks for a known first key; lantu also accepts a misspelt first
    /// key when a later leading item is known, so that typo is reported instead of the whole
    /// list silently becoming text.
    static func read(_ node: MarkdownNode, file: String) -> TaskMetadata? {
        guard case .list(ordered: false, _, _) = node.kind else { return nil }
        let leading = node.children.prefix { pair($0) != nil }.compactMap(pair)
        guard !leading.isEmpty, leading.contains(where: { keys[$0.0.comparisonKey] != nil }) else { return nil }
        var metadata = TaskMetadata()
        var consumed = 0
        for item in node.children {
            guard let (key, value) = pair(item) else { break }
            consumed += 1
            let at = SourceLocation(file: file, line: item.line, column: item.column)
            guard let known = keys[key.comparisonKey] else {
                let suggestions = NearestNames.suggest(key, among: Array(keys.keys).filter { !$0.allSatisfy(\.isASCII) })
                metadata.problems.append(ContentError(at, .unknownTaskKey(key, suggestions: suggestions)))
                continue
            }
            metadata.set(known, value, at: at)
        }
        if consumed < node.children.count {
            var rest = node
            rest.children = Array(node.children[consumed...])
            rest.line = rest.children[0].line
            metadata.remainder = rest
        }
        return metadata
    }

    func task(anchor: String, title: String, milestones: [Milestone], periodStart: Int, location: SourceLocation) -> PlanTask {
        PlanTask(anchor: anchor, title: title, lead: lead, partners: partners, start: start, due: due,
                 declaredStatus: status, declaredProgress: progress, indicatorIDs: indicators, tags: tags,
                 milestones: milestones, updates: [], periodStart: periodStart, location: location)
    }
}

private extension TaskMetadata {
    /// `key:value` or `key：value` in a plain (not task-list) item; keys are short and have no spaces.
    static func pair(_ item: MarkdownNode) -> (String, String)? {
        guard case .item(task: nil) = item.kind, let paragraph = item.children.first,
              case .paragraph = paragraph.kind else { return nil }
        let text = paragraph.plainText
        guard let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        let key = String(text[..<colon]).trimmed
        guard !key.isEmpty, key.count <= 16, !key.contains(" ") else { return nil }
        return (key, String(text[text.index(after: colon)...]).trimmed)
    }

    mutating func set(_ key: Key, _ value: String, at location: SourceLocation) {
        switch key {
        case .lead: lead = value.splitList
        case .partners: partners = value.splitList
        case .indicators: indicators = value.splitList
        case .tags: tags = value.splitList
        case .start: start = date(value, at: location)
        case .due: due = date(value, at: location)
        case .status:
            status = TaskStatus.parse(value)
            if status == nil { problems.append(ContentError(location, .invalidTaskStatus(value))) }
        case .progress:
            progress = Self.percent(value)
            if progress == nil { problems.append(ContentError(location, .invalidProgress(value))) }
        }
    }

    mutating func date(_ text: String, at location: SourceLocation) -> PlanDate? {
        do {
            return try PlanDate.parse(text)
        } catch {
            problems.append(ContentError(location, .invalidDate(text, impossible: error == .impossible)))
            return nil
        }
    }

    /// `60`, `60%` or `６０％`, from 0 to 100.
    static func percent(_ text: String) -> Int? {
        var digits = text.precomposedStringWithCompatibilityMapping.trimmed
        if digits.hasSuffix("%") { digits = String(digits.dropLast()).trimmed }
        guard let value = Int(digits), (0...100).contains(value) else { return nil }
        return value
    }
}

extension TaskMetadata {
    /// Reads a task or progress cell of a report the same way as metadata.
    static func progress(_ text: String) -> Int? { percent(text) }
}
