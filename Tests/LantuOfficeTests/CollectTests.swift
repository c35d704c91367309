import Foundation
import LantuModel
import Testing
@testable import LantuOffice

/// Returned forms → reports: every bad cell a unit can send is one located diagnostic, and
/// nothing is written while there is one.
struct CollectTests {
    /// 教务处's form with tjutc-1 = 12, tjutc-6 as a percentage cell, and its task reported.
    func filled() -> EditedWorkbook {
        var sheets = Example.sheets("教务处")
        sheets.fill("指标", id: "tjutc-1", "2024年", "12")
        sheets.fill("任务", id: "s3-2", "状态", "进行中")
        sheets.fill("任务", id: "s3-2", "进度", "60")
        sheets.fill("任务", id: "s3-2", "进展情况", "完成<专业>评估 *3* 项 | 见附件")
        var book = EditedWorkbook(sheets.workbook)
        let percent = book.addNumberFormat(10)
        book.replaceCell(sheet: 2, "H5", with: "<c r=\"H5\" s=\"\(percent)\"><v>0.17499999999999999</v></c>")
        return book
    }

    @Test func valuesStatusesAndTheirUnitGoIntoTheReport() throws {
        let result = Example.collect([("教务处.xlsx", filled().data)])
        #expect(Example.diagnostics(result) == "")
        let report = try #require(result.outputs.first { $0.planID == "tjutc" })
        #expect(report.path == "content/reports/tjutc-2024.md")
        #expect(report.text.contains("| tjutc-1 | 国家级一流本科专业建设点 | 12 | 教务处 |  |"))
        // 0.175 stored in a percentage cell is the 17.5 the unit saw, without float noise.
        #expect(report.text.contains("| tjutc-6 | 生师比 | 17.5 | 教务处 |  |"))
        // The unit's text cannot make a link, HTML or a new column.
        #expect(report.text.contains("| s3-2 | （二）本科专业质量提升工程 | 进行中 | 60% | 教务处 | 完成\\<专业\\>评估 \\*3\\* 项 \\| 见附件 |"))
        #expect(report.text.hasPrefix("---\ntitle: '2024年度各单位填报数据：天津职业技术师范大学“十四五”事业发展规划'\ndate: 2025-01-15\nplan: tjutc\n---\n"))
        #expect(result.outputs.count == 1)
        let row = try #require(result.returns.rows.first { $0.unit == "教务处" })
        #expect(row.files == ["教务处.xlsx"] && row.indicators == (2, 2) && row.tasks == (1, 1))
        #expect(result.returns.rows.first { $0.unit == "人事处" }?.returned == false)
        // tj-edu's indicators name no unit in the example plan: the table says so rather than dropping them.
        #expect(result.returns.unowned == (21, 0))
        #expect(result.returns.text.hasSuffix("另有 21 项指标、0 项任务没有责任单位，只在 全部单位.xlsx 中填报\n"))
    }

    @Test func collectingAgainUpdatesTheBlockAndKeepsWhatAPersonWrote() throws {
        let first = try #require(Example.collect([("教务处.xlsx", filled().data)]).outputs.first)
        let edited = first.text.replacingOccurrences(of: "<!-- lantu collect 开始", with: "## 说明\n\n规划办补充的文字。\n\n<!-- lantu collect 开始")
            + "\n结尾的人工说明。\n"
        var sheets = Example.sheets("人事处")
        sheets.fill("指标", id: "tjutc-6", "2024年", "17.5")
        sheets.fill("指标", id: "tjutc-5", "2024年", "52")
        let second = Example.collect([("人事处.xlsx", sheets.workbook)], existing: ["tjutc": edited])
        #expect(Example.diagnostics(second) == "")
        let text = try #require(second.outputs.first?.text)
        #expect(text.contains("规划办补充的文字。") && text.hasSuffix("结尾的人工说明。\n"))
        #expect(text.contains("| tjutc-1 | 国家级一流本科专业建设点 | 12 | 教务处 |  |"))
        #expect(text.contains("| tjutc-6 | 生师比 | 17.5 | 人事处、教务处 |  |") || text.contains("| tjutc-6 | 生师比 | 17.5 | 教务处、人事处 |  |"))
        #expect(text.contains("| tjutc-5 |") && text.components(separatedBy: "| tjutc-1 |").count == 2)
        #expect(second.returns.rows.first { $0.unit == "教务处" }?.earlier == true)
        // The same files once more change nothing.
        let third = Example.collect([("人事处.xlsx", sheets.workbook)], existing: ["tjutc": text])
        #expect(third.outputs.first?.text == text)
    }

