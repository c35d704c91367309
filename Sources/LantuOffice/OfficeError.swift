import LantuDiagnostics

/// A problem in a form lantu wrote or a workbook a unit sent back, located at the file, sheet
/// and cell (`教务处.xlsx:指标!H7`); converted to a `Diagnostic` at the stage's boundary.
public struct OfficeError: Error, Sendable, Equatable {
    public let location: SourceLocation
    public let reason: Reason

    public init(_ location: SourceLocation, _ reason: Reason) {
        self.location = location
        self.reason = reason
    }

    public enum Reason: Sendable, Equatable {
        /// The file does not exist or cannot be read.
        case unreadable
        case container(ZipContainer.Failure)
        case xml(part: String, XMLError)
        case missingPart(String)
        case notText
        case notAForm
        case noUnit
        case unknownUnit(String, suggestions: [String])
        case wrongYear(found: String, expected: Int)
        case sameUnitTwice(String, first: String)
        /// The sheets of one workbook name different units.
        case unitsDiffer(String, String)
        case missingColumn(String)
        case rowWithoutID
        case unknownPlan(String)
        case unknownID(String, suggestions: [String])
        case duplicateRow(String, firstRow: Int)
        case notANumber(String)
        case cellError(String)
        case unknownStatus(String)
        case invalidProgress(String)
        case unknownCompletion(String)
        case conflictingValues(id: String, year: Int, value: String, unit: String, other: String, otherUnit: String, otherAt: SourceLocation)
        case conflictingTask(anchor: String, value: String, unit: String, other: String, otherUnit: String, otherAt: SourceLocation)
        case rowsMissing([String])
        case sheetNotRead(String)
        case brokenReportBlock
        case unsafeFileName(String)
        case fileNameTaken(String, by: String)
        /// A workbook, report or document that could not be written, with the system's reason.
        case cannotWrite(String)
        /// `lantu import` was given an old binary .doc or WPS file (`oldFormat`) or no zip at all.
        case notADocx(oldFormat: Bool)
        /// A zip without `word/document.xml` (a workbook, a presentation, some other zip).
        case noDocumentPart
        case wordContainer(ZipContainer.Failure)
        case wordXML(part: String, XMLError)
        /// Something in the document that has no form in a lantu plan and was left out.
        case notImported(WordContent)
        /// Neither the title nor the lines under it give the plan's years.
        case noPeriod
        case noTitle
        /// The plan `lantu import` would write exists already.
        case fileExists
    }

    /// What `lantu import` found in a Word document and could not carry into Markdown.
    public enum WordContent: Sendable, Equatable {
        case image, chart, diagram, equation, object, symbol, endnote, contents, comment
        /// A table inside a table's cell: its text is kept in the cell, its rows are not.
        case nestedTable
        /// A footnote reference to a footnote the file does not have.
        case missingFootnote(String)
        /// A task's status as an exported document shows it (未报告), which a plan cannot state.
        case taskStatus(String)
        /// Tracked changes not yet accepted (`w:ins`, `w:del` and their kin), imported as accepted,
        /// and who made them.
        case revisions(insertions: Int, deletions: Int, authors: [String])
        /// A table cell `〔8〕`: a five-year cumulative value, kept as text and not charted.
        case cumulativeValue(String)
        /// A table cell `17.6:1`: a ratio, kept as text and not charted.
        case ratioValue(String)
        /// `1.5亿` in a row whose unit is `万元`: the suffix would multiply a value already in that unit.
        case magnitudeInUnit(String, unit: String)
        /// An element lantu does not know, by its XML name.
        case unknown(String)
    }
}

extension OfficeError {
    public var severity: Severity {
        switch reason {
        case .rowsMissing, .sheetNotRead, .notImported, .noPeriod, .noTitle: return .warning
        default: return .error
        }
    }

