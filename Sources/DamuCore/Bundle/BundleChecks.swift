import Foundation

/// The checks a decoded bundle passes before import: what JSON types cannot say.
struct BundleChecks {
    let origin: String
    let bundle: DamuBundle

    func importable() throws -> ImportableBundle {
        if bundle.scope.kind != .profile, bundle.scope.academicYear == nil {
            throw problem("$.scope.academicYear", tr("is missing; this scope names an academic year"))
        }
        let profile: Profile
        do { profile = try bundle.profile.validated() } catch let error as DamuError {
            throw problem("$.profile", error.description)
        }
        let templates = try checkedTemplates()
        var found = Found()
        var ids = IDs()
        _ = ids.claim(bundle.profile.id, at: "$.profile.id")
        for (index, record) in bundle.records.enumerated() {
            let at = "$.records[\(index)]"
            try claim(record.id, at: at + ".id", in: &ids)
            guard record.kind.firstVersion <= bundle.version else {
                throw problem(at + ".kind", String(
                    format: tr("%@ records came with format version %ld; this file says version %ld"),
                    record.kind.rawValue, record.kind.firstVersion, bundle.version))
            }
            guard LocalizedText.languages.contains(record.language) else {
                throw problem(at + ".language", String(format: tr("“%@” is not kk, ru or en"), BundleText.excerpt(record.language)))
            }
            guard record.template.id == record.kind.templateID else {
                throw problem(at + ".template.id", String(
                    format: tr("a %@ record is answered against “%@”, not “%@”"),
                    record.kind.rawValue, record.kind.templateID, BundleText.excerpt(record.template.id)))
            }
            let key = TemplateKey(id: record.template.id, version: record.template.version)
            guard let template = templates[key]?.template else {
                throw problem(at + ".template", String(
                    format: tr("the template %@ v%ld is not in $.templates"), key.id, key.version))
            }
            switch (record.data, template) {
            case let (.lessonAnalysis(body), .lessonAnalysis(template)):
                try checkScores(body, at: at + ".data")
                guard let analysis = record.analysis(profileID: profile.id) else { throw problem(at, tr("is damaged")) }
                found.analyses.append(.init(value: try validated(at) { try analysis.validated(against: template) }, deletedAt: record.deletedAt))
            case let (.reflectionCard(body), .reflectionCards(template)):
                try Self.checkScore(body.score, path: path(at + ".data.score"))
                guard let card = record.card(profileID: profile.id) else { throw problem(at, tr("is damaged")) }
                found.cards.append(.init(value: try validated(at) { try card.validated(against: template) }, deletedAt: record.deletedAt))
            case let (.routeSheet(body), .routeSheets(template)):
                try claimYear(body.academicYear, of: record, at: at, in: &found.liveYears)
                found.sheets.append(try checkedSheet(record, body, template: template, profileID: profile.id, ids: &ids, at: at))
            case let (.professionalRoute(body), .individualRoutes):
                found.professionalRoutes.append(try checkedProfessionalRoute(record, body, profileID: profile.id, at: at))
            case let (.educationalRoute(body), .individualRoutes(template)):
                try claimYear(body.academicYear, of: record, at: at, in: &found.liveYears)
                found.educationalRoutes.append(try checkedEducationalRoute(record, body, template: template, profileID: profile.id, at: at))
            default:
                throw problem(at + ".template.id", tr("does not match the record's kind"))
            }
        }
        if bundle.scope.kind == .annualCard,
           bundle.records.contains(where: { $0.kind != .reflectionCard }) || found.cards.contains(where: { $0.value.kind != .annual }) {
            throw problem("$.records", tr("an annual-card export holds only annual cards"))
        }
        return ImportableBundle(
            origin: origin, bundle: bundle, profile: profile, analyses: found.analyses, cards: found.cards,
            routeSheets: found.sheets, professionalRoutes: found.professionalRoutes, educationalRoutes: found.educationalRoutes,
            snapshots: templates.keys.sorted().map { key in
                ImportableBundle.Snapshot(id: key.id, version: key.version, body: templates[key]!.snapshot)
            })
    }

    /// The records that passed, by kind, in the file's order.
    struct Found {
        var analyses: [ImportableBundle.Item<LessonAnalysis>] = []
        var cards: [ImportableBundle.Item<ReflectionCard>] = []
        var sheets: [ImportableBundle.Item<RouteSheet>] = []
        var professionalRoutes: [ImportableBundle.Item<ProfessionalDevelopmentRoute>] = []
        var educationalRoutes: [ImportableBundle.Item<EducationalRoute>] = []
        /// "routeSheet 2025-2026" → the path of the live record that holds the year.
        var liveYears: [String: String] = [:]
    }

    /// Every id the file gives, with the path it was first given at: a database key must be unique.
    struct IDs {
        private var paths: [UUID: String] = [:]

        /// Takes `id` for `path`; returns the path that took it before, if one did.
        mutating func claim(_ id: UUID, at path: String) -> String? {
            if let earlier = paths[id] { return earlier }
            paths[id] = path
            return nil
        }
    }

    func claim(_ id: UUID, at path: String, in ids: inout IDs) throws {
        if let earlier = ids.claim(id, at: path) {
            throw problem(path, String(format: tr("%@ is also the id of %@; every id must be unique"), id.uuidString, earlier))
        }
    }

