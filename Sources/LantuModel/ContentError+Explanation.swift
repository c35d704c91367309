import LantuDiagnostics
import LantuMarkdown

extension ContentError.Reason {
    /// The code, message and hint of this problem in every language (docs/guide.md §10 lists the codes).
    // swiftlint:disable:next cyclomatic_complexity function_body_length
    public var explanation: Explanation {
        switch self {
        case .unreadable(let why):
            return Explanation("unreadable-file", Localized(zh: "无法读取这个文件：\(why)", tw: "無法讀取這個檔案：\(why)", en: "cannot read the file: \(why)"),
                               hint: Localized(zh: "检查文件是否还在、有没有读取权限", tw: "檢查檔案是否還在、有沒有讀取權限", en: "check that the file is there and that you may read it"))
        case .noContentFolder:
            return Explanation("no-content-folder", Localized(zh: "找不到内容文件夹", tw: "找不到內容資料夾", en: "there is no content folder here"),
                               hint: Localized(zh: "请在网站文件夹（有 content/ 的文件夹）里运行 lantu，或用 --content 指定；新建网站用 `lantu init`",
                                               tw: "請在網站資料夾（有 content/ 的資料夾）裡執行 lantu，或用 --content 指定；建立新網站用 `lantu init`",
                                               en: "run lantu in the site's folder (the one holding content/), or name it with --content; start a new site with `lantu init`"))
        case .notUTF8(let likelyUTF16):
            return Explanation("not-utf8", Localized(zh: "文件不是 UTF-8 编码的文本", tw: "檔案不是 UTF-8 編碼的文字", en: "the file is not valid UTF-8 text"),
                               hint: likelyUTF16 ? Localized(zh: "看起来是 UTF-16 编码（记事本里叫“Unicode”）；请另存为 UTF-8",
                                                             tw: "看起來是 UTF-16 編碼（記事本裡叫「Unicode」）；請另存為 UTF-8",
                                                             en: "it looks like UTF-16 (Notepad's “Unicode”); save it as UTF-8")
                                   : Localized(zh: "请用 UTF-8 编码另存这个文件", tw: "請用 UTF-8 編碼另存這個檔案", en: "save the file with UTF-8 encoding"))
        case .fileTooLarge(let bytes, let allowed):
            return Explanation("file-too-large",
                               Localized(zh: "文件有 \(bytes / 1_048_576) MB，lantu 只读取不超过 \(allowed / 1_048_576) MB 的内容文件",
                                         tw: "檔案有 \(bytes / 1_048_576) MB，lantu 只讀取不超過 \(allowed / 1_048_576) MB 的內容檔案",
                                         en: "the file is \(bytes / 1_048_576) MB; lantu reads content files up to \(allowed / 1_048_576) MB"),
                               hint: Localized(zh: "把它拆成几个文件", tw: "把它拆成幾個檔案", en: "split it into several documents"))
        case .raggedRow(let cells, let header):
            return Explanation("ragged-row",
                               Localized(zh: "表格这一行有 \(cells) 格，表头却有 \(header) 格", tw: "表格這一列有 \(cells) 格，表頭卻有 \(header) 格", en: "this table row has \(cells) cells but the header has \(header)"),
                               hint: Localized(zh: "每一行的格数要和表头相同；没有内容的格写成 `| |` 空着，不要省略",
                                               tw: "每一列的格數要和表頭相同；沒有內容的格寫成 `| |` 空著，不要省略",
                                               en: "give every row one cell per column; leave a cell empty (| |) rather than dropping it"))
        case .binaryFile:
            return Explanation("binary-file", Localized(zh: "文件里有 NUL 字节，不是文本文件", tw: "檔案裡有 NUL 位元組，不是文字檔案", en: "the file contains NUL bytes; it is not a text file"),
                               hint: Localized(zh: "请另存为纯文本（UTF-8 编码的 Markdown）", tw: "請另存為純文字（UTF-8 編碼的 Markdown）", en: "save it as plain UTF-8 text (Markdown)"))
        case .nestedTooDeeply(let allowed):
            return Explanation("nested-too-deep",
                               Localized(zh: "引用或列表嵌套超过了 \(allowed) 层", tw: "引用或清單巢狀超過了 \(allowed) 層", en: "block quotes or lists are nested more than \(allowed) levels deep"),
                               hint: Localized(zh: "减少嵌套层数；规划文本用不到这么多层", tw: "減少巢狀層數；規劃文字用不到這麼多層", en: "flatten the nesting; a plan needs only a few levels"))
        case .yaml(let problem, let inFrontMatter):
            let what = YAMLProblem.explain(problem)
            return Explanation("invalid-yaml",
                               inFrontMatter ? Localized(zh: "前置元数据格式有误：\(what.zh)", tw: "前置資料格式有誤：\(what.tw)", en: "invalid YAML front matter: \(what.en)")
                                             : Localized(zh: "YAML 格式有误：\(what.zh)", tw: "YAML 格式有誤：\(what.tw)", en: "invalid YAML: \(what.en)"),
                               hint: inFrontMatter
                                   ? Localized(zh: "前置元数据是文件开头两行 `---` 之间的 `键: 值` 行（英文冒号后加空格）；值里有冒号或以 [、{ 开头时给值加引号",
                                               tw: "前置資料是檔案開頭兩行 `---` 之間的 `鍵: 值` 行（英文冒號後加空格）；值裡有冒號或以 [、{ 開頭時給值加引號",
                                               en: "front matter is `key: value` lines between two `---` lines; quote a value that has a colon or starts with [ or {")
                                   : Localized(zh: "每行写成 `键: 值`（英文冒号后加空格），下一层缩进两个空格；值里有冒号或以 [、{ 开头时给值加引号",
                                               tw: "每行寫成 `鍵: 值`（英文冒號後加空格），下一層縮排兩個空格；值裡有冒號或以 [、{ 開頭時給值加引號",
                                               en: "write `key: value` lines, indenting each level by two spaces; quote a value that has a colon or starts with [ or {"))
        case .yamlSlip(let slip):
            return slip.explanation
        case .unterminatedFrontMatter:
            return Explanation("unterminated-front-matter",
                               Localized(zh: "前置元数据以 `---` 开头，但没有结束的 `---` 行", tw: "前置資料以 `---` 開頭，但沒有結束的 `---` 行", en: "front matter starts with `---` but has no closing `---` line"),
                               hint: Localized(zh: "在最后一项设置后加一行 `---`", tw: "在最後一項設定後加一行 `---`", en: "add a line `---` after the last field"))
        case .frontMatterNotMapping:
            return Explanation("front-matter-not-mapping",
                               Localized(zh: "前置元数据应是一行一项的 `键: 值`", tw: "前置資料應是一行一項的 `鍵: 值`", en: "front matter must be `key: value` lines"),
                               hint: Localized(zh: "例如 `title: 天津市教育现代化“十四五”规划`", tw: "例如 `title: 天津市教育現代化「十四五」規劃`", en: "for example `title: Tianjin education plan`"))
        case .siteNotMapping:
            return Explanation("site-yml-not-mapping",
                               Localized(zh: "site.yml 应是一行一项的 `键: 值`", tw: "site.yml 應是一行一項的 `鍵: 值`", en: "site.yml must be `key: value` lines"),
                               hint: Localized(zh: "例如 `title: 天津市教育现代化“十四五”规划实施监测`", tw: "例如 `title: 天津市教育現代化「十四五」規劃實施監測`", en: "for example `title: Tianjin education plan monitoring`"))
        case .missingSiteFile:
            return Explanation("no-site-yml", Localized(zh: "内容文件夹里没有 site.yml", tw: "內容資料夾裡沒有 site.yml", en: "content has no site.yml"),
                               hint: Localized(zh: "新建 content/site.yml，至少写一行 `title: 网站名称`", tw: "建立 content/site.yml，至少寫一行 `title: 網站名稱`", en: "create content/site.yml with at least `title: …`"))
        case .noDocuments:
            return Explanation("no-documents",
                               Localized(zh: "内容文件夹里没有 Markdown 文件（规划、报告或页面）", tw: "內容資料夾裡沒有 Markdown 檔案（規劃、報告或頁面）", en: "content has no Markdown documents"),
                               hint: Localized(zh: "在 content/plans/ 下添加规划，例如 `lantu new plan 规划名称`", tw: "在 content/plans/ 下新增規劃，例如 `lantu new plan 規劃名稱`", en: "add a plan under content/plans/, e.g. `lantu new plan NAME`"))
        case .missingField(let name, let example):
            return Explanation("missing-field", Localized(zh: "缺少必填项 `\(name):`", tw: "缺少必填項 `\(name):`", en: "missing required field '\(name)'"),
                               hint: Localized(zh: "加上一行 `\(name): \(example)`", tw: "加上一行 `\(name): \(example)`", en: "add `\(name): \(example)`"))
        case .invalidField(let name, let value, let expected):
            return Explanation("invalid-field", Localized(zh: "“\(name)”的值“\(value)”不符合要求", tw: "「\(name)」的值「\(value)」不符合要求", en: "invalid '\(name)': '\(value)'"),
                               hint: Localized(zh: "应写成：\(expected.zh)", tw: "應寫成：\(expected.tw)", en: "expected \(expected.en)"))
        case .invalidID(let id):
            return Explanation("invalid-id", Localized(zh: "“\(id)”不能用作编号", tw: "「\(id)」不能用作編號", en: "invalid id '\(id)'"),
                               hint: Localized(zh: "编号用在网址和文件名里，只能用小写英文字母、数字和“-”，例如 `tj-edu`；中文名称写在 `title:` 里",
                                               tw: "編號用在網址和檔名裡，只能用小寫英文字母、數字和「-」，例如 `tj-edu`；中文名稱寫在 `title:` 裡",
                                               en: "ids use lowercase ASCII letters, digits and '-', e.g. `tj-edu`; the Chinese name goes in `title:`"))
        case .duplicateID(let id, let first):
            return Explanation("duplicate-id", Localized(zh: "两个文件的编号都是“\(id)”", tw: "兩個檔案的編號都是「\(id)」", en: "two documents have the id '\(id)'"),
                               hint: Localized(zh: "另一个是 \(first)；给其中一个改写 `id:`", tw: "另一個是 \(first)；給其中一個改寫 `id:`", en: "the other one is \(first); give one of them another `id:`"))
        case .duplicateIndicatorID(let id, let first, let positional):
            return Explanation("duplicate-indicator-id",
                               Localized(zh: "本规划有两项指标的编号都是“\(id)”", tw: "本規劃有兩項指標的編號都是「\(id)」", en: "two indicators of this plan have the id '\(id)'"),
                               hint: positional
                                   ? Localized(zh: "另一项在 \(first)；这一行没写编号，编号按位置生成，请给另一行改写编号",
                                               tw: "另一項在 \(first)；這一列沒寫編號，編號按位置生成，請給另一列改寫編號",
                                               en: "the other is at \(first); this row has no 编号, so its id comes from its position; give the other row another 编号")
                                   : Localized(zh: "另一项在 \(first)；给这一行改写编号（没写编号的行，编号是“规划编号-序号”）",
                                               tw: "另一項在 \(first)；給這一列改寫編號（沒寫編號的列，編號是「規劃編號-序號」）",
                                               en: "the other is at \(first); give this row another 编号 (ids of rows without one are '<plan id>-<position>')"))
        case .ownParent(let id):
            return Explanation("parent-self", Localized(zh: "规划“\(id)”把自己写成了上级规划", tw: "規劃「\(id)」把自己寫成了上級規劃", en: "the plan '\(id)' names itself as its parent"),
                               hint: Localized(zh: "`parent:` 写本规划所服务的上级规划的编号；没有上级规划就删去这一行",
                                               tw: "`parent:` 寫本規劃所服務的上級規劃的編號；沒有上級規劃就刪去這一行",
                                               en: "`parent:` is the id of the higher-level plan this one serves; remove it if there is none"))
        case .parentCycle(let chain):
            return Explanation("parent-cycle",
                               Localized(zh: "几个规划的 `parent:` 互相指向，绕成了一个圈：" + chain.joined(separator: " → "),
                                         tw: "幾個規劃的 `parent:` 互相指向，繞成了一個圈：" + chain.joined(separator: " → "),
                                         en: "the plans' `parent:` fields go round in a circle: " + chain.joined(separator: " → ")),
                               hint: Localized(zh: "上级规划的范围更大；最上级的规划不写 `parent:`",
                                               tw: "上級規劃的範圍更大；最上級的規劃不寫 `parent:`",
                                               en: "a plan's parent serves a wider scope; remove `parent:` from the top-level plan"))
        case .unknownFrontMatterKey(let key, let place, let suggestions, let known):
            return Explanation("unknown-key", Localized(zh: "\(place.name.zh)里有不认识的键“\(key)”", tw: "\(place.name.tw)裡有不認識的鍵「\(key)」", en: "unknown key '\(key)' in \(place.name.en)"),
                               hint: Localized.didYouMean(suggestions)
                                   ?? Localized(zh: "可用的键：" + known.joined(separator: "、"), tw: "可用的鍵：" + known.joined(separator: "、"), en: "known keys: " + known.joined(separator: ", ")))
        case .keyOfAnotherKind(let key, let place, let kind):
            let folder = kind == "plan" ? "plans/" : "reports/"
            let kindName = kind == "plan" ? Localized(zh: "规划", tw: "規劃", en: "plan") : Localized(zh: "报告", tw: "報告", en: "report")
            return Explanation("key-of-another-kind",
                               Localized(zh: "\(place.name.zh)里有键“\(key)”，只有\(kindName.zh)才读它", tw: "\(place.name.tw)裡有鍵「\(key)」，只有\(kindName.tw)才讀它", en: "unknown key '\(key)' in \(place.name.en); only a \(kindName.en) reads it"),
                               hint: Localized(zh: "这个文件如果是\(kindName.zh)，把它移到 \(folder) 或加上 `kind: \(kind)`；否则删去这个键",
                                               tw: "這個檔案如果是\(kindName.tw)，把它移到 \(folder) 或加上 `kind: \(kind)`；否則刪去這個鍵",
                                               en: "if this file is a \(kindName.en), move it into \(folder) or add `kind: \(kind)`; otherwise remove the key"))
        case .repeatedKey(let key, let first, let at):
            // Yams refuses a key written twice the same way, so this is always two spellings.
            return Explanation("key-twice",
                               Localized(zh: "“\(key)”和前面的“\(first)”是同一个键，写了两次", tw: "「\(key)」和前面的「\(first)」是同一個鍵，寫了兩次", en: "'\(key)' is another spelling of '\(first)', given already"),
                               hint: Localized(zh: "前一个在 \(at)；只保留一个，另一个不会被读取", tw: "前一個在 \(at)；只保留一個，另一個不會被讀取", en: "the first is at \(at); keep one of them, since only one would be read"))
        case .reportOutsidePeriod(let date, let first, let last):
            return Explanation("report-outside-period",
                               Localized(zh: "报告日期 \(date) 不在规划期 \(first)–\(last) 年内", tw: "報告日期 \(date) 不在規劃期 \(first)–\(last) 年內", en: "the report is dated \(date), outside the plan period \(first)–\(last)"),
                               hint: Localized(zh: "本规划的报告日期应在 \(first) 年至 \(last + 1) 年之间（最后一年的年度报告在次年发布）；请检查 `date:` 的年份",
                                               tw: "本規劃的報告日期應在 \(first) 年至 \(last + 1) 年之間（最後一年的年度報告在次年發布）；請檢查 `date:` 的年份",
                                               en: "a report on this plan is dated from \(first) to \(last + 1) (the last year's report comes out the next year); check the year of `date:`"))
        case .duplicateUnitName(let name, let unit, let first):
            return Explanation("unit-name-twice",
                               Localized(zh: "units.yml 里“\(name)”同时用于两个单位", tw: "units.yml 裡「\(name)」同時用於兩個單位", en: "'\(name)' is given for two units in units.yml"),
                               hint: Localized(zh: "它已是“\(unit)”的名称（\(first)）；名称、简称和别名只能属于一个单位",
                                               tw: "它已是「\(unit)」的名稱（\(first)）；名稱、簡稱和別名只能屬於一個單位",
                                               en: "it already names '\(unit)' at \(first); a name, short name or alias belongs to one unit only"))
        case .yamlTooLarge(let bytes, let allowed):
            return Explanation("yaml-too-large",
                               Localized(zh: "这段 YAML 有 \(bytes / 1024) KB，lantu 只读取不超过 \(allowed / 1024) KB 的前置元数据和 YAML 文件",
                                         tw: "這段 YAML 有 \(bytes / 1024) KB，lantu 只讀取不超過 \(allowed / 1024) KB 的前置資料和 YAML 檔案",
                                         en: "the YAML is \(bytes / 1024) KB; lantu reads front matter and YAML files up to \(allowed / 1024) KB"),
                               hint: Localized(zh: "设置只需几行；大段文字请写在 Markdown 正文里",
                                               tw: "設定只需幾行；大段文字請寫在 Markdown 正文裡",
                                               en: "front matter and settings are a few lines each; long text belongs in a Markdown body"))
        case .yamlAliasesTooLarge(let values, let allowed):
            return Explanation("yaml-alias-bomb",
                               Localized(zh: "YAML 别名（*名称）在这里展开后超过 \(allowed) 个值（已有 \(values) 个）",
                                         tw: "YAML 別名（*名稱）在這裡展開後超過 \(allowed) 個值（已有 \(values) 個）",
                                         en: "YAML aliases (*name) here expand to more than \(allowed) values (\(values) so far)"),
                               hint: Localized(zh: "把值直接写出来，不要反复引用锚点（&名称）；lantu 的文件用不到别名",
                                               tw: "把值直接寫出來，不要反覆引用錨點（&名稱）；lantu 的檔案用不到別名",
                                               en: "write the values out instead of repeating anchors (&name); lantu's files need no aliases"))
        case .controlCharacters(let name, let count):
            return Explanation("control-characters",
                               Localized(zh: "已从文件中删去 \(count) 个看不见的控制字符，第一个（\(name.zh)）在这里",
                                         tw: "已從檔案中刪去 \(count) 個看不見的控制字元，第一個（\(name.tw)）在這裡",
                                         en: "removed \(count) invisible control character\(count == 1 ? "" : "s") from the file; the first (\(name.en)) is here"),
                               hint: Localized(zh: "这类字符多是从 Word 复制粘贴带来的；删掉它们或重新输入这一行",
                                               tw: "這類字元多是從 Word 複製貼上帶來的；刪掉它們或重新輸入這一行",
                                               en: "they usually come from pasting out of Word; delete them or retype the line"))
        case .reservedPageID(let id):
            return Explanation("reserved-page-id",
                               Localized(zh: "页面编号“\(id)”已被网站自动生成的页面占用", tw: "頁面編號「\(id)」已被網站自動生成的頁面佔用", en: "the page id '\(id)' is used by a generated page"),
                               hint: Localized(zh: "换一个文件名或 `id:`", tw: "換一個檔名或 `id:`", en: "choose another file name or `id:`"))
        case .unknownPlan(let id, let suggestions):
            return Explanation("unknown-plan", Localized(zh: "没有编号为“\(id)”的规划", tw: "沒有編號為「\(id)」的規劃", en: "no plan has the id '\(id)'"),
                               hint: Localized.didYouMean(suggestions)
                                   ?? Localized(zh: "规划的编号就是它的文件名（不带 .md），或它的 `id:`", tw: "規劃的編號就是它的檔名（不帶 .md），或它的 `id:`", en: "write the plan's id: its file name without .md, or its `id:`"))
        case .planRequired(let candidates):
            let options = Localized.list(candidates.map { "`\($0)`" })
            return Explanation("report-needs-plan",
                               Localized(zh: "这份报告没有写明报告的是哪个规划", tw: "這份報告沒有寫明報告的是哪個規劃", en: "this report does not say which plan it reports on"),
                               hint: Localized(zh: "加上 `plan:`，写其中一个规划的编号：\(options.zh)", tw: "加上 `plan:`，寫其中一個規劃的編號：\(options.tw)", en: "add `plan:` with one of \(options.en)"))
        case .tooLarge(let limit):
            switch limit {
            case .tableColumns(let found, let allowed):
                return Explanation("table-too-wide",
                                   Localized(zh: "表格这一行有 \(found) 列，lantu 最多接受 \(allowed) 列", tw: "表格這一列有 \(found) 欄，lantu 最多接受 \(allowed) 欄", en: "table row has \(found) columns; lantu accepts at most \(allowed)"),
                                   hint: Localized(zh: "把表格拆开", tw: "把表格拆開", en: "split the table"))
            case .tableCells(let found, let allowed):
                return Explanation("table-too-many-cells",
                                   Localized(zh: "表格超过 \(allowed) 格（已有 \(found) 格）", tw: "表格超過 \(allowed) 格（已有 \(found) 格）", en: "table has more than \(allowed) cells (\(found) so far)"),
                                   hint: Localized(zh: "拆成几个表格", tw: "拆成幾個表格", en: "split the table into several"))
            }
        case .unknownTaskKey(let key, let suggestions):
            return Explanation("unknown-task-key", Localized(zh: "无法识别任务下的“\(key)”", tw: "無法識別任務下的「\(key)」", en: "unknown task key '\(key)'"),
                               hint: Localized.didYouMean(suggestions)
                                   ?? Localized(zh: "任务下可写：牵头单位、配合单位、开始时间、完成时限、状态、进度、相关指标、标签",
                                                tw: "任務下可寫：牽頭單位、配合單位、開始時間、完成時限、狀態、進度、相關指標、標籤",
                                                en: "known keys: 牵头单位, 配合单位, 开始时间, 完成时限, 状态, 进度, 相关指标, 标签"))
        case .invalidDate(let text, let impossible):
            return Explanation("invalid-date",
                               impossible ? Localized(zh: "日期“\(text)”不存在", tw: "日期「\(text)」不存在", en: "impossible date '\(text)'")
                                          : Localized(zh: "“\(text)”不是日期", tw: "「\(text)」不是日期", en: "'\(text)' is not a date"),
                               hint: Localized(zh: "日期可写成 2025、2025-12、2025-12-31、2025年12月、2025年底或2025年上半年",
                                               tw: "日期可寫成 2025、2025-12、2025-12-31、2025年12月、2025年底或2025年上半年",
                                               en: "write dates as 2025, 2025-12, 2025-12-31, 2025年12月, 2025年底 or 2025年上半年"))
        case .invalidProgress(let text):
            return Explanation("invalid-progress", Localized(zh: "进度“\(text)”不是 0 到 100 之间的数", tw: "進度「\(text)」不是 0 到 100 之間的數", en: "progress '\(text)' is not a number from 0 to 100"),
                               hint: Localized(zh: "例如写成 `进度：60%`", tw: "例如寫成 `進度：60%`", en: "write e.g. `进度：60%`"))
        case .invalidTaskStatus(let text):
            return Explanation("unknown-task-status", Localized(zh: "不认识的任务状态“\(text)”", tw: "不認識的任務狀態「\(text)」", en: "unknown task status '\(text)'"),
                               hint: Localized(zh: "状态写未开始、进行中、已完成、滞后或暂停", tw: "狀態寫未開始、進行中、已完成、滯後或暫停", en: "use 未开始, 进行中, 已完成, 滞后 or 暂停"))
        case .invalidIndicatorStatus(let text):
            return Explanation("unknown-indicator-status", Localized(zh: "不认识的指标状态“\(text)”", tw: "不認識的指標狀態「\(text)」", en: "unknown indicator status '\(text)'"),
                               hint: Localized(zh: "状态写已达成、进展顺利、略有滞后、明显滞后、逆向变化、未达标或暂无数据",
                                               tw: "狀態寫已達成、進展順利、略有滯後、明顯滯後、逆向變化、未達標或暫無數據",
                                               en: "use 已达成, 进展顺利, 略有滞后, 明显滞后, 逆向变化, 未达标 or 暂无数据"))
        case .indicatorTableWithoutValues:
            return Explanation("indicator-table-without-values",
                               Localized(zh: "指标表既没有基期值列，也没有目标值列", tw: "指標表既沒有基期值欄，也沒有目標值欄", en: "indicator table has no baseline or target column"),
                               hint: Localized(zh: "加一列基期值（表头写 2020年、2020年基期值或基期值（2020年））或目标值（2025年、2025年目标值或目标值）",
                                               tw: "加一欄基期值（表頭寫 2020年、2020年基期值或基期值（2020年））或目標值（2025年、2025年目標值或目標值）",
                                               en: "add a column for the baseline (2020年, 2020年基期值, 基期值（2020年）) or the target (2025年, 2025年目标值, 目标值)"))
        case .unknownIndicator(let name, let suggestions):
            return Explanation("unknown-indicator", Localized(zh: "规划里没有名为“\(name)”的指标", tw: "規劃裡沒有名為「\(name)」的指標", en: "no indicator of the plan is named '\(name)'"),
                               hint: Localized.didYouMean(suggestions)
                                   ?? Localized(zh: "写规划指标表里的指标名称或编号", tw: "寫規劃指標表裡的指標名稱或編號", en: "write the indicator's name or id as the plan's table has it"))
        case .ambiguousIndicator(let name, let ids):
            return Explanation("ambiguous-indicator",
                               Localized(zh: "“\(name)”对应多项指标：" + ids.joined(separator: "、"), tw: "「\(name)」對應多項指標：" + ids.joined(separator: "、"), en: "'\(name)' matches several indicators: " + ids.joined(separator: ", ")),
                               hint: Localized(zh: "改写成指标的编号", tw: "改寫成指標的編號", en: "write the indicator's id instead of its name"))
        case .unknownTask(let reference, let suggestions):
            return Explanation("unknown-task", Localized(zh: "规划里没有任务“\(reference)”", tw: "規劃裡沒有任務「\(reference)」", en: "no task of the plan is '\(reference)'"),
                               hint: Localized.didYouMean(suggestions)
                                   ?? Localized(zh: "写任务的锚点（如 s3-1-1）或完整的任务标题", tw: "寫任務的錨點（如 s3-1-1）或完整的任務標題", en: "use the task's anchor, e.g. s3-1-1, or its exact heading"))
        case .measurementBeforeBaseline(let year, let baseline):
            return Explanation("measurement-before-baseline",
                               Localized(zh: "\(year) 年的监测值不晚于基期年（\(baseline) 年）", tw: "\(year) 年的監測值不晚於基期年（\(baseline) 年）", en: "measurement for \(year) is not after the baseline year \(baseline)"),
                               hint: Localized(zh: "检查年份列；基期值应写在规划的指标表里", tw: "檢查年份欄；基期值應寫在規劃的指標表裡", en: "check the year column; the baseline value belongs in the plan's table"))
        case .measurementOutsidePeriod(let year, let first, let last):
            return Explanation("measurement-outside-period",
                               Localized(zh: "\(year) 年的监测值不在规划期 \(first)–\(last) 年内", tw: "\(year) 年的監測值不在規劃期 \(first)–\(last) 年內", en: "measurement for \(year) is outside the plan period \(first)–\(last)"),
                               hint: Localized(zh: "检查年份列是否写错", tw: "檢查年份欄是否寫錯", en: "check the year column for a typo"))
        case .duplicateMeasurement(let indicator, let year, let earlier):
            return Explanation("measurement-twice",
                               Localized(zh: "“\(indicator)”\(year) 年的数值写了两次，以后一份报告为准", tw: "「\(indicator)」\(year) 年的數值寫了兩次，以後一份報告為準", en: "'\(indicator)' is given for \(year) twice; the later report wins"),
                               hint: Localized(zh: "前一个数值在 \(earlier)", tw: "前一個數值在 \(earlier)", en: "the earlier value is at \(earlier)"))
        case .brokenLink(let target):
            return Explanation("broken-link", Localized(zh: "链接指向的文件“\(target)”不存在", tw: "連結指向的檔案「\(target)」不存在", en: "link to a missing file '\(target)'"),
                               hint: Localized(zh: "链接其他内容文件时，写相对于本文件的路径", tw: "連結其他內容檔案時，寫相對於本檔案的路徑", en: "link to a content file by its path relative to this file"))
        case .missingAnchor(let anchor, let file, let suggestions):
            return Explanation("missing-anchor", Localized(zh: "“\(file)”里没有“#\(anchor)”这一节", tw: "「\(file)」裡沒有「#\(anchor)」這一節", en: "'\(file)' has no section '#\(anchor)'"),
                               hint: Localized.didYouMean(suggestions)
                                   ?? Localized(zh: "“#”后写标题的锚点，例如 #s3-1", tw: "「#」後寫標題的錨點，例如 #s3-1", en: "after '#' write the heading's anchor, e.g. #s3-1"))
        case .linkOutsideContent(let target):
            return Explanation("link-outside-content", Localized(zh: "链接“\(target)”指到了内容文件夹之外", tw: "連結「\(target)」指到了內容資料夾之外", en: "link '\(target)' leaves the content folder"),
                               hint: Localized(zh: "只能链接 content/ 里的文件；符号链接也要指向 content/ 里面",
                                               tw: "只能連結 content/ 裡的檔案；符號連結也要指向 content/ 裡面",
                                               en: "link only to files inside content/; symbolic links must point inside it too"))
        case .reservedAnchor(let anchor):
            return Explanation("reserved-anchor", Localized(zh: "锚点“\(anchor)”已被规划页面本身占用", tw: "錨點「\(anchor)」已被規劃頁面本身佔用", en: "the anchor '\(anchor)' is used by the plan page itself"),
                               hint: Localized(zh: "给这个标题另写一个 `{#编号}`", tw: "給這個標題另寫一個 `{#編號}`", en: "give the heading another `{#id}`"))
        case .duplicateAnchor(let anchor, let first):
            return Explanation("duplicate-anchor", Localized(zh: "锚点“\(anchor)”在本文件里用了两次", tw: "錨點「\(anchor)」在本檔案裡用了兩次", en: "the anchor '\(anchor)' is used twice in this file"),
                               hint: Localized(zh: "第一个在 \(first)；给其中一个标题重新编号，或写 `{#另一个编号}`",
                                               tw: "第一個在 \(first)；給其中一個標題重新編號，或寫 `{#另一個編號}`",
                                               en: "the first is at \(first); renumber one heading or give it `{#another-id}`"))
        case .overdueTask(let title, let due):
            return Explanation("overdue-task",
                               Localized(zh: "任务“\(title)”已过完成时限 \(due)，尚未完成", tw: "任務「\(title)」已過完成時限 \(due)，尚未完成", en: "task '\(title)' is past its due date \(due) and not done"),
                               hint: Localized(zh: "在报告里更新它的状态；规划调整过的，修改 `完成时限`", tw: "在報告裡更新它的狀態；規劃調整過的，修改 `完成時限`", en: "report its status, or move `完成时限` if the plan changed"))
        case .staleIndicator(let name, let latest):
            return Explanation("stale-indicator",
                               Localized(zh: "“\(name)”缺少最近一个报告年份的数值（它最近的数值是 \(latest) 年的）",
                                         tw: "「\(name)」缺少最近一個報告年份的數值（它最近的數值是 \(latest) 年的）",
                                         en: "'\(name)' has no value for the latest reported year (its latest is \(latest))"),
                               hint: Localized(zh: "把它补进最近一份报告的表格", tw: "把它補進最近一份報告的表格", en: "add it to the latest report's table"))
        case .unitUsedOnce(let name, let suggestions):
            return Explanation("unit-used-once", Localized(zh: "单位“\(name)”只出现了一次", tw: "單位「\(name)」只出現了一次", en: "unit '\(name)' is named only once"),
                               hint: Localized.didYouMean(suggestions)
                                   ?? Localized(zh: "如是笔误请改正；单位的全称、简称和别名可登记在 units.yml 里",
                                                tw: "如是筆誤請改正；單位的全稱、簡稱和別名可登記在 units.yml 裡",
                                                en: "correct it if it is a typo; units.yml lists each unit's name, short name and aliases"))
        case .alignsWithoutParent(let reference):
            return Explanation("aligns-without-parent",
                               Localized(zh: "“\(reference)”写的是上级指标，但本规划没有上级规划", tw: "「\(reference)」寫的是上級指標，但本規劃沒有上級規劃", en: "'\(reference)' is named as the parent indicator, but this plan has no parent"),
                               hint: Localized(zh: "加上 `parent:`，写本规划所服务的上级规划的编号", tw: "加上 `parent:`，寫本規劃所服務的上級規劃的編號", en: "add `parent:` with the id of the plan it serves"))
        case .unitsNotAList:
            return Explanation("units-not-a-list", Localized(zh: "units.yml 应是单位的列表", tw: "units.yml 應是單位的清單", en: "invalid units.yml: expected a list of units"),
                               hint: Localized.unitsHint)
        case .unitNotAMapping:
            return Explanation("unit-not-a-mapping", Localized(zh: "units.yml 的这一项不是 `name: …` 的形式", tw: "units.yml 的這一項不是 `name: …` 的形式", en: "invalid units.yml: expected `name: …`"),
                               hint: Localized.unitsHint)
        case .unitWithoutName:
            return Explanation("unit-without-name", Localized(zh: "units.yml 的这一项没有 `name:`", tw: "units.yml 的這一項沒有 `name:`", en: "invalid units.yml: an entry has no name"),
                               hint: Localized.unitsHint)
        case .table(let problem):
            return problem.explanation
        case .milestone(let problem):
            return problem.explanation
        }
    }
}

