import CFileSwap
import Foundation
import LantuDiagnostics
import LantuModel

/// Replaces an output folder's site with a new one all at once, touching only lantu's files.
///
/// The new site is put together beside the output (`OutputFolder.nextPath`): pages whose bytes
/// changed are written there; when at least one did, every unchanged page and every file
/// lantu did not write is hard-linked there too (so nothing is rewritten or copied), and the
/// two folders are swapped in one `renameat2(RENAME_EXCHANGE)`. Until that call the output is
/// the old site; after it, the new one; a build killed at any moment leaves one or the other,
/// and the next build removes what it left. A build that changes nothing swaps nothing.
public enum SiteWriter {
    public struct Summary: Sendable, Equatable {
        public let written: Int
        public let unchanged: Int
        public let removed: Int
        /// The paths written or removed, sorted: what open pages may need to reload.
        public var changed: [String] = []
        /// The previous site's copy that could not be removed after the swap (a file in it
        /// cannot be deleted); the next build tries again.
        public var notRemoved: String?
    }

    /// `takeOver` lets lantu manage a folder that it did not write: its files at the site's
    /// paths are replaced, every other file is kept.
    public static func write(_ jobs: [RenderJob], to output: String, takeOver: Bool = false) throws(SiteError) -> Summary {
        let folder = OutputFolder(output)
        let lock = try folder.lock()
        defer { withExtendedLifetime(lock) {} }
        folder.removeLeftovers()
        let next = folder.nextPath
        if access(next, F_OK) == 0 {
            throw SiteError(SourceLocation(file: next), .writeFailed("\(next), left by an earlier build, cannot be removed; remove it by hand"))
        }
        let layout = try Layout(folder: folder, wanted: jobs.map(\.path), takeOver: takeOver)

        let run = Staging(old: folder.root, next: next, compared: layout.comparable)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { run.stage(jobs[$0]) }
        if let failure = run.failure { throw discard(next, failure) }
        let removed = layout.owned.subtracting(layout.wanted).sorted()
        if run.changed.isEmpty, removed.isEmpty, layout.recordIsCurrent {
            try? FileManager.default.removeItem(atPath: next)
            return Summary(written: 0, unchanged: jobs.count, removed: 0)
        }

        let kept = run.unchanged + layout.foreign
        DispatchQueue.concurrentPerform(iterations: kept.count) { run.keep(kept[$0]) }
        for path in layout.emptyFolders { run.makeFolder(path) }
        run.create(OutputFolder.recordName, OutputFolder.recordText(layout.wanted))
        if let failure = run.failure { throw discard(next, failure) }
        try swap(next, into: folder)

        var summary = Summary(written: run.changed.count, unchanged: jobs.count - run.changed.count,
                              removed: removed.count, changed: (run.changed + removed).sorted())
        if access(next, F_OK) == 0 { summary.notRemoved = removeOldSite(next) }
        return summary
    }

    /// What is in the output now and what the new site does with each file.
    private struct Layout {
        let wanted: Set<String>
        /// The files lantu wrote here (from the record) that are still there.
        let owned: Set<String>
        /// Files whose bytes a page may keep: lantu's own, or, when taking over, those in the way.
        let comparable: Set<String>
        /// Files and symlinks lantu did not write, carried into the new site as they are.
        let foreign: [String]
        /// Folders with nothing in them, carried over too (an `uploads/` made for later).
        let emptyFolders: [String]
        /// The record already lists exactly the new site's files.
        let recordIsCurrent: Bool

        init(folder: OutputFolder, wanted paths: [String], takeOver: Bool) throws(SiteError) {
            wanted = Set(paths)
            guard let entries = folder.inventory() else {
                owned = []; comparable = []; foreign = []; emptyFolders = []; recordIsCurrent = false
                return
            }
            let record = folder.record()
            let files = entries.filter { $0.kind != .directory && $0.path != OutputFolder.recordName }.map(\.path)
            // Hidden files (`.htaccess`, `.gitkeep`) are never in a site's way, and are kept.
            let visible = files.filter { !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
            if record == nil, let example = visible.first, !takeOver {
                throw SiteError(SourceLocation(file: folder.root), .notLantuFolder(folder.root, files: visible.count, example: example))
            }
            let owned = Set(files).intersection(record ?? [])
            self.owned = owned
            let nonEmpty = Set(entries.flatMap { Self.ancestors($0.path) })
            let empty = entries.filter { $0.kind == .directory && !nonEmpty.contains($0.path) }.map(\.path)
            let wanted = wanted
            let wantedFolders = Set(paths.flatMap(Self.ancestors))
            func underWanted(_ path: String) -> Bool { wanted.contains(path) || Self.ancestors(path).contains(where: wanted.contains) }
            let inTheWay = files.filter { !owned.contains($0) && (underWanted($0) || wantedFolders.contains($0)) }
                + empty.filter(underWanted)
            if let first = inTheWay.first, !takeOver {
                throw SiteError(SourceLocation(file: folder.root + "/" + first), .foreignFileInTheWay(first, others: inTheWay.count - 1))
            }
            let replaced = Set(inTheWay)
            comparable = owned.union(replaced)
            foreign = files.filter { !owned.contains($0) && !replaced.contains($0) }
            emptyFolders = empty.filter { !replaced.contains($0) && !wantedFolders.contains($0) }
            recordIsCurrent = record == wanted
        }

        /// `a/b/c.html` → `a`, `a/b`.
        static func ancestors(_ path: String) -> [String] {
            var result: [String] = []
            var index = path.startIndex
            while let slash = path[index...].firstIndex(of: "/") {
                result.append(String(path[..<slash]))
                index = path.index(after: slash)
            }
            return result
        }
    }

