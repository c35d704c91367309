import Foundation
import ZIPFoundation

/// The zip container of an Office file (.xlsx, .docx): its XML parts, read with ZIPFoundation
/// within size caps so a small hostile file cannot inflate into gigabytes (a zip bomb), and
/// written with fixed timestamps in a fixed order so the same input gives the same bytes.
public struct ZipContainer: Sendable {
    /// The parts by path inside the container (`xl/workbook.xml`).
    public let parts: [String: [UInt8]]

    public struct Limits: Sendable {
        public var maxArchiveBytes: Int
        public var maxPartBytes: Int
        public var maxTotalBytes: Int
        public var maxEntries: Int
        public static let standard = Limits(maxArchiveBytes: 64 << 20, maxPartBytes: 64 << 20, maxTotalBytes: 256 << 20, maxEntries: 10_000)
    }

    public enum Failure: Error, Equatable, Sendable {
        /// Not a zip file at all (a CSV or an old .xls renamed, or a damaged download).
        case notZip
        case archiveTooLarge(bytes: Int, limit: Int)
        case tooManyEntries(limit: Int)
        case partTooLarge(String, limit: Int)
        case totalTooLarge(limit: Int)
        case damaged(String)
    }

    public init(parts: [String: [UInt8]]) {
        self.parts = parts
    }

    /// Reads the XML parts (`.xml`, `.rels`); pictures and other binary parts are not inflated.
    public init(data: Data, limits: Limits = .standard) throws(Failure) {
        guard data.count <= limits.maxArchiveBytes else { throw .archiveTooLarge(bytes: data.count, limit: limits.maxArchiveBytes) }
        guard data.starts(with: [0x50, 0x4B, 0x03, 0x04]) || data.starts(with: [0x50, 0x4B, 0x05, 0x06]) else { throw .notZip }
        let archive: Archive
        do { archive = try Archive(data: data, accessMode: .read) } catch { throw .notZip }
        var parts: [String: [UInt8]] = [:]
        var total = 0
        var entries = 0
        for entry in archive {
            entries += 1
            guard entries <= limits.maxEntries else { throw .tooManyEntries(limit: limits.maxEntries) }
            let path = entry.path
            guard entry.type == .file, path.hasSuffix(".xml") || path.hasSuffix(".rels") else { continue }
            // The sizes in the directory can lie; they only stop the obvious case before inflating.
            guard entry.uncompressedSize <= UInt64(limits.maxPartBytes) else { throw .partTooLarge(path, limit: limits.maxPartBytes) }
            var bytes: [UInt8] = []
            var failure: Failure?
            do {
                _ = try archive.extract(entry, skipCRC32: false) { chunk in
                    if bytes.count + chunk.count > limits.maxPartBytes {
                        failure = .partTooLarge(path, limit: limits.maxPartBytes)
                    } else if total + chunk.count > limits.maxTotalBytes {
                        failure = .totalTooLarge(limit: limits.maxTotalBytes)
                    }
                    if let failure { throw failure }
                    bytes.append(contentsOf: chunk)
                    total += chunk.count
                }
            } catch {
                throw failure ?? .damaged(path)
            }
            parts[path.hasPrefix("/") ? String(path.dropFirst()) : path] = bytes
        }
        self.parts = parts
    }

    /// The container's bytes: the parts deflated in the order given, each dated 1980-01-01
    /// (the zip format's first day), so nothing in the file depends on when it was made.
    public static func write(_ parts: [(path: String, bytes: [UInt8])]) -> Data {
        // An in-memory archive only fails when memory does; there is nothing to recover then.
        let archive = try! Archive(accessMode: .create)
        let date = Date(timeIntervalSince1970: 315_532_800)
        for part in parts {
            let data = Data(part.bytes)
            try! archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                                  permissions: 0o644, compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        return archive.data!
    }
}
