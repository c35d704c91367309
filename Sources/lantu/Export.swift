import ArgumentParser
import Foundation
import LantuDiagnostics
import LantuModel
import LantuOffice

/// `lantu export`: the content as documents to send on (SPEC §5).
struct Export: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: text(Localized(zh: "把内容导出为可以报送的文件。", tw: "把內容匯出為可以報送的檔案。", en: "Export the content as documents to send on.")),
            subcommands: [Docx.self]
        )
    }
}

/// `lantu export docx --report ID | --plan ID | --unit NAME`: a report, the whole plan or a
/// unit's ledger as a Word document in the official layout.
struct Docx: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: text(Localized(zh: "把报告、规划全文或单位台账导出为公文格式的 Word 文档（.docx）。", tw: "把報告、規劃全文或單位台帳匯出為公文格式的 Word 文件（.docx）。",
                                     en: "Export a report, a whole plan or a unit's ledger as a Word document (.docx) in the official-document layout.")),
            discussion: text(Localized(
                zh: "按 GB/T 9704 排版：A4 纸，仿宋_GB2312 三号正文，黑体、楷体标题（带大纲级别，Word 的导航窗格和目录可用），页脚 “— 1 —” 式页码。报告正文照原样排出，指标表列出基期值、最新值、目标值、变化和状态（用文字，不只靠颜色），任务表列出状态和进度，中期评估（报告的 type: 中期评估）另列全部指标的基期值、最新值、序时应达值、目标值和状态，以及全部任务的牵头单位、完成时限、状态和完成进度；文末列出与上一份报告相比状态变化的指标。规划全文包括专栏和各指标的当前状态；单位台账列出它牵头、配合的任务和负责的指标，超期任务、需要关注的指标排在前面。内容相同，生成的文件逐字节相同。",
                tw: "依 GB/T 9704 排版：A4 紙，仿宋_GB2312 三號正文，黑體、楷體標題（帶大綱階層，Word 的導覽窗格和目錄可用），頁尾「— 1 —」式頁碼。報告正文照原樣排出，指標表列出基期值、最新值、目標值、變化和狀態（用文字，不只靠顏色），任務表列出狀態和進度，中期評估（報告的 type: 中期評估）另列全部指標的基期值、最新值、序時應達值、目標值和狀態，以及全部任務的牽頭單位、完成時限、狀態和完成進度；文末列出與上一份報告相比狀態變化的指標。規劃全文包括專欄和各指標的目前狀態；單位台帳列出它牽頭、配合的任務和負責的指標，逾期任務、需要關注的指標排在前面。內容相同，產生的檔案逐位元組相同。",
                en: "Laid out as GB/T 9704 asks: A4, body in 仿宋_GB2312 16 pt, headings in 黑体 and 楷体 with outline levels (Word's navigation pane and table of contents work), `— 1 —` page numbers. The report's text comes as written; its indicator table gives baseline, latest value, target, change and status in words (not colour alone), its task table status and progress, a mid-term review (a report with type: 中期评估) adds every indicator with baseline, latest value, the value expected by then (序时), target and status, and every task with lead units, due date, status and completion; the end lists the indicators whose status changed since the previous report. A plan comes whole, with its 专栏 boxes and each indicator's current status; a unit's ledger lists the tasks it leads and supports and the indicators it answers for, overdue tasks and flagged indicators first. The same content gives the same bytes."))
        )
    }

    @Option(help: ArgumentHelp(text(Localized(zh: "内容文件夹。", tw: "內容資料夾。", en: "The content folder."))))
    var content = "content"

    @Option(help: ArgumentHelp(text(Localized(zh: "要导出的报告的编号（reports/ 下的文件名，不带 .md），如 2023。", tw: "要匯出的報告的編號（reports/ 下的檔名，不帶 .md），如 2023。",
                                              en: "The id of a report to export (its file name under reports/ without .md), e.g. 2023."))))
    var report: String?

    @Option(help: ArgumentHelp(text(Localized(zh: "要导出的规划的编号（plans/ 下的文件名，不带 .md），如 tjutc。", tw: "要匯出的規劃的編號（plans/ 下的檔名，不帶 .md），如 tjutc。",
                                              en: "The id of a plan to export whole (its file name under plans/ without .md), e.g. tjutc."))))
    var plan: String?

    @Option(help: ArgumentHelp(text(Localized(zh: "要导出台账的单位：名称（如 教务处）或编号（如 jiao-wu-chu）。", tw: "要匯出台帳的單位：名稱（如 教務處）或編號（如 jiao-wu-chu）。",
                                              en: "The unit whose ledger to export: its name (e.g. 教务处) or id (e.g. jiao-wu-chu)."))))
    var unit: String?

    @Option(help: ArgumentHelp(text(Localized(zh: "写到哪个文件（默认：报告或规划的编号、单位名称 .docx）。", tw: "寫到哪個檔案（預設：報告或規劃的編號、單位名稱 .docx）。",
                                              en: "The file to write (default: the report's or plan's id, or the unit's name, .docx)."))))
    var output: String?

    @OptionGroup var lang: LanguageOption

    func validate() throws {
        guard [report, plan, unit].compactMap({ $0 }).count == 1 else {
            throw ValidationError(Localized(zh: "请用 --report、--plan 或 --unit 指定要导出哪一份（只选一个）", tw: "請用 --report、--plan 或 --unit 指定要匯出哪一份（只選一個）",
                                            en: "say what to export with --report, --plan or --unit (one of them)").text(in: lang.resolved(content: content)))
        }
    }

    func run() throws {
        let loaded = ContentLoader.load(directory: content, language: lang.choice)
        let language = loaded.language
        let errors = loaded.diagnostics.errors
        guard let site = loaded.content, errors.isEmpty else {
            FileHandle.standardError.write(Data(DiagnosticPrinter.text(errors, in: language).utf8))
            let count = DiagnosticPrinter.summary(errors, in: language)
            printError(Localized(zh: "没有导出文档：\(count)", tw: "沒有匯出文件：\(count)", en: "document not exported: \(count)").text(in: language))
            throw ExitCode(1)
        }
        let (id, document, done): (String, WordDocument, Localized)
        if let report {
            guard let found = site.reports.first(where: { $0.id == report }) else {
                let known = site.reports.map(\.id).joined(separator: ", ")
                throw ValidationError(Localized(zh: "没有编号为“\(report)”的报告（有：\(known)）", tw: "沒有編號為「\(report)」的報告（有：\(known)）",
                                                en: "no report has the id \"\(report)\" (there are: \(known))").text(in: language))
            }
            (id, document) = (found.id, ReportDocument.document(found, content: site))
            done = Localized(zh: "已把报告《\(found.title)》导出为 ", tw: "已把報告《\(found.title)》匯出為 ", en: "exported the report \(found.title) as ")
        } else if let unit {
            guard let found = site.units.first(where: { $0.id == unit || $0.name == unit || $0.short == unit }) else {
                let known = site.units.map(\.name).joined(separator: language == .english ? ", " : "、")
                throw ValidationError(Localized(zh: "没有叫“\(unit)”的单位（有：\(known)）", tw: "沒有叫「\(unit)」的單位（有：\(known)）",
                                                en: "no unit is called \"\(unit)\" (there are: \(known))").text(in: language))
            }
            (id, document) = (found.name, UnitDocument.document(found, content: site))
            done = Localized(zh: "已把\(found.name)的台账导出为 ", tw: "已把\(found.name)的台帳匯出為 ", en: "exported the ledger of \(found.name) as ")
        } else {
            let plan = plan ?? ""
            guard let found = site.plans.first(where: { $0.id == plan }) else {
                let known = site.plans.map(\.id).joined(separator: ", ")
                throw ValidationError(Localized(zh: "没有编号为“\(plan)”的规划（有：\(known)）", tw: "沒有編號為「\(plan)」的規劃（有：\(known)）",
                                                en: "no plan has the id \"\(plan)\" (there are: \(known))").text(in: language))
            }
            (id, document) = (found.id, PlanDocument.document(found, content: site))
            done = Localized(zh: "已把规划《\(found.title)》导出为 ", tw: "已把規劃《\(found.title)》匯出為 ", en: "exported the plan \(found.title) as ")
        }
        let path = output ?? "\(id).docx"
        try OfficeFiles.write(DocumentWriter.write(document), to: path, in: language)
        print(done.text(in: language) + path)
    }
}
