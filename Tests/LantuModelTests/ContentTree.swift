import Foundation
import LantuDiagnostics
@testable import LantuModel

/// Loads a content tree given as `path: text`, the way tests describe small sites. The
/// messages are English, as with `--lang en`: the model's tests keep the English text covered,
/// the bad-input corpus the Chinese.
func load(_ files: [String: String]) -> ContentLoader.Result {
    let contentFiles = files.keys.sorted().map { ContentFile(path: $0, data: Data(files[$0]!.utf8)) }
    return ContentLoader.load(files: contentFiles, root: "content", language: LanguageChoice(explicit: .english))
}

/// A minimal site around one plan text.
func site(plan: String, extra: [String: String] = [:]) -> ContentLoader.Result {
    load(["site.yml": "title: 测试站点\n", "plans/p.md": plan].merging(extra) { $1 })
}

let planHeader = "---\ntitle: 测试规划\nperiod: 2021-2025\n---\n"

extension ContentLoader.Result {
    var errors: [Diagnostic] { diagnostics.errors }
    var plan: Plan? { content?.plans.first }
}
