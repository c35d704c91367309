import Mustache

// Explicit field lookups for swift-mustache, which otherwise reads every view by reflection
// (about two thirds of a build). ViewLookupTests checks each one against reflection, so a
// field added to a view without a case here fails the tests.

extension PageChrome: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "lang": return self.lang
        case "siteTitle": return self.siteTitle
        case "organization": return self.organization
        case "title": return self.title
        case "documentTitle": return self.documentTitle
        case "root": return self.root
        case "homeHref": return self.homeHref
        case "stylesheet": return self.stylesheet
        case "nav": return self.nav
        case "header": return self.header
        case "crumbs": return self.crumbs
        case "notice": return self.notice
        case "asOf": return self.asOf
        case "liveReloadScript": return self.liveReloadScript
        case "t": return self.t
        default: return nil
        }
    }
}

extension SiteHeader: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "siteTitle": return self.siteTitle
        case "organization": return self.organization
        case "root": return self.root
        case "homeHref": return self.homeHref
        case "nav": return self.nav
        case "t": return self.t
        default: return nil
        }
    }
}

extension PageChrome.Link: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": return self.label
        case "href": return self.href
        case "current": return self.current
        default: return nil
        }
    }
}

extension IndicatorRowView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": return self.id
        case "number": return self.number
        case "name": return self.name
        case "unit": return self.unit
        case "href": return self.href
        case "planTitle": return self.planTitle
        case "baseline": return self.baseline
        case "target": return self.target
        case "latest": return self.latest
        case "latestYear": return self.latestYear
        case "attributeLabel": return self.attributeLabel
        case "isBinding": return self.isBinding
        case "statusCode": return self.statusCode
        case "statusLabel": return self.statusLabel
        case "sparkline": return self.sparkline
        case "progressBar": return self.progressBar
        case "progressText": return self.progressText
        case "isStale": return self.isStale
        case "isOverridden": return self.isOverridden
        default: return nil
        }
    }
}

extension IndicatorGroupView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "category": return self.category
        case "rows": return self.rows
        default: return nil
        }
    }
}

extension IndicatorTableView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "groups": return self.groups
        default: return nil
        }
    }
}

extension StatusCountView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "code": return self.code
        case "label": return self.label
        case "count": return self.count
        default: return nil
        }
    }
}

extension TaskRowView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "anchor": return self.anchor
        case "title": return self.title
        case "href": return self.href
        case "planTitle": return self.planTitle
        case "lead": return self.lead
        case "partners": return self.partners
        case "start": return self.start
        case "due": return self.due
        case "statusCode": return self.statusCode
        case "statusLabel": return self.statusLabel
        case "progress": return self.progress
        case "overdue": return self.overdue
        case "milestones": return self.milestones
        case "history": return self.history
        case "indicators": return self.indicators
        default: return nil
        }
    }
}

extension TaskRowView.UnitLink: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "href": return self.href
        default: return nil
        }
    }
}

extension TaskRowView.MilestoneView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "done": return self.done
        case "overdue": return self.overdue
        case "date": return self.date
        case "text": return self.text
        default: return nil
        }
    }
}

extension TaskRowView.HistoryEntry: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "date": return self.date
        case "reportTitle": return self.reportTitle
        case "reportHref": return self.reportHref
        case "statusCode": return self.statusCode
        case "statusLabel": return self.statusLabel
        case "progress": return self.progress
        default: return nil
        }
    }
}

extension TaskGroupView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "anchor": return self.anchor
        case "title": return self.title
        case "href": return self.href
        case "tasks": return self.tasks
        default: return nil
        }
    }
}

extension SectionView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "anchor": return self.anchor
        case "title": return self.title
        case "headingLevel": return self.headingLevel
        case "blocks": return self.blocks
        case "children": return self.children
        default: return nil
        }
    }
}

extension BlockView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "html": return self.html
        case "indicatorTable": return self.indicatorTable
        case "box": return self.box
        case "task": return self.task
        default: return nil
        }
    }
}

extension BoxView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "anchor": return self.anchor
        case "title": return self.title
        case "headingLevel": return self.headingLevel
        case "blocks": return self.blocks
        default: return nil
        }
    }
}

extension HomeView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": return self.chrome
        case "plans": return self.plans
        case "overview": return self.overview
        case "flagged": return self.flagged
        case "flaggedMore": return self.flaggedMore
        case "reports": return self.reports
        case "supervisionHref": return self.supervisionHref
        case "pages": return self.pages
        default: return nil
        }
    }
}

extension HomeView.PageLink: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "href": return self.href
        default: return nil
        }
    }
}

