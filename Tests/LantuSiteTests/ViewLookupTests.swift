import Foundation
import LantuModel
import Mustache
import Testing
@testable import LantuSite

/// Every view's explicit Mustache lookup answers exactly what reflection would, for every
/// field of every view the example site builds.
@Suite struct ViewLookupTests {
    @Test func lookupsMatchReflectionForEveryView() throws {
        let content = try #require(ContentLoader.load(directory: Paths.exampleContent).content)
        let (theme, problems) = Theme.load(overlay: Paths.templates, language: content.site.language)
        #expect(problems.isEmpty)
        let context = SiteContext(content: content, theme: try #require(theme))
        var views: [Any] = [context.homeView(), context.unitsView(), context.roadmapView(), context.searchView(), context.notFoundView()]
        for plan in content.plans {
            views += [context.planView(plan), context.taskLedgerView(plan), context.briefView(plan)] as [Any]
            views += plan.indicators.prefix(3).map { context.indicatorView($0, plan: plan) } as [Any]
        }
        views += content.reports.map { context.reportView($0) } as [Any]
        views += content.units.prefix(3).map { context.unitView($0) } as [Any]
        views += [context.supervisionSiteView()] + content.units.prefix(3).map { context.unitSupervisionView($0) } as [Any]
        var checked: Set<String> = []
        for view in views { check(view, checked: &checked) }
        #expect(checked.count > 40, "\(checked.sorted())")
    }

    /// Compares each field, then walks into nested views and arrays of views.
    func check(_ value: Any, checked: inout Set<String>) {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .collection {
            for element in mirror.children { check(element.value, checked: &checked) }
            return
        }
        if mirror.displayStyle == .optional {
            if let wrapped = mirror.children.first { check(wrapped.value, checked: &checked) }
            return
        }
        guard mirror.displayStyle == .struct, let parent = value as? MustacheParent, !(value is [String: String]) else { return }
        checked.insert(String(describing: type(of: value)))
        for child in mirror.children {
            guard let label = child.label else { continue }
            let reflected = unwrap(child.value)
            let looked = parent.child(named: label)
            #expect((reflected == nil) == (looked == nil), "\(type(of: value)).\(label)")
            if let reflected, let looked {
                #expect(String(describing: reflected) == String(describing: looked), "\(type(of: value)).\(label)")
                check(reflected, checked: &checked)
            }
        }
    }

    func unwrap(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first.map(\.value)
    }
}
