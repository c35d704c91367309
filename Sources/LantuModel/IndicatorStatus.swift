import Foundation

/// Where a numeric indicator stands against its target (SPEC §3).
public enum IndicatorStatus: String, Sendable, Hashable, CaseIterable {
    case achieved = "achieved"
    case onTrack = "on-track"
    case behind = "behind"
    case offTrack = "off-track"
    case regressing = "regressing"
    case notMet = "not-met"
    case noData = "no-data"
}

extension IndicatorStatus {
    /// The machine code used in data exports and CSS classes.
    public var code: String { rawValue }

    /// Reads a status as a report writes it: the machine code, or the zh-CN, zh-TW or English label.
    public static func parse(_ text: String) -> IndicatorStatus? {
        let key = text.comparisonKey.replacingOccurrences(of: "-", with: "").replacingOccurrences(of: "_", with: "")
        return allCases.first { status in
            status.code.replacingOccurrences(of: "-", with: "") == key || status.spellings.contains(key)
        }
    }

    /// SPEC §3's Chinese label (已达成 …), which documents print as the status in words.
    public var label: String { spellings[0] }

    /// Labels of SPEC §3 (Traditional forms fold into these) and the English ones, compared folded;
    /// the label comes first.
    private var spellings: [String] {
        switch self {
        case .achieved: return ["已达成", "达成"]
        case .onTrack: return ["进展顺利", "ontrack"]
        case .behind: return ["略有滞后"]
        case .offTrack: return ["明显滞后", "offtrack"]
        case .regressing: return ["逆向变化"]
        case .notMet: return ["未达标", "notmet"]
        case .noData: return ["暂无数据", "nodata"]
        }
    }

    /// Whether a binding indicator in this status is flagged to leaders.
    public var needsAttention: Bool {
        switch self {
        case .behind, .offTrack, .regressing, .notMet: return true
        case .achieved, .onTrack, .noData: return false
        }
    }
}

/// How the target is read: which way counts as progress.
public enum IndicatorDirection: String, Sendable, Hashable {
    case atLeast = "at-least"
    case atMost = "at-most"
    case increase
    case decrease
    case maintain
}