    /// The domain's own checks of a record, their message placed at the record's data.
    func validated<Value>(_ at: String, _ check: () throws -> Value) throws -> Value {
        do { return try check() } catch let error as DamuError { throw problem(at + ".data", error.description) }
    }

    struct TemplateKey: Hashable, Comparable {
        var id: String
        var version: Int
        static func < (lhs: Self, rhs: Self) -> Bool { (lhs.id, lhs.version) < (rhs.id, rhs.version) }
    }

    enum KnownTemplate: Sendable {
        case lessonAnalysis(LessonAnalysisTemplate)
        case reflectionCards(ReflectionCardsTemplate)
        case routeSheets(RouteSheetTemplate)
        case individualRoutes(IndividualRoutesTemplate)

        func snapshotJSON() throws -> Data {
            switch self {
            case let .lessonAnalysis(template): return try template.snapshotJSON()
            case let .reflectionCards(template): return try template.snapshotJSON()
            case let .routeSheets(template): return try template.snapshotJSON()
            case let .individualRoutes(template): return try template.snapshotJSON()
            }
        }
    }

    private func checkedTemplates() throws -> [TemplateKey: CheckedTemplates.Checked] {
        var result: [TemplateKey: CheckedTemplates.Checked] = [:]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for (index, entry) in bundle.templates.enumerated() {
            let at = "$.templates[\(index)]"
            let key = TemplateKey(id: entry.id, version: entry.version)
            guard result[key] == nil else {
                throw problem(at, String(format: tr("the template %@ v%ld appears twice"), BundleText.excerpt(key.id), key.version))
            }
            let known = CheckedTemplates.Key(id: entry.id, version: entry.version, body: entry.body)
            if let checked = CheckedTemplates.lookUp(known) {
                result[key] = checked
                continue
            }
            let body = try encoder.encode(entry.body)
            let origin = "\(self.origin): \(at).body"
            func decoded<Template: VersionedInstrument>(_ type: Template.Type) throws -> Template {
                let template = try Template.decode(body, origin: origin)
                guard template.version == entry.version else { throw versionMismatch(at) }
                return template
            }
            let template: KnownTemplate
            do {
                switch entry.id {
                case LessonAnalysisTemplate.identifier:
                    // The first instrument, older than VersionedInstrument: it decodes itself.
                    let analysisTemplate = try LessonAnalysisTemplate.decode(body, origin: origin)
                    guard analysisTemplate.version == entry.version else { throw versionMismatch(at) }
                    template = .lessonAnalysis(analysisTemplate)
                case ReflectionCardsTemplate.identifier: template = .reflectionCards(try decoded(ReflectionCardsTemplate.self))
                case RouteSheetTemplate.identifier: template = .routeSheets(try decoded(RouteSheetTemplate.self))
                case IndividualRoutesTemplate.identifier: template = .individualRoutes(try decoded(IndividualRoutesTemplate.self))
                default:
                    throw problem(at + ".id", String(format: tr("“%@” is not a template Damu knows"), BundleText.excerpt(entry.id)))
                }
            } catch let DamuError.template(message) {
                throw problem(at + ".body", message)
            }
            let checked = CheckedTemplates.Checked(template: template, snapshot: try template.snapshotJSON())
            CheckedTemplates.remember(checked, for: known)
            result[key] = checked
        }
        return result
    }

    private func versionMismatch(_ at: String) -> DamuError {
        problem(at + ".version", tr("differs from the version inside its body"))
    }

    private func checkScores(_ body: LessonAnalysisData, at: String) throws {
        for (index, sector) in body.wheel.sectors.enumerated() {
            try Self.checkScore(sector.score, path: path("\(at).wheel.sectors[\(index)].score"))
        }
        try Self.checkScore(body.scaling.score, path: path(at + ".scaling.score"))
    }

    /// `path` is built only for a score that fails: a bundle holds thousands that pass.
    static func checkScore(_ score: Int?, path: @autoclosure () -> (String) -> DamuError) throws {
        guard let score, !Score.range.contains(score) else { return }
        throw path()(String(format: tr("score %ld is outside 0–10"), score))
    }

    func path(_ at: String) -> (String) -> DamuError {
        { message in problem(at, message) }
    }

    func problem(_ path: String, _ message: String) -> DamuError {
        BundleReader.problem(origin, path, message)
    }
}

/// A bundle that passed every check, with its records as the domain values the store imports.
public struct ImportableBundle: Sendable {
    public struct Item<Value: Sendable>: Sendable {
        public var value: Value
        public var deletedAt: Date?
    }

    public struct Snapshot: Sendable {
        public var id: String
        public var version: Int
        /// Canonical JSON, as the store keeps snapshots.
        public var body: Data
    }

    public let origin: String
    public let bundle: DamuBundle
    public let profile: Profile
    public let analyses: [Item<LessonAnalysis>]
    public let cards: [Item<ReflectionCard>]
    /// Each with its teacher development wheel.
    public let routeSheets: [Item<RouteSheet>]
    public let professionalRoutes: [Item<ProfessionalDevelopmentRoute>]
    public let educationalRoutes: [Item<EducationalRoute>]
    public let snapshots: [Snapshot]
}
