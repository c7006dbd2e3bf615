import CIntl
import Foundation

/// The gettext domain of every user-facing string in Damu.
public let gettextDomain = "damu"

/// Translates a user-facing string through gettext. (`_` is not a legal Swift function name.)
public func tr(_ message: String) -> String { translated(message, or: message) }

/// Translates `message` in the sense `context` names (gettext's msgctxt), for a word that one
/// language says two ways where English says it one way: Russian discards unsaved changes with
/// "Не сохранять" but throws away kept work with "Удалить".
public func trc(_ context: String, _ message: String) -> String {
    translated(context + "\u{04}" + message, or: message)
}

private func translated(_ key: String, or untranslated: String) -> String {
    // Untranslated, gettext returns the msgid pointer itself, which lives only inside withCString.
    key.withCString { msgid in
        guard let translated = dgettext(gettextDomain, msgid), translated != UnsafeMutablePointer(mutating: msgid)
        else { return untranslated }
        return String(cString: translated)
    }
}

/// Translates a string with a plural form chosen by `count`.
public func trn(_ singular: String, _ plural: String, _ count: Int) -> String {
    singular.withCString { one in
        plural.withCString { many in
            let chosen = dngettext(gettextDomain, one, many, UInt(max(count, 0)))
            if chosen == UnsafeMutablePointer(mutating: one) { return singular }
            if chosen == UnsafeMutablePointer(mutating: many) { return plural }
            return chosen.map { String(cString: $0) } ?? (count == 1 ? singular : plural)
        }
    }
}

public enum Localization {
    /// Binds the text domain to compiled catalogs and applies the user's locale.
    /// Safe to call more than once; later calls only rebind.
    public static func setUp(localeDirectory: URL?) {
        setlocale(LC_ALL, "")
        if let localeDirectory {
            bindtextdomain(gettextDomain, localeDirectory.path)
        }
        bind_textdomain_codeset(gettextDomain, "UTF-8")
    }

    /// LANGUAGE as the process started, before any choice in Preferences replaced it.
    nonisolated(unsafe) private static var startupLanguage: String??

    /// Shows the interface in `language` ("kk", "ru", "en") from the next string translated on,
    /// or, with nil, in the language of the system again. Call on the main thread only.
    public static func choose(language: String?) {
        if startupLanguage == nil { startupLanguage = .some(Environment.value("LANGUAGE")) }
        if let language {
            setenv("LANGUAGE", language, 1)
            // gettext ignores LANGUAGE under the plain C locale, which some PCs start with.
            if let current = setlocale(LC_MESSAGES, nil), ["C", "POSIX"].contains(String(cString: current)) {
                setlocale(LC_MESSAGES, "C.UTF-8")
            }
        } else if let original = startupLanguage ?? nil {
            setenv("LANGUAGE", original, 1)
        } else {
            unsetenv("LANGUAGE")
        }
        damu_intl_language_changed()
    }

    /// Runs `body` with Damu's own words in `language` (a printed form's labels in the form's
    /// language), then speaks as before.
    public static func speaking<T>(_ language: String, _ body: () throws -> T) rethrows -> T {
        let before = Environment.value("LANGUAGE")
        setenv("LANGUAGE", language, 1)
        damu_intl_language_changed()
        defer {
            if let before { setenv("LANGUAGE", before, 1) } else { unsetenv("LANGUAGE") }
            damu_intl_language_changed()
        }
        return try body()
    }

    /// The language the interface is shown in: the first of LANGUAGE, LC_ALL, LC_MESSAGES, LANG
    /// that names one Damu has instrument texts for; English otherwise.
    public static var interfaceLanguage: String {
        var candidates: [String] = []
        if let language = Environment.value("LANGUAGE"), !language.isEmpty {
            candidates += language.split(separator: ":").map(String.init)
        }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = Environment.value(key), !value.isEmpty { candidates.append(value); break }
        }
        for candidate in candidates {
            let code = String(candidate.prefix { $0.isLetter }).lowercased()
            if LocalizedText.languages.contains(code) { return code }
            if code == "c" || code == "posix" || code == "en" { return "en" }
        }
        return "en"
    }
}