extension KeyPlace {
    var name: Localized {
        switch self {
        case .frontMatter(kind: "plan"): Localized(zh: "规划的前置元数据", tw: "規劃的前置資料", en: "a plan's front matter")
        case .frontMatter(kind: "report"): Localized(zh: "报告的前置元数据", tw: "報告的前置資料", en: "a report's front matter")
        case .frontMatter: Localized(zh: "页面的前置元数据", tw: "頁面的前置資料", en: "a page's front matter")
        case .siteFile: Localized(zh: "site.yml ", tw: "site.yml ", en: "site.yml")
        case .unitEntry: Localized(zh: "units.yml 的条目", tw: "units.yml 的條目", en: "a units.yml entry")
        }
    }
}

private extension Localized {
    static let unitsHint = Localized(zh: "每个单位写成 `- name: 单位全称`，可另写 short（简称）、aliases（别名）、description（说明）",
                                     tw: "每個單位寫成 `- name: 單位全稱`，可另寫 short（簡稱）、aliases（別名）、description（說明）",
                                     en: "each entry is `- name: …` with optional short, aliases, description")
}

extension YAMLSlip {
    public var explanation: Explanation {
        switch self {
        case .fullWidthColon(let key):
            return Explanation("yaml-full-width-colon",
                               Localized(zh: "“\(key)”后面是中文冒号“：”，已当作英文冒号读取", tw: "「\(key)」後面是中文冒號「：」，已當作英文冒號讀取", en: "full-width colon '：' after '\(key)'; read as ':'"),
                               hint: Localized(zh: "切换到英文输入法，把“：”改成英文冒号加空格“: ”",
                                               tw: "切換到英文輸入法，把「：」改成英文冒號加空格「: 」",
                                               en: "retype it as an ASCII colon and a space (': '), with the input method in English mode"))
        case .missingSpace(let key):
            return Explanation("yaml-missing-space",
                               Localized(zh: "“\(key):”的冒号后面没有空格，已当作“\(key): …”读取", tw: "「\(key):」的冒號後面沒有空格，已當作「\(key): …」讀取", en: "no space after '\(key):'; read as '\(key): …'"),
                               hint: Localized(zh: "在英文冒号后加一个空格：`\(key): 值`", tw: "在英文冒號後加一個空格：`\(key): 值`", en: "put a space after the colon: `\(key): value`"))
        case .fullWidthSpace(let count, let leading):
            return Explanation("yaml-full-width-space",
                               leading ? Localized(zh: "行首有 \(count) 个全角空格，已把每个当作两个空格的缩进读取",
                                                   tw: "行首有 \(count) 個全形空格，已把每個當作兩個空格的縮排讀取",
                                                   en: "\(count) full-width space\(count == 1 ? "" : "s") (U+3000) used as indentation; each read as two spaces")
                                       : Localized(zh: "冒号后面是全角空格，已当作半角空格读取", tw: "冒號後面是全形空格，已當作半形空格讀取", en: "a full-width space (U+3000) after the colon; read as a space"),
                               hint: Localized(zh: "切换到英文输入法重新输入空格；YAML 只认半角空格",
                                               tw: "切換到英文輸入法重新輸入空格；YAML 只認半形空格",
                                               en: "retype the space with the input method in English mode; YAML reads only ASCII spaces"))
        case .fullWidthDash(let dash):
            return Explanation("yaml-full-width-dash",
                               Localized(zh: "列表项以“\(dash)”开头，已当作列表符号“-”读取", tw: "清單項目以「\(dash)」開頭，已當作清單符號「-」讀取", en: "list item starts with '\(dash)'; read as the list dash '-'"),
                               hint: Localized(zh: "切换到英文输入法，改成减号加空格“- ”", tw: "切換到英文輸入法，改成減號加空格「- 」", en: "retype it as an ASCII hyphen and a space ('- ')"))
        case .curlyQuotes(let value):
            return Explanation("yaml-curly-quotes",
                               Localized(zh: "值 \(value) 两边的中文引号已去掉", tw: "值 \(value) 兩邊的中文引號已去掉", en: "the curly quotes around \(value) are read as not part of the value"),
                               hint: Localized(zh: "值不用加引号；值里有冒号等符号需要加引号时，用英文引号 \"…\"",
                                               tw: "值不用加引號；值裡有冒號等符號需要加引號時，用英文引號 \"…\"",
                                               en: "values need no quotes; where one must be quoted (it has a colon), use ASCII quotes \"…\""))
        }
    }
}