extension HomeView.Overview: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "planCount": return self.planCount
        case "indicatorCount": return self.indicatorCount
        case "plansHref": return self.plansHref
        case "summary": return self.summary
        case "parents": return self.parents
        case "parentsMore": return self.parentsMore
        default: return nil
        }
    }
}

extension HomeView.ParentRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "href": return self.href
        case "planCount": return self.planCount
        case "statusBar": return self.statusBar
        case "statusCounts": return self.statusCounts
        default: return nil
        }
    }
}

extension PlansIndexView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": return self.chrome
        case "position": return self.position
        case "plans": return self.plans
        case "pages": return self.pages
        default: return nil
        }
    }
}

extension PlansIndexView.PageLink: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": return self.label
        case "href": return self.href
        case "current": return self.current
        default: return nil
        }
    }
}

extension HomeView.PlanCard: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "href": return self.href
        case "briefHref": return self.briefHref
        case "period": return self.period
        case "issuer": return self.issuer
        case "parentTitle": return self.parentTitle
        case "indicatorCount": return self.indicatorCount
        case "indicatorParts": return self.indicatorParts
        case "taskCount": return self.taskCount
        case "summary": return self.summary
        case "tasks": return self.tasks
        default: return nil
        }
    }
}

extension ReportLink: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "href": return self.href
        case "date": return self.date
        case "planTitle": return self.planTitle
        default: return nil
        }
    }
}

extension DownloadLink: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "href": return self.href
        case "fileName": return self.fileName
        default: return nil
        }
    }
}

extension PlanPageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": return self.chrome
        case "title": return self.title
        case "period": return self.period
        case "issuer": return self.issuer
        case "issued": return self.issued
        case "status": return self.status
        case "parent": return self.parent
        case "children": return self.children
        case "summary": return self.summary
        case "flagged": return self.flagged
        case "statusGroups": return self.statusGroups
        case "chapters": return self.chapters
        case "toc": return self.toc
        case "intro": return self.intro
        case "sections": return self.sections
        case "boxes": return self.boxes
        case "tasks": return self.tasks
        case "tasksHref": return self.tasksHref
        case "briefHref": return self.briefHref
        case "download": return self.download
        case "reports": return self.reports
        default: return nil
        }
    }
}

extension PlanPageView.TocEntry: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "anchor": return self.anchor
        case "title": return self.title
        case "depth": return self.depth
        default: return nil
        }
    }
}

extension PlanPageView.PlanLink: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "href": return self.href
        default: return nil
        }
    }
}

extension PlanPageView.ChildPlan: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "href": return self.href
        case "summary": return self.summary
        default: return nil
        }
    }
}

extension IndicatorPageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": return self.chrome
        case "row": return self.row
        case "planHref": return self.planHref
        case "sectionHref": return self.sectionHref
        case "category": return self.category
        case "chart": return self.chart
        case "narrowChart": return self.narrowChart
        case "dataRows": return self.dataRows
        case "workings": return self.workings
        case "owners": return self.owners
        case "servesIndicator": return self.servesIndicator
        case "servedBy": return self.servedBy
        case "tasks": return self.tasks
        case "note": return self.note
        case "staleNote": return self.staleNote
        case "overrideNote": return self.overrideNote
        case "overrideHref": return self.overrideHref
        default: return nil
        }
    }
}

extension IndicatorPageView.DataRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "year": return self.year
        case "value": return self.value
        case "kind": return self.kind
        case "change": return self.change
        case "changeCode": return self.changeCode
        case "source": return self.source
        case "sourceHref": return self.sourceHref
        default: return nil
        }
    }
}

extension UnitsPageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": return self.chrome
        case "supervisionHref": return self.supervisionHref
        case "units": return self.units
        default: return nil
        }
    }
}

extension UnitsPageView.UnitCard: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "short": return self.short
        case "href": return self.href
        case "taskCount": return self.taskCount
        case "indicatorCount": return self.indicatorCount
        case "tasks": return self.tasks
        default: return nil
        }
    }
}

extension UnitPageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": return self.chrome
        case "name": return self.name
        case "short": return self.short
        case "description": return self.description
        case "tasks": return self.tasks
        case "leadTasks": return self.leadTasks
        case "partnerTasks": return self.partnerTasks
        case "indicators": return self.indicators
        case "supervisionSentence": return self.supervisionSentence
        case "supervision": return self.supervision
        case "supervisionHref": return self.supervisionHref
        default: return nil
        }
    }
}

extension ReportPageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": return self.chrome
        case "title": return self.title
        case "date": return self.date
        case "planTitle": return self.planTitle
        case "planHref": return self.planHref
        case "segments": return self.segments
        case "previousTitle": return self.previousTitle
        case "statusChanges": return self.statusChanges
        case "evaluation": return self.evaluation
        case "download": return self.download
        case "previous": return self.previous
        case "next": return self.next
        default: return nil
        }
    }
}

