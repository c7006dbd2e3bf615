import CGtk
import Foundation

/// GtkStringList, the model behind lists and drop-downs of plain strings.
@MainActor
enum StringList {
    /// Replaces every string of `list` with `items` in one splice, so views of it are told once.
    static func replaceAll(in list: OpaquePointer, with items: [String]) {
        splice(list, removing: g_list_model_get_n_items(list), with: items)
    }

    /// Adds `items` after the last string of `list`, in one splice.
    static func append(to list: OpaquePointer, _ items: [String]) {
        splice(list, removing: 0, with: items, at: g_list_model_get_n_items(list))
    }

    private static func splice(_ list: OpaquePointer, removing count: guint, with items: [String], at position: guint = 0) {
        var copies = items.map { strdup($0).map { UnsafePointer($0) } }
        copies.append(nil)
        defer { for copy in copies { free(UnsafeMutableRawPointer(mutating: copy)) } }
        copies.withUnsafeBufferPointer { gtk_string_list_splice(list, position, count, $0.baseAddress) }
    }
}
