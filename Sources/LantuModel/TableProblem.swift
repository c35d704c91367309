import LantuDiagnostics

/// A table, column or cell that lantu could not read as data: said where it is, never
/// dropped without a word (SPEC §2.4).
public enum TableProblem: Sendable, Equatable {
    /// A report table with an indicator column but no measured-year column.
    case indicatorsWithoutYear
    /// A report table with a task column but no status or progress column.
    case tasksWithoutStatus
    /// A table whose rows name indicators (or tasks) under a header lantu does not read.
    case rowsNameUnread(what: String, example: String)
    /// A plan table with baseline or target columns but no indicator column.
    case valuesWithoutIndicator
    /// A column headed with a year and words lantu does not know.
    case unknownYearColumn(String)
}

extension TableProblem {
    var severity: Severity { .warning }

    var explanation: (String, String?) {
        switch self {
        case .indicatorsWithoutYear:
            return ("this table names indicators but has no year column; read as text",
                    "head the column of each year's values " + HeaderGrammar.measuredYearForms)
        case .tasksWithoutStatus:
            return ("this table names tasks but has no status or progress column; read as text",
                    "add columns headed " + HeaderGrammar.taskForms)
        case .rowsNameUnread(let what, let example):
            return ("this table's rows name \(what) (e.g. '\(example)') but its header is not understood; read as text",
                    what == "tasks" ? "head the task column 任务, 重点任务 or task" : "head the indicator column " + HeaderGrammar.nameForms)
        case .valuesWithoutIndicator:
            return ("this table has baseline or target columns but no indicator column; read as text",
                    "head the column of names " + HeaderGrammar.nameForms)
        case .unknownYearColumn(let header):
            return ("column '\(header)' is not understood; its values are not read",
                    "measured years are headed " + HeaderGrammar.measuredYearForms
                        + "; the baseline 2020年基期值, the target 2025年目标值")
        }
    }
}
