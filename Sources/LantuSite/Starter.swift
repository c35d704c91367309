import Foundation
import LantuDiagnostics

/// `lantu init`: a new site folder that builds as it is, from the repository's `starter/`
/// compiled into lantu: commented settings, a small plan, a report, units and CI recipes.
public enum Starter {
    /// The starter's files by path in the new folder.
    static let files: [String: Data] = Dictionary(uniqueKeysWithValues: EmbeddedFiles.starter.map { path, base64 in
        (destination(path), Data(base64Encoded: base64)!)
    })

    /// `dot-gitignore` → `.gitignore`: the starter folder keeps no hidden files, which tools skip.
    static func destination(_ path: String) -> String {
        path.split(separator: "/").map { $0.hasPrefix("dot-") ? "." + $0.dropFirst(4) : String($0) }.joined(separator: "/")
    }

    public struct Created: Sendable {
        /// Every file written, by path as the user named the folder.
        public let written: [String]
        /// Files that existed already and were kept (a README or .gitignore of the user's own).
        public let kept: [String]
    }

    /// Writes the starter into `folder`, created if needed. Refuses a folder that already has
    /// `content/`; never overwrites a file, keeping the user's and saying so.
    public static func create(in folder: String) throws(SiteError) -> Created {
        let manager = FileManager.default
        let prefix = folder == "." ? "" : folder + "/"
        if manager.fileExists(atPath: prefix + "content") {
            throw SiteError(SourceLocation(file: prefix + "content"), .alreadyExists)
        }
        var written: [String] = []
        var kept: [String] = []
        for relative in files.keys.sorted() {
            let path = prefix + relative
            if manager.fileExists(atPath: path) {
                kept.append(path)
                continue
            }
            do {
                try manager.createDirectory(atPath: (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent,
                                            withIntermediateDirectories: true)
                try files[relative]!.write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
            } catch {
                throw SiteError(SourceLocation(file: path), .writeFailed(error.localizedDescription))
            }
            written.append(path)
        }
        return Created(written: written, kept: kept)
    }
}
