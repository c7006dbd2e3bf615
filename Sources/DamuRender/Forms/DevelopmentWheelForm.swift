import DamuCore

/// The teacher development wheel of a school year on one page: the end of the year drawn solid
/// over the middle (dashed) over the start (dotted), and each sector's three scores.
public enum DevelopmentWheelForm {
    /// The picture the screen and the form share: `scoring` drawn solid (by default the latest
    /// scored moment, as the form has it); dashed under it the scored moment before it, whose
    /// change each sector shows, or failing that the nearest one after it; dotted, the third.
    public static func picture(
        _ wheel: DevelopmentWheel, title: String? = nil, scoring: DevelopmentWheel.Moment? = nil
    ) -> WheelPicture {
        let (solid, dashed, dotted) = layers(of: wheel, scoring: scoring)
        var picture = WheelPicture(
            sectorNames: wheel.sectorNames, scores: wheel.scores(at: solid ?? .start),
            overlayScores: dashed.map { wheel.scores(at: $0) }, title: title,
            showChanges: dashed.map { $0 < solid ?? .start } ?? false)
        picture.earlierOverlays = dotted.map { wheel.scores(at: $0) }
        return picture
    }

    /// Which line is which, for under the picture.
    public static func legend(_ wheel: DevelopmentWheel, scoring: DevelopmentWheel.Moment? = nil) -> String {
        let (solid, dashed, dotted) = layers(of: wheel, scoring: scoring)
        let styled = [solid.map { ($0, tr("solid")) }, dashed.map { ($0, tr("dashed")) }].compactMap { $0 }
            + dotted.map { ($0, tr("dotted")) }
        return styled.map { moment, style in String(format: tr("%@: %@"), moment.title, style) }.joined(separator: " · ")
    }

    /// The moments drawn solid, dashed and dotted; nil where no moment is drawn that way (solid
    /// only when it is being scored or has a score).
    private static func layers(
        of wheel: DevelopmentWheel, scoring: DevelopmentWheel.Moment?
    ) -> (solid: DevelopmentWheel.Moment?, dashed: DevelopmentWheel.Moment?, dotted: [DevelopmentWheel.Moment]) {
        let scored = DevelopmentWheel.Moment.allCases.filter { moment in wheel.sectors.contains { $0[moment] != nil } }
        let solid = scoring ?? scored.last
        let others = scored.filter { $0 != solid }
        let dashed = others.last { $0 < solid ?? .start } ?? others.first
        return (solid, dashed, others.filter { $0 != dashed })
    }

    public static func document(
        sheet: RouteSheet, profile: Profile, language: String
    ) -> FormDocument {
        let wheel = sheet.wheel
        func score(_ value: Int?) -> String { value.map(String.init) ?? "—" }
        let rows: [FormTable.Row] = wheel.sectors.enumerated().map { index, sector in
            let change = wheel.changes(from: .start, to: .end)[index].map { $0 > 0 ? "+\($0)" : $0 < 0 ? "−\(-$0)" : "0" } ?? ""
            return .cells(["\(index + 1)", sector.name, score(sector.start), score(sector.middle), score(sector.end), change])
        }
        func mean(_ moment: DevelopmentWheel.Moment) -> String {
            wheel.mean(at: moment).map { DecimalText.of($0) } ?? "—"
        }
        return FormDocument(
            title: tr("Teacher development wheel"),
            subtitle: String(format: tr("Scored at the start, middle and end of %@"), sheet.academicYear.description),
            header: FormHeader(name: profile.fullName, school: profile.school, academicYear: sheet.academicYear,
                               category: sheet.category, language: language),
            blocks: [
                .wheel(picture(wheel), height: 390),
                .note(legend(wheel)),
                .table(FormTable(
                    columns: [
                        .init("№", weight: 0.4, centred: true), .init(tr("Sector"), weight: 4),
                        .init(DevelopmentWheel.Moment.start.title, weight: 1.1, centred: true),
                        .init(DevelopmentWheel.Moment.middle.title, weight: 1.1, centred: true),
                        .init(DevelopmentWheel.Moment.end.title, weight: 1.1, centred: true),
                        .init(tr("Change"), weight: 0.9, centred: true),
                    ],
                    rows: rows + [.cells(["", tr("Mean"), mean(.start), mean(.middle), mean(.end), ""])])),
            ],
            footer: tr("Teacher development wheel") + " · " + sheet.academicYear.description)
    }
}
