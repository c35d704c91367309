import Foundation
import LantuDiagnostics
import LantuModel

/// Brings an output folder to exactly the rendered files, touching only what changed, and
/// never leaving it half-written.
///
/// Pages render on every core. A page whose bytes differ from the file already there is
/// written to a staging folder beside the output; only when every page has rendered and been
/// written are the staged files moved into place (a rename each) and files the site no longer
/// has removed (hidden files, such as `.git`, are kept). A failure before that point removes
/// the staging folder and leaves the output as it was. When there is no output folder yet, the
/// staging folder becomes it in one rename.
public enum SiteWriter {
    public struct Summary: Sendable, Equatable {
        public let written: Int
        public let unchanged: Int
        public let removed: Int
        /// The paths written or removed, sorted: what open pages may need to reload.
        public var changed: [String] = []
    }

    /// `removingStale: false` writes some of the site's files and leaves every other file alone.
    public static func write(_ jobs: [RenderJob], to output: String, removingStale: Bool = true) throws(SiteError) -> Summary {
        let root = URL(fileURLWithPath: output).standardizedFileURL.path
        let parent = (root as NSString).deletingLastPathComponent
        let staging = (parent as NSString).appendingPathComponent(".\((root as NSString).lastPathComponent).lantu-staging-\(getpid())")
        let manager = FileManager.default
        try? manager.removeItem(atPath: staging)
        let run = StagingRun(root: root, staging: staging)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            run.stage(jobs[index])
        }
        if let failure = run.failure {
            try? manager.removeItem(atPath: staging)
            throw SiteError(SourceLocation(file: output), .writeFailed(failure))
        }
        if !manager.fileExists(atPath: root) {
            try? manager.createDirectory(atPath: staging, withIntermediateDirectories: true)
            guard rename(staging, root) == 0 else {
                let reason = String(cString: strerror(errno))
                try? manager.removeItem(atPath: staging)
                throw SiteError(SourceLocation(file: output), .writeFailed(reason))
            }
            return Summary(written: run.changed.count, unchanged: 0, removed: 0, changed: run.changed.sorted())
        }
        // Every folder a staged file moves into must take it, checked before the first move,
        // so a read-only folder stops the build here and not half-way through the site.
        for folder in Set(run.changed.map { ((root + "/" + $0) as NSString).deletingLastPathComponent }).sorted() {
            var existing = folder
            while !manager.fileExists(atPath: existing) { existing = (existing as NSString).deletingLastPathComponent }
            if access(existing, W_OK) != 0 {
                try? manager.removeItem(atPath: staging)
                throw SiteError(SourceLocation(file: existing), .writeFailed("\(existing) is not writable"))
            }
        }
        do {
            var made: Set<String> = []
            for path in run.changed.sorted() {
                let target = root + "/" + path
                let folder = (target as NSString).deletingLastPathComponent
                if made.insert(folder).inserted {
                    try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
                }
                guard rename(staging + "/" + path, target) == 0 else {
                    throw SiteError(SourceLocation(file: target), .writeFailed(String(cString: strerror(errno))))
                }
            }
        } catch {
            try? manager.removeItem(atPath: staging)
            throw SiteError(SourceLocation(file: output), .writeFailed(error.localizedDescription))
        }
        try? manager.removeItem(atPath: staging)
        let removed = removingStale ? removeStale(keeping: Set(jobs.map(\.path)), under: root) : []
        return Summary(written: run.changed.count, unchanged: jobs.count - run.changed.count, removed: removed.count,
                       changed: (run.changed + removed).sorted())
    }

    /// Removes files not in `keep`, then folders left empty; returns the files that went.
    private static func removeStale(keeping keep: Set<String>, under root: String) -> [String] {
        var removed: [String] = []
        var folders: [String] = []
        for entry in FileTree.walk(root) ?? [] {
            if entry.kind == .directory {
                folders.append(entry.path)
            } else if !keep.contains(entry.path), unlink(root + "/" + entry.path) == 0 {
                removed.append(entry.path)
            }
        }
        for folder in folders.reversed() {
            rmdir(root + "/" + folder)   // fails, as it should, while the folder holds anything
        }
        return removed
    }
}

/// The shared state of one write: which files changed, folders made, the first failure.
private final class StagingRun: @unchecked Sendable {
    let root: String
    let staging: String
    private let lock = NSLock()
    private var folders: Set<String> = []
    private(set) var changed: [String] = []
    private(set) var failure: String?

    init(root: String, staging: String) {
        self.root = root
        self.staging = staging
    }

    func stage(_ job: RenderJob) {
        if locked({ failure != nil }) { return }
        let existing = root + "/" + job.path
        if job.unchangedSinceLastBuild, access(existing, F_OK) == 0 { return }
        let data = job.render()
        if FileManager.default.contents(atPath: existing) == data { return }
        let target = staging + "/" + job.path
        let folder = (target as NSString).deletingLastPathComponent
        do {
            // Made under the lock, so no other page writes into a folder still being made.
            try lock.withLock {
                if folders.insert(folder).inserted {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                }
            }
            if let reason = Self.create(target, data) {
                locked { failure = failure ?? "\(job.path): \(reason)" }
                return
            }
            locked { changed.append(job.path) }
        } catch {
            locked { failure = failure ?? "\(job.path): \(error.localizedDescription)" }
        }
    }

    /// Writes a new staged file with plain system calls: the staged copy needs neither a
    /// temporary file nor an fsync, since only the final rename makes it part of the site.
    /// Returns why it failed, or nil.
    private static func create(_ path: String, _ data: Data) -> String? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        defer { close(descriptor) }
        return data.withUnsafeBytes { buffer -> String? in
            var offset = 0
            while offset < buffer.count {
                let count = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                offset += count
            }
            return nil
        }
    }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}
