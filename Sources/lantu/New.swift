import ArgumentParser
import Foundation
import LantuDiagnostics
import LantuModel
import LantuSite

/// `lantu new plan|report|page NAME`: a commented starter file in the right folder.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a starter plan, report or page in content/ (never overwrites).",
        discussion: "NAME becomes the file name and id: lowercase letters, digits and '-', e.g. tjutc-talent."
    )

    @Argument(help: "plan, report or page.")
    var kind: Scaffold.Kind

    @Argument(help: "The new document's id and file name.")
    var name: String

    @Option(help: "The content folder.")
    var content = "content"

    func validate() throws {
        guard !name.isEmpty, name.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) else {
            throw ValidationError("NAME must use lowercase letters, digits and '-', e.g. tjutc-talent")
        }
    }

    func run() throws {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: Date())
        let today = PlanDate(year: parts.year ?? 2025, month: parts.month, day: parts.day)
        do {
            let (path, problems) = try Scaffold.create(kind, name: name, content: content, today: today)
            print("created \(path)")
            if !problems.isEmpty {
                FileHandle.standardError.write(Data(("with it, content/ now has errors to fix:\n" + DiagnosticPrinter.text(problems)).utf8))
                throw ExitCode(1)
            }
        } catch let error as SiteError {
            FileHandle.standardError.write(Data(DiagnosticPrinter.text([error.diagnostic]).utf8))
            throw ExitCode(1)
        }
    }
}

extension Scaffold.Kind: ExpressibleByArgument {}
