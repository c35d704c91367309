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
