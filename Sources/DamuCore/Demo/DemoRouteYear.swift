import Foundation

/// The demo teacher's year on the route sheet: the Педагог-модератор sheet marked through the
/// year (a row often goes − → ± → +, and a few stay open for next year), the development wheel
/// scored at the start, middle and end, and both individual routes filled in. Same seed, same year.
public struct DemoRoutes: Sendable {
    public var sheet: RouteSheet
    public var sheetTemplate: RouteSheetTemplate
    public var professionalRoute: ProfessionalDevelopmentRoute
    public var educationalRoute: EducationalRoute
    public var routesTemplate: IndividualRoutesTemplate

    /// `lessonDates` are the demo year's analyses: row 1's marks follow how many weeks they cover.
    public static func make(
        profile: Profile, lessonDates: [LessonDate], sheetTemplate: RouteSheetTemplate,
        routesTemplate: IndividualRoutesTemplate, language: String, startingYear: Int, seed: UInt64
    ) -> DemoRoutes {
        // A generator of its own, so the lessons of a seed stay what they were before routes existed.
        var rng = SplitMix64(seed: seed ^ 0x5EED_0F_2077)
        let year = try! AcademicYear(startYear: startingYear)
        let phrases = DemoRoutePhrases.forLanguage(language)
        let created = year.firstDay.date
        var sheet = RouteSheet(
            id: rng.uuid(), profileID: profile.id, academicYear: year, category: profile.category ?? .moderator,
            template: sheetTemplate, language: language, createdAt: created)
        let checkpoints: [(month: Int, year: Int)] = [(10, startingYear), (1, startingYear + 1), (4, startingYear + 1)]
        for row in sheet.templateRows.map(\.index) {
            // Where the row ends the year: most reach +, some ±, one stays −.
            let path: [RouteMark]
            switch rng.int(in: 0...9) {
            case 0: path = [.notAchieved, .notAchieved]
            case 1...3: path = [.notAchieved, .partial]
            case 4...6: path = [.partial, .achieved]
            default: path = [.notAchieved, .partial, .achieved]
            }
            for (step, mark) in path.enumerated() {
                let when = checkpoints[step + (checkpoints.count - path.count)]
                let date = try! LessonDate(year: when.year, month: when.month, day: rng.int(in: 3...26))
                let evidence: MarkEvidence = rng.chance(0.2)
                    ? .link("https://damu.example.kz/evidence/\(row + 1)-\(step + 1)")
                    : .text(rng.element(of: phrases.evidenceNotes))
                try! sheet.mark(.template(row), mark, on: date, evidence: evidence, now: created)
            }
        }
        // Row 1: the weekly self-evaluation, shown by the lesson analyses themselves.
        let covered = Set(lessonDates.compactMap { year.week(containing: $0)?.number }).count
        if let last = lessonDates.last {
            try! sheet.mark(
                .template(0), covered >= 30 ? .achieved : .partial, on: last,
                evidence: .text(String(format: phrases.weeklyNote, covered)), now: created)
        }
        let own = try! sheet.addOwnRow(
            direction: phrases.ownRow.direction, content: phrases.ownRow.content, actions: phrases.ownRow.actions,
            id: rng.uuid(), now: created)
        try! sheet.mark(own, .partial, on: try! LessonDate(year: startingYear + 1, month: 2, day: 14),
                        evidence: .text(phrases.ownRow.evidence), now: created)
        try! sheet.addAction(phrases.addedAction, to: .template(min(2, sheet.templateRows.count - 1)), now: created)

        for index in sheet.wheel.sectors.indices {
            let start = rng.int(in: 2...6)
            let middle = min(start + rng.int(in: 0...2), 10)
            let end = min(middle + rng.int(in: 1...3), 10)
            try! sheet.wheel.setScore(start, sector: index, at: .start)
            try! sheet.wheel.setScore(middle, sector: index, at: .middle)
            try! sheet.wheel.setScore(end, sector: index, at: .end)
        }
        sheet.updatedAt = created

        var professional = ProfessionalDevelopmentRoute(
            id: rng.uuid(), profileID: profile.id, template: routesTemplate, academicYear: year, language: language,
            suggestions: true, createdAt: created)
        professional.topic = profile.methodologicalTopic
        for item in professional.countedItems {
            let target = item.item.target ?? 0
            try! professional.record(
                actual: min(rng.int(in: target / 2...target + 1), ProfessionalDevelopmentRoute.countLimit),
                quadrant: item.quadrant, item: item.index, now: created)
        }
        for quadrant in ProfessionalDevelopmentRoute.Quadrant.allCases {
            for index in professional[quadrant].indices where professional[quadrant][index].target == nil {
                professional[quadrant][index].actual = rng.chance(0.7) ? 1 : 0
            }
        }
        professional.updatedAt = created

        var header = EducationalRoute.Header(profile: profile)
        header.motivation = phrases.motivation
        var educational = EducationalRoute(
            id: rng.uuid(), profileID: profile.id, academicYear: year, template: routesTemplate, language: language,
            header: header, createdAt: created)
        for block in educational.blocks.indices {
            let plan = phrases.blockPlans[block % phrases.blockPlans.count]
            for row in educational.blocks[block].entries.indices where rng.chance(0.6) {
                educational.blocks[block].entries[row] = .init(
                    expectedResult: plan.result, product: plan.product, done: rng.chance(0.6))
            }
        }
        educational.blocks[0].ownEntries = [.init(
            form: phrases.ownForm.form, expectedResult: phrases.ownForm.result, product: phrases.ownForm.product)]
        return DemoRoutes(
            sheet: sheet, sheetTemplate: sheetTemplate, professionalRoute: professional, educationalRoute: educational,
            routesTemplate: routesTemplate)
    }
}
