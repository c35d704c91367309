import ArgumentParser
import Foundation
import Glibc
import LantuDiagnostics
import LantuOffice

/// Writes what forms, collect and export make, each file whole (written beside, then renamed
/// in): a folder that cannot be made or a file that cannot be written is a located error with
/// a hint and exit 1, not Foundation's error text.
enum OfficeFiles {
    static func makeFolder(_ path: String, in language: DiagnosticLanguage) throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            try fail(path, error, in: language)
        }
    }

    static func write(_ data: Data, to path: String, in language: DiagnosticLanguage) throws {
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            try fail(path, error, in: language)
        }
    }

    private static func fail(_ path: String, _ error: Error, in language: DiagnosticLanguage) throws -> Never {
        let diagnostic = OfficeError(SourceLocation(file: path), .cannotWrite(reason(error))).diagnostic(in: language)
        FileHandle.standardError.write(Data(DiagnosticPrinter.text([diagnostic], in: language).utf8))
        throw ExitCode(1)
    }

    /// The system's own words (`Permission denied`), from the POSIX error under Foundation's.
    private static func reason(_ error: Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let code = underlying?.code, underlying?.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(code))) }
        return (error as NSError).localizedDescription
    }
}