    /// A stable kebab-case name for the kind of problem, the same in every language.
    public var code: String {
        switch reason {
        case .unreadable: return "unreadable-file"
        case .container: return "not-a-workbook"
        case .xml: return "damaged-workbook"
        case .missingPart: return "damaged-workbook"
        case .notText: return "csv-encoding"
        case .notAForm: return "not-a-form"
        case .noUnit: return "form-without-unit"
        case .unknownUnit: return "unknown-unit"
        case .wrongYear: return "wrong-year"
        case .sameUnitTwice: return "unit-returned-twice"
        case .unitsDiffer: return "mixed-units"
        case .missingColumn: return "missing-column"
        case .rowWithoutID: return "row-without-id"
        case .unknownPlan: return "unknown-plan"
        case .unknownID: return "unknown-id"
        case .duplicateRow: return "duplicate-row"
        case .notANumber: return "cell-not-a-number"
        case .cellError: return "cell-error"
        case .unknownStatus: return "unknown-status"
        case .invalidProgress: return "invalid-progress"
        case .unknownCompletion: return "unknown-completion"
        case .conflictingValues: return "conflicting-values"
        case .conflictingTask: return "conflicting-task-update"
        case .rowsMissing: return "rows-missing"
        case .sheetNotRead: return "sheet-not-read"
        case .brokenReportBlock: return "broken-report-block"
        case .unsafeFileName: return "unsafe-file-name"
        case .fileNameTaken: return "file-name-taken"
        case .cannotWrite: return "cannot-write-file"
        case .notADocx: return "not-a-docx"
        case .noDocumentPart, .wordContainer, .wordXML: return "damaged-document"
        case .notImported: return "not-imported"
        case .noPeriod: return "no-plan-period"
        case .noTitle: return "no-plan-title"
        case .fileExists: return "file-exists"
        }
    }

    /// The problem in `language`, with its code.
    public func diagnostic(in language: DiagnosticLanguage) -> Diagnostic {
        let (message, hint) = explanation
        return Diagnostic(severity, at: location, code: code, message, hint: hint, in: language)
    }
}

private func didYouMean(_ suggestions: [String]) -> Localized? {
    guard !suggestions.isEmpty else { return nil }
    let zh = suggestions.map { "“\($0)”" }.joined(separator: "或")
    let tw = suggestions.map { "「\($0)」" }.joined(separator: "或")
    let en = suggestions.map { "'\($0)'" }.joined(separator: " or ")
    return Localized(zh: "是否想写\(zh)？", tw: "是否想寫\(tw)？", en: "did you mean \(en)?")
}

