import CGtk
import DamuCore
import DamuRender
import Foundation

/// Prints an A4 form through GtkPrintOperation: the desktop's print dialog, each page drawn by the
/// same layout as the PDF export. With `exportTo`, GTK writes the pages to that PDF without a dialog
/// (what a test checks).
@MainActor
enum FormPrinting {
    @discardableResult
    static func run(_ document: FormDocument, parent: Widget, exportTo url: URL? = nil) throws -> Bool {
        let operation = gtk_print_operation_new()!
        defer { g_object_unref(graw(operation)) }
        gtk_print_operation_set_n_pages(operation, Int32(FormExport.pageCount(document)))
        gtk_print_operation_set_job_name(operation, document.title)
        gtk_print_operation_set_unit(operation, GTK_UNIT_POINTS)
        let setup = gtk_page_setup_new()!
        defer { g_object_unref(graw(setup)) }
        let a4 = gtk_paper_size_new(GTK_PAPER_NAME_A4)
        gtk_page_setup_set_paper_size_and_default_margins(setup, a4)
        gtk_paper_size_free(a4)
        for margin in [gtk_page_setup_set_top_margin, gtk_page_setup_set_bottom_margin,
                       gtk_page_setup_set_left_margin, gtk_page_setup_set_right_margin] {
            margin(setup, 0, GTK_UNIT_POINTS)
        }
        gtk_print_operation_set_default_page_setup(operation, setup)
        Signal.onDrawPage(graw(operation)) { context, page in
            guard let context, let cr = gtk_print_context_get_cairo_context(context) else { return }
            FormExport.draw(document, page: Int(page), on: cr, width: gtk_print_context_get_width(context))
        }
        var error: UnsafeMutablePointer<GError>?
        let action: GtkPrintOperationAction
        if let url {
            gtk_print_operation_set_export_filename(operation, url.path)
            action = GTK_PRINT_OPERATION_ACTION_EXPORT
        } else {
            action = GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG
        }
        let result = gtk_print_operation_run(operation, action, parent.cast(), &error)
        if let error {
            let message = String(cString: error.pointee.message)
            g_error_free(error)
            throw DamuError.storage(String(format: tr("Printing failed: %@"), message))
        }
        return result == GTK_PRINT_OPERATION_RESULT_APPLY
    }
}
