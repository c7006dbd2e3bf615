import DamuCore

/// A printable A4 form — a route sheet, an individual route, a reflection card — described as
/// content, not as positions: a title, a header about the teacher, then blocks top to bottom.
/// `FormExport` lays it out on as many pages as it takes (tables break between rows, and a row
/// taller than a page inside it, repeating their column headings) and writes a PDF or a PNG.
///
/// Texts are plain strings and wrap with Pango, so Kazakh is shaped and broken like any text on
/// the desktop. Nothing is ever cut short: a form grows pages instead.
///
/// A new form is a function from a record to a `FormDocument`, as `RouteSheetForm` is:
///
///     let card = FormDocument(
///         title: "Рефлексия картасы",
///         header: FormHeader(name: profile.fullName, school: profile.school, academicYear: year,
///                            category: profile.category, language: "kk"),
///         blocks: [
///             .heading("1. Жыл қорытындысы"),
///             .fields([FormField("Мақсат", goal)]),
///             .table(FormTable(columns: [.init("Сұрақ", weight: 2), .init("Жауап", weight: 3)],
///                              rows: answers.map { .cells([$0.question, $0.answer]) })),
///         ],
///         footer: "Рефлексия картасы · \(year)")
///     try FormExport.pdf(card, to: url)           // every page, 0600, replaced in one step
///     try FormExport.png(card, page: 0, to: png)  // one page, to look at
public struct FormDocument: Sendable {
    /// Printed at the top of the first page and stored as the PDF's title.
    public var title: String
    /// A second line under the title (the form's official name, a table number).
    public var subtitle: String?
    /// Who and what the form is about, printed as a bordered box under the title.
    public var header: FormHeader?
    public var blocks: [FormBlock]
    /// Printed at the bottom left of every page, beside "page N of M" at the right.
    public var footer: String?

    public init(title: String, subtitle: String? = nil, header: FormHeader? = nil, blocks: [FormBlock] = [], footer: String? = nil) {
        self.title = title
        self.subtitle = subtitle
        self.header = header
        self.blocks = blocks
        self.footer = footer
    }
}

/// A label and its value, as in "Academic year: 2025-2026".
public struct FormField: Hashable, Sendable {
    public var label: String
    public var value: String

    public init(_ label: String, _ value: String) {
        self.label = label
        self.value = value
    }
}

/// The header of an official form: the teacher's name, school, school year and category, and
/// any further fields the form asks for.
public struct FormHeader: Hashable, Sendable {
    public var fields: [FormField]

    public init(fields: [FormField]) { self.fields = fields }

    /// The four fields every Damu form starts with; `more` follow them.
    public init(name: String, school: String, academicYear: AcademicYear?, category: QualificationCategory?,
                language: String, more: [FormField] = []) {
        fields = [
            FormField(tr("Full name"), name),
            FormField(tr("School"), school),
            FormField(tr("Academic year"), academicYear?.description ?? ""),
            FormField(tr("Qualification category"), category?.title.text(in: language) ?? tr("none")),
        ] + more
    }
}

/// One part of a form, laid out full width in the order given.
public enum FormBlock: Sendable {
    /// A section title, kept on the same page as what follows it.
    case heading(String)
    case paragraph(String)
    /// Smaller, muted text: a legend, a source, a hint how to read the table.
    case note(String)
    /// Label–value pairs in a bordered two-column box.
    case fields([FormField])
    case table(FormTable)
    /// A picture drawn by `WheelRenderer`, `height` points tall, moved to the next page whole if it does not fit.
    case wheel(WheelPicture, height: Double)
    /// A chart drawn by `TrendRenderer`, `height` points tall, kept whole like a wheel.
    case trend([TrendRenderer.Line], title: String?, height: Double)
    case spacer(Double)
    case pageBreak
}

/// A bordered table. Cell texts wrap within their column; a row that does not fit on the page
/// continues on the next, under the repeated column headings.
public struct FormTable: Sendable {
    public struct Column: Sendable {
        public var title: String
        /// Share of the table's width, relative to the other columns' weights.
        public var weight: Double
        public var centred: Bool

        public init(_ title: String, weight: Double, centred: Bool = false) {
            self.title = title
            self.weight = weight
            self.centred = centred
        }
    }

    public enum Row: Sendable {
        /// One text per column; missing cells are empty.
        case cells([String])
        /// A full-width bold row that opens a group of rows (a block of Table 18).
        case section(String)
    }

    public var columns: [Column]
    public var rows: [Row]
    /// Without headings the first column is shaded and bold, for label–value boxes.
    public var showsHeadings: Bool

    public init(columns: [Column], rows: [Row], showsHeadings: Bool = true) {
        self.columns = columns
        self.rows = rows
        self.showsHeadings = showsHeadings
    }
}
