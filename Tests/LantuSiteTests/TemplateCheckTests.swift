import Foundation
import Testing
import LantuDiagnostics
@testable import LantuSite

/// Template tags that would render as nothing are reported where they are written.
@Suite struct TemplateCheckTests {
    /// `check`'s template warnings for the golden fixture with `page.mustache` replaced.
    func warnings(page: String) throws -> [String] {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = folder.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try Data(page.utf8).write(to: templates.appendingPathComponent("page.mustache"))
        return SiteBuild.check(content: Paths.fixture("golden"), templates: templates.path, language: LanguageChoice(explicit: .english)).diagnostics
            .filter { $0.location.file.hasSuffix(".mustache") }
            .map { "\(($0.location.file as NSString).lastPathComponent):\($0.location.line):\($0.location.column): \($0.severity): \($0.message)" + ($0.hint.map { " | " + $0 } ?? "") }
    }

    @Test func theBuiltInThemeHasNoTagThatRendersAsNothing() {
        let problems = SiteBuild.check(content: Paths.exampleContent, templates: nil).diagnostics.filter { $0.location.file.hasSuffix(".mustache") }
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func aSmallSiteMeetsFewViewsAndStillGetsNoFalseWarning() throws {
        // A partial shared by several views probes `{{#.rows}}`, `{{#.flagged}}`, `{{#.indicators}}`;
        // a site with one bare plan renders it from one view only.
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("plans"), withIntermediateDirectories: true)
        try Data("title: 小站\n".utf8).write(to: folder.appendingPathComponent("site.yml"))
        try Data("---\ntitle: 规划\nperiod: 2021-2025\n---\n# 一、目标\n".utf8).write(to: folder.appendingPathComponent("plans/p.md"))
        let problems = SiteBuild.check(content: folder.path, templates: nil).diagnostics.filter { $0.location.file.hasSuffix(".mustache") }
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func aMisspeltFieldIsNamedWithTheNearestOne() throws {
        let found = try warnings(page: "{{#chrome}}{{> head}}{{/chrome}}\n<h1>{{titel}}</h1>\n<article>{{{body}}}</article>\n{{#chrome}}{{> foot}}{{/chrome}}\n")
        #expect(found == ["page.mustache:2:5: warning: '{{titel}}' names no field of the view this template renders (TextPageView), so it renders as nothing | did you mean 'title'?"])
    }

    @Test func aSectionOverTextAndACountOfText() throws {
        let found = try warnings(page: "{{#chrome}}{{> head}}{{/chrome}}\n{{#title}}<h1>{{.}}</h1>{{/title}} {{count(body)}}\n{{#chrome}}{{> foot}}{{/chrome}}\n")
        #expect(found == [
            "page.mustache:2:1: warning: '{{#title}}' is a section over text that is always there, so its content always shows | a section repeats over a list, or shows when a flag is true or an optional field is given",
            "page.mustache:2:36: warning: 'count(body)' needs a list, and 'body' is not one | count(), empty(), first(), last(), reversed() and sorted() apply to lists only",
        ])
    }

    @Test func namesInsideSectionsAndPartialsAreCheckedAgainstTheirViews() throws {
        // `nav` is a list of links; `labl` is no field of a link; the head partial is read too.
        let found = try warnings(page: "{{#chrome}}{{> head}}{{#nav}}<a href=\"{{href}}\">{{labl}}</a>{{/nav}}{{/chrome}}\n{{#chrome}}{{> foot}}{{/chrome}}\n")
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("page.mustache:1:49: warning: '{{labl}}' names no field of the view this template renders (Link)") == true)
        #expect(found.first?.hasSuffix("did you mean 'label'?") == true)
    }

    @Test func aTemplateSavedWithCRLFCountsItsLines() {
        let tags = TemplateCheck.tags("<p>\r\n\r\n  {{a}}", file: "x.mustache") ?? []
        guard case .variable(_, let location) = tags.first else { Issue.record("unexpected tags \(tags)"); return }
        #expect("\(location)" == "x.mustache:3:3")
    }

    @Test func tagPositionsAreLinesAndCharacters() {
        let tags = TemplateCheck.tags("甲乙{{a}}\n  {{#b}}{{c}}{{/b}}", file: "x.mustache") ?? []
        guard case .variable(_, let first) = tags.first, case .section(_, _, let body, let second) = tags.last,
              case .variable(_, let third) = body.first else {
            Issue.record("unexpected tags \(tags)")
            return
        }
        #expect("\(first)" == "x.mustache:1:3")
        #expect("\(second)" == "x.mustache:2:3")
        #expect("\(third)" == "x.mustache:2:9")
    }
}
