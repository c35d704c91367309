/// Word's automatic numbering (`word/numbering.xml`): the lists' levels and the counters a
/// reader sees as the document goes on, so a heading numbered by Word ("一、" from
/// `chineseCounting` and `%1、`) keeps its number when it becomes Markdown.
///
/// As Word counts: every `w:num` that points at one `w:abstractNum` continues the same
/// counters, unless it overrides a level's start (`lvlOverride/startOverride`), which restarts
/// that level where the `w:num` is first used; a level restarts whenever a higher level advances.
struct WordNumbering {
    struct Level {
        var format: WordNumberFormat
        /// `%1、`, `（%2）`, `%1.%2`: `%n` is level n's counter.
        var text: String
        var start: Int
        /// The paragraph style this level numbers (`w:pStyle`), when a heading style is linked to it.
        var style: String?
    }

    private var abstracts: [String: [Int: Level]] = [:]
    /// `numId` → its abstract list and the starts it overrides.
    private var instances: [String: (abstract: String, overrides: [Int: Int], levels: [Int: Level])] = [:]
    private var counters: [String: [Int: Int]] = [:]
    private var started: Set<String> = []

    init(_ root: XMLElement?) {
        guard let root else { return }
        for abstract in root.elements("abstractNum") {
            guard let id = abstract.attribute("w:abstractNumId") else { continue }
            abstracts[id] = Self.levels(abstract.elements("lvl"))
        }
        for num in root.elements("num") {
            guard let id = num.attribute("w:numId"), let abstract = num.element("abstractNumId")?.attribute("w:val") else { continue }
            var overrides: [Int: Int] = [:], levels: [Int: Level] = [:]
            for override in num.elements("lvlOverride") {
                guard let level = override.attribute("w:ilvl").flatMap(Int.init) else { continue }
                if let start = override.element("startOverride")?.attribute("w:val").flatMap(Int.init) { overrides[level] = Self.counter(start) }
                if let replaced = override.element("lvl") { levels.merge(Self.levels([replaced])) { $1 } }
            }
            instances[id] = (abstract, overrides, levels)
        }
    }

    /// The level of list `numID` whose `w:pStyle` is `style`: a heading style linked to a
    /// list names no level of its own.
    func level(ofStyle style: String, in numID: String) -> Int? {
        guard let instance = instances[numID], let levels = abstracts[instance.abstract] else { return nil }
        return levels.first { $0.value.style == style }?.key
    }

    /// Counts one more paragraph at `level` of list `numID` and gives its label ("一、",
    /// "（二）", "1."), and whether the level is a bullet; nil when the list does not exist.
    mutating func next(numID: String, level: Int) -> (label: String, bullet: Bool)? {
        guard numID != "0", let instance = instances[numID], let definition = self.definition(numID, level) else { return nil }
        let key = instance.abstract
        var values = counters[key] ?? [:]
        if !started.contains(numID) {
            started.insert(numID)
            for (overridden, start) in instance.overrides { values[overridden] = start - 1 }
        }
        values[level] = min((values[level] ?? (definition.start - 1)) + 1, 1 << 20)
        for deeper in values.keys where deeper > level { values[deeper] = nil }
        counters[key] = values
        if definition.format == .bullet { return ("", true) }
        var label = ""
        var rest = Substring(definition.text)
        while let percent = rest.firstIndex(of: "%") {
            label += rest[..<percent]
            let after = rest.index(after: percent)
            guard after < rest.endIndex, let digit = rest[after].wholeNumberValue, digit >= 1 else {
                label += "%"
                rest = rest[after...]
                continue
            }
            let shown = digit - 1
            let format = self.definition(numID, shown)?.format ?? .decimal
            let value = values[shown] ?? self.definition(numID, shown)?.start ?? 1
            label += format.text(value)
            rest = rest[rest.index(after: after)...]
        }
        label += rest
        return (label, false)
    }
}

private extension WordNumbering {
    func definition(_ numID: String, _ level: Int) -> Level? {
        guard let instance = instances[numID] else { return nil }
        return instance.levels[level] ?? abstracts[instance.abstract]?[level]
    }

    /// A start value within Word's range (0–32767), so counting on from it cannot overflow.
    static func counter(_ value: Int) -> Int { min(max(value, 0), 32767) }

    static func levels(_ elements: [XMLElement]) -> [Int: Level] {
        var result: [Int: Level] = [:]
        for element in elements {
            guard let index = element.attribute("w:ilvl").flatMap(Int.init) else { continue }
            result[index] = Level(format: WordNumberFormat(element.element("numFmt")?.attribute("w:val")),
                                  text: element.element("lvlText")?.attribute("w:val") ?? "",
                                  start: Self.counter(element.element("start")?.attribute("w:val").flatMap(Int.init) ?? 1),
                                  style: element.element("pStyle")?.attribute("w:val"))
        }
        return result
    }
}
