import Foundation
import LantuDiagnostics
import LantuModel

/// `lantu new`: commented starter files that build without errors as they are.
public enum Scaffold {
    public enum Kind: String, CaseIterable, Sendable {
        case plan, report, page
    }

    /// Writes the starter file and returns its path and what the content reports with it (a
    /// second plan makes `plan:` required in reports that relied on the only plan); never overwrites.
    /// `name` is an id (`tjutc-talent`) or a title as written (`人才强校专项规划`, whose id is
    /// its pinyin). `today` dates a new report; the rest of the text depends only on the content.
    /// The diagnostics are in `language`.
    public static func create(_ kind: Kind, name: String, content: String, today: PlanDate,
                              language: DiagnosticLanguage) throws(SiteError) -> (path: String, diagnostics: [Diagnostic]) {
        let folder = kind == .plan ? "plans/" : kind == .report ? "reports/" : ""
        let id = documentID(for: name) ?? name
        // An id typed as the name says nothing a reader should see; a Chinese name is the title.
        let title = id == name ? placeholderTitle(kind) : name
        let path = ContentDirectory.displayPath(root: content, relative: folder + id + ".md")
        guard !FileManager.default.fileExists(atPath: path) else {
            throw SiteError(SourceLocation(file: path), .alreadyExists)
        }
        let text: String
        switch kind {
        case .plan: text = plan(title)
        case .page: text = page(title)
        case .report:
            guard let model = ContentLoader.load(directory: content).content, let plan = model.plans.first else {
                throw SiteError(SourceLocation(file: path), .noPlanYet)
            }
            text = report(id == name ? nil : name, plan: plan, multiplePlans: model.plans.count > 1, today: today)
        }
        do {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
        } catch {
            throw SiteError(SourceLocation(file: path), .writeFailed(error.localizedDescription))
        }
        return (path, ContentLoader.load(directory: content, language: LanguageChoice(explicit: language)).diagnostics.errors)
    }

    /// The file's id: `name` itself when it is one, else its pinyin (`十四五规划` →
    /// `shi-si-wu-gui-hua`), nil when nothing of it can be written in ASCII.
    public static func documentID(for name: String) -> String? {
        let allowed = name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        if allowed, !name.isEmpty, !name.hasPrefix("-"), !name.hasSuffix("-") { return name }
        let latin = name.applyingTransform(.mandarinToLatin, reverse: false)?
            .applyingTransform(.stripDiacritics, reverse: false)?.lowercased() ?? name.lowercased()
        var id = ""
        for scalar in latin.unicodeScalars {
            let isDigit = ("0"..."9").contains(scalar)
            if ("a"..."z").contains(scalar) || isDigit {
                // `2024年度报告` → `2024-nian-du-bao-gao`: a number stays a word of its own.
                if let last = id.unicodeScalars.last, last != "-", ("0"..."9").contains(last) != isDigit { id += "-" }
                id.unicodeScalars.append(scalar)
            } else if !id.isEmpty, !id.hasSuffix("-") {
                id += "-"
            }
        }
        while id.hasSuffix("-") { id.removeLast() }
        return id.isEmpty ? nil : id
    }

    /// `text` as a YAML value: as written when YAML reads it back unchanged, else double-quoted.
    static func yamlScalar(_ text: String) -> String {
        let plain = !text.isEmpty && !text.contains(": ") && !text.contains(" #") && !text.hasSuffix(":")
            && !"-?:,[]{}#&*!|>'\"%@` ".contains(text.first!) && !text.hasSuffix(" ")
            && text.unicodeScalars.allSatisfy { $0.value >= 0x20 }
        guard !plain else { return text }
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case _ where scalar.value < 0x20: quoted += "\\x" + String(format: "%02X", scalar.value)
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }

    /// A title to replace when the name was only an id, so no `about` reaches the navigation.
    static func placeholderTitle(_ kind: Kind) -> String {
        switch kind {
        case .plan: return "新规划（请改为规划的标题）"
        case .report: return ""
        case .page: return "新页面（请改为页面的标题）"
        }
    }

    static func plan(_ name: String) -> String {
        """
        ---
        # 规划标题（必填）
        title: \(yamlScalar(name))
        # 规划期：第一年-最后一年（必填）
        period: 2021-2025
        # 基期年份；不写时为第一年的前一年
        baseline_year: 2020
        # 发布单位与印发日期（可选）
        issuer: 发展规划处
        issued: 2021-06-30
        # 本规划服务的上级规划的编号（可选），例如 parent: tj-edu
        ---

        导语：说明本规划的依据和定位。

        # 一、发展目标

        “指标”列加上基期年份列（2020年）或目标年份列（2025年）的表格就是指标表。

        | 类别 | 指标 | 2020年 | 2025年 | 属性 | 责任单位 |
        |---|---|---:|---:|---|---|
        | 示例 | 示例指标（%） | 80 | 90 | 预期性 | 发展规划处 |

        # 二、主要任务

        ## （一）示例任务

        - 牵头单位：发展规划处
        - 配合单位：教务处
        - 完成时限：2025年底
        - 相关指标：示例指标

        - [ ] 2023年底 完成阶段目标

        标题下第一个列表写成“键：值”，这个章节就是一项任务。

        > **专栏1 示例工程**
        > 以“专栏”开头的引用块是专栏。

        """
    }

    static func report(_ title: String?, plan: Plan, multiplePlans: Bool, today: PlanDate) -> String {
        let year = min(max(today.year - 1, plan.baselineYear + 1), plan.lastYear)
        var text = """
        ---
        # 报告标题与发布日期（必填）
        title: \(yamlScalar(title ?? "\(year)年度规划实施进展报告"))
        date: \(today)
        # 报告的是哪个规划；只有一个规划时可以不写
        \(multiplePlans ? "" : "# ")plan: \(plan.id)
        ---

        报告正文。下面的表格补充监测数值：按指标名称或编号对应，空格表示本年没有数据。

        | 指标 | \(year)年 | 备注 |
        |---|---:|---|

        """
        for indicator in plan.indicators.prefix(3) {
            text += "| \(indicator.name) | | |\n"
        }
        if let task = plan.tasks.first {
            text += "\n任务表按章节编号（如 \(task.anchor)）或标题更新任务状态和进度。\n\n| 任务 | 状态 | 进度 |\n|---|---|---|\n"
            text += "| \(task.anchor) | 进行中 | 50% |\n"
        }
        return text
    }

    static func page(_ name: String) -> String {
        """
        ---
        # 页面标题
        title: \(yamlScalar(name))
        ---

        # \(name)

        页面正文。链接到规划时写规划文件的相对路径，例如 [规划](plans/NAME.md)，lantu 会改写为页面地址并检查它存在。

        """.replacingOccurrences(of: "例如 [规划](plans/NAME.md)", with: "例如 `[规划](plans/某规划.md)`")
    }
}
