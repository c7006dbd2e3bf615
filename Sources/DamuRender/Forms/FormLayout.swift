import DamuCore

/// Lays a `FormDocument` out on A4 pages, top to bottom. A heading stays with what follows it;
/// a table row that does not fit continues on the next page, cut between lines of text, under
/// the table's repeated headings; a wheel moves to the next page whole.
struct FormLayout {
    private let typesetter = Typesetter()
    private(set) var pages: [FormPage] = [FormPage()]
    private var y = FormMetrics.content.y
    private let area = FormMetrics.content
    private let ink = RGBA(0, 0, 0)

    static func pages(for document: FormDocument) -> [FormPage] {
        var layout = FormLayout()
        layout.place(document)
        layout.addFooters(document.footer)
        return layout.pages
    }

    private var remaining: Double { area.maxY - y }
    /// Room for one line of body text in a cell: less than this left, a row starts on the next page.
    private var minimumRow: Double { FormMetrics.body * 1.4 + 2 * FormMetrics.padding }

    private mutating func newPage() {
        pages.append(FormPage())
        y = area.y
    }

    private mutating func add(_ item: FormPage.Item) {
        pages[pages.count - 1].items.append(item)
    }

    private func block(_ text: String, size: Double, bold: Bool = false, colour: RGBA? = nil, width: Double,
                       centred: Bool = false) -> TextBlock {
        typesetter.block(text, TextStyle(
            size: size, bold: bold, colour: colour ?? ink, alignment: centred ? .centre : .left, wrapWidth: max(width, 1)))
    }

    private mutating func place(_ document: FormDocument) {
        placeText(document.title, size: FormMetrics.title, bold: true, centred: true)
        if let subtitle = document.subtitle {
            placeText(subtitle, size: FormMetrics.body, colour: FormMetrics.muted, centred: true)
        }
        y += FormMetrics.gap
        if let header = document.header { placeFields(header.fields) }
        for part in document.blocks {
            switch part {
            case let .heading(text):
                let heading = block(text, size: FormMetrics.heading, bold: true, width: area.width)
                // A heading alone at the foot of a page reads as belonging to nothing.
                if remaining < heading.height + 3 * minimumRow { newPage() }
                y += 2
                placeText(text, size: FormMetrics.heading, bold: true)
                y += 3
            case let .paragraph(text):
                placeText(text, size: FormMetrics.body)
                y += 3
            case let .note(text):
                placeText(text, size: FormMetrics.small, colour: FormMetrics.muted)
                y += 3
            case let .fields(fields):
                placeFields(fields)
            case let .table(table):
                placeTable(table)
            case let .wheel(picture, height):
                let height = min(height, area.height)
                if remaining < height { newPage() }
                add(.wheel(picture, Rect(x: area.x, y: y, width: area.width, height: height)))
                y += height + FormMetrics.gap
            case let .trend(lines, title, height):
                let height = min(height, area.height)
                if remaining < height { newPage() }
                add(.trend(lines, title, Rect(x: area.x, y: y, width: area.width, height: height)))
                y += height + FormMetrics.gap
            case let .spacer(height):
                y = min(y + height, area.maxY)
            case .pageBreak:
                if y > area.y { newPage() }
            }
        }
    }

    /// Splits `text`, laid out as `block`, after the last line that fits in `room`: the part to
    /// print now and the rest; nil when not even the first line fits.
    private static func split(_ text: String, _ block: TextBlock, room: Double) -> (now: String, later: String)? {
        let lines = block.lines
        guard let last = lines.lastIndex(where: { $0.bottom <= room }) else { return nil }
        guard last + 1 < lines.count else { return (text, "") }
        let bytes = Array(text.utf8)
        let cut = min(max(lines[last + 1].start, 0), bytes.count)
        var now = String(decoding: bytes[..<cut], as: UTF8.self)
        if now.hasSuffix("\n") { now.removeLast() }
        return (now, String(decoding: bytes[cut...], as: UTF8.self))
    }

    /// Free text; a paragraph longer than what is left of the page continues on the next.
    private mutating func placeText(_ text: String, size: Double, bold: Bool = false, colour: RGBA? = nil, centred: Bool = false) {
        var rest = text
        while true {
            let laid = block(rest, size: size, bold: bold, colour: colour, width: area.width, centred: centred)
            if laid.height <= remaining + 0.01 {
                add(.text(laid, origin: Point(x: area.x + laid.extents.x, y: y), clip: nil))
                y += laid.height
                return
            }
            guard let (now, later) = Self.split(rest, laid, room: remaining) else {
                if y == area.y { return }  // a line taller than a page: nothing sensible to do
                newPage()
                continue
            }
            let part = block(now, size: size, bold: bold, colour: colour, width: area.width, centred: centred)
            add(.text(part, origin: Point(x: area.x + part.extents.x, y: y), clip: nil))
            rest = later
            newPage()
        }
    }

    private mutating func placeFields(_ fields: [FormField]) {
        guard !fields.isEmpty else { return }
        placeTable(FormTable(
            columns: [.init("", weight: 0.3), .init("", weight: 0.7)],
            rows: fields.map { .cells([$0.label, $0.value]) }, showsHeadings: false))
    }

