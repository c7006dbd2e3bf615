import Foundation

extension RouteSheet {
    /// The category this sheet's teacher works towards; nil for Педагог-шебер.
    public var nextCategory: QualificationCategory? { category.nextCategory }

    /// A blank sheet for the following school year, against the catalog's current template.
    ///
    /// With `carryOpenRows`, what was not achieved comes along, unmarked, since marks belong to
    /// the year they were given in: a template row that the new sheet also has (same direction
    /// and content) keeps the teacher's added actions there; any other open row becomes a row of
    /// the teacher's own, in `language`, noting the year it came from.
    ///
    /// `category` moves the teacher to another sheet (usually `nextCategory` after attestation).
    /// The development wheel starts unscored; it keeps its sector names within a category and
    /// takes the new sheet's directions with a new one.
    public func startNextYear(
        carryOpenRows: Bool, category newCategory: QualificationCategory? = nil, catalog: RouteSheetCatalog,
        language: String, id: UUID = UUID(), now: Date = Date()
    ) throws -> RouteSheet {
        let category = newCategory ?? self.category
        let template = catalog.current
        var next = RouteSheet(
            id: id, profileID: profileID, academicYear: try academicYear.next(), category: category,
            template: template, language: language, createdAt: now)
        if category == self.category {
            next.wheel = DevelopmentWheel(sectorNames: wheel.sectorNames)
        }
        guard carryOpenRows else { return next }
        guard let previous = catalog.template(version: templateVersion) else {
            throw DamuError.template(
                String(format: tr("The route-sheet template version %ld this sheet was filled against is not shipped."), templateVersion))
        }
        let oldRows = previous.sheet(for: self.category).rows
        let newRows = template.sheet(for: category).rows
        for row in templateRows where row.marks.current != .achieved && oldRows.indices.contains(row.index) {
            let old = oldRows[row.index]
            let same = newRows.firstIndex {
                $0.direction.text(in: "kk") == old.direction.text(in: "kk") && $0.content.text(in: "kk") == old.content.text(in: "kk")
            }
            if let same {
                for action in row.addedActions where !next.templateRows[same].addedActions.contains(action) {
                    next.templateRows[same].addedActions.append(action)
                }
            } else {
                next.ownRows.append(OwnRow(
                    direction: old.direction.text(in: language), content: old.content.text(in: language),
                    actions: old.actions.map { $0.text(in: language) } + row.addedActions, carriedFrom: academicYear))
            }
        }
        for row in ownRows where row.marks.current != .achieved {
            next.ownRows.append(OwnRow(
                direction: row.direction, content: row.content, actions: row.actions, carriedFrom: academicYear))
        }
        // Only a sheet already near its own-row limit can overflow it here (12 template rows at most
        // join the teacher's); the rows from the template come first, so the tail of the teacher's
        // own additions is what would not fit.
        next.ownRows = Array(next.ownRows.prefix(Self.ownRowLimit))
        return next
    }
}
