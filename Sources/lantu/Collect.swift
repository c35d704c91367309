import ArgumentParser
import Foundation
import LantuDiagnostics
import LantuModel
import LantuOffice

/// `lantu collect`: returned forms → one report per plan, checked as `build` would read it.
struct Collect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read returned forms (.xlsx or .csv) into one report per plan.",
        discussion: """
        Writes or updates OUTPUT/<plan>-<year>.md with the values, task updates and milestones \
        the units gave, each row naming the units it came from. lantu owns the block between \
        the report's two `lantu collect` marker lines; everything else in the file is kept, so \
        collecting again with more returned files adds them. Prints who has returned what. \
        Every problem is reported in one run and nothing is written when there is an error.
        """
    )

    @Option(help: "The content folder.")
    var content = "content"

    @Argument(help: "Returned workbooks (.xlsx) or sheets saved as CSV (UTF-8 or GB18030).")
    var files: [String]

    @Option(help: "The year the forms are for, e.g. 2024.")
    var year: Int

    @Option(help: "Where the reports are (default: the content folder's reports/).")
    var output: String?

    @Option(help: "The report's date (YYYY-MM-DD); default today. Replaces the date of a report collected before.")
    var date: String?

    func validate() throws {
        if let date, (try? PlanDate.parse(date))?.day == nil || date.count != 10 {
            throw ValidationError("--date must be a day such as 2025-01-15, not '\(date)'")
        }
    }

    func run() throws {
        let loaded = ContentLoader.load(directory: content)
        let loadErrors = loaded.diagnostics.errors
        guard let site = loaded.content, loadErrors.isEmpty else {
            FileHandle.standardError.write(Data(DiagnosticPrinter.text(loadErrors).utf8))
            FileHandle.standardError.write(Data("nothing written: \(DiagnosticPrinter.summary(loadErrors)) in \(content)/\n".utf8))
            throw ExitCode(1)
        }
        let plans = FormDue.plans(site, year: year)
        guard !plans.isEmpty else { throw ValidationError("no plan's period holds \(year)") }
        let language = DiagnosticLanguage(rawValue: site.site.language.rawValue) ?? .simplifiedChinese
        let folder = output ?? (content as NSString).appendingPathComponent("reports")
        var inputs: [Collection.Input] = []
        var unreadable: [OfficeError] = []
        for file in files {
            if let data = FileManager.default.contents(atPath: file) {
                inputs.append(.init(file: file, data: data))
            } else {
                unreadable.append(OfficeError(SourceLocation(file: file), .unreadable))
            }
        }
        var existing: [String: Collection.ExistingReport] = [:]
        for plan in plans {
            let path = (folder as NSString).appendingPathComponent("\(plan.id)-\(year).md")
            existing[plan.id] = .init(path: path, text: FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) })
        }
        let result = Collection.run(content: site, year: year, inputs: inputs, existing: existing,
                                    date: date ?? Self.today(), replaceDate: date != nil)
        let diagnostics = (unreadable + result.problems).map { $0.diagnostic(language) }
        if !diagnostics.isEmpty { FileHandle.standardError.write(Data(DiagnosticPrinter.text(diagnostics).utf8)) }
        print(result.returns.text, terminator: "")
        guard !diagnostics.hasErrors else {
            FileHandle.standardError.write(Data("nothing written: \(DiagnosticPrinter.summary(diagnostics))\n".utf8))
            throw ExitCode(1)
        }
        let check = verify(result.outputs, folder: folder)
        guard !check.hasErrors else {
            FileHandle.standardError.write(Data(DiagnosticPrinter.text(check).utf8))
            FileHandle.standardError.write(Data("nothing written: the new reports would not build (\(DiagnosticPrinter.summary(check)))\n".utf8))
            throw ExitCode(1)
        }
        if result.outputs.isEmpty { print("nothing to write: the files give no values for \(year)") }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for report in result.outputs {
            try Data(report.text.utf8).write(to: URL(fileURLWithPath: report.path), options: .atomic)
            print("wrote \(report.path): 指标 \(report.counts.values), 任务 \(report.counts.tasks), 里程碑 \(report.counts.milestones)")
        }
    }

    /// The content loaded with the new reports in place, so a report `build` would refuse is
    /// never written.
    func verify(_ outputs: [Collection.Output], folder: String) -> [Diagnostic] {
        var (files, _) = ContentDirectory.read(content)
        let root = URL(fileURLWithPath: content).standardizedFileURL.path + "/"
        for report in outputs {
            let absolute = URL(fileURLWithPath: report.path).standardizedFileURL.path
            let relative = absolute.hasPrefix(root) ? String(absolute.dropFirst(root.count)) : "reports/" + (report.path as NSString).lastPathComponent
            files.removeAll { $0.path == relative }
            files.append(ContentFile(path: relative, data: Data(report.text.utf8)))
        }
        return ContentLoader.load(files: files, root: content).diagnostics.errors
    }

    static func today() -> String {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: .current, from: Date())
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 1) }
        return "\(parts.year ?? 2025)-\(two(parts.month))-\(two(parts.day))"
    }
}
