import Foundation
import LantuDiagnostics

/// Atomic releases into a web server's folder: `DIR/releases/<n>/` and a `DIR/current`
/// symlink swapped with one `rename(2)`, so visitors never see a half-written site.
public enum Publisher {
    /// How many releases stay on disk after a publish.
    public static let kept = 5

    /// Builds into a new release and points `current` at it. A failed build or copy leaves
    /// `current` as it was and removes the partial release.
    public static func publish(_ options: SiteBuild.Options, into folder: String) -> SiteBuild.Outcome {
        let releases = URL(fileURLWithPath: folder).appendingPathComponent("releases")
        let number = (existingReleases(in: releases).last ?? 0) + 1
        let incoming = releases.appendingPathComponent(".incoming-\(number)")
        try? FileManager.default.removeItem(at: incoming)
        let outcome = SiteBuild.run(.init(content: options.content, templates: options.templates,
                                          output: incoming.path, baseURL: options.baseURL))
        guard outcome.summary != nil else {
            try? FileManager.default.removeItem(at: incoming)
            return outcome
        }
        do {
            try makeWorldReadable(incoming)
            try FileManager.default.moveItem(at: incoming, to: releases.appendingPathComponent(String(number)))
            try point(folder, at: number)
        } catch {
            try? FileManager.default.removeItem(at: incoming)
            let failure = SiteError(SourceLocation(file: folder), .writeFailed(error.localizedDescription)).diagnostic
            return SiteBuild.Outcome(diagnostics: outcome.diagnostics + [failure], summary: nil)
        }
        pruneReleases(releases, keeping: kept, protecting: number)
        return outcome
    }

    /// Points `current` back at the release before the one it points at now.
    public static func rollback(_ folder: String) throws(SiteError) -> Int {
        let releases = URL(fileURLWithPath: folder).appendingPathComponent("releases")
        guard let active = currentRelease(folder) else {
            throw SiteError(SourceLocation(file: folder), .noRelease("\(folder)/current does not point at a release"))
        }
        guard let previous = existingReleases(in: releases).last(where: { $0 < active }) else {
            throw SiteError(SourceLocation(file: folder), .noRelease("there is no release before \(active) to roll back to"))
        }
        do {
            try point(folder, at: previous)
        } catch {
            throw SiteError(SourceLocation(file: folder), .writeFailed(error.localizedDescription))
        }
        return previous
    }

    /// The release number `current` points at.
    public static func currentRelease(_ folder: String) -> Int? {
        let target = try? FileManager.default.destinationOfSymbolicLink(atPath: folder + "/current")
        return target.flatMap { Int(($0 as NSString).lastPathComponent) }
    }

    static func existingReleases(in releases: URL) -> [Int] {
        ((try? FileManager.default.contentsOfDirectory(atPath: releases.path)) ?? []).compactMap(Int.init).sorted()
    }

    /// A new symlink renamed over the old one: `current` always exists and is never half-made.
    static func point(_ folder: String, at number: Int) throws {
        let temporary = folder + "/.current-\(number)-\(getpid())"
        try? FileManager.default.removeItem(atPath: temporary)
        try FileManager.default.createSymbolicLink(atPath: temporary, withDestinationPath: "releases/\(number)")
        guard rename(temporary, folder + "/current") == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw SiteError(SourceLocation(file: folder), .writeFailed("cannot swap current: \(reason)"))
        }
    }

    /// Web servers often run as another user: files 0644 and folders 0755 whatever the umask.
    static func makeWorldReadable(_ root: URL) throws {
        let manager = FileManager.default
        try manager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: root.path)
        guard let enumerator = manager.enumerator(at: root, includingPropertiesForKeys: [.isDirectoryKey]) else { return }
        for case let url as URL in enumerator {
            let folder = (try? url.resourceValues(forKeys: [.isDirectoryKey]))?.isDirectory == true
            try manager.setAttributes([.posixPermissions: folder ? 0o755 : 0o644], ofItemAtPath: url.path)
        }
    }

    static func pruneReleases(_ releases: URL, keeping count: Int, protecting number: Int) {
        let all = existingReleases(in: releases)
        for old in all.dropLast(count) where old != number {
            try? FileManager.default.removeItem(at: releases.appendingPathComponent(String(old)))
        }
    }
}
