import Foundation
import LantuDiagnostics

/// Gathers the units named in tasks and indicators, merges aliases from `units.yml`,
/// and gives each a pinyin id (SPEC §2.5).
struct UnitDirectory {
    private(set) var units: [OrgUnit] = []
    private var idsByKey: [String: String] = [:]
    private var usedIDs: Set<String> = []
    private var discovered: [String] = []
}

extension UnitDirectory {
    /// Starts from `units.yml`'s entries, in their order.
    init(declared: [OrgUnit]) {
        for unit in declared {
            let id = uniqueID(for: unit.name)
            let stored = OrgUnit(id: id, name: unit.name, short: unit.short, description: unit.description, aliases: unit.aliases)
            units.append(stored)
            for name in [unit.name] + unit.aliases + (unit.short.map { [$0] } ?? []) {
                idsByKey[name.comparisonKey] = idsByKey[name.comparisonKey] ?? id
            }
        }
    }

    /// Notes a unit name met in the content; undeclared names become units of their own.
    mutating func discover(_ name: String) {
        guard idsByKey[name.comparisonKey] == nil else { return }
        let id = uniqueID(for: name)
        idsByKey[name.comparisonKey] = id
        discovered.append(name)
        units.append(OrgUnit(id: id, name: name, short: nil, description: nil, aliases: []))
    }

    /// The id of the unit a name (or alias) refers to; call `discover` first.
    func id(for name: String) -> String {
        idsByKey[name.comparisonKey] ?? Self.slug(name)
    }

    /// Declared units keep their order; discovered ones follow, sorted by id.
    var ordered: [OrgUnit] {
        let declaredCount = units.count - discovered.count
        return Array(units[..<declaredCount]) + units[declaredCount...].sorted { $0.id < $1.id }
    }

    /// 党委组织部 → `dang-wei-zu-zhi-bu`; English names are lowercased and hyphenated.
    static func slug(_ name: String) -> String {
        let latin = name.applyingTransform(.toLatin, reverse: false) ?? name
        let plain = latin.applyingTransform(.stripDiacritics, reverse: false) ?? latin
        var slug = ""
        for scalar in plain.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? "unit" : slug
    }
}

private extension UnitDirectory {
    /// Homophones share a pinyin; the later one gets `-2`, `-3` …
    mutating func uniqueID(for name: String) -> String {
        let base = Self.slug(name)
        var id = base
        var counter = 1
        while usedIDs.contains(id) {
            counter += 1
            id = "\(base)-\(counter)"
        }
        usedIDs.insert(id)
        return id
    }
}
