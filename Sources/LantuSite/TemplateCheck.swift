import Foundation
import LantuDiagnostics
import LantuModel
import Mustache

/// Checks the theme's templates against the views they render, because swift-mustache renders a
/// misspelt `{{titel}}`, a section over text and a transform over a non-list as nothing, without a
/// word. Each page template is walked with real views of this site (a bounded sample, so a large
/// site costs a few pages), following sections and partials as rendering does.
enum TemplateCheck {
    /// Views to check each page template with: every kind of page, a few of each.
    static func samples(_ content: Content, context: SiteContext, methodology: String) -> [(template: String, view: Any)] {
        var samples: [(String, Any)] = [("home", context.homeView()), ("units", context.unitsView()), ("roadmap", context.roadmapView()),
                                        ("search", context.searchView()), ("methodology", context.methodologyView(text: methodology)),
                                        ("404", context.notFoundView()), ("plans", context.plansIndexView(page: 1)),
                                        ("supervision", context.supervisionSiteView()), ("header", context.siteHeader(root: "", current: .home))]
        for plan in content.plans.prefix(perKind) {
            samples += [("plan", context.planView(plan)), ("tasks", context.taskLedgerView(plan)), ("brief", context.briefView(plan))] as [(String, Any)]
            samples += plan.indicators.prefix(perKind).map { ("indicator", context.indicatorView($0, plan: plan)) as (String, Any) }
        }
        samples += content.units.prefix(perKind).map { ("unit", context.unitView($0)) as (String, Any) }
        samples += content.units.prefix(perKind).map { ("unit-supervision", context.unitSupervisionView($0)) as (String, Any) }
        samples += content.reports.prefix(perKind).map { ("report", context.reportView($0)) as (String, Any) }
        samples += content.pages.prefix(perKind).map { ("page", context.pageView($0)) as (String, Any) }
        return samples
    }

    /// How many pages of one kind are checked: enough to meet each kind's variants.
    static let perKind = 8

    /// Every problem of the templates that `samples` meet, each once, at the tag.
    static func problems(_ theme: Theme, samples: [(template: String, view: Any)]) -> [SiteError] {
        var walker = Walker(theme: theme)
        for (template, view) in samples {
            walker.walk(template, stack: [view], depth: 0)
        }
        // A partial shared by several views may name a field only some of them have
        // (`{{#.rows}}…{{/.rows}}{{#.flagged}}…`): a name is wrong when no view has it.
        let unresolved = walker.unresolved.filter { !walker.resolved.contains($0.key) }.values
        return (walker.found + unresolved).sorted { ($0.location, "\($0.reason)") < ($1.location, "\($1.reason)") }
    }

    /// A tag of a template, as much of it as the check needs.
    indirect enum Tag {
        case variable(Name, at: SourceLocation)
        case section(Name, inverted: Bool, body: [Tag], at: SourceLocation)
        case partial(String, at: SourceLocation)
    }

    /// `empty(.rows)` read as the name `.rows` and the transforms `["empty"]`.
    struct Name {
        let path: String
        let transforms: [String]
        var written: String { transforms.reduce(path) { "\($1)(\($0))" } }

        init(_ text: Substring) {
            var rest = text.trimmingCharacters(in: .whitespaces)[...]
            var transforms: [String] = []
            while let open = rest.firstIndex(of: "("), rest.hasSuffix(")") {
                transforms.append(String(rest[..<open]))
                rest = rest[rest.index(after: open)..<rest.index(before: rest.endIndex)]
            }
            path = String(rest)
            self.transforms = transforms.reversed()
        }
    }

