import LantuDiagnostics
import LantuMarkdown
@testable import LantuModel
import Testing

/// Every problem lantu reports has a code the guide lists and its text in all three languages.
@Suite struct ExplanationTests {
    static let here = SourceLocation(file: "content/plans/p.md", line: 3, column: 1)

    /// One of each case of `ContentError.Reason`, `TableProblem`, `MilestoneProblem` and `YAMLSlip`.
    static let reasons: [ContentError.Reason] = [
        .unreadable("Permission denied"), .noContentFolder, .notUTF8(likelyUTF16: true), .fileTooLarge(bytes: 9_000_000, allowed: 8_388_608),
        .binaryFile, .raggedRow(cells: 3, header: 2), .nestedTooDeeply(allowed: 32), .yaml("while scanning a simple key could not find expected ':'", inFrontMatter: true),
        .unterminatedFrontMatter, .frontMatterNotMapping, .siteNotMapping, .missingSiteFile, .noDocuments,
        .missingField("period", example: "2021-2025"), .invalidField("kind", value: "x", expected: Localized(zh: "甲", tw: "甲", en: "a")),
        .invalidID("P计划"), .duplicateID("p", first: here), .duplicateIndicatorID("p-1", first: here, positional: true), .ownParent("p"),
        .parentCycle(["a", "b", "a"]), .unknownFrontMatterKey("pernt", in: .frontMatter(kind: "plan"), suggestions: ["parent"], known: ["title"]),
        .keyOfAnotherKind("period", in: .frontMatter(kind: "page"), kind: "plan"), .repeatedKey("標題", first: "title", at: here),
        .reportOutsidePeriod(date: "2099-01-17", first: 2021, last: 2025), .duplicateUnitName("组织部", unit: "党委组织部", first: here),
        .yamlTooLarge(bytes: 300_000, allowed: 262_144), .yamlAliasesTooLarge(values: 100_001, allowed: 100_000),
        .controlCharacters(Localized(zh: "U+0001", tw: "U+0001", en: "U+0001"), count: 2), .reservedPageID("index"),
        .unknownPlan("nope", suggestions: []), .planRequired(candidates: ["p", "q"]), .tooLarge(.tableColumns(found: 70, allowed: 64)),
        .tooLarge(.tableCells(found: 100_001, allowed: 100_000)), .unknownTaskKey("牵头部门", suggestions: []), .invalidDate("明年", impossible: false),
        .invalidProgress("120%"), .invalidTaskStatus("差不多"), .invalidIndicatorStatus("还行"), .indicatorTableWithoutValues,
        .unknownIndicator("升学率", suggestions: []), .ambiguousIndicator("覆盖率", ids: ["p-1", "p-2"]), .unknownTask("s9", suggestions: []),
        .measurementOutsidePeriod(year: 2030, first: 2021, last: 2025), .measurementBeforeBaseline(year: 2019, baseline: 2020),
        .duplicateMeasurement(indicator: "毛入园率", year: 2023, earlier: here), .brokenLink("other.md"),
        .missingAnchor("s9", in: "plans/p.md", suggestions: []), .linkOutsideContent("../x.md"), .duplicateAnchor("s1", first: here),
        .reservedAnchor("tasks"), .unitsNotAList, .unitNotAMapping, .unitWithoutName, .alignsWithoutParent("上级指标"),
        .overdueTask("（一）人才培养", due: "2023-12-31"), .staleIndicator("生师比", latest: 2022), .unitUsedOnce("基础教育外", suggestions: []),
        .table(.indicatorsWithoutYear), .table(.tasksWithoutStatus), .table(.milestonesWithoutCompletion),
        .table(.rowsNameUnread(what: "tasks", example: "s1")), .table(.valuesWithoutIndicator), .table(.unknownYearColumn("2024年预计")),
        .table(.normalisedNumber("92。3", as: "92.3", fixes: [Localized(zh: "甲", tw: "甲", en: "a")])), .table(.notANumber("92,6")),
        .table(.valuesWithoutName), .milestone(.unknownDate("2023年秋季")), .milestone(.unknown("启动", suggestions: [])),
        .milestone(.ambiguous("启动", tasks: ["一", "二"])), .milestone(.invalidCompletion("差不多")),
        .milestone(.overdue("建成", task: "一", date: "2023年底")),
        .yamlSlip(.fullWidthColon(key: "period")), .yamlSlip(.missingSpace(key: "period")), .yamlSlip(.fullWidthSpace(count: 1, leading: true)),
        .yamlSlip(.fullWidthSpace(count: 1, leading: false)), .yamlSlip(.fullWidthDash("－")), .yamlSlip(.curlyQuotes("“规划”")),
    ]

    @Test(arguments: reasons)
    func eachProblemHasTextInEveryLanguage(reason: ContentError.Reason) {
        let explanation = reason.explanation
        for text in [explanation.message] + (explanation.hint.map { [$0] } ?? []) {
            #expect(!text.zh.isEmpty && !text.tw.isEmpty && !text.en.isEmpty, "\(explanation.code)")
            // Chinese texts are Chinese, English ones English (names of keys and 编号 may be either).
            #expect(text.zh.unicodeScalars.contains { $0.properties.isIdeographic }, "\(explanation.code): \(text.zh)")
            #expect(text.zh != text.en && text.tw != text.en, "\(explanation.code)")
        }
        #expect(explanation.code.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" } && !explanation.code.isEmpty)
    }

    @Test func codesNameOneKindOfProblemEach() {
        let codes = Self.reasons.map(\.explanation.code)
        let shared = Dictionary(grouping: codes, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        // Only the two samples of one case (a full-width space as indentation, or after a colon) share a code.
        #expect(shared == ["yaml-full-width-space"])
    }

    @Test func traditionalChineseUsesTaiwanTerms() {
        let texts = Self.reasons.flatMap { reason in [reason.explanation.message.tw] + [reason.explanation.hint?.tw].compactMap { $0 } }
        for mainland in ["文件夹", "文件里", "默认", "链接", "构建", "前置元数据", "前置後設資料", "釋出", "表格這一行"] {
            #expect(!texts.contains { $0.contains(mainland) }, "\(mainland) in zh-TW")
        }
        #expect(ContentError.Reason.raggedRow(cells: 3, header: 2).explanation.message.tw == "表格這一列有 3 格，表頭卻有 2 格")
        #expect(ContentError.Reason.unknownPlan("nope", suggestions: ["nop"]).explanation.hint?.tw == "是不是要寫「nop」？")
    }
}

extension ContentError.Reason: CustomTestStringConvertible {
    public var testDescription: String { explanation.code }
}
