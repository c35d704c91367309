import ArgumentParser
import Foundation
import LantuDiagnostics
import LantuOffice
import LantuSite

/// `lantu import FILE.docx`: a plan drafted in Word as a lantu plan in Markdown (SPEC §5).
struct Import: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "import",
            abstract: text(Localized(zh: "把 Word 文档（.docx）中的规划导入为 lantu 的 Markdown 规划。", tw: "把 Word 文件（.docx）中的規劃匯入為 lantu 的 Markdown 規劃。",
                                     en: "Import a plan from a Word document (.docx) as a lantu plan in Markdown.")),
            discussion: text(Localized(
                zh: "标题和其下居中的发文单位、日期写入 front matter，规划期取自标题中的“十四五”或年份；大纲级别和标题样式（没有时按“一、”“（一）”“1.”“（1）”编号）成为章节标题，Word 自动编号照原样写出；表格写成 Markdown 表格（合并单元格照读者看到的样子），主要指标表可被识别；文本框、加边框或底纹的段落、单格表格中的“专栏”成为专栏；脚注、粗体和斜体保留，修订中删除的文字去掉、插入的保留。图片、图表、公式等无法导入的内容逐条给出带段落号的警告。旧版 .doc 和 WPS 文件请先用 soffice --headless --convert-to docx 转换。",
                tw: "標題和其下置中的發文單位、日期寫入 front matter，規劃期取自標題中的「十四五」或年份；大綱階層和標題樣式（沒有時按「一、」「（一）」「1.」「（1）」編號）成為章節標題，Word 自動編號照原樣寫出；表格寫成 Markdown 表格（合併儲存格照讀者看到的樣子），主要指標表可被識別；文字方塊、加框線或網底的段落、單格表格中的「專欄」成為專欄；註腳、粗體和斜體保留，修訂中刪除的文字去掉、插入的保留。圖片、圖表、公式等無法匯入的內容逐條給出帶段落號的警告。舊版 .doc 和 WPS 檔案請先用 soffice --headless --convert-to docx 轉換。",
                en: "The title and the issuer and date centred under it go into the front matter, the period comes from 十四五 or the years in the title; outline levels and heading styles (or, without them, the numbering 一、 （一） 1. （1）) become headings, with Word's automatic numbering written out; tables become Markdown tables (merged cells as a reader sees them) and the main-indicator table is recognised; 专栏 in text boxes, framed or shaded paragraphs and one-cell tables become feature boxes; footnotes, bold and italic are kept, tracked deletions dropped and insertions kept. Pictures, charts, equations and anything else that cannot be imported get a warning with the paragraph's number. Convert old .doc and WPS files first with soffice --headless --convert-to docx."))
        )
    }

    @Argument(help: ArgumentHelp(text(Localized(zh: "要导入的 Word 文档（.docx）。", tw: "要匯入的 Word 文件（.docx）。", en: "The Word document (.docx) to import."))))
    var file: String

    @Option(help: ArgumentHelp(text(Localized(zh: "写到哪个文件（默认：content/plans/<标题的拼音>.md）。", tw: "寫到哪個檔案（預設：content/plans/<標題的拼音>.md）。",
                                              en: "The plan file to write (default: content/plans/<the title in pinyin>.md)."))))
    var output: String?

    @Option(help: ArgumentHelp(text(Localized(zh: "内容文件夹（默认输出位置在其中）。", tw: "內容資料夾（預設輸出位置在其中）。", en: "The content folder (where the plan goes by default)."))))
    var content = "content"

    @OptionGroup var lang: LanguageOption

    func run() throws {
        let language = lang.resolved(content: content)
        func fail(_ error: OfficeError) throws -> Never {
            FileHandle.standardError.write(Data(DiagnosticPrinter.text([error.diagnostic(in: language)], in: language).utf8))
            throw ExitCode(1)
        }
        guard let data = FileManager.default.contents(atPath: file) else { try fail(OfficeError(SourceLocation(file: file), .unreadable)) }
        let plan: ImportedPlan
        do { plan = try PlanImport.read(data, file: file) } catch { try fail(error) }
        let fallback = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        let id = Scaffold.documentID(for: plan.title) ?? Scaffold.documentID(for: fallback) ?? "plan"
        let path = output ?? "\(content)/plans/\(id).md"
        guard !FileManager.default.fileExists(atPath: path) else { try fail(OfficeError(SourceLocation(file: path), .fileExists)) }
        let warnings = plan.warnings.map { $0.diagnostic(in: language) }
        FileHandle.standardError.write(Data(DiagnosticPrinter.text(warnings, in: language).utf8))
        try OfficeFiles.makeFolder(URL(fileURLWithPath: path).deletingLastPathComponent().path, in: language)
        try OfficeFiles.write(Data(plan.markdown.utf8), to: path, in: language)
        let count = DiagnosticPrinter.summary(warnings, in: language)
        print(Localized(zh: "已把《\(plan.title)》导入为 \(path)（\(count)）；用 lantu check 检查", tw: "已把《\(plan.title)》匯入為 \(path)（\(count)）；用 lantu check 檢查",
                        en: "imported \(plan.title) as \(path) (\(count)); run lantu check").text(in: language))
    }
}
