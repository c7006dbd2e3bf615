import CGtk
import DamuCore

/// Row 1 of every sheet asks for a weekly evaluation after lessons: the weeks of the year, each
/// with the number of lesson analyses Damu holds for it.
@MainActor
final class WeeklyEvidenceView {
    let widget: Widget
    let summary = Label(style: "heading")
    let weeks = Label(selectable: true)

    init() {
        let hint = Label(tr("Each lesson self-analysis counts for the week it was taught in. Weeks from September; a week starts on Monday."), style: "damu-hint")
        weeks.widget.accessibleName(tr("Weeks of the school year"))
        widget = Layout.vertical(spacing: 8, [summary.widget, hint.widget, Layout.scrolled(weeks.widget).expand(horizontal: true, vertical: true)])
    }

    func show(_ evidence: WeeklyEvidence?, asOf date: LessonDate) {
        guard let evidence else {
            summary.text = ""
            weeks.text = ""
            return
        }
        let (covered, elapsed) = evidence.coverage(asOf: date)
        summary.text = String(format: tr("Lesson analyses in %ld of %ld weeks"), covered, elapsed)
        weeks.text = zip(evidence.weeks, evidence.analysesPerWeek).filter { $0.0.firstDay <= date }.map { week, count in
            let days = week.firstDay.iso + " – " + week.lastDay.iso
            let status = count > 0 ? "✓ " + String(format: trn("%ld analysis", "%ld analyses", count), count) : "— " + tr("none")
            return String(format: tr("Week %ld"), week.number) + "  " + days + "  " + status
        }.joined(separator: "\n")
    }
}