private extension OfficeError {
    // swiftlint:disable:next cyclomatic_complexity function_body_length
    var explanation: (Localized, Localized?) {
        switch reason {
        case .notADocx, .noDocumentPart, .wordContainer, .wordXML, .notImported, .noPeriod, .noTitle, .fileExists:
            return importExplanation
        case .unreadable:
            return (Localized(zh: "无法读取文件：文件不存在或没有读取权限", tw: "無法讀取檔案：檔案不存在或沒有讀取許可權", en: "cannot read the file: it does not exist or is not readable"), nil)
        case .container(let failure):
            switch failure {
            case .notZip:
                return (Localized(zh: "不是 .xlsx 工作簿", tw: "不是 .xlsx 工作簿", en: "not an .xlsx workbook"),
                        Localized(zh: "用 Excel、WPS 或 LibreOffice 另存为“Excel 工作簿 (.xlsx)”，或另存为 CSV", tw: "用 Excel、WPS 或 LibreOffice 另存為「Excel 工作簿 (.xlsx)」，或另存為 CSV", en: "save it as an Excel workbook (.xlsx) or as CSV"))
            case .archiveTooLarge(let bytes, let limit):
                return (Localized(zh: "文件有 \(bytes >> 20) MB，超过 \(limit >> 20) MB 的上限", tw: "檔案有 \(bytes >> 20) MB，超過 \(limit >> 20) MB 的上限", en: "the file is \(bytes >> 20) MB, over the \(limit >> 20) MB limit"), nil)
            case .tooManyEntries(let limit):
                return (Localized(zh: "工作簿内的部件超过 \(limit) 个，不像是填报表", tw: "工作簿內的部件超過 \(limit) 個，不像是填報表", en: "the workbook has more than \(limit) parts; it is not a form"), nil)
            case .partTooLarge(let part, let limit):
                return (Localized(zh: "工作簿部件 \(part) 解压后超过 \(limit >> 20) MB，已拒绝读取（可能是压缩炸弹）", tw: "工作簿部件 \(part) 解壓後超過 \(limit >> 20) MB，已拒絕讀取（可能是壓縮炸彈）", en: "the part \(part) inflates to more than \(limit >> 20) MB; refused (a zip bomb?)"), nil)
            case .totalTooLarge(let limit):
                return (Localized(zh: "工作簿解压后超过 \(limit >> 20) MB，已拒绝读取（可能是压缩炸弹）", tw: "工作簿解壓後超過 \(limit >> 20) MB，已拒絕讀取（可能是壓縮炸彈）", en: "the workbook inflates to more than \(limit >> 20) MB; refused (a zip bomb?)"), nil)
            case .damaged(let part):
                return (Localized(zh: "工作簿已损坏：无法解压 \(part)", tw: "工作簿已損壞：無法解壓 \(part)", en: "the workbook is damaged: \(part) cannot be inflated"),
                        Localized(zh: "请单位重新保存后再发送", tw: "請單位重新儲存後再發送", en: "ask the unit to save and send it again"))
            }
        case .xml(let part, let error):
            let doctype = error.reason == .doctype
            return (Localized(zh: doctype ? "工作簿部件 \(part) 含有 DOCTYPE 声明，已拒绝读取" : "工作簿部件 \(part) 不是格式正确的 XML（第 \(error.offset) 字节）",
                              tw: doctype ? "活頁簿元件 \(part) 含有 DOCTYPE 宣告，已拒絕讀取" : "活頁簿元件 \(part) 不是格式正確的 XML（第 \(error.offset) 位元組）",
                              en: doctype ? "the part \(part) has a DOCTYPE declaration; refused" : "the part \(part) is not well-formed XML (at byte \(error.offset))"),
                    Localized(zh: "请用 Excel、WPS 或 LibreOffice 打开后重新保存", tw: "請用 Excel、WPS 或 LibreOffice 開啟後重新儲存", en: "open it in Excel, WPS or LibreOffice and save it again"))
        case .missingPart(let part):
            return (Localized(zh: "工作簿缺少部件 \(part)", tw: "工作簿缺少部件 \(part)", en: "the workbook has no part \(part)"),
                    Localized(zh: "请用 Excel、WPS 或 LibreOffice 打开后重新保存", tw: "請用 Excel、WPS 或 LibreOffice 開啟後重新儲存", en: "open it in Excel, WPS or LibreOffice and save it again"))
        case .notText:
            return (Localized(zh: "CSV 文件既不是 UTF-8 也不是 GB18030 编码", tw: "CSV 檔案既不是 UTF-8 也不是 GB18030 編碼", en: "the CSV file is neither UTF-8 nor GB18030 text"),
                    Localized(zh: "另存为“CSV UTF-8（逗号分隔）”", tw: "另存為「CSV UTF-8（逗號分隔）」", en: "save it as CSV UTF-8 (comma delimited)"))
        case .notAForm:
            return (Localized(zh: "找不到 lantu 填报表的表头（编号、任务或里程碑列）", tw: "找不到 lantu 填報表的表頭（編號、任務或里程碑列）", en: "no header of a lantu form (an 编号, 任务 or 里程碑 column) was found"),
                    Localized(zh: "请使用 lantu forms 生成的表格填报，不要删除表头行", tw: "請使用 lantu forms 生成的表格填報，不要刪除表頭行", en: "fill in the forms `lantu forms` writes and keep their header rows"))
        case .noUnit:
            return (Localized(zh: "表格第一行没有“填报单位”", tw: "表格第一行沒有「填報單位」", en: "the first row does not name the unit (填报单位)"),
                    Localized(zh: "第一行的“填报单位”和“填报年度”用于识别来源，请保留", tw: "第一行的「填報單位」和「填報年度」用於識別來源，請保留", en: "keep the first row: it says which unit and year the form is for"))
        case .unknownUnit(let name, let suggestions):
            return (Localized(zh: "填报单位“\(name)”不在内容中", tw: "填報單位「\(name)」不在內容中", en: "the unit '\(name)' is not in the content"), didYouMean(suggestions))
        case .wrongYear(let found, let expected):
            return (Localized(zh: "这是\(found)的填报表，本次收集的是 \(expected) 年", tw: "這是\(found)的填報表，本次收集的是 \(expected) 年", en: "this form is for \(found); this collection is for \(expected)"),
                    Localized(zh: "用相同的 --year 收集，或发送 \(expected) 年的填报表", tw: "用相同的 --year 收集，或傳送 \(expected) 年的填報表", en: "collect it with the matching --year, or send the \(expected) form"))
        case .sameUnitTwice(let unit, let first):
            return (Localized(zh: "\(unit)的填报表已在 \(first) 中给出", tw: "\(unit)的填報表已在 \(first) 中給出", en: "\(unit) already returned its form in \(first)"),
                    Localized(zh: "每个单位每张表只收一份；去掉旧的那份", tw: "每個單位每張表只收一份；去掉舊的那份", en: "collect one return per unit and sheet; leave the older one out"))
        case .unitsDiffer(let first, let second):
            return (Localized(zh: "同一工作簿的各表写着不同的填报单位：\(first)、\(second)", tw: "同一工作簿的各表寫著不同的填報單位：\(first)、\(second)", en: "the sheets of this workbook name different units: \(first), \(second)"),
                    Localized(zh: "一个工作簿只填一个单位的数据", tw: "一個工作簿只填一個單位的資料", en: "fill in one unit's figures per workbook"))
        case .missingColumn(let header):
            return (Localized(zh: "缺少“\(header)”列", tw: "缺少「\(header)」列", en: "the column '\(header)' is missing"),
                    Localized(zh: "不要删除或改写表头", tw: "不要刪除或改寫表頭", en: "keep the header row as lantu wrote it"))
        case .rowWithoutID:
            return (Localized(zh: "这一行填了内容但没有编号", tw: "這一行填了內容但沒有編號", en: "this row has entries but no id"),
                    Localized(zh: "不要清空编号列；新增的事项请告知规划办公室，不要自行加行", tw: "不要清空編號列；新增的事項請告知規劃辦公室，不要自行加行", en: "keep the id column; do not add rows of your own"))
        case .unknownPlan(let text):
            return (Localized(zh: "规划“\(text)”不在内容中", tw: "規劃「\(text)」不在內容中", en: "the plan '\(text)' is not in the content"),
                    Localized(zh: "不要改动“规划”列", tw: "不要改動「規劃」列", en: "keep the 规划 column as it was"))
        case .unknownID(let id, let suggestions):
            return (Localized(zh: "编号“\(id)”在规划中不存在", tw: "編號「\(id)」在規劃中不存在", en: "the id '\(id)' does not exist in the plan"),
                    didYouMean(suggestions) ?? Localized(zh: "不要改动编号列；规划改过后请重新生成填报表", tw: "不要改動編號列；規劃改過後請重新生成填報表", en: "keep the id column; after the plan changes, write the forms again"))
        case .duplicateRow(let id, let firstRow):
            return (Localized(zh: "编号“\(id)”出现了两次（第一次在第 \(firstRow) 行）", tw: "編號「\(id)」出現了兩次（第一次在第 \(firstRow) 行）", en: "the id '\(id)' appears twice (first in row \(firstRow))"),
                    Localized(zh: "每个编号只填一行，删去重复的行", tw: "每個編號只填一行，刪去重複的行", en: "give each id one row; delete the copy"))
        case .notANumber(let text):
            return (Localized(zh: "数值单元格中是文字“\(text)”", tw: "數值單元格中是文字「\(text)」", en: "the number cell holds the text '\(text)'"),
                    Localized(zh: "只填阿拉伯数字，如 92.8、4500、350万；说明请写在“备注”列", tw: "只填阿拉伯數字，如 92.8、4500、350萬；說明請寫在「備註」列", en: "write digits, such as 92.8, 4500 or 350万; put remarks in the 备注 column"))
        case .cellError(let value):
            return (Localized(zh: "单元格的公式结果是错误值 \(value)", tw: "單元格的公式結果是錯誤值 \(value)", en: "the cell's formula gives the error \(value)"),
                    Localized(zh: "直接填写数值，不要用公式", tw: "直接填寫數值，不要用公式", en: "type the value instead of a formula"))
        case .unknownStatus(let text):
            return (Localized(zh: "状态“\(text)”不是可选的状态", tw: "狀態「\(text)」不是可選的狀態", en: "'\(text)' is not one of the task statuses"),
                    Localized(zh: "从下拉列表中选择：\(FormWords.taskStatuses.joined(separator: "、"))", tw: "從下拉清單中選擇：\(FormWords.taskStatuses.joined(separator: "、"))", en: "choose one of \(FormWords.taskStatuses.joined(separator: ", ")) from the list"))
        case .invalidProgress(let text):
            return (Localized(zh: "进度“\(text)”不是 0 到 100 之间的整数", tw: "進度「\(text)」不是 0 到 100 之間的整數", en: "the progress '\(text)' is not a whole number from 0 to 100"),
                    Localized(zh: "填完成的百分比，如 60", tw: "填完成的百分比，如 60", en: "write the percentage done, such as 60"))
        case .unknownCompletion(let text):
            return (Localized(zh: "完成情况“\(text)”不是可选的写法", tw: "完成情況「\(text)」不是可選的寫法", en: "'\(text)' is not one of the completion words"),
                    Localized(zh: "从下拉列表中选择：\(FormWords.completions.joined(separator: "、"))", tw: "從下拉清單中選擇：\(FormWords.completions.joined(separator: "、"))", en: "choose \(FormWords.completions.joined(separator: " or ")) from the list"))
        case .conflictingValues(let id, let year, let value, let unit, let other, let otherUnit, let otherAt):
            return (Localized(zh: "指标 \(id) 的 \(year) 年数值，\(unit)填 \(value)，\(otherUnit)填 \(other)（\(otherAt)）",
                              tw: "指標 \(id) 的 \(year) 年數值，\(unit)填 \(value)，\(otherUnit)填 \(other)（\(otherAt)）",
                              en: "indicator \(id) for \(year): \(unit) gives \(value), \(otherUnit) gives \(other) (\(otherAt))"),
                    Localized(zh: "同一指标同一年只能有一个数；请两个单位核对后改正一份再收集", tw: "同一指標同一年只能有一個數；請兩個單位核對後改正一份再收集", en: "one indicator-year has one value; have the units agree, correct one form and collect again"))
        case .conflictingTask(let anchor, let value, let unit, let other, let otherUnit, let otherAt):
            return (Localized(zh: "任务 \(anchor)：\(unit)填“\(value)”，\(otherUnit)填“\(other)”（\(otherAt)）",
                              tw: "任務 \(anchor)：\(unit)填「\(value)」，\(otherUnit)填「\(other)」（\(otherAt)）",
                              en: "task \(anchor): \(unit) gives '\(value)', \(otherUnit) gives '\(other)' (\(otherAt))"),
                    Localized(zh: "牵头单位之间先统一口径，改正一份再收集", tw: "牽頭單位之間先統一口徑，改正一份再收集", en: "have the lead units agree, correct one form and collect again"))
        case .rowsMissing(let ids):
            let shown = ids.prefix(8).joined(separator: ", ") + (ids.count > 8 ? " …" : "")
            return (Localized(zh: "表中少了 \(ids.count) 行：\(shown)", tw: "表中少了 \(ids.count) 行：\(shown)", en: "\(ids.count) rows are missing from the sheet: \(shown)"),
                    Localized(zh: "这些事项记为未填；不要删除行，没有数据的留空即可", tw: "這些事項記為未填；不要刪除行，沒有資料的留空即可", en: "they count as not given; leave a row empty rather than deleting it"))
        case .sheetNotRead(let name):
            return (Localized(zh: "工作表“\(name)”不是填报表，未读取", tw: "工作表「\(name)」不是填報表，未讀取", en: "the sheet '\(name)' is not part of the form and was not read"), nil)
        case .brokenReportBlock:
            return (Localized(zh: "报告中 lantu collect 的开始和结束标记不成对", tw: "報告中 lantu collect 的開始和結束標記不成對", en: "the report's lantu collect markers do not pair up"),
                    Localized(zh: "恢复被删掉的标记行，或删去两行标记之间的整段后重新收集", tw: "恢復被刪掉的標記行，或刪去兩行標記之間的整段後重新收集", en: "restore the marker line, or delete the whole block and collect again"))
        case .unsafeFileName(let name):
            return (Localized(zh: "单位名称“\(name)”不能用作文件名", tw: "單位名稱「\(name)」不能用作檔名", en: "the unit name '\(name)' cannot be a file name"),
                    Localized(zh: "单位名称中不能有 / \\ 或以 . 开头；在 units.yml 中改正", tw: "單位名稱中不能有 / \\ 或以 . 開頭；在 units.yml 中改正", en: "a unit name must not hold / or \\ or start with .; correct it in units.yml"))
        case .fileNameTaken(let name, let unit):
            return (Localized(zh: "文件名“\(name)”与单位“\(unit)”的填报表重名", tw: "檔名「\(name)」與單位「\(unit)」的填報表重名", en: "the file name '\(name)' is also \(unit)'s form"), nil)
        case .cannotWrite(let why):
            return (Localized(zh: "无法写入这个文件：\(why)", tw: "無法寫入這個檔案：\(why)", en: "cannot write this file: \(why)"),
                    Localized(zh: "检查文件夹是否存在、能否写入，磁盘是否已满", tw: "檢查資料夾是否存在、能否寫入，磁碟是否已滿",
                              en: "check that the folder exists and is writable, and that the disk is not full"))
        }
    }
}
