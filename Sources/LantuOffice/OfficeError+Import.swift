import LantuDiagnostics

/// The texts of `lantu import`'s problems: a Word document that cannot be read, and what in
/// one has no place in a lantu plan.
extension OfficeError {
    // swiftlint:disable:next cyclomatic_complexity function_body_length
    var importExplanation: (Localized, Localized?) {
        let file = location.file
        let convert = Localized(zh: "先转换为 .docx：soffice --headless --convert-to docx \(file)（或用 Word、WPS 另存为“Word 文档 (.docx)”）",
                                tw: "先轉換為 .docx：soffice --headless --convert-to docx \(file)（或用 Word、WPS 另存為「Word 文件 (.docx)」）",
                                en: "convert it to .docx first: soffice --headless --convert-to docx \(file) (or save it as a Word document (.docx) in Word or WPS)")
        let resave = Localized(zh: "用 Word、WPS 或 LibreOffice 打开后另存为 .docx 再导入", tw: "用 Word、WPS 或 LibreOffice 開啟後另存為 .docx 再匯入",
                               en: "open it in Word, WPS or LibreOffice, save it as .docx and import it again")
        switch reason {
        case .notADocx(let old):
            return (old ? Localized(zh: "这是旧版 Word（.doc）或 WPS 文档，lantu 只能读 .docx", tw: "這是舊版 Word（.doc）或 WPS 文件，lantu 只能讀 .docx",
                                    en: "this is an old Word (.doc) or WPS document; lantu reads .docx only")
                        : Localized(zh: "不是 Word 文档（.docx）", tw: "不是 Word 文件（.docx）", en: "not a Word document (.docx)"), convert)
        case .noDocumentPart:
            return (Localized(zh: "这个文件里没有 word/document.xml，不是 Word 文档", tw: "這個檔案裡沒有 word/document.xml，不是 Word 文件",
                              en: "the file has no word/document.xml; it is not a Word document"), resave)
        case .wordContainer(let failure):
            switch failure {
            case .notZip:
                return (Localized(zh: "不是 Word 文档（.docx）", tw: "不是 Word 文件（.docx）", en: "not a Word document (.docx)"), convert)
            case .archiveTooLarge(let bytes, let limit):
                return (Localized(zh: "文件有 \(bytes >> 20) MB，超过 \(limit >> 20) MB 的上限", tw: "檔案有 \(bytes >> 20) MB，超過 \(limit >> 20) MB 的上限",
                                  en: "the file is \(bytes >> 20) MB, over the \(limit >> 20) MB limit"),
                        Localized(zh: "把图片另存出去，或压缩图片后再导入", tw: "把圖片另存出去，或壓縮圖片後再匯入", en: "take the pictures out or compress them, then import again"))
            case .tooManyEntries(let limit):
                return (Localized(zh: "文档内的部件超过 \(limit) 个，已拒绝读取", tw: "文件內的部件超過 \(limit) 個，已拒絕讀取", en: "the document has more than \(limit) parts; refused"), nil)
            case .partTooLarge(let part, let limit):
                return (Localized(zh: "文档部件 \(part) 解压后超过 \(limit >> 20) MB，已拒绝读取（可能是压缩炸弹）", tw: "文件部件 \(part) 解壓後超過 \(limit >> 20) MB，已拒絕讀取（可能是壓縮炸彈）",
                                  en: "the part \(part) inflates to more than \(limit >> 20) MB; refused (a zip bomb?)"), nil)
            case .totalTooLarge(let limit):
                return (Localized(zh: "文档解压后超过 \(limit >> 20) MB，已拒绝读取（可能是压缩炸弹）", tw: "文件解壓後超過 \(limit >> 20) MB，已拒絕讀取（可能是壓縮炸彈）",
                                  en: "the document inflates to more than \(limit >> 20) MB; refused (a zip bomb?)"), nil)
            case .damaged(let part):
                return (Localized(zh: "文档已损坏：无法解压 \(part)", tw: "文件已損壞：無法解壓 \(part)", en: "the document is damaged: \(part) cannot be inflated"), resave)
            }
        case .wordXML(let part, let error):
            let doctype = error.reason == .doctype
            return (Localized(zh: doctype ? "文档部件 \(part) 含有 DOCTYPE 声明，已拒绝读取" : "文档部件 \(part) 不是格式正确的 XML（第 \(error.offset) 字节）",
                              tw: doctype ? "文件部件 \(part) 含有 DOCTYPE 宣告，已拒絕讀取" : "文件部件 \(part) 不是格式正確的 XML（第 \(error.offset) 位元組）",
                              en: doctype ? "the part \(part) has a DOCTYPE declaration; refused" : "the part \(part) is not well-formed XML (at byte \(error.offset))"), resave)
        case .notImported(let content):
            return content.explanation
        case .noPeriod:
            return (Localized(zh: "标题中没有规划期（如“十四五”或“2021—2025年”），没有写 period:", tw: "標題中沒有規劃期（如「十四五」或「2021—2025年」），沒有寫 period:",
                              en: "the title gives no plan period (such as 十四五 or 2021—2025), so no period: was written"),
                    Localized(zh: "在 front matter 中补上 period:，如 period: 2021-2025", tw: "在 front matter 中補上 period:，如 period: 2021-2025",
                              en: "add period: to the front matter, such as period: 2021-2025"))
        case .noTitle:
            return (Localized(zh: "找不到文档标题（标题样式或居中的大字），用文件名作了标题", tw: "找不到文件標題（標題樣式或置中的大字），用檔名作了標題",
                              en: "no title was found (a Title style or a large centred line); the file's name is the title"),
                    Localized(zh: "在 front matter 中改正 title:", tw: "在 front matter 中改正 title:", en: "correct title: in the front matter"))
        case .fileExists:
            return (Localized(zh: "文件已存在，没有覆盖", tw: "檔案已存在，沒有覆寫", en: "the file exists; it was not overwritten"),
                    Localized(zh: "用 --output 指定另一个文件名，或先删除这个文件", tw: "用 --output 指定另一個檔名，或先刪除這個檔案",
                              en: "choose another name with --output, or delete the file first"))
        default:
            preconditionFailure("not an import problem")
        }
    }
}

