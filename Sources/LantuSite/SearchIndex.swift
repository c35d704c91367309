import Foundation
import LantuMarkdown
import LantuModel

/// `data/search-index.js`: every section, indicator, unit, report and page as a searchable
/// entry, shipped as a script so search works from disk (`file://`) as well as from a server.
struct SearchEntry: Encodable {
    /// Title shown in the results.
    let t: String
    /// URL relative to the site root, down to the section's anchor.
    let u: String
    /// What kind of place it is, in the site's language.
    let k: String
    /// The text searched and quoted in snippets.
    let x: String
}

extension SiteContext {
    /// `data/search-index.js` from each plan's entries, as `searchEntries(_:)` encodes them.
    func searchIndex(plans: [Data]) -> Data {
        var entries: [SearchEntry] = []
        for unit in content.units {
            entries.append(.init(t: unit.name, u: Route.unit(unit.id).path, k: t("search_kind_unit"),
                                 x: ([unit.short, unit.description].compactMap { $0 } + unit.aliases).joined(separator: " ")))
        }
        for report in content.reports {
            entries.append(.init(t: report.title, u: Route.report(report.id).path, k: t("search_kind_report"), x: plainText(report.body)))
        }
        for page in content.pages {
            entries.append(.init(t: page.title, u: Route.page(page.id).path, k: t("search_kind_page"), x: plainText(page.body)))
        }
        let parts = (plans + [Self.encodeEntries(entries)]).filter { !$0.isEmpty }
        // <, > and & only occur inside JSON strings, where \u escapes mean the same characters.
        var script = Data("window.LANTU_SEARCH_INDEX = [".utf8)
        script.reserveCapacity(parts.reduce(64) { $0 + $1.count })
        for (index, part) in parts.enumerated() {
            if index > 0 { script.append(UInt8(ascii: ",")) }
            part.withUnsafeBytes { bytes in
                var start = 0
                for (offset, byte) in bytes.enumerated() {
                    let escape: String
                    switch byte {
                    case UInt8(ascii: "<"): escape = "\\u003c"
                    case UInt8(ascii: ">"): escape = "\\u003e"
                    case UInt8(ascii: "&"): escape = "\\u0026"
                    default: continue
                    }
                    script.append(contentsOf: bytes[start..<offset])
                    script.append(contentsOf: escape.utf8)
                    start = offset + 1
                }
                script.append(contentsOf: bytes[start...])
            }
        }
        script.append(contentsOf: "];\n".utf8)
        return script
    }

    /// A plan's entries (itself, its sections, its indicators), comma-separated, not bracketed.
    func searchEntries(_ plan: Plan) -> Data {
        var entries: [SearchEntry] = []
        let planURL = Route.plan(plan.id).path
        entries.append(.init(t: plan.title, u: planURL, k: t("search_kind_plan"), x: text(plan.intro)))
        for section in plan.allSections {
            entries.append(.init(t: section.title, u: planURL + "#" + section.anchor, k: plan.title, x: text(section.blocks)))
        }
        for indicator in plan.indicators {
            let words = [indicator.category, indicator.unit, indicator.baseline?.raw, indicator.target?.raw].compactMap { $0 }
            entries.append(.init(t: indicator.name, u: Route.indicator(plan: plan.id, id: indicator.id).path,
                                 k: t("search_kind_indicator"), x: words.joined(separator: " ")))
        }
        return Self.encodeEntries(entries)
    }

    /// The entries as JSON objects separated by commas, without the array's brackets.
    private static func encodeEntries(_ entries: [SearchEntry]) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let array = (try? encoder.encode(entries)) ?? Data("[]".utf8)
        return Data(array.dropFirst().dropLast())
    }

    private func text(_ blocks: [Block]) -> String {
        blocks.map { block -> String in
            switch block {
            case .markdown(let node): return node.plainText
            case .featureBox(let box): return box.title + " " + text(box.blocks)
            case .indicatorTable, .taskMetadata: return ""
            }
        }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    private func plainText(_ nodes: [MarkdownNode]) -> String {
        nodes.map(\.plainText).joined(separator: " ")
    }
}
