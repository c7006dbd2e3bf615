import CGtk
import Foundation

/// GtkStringList, the model behind lists and drop-downs of plain strings.
@MainActor
enum StringList {
    /// Replaces every string of `list` with `items` in one splice, so views of it are told once.
    static func replaceAll(in list: OpaquePointer, with items: [String]) {
        var copies = items.map { strdup($0).map { UnsafePointer($0) } }
        copies.append(nil)
        defer { for copy in copies { free(UnsafeMutableRawPointer(mutating: copy)) } }
        let count = g_list_model_get_n_items(list)
        copies.withUnsafeBufferPointer { gtk_string_list_splice(list, 0, count, $0.baseAddress) }
    }
}
