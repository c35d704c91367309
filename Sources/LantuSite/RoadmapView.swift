/// The roadmap: one Gantt chart per plan, and the same tasks as tables.
struct RoadmapView {
    struct PlanRoadmap {
        let title: String
        let href: String
        let gantt: String
        let tasks: [TaskRowView]
    }

    let chrome: PageChrome
    let plans: [PlanRoadmap]
}
