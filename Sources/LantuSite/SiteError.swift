import LantuDiagnostics
import LantuModel

/// A problem with the templates or with writing the site, located where it can be fixed.
public struct SiteError: Error, Sendable, Equatable {
    public let location: SourceLocation
    public let reason: Reason

    public init(_ location: SourceLocation, _ reason: Reason) {
        self.location = location
        self.reason = reason
    }

    public enum Reason: Sendable, Equatable {
        /// `--templates` names a folder that is not there.
        case noTemplatesFolder
        case templateNotUTF8
        case noMethodology
        case noStrings
        case templateSyntax(String)
        case missingTemplate(String)
        case missingPartial(String)
        case missingString(String)
        case stringsNotMapping
        /// A file in the templates folder that is no part of a theme (a warning).
        case unusedThemeFile
        /// Template tags that render as nothing without a word (warnings; `TemplateCheck`).
        case unknownTemplateField(String, view: String, suggestions: [String])
        case unknownUIString(String)
        case sectionOverText(String)
        case transformOverNonList(String, String)
        /// A YAML problem in a UI strings file, said as content's are (slips are warnings).
        case yaml(ContentError)
        /// The system's own words on what could not be written.
        case writeFailed(String)
        /// The output is (`inside`) or holds the content or templates folder.
        case outputOverlaps(String, output: String, folder: String, inside: Bool)
        case outputHoldsWorkingFolder(String)
        /// A first build into a folder with files in it that lantu did not write.
        case notLantuFolder(String, files: Int, example: String)
        case foreignFileInTheWay(String, others: Int)
        case busy(String)
        case alreadyExists
        case noPlanYet
        case noCurrentRelease(String)
        case nothingToRollBack(before: Int)
    }
}

extension SiteError {
    /// The problem in `language`, with its code.
    public func diagnostic(in language: DiagnosticLanguage) -> Diagnostic {
        if case .yaml(let error) = reason { return error.diagnostic(in: language) }
        let explanation = reason.explanation
        return Diagnostic(severity, at: location, code: explanation.code, explanation.message, hint: explanation.hint, in: language)
    }

    /// Errors stop a build; a Chinese-typing slip in a UI strings file, read as meant, does not,
    /// nor does a template tag that renders as nothing or a file the theme does not read.
    public var severity: Severity {
        switch reason {
        case .yaml(let error): return error.severity
        case .unusedThemeFile, .unknownTemplateField, .unknownUIString, .sectionOverText, .transformOverNonList: return .warning
        default: return .error
        }
    }

    /// Whether the error is in how lantu was called (exit 2) rather than in the content.
    public var isUsage: Bool {
        switch reason {
        case .outputOverlaps, .outputHoldsWorkingFolder, .notLantuFolder, .foreignFileInTheWay: true
        default: false
        }
    }
}

