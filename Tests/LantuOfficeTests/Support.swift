import Foundation
import LantuDiagnostics
import LantuModel
@testable import LantuOffice

enum Paths {
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let repository = tests.appendingPathComponent("../..").standardized
    static let exampleContent = repository.appendingPathComponent("content").path
    static let templates = repository.appendingPathComponent("templates").path
}

/// The example site's content, loaded once.
enum Example {
    static let content: Content = ContentLoader.load(directory: Paths.exampleContent).content!
    static let year = 2024

    static func due(_ unit: String) -> FormDue {
        FormDue.units(content, year: year).first { $0.unitName == unit }!
    }

    static func sheets(_ unit: String) -> [WorkbookSheet] {
        UnitForm.sheets(due(unit), content: content)
    }

    /// Collects files given as (name, bytes) into empty reports, as a first run does.
    static func collect(_ files: [(String, Data)], existing: [String: String] = [:]) -> Collection {
        var reports: [String: Collection.ExistingReport] = [:]
        for plan in FormDue.plans(content, year: year) {
            let path = "content/reports/\(plan.id)-\(year).md"
            reports[plan.id] = .init(path: path, text: existing[plan.id])
        }
        return Collection.run(content: content, year: year, inputs: files.map { .init(file: $0.0, data: $0.1) },
                              existing: reports, date: "2025-01-15", replaceDate: false)
    }

    static func diagnostics(_ collection: Collection) -> String {
        DiagnosticPrinter.text(collection.problems.map { $0.diagnostic(in: .simplifiedChinese) }, in: .simplifiedChinese)
    }
}

extension Array where Element == WorkbookSheet {
    /// Types `text` into the column headed `header` of the row whose first cell is `id`.
    mutating func fill(_ sheet: String, id: String, _ header: String, _ text: String) {
        let s = firstIndex { $0.name == sheet }!
        let headerRow = self[s].rows[UnitForm.headerRow - 1]
        let column = headerRow.firstIndex { $0.text == header }!
        let row = self[s].rows.firstIndex { $0.first?.text == id }!
        self[s].rows[row][column] = WorkbookCell(text, .input)
    }

    var workbook: Data { WorkbookWriter.write(self, properties: .init(title: "t", date: "2024-12-31T00:00:00Z")) }
}

/// A workbook's parts edited as text, for cells lantu's writer never makes (numbers with a
/// percentage format, inline strings, rich text), as Excel and WPS write them.
struct EditedWorkbook {
    var parts: [String: [UInt8]]

    init(_ data: Data) {
        parts = try! ZipContainer(data: data).parts
    }

    func text(_ path: String) -> String { String(decoding: parts[path]!, as: UTF8.self) }

    /// Replaces the cell `reference` of the sheet at `index` (1 = 说明) with `xml`, a whole `<c>` element.
    mutating func replaceCell(sheet index: Int, _ reference: String, with xml: String) {
        let path = "xl/worksheets/sheet\(index).xml"
        var sheet = text(path)
        let pattern = try! NSRegularExpression(pattern: "<c r=\"\(reference)\"[^>]*?(/>|>.*?</c>)")
        let match = pattern.firstMatch(in: sheet, range: NSRange(sheet.startIndex..., in: sheet))!
        sheet.replaceSubrange(Range(match.range, in: sheet)!, with: xml)
        parts[path] = Array(sheet.utf8)
    }

    /// Adds a cell format with the built-in number format `id` (10 is `0.00%`); returns its index.
    mutating func addNumberFormat(_ id: Int) -> Int {
        var styles = text("xl/styles.xml")
        styles = styles.replacingOccurrences(of: "</cellXfs>", with: "<xf numFmtId=\"\(id)\" fontId=\"0\" fillId=\"3\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>")
        parts["xl/styles.xml"] = Array(styles.utf8)
        return WorkbookStyle.allCases.count
    }

    var data: Data { ZipContainer.write(parts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }) }
}
