import DamuCore

/// The teacher development wheel of a school year on one page: the end of the year drawn solid
/// over the middle (dashed) over the start (dotted), and each sector's three scores.
public enum DevelopmentWheelForm {
    /// The picture the screen and the form share: the latest scoring solid, the earlier ones under it.
    public static func picture(_ wheel: DevelopmentWheel, title: String? = nil) -> WheelPicture {
        let scored = DevelopmentWheel.Moment.allCases.filter { moment in wheel.sectors.contains { $0[moment] != nil } }
        let latest = scored.last ?? .start
        let earlier = scored.dropLast()
        var picture = WheelPicture(
            sectorNames: wheel.sectorNames, scores: wheel.scores(at: latest),
            overlayScores: earlier.last.map { wheel.scores(at: $0) }, title: title, showChanges: earlier.last != nil)
        picture.earlierOverlays = earlier.dropLast().map { wheel.scores(at: $0) }
        return picture
    }

    /// Which line is which, for under the picture.
    public static func legend(_ wheel: DevelopmentWheel) -> String {
        let scored = DevelopmentWheel.Moment.allCases.filter { moment in wheel.sectors.contains { $0[moment] != nil } }
        let styles = [tr("solid"), tr("dashed"), tr("dotted")]
        return scored.reversed().enumerated().map { index, moment in
            String(format: tr("%@: %@"), moment.title, styles[min(index, styles.count - 1)])
        }.joined(separator: " · ")
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