    private mutating func placeTable(_ table: FormTable) {
        guard !table.columns.isEmpty else { return }
        let pad = FormMetrics.padding
        let total = table.columns.map { max($0.weight, 0) }.reduce(0, +)
        let widths = table.columns.map { area.width * (total > 0 ? max($0.weight, 0) / total : 1 / Double(table.columns.count)) }
        let xs = widths.indices.map { index in area.x + widths[..<index].reduce(0, +) }
        let headings = table.showsHeadings
            ? table.columns.enumerated().map { block($1.title, size: FormMetrics.body, bold: true, width: widths[$0] - 2 * pad, centred: true) }
            : nil
        let headingHeight = headings.map { ($0.map(\.height).max() ?? 0) + 2 * pad } ?? 0

        func placeHeadings(_ layout: inout FormLayout) {
            guard let headings else { return }
            for (index, heading) in headings.enumerated() {
                let cell = Rect(x: xs[index], y: layout.y, width: widths[index], height: headingHeight)
                layout.add(.fill(cell, FormMetrics.shade))
                layout.add(.border(cell))
                layout.add(.text(heading, origin: Point(x: cell.x + pad + heading.extents.x, y: cell.y + pad)))
            }
            layout.y += headingHeight
        }

        // Headings stay with the first row: alone at the foot of a page they head nothing.
        var firstRow = minimumRow
        if case let .cells(texts)? = table.rows.first {
            let needed = table.columns.indices.map { index in
                block(index < texts.count ? texts[index] : "", size: FormMetrics.body, bold: !table.showsHeadings && index == 0,
                      width: widths[index] - 2 * pad).height
            }.max() ?? 0
            if needed + 2 * pad <= area.height - headingHeight { firstRow = needed + 2 * pad }
        }
        if remaining < headingHeight + firstRow && y > area.y { newPage() }
        placeHeadings(&self)
        for (rowIndex, row) in table.rows.enumerated() {
            switch row {
            case let .section(text):
                let title = block(text, size: FormMetrics.body, bold: true, width: area.width - 2 * pad)
                let height = title.height + 2 * pad
                let followed = rowIndex + 1 < table.rows.count
                if remaining < height + (followed ? minimumRow : 0) {
                    newPage()
                    placeHeadings(&self)
                }
                let cell = Rect(x: area.x, y: y, width: area.width, height: height)
                add(.fill(cell, FormMetrics.shade))
                add(.border(cell))
                add(.text(title, origin: Point(x: cell.x + pad, y: cell.y + pad)))
                y += height
            case let .cells(texts):
                let cells = table.columns.indices.map { index -> Cell in
                    Cell(text: index < texts.count ? texts[index] : "", bold: !table.showsHeadings && index == 0,
                         centred: table.columns[index].centred, width: widths[index] - 2 * pad)
                }
                placeRow(cells, xs: xs, widths: widths, shadeFirst: !table.showsHeadings, headingHeight: headingHeight,
                         placeHeadings: placeHeadings)
            }
        }
        y += FormMetrics.gap
    }

    private struct Cell {
        var text: String
        var bold: Bool
        var centred: Bool
        var width: Double
    }

    /// One row, continued on as many pages as it takes; each cell is split between its lines.
    private mutating func placeRow(
        _ cells: [Cell], xs: [Double], widths: [Double], shadeFirst: Bool, headingHeight: Double,
        placeHeadings: (inout FormLayout) -> Void
    ) {
        let pad = FormMetrics.padding
        var rest = cells.map(\.text)
        var moved = false
        func laid(_ index: Int, _ text: String) -> TextBlock {
            block(text, size: FormMetrics.body, bold: cells[index].bold, width: cells[index].width, centred: cells[index].centred)
        }
        while true {
            let blocks = cells.indices.map { laid($0, rest[$0]) }
            let needed = (blocks.map(\.height).max() ?? 0) + 2 * pad
            var printed: [TextBlock?] = blocks
            var later = Array(repeating: "", count: cells.count)
            var height = needed
            if needed > remaining + 0.01 {
                if (!moved && needed <= area.height - headingHeight) || remaining < minimumRow {
                    // Whole rows move to the next page; only a row taller than a page is split.
                    newPage()
                    placeHeadings(&self)
                    moved = true
                    continue
                }
                for index in cells.indices {
                    guard blocks[index].height > remaining - 2 * pad else { continue }
                    if let (now, remainder) = Self.split(rest[index], blocks[index], room: remaining - 2 * pad) {
                        printed[index] = laid(index, now)
                        later[index] = remainder
                    } else {
                        printed[index] = nil
                        later[index] = rest[index]
                    }
                }
                if printed.allSatisfy({ $0 == nil }) {
                    newPage()
                    placeHeadings(&self)
                    continue
                }
                height = remaining
            }
            for index in cells.indices {
                let cell = Rect(x: xs[index], y: y, width: widths[index], height: height)
                if shadeFirst && index == 0 { add(.fill(cell, FormMetrics.shade)) }
                add(.border(cell))
                if let text = printed[index], !rest[index].isEmpty {
                    add(.text(text, origin: Point(x: cell.x + pad + text.extents.x, y: cell.y + pad), clip: nil))
                }
            }
            y += height
            if later.allSatisfy(\.isEmpty) { return }
            rest = later
            newPage()
            placeHeadings(&self)
            moved = true
        }
    }

    private mutating func addFooters(_ footer: String?) {
        let count = pages.count
        let top = FormMetrics.pageHeight - FormMetrics.margin - FormMetrics.small * 1.4
        for index in pages.indices {
            let number = typesetter.block(
                String(format: tr("Page %ld of %ld"), index + 1, count),
                TextStyle(size: FormMetrics.small, colour: FormMetrics.muted))
            pages[index].items.append(.text(
                number, origin: Point(x: area.maxX - number.width, y: top)))
            if let footer {
                let text = typesetter.block(footer, TextStyle(
                    size: FormMetrics.small, colour: FormMetrics.muted, maxLines: 1))
                let clip = Rect(x: area.x, y: top - 2, width: area.width - number.width - 12, height: FormMetrics.footerHeight)
                pages[index].items.append(.text(text, origin: Point(x: area.x, y: top), clip: clip))
            }
        }
    }
}
