import ArgumentParser
import Foundation
import LantuDiagnostics
import LantuModel
import LantuOffice

/// `lantu collect`: returned forms → one report per plan, checked as `build` would read it.
struct Collect: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: text(Localized(zh: "把各单位交回的填报表（.xlsx 或 .csv）读成每个规划一份年度报告。", tw: "把各單位交回的填報表（.xlsx 或 .csv）讀成每個規劃一份年度報告。",
                                     en: "Read returned forms (.xlsx or .csv) into one report per plan.")),
            discussion: text(Localized(
                zh: "写入或更新 OUTPUT/<规划>-<年份>.md：各单位填的数值、任务进展和里程碑，每行注明来自哪个单位。lantu 只改动报告中两行 lantu collect 标记之间的部分，其余文字原样保留，所以收到更多文件后可以再次收集。会列出各单位的交回情况。所有问题一次报告完，有错误时不写任何文件。",
                tw: "寫入或更新 OUTPUT/<規劃>-<年份>.md：各單位填的數值、任務進展和里程碑，每列註明來自哪個單位。lantu 只改動報告中兩行 lantu collect 標記之間的部分，其餘文字原樣保留，所以收到更多檔案後可以再次收集。會列出各單位的交回情況。所有問題一次報告完，有錯誤時不寫任何檔案。",
                en: "Writes or updates OUTPUT/<plan>-<year>.md with the values, task updates and milestones the units gave, each row naming the units it came from. lantu owns the block between the report's two `lantu collect` marker lines; everything else in the file is kept, so collecting again with more returned files adds them. Prints who has returned what. Every problem is reported in one run and nothing is written when there is an error."))
        )
    }

    @Option(help: ArgumentHelp(text(Localized(zh: "内容文件夹。", tw: "內容資料夾。", en: "The content folder."))))
    var content = "content"

    @Argument(help: ArgumentHelp(text(Localized(zh: "交回的工作簿（.xlsx）或另存为 CSV 的表（UTF-8 或 GB18030）。", tw: "交回的活頁簿（.xlsx）或另存為 CSV 的表（UTF-8 或 GB18030）。",
                                                en: "Returned workbooks (.xlsx) or sheets saved as CSV (UTF-8 or GB18030)."))))
    var files: [String]

    @Option(help: ArgumentHelp(text(Localized(zh: "填报表所属的年份，如 2024。", tw: "填報表所屬的年份，如 2024。", en: "The year the forms are for, e.g. 2024."))))
    var year: Int

    @Option(help: ArgumentHelp(text(Localized(zh: "报告所在的文件夹（默认：内容文件夹的 reports/）。", tw: "報告所在的資料夾（預設：內容資料夾的 reports/）。",
                                              en: "Where the reports are (default: the content folder's reports/)."))))
    var output: String?

    @Option(help: ArgumentHelp(text(Localized(zh: "报告日期（YYYY-MM-DD），默认为今天；会替换以前收集的报告的日期。", tw: "報告日期（YYYY-MM-DD），預設為今天；會替換以前收集的報告的日期。",
                                              en: "The report's date (YYYY-MM-DD); default today. Replaces the date of a report collected before."))))
    var date: String?

    @OptionGroup var lang: LanguageOption

    func validate() throws {
        if let date, (try? PlanDate.parse(date))?.day == nil || date.count != 10 {
            throw ValidationError(text(Localized(zh: "--date 应是具体日期，如 2025-01-15，而不是“\(date)”", tw: "--date 應是具體日期，如 2025-01-15，而不是「\(date)」",
                                                 en: "--date must be a day such as 2025-01-15, not '\(date)'")))
        }
    }

    func run() throws {
        let loaded = ContentLoader.load(directory: content, language: lang.choice)
        let language = loaded.language
        let loadErrors = loaded.diagnostics.errors
        func nothingWritten(_ why: String) {
            printError(Localized(zh: "没有写入任何文件：\(why)", tw: "沒有寫入任何檔案：\(why)", en: "nothing written: \(why)").text(in: language))
        }
        guard let site = loaded.content, loadErrors.isEmpty else {
            FileHandle.standardError.write(Data(DiagnosticPrinter.text(loadErrors, in: language).utf8))
            nothingWritten("\(DiagnosticPrinter.summary(loadErrors, in: language)) (\(content)/)")
            throw ExitCode(1)
        }
        let plans = FormDue.plans(site, year: year)
        guard !plans.isEmpty else {
            throw ValidationError(Localized(zh: "没有哪个规划的规划期包含 \(year) 年", tw: "沒有哪個規劃的規劃期包含 \(year) 年",
                                            en: "no plan's period holds \(year)").text(in: language))
        }
        let folder = output ?? (content as NSString).appendingPathComponent("reports")
        var inputs: [Collection.Input] = []
        var unreadable: [OfficeError] = []
        for file in files {
            if let data = FileManager.default.contents(atPath: file) {
                inputs.append(.init(file: file, data: data))
            } else {
                unreadable.append(OfficeError(SourceLocation(file: file), .unreadable))
            }
        }
        var existing: [String: Collection.ExistingReport] = [:]
        for plan in plans {
            let path = (folder as NSString).appendingPathComponent("\(plan.id)-\(year).md")
            existing[plan.id] = .init(path: path, text: FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) })
        }
        let result = Collection.run(content: site, year: year, inputs: inputs, existing: existing,
                                    date: date ?? Self.today(), replaceDate: date != nil)
        let diagnostics = (unreadable + result.problems).map { $0.diagnostic(in: language) }
        if !diagnostics.isEmpty { FileHandle.standardError.write(Data(DiagnosticPrinter.text(diagnostics, in: language).utf8)) }
        print(result.returns.text, terminator: "")
        guard !diagnostics.hasErrors else {
            nothingWritten(DiagnosticPrinter.summary(diagnostics, in: language))
            throw ExitCode(1)
        }
        let check = verify(result.outputs, folder: folder, language: language)
        guard !check.hasErrors else {
            FileHandle.standardError.write(Data(DiagnosticPrinter.text(check, in: language).utf8))
            let count = DiagnosticPrinter.summary(check, in: language)
            nothingWritten(Localized(zh: "新报告无法通过构建检查（\(count)）", tw: "新報告無法通過建置檢查（\(count)）",
                                     en: "the new reports would not build (\(count))").text(in: language))
            throw ExitCode(1)
        }
        if result.outputs.isEmpty {
            print(Localized(zh: "没有要写的内容：这些文件没有填 \(year) 年的数值", tw: "沒有要寫的內容：這些檔案沒有填 \(year) 年的數值",
                            en: "nothing to write: the files give no values for \(year)").text(in: language))
        }
        try OfficeFiles.makeFolder(folder, in: language)
        for report in result.outputs {
            try OfficeFiles.write(Data(report.text.utf8), to: report.path, in: language)
            let counts = report.counts
            print(Localized(zh: "已写入 \(report.path)：指标 \(counts.values)，任务 \(counts.tasks)，里程碑 \(counts.milestones)",
                            tw: "已寫入 \(report.path)：指標 \(counts.values)，任務 \(counts.tasks)，里程碑 \(counts.milestones)",
                            en: "wrote \(report.path): \(counts.values) values, \(counts.tasks) tasks, \(counts.milestones) milestones").text(in: language))
        }
    }

    /// The content loaded with the new reports in place, so a report `build` would refuse is
    /// never written.
    func verify(_ outputs: [Collection.Output], folder: String, language: DiagnosticLanguage) -> [Diagnostic] {
        var (files, _) = ContentDirectory.read(content)
        let root = URL(fileURLWithPath: content).standardizedFileURL.path + "/"
        for report in outputs {
            let absolute = URL(fileURLWithPath: report.path).standardizedFileURL.path
            let relative = absolute.hasPrefix(root) ? String(absolute.dropFirst(root.count)) : "reports/" + (report.path as NSString).lastPathComponent
            files.removeAll { $0.path == relative }
            files.append(ContentFile(path: relative, data: Data(report.text.utf8)))
        }
        return ContentLoader.load(files: files, root: content, language: LanguageChoice(explicit: language)).diagnostics.errors
    }

    static func today() -> String {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: .current, from: Date())
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 1) }
        return "\(parts.year ?? 2025)-\(two(parts.month))-\(two(parts.day))"
    }
}
