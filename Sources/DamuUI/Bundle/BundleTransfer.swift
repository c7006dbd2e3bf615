import CGtk
import DamuCore
import DamuRender
import DamuStore
import Foundation

/// Export to a bundle file and import from one, from the menu: what will leave the PC is shown
/// before the file is written, and what an import will change is shown before anything changes.
extension AppWindow {
    /// The three exports a teacher can choose, with what each holds.
    func exportChoices() throws -> [(scope: DamuBundle.Scope, bundle: DamuBundle)] {
        guard let profile = session.profile else { return [] }
        // The year shown on the cards page, else the year of the latest lesson.
        let latest = try session.database.latestAnalysis(profileID: profile.id)?.lesson.date
        let year = cards.profile?.id == profile.id ? cards.year : latest.map(AcademicYear.init(containing:)) ?? .current
        var choices: [(DamuBundle.Scope, DamuBundle)] = []
        for scope in [DamuBundle.Scope(kind: .profile), .init(kind: .academicYear, academicYear: year),
                      .init(kind: .annualCard, academicYear: year)] {
            // No annual card yet: that export is simply not offered.
            if let bundle = try? session.database.exportBundle(profileID: profile.id, scope: scope) {
                choices.append((scope, bundle))
            }
        }
        return choices
    }

    /// What a bundle holds, in one line for the preview.
    static func contents(of bundle: DamuBundle) -> String {
        // TRANSLATORS: between the kinds of record a file holds: "32 lesson analyses, 3 reflection cards".
        let list = bundle.contents.joined(separator: tr(", "))
        var text = String(format: tr("%@: %@"), bundle.profile.fullName, list)
        if bundle.deletionCount > 0 { text += " " + String(format: tr("(%ld deleted)"), bundle.deletionCount) }
        return text
    }

    static func scopeName(_ scope: DamuBundle.Scope) -> String {
        switch scope.kind {
        case .profile: return tr("Everything")
        case .academicYear: return String(format: tr("The year %@"), scope.academicYear?.description ?? "")
        case .annualCard: return String(format: tr("The annual card %@"), scope.academicYear?.description ?? "")
        }
    }

    /// The scope's name on its button, with an access key apart from _Cancel's in each language.
    static func scopeButton(_ scope: DamuBundle.Scope) -> String {
        switch scope.kind {
        // TRANSLATORS: the export question's buttons beside _Cancel; each needs a letter of its own after "_".
        case .profile: return tr("_Everything")
        case .academicYear: return String(format: tr("The _year %@"), scope.academicYear?.description ?? "")
        case .annualCard: return String(format: tr("The _annual card %@"), scope.academicYear?.description ?? "")
        }
    }

    func exportBundle() {
        do {
            let choices = try exportChoices()
            guard !choices.isEmpty else { return }
            let detail = choices.map { "• " + Self.scopeName($0.scope) + " — " + Self.contents(of: $0.bundle) }
                .joined(separator: "\n")
                + "\n\n" + tr("The file holds your answers as you wrote them. Only you can read it on this computer; keep it safe when you copy it elsewhere.")
            var buttons = [Dialogs.Choice(tr("_Cancel"), GTK_RESPONSE_CANCEL.rawValue)]
            for (index, choice) in choices.enumerated() {
                buttons.append(.init(Self.scopeButton(choice.scope), Int32(index + 1), style: index == 0 ? "suggested-action" : nil))
            }
            Dialogs.ask(parent: window, message: tr("What should leave this computer?"), detail: detail, choices: buttons) { [self] response in
                guard response >= 1, Int(response) <= choices.count else { return }
                let bundle = choices[Int(response) - 1].bundle
                let name = "damu-" + (bundle.scope.academicYear?.description ?? "all") + ".json"
                FileChooser.save(parent: window, title: tr("Export Work"), suggestedName: name) { [self] path in
                    writeBundle(bundle, to: URL(fileURLWithPath: path))
                }
            }
        } catch {
            report(error, while: tr("The work was not exported"))
        }
    }

    /// Writes the bundle (0600, atomically).
    func writeBundle(_ bundle: DamuBundle, to url: URL) {
        do {
            try PrivateFile.write(Array(try bundle.encoded()), to: url)
        } catch {
            report(error, while: tr("The work was not exported"))
        }
    }

    func importBundle() {
        FileChooser.open(parent: window, title: tr("Import Work")) { [self] path in
            previewImport(of: URL(fileURLWithPath: path))
        }
    }

    /// Checks the whole file, shows what it would add, update or leave, and imports on confirmation.
    func previewImport(of url: URL) {
        do {
            let bundle = try BundleReader.read(contentsOf: url)
            let report = try session.database.importPreview(bundle)
            // Kind by kind, so route sheets and routes are seen apart from the lessons before anything changes.
            var lines = [String(format: tr("In all: %@"), report.counts(ahead: true))]
            lines += report.kinds.map { String(format: tr("%@: %@"), $0.title, report.counts(of: $0, ahead: true)) }
            lines.append("")
            let changes = report.entries.filter { $0.action != .unchanged }
            for entry in changes.prefix(12) {
                lines.append("• \(ImportReport.name(of: entry.action, ahead: true)): \(entry.title)")
            }
            if changes.count > 12 {
                lines.append(String(format: tr("… and %ld more"), changes.count - 12))
            }
            guard report.changesSomething else {
                Dialogs.ask(parent: window, message: tr("Everything in this file is already here"), detail: lines[0],
                            choices: [.init(tr("_Close"), GTK_RESPONSE_CLOSE.rawValue)]) { _ in }
                return
            }
            Dialogs.ask(
                parent: window, message: String(format: tr("Import the work of %@?"), bundle.profile.fullName),
                detail: lines.joined(separator: "\n"),
                choices: [.init(tr("_Cancel"), GTK_RESPONSE_CANCEL.rawValue),
                          .init(tr("_Import"), GTK_RESPONSE_ACCEPT.rawValue, style: "suggested-action")]
            ) { [self] response in
                guard response == GTK_RESPONSE_ACCEPT.rawValue else { return }
                do {
                    try session.database.importBundle(bundle)
                    if let profile = try session.database.profile(id: bundle.profile.id) { showHistory(profile) }
                } catch {
                    self.report(error, while: tr("Nothing was imported"))
                }
            }
        } catch {
            report(error, while: tr("Nothing was imported"))
        }
    }
}
