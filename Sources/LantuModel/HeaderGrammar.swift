/// The words plan and report tables are headed with, as planning offices write them
/// (SPEC §2.3, §2.4). The one table of header forms; `docs/guide.md` lists the same.
///
/// Headers are compared by their `comparisonKey`, so Traditional spellings, full-width
/// brackets and spaces need no entries of their own.
enum HeaderGrammar {
    /// What a header cell names.
    enum Role: Hashable {
        case name, unit, category, baseline, target, attribute, id, owner, note, aligns
        case task, status, progress
        case milestone, completion
        /// A year with no word, or with a word saying it holds values measured that year
        /// (`2023`, `2023年`, `2023年度`, `2023年完成值`): a plan reads the baseline and the
        /// final year as baseline and target, every other year as a measurement.
        case year(Int)
        /// A year named as the baseline (`2020年基期值`, `基期值（2020年）`, `2020年（基期）`).
        case baselineYear(Int)
        /// A year named as a target (`2025年目标值`, `2025年规划`, `目标（2022年）`).
        case targetYear(Int)
        /// A year with words lantu does not know (`2023年预计`): its values are not read.
        case unknownYear(Int)
    }

    /// The role of a header cell, or nil for a column lantu does not read (说明, 数据来源 …).
    static func role(of header: String) -> Role? {
        let key = header.comparisonKey
        if let role = words[String(key.filter { !"()%".contains($0) })] { return role }
        guard let (year, rest) = splitYear(key) else { return nil }
        let word = String(rest.filter { !"()%".contains($0) })
        if measuredWords.contains(word) { return .year(year) }
        if baselineWords.contains(word) { return .baselineYear(year) }
        if targetWords.contains(word) { return .targetYear(year) }
        return .unknownYear(year)
    }
}

private extension HeaderGrammar {
    static let forms: [(Role, [String])] = [
        (.name, ["指标", "指标名称", "主要指标", "监测指标", "指标项", "indicator"]),
        (.unit, ["单位", "计量单位", "unit"]),
        (.category, ["类别", "领域", "分类", "指标类别", "category"]),
        (.baseline, ["基期", "基期值", "基数", "现状", "现状值", "baseline"]),
        (.target, ["目标", "目标值", "规划目标", "target"]),
        (.attribute, ["属性", "指标属性", "type"]),
        (.id, ["编号", "id"]),
        (.owner, ["责任单位", "牵头单位", "owner"]),
        (.note, ["备注", "说明", "note"]),
        (.aligns, ["对应指标", "上级指标", "aligns"]),
        (.task, ["任务", "重点任务", "主要任务", "任务名称", "task"]),
        (.status, ["状态", "进展状态", "完成状态", "实施状态", "进展情况", "status"]),
        (.progress, ["进度", "完成进度", "实施进度", "progress"]),
        (.milestone, ["里程碑", "里程碑事项", "节点", "milestone"]),
        (.completion, ["完成情况", "是否完成", "done"]),
    ]

    /// Words after (or around) a year that mean "values measured that year"; `年` and `年度`
    /// right after the digits are dropped before these are compared.
    static let measuredWords: Set<String> = ["", "完成值", "完成", "实际", "实际值", "实际完成", "监测值",
                                             "监测", "末", "底", "实现值", "数据", "值", "数值", "指标值", "actual", "value"]
    static let baselineWords: Set<String> = ["基期", "基期值", "基数", "现状", "现状值", "基期年", "baseline"]
    static let targetWords: Set<String> = ["目标", "目标值", "规划", "规划值", "规划目标", "预期目标", "target"]

    static let words: [String: Role] = {
        var table: [String: Role] = [:]
        for (role, keys) in forms {
            for key in keys { table[key] = role }
        }
        return table
    }()

    /// The one four-digit year (1900–2200) in a header key, and the words around it with
    /// `年` / `年度` after the digits dropped: `基期值(2020年)` → (2020, `基期值()`).
    static func splitYear(_ key: String) -> (Int, String)? {
        let characters = Array(key)
        let runs = runsOfDigits(characters)
        guard runs.count == 1, let run = runs.first, run.count == 4,
              let year = Int(String(characters[run])), (1900...2200).contains(year) else { return nil }
        var after = characters[run.upperBound...]
        if after.first == "年" { after = after.dropFirst() }
        if after.first == "度" { after = after.dropFirst() }
        return (year, String(characters[..<run.lowerBound]) + String(after))
    }

    static func runsOfDigits(_ characters: [Character]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start: Int?
        for (index, character) in characters.enumerated() {
            let isDigit = character.isASCII && character.isNumber
            if isDigit, start == nil { start = index }
            if !isDigit, let first = start {
                runs.append(first..<index)
                start = nil
            }
        }
        if let first = start { runs.append(first..<characters.count) }
        return runs
    }
}
