import Foundation
import LantuDiagnostics
import LantuModel

/// Atomic releases into a web server's folder: `DIR/releases/<n>/` and a `DIR/current`
/// symlink swapped with one `rename(2)`, so visitors never see a half-written site.
///
/// One publish or rollback at a time holds `DIR/.lantu-publish-lock`. `releases/.live` lists
/// the releases `current` has pointed at, so a rollback never lands on a release whose
/// publish was killed before it went live.
public enum Publisher {
    /// How many releases stay on disk after a publish.
    public static let kept = 5

    /// Builds into a new release and points `current` at it. A failed build or copy leaves
    /// `current` as it was and removes the partial release.
    public static func publish(_ options: SiteBuild.Options, into folder: String) -> SiteBuild.Outcome {
        let releases = folder + "/releases"
        let lock: OutputFolder.Lock
        let language = options.language.resolved(site: SiteConfig.language(ofContent: options.content))
        do {
            try FileManager.default.createDirectory(atPath: releases, withIntermediateDirectories: true)
            lock = try OutputFolder.Lock(taking: folder + "/.lantu-publish-lock", for: folder)
        } catch let error as SiteError {
            return SiteBuild.Outcome(diagnostics: [error.diagnostic(in: language)], summary: nil, language: language)
        } catch {
            let failure = SiteError(SourceLocation(file: folder), .writeFailed(error.localizedDescription))
            return SiteBuild.Outcome(diagnostics: [failure.diagnostic(in: language)], summary: nil, language: language)
        }
        defer { withExtendedLifetime(lock) {} }
        let number = (existingReleases(in: releases).last ?? 0) + 1
        removeUnpublished(releases, current: currentRelease(folder))
        let release = releases + "/\(number)"
        let outcome = SiteBuild.run(.init(content: options.content, templates: options.templates,
                                          output: release, baseURL: options.baseURL, language: options.language))
        guard outcome.summary != nil else { return outcome }
        do {
            try makeWorldReadable(URL(fileURLWithPath: release))
            try point(folder, at: number)
        } catch {
            removeRelease(releases, number)
            let failure = SiteError(SourceLocation(file: folder), .writeFailed(error.localizedDescription)).diagnostic(in: outcome.language)
            return SiteBuild.Outcome(diagnostics: outcome.diagnostics + [failure], summary: nil, language: outcome.language)
        }
        pruneReleases(releases, keeping: kept, protecting: number)
        return outcome
    }

    /// Points `current` back at the newest release before it that went live.
    public static func rollback(_ folder: String) throws(SiteError) -> Int {
        let releases = folder + "/releases"
        let lock = try OutputFolder.Lock(taking: folder + "/.lantu-publish-lock", for: folder)
        defer { withExtendedLifetime(lock) {} }
        guard let active = currentRelease(folder) else {
            throw SiteError(SourceLocation(file: folder), .noCurrentRelease(folder))
        }
        let live = liveReleases(releases)
        guard let previous = existingReleases(in: releases).last(where: { $0 < active && live.contains($0) }) else {
            throw SiteError(SourceLocation(file: folder), .nothingToRollBack(before: active))
        }
        try point(folder, at: previous)
        return previous
    }

    /// The release number `current` points at.
    public static func currentRelease(_ folder: String) -> Int? {
        let target = try? FileManager.default.destinationOfSymbolicLink(atPath: folder + "/current")
        return target.flatMap { Int(($0 as NSString).lastPathComponent) }
    }

    static func existingReleases(in releases: String) -> [Int] {
        ((try? FileManager.default.contentsOfDirectory(atPath: releases)) ?? []).compactMap(Int.init).sorted()
    }

    /// The releases that went live. Folders published before this list was kept count as live.
    static func liveReleases(_ releases: String) -> Set<Int> {
        guard let text = try? String(contentsOfFile: releases + "/.live", encoding: .utf8) else {
            return Set(existingReleases(in: releases))
        }
        return Set(text.split(separator: "\n").compactMap { Int($0) })
    }

    /// A new symlink renamed over the old one: `current` always exists and is never half-made.
    static func point(_ folder: String, at number: Int) throws(SiteError) {
        let temporary = folder + "/.current-\(number)-\(getpid())"
        unlink(temporary)
        guard symlink("releases/\(number)", temporary) == 0, rename(temporary, folder + "/current") == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw SiteError(SourceLocation(file: folder), .writeFailed("cannot swap current: \(reason)"))
        }
        let releases = folder + "/releases"
        let live = liveReleases(releases).union([number]).sorted()
        let text = Data(live.map { "\($0)\n" }.joined().utf8)
        guard FileManager.default.createFile(atPath: releases + "/.live", contents: text) else {
            throw SiteError(SourceLocation(file: releases + "/.live"), .writeFailed("cannot record the published release"))
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

    /// Releases newer than `current` that never went live: a publish killed before its switch.
    static func removeUnpublished(_ releases: String, current: Int?) {
        let live = liveReleases(releases)
        for number in existingReleases(in: releases) where number > (current ?? 0) && !live.contains(number) {
            removeRelease(releases, number)
        }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: releases)) ?? [] where name.hasPrefix(".incoming-") {
            try? FileManager.default.removeItem(atPath: releases + "/" + name)
        }
    }

    static func pruneReleases(_ releases: String, keeping count: Int, protecting number: Int) {
        for old in existingReleases(in: releases).dropLast(count) where old != number {
            removeRelease(releases, old)
        }
    }

    /// A release and its build's lock file.
    private static func removeRelease(_ releases: String, _ number: Int) {
        try? FileManager.default.removeItem(atPath: releases + "/\(number)")
        unlink(releases + "/.\(number).lantu-lock")
    }
}
