import Foundation

/// Lists a folder tree with `readdir`, skipping hidden names unless asked for them. Foundation's URL enumerator
/// with resource values was a fifth of a `lantu serve` rebuild on a thousand plans.
public enum FileTree {
    public enum Kind: Sendable {
        case file, directory, symlink
    }

    public struct Entry: Sendable {
        /// Path below the root, with `/` separators.
        public let path: String
        public let kind: Kind
    }

    /// Every entry below `root`, folders before their contents, each folder's names sorted;
    /// nil when `root` cannot be listed.
    public static func walk(_ root: String, hidden: Bool = false) -> [Entry]? {
        guard let top = names(in: root, hidden: hidden) else { return nil }
        var entries: [Entry] = []
        func visit(_ relative: String, _ names: [(String, Kind)]) {
            for (name, kind) in names {
                let path = relative.isEmpty ? name : relative + "/" + name
                entries.append(Entry(path: path, kind: kind))
                if kind == .directory, let children = self.names(in: root + "/" + path, hidden: hidden) {
                    visit(path, children)
                }
            }
        }
        visit("", top)
        return entries
    }

    private static func names(in folder: String, hidden: Bool) -> [(String, Kind)]? {
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        var names: [(String, Kind)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            guard name != ".", name != "..", hidden || !name.hasPrefix(".") else { continue }
            var type = Int(entry.pointee.d_type)
            if type == DT_UNKNOWN {
                var info = stat()
                guard lstat(folder + "/" + name, &info) == 0 else { continue }
                type = (info.st_mode & S_IFMT) == S_IFDIR ? DT_DIR : (info.st_mode & S_IFMT) == S_IFLNK ? DT_LNK : DT_REG
            }
            switch type {
            case DT_DIR: names.append((name, .directory))
            case DT_LNK: names.append((name, .symlink))
            case DT_REG: names.append((name, .file))
            default: continue
            }
        }
        return names.sorted { $0.0 < $1.0 }
    }
}