    /// Reads a template's tags; nil when it changes delimiters, which this reader does not follow.
    static func tags(_ text: String, file: String) -> [Tag]? {
        var lines = LineCounter(text)
        var stack: [(name: Name, inverted: Bool, at: SourceLocation, tags: [Tag])] = [(Name(""), false, SourceLocation(file: file), [])]
        var rest = text[...]
        while let open = rest.range(of: "{{") {
            let triple = rest[open.upperBound...].hasPrefix("{")
            let closing = triple ? "}}}" : "}}"
            guard let close = rest[open.upperBound...].range(of: closing) else { break }
            let location = lines.location(of: open.lowerBound, file: file)
            var inner = rest[open.upperBound..<close.lowerBound]
            if triple { inner = inner.dropFirst() }
            rest = rest[close.upperBound...]
            let sigil = triple ? "&" : inner.first.map(String.init) ?? ""
            let body = "#^/>&!%=<$".contains(sigil) && !triple ? inner.dropFirst() : inner
            switch sigil {
            case "!", "%": continue
            case "=", "<", "$": return nil
            case "#", "^":
                stack.append((Name(body), sigil == "^", location, []))
            case "/":
                guard stack.count > 1 else { continue }
                let open = stack.removeLast()
                stack[stack.count - 1].tags.append(.section(open.name, inverted: open.inverted, body: open.tags, at: open.at))
            case ">":
                stack[stack.count - 1].tags.append(.partial(body.trimmingCharacters(in: .whitespaces), at: location))
            default:
                stack[stack.count - 1].tags.append(.variable(Name(body), at: location))
            }
        }
        return stack.first?.tags
    }

    /// Line and column of offsets in one text, counted forward as the reader moves on.
    struct LineCounter {
        let text: String
        var index: String.Index
        var line = 1
        var lineStart: String.Index

        init(_ text: String) {
            self.text = text
            index = text.startIndex
            lineStart = text.startIndex
        }

        mutating func location(of offset: String.Index, file: String) -> SourceLocation {
            while index < offset {
                // "\r\n" is one Character: a template saved on Windows counts its lines too.
                if text[index] == "\n" || text[index] == "\r\n" {
                    line += 1
                    lineStart = text.index(after: index)
                }
                index = text.index(after: index)
            }
            return SourceLocation(file: file, line: line, column: text.distance(from: lineStart, to: offset) + 1)
        }
    }

    struct Walker {
        let theme: Theme
        /// The theme's templates by name, read once: `ThemeFiles.templates` makes the table anew.
        let templates: [String: Data]
        var parsed: [String: [Tag]] = [:]
        var found: [SiteError] = []
        var seen: Set<String> = []
        /// Tags by location that some view answered, and the first problem of those none did yet.
        var resolved: Set<SourceLocation> = []
        var unresolved: [SourceLocation: SiteError] = [:]
        /// Each view type's stored fields and whether each is optional, by reflection once per
        /// type: reflecting the view again for every tag was two thirds of building the example site.
        var storedFields: [ObjectIdentifier: [String: Bool]] = [:]

        init(theme: Theme) {
            self.theme = theme
            templates = theme.files.templates
        }

        mutating func walk(_ template: String, stack: [Any], depth: Int) {
            guard depth < 40 else { return }
            if parsed[template] == nil {
                let text = templates[template].flatMap { String(data: $0, encoding: .utf8) } ?? ""
                parsed[template] = tags(text, file: theme.files.location(template + ".mustache")) ?? []
            }
            walk(parsed[template]!, stack: stack, depth: depth)
        }

        mutating func walk(_ tags: [Tag], stack: [Any], depth: Int) {
            for tag in tags {
                switch tag {
                case .partial(let name, _):
                    // A missing partial is reported where the theme is loaded.
                    if templates[name] != nil { walk(name, stack: stack, depth: depth + 1) }
                case .variable(let name, let location):
                    _ = resolve(name, stack: stack, at: location, probe: false)
                case .section(let name, let inverted, let body, let location):
                    // `{{#.rows}}` in a partial shared by several views asks "this view's rows,
                    // if it has any": a view without the field is no mistake.
                    guard let value = resolve(name, stack: stack, at: location, probe: name.path.hasPrefix(".")) else { continue }
                    if inverted || !name.transforms.isEmpty {
                        walk(body, stack: stack, depth: depth)
                        continue
                    }
                    switch value {
                    case .absent: continue
                    case .flag: walk(body, stack: stack, depth: depth)
                    case .list(let elements):
                        for element in elements { walk(body, stack: stack + [element], depth: depth) }
                    case .text(let text, let optional):
                        if !optional { record(SiteError(location, .sectionOverText(name.written))) }
                        walk(body, stack: stack + [text], depth: depth)
                    case .view(let view): walk(body, stack: stack + [view], depth: depth)
                    }
                }
            }
        }

