import LantuDiagnostics
import LantuModel

extension SiteContext {
    func taskRow(_ task: PlanTask, plan: Plan, from route: Route, withIndicators: Bool = false, on day: PlanDate? = nil) -> TaskRowView {
        let state = taskState(task, on: day)
        return TaskRowView(
            anchor: task.anchor, title: task.title, href: route.href(to: .plan(plan.id), anchor: task.anchor),
            planTitle: plan.title, lead: task.lead.map { unitLink($0, from: route) },
            partners: task.partners.map { unitLink($0, from: route) }, start: date(task.start), due: date(task.due),
            statusCode: state.rawValue, statusLabel: label(state), progress: task.progress, overdue: state == .overdue,
            milestones: task.milestones.map { .init(done: $0.done, overdue: $0.isOverdue(asOf: day ?? content.asOf), date: date($0.date), text: $0.text) },
            history: task.updates.map { update in
                .init(date: date(update.date) ?? "", reportTitle: reports[update.reportID]?.title ?? update.reportID,
                      reportHref: route.href(to: .report(update.reportID)), statusCode: update.status?.rawValue ?? "",
                      statusLabel: update.status.map(label), progress: update.progress)
            },
            indicators: withIndicators
                ? task.indicatorIDs.compactMap { indicator($0, of: plan.id) }.map { indicatorRow($0, plan: plan, from: route) }
                : []
        )
    }

    /// The section's blocks as views: Markdown rendered, indicator tables live, boxes nested.
    /// `level` is the HTML heading level of the enclosing heading; boxes take the next one.
    func blocks(_ blocks: [Block], task: PlanTask?, plan: Plan, from route: Route, level: Int) -> [BlockView] {
        blocks.map { block in
            switch block {
            case .markdown(let node):
                return BlockView(html: html([node], source: plan.source.file, from: route), indicatorTable: nil, box: nil, task: nil)
            case .indicatorTable(let ids):
                return BlockView(html: nil, indicatorTable: indicatorTable(ids, plan: plan, from: route), box: nil, task: nil)
            case .featureBox(let box):
                let boxLevel = min(level + 1, 6)
                let inner = self.blocks(box.blocks, task: nil, plan: plan, from: route, level: boxLevel)
                return BlockView(html: nil, indicatorTable: nil,
                                 box: BoxView(anchor: box.anchor, title: box.title, headingLevel: boxLevel, blocks: inner), task: nil)
            case .taskMetadata:
                return BlockView(html: nil, indicatorTable: nil, box: nil,
                                 task: task.map { taskRow($0, plan: plan, from: route, withIndicators: true) })
            }
        }
    }

    func section(_ section: Section, plan: Plan, from route: Route) -> SectionView {
        SectionView(
            anchor: section.anchor, title: section.title, headingLevel: min(section.level + 1, 6),
            blocks: blocks(section.blocks, task: section.task, plan: plan, from: route, level: min(section.level + 1, 6)),
            children: section.children.map { self.section($0, plan: plan, from: route) }
        )
    }
}
