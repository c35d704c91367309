import Foundation
import LantuModel
import Testing
@testable import LantuOffice

/// The forms written for the example content, read the way a unit's spreadsheet program would.
struct FormsTests {
    @Test func eachUnitGetsItsOwnRowsUnderTheHeaders() throws {
        let sheets = Example.sheets("教务处")
        #expect(sheets.map(\.name) == ["说明", "指标", "任务", "里程碑"])
        let indicators = sheets[1]
        #expect(indicators.rows[0].map(\.text) == ["填报单位", "教务处", "填报年度", "2024年"])
        #expect(indicators.rows[2].map(\.text) == ["编号", "规划", "指标", "单位", "基期值", "目标值", "2021年", "2024年", "备注"])
        #expect(indicators.rows.dropFirst(3).map { $0[0].text } == ["tjutc-1", "tjutc-6"])
        #expect(indicators.rows[3].map(\.text) == ["tjutc-1", "天津职业技术师范大学“十四五”事业发展规划", "国家级一流本科专业建设点", "个", "8", "16", "10", nil, nil])
        let tasks = sheets[2]
        #expect(tasks.rows[2].map(\.text) == ["任务", "规划", "任务名称", "完成时限", "状态", "进度", "进展情况"])
        #expect(tasks.rows.dropFirst(3).map { $0[0].text } == ["s3-2"])
        // The office's workbook holds every row of the plans running in 2024, with their units.
        let office = UnitForm.sheets(FormDue.office(Example.content, year: 2024), content: Example.content)
        let all = Example.content.plans.flatMap(\.indicators).count
        #expect(office[1].rows.count - UnitForm.headerRow == all)
        #expect(office[1].rows[2][3].text == "责任单位")
        #expect(office[1].rows.first { $0[0].text == "tjutc-6" }?[3].text == "人事处、教务处")
        // Units owing nothing get no workbook; every one that owes gets one.
        let owing = FormDue.units(Example.content, year: 2024).map(\.unitName)
        #expect(owing.contains("市教委基础教育处") && owing.contains("研究生院"))
        #expect(owing.count == Set(owing).count)
    }

    @Test func onlyTheInputCellsAreUnlockedAndTheSheetsAreProtected() throws {
        let book = EditedWorkbook(Example.sheets("市教委基础教育处").workbook)
        let styles = book.text("xl/styles.xml")
        let formats = styles.components(separatedBy: "<cellXfs")[1].components(separatedBy: "<xf ").dropFirst()
        let unlocked = formats.enumerated().filter { $0.element.contains("locked=\"0\"") }.map(\.offset)
        #expect(unlocked == [WorkbookStyle.input.rawValue, WorkbookStyle.inputText.rawValue])
        for index in 1...4 {
            let sheet = book.text("xl/worksheets/sheet\(index).xml")
            #expect(sheet.contains("<sheetProtection sheet=\"1\""))
            #expect(!sheet.contains("password"))
        }
        let tasks = book.text("xl/worksheets/sheet3.xml")
        #expect(tasks.contains("<pane ySplit=\"3\" topLeftCell=\"A4\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(tasks.contains("<dataValidation type=\"list\" allowBlank=\"1\""))
        #expect(tasks.contains("<formula1>\"未开始,进行中,已完成,滞后,暂停\"</formula1>"))
        #expect(tasks.contains("sqref=\"E4:E10\""))
        #expect(tasks.contains("<dataValidation type=\"whole\"") && tasks.contains("<formula1>0</formula1><formula2>100</formula2>"))
        let milestones = book.text("xl/worksheets/sheet4.xml")
        #expect(milestones.contains("<formula1>\"已完成,未完成\"</formula1>"))
        // Ids are strings, so `s3-4-1` cannot turn into a date when the file is saved again.
        #expect(book.text("xl/sharedStrings.xml").contains("<si><t>s3-4-1</t></si>"))
        #expect(tasks.contains("<cols><col min=\"1\" max=\"1\""))
    }

    @Test func theSameContentGivesTheSameBytes() {
        let due = Example.due("市教委基础教育处")
        let first = UnitForm.workbook(due, content: Example.content)
        let second = UnitForm.workbook(due, content: Example.content)
        #expect(first == second)
        let office = FormDue.office(Example.content, year: 2024)
        #expect(UnitForm.workbook(office, content: Example.content) == UnitForm.workbook(office, content: Example.content))
    }

    @Test func theWorkbookReadsBackAsWritten() throws {
        let grids = try WorkbookReader.read(Example.sheets("教务处").workbook, file: "教务处.xlsx")
        #expect(grids.map(\.name) == ["说明", "指标", "任务", "里程碑"])
        #expect(grids[1].text(row: 4, column: 1) == "tjutc-1")
        #expect(grids[1].text(row: 4, column: 7) == "10")
        #expect(grids[1].text(row: 4, column: 8) == nil)
    }

    @Test(arguments: [("教务处", true), ("../教务处", false), ("a/b", false), (".hidden", false), ("a\\b", false), ("", false)])
    func unitNamesThatCouldLeaveTheFolderAreRefused(_ name: String, _ safe: Bool) {
        #expect(UnitForm.isSafeFileName(name) == safe)
    }
}
