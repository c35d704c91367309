import Foundation
import LantuDiagnostics
import LantuModel

/// The folder a build writes, and lantu's own files beside it.
///
/// The output belongs to lantu only as far as its record says: `.lantu-files` inside it lists
/// every file lantu wrote there, and only those are ever replaced or removed. Beside it, in
/// the same parent folder (so one rename reaches it): `.NAME.lantu-lock`, which one build at a
/// time holds, and `.NAME.lantu-new`, where the next site is put together before it is
/// swapped in, and where the previous site waits to be removed after the swap.
struct OutputFolder {
    /// The record of the files lantu wrote, one path a line.
    static let recordName = ".lantu-files"

    /// The folder itself, absolute, with symlinks resolved (a symlinked `site` is swapped
    /// where it really is, not replaced by a folder).
    let root: String
    let parent: String
    let name: String

    init(_ output: String) {
        let absolute = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path
        root = absolute
        parent = (absolute as NSString).deletingLastPathComponent
        name = (absolute as NSString).lastPathComponent
    }

    var lockPath: String { sibling("lock") }
    /// The next site while a build puts it together; the previous one after the swap.
    var nextPath: String { sibling("new") }
    /// Where the previous site goes while the new one moves in, on file systems that cannot
    /// swap two folders in one step.
    var asidePath: String { sibling("old") }

    private func sibling(_ role: String) -> String { parent + "/." + name + ".lantu-" + role }

    /// Why a build must not write into `output`: it is, holds or lies inside the content or
    /// the templates, or holds the folder lantu was started in (`--output .` in a project).
    static func refusal(output: String, content: String, templates: String?,
                        workingFolder: String = FileManager.default.currentDirectoryPath) -> SiteError? {
        let location = SourceLocation(file: output)
        for (folder, role) in [(content, "content"), (templates, "templates")] {
            guard let folder else { continue }
            if isInside(output, folder) { return SiteError(location, .outputOverlaps(role, output: output, folder: folder, inside: true)) }
            if isInside(folder, output) { return SiteError(location, .outputOverlaps(role, output: output, folder: folder, inside: false)) }
        }
        if isInside(workingFolder, output) { return SiteError(location, .outputHoldsWorkingFolder(output)) }
        return nil
    }

    /// Whether `path` is `folder` or lies below it, after resolving `..` and symlinks.
    static func isInside(_ path: String, _ folder: String) -> Bool {
        let child = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        let parent = URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath().path
        return child == parent || parent == "/" || child.hasPrefix(parent + "/")
    }

    /// Takes the folder's lock for as long as the returned value lives, or says who has it.
    func lock() throws(SiteError) -> Lock {
        try Lock(taking: lockPath, for: root)
    }

    /// An exclusive `flock` on a file, released when the last copy goes, even if the work
    /// throws, and by the kernel when the process dies. The file itself stays: removing a
    /// lock file while another process opens it would give two holders.
    final class Lock {
        private let descriptor: Int32

        init(taking path: String, for folder: String) throws(SiteError) {
            let parent = (path as NSString).deletingLastPathComponent
            if access(parent, F_OK) != 0 {
                do {
                    try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
                } catch {
                    throw SiteError(SourceLocation(file: parent), .writeFailed(error.localizedDescription))
                }
            }
            descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                throw SiteError(SourceLocation(file: folder), .writeFailed("cannot create \(path): \(String(cString: strerror(errno)))"))
            }
            guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
                close(descriptor)
                throw SiteError(SourceLocation(file: folder), .busy(folder))
            }
        }

        deinit { close(descriptor) }
    }

    /// Cleans up after a build that was killed: a half-made next site is removed, a previous
    /// site set aside but not yet replaced is put back. Also the staging folders of lantu
    /// versions before the record (`.NAME.lantu-staging-PID`). Called with the lock held.
    func removeLeftovers() {
        if access(root, F_OK) != 0, access(asidePath, F_OK) == 0 {
            rename(asidePath, root)
        }
        let prefix = "." + name + ".lantu-"
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
        where entry.hasPrefix(prefix) && entry != prefix + "lock" {
            try? FileManager.default.removeItem(atPath: parent + "/" + entry)
        }
    }

    /// What is in the folder now, hidden files included; nil when there is no folder.
    func inventory() -> [FileTree.Entry]? {
        FileTree.walk(root, hidden: true)
    }

    /// The files lantu wrote here, from the record; nil when there is no record.
    func record() -> Set<String>? {
        guard let text = try? String(contentsOfFile: root + "/" + Self.recordName, encoding: .utf8) else { return nil }
        return Set(text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init))
    }

    /// The record's text for `paths`, sorted so the same site gives the same bytes.
    static func recordText(_ paths: some Collection<String>) -> Data {
        Data(("# lantu wrote these files and replaces or removes only these; every other file here is left alone\n"
              + paths.sorted().map { $0 + "\n" }.joined()).utf8)
    }
}
