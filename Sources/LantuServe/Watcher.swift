import Dispatch
import Foundation
import LantuDiagnostics
#if canImport(Glibc)
import Glibc
#endif

/// Watches folders recursively and calls back on any change: inotify on Linux, one watch per
/// folder, new folders watched as they appear; polling when inotify is unavailable or out of
/// watches. Editors that save by writing a temporary file and renaming it, or by deleting and
/// re-creating, produce create/move events on the folder, so they are seen too.
final class Watcher: @unchecked Sendable {
    private let roots: [String]
    private let onChange: @Sendable () -> Void
    private let queue = DispatchQueue(label: "lantu.watcher")
    private var source: DispatchSourceRead?
    private var timer: DispatchSourceTimer?
    private var descriptor: Int32 = -1
    private var watched: Set<String> = []
    private var snapshot: [String: String] = [:]

    init(roots: [String], onChange: @escaping @Sendable () -> Void) {
        self.roots = roots
        self.onChange = onChange
    }

    /// Starts watching; returns a message when it had to fall back to polling.
    func start() -> Localized? {
        queue.sync { startWatching() }
    }

    func stop() {
        queue.sync {
            source?.cancel()
            timer?.cancel()
            source = nil
            timer = nil
        }
    }

    private func startWatching() -> Localized? {
        #if os(Linux)
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        if descriptor >= 0, addWatches() {
            let source = DispatchSource.makeReadSource(fileDescriptor: descriptor, queue: queue)
            source.setEventHandler { [weak self] in self?.readEvents() }
            source.setCancelHandler { [descriptor] in close(descriptor) }
            source.resume()
            self.source = source
            return nil
        }
        if descriptor >= 0 { close(descriptor) }
        startPolling()
        return Localized(zh: "inotify 不可用或监视数已用完（见 /proc/sys/fs/inotify/max_user_watches），改为每秒检查一次文件",
                         tw: "inotify 無法使用或監視數已用完（見 /proc/sys/fs/inotify/max_user_watches），改為每秒檢查一次檔案",
                         en: "inotify is unavailable or out of watches (see /proc/sys/fs/inotify/max_user_watches); polling every second instead")
        #else
        startPolling()
        return Localized(zh: "每秒检查一次文件是否有修改", tw: "每秒檢查一次檔案是否有修改", en: "watching by polling every second")
        #endif
    }

    #if os(Linux)
    private static let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)

    /// Adds a watch for every folder not yet watched; false when the kernel refuses one.
    private func addWatches() -> Bool {
        for folder in folders() where !watched.contains(folder) {
            if inotify_add_watch(descriptor, folder, Self.mask) < 0 {
                return errno != ENOSPC && errno != EMFILE
            }
            watched.insert(folder)
        }
        return true
    }

    private func readEvents() {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var sawEvent = false
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            sawEvent = true
        }
        guard sawEvent else { return }
        // Folders created or moved in need watches of their own; renamed ones are re-added.
        watched = watched.filter { FileManager.default.fileExists(atPath: $0) }
        if !addWatches() {
            source?.cancel()
            source = nil
            startPolling()
            FileHandle.standardError.write(Data("inotify ran out of watches; polling every second instead\n".utf8))
        }
        onChange()
    }
    #endif

    private func startPolling() {
        snapshot = takeSnapshot()
        let timer = DispatchSource.makeTimerSource(queue: queue)
        timer.schedule(deadline: .now() + .seconds(1), repeating: .seconds(1))
        timer.setEventHandler { [weak self] in
            guard let self else { return }
            let now = self.takeSnapshot()
            if now != self.snapshot {
                self.snapshot = now
                self.onChange()
            }
        }
        timer.resume()
        self.timer = timer
    }

    /// Every folder under the roots, the roots included.
    private func folders() -> [String] {
        var result: [String] = []
        for root in roots {
            result.append(root)
            guard let enumerator = FileManager.default.enumerator(atPath: root) else { continue }
            while let relative = enumerator.nextObject() as? String {
                let path = root + "/" + relative
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                    result.append(path)
                }
            }
        }
        return result
    }

    /// Size and modification time of every file, to compare between polls.
    private func takeSnapshot() -> [String: String] {
        var result: [String: String] = [:]
        for root in roots {
            guard let enumerator = FileManager.default.enumerator(atPath: root) else { continue }
            while let relative = enumerator.nextObject() as? String {
                let attributes = try? FileManager.default.attributesOfItem(atPath: root + "/" + relative)
                result[root + "/" + relative] = "\(attributes?[.size] ?? 0)-\((attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)"
            }
        }
        return result
    }
}
