import Mustache

// Explicit field lookups of the supervision views, as Views+Mustache.swift has for the others
// (ViewLookupTests checks them against reflection).

extension SupervisionListsView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "headingLevel": return self.headingLevel
        case "counts": return self.counts
        case "total": return self.total
        case "lists": return self.lists
        default: return nil
        }
    }
}

extension SupervisionListsView.KindCount: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "code": return self.code
        case "label": return self.label
        case "count": return self.count
        case "href": return self.href
        default: return nil
        }
    }
}

extension SupervisionListsView.List: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "anchor": return self.anchor
        case "code": return self.code
        case "heading": return self.heading
        case "explain": return self.explain
        case "dateHeading": return self.dateHeading
        case "gapHeading": return self.gapHeading
        case "rows": return self.rows
        default: return nil
        }
    }
}

extension SupervisionListsView.Row: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "href": return self.href
        case "taskTitle": return self.taskTitle
        case "planTitle": return self.planTitle
        case "planHref": return self.planHref
        case "roleCode": return self.roleCode
        case "roleLabel": return self.roleLabel
        case "date": return self.date
        case "gap": return self.gap
        case "gapHref": return self.gapHref
        case "statusCode": return self.statusCode
        case "statusLabel": return self.statusLabel
        case "staleLabel": return self.staleLabel
        default: return nil
        }
    }
}

extension UnitSupervisionView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": return self.chrome
        case "title": return self.title
        case "unitHref": return self.unitHref
        case "siteHref": return self.siteHref
        case "sentence": return self.sentence
        case "items": return self.items
        default: return nil
        }
    }
}

extension SupervisionSiteView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": return self.chrome
        case "sentence": return self.sentence
        case "kinds": return self.kinds
        case "units": return self.units
        case "clear": return self.clear
        default: return nil
        }
    }
}

extension SupervisionSiteView.UnitGroup: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "anchor": return self.anchor
        case "name": return self.name
        case "href": return self.href
        case "pageHref": return self.pageHref
        case "mostOverdue": return self.mostOverdue
        case "counts": return self.counts
        case "items": return self.items
        default: return nil
        }
    }
}