    @Test func textInANumberCell() {
        var book = filled()
        book.replaceCell(sheet: 2, "H4", with: "<c r=\"H4\" s=\"5\" t=\"inlineStr\"><is><t>九十</t></is></c>")
        let result = Example.collect([("教务处.xlsx", book.data)])
        #expect(Example.diagnostics(result) == """
        教务处.xlsx:指标!H4: error: 数值单元格中是文字“九十” [cell-not-a-number]
            提示：只填阿拉伯数字，如 92.8、4500、350万；说明请写在“备注”列

        """)
    }

    @Test func anIDThatDoesNotExist() {
        var book = filled()
        book.replaceCell(sheet: 2, "A4", with: "<c r=\"A4\" t=\"inlineStr\"><is><t>tjutc-99</t></is></c>")
        #expect(Example.diagnostics(Example.collect([("教务处.xlsx", book.data)])) == """
        教务处.xlsx:指标: warning: 表中少了 1 行：tjutc-1 [rows-missing]
            提示：这些事项记为未填；不要删除行，没有数据的留空即可
        教务处.xlsx:指标!A4: error: 编号“tjutc-99”在规划中不存在 [unknown-id]
            提示：是否想写“tjutc-1”或“tjutc-2”或“tjutc-3”？

        """)
    }

    @Test func movedRowsReadTheSameAndDeletedRowsAreMissing() throws {
        var sheets = Example.sheets("教务处")
        sheets.fill("指标", id: "tjutc-6", "2024年", "17.5")
        sheets[1].rows.swapAt(3, 4)
        let moved = Example.collect([("教务处.xlsx", sheets.workbook)])
        #expect(Example.diagnostics(moved) == "")
        #expect(moved.outputs.first?.text.contains("| tjutc-6 | 生师比 | 17.5 | 教务处 |  |") == true)
        sheets[1].rows.remove(at: 4)
        let deleted = Example.collect([("教务处.xlsx", sheets.workbook)])
        #expect(Example.diagnostics(deleted) == """
        教务处.xlsx:指标: warning: 表中少了 1 行：tjutc-1 [rows-missing]
            提示：这些事项记为未填；不要删除行，没有数据的留空即可

        """)
        let row = try #require(deleted.returns.rows.first { $0.unit == "教务处" })
        #expect(row.indicators == (1, 2) && row.missing == ["tjutc-1", "s3-2"])
        #expect(deleted.returns.text.contains("    未填：tjutc-1, s3-2\n"))
    }

    @Test func twoUnitsGivingDifferentValuesForOneIndicatorYear() {
        var other = Example.sheets("人事处")
        other.fill("指标", id: "tjutc-6", "2024年", "18")
        let result = Example.collect([("教务处.xlsx", filled().data), ("人事处.xlsx", other.workbook)])
        #expect(Example.diagnostics(result) == """
        教务处.xlsx:指标!H5: error: 指标 tjutc-6 的 2024 年数值，教务处填 17.5，人事处填 18（人事处.xlsx:指标!G5） [conflicting-values]
            提示：同一指标同一年只能有一个数；请两个单位核对后改正一份再收集

        """)
    }

    @Test func aStatusWordThatIsNotInTheList() {
        var sheets = Example.sheets("教务处")
        sheets.fill("任务", id: "s3-2", "状态", "快完成了")
        sheets.fill("任务", id: "s3-2", "进度", "120")
        #expect(Example.diagnostics(Example.collect([("教务处.xlsx", sheets.workbook)])) == """
        教务处.xlsx:任务!E4: error: 状态“快完成了”不是可选的状态 [unknown-status]
            提示：从下拉列表中选择：未开始、进行中、已完成、滞后、暂停
        教务处.xlsx:任务!F4: error: 进度“120”不是 0 到 100 之间的整数 [invalid-progress]
            提示：填完成的百分比，如 60

        """)
    }

    @Test func numbersRichTextAndDatesAreReadAsTheUnitSawThem() throws {
        var book = filled()
        // A number with float noise, a rich-text status in runs, a date typed into the progress note.
        book.replaceCell(sheet: 2, "H4", with: "<c r=\"H4\" s=\"5\"><v>12.000000000000002</v></c>")
        book.replaceCell(sheet: 3, "E4", with: "<c r=\"E4\" s=\"6\" t=\"inlineStr\"><is><r><t>进行</t></r><r><rPr><b/></rPr><t>中</t></r><rPh><t>ジン</t></rPh></is></c>")
        let date = book.addNumberFormat(14)
        book.replaceCell(sheet: 3, "G4", with: "<c r=\"G4\" s=\"\(date + 1)\"><v>45291</v></c>")
        let result = Example.collect([("教务处.xlsx", book.data)])
        #expect(Example.diagnostics(result) == "")
        let text = try #require(result.outputs.first?.text)
        #expect(text.contains("| tjutc-1 | 国家级一流本科专业建设点 | 12 | 教务处 |  |"))
        #expect(text.contains("| s3-2 | （二）本科专业质量提升工程 | 进行中 | 60% | 教务处 | 2023-12-31 |"))
    }

    @Test func aFormForAnotherYearOrAnUnknownUnit() {
        var sheets = Example.sheets("教务处")
        for index in 1...3 { sheets[index].rows[0][1] = WorkbookCell("教物处", .label) }
        #expect(Example.diagnostics(Example.collect([("教务处.xlsx", sheets.workbook)])) == """
        教务处.xlsx:指标!B1: error: 填报单位“教物处”不在内容中 [unknown-unit]
            提示：是否想写“教务处”或“人事处”或“科研处”？

        """)
        let other = UnitForm.sheets(FormDue.units(Example.content, year: 2023).first { $0.unitName == "教务处" }!, content: Example.content)
        #expect(Example.diagnostics(Example.collect([("教务处.xlsx", other.workbook)])) == """
        教务处.xlsx:指标!D1: error: 这是2023年的填报表，本次收集的是 2024 年 [wrong-year]
            提示：用相同的 --year 收集，或发送 2024 年的填报表

        """)
    }

    @Test func sheetsSavedAsCSVInUTF8OrGB18030() throws {
        let csv = "填报单位,教务处,填报年度,2024年\r\n说明\r\n编号,规划,指标,单位,基期值,目标值,2021年,2024年,备注\r\n"
            + "tjutc-6,天津职业技术师范大学“十四五”事业发展规划,生师比,,18.5,≤17,,17.8,\"按学年口径，含\"\"兼职\"\"\"\r\n"
        let bom = Data([0xEF, 0xBB, 0xBF]) + Data(csv.utf8)
        let gb = try #require(iconv(csv, to: "GB18030"))
        #expect(gb.count < Data(csv.utf8).count)
        for data in [bom, gb] {
            let result = Example.collect([("教务处-指标.csv", data)])
            #expect(Example.diagnostics(result) == """
            教务处-指标.csv: warning: 表中少了 1 行：tjutc-1 [rows-missing]
                提示：这些事项记为未填；不要删除行，没有数据的留空即可

            """)
            #expect(result.outputs.first?.text.contains("| tjutc-6 | 生师比 | 17.8 | 教务处 | 按学年口径，含\"兼职\" |") == true)
        }
        let bad = Data([0xFF, 0xFF, 0xFF, 0x81])
        #expect(Example.diagnostics(Example.collect([("x.csv", bad)])).hasPrefix("x.csv: error: CSV 文件既不是 UTF-8 也不是 GB18030 编码"))
    }

    @Test func aUnitResendingOneSheetAsCSVKeepsItsOtherAnswers() throws {
        let first = try #require(Example.collect([("教务处.xlsx", filled().data)]).outputs.first)
        let csv = "填报单位,教务处,填报年度,2024年\n\n编号,规划,指标,单位,基期值,目标值,2021年,2024年,备注\n"
            + "tjutc-1,天津职业技术师范大学“十四五”事业发展规划,国家级一流本科专业建设点,个,8,16,10,13,更正\n"
            + "tjutc-6,天津职业技术师范大学“十四五”事业发展规划,生师比,,18.5,≤17,,,\n"
        let second = Example.collect([("教务处-指标.csv", Data(csv.utf8))], existing: ["tjutc": first.text])
        #expect(Example.diagnostics(second) == "")
        let text = try #require(second.outputs.first?.text)
        #expect(text.contains("| tjutc-1 | 国家级一流本科专业建设点 | 13 | 教务处 | 更正 |"))
        #expect(!text.contains("| tjutc-6 |"))
        #expect(text.contains("| s3-2 | （二）本科专业质量提升工程 | 进行中 | 60% | 教务处 |"))
    }

    @Test func aHeaderChangedByTheUnit() {
        var sheets = Example.sheets("教务处")
        sheets[1].rows[2][7] = WorkbookCell("2024年数值", .header)
        #expect(Example.diagnostics(Example.collect([("教务处.xlsx", sheets.workbook)])) == """
        教务处.xlsx:指标!A3: error: 缺少“2024年”列 [missing-column]
            提示：不要删除或改写表头

        """)
    }

    @Test func aRowTwiceAFormulaErrorAMilestoneWordAndTwoLeadsDisagreeing() {
        var book = filled()
        book.replaceCell(sheet: 2, "A5", with: "<c r=\"A5\" t=\"inlineStr\"><is><t>tjutc-1</t></is></c>")
        book.replaceCell(sheet: 2, "H4", with: "<c r=\"H4\" s=\"5\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>")
        var milestones = Example.sheets("信息化建设管理处")
        milestones.fill("里程碑", id: "s3-6#2", "完成情况", "差不多")
        var office = UnitForm.sheets(FormDue.office(Example.content, year: 2024), content: Example.content)
        office.fill("任务", id: "s3-2", "状态", "滞后")
        let result = Example.collect([("教务处.xlsx", book.data), ("信息化建设管理处.xlsx", milestones.workbook),
                                      ("全部单位.xlsx", office.workbook), ("教务处-2.xlsx", Example.sheets("教务处").workbook)])
        #expect(Example.diagnostics(result) == """
        信息化建设管理处.xlsx:里程碑!F4: error: 完成情况“差不多”不是可选的写法 [unknown-completion]
            提示：从下拉列表中选择：已完成、未完成
        教务处-2.xlsx: error: 教务处的填报表已在 教务处.xlsx 中给出 [unit-returned-twice]
            提示：每个单位每张表只收一份；去掉旧的那份
        教务处.xlsx:任务!E4: error: 任务 s3-2：教务处填“进行中 60%”，教务处填“滞后”（全部单位.xlsx:任务!F50） [conflicting-task-update]
            提示：牵头单位之间先统一口径，改正一份再收集
        教务处.xlsx:指标: warning: 表中少了 1 行：tjutc-6 [rows-missing]
            提示：这些事项记为未填；不要删除行，没有数据的留空即可
        教务处.xlsx:指标!H4: error: 单元格的公式结果是错误值 #DIV/0! [cell-error]
            提示：直接填写数值，不要用公式
        教务处.xlsx:指标!A5: error: 编号“tjutc-1”出现了两次（第一次在第 4 行） [duplicate-row]
            提示：每个编号只填一行，删去重复的行

        """)
    }

    @Test func aBrokenBlockStopsTheRun() {
        let existing = "---\ntitle: x\ndate: 2025-01-15\nplan: tjutc\n---\n\n<!-- lantu collect 开始 -->\n| 指标 |\n"
        let result = Example.collect([("教务处.xlsx", filled().data)], existing: ["tjutc": existing])
        #expect(Example.diagnostics(result) == """
        content/reports/tjutc-2024.md:7:1: error: 报告中 lantu collect 的开始和结束标记不成对 [broken-report-block]
            提示：恢复被删掉的标记行，或删去两行标记之间的整段后重新收集

        """)
    }
}

/// Text in another encoding, through the C library's iconv as the reader uses it.
func iconv(_ text: String, to encoding: String) -> Data? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
    process.arguments = ["-f", "UTF-8", "-t", encoding]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    guard (try? process.run()) != nil else { return nil }
    input.fileHandleForWriting.write(Data(text.utf8))
    try? input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return process.terminationStatus == 0 ? data : nil
}
