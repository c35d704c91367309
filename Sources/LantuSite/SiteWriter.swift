import Foundation
import LantuDiagnostics

/// Brings an output folder to exactly the rendered files, touching only what changed, and
/// never leaving it half-written.
///
/// Pages render on every core. A page whose bytes differ from the file already there is
/// written to a staging folder beside the output; only when every page has rendered and been
/// written are the staged files moved into place (a rename each) and files the site no longer
/// has removed (hidden files, such as `.git`, are kept). A failure before that point removes
/// the staging folder and leaves the output as it was.
public enum SiteWriter {
    public struct Summary: Sendable, Equatable {
        public let written: Int
        public let unchanged: Int
        public let removed: Int
    }

    public static func write(_ jobs: [RenderJob], to output: String) throws(SiteError) -> Summary {
        let root = URL(fileURLWithPath: output).standardizedFileURL
        let staging = root.deletingLastPathComponent().appendingPathComponent(".\(root.lastPathComponent).lantu-staging-\(getpid())")
        let manager = FileManager.default
        try? manager.removeItem(at: staging)
        let run = StagingRun(root: root, staging: staging)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            run.stage(jobs[index])
        }
        if let failure = run.failure {
            try? manager.removeItem(at: staging)
            throw SiteError(SourceLocation(file: output), .writeFailed(failure))
        }
        // Every folder a staged file moves into must take it, checked before the first move,
        // so a read-only folder stops the build here and not half-way through the site.
        for folder in Set(run.changed.map { root.appendingPathComponent($0).deletingLastPathComponent().path }).sorted() {
            var existing = URL(fileURLWithPath: folder)
            while !manager.fileExists(atPath: existing.path) { existing.deleteLastPathComponent() }
            if access(existing.path, W_OK) != 0 {
                try? manager.removeItem(at: staging)
                throw SiteError(SourceLocation(file: existing.path), .writeFailed("\(existing.path) is not writable"))
            }
        }
        do {
            var made: Set<URL> = []
            for path in run.changed.sorted() {
                let target = root.appendingPathComponent(path)
                if made.insert(target.deletingLastPathComponent()).inserted {
                    try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                }
                guard rename(staging.appendingPathComponent(path).path, target.path) == 0 else {
                    throw SiteError(SourceLocation(file: target.path), .writeFailed(String(cString: strerror(errno))))
                }
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw SiteError(SourceLocation(file: output), .writeFailed(error.localizedDescription))
        }
        try? manager.removeItem(at: staging)
        let removed = removeStale(keeping: Set(jobs.map(\.path)), under: root)
        return Summary(written: run.changed.count, unchanged: jobs.count - run.changed.count, removed: removed)
    }

    /// Removes files not in `keep`, then folders left empty; returns how many files went.
    private static func removeStale(keeping keep: Set<String>, under root: URL) -> Int {
        let manager = FileManager.default
        let base = root.path
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

/// The shared state of one write: which files changed, folders made, the first failure.
private final class StagingRun: @unchecked Sendable {
    let root: URL
    let staging: URL
    private let lock = NSLock()
    private var folders: Set<String> = []
    private(set) var changed: [String] = []
    private(set) var failure: String?

    init(root: URL, staging: URL) {
        self.root = root
        self.staging = staging
    }

    func stage(_ job: RenderJob) {
        if locked({ failure != nil }) { return }
        let data = job.render()
        if FileManager.default.contents(atPath: root.appendingPathComponent(job.path).path) == data { return }
        let target = staging.appendingPathComponent(job.path)
        let folder = target.deletingLastPathComponent().path
        do {
            // Made under the lock, so no other page writes into a folder still being made.
            try lock.withLock {
                if folders.insert(folder).inserted {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                }
            }
            guard FileManager.default.createFile(atPath: target.path, contents: data) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: target.path])
            }
            locked { changed.append(job.path) }
        } catch {
            locked { failure = failure ?? "\(job.path): \(error.localizedDescription)" }
        }
    }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}
