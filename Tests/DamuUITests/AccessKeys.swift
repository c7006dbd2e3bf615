import CGtk
import Foundation

@testable import DamuUI

/// The access keys (Alt + the underlined letter) of the labels and buttons in sight. Two
/// controls in sight with the same key make Alt+key only move between them, never press either.
@MainActor
enum AccessKeys {
    /// One line per key that more than one control in sight uses: the key and their texts.
    static func clashes(in root: Widget) -> [String] {
        var users: [String: [String]] = [:]
        root.visitTree { widget in
            guard widget.isA(gtk_label_get_type()), gtk_widget_get_mapped(widget.pointer) != 0,
                  gtk_label_get_use_underline(widget.opaque) != 0
            else { return }
            let text = String(cString: gtk_label_get_label(widget.opaque))
            if let key = key(of: text) { users[key, default: []].append(text) }
        }
        return users.filter { $0.value.count > 1 }
            .map { key, texts in "Alt+\(key): \(texts.joined(separator: " · "))" }
            .sorted()
    }

    /// The texts of the buttons in sight that have no access key, so Alt reaches none of them.
    static func buttonsWithoutKey(in root: Widget) -> [String] {
        var texts: [String] = []
        root.visitTree { widget in
            guard widget.isA(gtk_button_get_type()), gtk_widget_get_mapped(widget.pointer) != 0,
                  let label = gtk_button_get_label(widget.cast())
            else { return }
            let text = String(cString: label)
            if gtk_button_get_use_underline(widget.cast()) == 0 || key(of: text) == nil { texts.append(text) }
        }
        return texts
    }

    /// The letter after the first underscore that is not doubled ("__" is a literal one), in
    /// lower case: GTK 4.8 keeps a Cyrillic access key as the letter's code point, in the case
    /// written, so comparing its key values would miss "_Дата" against "Добавить _действие".
    static func key(of text: String) -> String? {
        var characters = text.makeIterator()
        while let character = characters.next() {
            guard character == "_" else { continue }
            guard let next = characters.next() else { return nil }
            if next != "_" { return next.lowercased() }
        }
        return nil
    }
}
