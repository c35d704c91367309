import Foundation
import LantuSite

/// Paths of the repository and of this target's fixtures, found from this file.
enum Paths {
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let repository = tests.appendingPathComponent("../..").standardized
    static let templates = repository.appendingPathComponent("templates").path
    static let exampleContent = repository.appendingPathComponent("content").path

    static func fixture(_ name: String) -> String {
        tests.appendingPathComponent("Fixtures/\(name)/content").path
    }

    static func snapshot(_ name: String) -> URL {
        tests.appendingPathComponent("Snapshots/\(name)")
    }
}

/// A fresh temporary folder, removed by the caller.
func temporaryFolder() -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("lantu-tests-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Builds `content` with the default theme into `output`.
@discardableResult
func build(_ content: String, into output: URL) -> SiteBuild.Outcome {
    SiteBuild.run(.init(content: content, templates: Paths.templates, output: output.path))
}

/// Every regular file of the site below `root` by relative path, with its bytes; lantu's
/// record of the files it wrote (`.lantu-files`) is not a page of the site and is left out.
func tree(_ root: URL) -> [String: Data] {
    var files: [String: Data] = [:]
    let base = root.standardizedFileURL.path
    guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return [:] }
    for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
        files[String(url.standardizedFileURL.path.dropFirst(base.count + 1))] = try? Data(contentsOf: url)
    }
    files[".lantu-files"] = nil
    return files
}