        /// What a name stands for in `stack`, reporting a name no view has; nil when reported.
        mutating func resolve(_ name: Name, stack: [Any], at location: SourceLocation, probe: Bool) -> Value? {
            var value: Value
            if name.path == "." || name.path.isEmpty {
                value = Value(stack.last!, optional: false)
            } else {
                let parts = name.path.split(separator: ".").map(String.init)
                let candidates = name.path.hasPrefix(".") ? [stack.last!] : stack.reversed()
                var first: Value?
                for candidate in candidates where first == nil { first = field(parts[0], of: candidate) }
                guard let first else {
                    if !probe { report(parts[0], in: stack.last!, at: location, written: name.written) }
                    return nil
                }
                value = first
                for part in parts.dropFirst() {
                    guard case .view(let view) = value else { return .absent }
                    guard let next = field(part, of: view) else {
                        report(part, in: view, at: location, written: name.written)
                        return nil
                    }
                    value = next
                }
                resolved.insert(location)
            }
            for transform in name.transforms where Self.listTransforms.contains(transform) {
                if case .list = value { continue }
                if case .absent = value { continue }
                record(SiteError(location, .transformOverNonList(transform, name.path)))
                return nil
            }
            return value
        }

        /// Each problem once, though many views meet the same tag.
        mutating func record(_ problem: SiteError) {
            if seen.insert("\(problem.location) \(problem.reason)").inserted { found.append(problem) }
        }

        mutating func report(_ part: String, in view: Any, at location: SourceLocation, written: String) {
            guard unresolved[location] == nil else { return }
            unresolved[location] = view is [String: String] ? SiteError(location, .unknownUIString(part))
                : SiteError(location, .unknownTemplateField(written, view: Self.viewName(view), suggestions: NearestNames.suggest(part, among: Self.fields(of: view))))
        }

        /// The transforms swift-mustache applies to lists only.
        static let listTransforms: Set<String> = ["empty", "count", "first", "last", "reversed", "sorted"]

        /// A view's fields by name, with nil-valued optionals, which lookups cannot tell from absent names.
        static func fields(of view: Any) -> [String] {
            if let strings = view as? [String: String] { return strings.keys.sorted() }
            return Mirror(reflecting: view).children.compactMap(\.label)
        }

        /// A field of a view: read through its `MustacheParent` lookup as rendering reads it, with
        /// whether the field is optional from `storedFields`; a name only the lookup answers is not.
        mutating func field(_ name: String, of view: Any) -> Value? {
            if let strings = view as? [String: String] {
                return strings[name].map { Value($0, optional: false) }
            }
            guard let parent = view as? MustacheParent else { return Self.reflectedField(name, of: view) }
            let key = ObjectIdentifier(type(of: view))
            if storedFields[key] == nil {
                storedFields[key] = Dictionary(Mirror(reflecting: view).children.compactMap { child in
                    child.label.map { ($0, Mirror(reflecting: child.value).displayStyle == .optional) }
                }, uniquingKeysWith: { first, _ in first })
            }
            if let optional = storedFields[key]![name] {
                return parent.child(named: name).map { Value($0, optional: optional) } ?? .absent
            }
            return parent.child(named: name).map { Value($0, optional: false) }
        }

        /// A field of a value without a `MustacheParent` lookup (text a section stands on).
        static func reflectedField(_ name: String, of view: Any) -> Value? {
            Mirror(reflecting: view).children.first { $0.label == name }.map { Value($0.value, optional: false) }
        }

        /// The view's type as the code and the guide name it (`HomeView`).
        static func viewName(_ view: Any) -> String {
            "\(type(of: view))"
        }
    }

    /// What a tag's name stands for, as far as rendering treats kinds differently.
    enum Value {
        case absent
        case flag
        case list([Any])
        /// Text or a number; `optional` when the field may be absent, which makes a section over it a condition.
        case text(Any, optional: Bool)
        case view(Any)

        init(_ value: Any, optional: Bool) {
            let mirror = Mirror(reflecting: value)
            switch mirror.displayStyle {
            case .optional:
                if let wrapped = mirror.children.first?.value {
                    self = Value(wrapped, optional: true)
                } else {
                    self = .absent
                }
            case .collection, .set:
                self = .list(mirror.children.map(\.value))
            case .struct, .class, .dictionary:
                self = value is Bool ? .flag : .view(value)
            default:
                self = value is Bool ? .flag : .text(value, optional: optional)
            }
        }
    }
}
