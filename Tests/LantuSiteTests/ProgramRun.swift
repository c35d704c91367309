import Foundation

/// A program run the way a user starts it, its output read back once it has ended.
struct ProgramRun {
    let status: Int32
    let stdout: String
    let stderr: String

    /// Both streams, for what a person sees in a terminal (order between them aside).
    var output: String { stdout + stderr }

    /// Runs `executable` (the built lantu unless given) in `folder`; `environment` replaces
    /// the test's own when given. Output goes to files, not pipes: a pipe read that a child's
    /// exit interrupts (EINTR) is a fatal error in Foundation's FileHandle.
    static func run(_ arguments: [String], executable: URL = CommandLineTests.executable, in folder: URL? = nil,
                    environment: [String: String]? = nil) throws -> ProgramRun {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        if let environment { process.environment = environment }
        let logs = (0..<2).map { _ in FileManager.default.temporaryDirectory.appendingPathComponent("lantu-run-\(UUID().uuidString).txt") }
        defer { for log in logs { try? FileManager.default.removeItem(at: log) } }
        for log in logs { _ = FileManager.default.createFile(atPath: log.path, contents: nil) }
        let handles = try logs.map { try FileHandle(forWritingTo: $0) }
        process.standardOutput = handles[0]
        process.standardError = handles[1]
        try process.run()
        process.waitUntilExit()
        for handle in handles { try handle.close() }
        let texts = try logs.map { try String(contentsOf: $0, encoding: .utf8) }
        return ProgramRun(status: process.terminationStatus, stdout: texts[0], stderr: texts[1])
    }
}
