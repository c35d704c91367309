import ArgumentParser
import Foundation
import LantuDiagnostics
import LantuModel
import LantuSite

/// `lantu new plan|report|page NAME`: a commented starter file in the right folder.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a starter plan, report or page in content/ (never overwrites).",
        discussion: """
        NAME is the title as written (`lantu new plan 人才强校专项规划`: the id and file name are \
        its pinyin, ren-cai-qiang-xiao-zhuan-xiang-gui-hua) or an id of lowercase letters, digits \
        and '-' (`lantu new page about`, with a title to fill in). Nothing is asked; an existing \
        file is never overwritten.
        """
    )

    @Argument(help: "plan, report or page.")
    var kind: Scaffold.Kind

    @Argument(help: "The new document's title as written, or its id.")
    var name: String

    @Option(help: "The content folder.")
    var content = "content"

    func validate() throws {
        guard Scaffold.documentID(for: name) != nil, !name.unicodeScalars.contains(where: { $0.value < 0x20 }) else {
            throw ValidationError("NAME must be a title (人才强校专项规划) or an id of lowercase letters, digits and '-' (tjutc-talent)")
        }
    }

    func run() throws {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: Date())
        let today = PlanDate(year: parts.year ?? 2025, month: parts.month, day: parts.day)
        do {
            let (path, problems) = try Scaffold.create(kind, name: name, content: content, today: today)
            print("created \(path)")
            // The file is made; what else in content/ now needs changing is said, not a failure.
            if !problems.isEmpty {
                FileHandle.standardError.write(Data(("with it, content/ now has errors to fix:\n" + DiagnosticPrinter.text(problems)).utf8))
            }
        } catch {
            FileHandle.standardError.write(Data(DiagnosticPrinter.text([error.diagnostic]).utf8))
            throw ExitCode(1)
        }
    }
}

extension Scaffold.Kind: ExpressibleByArgument {}
