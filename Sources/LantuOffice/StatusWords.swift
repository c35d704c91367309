import LantuModel

/// The status words of an exported document, SPEC §3's Chinese labels (the same the site's
/// zh-CN strings and `IndicatorStatus.parse` use): a printed document shows status in words,
/// never by colour alone.
enum StatusWords {
    static func word(_ status: IndicatorStatus) -> String {
        switch status {
        case .achieved: return "已达成"
        case .onTrack: return "进展顺利"
        case .behind: return "略有滞后"
        case .offTrack: return "明显滞后"
        case .regressing: return "逆向变化"
        case .notMet: return "未达标"
        case .noData: return "暂无数据"
        }
    }

    static func word(_ status: TaskStatus) -> String {
        switch status {
        case .notStarted: return "未开始"
        case .inProgress: return "进行中"
        case .done: return "已完成"
        case .delayed: return "滞后"
        case .paused: return "暂停"
        case .notReported: return "未报告"
        }
    }
}