    private static func discard(_ next: String, _ failure: String) -> SiteError {
        try? FileManager.default.removeItem(atPath: next)
        return SiteError(SourceLocation(file: next), .writeFailed(failure))
    }

    /// Puts the new site in the output's place in one step; afterwards `next` holds the old one.
    private static func swap(_ next: String, into folder: OutputFolder) throws(SiteError) {
        let location = SourceLocation(file: folder.root)
        if access(folder.root, F_OK) != 0 {
            guard rename(next, folder.root) == 0 else { throw discard(next, "cannot move the new site in: \(String(cString: strerror(errno)))") }
            return
        }
        if lantu_exchange(next, folder.root) == 0 { return }
        let reason = errno
        guard reason == EINVAL || reason == ENOSYS else {
            throw discard(next, "cannot swap in the new site: \(String(cString: strerror(reason)))")
        }
        // A file system without RENAME_EXCHANGE: two renames, and a build killed between them
        // finds the old site at `asidePath` and puts it back (`OutputFolder.removeLeftovers`).
        guard rename(folder.root, folder.asidePath) == 0 else {
            throw discard(next, "cannot move the old site aside: \(String(cString: strerror(errno)))")
        }
        guard rename(next, folder.root) == 0 else {
            rename(folder.asidePath, folder.root)
            throw SiteError(location, .writeFailed("cannot move the new site in: \(String(cString: strerror(errno)))"))
        }
        rename(folder.asidePath, next)
    }

    /// Removes the previous site after the swap; returns where what could not be removed went.
    private static func removeOldSite(_ path: String) -> String? {
        do {
            try FileManager.default.removeItem(atPath: path)
            return nil
        } catch {
            let aside = path + "-\(getpid())"
            return rename(path, aside) == 0 ? aside : path
        }
    }
}

/// The shared state of one write: what changed, what is kept, folders made, the first failure.
private final class Staging: @unchecked Sendable {
    let old: String
    let next: String
    /// Old files a page's bytes are compared with.
    let compared: Set<String>
    private let lock = NSLock()
    private var folders: Set<String> = []
    private(set) var changed: [String] = []
    private(set) var unchanged: [String] = []
    private(set) var failure: String?

    init(old: String, next: String, compared: Set<String>) {
        self.old = old
        self.next = next
        self.compared = compared
    }

    /// Renders a page and writes it into the next site if its bytes differ from the old file.
    func stage(_ job: RenderJob) {
        if locked({ failure != nil }) { return }
        let existing = old + "/" + job.path
        let known = compared.contains(job.path)
        if known, job.unchangedSinceLastBuild { return locked { unchanged.append(job.path) } }
        let data = job.render()
        if known, FileManager.default.contents(atPath: existing) == data { return locked { unchanged.append(job.path) } }
        if create(job.path, data) { locked { changed.append(job.path) } }
    }

    /// Brings an old file into the next site as it is: a hard link, or a copy where the file
    /// system or the file refuses one (an immutable file), or the same symlink.
    func keep(_ path: String) {
        if locked({ failure != nil }) { return }
        let source = old + "/" + path
        let target = next + "/" + path
        guard makeFolder((path as NSString).deletingLastPathComponent) else { return }
        var info = stat()
        guard lstat(source, &info) == 0 else { return fail(path, errno) }
        if (info.st_mode & S_IFMT) == S_IFLNK {
            guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: source),
                  symlink(destination, target) == 0 else { return fail(path, errno) }
            return
        }
        if link(source, target) == 0 { return }
        guard let data = FileManager.default.contents(atPath: source) else { return fail(path, errno) }
        if create(path, data) { chmod(target, info.st_mode & 0o7777) }
    }

    /// Makes a folder of the next site (and those above it) once; false after a failure.
    @discardableResult
    func makeFolder(_ path: String) -> Bool {
        let folder = path.isEmpty ? next : next + "/" + path
        do {
            // Made under the lock, so no other page writes into a folder still being made.
            try lock.withLock {
                if folders.insert(folder).inserted {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                }
            }
            return true
        } catch {
            locked { failure = failure ?? "\(path): \(error.localizedDescription)" }
            return false
        }
    }

    /// Writes a new file with plain system calls: it needs neither a temporary file nor an
    /// fsync, since only the swap makes it part of the site. False after a failure.
    @discardableResult
    func create(_ path: String, _ data: Data) -> Bool {
        guard makeFolder((path as NSString).deletingLastPathComponent) else { return false }
        let descriptor = open(next + "/" + path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { fail(path, errno); return false }
        defer { close(descriptor) }
        let written = data.withUnsafeBytes { buffer -> Int32 in
            var offset = 0
            while offset < buffer.count {
                let count = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += count
            }
            return 0
        }
        guard written == 0 else { fail(path, written); return false }
        return true
    }

    private func fail(_ path: String, _ code: Int32) {
        let reason = String(cString: strerror(code))
        locked { failure = failure ?? "\(path): \(reason)" }
    }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}
