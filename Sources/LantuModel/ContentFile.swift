import Foundation
import LantuDiagnostics

/// A file of `content/` as bytes, so loading itself can run on in-memory trees in tests.
public struct ContentFile: Sendable {
    /// Path relative to the content folder with `/` separators.
    public let path: String
    public let data: Data

    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }
}

/// Reads a content folder from disk.
public enum ContentDirectory {
    /// Every non-hidden file below `root`, sorted by path; unreadable files become errors.
    public static func read(_ root: String) -> (files: [ContentFile], problems: [ContentError]) {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            return ([], [ContentError(SourceLocation(file: root), .noContentFolder)])
        }
        var files: [ContentFile] = []
        var problems: [ContentError] = []
        let base = URL(fileURLWithPath: root)
        var paths: [String] = []
        let realBase = base.resolvingSymlinksInPath().path
        for entry in FileTree.walk(root) ?? [] {
            switch entry.kind {
            case .file:
                paths.append(entry.path)
            case .symlink:
                // A link may point within content/, never out of it: content must not publish other files.
                let target = base.appendingPathComponent(entry.path).resolvingSymlinksInPath().path
                if !target.hasPrefix(realBase + "/") {
                    problems.append(ContentError(SourceLocation(file: displayPath(root: root, relative: entry.path)), .linkOutsideContent(target)))
                    continue
                }
                var isFolder: ObjCBool = false
                if manager.fileExists(atPath: target, isDirectory: &isFolder), !isFolder.boolValue {
                    paths.append(entry.path)
                }
            case .directory:
                continue
            }
        }
        let sorted = paths.sorted()
        let read = sorted.concurrentMap { path -> (data: Data?, reason: String) in
            do { return (try Data(contentsOf: base.appendingPathComponent(path)), "") } catch { return (nil, error.localizedDescription) }
        }
        for (path, result) in zip(sorted, read) {
            if let data = result.data {
                files.append(ContentFile(path: path, data: data))
            } else {
                problems.append(ContentError(SourceLocation(file: displayPath(root: root, relative: path)), .unreadable(result.reason)))
            }
        }
        return (files, problems)
    }

    /// `content` + `plans/x.md` → `content/plans/x.md`, as the user named the folder.
    public static func displayPath(root: String, relative: String) -> String {
        root.hasSuffix("/") ? root + relative : root + "/" + relative
    }
}
