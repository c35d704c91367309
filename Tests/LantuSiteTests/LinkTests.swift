import LantuSite
import Foundation
import Testing

/// Every internal `href` and `src` of the built example site points at a file that exists,
/// and every `#fragment` at an `id` in that file.
@Suite struct LinkTests {
    @Test(arguments: [Paths.exampleContent, Paths.fixture("english"), Paths.fixture("golden")])
    func everyInternalLinkAndAnchorResolves(content: String) throws {
        let output = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let outcome = build(content, into: output)
        #expect(outcome.summary != nil)
        let files = tree(output)
        var ids: [String: Set<String>] = [:]
        for (path, data) in files where path.hasSuffix(".html") {
            ids[path] = Set(matches(of: #" id="([^"]*)""#, in: String(decoding: data, as: UTF8.self)))
        }
        var checked = 0
        for (path, data) in files.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".html") && path != "404.html" {
            let html = String(decoding: data, as: UTF8.self)
            for link in matches(of: #" (?:href|src)="([^"]*)""#, in: html) {
                if link.hasPrefix("http") || link.hasPrefix("data:") || link.hasPrefix("mailto:") { continue }
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let target = parts[0].isEmpty ? path : resolve(parts[0], from: path)
                #expect(files[target] != nil, "\(path): link to missing \(link)")
                if parts.count == 2, !parts[1].isEmpty, target.hasSuffix(".html") {
                    #expect(ids[target]?.contains(parts[1]) == true, "\(path): no #\(parts[1]) in \(target)")
                }
                checked += 1
            }
        }
        #expect(checked > 200)
    }

    private func matches(of pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    private func resolve(_ relative: String, from page: String) -> String {
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for part in relative.split(separator: "/") {
            if part == ".." { _ = parts.popLast() } else if part != "." { parts.append(String(part)) }
        }
        return parts.joined(separator: "/")
    }
}
