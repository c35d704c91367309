import Foundation
import LantuDiagnostics

/// The theme's files by path below the theme (`home.mustache`, `strings/zh-CN.yml`,
/// `assets/lantu.css`): lantu's built-in default theme, overlaid file by file by a templates
/// folder, so an office can change one template or the stylesheet and keep the rest.
struct ThemeFiles: Equatable, Sendable {
    /// Every file of the theme as it will be used.
    let files: [String: Data]
    /// Where each file that came from the templates folder was read, for diagnostics.
    let overlaid: [String: String]
    /// Files of the templates folder the theme does not use, so a misnamed one is not silently ignored.
    let unused: [String]

    /// The default theme compiled into lantu from the repository's `templates/`.
    static let builtIn: [String: Data] = EmbeddedFiles.theme.mapValues { Data(base64Encoded: $0)! }

    /// What `location` calls a built-in file: not a path on disk, so no one goes looking for it.
    static let builtInFolder = "(built-in theme)"

    /// The built-in files overlaid by `folder`'s (nil: the built-in theme alone).
    static func read(overlay folder: String?) -> ThemeFiles {
        guard let folder else { return ThemeFiles(files: builtIn, overlaid: [:], unused: []) }
        var files = builtIn
        var overlaid: [String: String] = [:]
        var unused: [String] = []
        for relative in visibleFiles(below: folder) {
            let path = "\(folder)/\(relative)"
            guard isThemeFile(relative) else {
                unused.append(path)
                continue
            }
            files[relative] = FileManager.default.contents(atPath: path) ?? Data()
            overlaid[relative] = path
        }
        return ThemeFiles(files: files, overlaid: overlaid, unused: unused)
    }

    /// `templates/` beside the content folder, which overlays the built-in theme when it exists
    /// (a project forked from lantu's repository, or one after `lantu theme export templates`).
    static func folderBeside(content: String) -> String? {
        // Split by hand: Foundation's NSString path methods crash on a one-character path
        // (`--content c`) on Linux.
        var path = Substring(content)
        while path.count > 1, path.hasSuffix("/") { path = path.dropLast() }
        let slash = path.lastIndex(of: "/")
        let last = slash.map { path[path.index(after: $0)...] } ?? path
        let parent = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? ""
        let folder = last == "." || last == ".."
            ? URL(fileURLWithPath: content).standardizedFileURL.deletingLastPathComponent().appendingPathComponent("templates").path
            : parent.isEmpty ? "templates" : "\(parent)/templates"
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) && isFolder.boolValue ? folder : nil
    }

    /// Where a file of the theme is, as diagnostics show it.
    func location(_ relative: String) -> String {
        overlaid[relative] ?? "\(Self.builtInFolder)/\(relative)"
    }

    /// The templates by name without `.mustache`.
    var templates: [String: Data] {
        Dictionary(uniqueKeysWithValues: files.compactMap { path, data in
            path.hasSuffix(".mustache") && !path.contains("/") ? (String(path.dropLast(9)), data) : nil
        })
    }

    /// The static files copied into the site, by their path below the output folder.
    var assets: [String: Data] { files.filter { $0.key.hasPrefix("assets/") } }

    /// The parts of a theme lantu reads; anything else in a templates folder is reported.
    static func isThemeFile(_ relative: String) -> Bool {
        let parts = relative.split(separator: "/")
        switch parts.count {
        case 1: return relative.hasSuffix(".mustache")
        case 2: return (parts[0] == "strings" && relative.hasSuffix(".yml"))
            || (parts[0] == "methodology" && relative.hasSuffix(".md")) || parts[0] == "assets"
        default: return false
        }
    }

    /// Every non-hidden regular file below `folder`, by relative path, sorted.
    static func visibleFiles(below folder: String) -> [String] {
        let manager = FileManager.default
        guard let walker = manager.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            guard !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            var isFolder: ObjCBool = false
            if manager.fileExists(atPath: "\(folder)/\(relative)", isDirectory: &isFolder), !isFolder.boolValue {
                found.append(relative)
            }
        }
        return found.sorted()
    }
}

extension ThemeFiles {
    /// `lantu theme export DIR`: writes the built-in theme into `folder`, which must not hold
    /// any of its files already (nothing is overwritten); returns the paths written.
    static func export(to folder: String) throws(SiteError) -> [String] {
        let targets = builtIn.keys.sorted()
        if let existing = targets.first(where: { FileManager.default.fileExists(atPath: "\(folder)/\($0)") }) {
            throw SiteError(SourceLocation(file: "\(folder)/\(existing)"), .alreadyExists)
        }
        var written: [String] = []
        for relative in targets {
            let path = "\(folder)/\(relative)"
            do {
                try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try builtIn[relative]!.write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
            } catch {
                throw SiteError(SourceLocation(file: path), .writeFailed(error.localizedDescription))
            }
            written.append(path)
        }
        return written
    }
}