private extension OfficeError.WordContent {
    var explanation: (Localized, Localized?) {
        let redo = Localized(zh: "需要的话在 Markdown 中补写", tw: "需要的話在 Markdown 中補寫", en: "write it into the Markdown if it is needed")
        switch self {
        case .image:
            return (Localized(zh: "图片没有导入", tw: "圖片沒有匯入", en: "a picture was not imported"),
                    Localized(zh: "把图片放到 content/ 下，用 ![说明](图片.png) 引用", tw: "把圖片放到 content/ 下，用 ![說明](圖片.png) 引用",
                              en: "put the picture under content/ and refer to it with ![description](picture.png)"))
        case .chart:
            return (Localized(zh: "图表没有导入", tw: "圖表沒有匯入", en: "a chart was not imported"),
                    Localized(zh: "把图表的数据写成表格；指标表会自动画图", tw: "把圖表的資料寫成表格；指標表會自動畫圖", en: "write its figures as a table; indicator tables are charted for you"))
        case .diagram:
            return (Localized(zh: "SmartArt 图示没有导入", tw: "SmartArt 圖示沒有匯入", en: "a SmartArt diagram was not imported"), redo)
        case .equation:
            return (Localized(zh: "公式只导入了其中的字符，没有公式格式", tw: "公式只匯入了其中的字元，沒有公式格式", en: "only the characters of an equation were imported, not its layout"), redo)
        case .object:
            return (Localized(zh: "嵌入的对象（如 Excel 表格）没有导入", tw: "嵌入的物件（如 Excel 表格）沒有匯入", en: "an embedded object (an Excel sheet, say) was not imported"),
                    Localized(zh: "把其中的内容写成表格", tw: "把其中的內容寫成表格", en: "write its content as a table"))
        case .symbol:
            return (Localized(zh: "符号字体中的字符没有导入", tw: "符號字型中的字元沒有匯入", en: "a character from a symbol font was not imported"), redo)
        case .endnote:
            return (Localized(zh: "尾注没有导入", tw: "尾註沒有匯入", en: "an endnote was not imported"),
                    Localized(zh: "在 Word 中把尾注转换为脚注后再导入", tw: "在 Word 中把尾註轉換為註腳後再匯入", en: "convert the endnotes to footnotes in Word and import again"))
        case .contents:
            return (Localized(zh: "目录没有导入（网站的规划页会自动生成目录）", tw: "目錄沒有匯入（網站的規劃頁會自動產生目錄）",
                              en: "the table of contents was not imported (the plan's page makes its own)"), nil)
        case .comment:
            return (Localized(zh: "批注没有导入", tw: "註解沒有匯入", en: "a comment was not imported"),
                    Localized(zh: "需要采纳的意见请在 Markdown 中改写", tw: "需要採納的意見請在 Markdown 中改寫", en: "make the changes it asks for in the Markdown"))
        case .nestedTable:
            return (Localized(zh: "表格单元格中的表格只导入了文字", tw: "表格儲存格中的表格只匯入了文字", en: "only the text of a table inside a table's cell was imported"), redo)
        case .missingFootnote(let id):
            return (Localized(zh: "引用的脚注 \(id) 在文档中不存在", tw: "引用的註腳 \(id) 在文件中不存在", en: "the footnote \(id) it refers to is not in the document"), nil)
        case .taskStatus(let status):
            return (Localized(zh: "任务状态“\(status)”不是规划中能写的状态，没有导入", tw: "任務狀態「\(status)」不是規劃中能寫的狀態，沒有匯入",
                              en: "the task status '\(status)' is not one a plan can state; it was not imported"),
                    Localized(zh: "可写的状态：未开始、进行中、已完成、滞后、暂停", tw: "可寫的狀態：未開始、進行中、已完成、滯後、暫停",
                              en: "a plan may write 未开始, 进行中, 已完成, 滞后 or 暂停"))
        case .revisions(let insertions, let deletions, let authors):
            return (Localized(zh: "文档中有未接受的修订（\(insertions) 处插入、\(deletions) 处删除，修订者：\(authors.joined(separator: "、"))），已按全部接受导入",
                              tw: "文件中有未接受的修訂（\(insertions) 處插入、\(deletions) 處刪除，修訂者：\(authors.joined(separator: "、"))），已按全部接受匯入",
                              en: "the document has unaccepted tracked changes (\(insertions) insertions, \(deletions) deletions, by \(authors.joined(separator: ", "))); they were imported as accepted"),
                    Localized(zh: "如有修订不应采纳，请在 Markdown 中改回", tw: "如有修訂不應採納，請在 Markdown 中改回", en: "undo in the Markdown any change that should not have been accepted"))
        case .cumulativeValue(let value):
            return (Localized(zh: "“\(value)”是五年累计数，按文字导入，不画图", tw: "「\(value)」是五年累計數，按文字匯入，不畫圖",
                              en: "'\(value)' is a five-year cumulative value; it was imported as text and is not charted"),
                    Localized(zh: "要画图的话，在表中写逐年的数值", tw: "要畫圖的話，在表中寫逐年的數值", en: "write the yearly values in the table to chart it"))
        case .ratioValue(let value):
            return (Localized(zh: "“\(value)”是比值，按文字导入，不画图", tw: "「\(value)」是比值，按文字匯入，不畫圖",
                              en: "'\(value)' is a ratio; it was imported as text and is not charted"),
                    Localized(zh: "要画图的话，写成一个数（17.6:1 写成 17.6）", tw: "要畫圖的話，寫成一個數（17.6:1 寫成 17.6）", en: "write it as one number (17.6:1 as 17.6) to chart it"))
        case .magnitudeInUnit(let value, let unit):
            return (Localized(zh: "“\(value)”带数量级，而这一行的单位已是“\(unit)”，数值会被放大", tw: "「\(value)」帶數量級，而這一行的單位已是「\(unit)」，數值會被放大",
                              en: "'\(value)' has a magnitude suffix in a row whose unit is already '\(unit)'; the value would be multiplied"),
                    Localized(zh: "按“\(unit)”写出数值（如 1.5亿 元写成 15000 万元）", tw: "按「\(unit)」寫出數值（如 1.5億 元寫成 15000 萬元）",
                              en: "write the value in \(unit) (1.5亿 yuan is 15000 万元)"))
        case .unknown(let name):
            return (Localized(zh: "不认识的 Word 内容 <\(name)>，没有导入", tw: "不認識的 Word 內容 <\(name)>，沒有匯入", en: "unknown Word content <\(name)> was not imported"), redo)
        }
    }
}