/// libyaml's English messages in the user's language, for the ones real slips cause; others
/// are shown as libyaml words them.
enum YAMLProblem {
    static func explain(_ problem: String) -> Localized {
        let known: [(String, Localized)] = [
            ("could not find expected ':'", Localized(zh: "这一行缺少英文冒号“:”", tw: "這一行缺少英文冒號「:」", en: "a line has no ':' after its key")),
            ("mapping values are not allowed", Localized(zh: "这里不能再出现“键: 值”：值里有英文冒号时请给值加引号，或检查缩进",
                                                         tw: "這裡不能再出現「鍵: 值」：值裡有英文冒號時請給值加引號，或檢查縮排",
                                                         en: "a `key: value` is not allowed here: quote a value that has a colon, or check the indentation")),
            ("found character that cannot start any token", Localized(zh: "这里有一个不能出现的字符（常见的是 Tab 制表符，或值以 @、` 开头）",
                                                                       tw: "這裡有一個不能出現的字元（常見的是 Tab 製表符，或值以 @、` 開頭）",
                                                                       en: "a character that cannot start a value (often a tab, or a value starting with @ or `)")),
            ("tab", Localized(zh: "缩进里有 Tab 制表符；YAML 只能用空格缩进", tw: "縮排裡有 Tab 製表符；YAML 只能用空格縮排", en: "a tab in the indentation; YAML indents with spaces only")),
            ("did not find expected key", Localized(zh: "缩进没有对齐：同一层的键要从同一列开始", tw: "縮排沒有對齊：同一層的鍵要從同一欄開始", en: "the indentation does not line up: keys of one level start in the same column")),
            ("did not find expected '-' indicator", Localized(zh: "列表项没有对齐：同一列表的“-”要从同一列开始",
                                                                tw: "清單項目沒有對齊：同一清單的「-」要從同一欄開始",
                                                                en: "the list items do not line up: the dashes of one list start in the same column")),
            ("did not find expected ',' or ']'", Localized(zh: "方括号没有配对：以 [ 开头的值要以 ] 结束；值本身以 [ 开头时给整个值加引号",
                                                             tw: "方括號沒有配對：以 [ 開頭的值要以 ] 結束；值本身以 [ 開頭時給整個值加引號",
                                                             en: "a [ is never closed by ]; quote a value that starts with [")),
            ("did not find expected ',' or '}'", Localized(zh: "花括号没有配对：以 { 开头的值要以 } 结束；值本身以 { 开头时给整个值加引号",
                                                             tw: "花括號沒有配對：以 { 開頭的值要以 } 結束；值本身以 { 開頭時給整個值加引號",
                                                             en: "a { is never closed by }; quote a value that starts with {")),
            ("found unexpected end of stream", Localized(zh: "引号没有配对：有一个引号没有结束", tw: "引號沒有配對：有一個引號沒有結束", en: "a quote is opened and never closed")),
            ("block sequence entries are not allowed", Localized(zh: "这里不能开始列表：“-”要另起一行，并比上面的键多缩进两格",
                                                                   tw: "這裡不能開始清單：「-」要另起一行，並比上面的鍵多縮排兩格",
                                                                   en: "a list cannot start here: put the '-' on a new line, indented under its key")),
            ("duplicate key", Localized(zh: "同一个键写了两次", tw: "同一個鍵寫了兩次", en: "a key is given twice")),
            ("found undefined alias", Localized(zh: "用了没有定义的别名（*名称）", tw: "用了沒有定義的別名（*名稱）", en: "an alias (*name) that no anchor defines")),
        ]
        return known.first { problem.contains($0.0) }.map { Localized(zh: $0.1.zh, tw: $0.1.tw, en: "\($0.1.en) (\(problem))") }
            ?? Localized(zh: problem, tw: problem, en: problem)
    }
}
