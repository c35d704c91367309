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
    }
}

/// A message in Simplified Chinese, the primary text, and in English.
public struct OfficeText: Sendable, Equatable {
    public let zh: String
    public let en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    public func text(_ language: DiagnosticLanguage) -> String {
        language == .english ? en : zh
    }
}

extension OfficeError {
    public var severity: Severity {
        switch reason {
        case .rowsMissing, .sheetNotRead: return .warning
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
        }
    }

    public func diagnostic(_ language: DiagnosticLanguage) -> Diagnostic {
        let (message, hint) = explanation
        return Diagnostic(severity, at: location, code: code, message.text(language), hint: hint?.text(language))
    }
}

private func quotedList(_ items: [String], zh: Bool) -> String {
    items.map { zh ? "“\($0)”" : "'\($0)'" }.joined(separator: zh ? "或" : " or ")
}

private func didYouMean(_ suggestions: [String]) -> OfficeText? {
    suggestions.isEmpty ? nil : OfficeText(zh: "是否想写\(quotedList(suggestions, zh: true))？", en: "did you mean \(quotedList(suggestions, zh: false))?")
}

private extension OfficeError {
    // swiftlint:disable:next cyclomatic_complexity function_body_length
    var explanation: (OfficeText, OfficeText?) {
        switch reason {
        case .unreadable:
            return (OfficeText(zh: "无法读取文件：文件不存在或没有读取权限", en: "cannot read the file: it does not exist or is not readable"), nil)
        case .container(let failure):
            switch failure {
            case .notZip:
                return (OfficeText(zh: "不是 .xlsx 工作簿", en: "not an .xlsx workbook"),
                        OfficeText(zh: "用 Excel、WPS 或 LibreOffice 另存为“Excel 工作簿 (.xlsx)”，或另存为 CSV", en: "save it as an Excel workbook (.xlsx) or as CSV"))
            case .archiveTooLarge(let bytes, let limit):
                return (OfficeText(zh: "文件有 \(bytes >> 20) MB，超过 \(limit >> 20) MB 的上限", en: "the file is \(bytes >> 20) MB, over the \(limit >> 20) MB limit"), nil)
            case .tooManyEntries(let limit):
                return (OfficeText(zh: "工作簿内的部件超过 \(limit) 个，不像是填报表", en: "the workbook has more than \(limit) parts; it is not a form"), nil)
            case .partTooLarge(let part, let limit):
                return (OfficeText(zh: "工作簿部件 \(part) 解压后超过 \(limit >> 20) MB，已拒绝读取（可能是压缩炸弹）", en: "the part \(part) inflates to more than \(limit >> 20) MB; refused (a zip bomb?)"), nil)
            case .totalTooLarge(let limit):
                return (OfficeText(zh: "工作簿解压后超过 \(limit >> 20) MB，已拒绝读取（可能是压缩炸弹）", en: "the workbook inflates to more than \(limit >> 20) MB; refused (a zip bomb?)"), nil)
            case .damaged(let part):
                return (OfficeText(zh: "工作簿已损坏：无法解压 \(part)", en: "the workbook is damaged: \(part) cannot be inflated"),
                        OfficeText(zh: "请单位重新保存后再发送", en: "ask the unit to save and send it again"))
            }
        case .xml(let part, let error):
            let doctype = error.reason == .doctype
            return (OfficeText(zh: doctype ? "工作簿部件 \(part) 含有 DOCTYPE 声明，已拒绝读取" : "工作簿部件 \(part) 不是格式正确的 XML（第 \(error.offset) 字节）",
                               en: doctype ? "the part \(part) has a DOCTYPE declaration; refused" : "the part \(part) is not well-formed XML (at byte \(error.offset))"),
                    OfficeText(zh: "请用 Excel、WPS 或 LibreOffice 打开后重新保存", en: "open it in Excel, WPS or LibreOffice and save it again"))
        case .missingPart(let part):
            return (OfficeText(zh: "工作簿缺少部件 \(part)", en: "the workbook has no part \(part)"),
                    OfficeText(zh: "请用 Excel、WPS 或 LibreOffice 打开后重新保存", en: "open it in Excel, WPS or LibreOffice and save it again"))
        case .notText:
            return (OfficeText(zh: "CSV 文件既不是 UTF-8 也不是 GB18030 编码", en: "the CSV file is neither UTF-8 nor GB18030 text"),
                    OfficeText(zh: "另存为“CSV UTF-8（逗号分隔）”", en: "save it as CSV UTF-8 (comma delimited)"))
        case .notAForm:
            return (OfficeText(zh: "找不到 lantu 填报表的表头（编号、任务或里程碑列）", en: "no header of a lantu form (an 编号, 任务 or 里程碑 column) was found"),
                    OfficeText(zh: "请使用 lantu forms 生成的表格填报，不要删除表头行", en: "fill in the forms `lantu forms` writes and keep their header rows"))
        case .noUnit:
            return (OfficeText(zh: "表格第一行没有“填报单位”", en: "the first row does not name the unit (填报单位)"),
                    OfficeText(zh: "第一行的“填报单位”和“填报年度”用于识别来源，请保留", en: "keep the first row: it says which unit and year the form is for"))
        case .unknownUnit(let name, let suggestions):
            return (OfficeText(zh: "填报单位“\(name)”不在内容中", en: "the unit '\(name)' is not in the content"), didYouMean(suggestions))
        case .wrongYear(let found, let expected):
            return (OfficeText(zh: "这是\(found)的填报表，本次收集的是 \(expected) 年", en: "this form is for \(found); this collection is for \(expected)"),
                    OfficeText(zh: "用相同的 --year 收集，或发送 \(expected) 年的填报表", en: "collect it with the matching --year, or send the \(expected) form"))
        case .sameUnitTwice(let unit, let first):
            return (OfficeText(zh: "\(unit)的填报表已在 \(first) 中给出", en: "\(unit) already returned its form in \(first)"),
                    OfficeText(zh: "每个单位每张表只收一份；去掉旧的那份", en: "collect one return per unit and sheet; leave the older one out"))
        case .unitsDiffer(let first, let second):
            return (OfficeText(zh: "同一工作簿的各表写着不同的填报单位：\(first)、\(second)", en: "the sheets of this workbook name different units: \(first), \(second)"),
                    OfficeText(zh: "一个工作簿只填一个单位的数据", en: "fill in one unit's figures per workbook"))
        case .missingColumn(let header):
            return (OfficeText(zh: "缺少“\(header)”列", en: "the column '\(header)' is missing"),
                    OfficeText(zh: "不要删除或改写表头", en: "keep the header row as lantu wrote it"))
        case .rowWithoutID:
            return (OfficeText(zh: "这一行填了内容但没有编号", en: "this row has entries but no id"),
                    OfficeText(zh: "不要清空编号列；新增的事项请告知规划办公室，不要自行加行", en: "keep the id column; do not add rows of your own"))
        case .unknownPlan(let text):
            return (OfficeText(zh: "规划“\(text)”不在内容中", en: "the plan '\(text)' is not in the content"),
                    OfficeText(zh: "不要改动“规划”列", en: "keep the 规划 column as it was"))
        case .unknownID(let id, let suggestions):
            return (OfficeText(zh: "编号“\(id)”在规划中不存在", en: "the id '\(id)' does not exist in the plan"),
                    didYouMean(suggestions) ?? OfficeText(zh: "不要改动编号列；规划改过后请重新生成填报表", en: "keep the id column; after the plan changes, write the forms again"))
        case .duplicateRow(let id, let firstRow):
            return (OfficeText(zh: "编号“\(id)”出现了两次（第一次在第 \(firstRow) 行）", en: "the id '\(id)' appears twice (first in row \(firstRow))"),
                    OfficeText(zh: "每个编号只填一行，删去重复的行", en: "give each id one row; delete the copy"))
        case .notANumber(let text):
            return (OfficeText(zh: "数值单元格中是文字“\(text)”", en: "the number cell holds the text '\(text)'"),
                    OfficeText(zh: "只填阿拉伯数字，如 92.8、4500、350万；说明请写在“备注”列", en: "write digits, such as 92.8, 4500 or 350万; put remarks in the 备注 column"))
        case .cellError(let value):
            return (OfficeText(zh: "单元格的公式结果是错误值 \(value)", en: "the cell's formula gives the error \(value)"),
                    OfficeText(zh: "直接填写数值，不要用公式", en: "type the value instead of a formula"))
        case .unknownStatus(let text):
            return (OfficeText(zh: "状态“\(text)”不是可选的状态", en: "'\(text)' is not one of the task statuses"),
                    OfficeText(zh: "从下拉列表中选择：\(FormWords.taskStatuses.joined(separator: "、"))", en: "choose one of \(FormWords.taskStatuses.joined(separator: ", ")) from the list"))
        case .invalidProgress(let text):
            return (OfficeText(zh: "进度“\(text)”不是 0 到 100 之间的整数", en: "the progress '\(text)' is not a whole number from 0 to 100"),
                    OfficeText(zh: "填完成的百分比，如 60", en: "write the percentage done, such as 60"))
        case .unknownCompletion(let text):
            return (OfficeText(zh: "完成情况“\(text)”不是可选的写法", en: "'\(text)' is not one of the completion words"),
                    OfficeText(zh: "从下拉列表中选择：\(FormWords.completions.joined(separator: "、"))", en: "choose \(FormWords.completions.joined(separator: " or ")) from the list"))
        case .conflictingValues(let id, let year, let value, let unit, let other, let otherUnit, let otherAt):
            return (OfficeText(zh: "指标 \(id) 的 \(year) 年数值，\(unit)填 \(value)，\(otherUnit)填 \(other)（\(otherAt)）",
                               en: "indicator \(id) for \(year): \(unit) gives \(value), \(otherUnit) gives \(other) (\(otherAt))"),
                    OfficeText(zh: "同一指标同一年只能有一个数；请两个单位核对后改正一份再收集", en: "one indicator-year has one value; have the units agree, correct one form and collect again"))
        case .conflictingTask(let anchor, let value, let unit, let other, let otherUnit, let otherAt):
            return (OfficeText(zh: "任务 \(anchor)：\(unit)填“\(value)”，\(otherUnit)填“\(other)”（\(otherAt)）",
                               en: "task \(anchor): \(unit) gives '\(value)', \(otherUnit) gives '\(other)' (\(otherAt))"),
                    OfficeText(zh: "牵头单位之间先统一口径，改正一份再收集", en: "have the lead units agree, correct one form and collect again"))
        case .rowsMissing(let ids):
            let shown = ids.prefix(8).joined(separator: ", ") + (ids.count > 8 ? " …" : "")
            return (OfficeText(zh: "表中少了 \(ids.count) 行：\(shown)", en: "\(ids.count) rows are missing from the sheet: \(shown)"),
                    OfficeText(zh: "这些事项记为未填；不要删除行，没有数据的留空即可", en: "they count as not given; leave a row empty rather than deleting it"))
        case .sheetNotRead(let name):
            return (OfficeText(zh: "工作表“\(name)”不是填报表，未读取", en: "the sheet '\(name)' is not part of the form and was not read"), nil)
        case .brokenReportBlock:
            return (OfficeText(zh: "报告中 lantu collect 的开始和结束标记不成对", en: "the report's lantu collect markers do not pair up"),
                    OfficeText(zh: "恢复被删掉的标记行，或删去两行标记之间的整段后重新收集", en: "restore the marker line, or delete the whole block and collect again"))
        case .unsafeFileName(let name):
            return (OfficeText(zh: "单位名称“\(name)”不能用作文件名", en: "the unit name '\(name)' cannot be a file name"),
                    OfficeText(zh: "单位名称中不能有 / \\ 或以 . 开头；在 units.yml 中改正", en: "a unit name must not hold / or \\ or start with .; correct it in units.yml"))
        case .fileNameTaken(let name, let unit):
            return (OfficeText(zh: "文件名“\(name)”与单位“\(unit)”的填报表重名", en: "the file name '\(name)' is also \(unit)'s form"), nil)
        }
    }
}