extension ReportPageView.MeasurementRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "href": return self.href
        case "year": return self.year
        case "value": return self.value
        case "note": return self.note
        case "previousValue": return self.previousValue
        case "change": return self.change
        case "direction": return self.direction
        case "target": return self.target
        case "statusCode": return self.statusCode
        case "statusLabel": return self.statusLabel
        default: return nil
        }
    }
}

extension ReportPageView.StatusChange: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "href": return self.href
        case "fromCode": return self.fromCode
        case "fromLabel": return self.fromLabel
        case "toCode": return self.toCode
        case "toLabel": return self.toLabel
        case "becameAchieved": return self.becameAchieved
        default: return nil
        }
    }
}

extension ReportPageView.Evaluation: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "indicators": return self.indicators
        case "tasks": return self.tasks
        case "chapters": return self.chapters
        case "units": return self.units
        default: return nil
        }
    }
}

extension ReportPageView.UpdateRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "href": return self.href
        case "statusCode": return self.statusCode
        case "statusLabel": return self.statusLabel
        case "progress": return self.progress
        case "note": return self.note
        default: return nil
        }
    }
}

extension ReportPageView.MeasurementTable: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "rows": return self.rows
        default: return nil
        }
    }
}

extension ReportPageView.UpdateTable: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "rows": return self.rows
        default: return nil
        }
    }
}

extension ReportPageView.Segment: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "html": return self.html
        case "measurements": return self.measurements
        case "updates": return self.updates
        default: return nil
        }
    }
}

extension TextPageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": return self.chrome
        case "title": return self.title
        case "body": return self.body
        case "example": return self.example
        default: return nil
        }
    }
}

extension TextPageView.Example: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "href": return self.href
        case "workings": return self.workings
        default: return nil
        }
    }
}

extension SearchPageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": return self.chrome
        case "indexScript": return self.indexScript
        case "searchScript": return self.searchScript
        default: return nil
        }
    }
}

extension StatusSummaryView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "statusBar": return self.statusBar
        case "statusCounts": return self.statusCounts
        case "categories": return self.categories
        default: return nil
        }
    }
}

extension StatusSummaryView.Category: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "category": return self.category
        case "statusBar": return self.statusBar
        case "statusCounts": return self.statusCounts
        default: return nil
        }
    }
}

extension TaskSummaryRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": return self.label
        case "href": return self.href
        case "taskBar": return self.taskBar
        case "taskCounts": return self.taskCounts
        case "milestonesDone": return self.milestonesDone
        case "milestonesTotal": return self.milestonesTotal
        default: return nil
        }
    }
}

extension StatusGroupView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "anchor": return self.anchor
        case "code": return self.code
        case "label": return self.label
        case "rows": return self.rows
        default: return nil
        }
    }
}

extension TaskLedgerView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": return self.chrome
        case "title": return self.title
        case "planHref": return self.planHref
        case "summary": return self.summary
        case "byChapter": return self.byChapter
        case "byUnit": return self.byUnit
        case "byStatus": return self.byStatus
        default: return nil
        }
    }
}

extension RoadmapView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": return self.chrome
        case "plans": return self.plans
        default: return nil
        }
    }
}

extension RoadmapView.PlanRoadmap: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "href": return self.href
        case "gantt": return self.gantt
        case "tasks": return self.tasks
        default: return nil
        }
    }
}

extension BriefView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": return self.chrome
        case "title": return self.title
        case "planHref": return self.planHref
        case "tasksHref": return self.tasksHref
        case "sentences": return self.sentences
        case "bindingFlagged": return self.bindingFlagged
        case "lagging": return self.lagging
        case "overdue": return self.overdue
        case "overdueMore": return self.overdueMore
        case "changesSentence": return self.changesSentence
        case "statusChanges": return self.statusChanges
        case "latestReport": return self.latestReport
        case "download": return self.download
        default: return nil
        }
    }
}

extension BriefView.IndicatorItem: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "href": return self.href
        case "attributeLabel": return self.attributeLabel
        case "statusCode": return self.statusCode
        case "statusLabel": return self.statusLabel
        case "latest": return self.latest
        case "latestYear": return self.latestYear
        case "target": return self.target
        case "progressText": return self.progressText
        case "owners": return self.owners
        default: return nil
        }
    }
}

extension BriefView.OverdueItem: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "href": return self.href
        case "taskTitle": return self.taskTitle
        case "kindLabel": return self.kindLabel
        case "due": return self.due
        case "lead": return self.lead
        default: return nil
        }
    }
}
