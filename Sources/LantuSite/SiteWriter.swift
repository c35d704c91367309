import Foundation
import LantuDiagnostics

/// Brings an output folder to exactly the rendered files, touching only what changed.
///
/// Everything is rendered before the first byte is written, so a build with errors never
/// reaches this point. Files whose bytes are unchanged are not rewritten, and files the new
/// site no longer has are removed (hidden files, such as a `.git` folder, are kept).
public enum SiteWriter {
    public struct Summary: Sendable, Equatable {
        public let written: Int
        public let unchanged: Int
        public let removed: Int
    }

    public static func write(_ files: [String: Data], to output: String) throws(SiteError) -> Summary {
        let manager = FileManager.default
        let root = URL(fileURLWithPath: output)
        var written = 0
        var unchanged = 0
        do {
            try manager.createDirectory(at: root, withIntermediateDirectories: true)
            for path in files.keys.sorted() {
                let url = root.appendingPathComponent(path)
                let data = files[path]!
                if manager.contents(atPath: url.path) == data {
                    unchanged += 1
                    continue
                }
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url, options: .atomic)
                written += 1
            }
        } catch {
            throw SiteError(SourceLocation(file: output), .writeFailed(error.localizedDescription))
        }
        let removed = removeStale(keeping: Set(files.keys), under: root)
        return Summary(written: written, unchanged: unchanged, removed: removed)
    }

    /// Removes files not in `keep`, then folders left empty; returns how many files went.
    private static func removeStale(keeping keep: Set<String>, under root: URL) -> Int {
        let manager = FileManager.default
        let base = root.standardizedFileURL.path
        guard let enumerator = manager.enumerator(at: root, includingPropertiesForKeys: [.isDirectoryKey], options: [.skipsHiddenFiles]) else {
            return 0
        }
        var removed = 0
        var folders: [URL] = []
        for case let url as URL in enumerator {
            let relative = String(url.standardizedFileURL.path.dropFirst(base.count + 1))
            if (try? url.resourceValues(forKeys: [.isDirectoryKey]))?.isDirectory == true {
                folders.append(url)
            } else if !keep.contains(relative), (try? manager.removeItem(at: url)) != nil {
                removed += 1
            }
        }
        for folder in folders.reversed() where (try? manager.contentsOfDirectory(atPath: folder.path))?.isEmpty == true {
            try? manager.removeItem(at: folder)
        }
        return removed
    }
}
