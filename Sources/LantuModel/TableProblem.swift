import LantuDiagnostics

/// A table, column or cell that lantu could not read as data: said where it is, never
/// dropped without a word (SPEC §2.4).
public enum TableProblem: Sendable, Equatable {
    /// A report table with an indicator column but no measured-year column.
    case indicatorsWithoutYear
    /// A report table with a task column but no status or progress column.
    case tasksWithoutStatus
    /// A report table with a milestone column but no completion column.
    case milestonesWithoutCompletion
    /// A table whose rows name indicators (or tasks) under a header lantu does not read.
    case rowsNameUnread(what: String, example: String)
    /// A plan table with baseline or target columns but no indicator column.
    case valuesWithoutIndicator
    /// A column headed with a year and words lantu does not know.
    case unknownYearColumn(String)
    /// A number written with a typo-like character, read after replacing it.
    case normalisedNumber(String, as: String, fixes: [String])
    /// A cell that looks like a number but is not one, kept as text.
    case notANumber(String)
    /// A row with values but an empty indicator name cell.
    case valuesWithoutName
}

extension TableProblem {
    var severity: Severity {
        switch self {
        case .valuesWithoutName: return .error
        default: return .warning
        }
    }

    var explanation: (String, String?) {
        switch self {
        case .indicatorsWithoutYear:
            return ("this table names indicators but has no year column; read as text",
                    "head the column of each year's values " + HeaderGrammar.measuredYearForms)
        case .tasksWithoutStatus:
            return ("this table names tasks but has no status or progress column; read as text",
                    "add columns headed " + HeaderGrammar.taskForms)
        case .milestonesWithoutCompletion:
            return ("this table names milestones but has no 完成情况 column; read as text",
                    "add a column headed 完成情况 with 已完成, 完成, 是 or ✓ for the milestones done")
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
        case .normalisedNumber(let text, let number, let fixes):
            return ("'\(text)' is read as the number \(number): " + fixes.joined(separator: "; "),
                    "retype it as \(number) so that other programs read it too")
        case .notANumber(let text):
            return ("'\(text)' looks like a number but is not one; kept as text, so it has no status and no chart",
                    "write numbers as 92.6, 4,500, 350万 or >99")
        case .valuesWithoutName:
            return ("this row has values but its indicator cell is empty",
                    "write the indicator's name or id in the row; a row with only its first cell filled is a category row")
        }
    }
}
