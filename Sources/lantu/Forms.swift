import ArgumentParser
import Foundation
import LantuDiagnostics
import LantuModel
import LantuOffice

/// `lantu forms`: one workbook per responsible unit to fill in for a year, and one with every
/// unit's rows for the office.
struct Forms: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write one .xlsx form per responsible unit for a year's figures.",
        discussion: """
        Each unit's workbook (named after the unit, e.g. 教务处.xlsx) lists the indicators it \
        answers for, the tasks it leads and their open milestones, with only the input cells \
        unlocked; 全部单位.xlsx holds every row for the office. Send them out, then read the \
        returned files with `lantu collect`. The same content gives the same bytes.
        """
    )

    @Option(help: "The content folder.")
    var content = "content"

    @Option(help: "The year the units report on, e.g. 2024.")
    var year: Int

    @Option(help: "Where to write the workbooks.")
    var output = "forms"

    func run() throws {
        let loaded = ContentLoader.load(directory: content)
        let errors = loaded.diagnostics.errors
        guard let site = loaded.content, errors.isEmpty else {
            FileHandle.standardError.write(Data(DiagnosticPrinter.text(errors).utf8))
            FileHandle.standardError.write(Data("forms not written: \(DiagnosticPrinter.summary(errors))\n".utf8))
            throw ExitCode(1)
        }
        let plans = FormDue.plans(site, year: year)
        guard !plans.isEmpty else {
            let periods = site.plans.map { "\($0.id) \($0.firstYear)–\($0.lastYear)" }.joined(separator: ", ")
            throw ValidationError("no plan's period holds \(year) (\(periods))")
        }
        let language = DiagnosticLanguage(rawValue: site.site.language.rawValue) ?? .simplifiedChinese
        let dues = FormDue.units(site, year: year) + [FormDue.office(site, year: year)]
        var problems: [OfficeError] = []
        var names: [String: String] = [:]
        for due in dues {
            let name = UnitForm.fileName(due)
            let at = SourceLocation(file: due.unit == nil ? content : "\(content)/units.yml")
            if !UnitForm.isSafeFileName(due.unitName) {
                problems.append(OfficeError(at, .unsafeFileName(due.unitName)))
            } else if let other = names[name] {
                problems.append(OfficeError(at, .fileNameTaken(name, by: other)))
            }
            names[name] = due.unitName
        }
        guard problems.isEmpty else {
            FileHandle.standardError.write(Data(DiagnosticPrinter.text(problems.map { $0.diagnostic(language) }).utf8))
            throw ExitCode(1)
        }
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        for due in dues {
            let path = (output as NSString).appendingPathComponent(UnitForm.fileName(due))
            try UnitForm.workbook(due, content: site).write(to: URL(fileURLWithPath: path), options: .atomic)
            print("\(path)\t指标 \(due.indicators.count)\t任务 \(due.tasks.count)\t里程碑 \(due.milestones.count)")
        }
        print("wrote \(dues.count) workbooks for \(year) into \(output)/ (\(dues.count - 1) units and \(FormWords.allUnits))")
    }
}
