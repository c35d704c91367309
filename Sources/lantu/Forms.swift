import ArgumentParser
import Foundation
import LantuDiagnostics
import LantuModel
import LantuOffice

/// `lantu forms`: one workbook per responsible unit to fill in for a year, and one with every
/// unit's rows for the office.
struct Forms: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: text(Localized(zh: "为每个责任单位生成一年数据的 .xlsx 填报表。", tw: "為每個責任單位產生一年數據的 .xlsx 填報表。",
                                     en: "Write one .xlsx form per responsible unit for a year's figures.")),
            discussion: text(Localized(
                zh: "每个单位一个工作簿（以单位命名，如 教务处.xlsx），列出它负责的指标、牵头的任务和未完成的里程碑，只有填写格可以编辑；全部单位.xlsx 汇总所有行，供规划办公室使用。发出后，用 lantu collect 读回各单位填好的文件。内容相同，生成的文件逐字节相同。",
                tw: "每個單位一個活頁簿（以單位命名，如 教務處.xlsx），列出它負責的指標、牽頭的任務和未完成的里程碑，只有填寫格可以編輯；全部單位.xlsx 彙總所有列，供規劃辦公室使用。發出後，用 lantu collect 讀回各單位填好的檔案。內容相同，產生的檔案逐位元組相同。",
                en: "Each unit's workbook (named after the unit, e.g. 教务处.xlsx) lists the indicators it answers for, the tasks it leads and their open milestones, with only the input cells unlocked; 全部单位.xlsx holds every row for the office. Send them out, then read the returned files with `lantu collect`. The same content gives the same bytes."))
        )
    }

    @Option(help: ArgumentHelp(text(Localized(zh: "内容文件夹。", tw: "內容資料夾。", en: "The content folder."))))
    var content = "content"

    @Option(help: ArgumentHelp(text(Localized(zh: "各单位填报的年份，如 2024。", tw: "各單位填報的年份，如 2024。", en: "The year the units report on, e.g. 2024."))))
    var year: Int

    @Option(help: ArgumentHelp(text(Localized(zh: "工作簿写到哪个文件夹。", tw: "活頁簿寫到哪個資料夾。", en: "Where to write the workbooks."))))
    var output = "forms"

    @OptionGroup var lang: LanguageOption

    func run() throws {
        let loaded = ContentLoader.load(directory: content, language: lang.choice)
        let language = loaded.language
        let errors = loaded.diagnostics.errors
        guard let site = loaded.content, errors.isEmpty else {
            FileHandle.standardError.write(Data(DiagnosticPrinter.text(errors, in: language).utf8))
            let count = DiagnosticPrinter.summary(errors, in: language)
            printError(Localized(zh: "没有生成填报表：\(count)", tw: "沒有產生填報表：\(count)", en: "forms not written: \(count)").text(in: language))
            throw ExitCode(1)
        }
        let plans = FormDue.plans(site, year: year)
        guard !plans.isEmpty else {
            let periods = site.plans.map { "\($0.id) \($0.firstYear)–\($0.lastYear)" }.joined(separator: ", ")
            throw ValidationError(Localized(zh: "没有哪个规划的规划期包含 \(year) 年（\(periods)）", tw: "沒有哪個規劃的規劃期包含 \(year) 年（\(periods)）",
                                            en: "no plan's period holds \(year) (\(periods))").text(in: language))
        }
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
            FileHandle.standardError.write(Data(DiagnosticPrinter.text(problems.map { $0.diagnostic(in: language) }, in: language).utf8))
            throw ExitCode(1)
        }
        try OfficeFiles.makeFolder(output, in: language)
        for due in dues {
            let path = (output as NSString).appendingPathComponent(UnitForm.fileName(due))
            try OfficeFiles.write(UnitForm.workbook(due, content: site), to: path, in: language)
            print("\(path)\t指标 \(due.indicators.count)\t任务 \(due.tasks.count)\t里程碑 \(due.milestones.count)")
        }
        print(Localized(zh: "已把 \(year) 年的 \(dues.count) 个工作簿写到 \(output)/（\(dues.count - 1) 个单位和 \(FormWords.allUnits)）",
                        tw: "已把 \(year) 年的 \(dues.count) 個活頁簿寫到 \(output)/（\(dues.count - 1) 個單位和 \(FormWords.allUnits)）",
                        en: "wrote \(dues.count) workbooks for \(year) into \(output)/ (\(dues.count - 1) units and \(FormWords.allUnits))").text(in: language))
    }
}