extension SiteError.Reason {
    /// The code, message and hint in every language (docs/guide.md §10 lists the codes).
    // swiftlint:disable:next cyclomatic_complexity function_body_length
    var explanation: Explanation {
        switch self {
        case .noTemplatesFolder:
            return Explanation("no-templates-folder", Localized(zh: "找不到这个模板文件夹", tw: "找不到這個模板資料夾", en: "there is no such templates folder"),
                               hint: Localized(zh: "检查 --templates 的路径；不写 --templates 时用内置主题（content 旁边有 templates/ 时用它覆盖）",
                                               tw: "檢查 --templates 的路徑；不寫 --templates 時用內建主題（content 旁邊有 templates/ 時用它覆蓋）",
                                               en: "check the path given to --templates; without it lantu uses its built-in theme (overlaid by templates/ beside content/)"))
        case .unusedThemeFile:
            return Explanation("unused-theme-file", Localized(zh: "lantu 不读模板文件夹里的这个文件", tw: "lantu 不讀模板資料夾裡的這個檔案", en: "lantu does not read this file of the templates folder"),
                               hint: Localized(zh: "主题由 名称.mustache 模板、strings/语言.yml、methodology/语言.md 和 assets/ 组成；请改名或删去",
                                               tw: "主題由 名稱.mustache 模板、strings/語言.yml、methodology/語言.md 和 assets/ 組成；請改名或刪去",
                                               en: "a theme has NAME.mustache templates, strings/LANG.yml, methodology/LANG.md and assets/; rename or remove it"))
        case .unknownTemplateField(let name, let view, let suggestions):
            let quoted = suggestions.map { "“\($0)”" }.joined(separator: "或")
            let quotedTW = suggestions.map { "「\($0)」" }.joined(separator: "或")
            return Explanation("unknown-template-field",
                               Localized(zh: "“{{\(name)}}”不是这个模板所渲染的视图（\(view)）的字段，会渲染为空",
                                         tw: "「{{\(name)}}」不是這個模板所渲染的視圖（\(view)）的欄位，會渲染為空",
                                         en: "'{{\(name)}}' names no field of the view this template renders (\(view)), so it renders as nothing"),
                               hint: suggestions.isEmpty
                                   ? Localized(zh: "检查拼写；内置模板（`lantu theme export 目录`）里可以看到各页面有哪些字段",
                                               tw: "檢查拼寫；內建模板（`lantu theme export 目錄`）裡可以看到各頁面有哪些欄位",
                                               en: "check the spelling; the built-in templates (`lantu theme export DIR`) show the fields each page has")
                                   : Localized(zh: "是不是要写 \(quoted)？", tw: "是不是要寫 \(quotedTW)？",
                                               en: "did you mean " + suggestions.map { "'\($0)'" }.joined(separator: " or ") + "?"))
        case .unknownUIString(let key):
            return Explanation("unknown-ui-string", Localized(zh: "“\(key)”不是这种语言的界面文字，会渲染为空", tw: "「\(key)」不是這種語言的介面文字，會渲染為空",
                                                             en: "'\(key)' is not a UI string of this language, so it renders as nothing"),
                               hint: Localized(zh: "在主题 strings/ 的各语言文件里加上 `\(key): …`，或改正名称", tw: "在主題 strings/ 的各語言檔案裡加上 `\(key): …`，或改正名稱",
                                               en: "add `\(key): …` to the theme's strings/ files, or fix the name"))
        case .sectionOverText(let name):
            return Explanation("section-over-text", Localized(zh: "“{{#\(name)}}”是对一定有值的文字的区块，区块内容总会显示", tw: "「{{#\(name)}}」是對一定有值的文字的區塊，區塊內容總會顯示",
                                                             en: "'{{#\(name)}}' is a section over text that is always there, so its content always shows"),
                               hint: Localized(zh: "区块用于列表（逐项重复）、真假值，或可能为空的字段", tw: "區塊用於清單（逐項重複）、真假值，或可能為空的欄位",
                                               en: "a section repeats over a list, or shows when a flag is true or an optional field is given"))
        case .transformOverNonList(let transform, let name):
            return Explanation("transform-over-non-list", Localized(zh: "“\(transform)(\(name))”需要列表，而“\(name)”不是列表", tw: "「\(transform)(\(name))」需要清單，而「\(name)」不是清單",
                                                                   en: "'\(transform)(\(name))' needs a list, and '\(name)' is not one"),
                               hint: Localized(zh: "count()、empty()、first()、last()、reversed()、sorted() 只能用于列表字段", tw: "count()、empty()、first()、last()、reversed()、sorted() 只能用於清單欄位",
                                               en: "count(), empty(), first(), last(), reversed() and sorted() apply to lists only"))
        case .templateNotUTF8:
            return Explanation("template-not-utf8", Localized(zh: "模板不是 UTF-8 编码的文本", tw: "模板不是 UTF-8 編碼的文字", en: "the template is not UTF-8 text"),
                               hint: Localized(zh: "请用 UTF-8 编码另存这个文件", tw: "請用 UTF-8 編碼另存這個檔案", en: "save the file with UTF-8 encoding"))
        case .noMethodology:
            return Explanation("no-methodology", Localized(zh: "主题缺少进度计算方法的说明文字", tw: "主題缺少進度計算方法的說明文字", en: "the theme has no methodology text"),
                               hint: Localized(zh: "从 lantu 自带的 templates/ 恢复这个文件", tw: "從 lantu 自帶的 templates/ 恢復這個檔案", en: "restore it from lantu's default templates/"))
        case .noStrings:
            return Explanation("no-strings", Localized(zh: "主题没有这种语言的界面文字", tw: "主題沒有這種語言的介面文字", en: "no UI strings for this language"),
                               hint: Localized(zh: "从 lantu 自带的 templates/ 恢复这个文件，或把 site.yml 的 `language:` 改为 zh-CN、zh-TW 或 en",
                                               tw: "從 lantu 自帶的 templates/ 恢復這個檔案，或把 site.yml 的 `language:` 改為 zh-CN、zh-TW 或 en",
                                               en: "restore it from lantu's default templates/, or set site.yml's `language:` to zh-CN, zh-TW or en"))
        case .templateSyntax(let problem):
            return Explanation("template-syntax", Localized(zh: "模板语法错误：\(problem)", tw: "模板語法錯誤：\(problem)", en: "template syntax error: \(problem)"),
                               hint: Localized(zh: "检查 {{ }} 是否配对，{{#…}} 是否有对应的 {{/…}}", tw: "檢查 {{ }} 是否配對，{{#…}} 是否有對應的 {{/…}}", en: "check that every {{ has its }} and every {{#…}} its {{/…}}"))
        case .missingTemplate(let name):
            return Explanation("missing-template", Localized(zh: "主题缺少模板 \(name).mustache", tw: "主題缺少模板 \(name).mustache", en: "the theme has no template '\(name).mustache'"),
                               hint: Localized(zh: "从 lantu 自带的 templates/ 恢复这个文件", tw: "從 lantu 自帶的 templates/ 恢復這個檔案", en: "restore it from lantu's default templates/"))
        case .missingPartial(let name):
            return Explanation("missing-partial", Localized(zh: "模板引用的片段“\(name)”不存在", tw: "模板引用的片段「\(name)」不存在", en: "template refers to a missing partial '\(name)'"),
                               hint: Localized(zh: "在模板文件夹里建立 \(name).mustache，或改正名称", tw: "在模板資料夾裡建立 \(name).mustache，或改正名稱", en: "create \(name).mustache in the templates folder or fix the name"))
        case .missingString(let key):
            return Explanation("missing-string", Localized(zh: "缺少界面文字“\(key)”", tw: "缺少介面文字「\(key)」", en: "UI string '\(key)' is missing"),
                               hint: Localized(zh: "在这个文件里加上 `\(key): …`", tw: "在這個檔案裡加上 `\(key): …`", en: "add `\(key): …` to this file"))
        case .stringsNotMapping:
            return Explanation("strings-not-mapping", Localized(zh: "界面文字文件应是一行一项的 `键: 文字`", tw: "介面文字檔案應是一行一項的 `鍵: 文字`", en: "invalid UI strings file: expected `key: text` lines"),
                               hint: Localized(zh: "例如 `site_nav_home: 首页`", tw: "例如 `site_nav_home: 首頁`", en: "for example `site_nav_home: Home`"))
        case .yaml(let error):
            return error.reason.explanation
        case .writeFailed(let why):
            return Explanation("write-failed", Localized(zh: "无法写入网站：\(why)", tw: "無法寫入網站：\(why)", en: "cannot write the site: \(why)"),
                               hint: Localized(zh: "检查输出文件夹能否写入、磁盘是否已满；原来的网站保持不变",
                                               tw: "檢查輸出資料夾能否寫入、磁碟是否已滿；原來的網站保持不變",
                                               en: "check that the output folder is writable; the previous site was left as it was"))
        case .alreadyExists:
            return Explanation("file-exists", Localized(zh: "文件已存在；lantu new 不会覆盖已有文件", tw: "檔案已存在；lantu new 不會覆蓋已有檔案", en: "the file already exists; lantu new never overwrites"),
                               hint: Localized(zh: "换一个名称，或直接编辑已有的文件", tw: "換一個名稱，或直接編輯已有的檔案", en: "choose another name, or edit the existing file"))
        case .noPlanYet:
            return Explanation("no-plan-yet",
                               Localized(zh: "报告要对应一个规划，但 content/ 里还没有能读取的规划", tw: "報告要對應一個規劃，但 content/ 裡還沒有能讀取的規劃", en: "a report needs a plan to report on, and content/ has none that loads"),
                               hint: Localized(zh: "先用 `lantu new plan 规划名称` 新建规划", tw: "先用 `lantu new plan 規劃名稱` 建立規劃", en: "create one first with `lantu new plan NAME`"))
        case .noCurrentRelease(let folder):
            return Explanation("no-release", Localized(zh: "\(folder)/current 没有指向任何已发布的版本", tw: "\(folder)/current 沒有指向任何已發布的版本", en: "\(folder)/current does not point at a release"),
                               hint: Localized(zh: "先用 `lantu publish \(folder)` 发布一次", tw: "先用 `lantu publish \(folder)` 發布一次", en: "publish once first with `lantu publish \(folder)`"))
        case .nothingToRollBack(let active):
            return Explanation("nothing-to-roll-back", Localized(zh: "第 \(active) 版之前没有已发布的版本，无法回退", tw: "第 \(active) 版之前沒有已發布的版本，無法回退", en: "there is no release before \(active) that was published to roll back to"),
                               hint: Localized(zh: "回退只能回到之前发布过的版本", tw: "回退只能回到之前發布過的版本", en: "a rollback goes back only to a release published before"))
        case .outputOverlaps(let role, let output, let folder, let inside):
            let roleName = role == "content" ? Localized(zh: "内容", tw: "內容", en: "content") : Localized(zh: "模板", tw: "模板", en: "templates")
            return Explanation("output-overlaps",
                               inside ? Localized(zh: "输出文件夹 \(output) 在\(roleName.zh)文件夹 \(folder) 里面；把网站写在那里会替换掉它",
                                                  tw: "輸出資料夾 \(output) 在\(roleName.tw)資料夾 \(folder) 裡面；把網站寫在那裡會替換掉它",
                                                  en: "the output folder \(output) is inside the \(roleName.en) folder \(folder); writing the site there would replace it")
                                      : Localized(zh: "输出文件夹 \(output) 包含\(roleName.zh)文件夹 \(folder)；把网站写在那里会替换掉它",
                                                  tw: "輸出資料夾 \(output) 包含\(roleName.tw)資料夾 \(folder)；把網站寫在那裡會替換掉它",
                                                  en: "the output folder \(output) holds the \(roleName.en) folder \(folder); writing the site there would replace it"),
                               hint: Localized(zh: "在 content/ 旁边另选一个单独的输出文件夹，例如 --output site",
                                               tw: "在 content/ 旁邊另選一個單獨的輸出資料夾，例如 --output site",
                                               en: "choose an output folder of its own beside content/, e.g. --output site"))
        case .outputHoldsWorkingFolder(let output):
            return Explanation("output-holds-project",
                               Localized(zh: "输出文件夹 \(output) 包含运行 lantu 的当前文件夹；把网站写在那里会替换掉整个项目",
                                         tw: "輸出資料夾 \(output) 包含執行 lantu 的當前資料夾；把網站寫在那裡會替換掉整個專案",
                                         en: "the output folder \(output) holds the folder lantu was started in; writing the site there would replace the project"),
                               hint: Localized(zh: "另选一个单独的输出文件夹，例如 --output site", tw: "另選一個單獨的輸出資料夾，例如 --output site", en: "choose an output folder of its own, e.g. --output site"))
        case .notLantuFolder(let folder, let files, let example):
            let count = files == 1 ? Localized(zh: "1 个", tw: "1 個", en: "a file") : Localized(zh: "\(files) 个", tw: "\(files) 個", en: "\(files) files")
            return Explanation("not-lantu-folder",
                               Localized(zh: "\(folder) 里已有 \(count.zh)不是 lantu 写的文件（如 \(example)）；lantu 只写入新的或空的文件夹，或它以前写过的文件夹",
                                         tw: "\(folder) 裡已有 \(count.tw)不是 lantu 寫的檔案（如 \(example)）；lantu 只寫入新的或空的資料夾，或它以前寫過的資料夾",
                                         en: "\(folder) already holds \(count.en) that lantu did not write (\(example)); lantu writes only into a new or empty folder, or one it wrote before"),
                               hint: Localized(zh: "另选一个新文件夹，或加上 --take-over 让 lantu 管理这个文件夹：网站用到的路径上的文件会被替换，其他文件都保留",
                                               tw: "另選一個新資料夾，或加上 --take-over 讓 lantu 管理這個資料夾：網站用到的路徑上的檔案會被替換，其他檔案都保留",
                                               en: "choose a new folder, or pass --take-over to let lantu manage this one: its files at the site's paths are replaced, every other file is kept"))
        case .foreignFileInTheWay(let path, let others):
            return Explanation("foreign-file-in-the-way",
                               others > 0 ? Localized(zh: "\(path)（另有 \(others) 个）不是 lantu 写的，而网站现在要用这个路径；什么都没有改动",
                                                      tw: "\(path)（另有 \(others) 個）不是 lantu 寫的，而網站現在要用這個路徑；什麼都沒有改動",
                                                      en: "\(path) (and \(others) more) was not written by lantu, and the site now needs that path; nothing was changed")
                                          : Localized(zh: "\(path) 不是 lantu 写的，而网站现在要用这个路径；什么都没有改动",
                                                      tw: "\(path) 不是 lantu 寫的，而網站現在要用這個路徑；什麼都沒有改動",
                                                      en: "\(path) was not written by lantu, and the site now needs that path; nothing was changed"),
                               hint: Localized(zh: "把这个文件移到别处，或加上 --take-over 让 lantu 替换它", tw: "把這個檔案移到別處，或加上 --take-over 讓 lantu 替換它", en: "move the file elsewhere, or pass --take-over to let lantu replace it"))
        case .busy(let folder):
            return Explanation("output-busy",
                               Localized(zh: "另一个 lantu（build、serve 或 publish）正在写入 \(folder)；什么都没有改动",
                                         tw: "另一個 lantu（build、serve 或 publish）正在寫入 \(folder)；什麼都沒有改動",
                                         en: "another lantu (build, serve or publish) is writing \(folder) now; nothing was changed"),
                               hint: Localized(zh: "等那一个结束后再运行一次", tw: "等那一個結束後再執行一次", en: "run this again when the other one has finished"))
        }
    }
}
