import Foundation
import Testing
import Yams

/// The UI strings of every language cover every key the templates use.
@Suite struct ThemeTests {
    @Test(arguments: ["zh-CN", "zh-TW", "en"])
    func everyLanguageHasEveryKeyTheTemplatesUse(language: String) throws {
        let folder = URL(fileURLWithPath: Paths.templates)
        let text = try String(contentsOf: folder.appendingPathComponent("strings/\(language).yml"), encoding: .utf8)
        let strings = try #require(try Yams.load(yaml: text) as? [String: String])
        let reference = try #require(try Yams.load(yaml: String(contentsOf: folder.appendingPathComponent("strings/zh-CN.yml"), encoding: .utf8)) as? [String: String])
        // A language may add a form for a count of one (`brief_tasks_one`), which others do without.
        let general = { (keys: Dictionary<String, String>.Keys) in Set(keys.filter { !$0.hasSuffix("_one") }) }
        #expect(general(strings.keys) == general(reference.keys))
        let templates = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mustache") }
        let regex = try NSRegularExpression(pattern: #"\bt\.([a-z_]+)"#)
        for name in templates {
            let template = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for match in regex.matches(in: template, range: NSRange(template.startIndex..., in: template)) {
                let key = String(template[Range(match.range(at: 1), in: template)!])
                #expect(strings[key] != nil, "\(name) uses t.\(key), missing from \(language).yml")
            }
        }
    }
}
