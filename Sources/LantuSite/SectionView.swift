/// A section of a plan page, rendered by the recursive `section` partial.
struct SectionView {
    let anchor: String
    let title: String
    /// The HTML heading level: the plan's title is h1, so sections start at h2.
    let headingLevel: Int
    let blocks: [BlockView]
    let children: [SectionView]
}

/// One block of a section; exactly one field is set.
struct BlockView {
    /// Rendered Markdown, made by lantu itself and therefore inserted unescaped.
    let html: String?
    let indicatorTable: IndicatorTableView?
    let box: BoxView?
    let task: TaskRowView?
}

/// A feature box (专栏).
struct BoxView {
    let anchor: String
    let title: String
    let headingLevel: Int
    let blocks: [BlockView]
}
