import Foundation
import LantuDiagnostics
import Testing
@testable import LantuOffice

struct ContainerTests {
    @Test func aSpreadsheetCellIsPrintedAsExcelNamesIt() {
        #expect(SourceLocation(file: "教务处.xlsx", sheet: "指标", row: 7, column: 8).description == "教务处.xlsx:指标!H7")
        #expect(SourceLocation(file: "教务处.xlsx", sheet: "指标").description == "教务处.xlsx:指标")
        #expect(SourceLocation(file: "指标.csv", sheet: "", row: 3, column: 28).description == "指标.csv:AB3")
        #expect(SourceLocation(file: "a.md", line: 3, column: 2).description == "a.md:3:2")
        // Cells sort by row, then column, not by the text of their names (H10 after H9).
        #expect(SourceLocation(file: "a.xlsx", sheet: "指标", row: 9, column: 8) < SourceLocation(file: "a.xlsx", sheet: "指标", row: 10, column: 8))
    }

    @Test func aZipBombIsRefusedBeforeItIsInflated() {
        let bomb = ZipContainer.write([("xl/worksheets/sheet1.xml", [UInt8](repeating: 0x20, count: 3 << 20))])
        #expect(bomb.count < 100_000)
        let limits = ZipContainer.Limits(maxArchiveBytes: 1 << 20, maxPartBytes: 1 << 20, maxTotalBytes: 4 << 20, maxEntries: 10)
        #expect(throws: ZipContainer.Failure.partTooLarge("xl/worksheets/sheet1.xml", limit: 1 << 20)) {
            try ZipContainer(data: bomb, limits: limits)
        }
        let many = ZipContainer.write((1...5).map { ("p\($0).xml", [UInt8](repeating: 0x20, count: 1 << 19)) })
        let small = ZipContainer.Limits(maxArchiveBytes: 1 << 20, maxPartBytes: 1 << 20, maxTotalBytes: 1 << 20, maxEntries: 10)
        #expect(throws: ZipContainer.Failure.totalTooLarge(limit: 1 << 20)) { try ZipContainer(data: many, limits: small) }
    }

    @Test func aFileThatIsNoZipIsSaidToBeNoWorkbook() {
        #expect(throws: ZipContainer.Failure.notZip) { try ZipContainer(data: Data("编号,指标\n".utf8)) }
        let diagnostic = Example.diagnostics(Example.collect([("教务处.xlsx", Data("编号,指标\n".utf8))]))
        #expect(diagnostic == """
        教务处.xlsx: error: 不是 .xlsx 工作簿 [not-a-workbook]
            提示：用 Excel、WPS 或 LibreOffice 另存为“Excel 工作簿 (.xlsx)”，或另存为 CSV

        """)
    }

    @Test func storedNumbersReadAsTheyWereTyped() {
        #expect(DecimalText.normalise("92.799999999999997") == "92.8")
        #expect(DecimalText.normalise("92.80000000000001") == "92.8")
        #expect(DecimalText.normalise("0.92800000000000005", percent: true) == "92.8")
        #expect(DecimalText.normalise("0.928", percent: true) == "92.8")
        #expect(DecimalText.normalise("4.5E3") == "4500")
        #expect(DecimalText.normalise("1E-3") == "0.001")
        #expect(DecimalText.normalise("-0.5") == "-0.5")
        #expect(DecimalText.normalise("12") == "12")
        #expect(DecimalText.normalise("0") == "0")
        #expect(DecimalText.normalise("99.999999999999999") == "100")
        #expect(DecimalText.normalise("九十") == nil)
        #expect(DecimalText.date(serial: "45291", date1904: false) == "2023-12-31")
        #expect(DecimalText.date(serial: "45291.75", date1904: false) == "2023-12-31")
        #expect(DecimalText.date(serial: "1", date1904: false) == "1900-01-01")
        #expect(DecimalText.date(serial: "61", date1904: false) == "1900-03-01")
        #expect(DecimalText.date(serial: "43829", date1904: true) == "2023-12-31")
    }

    /// A workbook as another writer makes it: prefixed names, sparse rows, cells without `r`.
    @Test func cellsAreReadByTheirReferencesOrTheirPlace() throws {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rels = "http://schemas.openxmlformats.org/package/2006/relationships"
        let office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let parts: [(String, String)] = [
            ("_rels/.rels", "<Relationships xmlns=\"\(rels)\"><Relationship Id=\"r1\" Type=\"\(office)/officeDocument\" Target=\"/xl/workbook.xml\"/></Relationships>"),
            ("xl/workbook.xml", "<x:workbook xmlns:x=\"\(main)\" xmlns:r=\"\(office)\"><x:sheets><x:sheet name=\"指标\" sheetId=\"1\" r:id=\"s1\"/></x:sheets></x:workbook>"),
            ("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"\(rels)\"><Relationship Id=\"s1\" Type=\"\(office)/worksheet\" Target=\"sheets/one.xml\"/></Relationships>"),
            ("xl/sheets/one.xml", "<x:worksheet xmlns:x=\"\(main)\"><x:sheetData><x:row r=\"7\"><x:c t=\"inlineStr\"><x:is><x:t>编号</x:t></x:is></x:c>"
                + "<x:c r=\"D7\"><x:v>1.5</x:v></x:c><x:c><x:v>2</x:v></x:c></x:row><x:row><x:c t=\"b\"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>"),
        ]
        let data = ZipContainer.write(parts.map { ($0.0, Array($0.1.utf8)) })
        let grid = try #require(try WorkbookReader.read(data, file: "x.xlsx").first)
        #expect(grid.name == "指标")
        #expect(grid.text(row: 7, column: 1) == "编号")
        #expect(grid.text(row: 7, column: 4) == "1.5")
        #expect(grid.text(row: 7, column: 5) == "2")
        #expect(grid.cell(row: 8, column: 1) == GridCell("TRUE", .boolean))
        #expect(grid.rowNumbers == [7, 8])
    }

    @Test func customFormatsAreToldApart() {
        #expect(WorkbookReader.classify("0.0%") == .percent)
        #expect(WorkbookReader.classify("yyyy\"年\"m\"月\"d\"日\"") == .date)
        #expect(WorkbookReader.classify("[$-804]yyyy/mm/dd") == .date)
        #expect(WorkbookReader.classify("#,##0.00\"元\"") == .general)
        #expect(WorkbookReader.classify("[Red]0.00;\\-0.00") == .general)
        #expect(WorkbookReader.classify("General") == .general)
    }
}
