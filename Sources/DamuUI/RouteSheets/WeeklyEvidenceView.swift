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
        let hint = Label(tr("Each lesson self-analysis counts for the week it was taught in. The school weeks, September to May; a week starts on Monday. The weeks of the usual autumn, winter and spring breaks count only if a lesson was analysed in them."), style: "damu-hint")
        weeks.widget.accessibleName(tr("Weeks of the school year"))
        // The label fills the scrolled area; on a tall window its rows start at the top, under
        // the hint, not in the middle of the space.
        gtk_label_set_yalign(weeks.widget.opaque, 0)
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
        // The school weeks and breaks begun by `date`, and a summer week only if a lesson was
        // analysed in it.
        let shown = Set(evidence.elapsedWeeks(asOf: date).map(\.number))
        let rows = zip(evidence.weeks, evidence.analysesPerWeek).filter { week, count in
            shown.contains(week.number) || count > 0 || (evidence.isBreak(week) && week.firstDay <= date)
        }.map { week, count in
            let status = count > 0 ? "✓ " + String(format: trn("%ld analysis", "%ld analyses", count), count)
                : evidence.isBreak(week) ? "· " + tr("school break") : "— " + tr("none")
            return [String(format: tr("Week %ld"), week.number), DateText.of(week.firstDay) + " – " + DateText.of(week.lastDay), status]
        }
        weeks.text = rows.map { $0.joined(separator: "\t") }.joined(separator: "\n")
        alignColumns(of: rows)
    }

    /// One text, so that it can be selected and copied whole, set in columns by tab stops: with
    /// spaces, "Week 10" on pushed its dates a digit to the right of the weeks before it.
    private func alignColumns(of rows: [[String]]) {
        func width(_ text: String) -> Int32 {
            let layout = gtk_widget_create_pango_layout(weeks.widget.pointer, text)
            defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
            var width: Int32 = 0, height: Int32 = 0
            pango_layout_get_pixel_size(layout, &width, &height)
            return width
        }
        let gap: Int32 = 16
        let tabs = pango_tab_array_new(2, 1)
        defer { pango_tab_array_free(tabs) }
        var stop: Int32 = 0
        for column in 0..<2 {
            stop += (rows.map { width($0[column]) }.max() ?? 0) + gap
            pango_tab_array_set_tab(tabs, Int32(column), PANGO_TAB_LEFT, stop)
        }
        gtk_label_set_tabs(weeks.widget.opaque, tabs)
    }
}
