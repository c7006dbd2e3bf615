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
        var seen: [UUID: Int] = [bundle.profile.id: -1]
        var analyses: [ImportableBundle.Item<LessonAnalysis>] = []
        var cards: [ImportableBundle.Item<ReflectionCard>] = []
        for (index, record) in bundle.records.enumerated() {
            let at = "$.records[\(index)]"
            if let earlier = seen[record.id] {
                let other = earlier < 0 ? "$.profile.id" : "$.records[\(earlier)].id"
                throw problem(at + ".id", String(format: tr("%@ is also the id of %@; every id must be unique"), record.id.uuidString, other))
            }
            seen[record.id] = index
            guard LocalizedText.languages.contains(record.language) else {
                throw problem(at + ".language", String(format: tr("“%@” is not kk, ru or en"), BundleText.excerpt(record.language)))
            }
            guard record.template.id == record.kind.templateID else {
                throw problem(at + ".template.id", String(
                    format: tr("a %@ record is answered against “%@”, not “%@”"),
                    record.kind.rawValue, record.kind.templateID, BundleText.excerpt(record.template.id)))
            }
            let key = TemplateKey(id: record.template.id, version: record.template.version)
            guard let template = templates[key] else {
                throw problem(at + ".template", String(
                    format: tr("the template %@ v%ld is not in $.templates"), key.id, key.version))
            }
            switch (record.data, template) {
            case let (.lessonAnalysis(body), .lessonAnalysis(template)):
                try checkScores(body, at: at + ".data")
                guard let analysis = record.analysis(profileID: profile.id) else { throw problem(at, tr("is damaged")) }
                do {
                    analyses.append(.init(value: try analysis.validated(against: template), deletedAt: record.deletedAt))
                } catch let error as DamuError { throw problem(at + ".data", error.description) }
            case let (.reflectionCard(body), .reflectionCards(template)):
                try Self.checkScore(body.score, path: path(at + ".data.score"))
                guard let card = record.card(profileID: profile.id) else { throw problem(at, tr("is damaged")) }
                do {
                    cards.append(.init(value: try card.validated(against: template), deletedAt: record.deletedAt))
                } catch let error as DamuError { throw problem(at + ".data", error.description) }
            default:
                throw problem(at + ".template.id", tr("does not match the record's kind"))
            }
        }
        if bundle.scope.kind == .annualCard, cards.contains(where: { $0.value.kind != .annual }) || !analyses.isEmpty {
            throw problem("$.records", tr("an annual-card export holds only annual cards"))
        }
        return ImportableBundle(
            origin: origin, bundle: bundle, profile: profile, analyses: analyses, cards: cards,
            snapshots: try templates.keys.sorted().map { key in
                ImportableBundle.Snapshot(id: key.id, version: key.version, body: try templates[key]!.snapshotJSON())
            })
    }

    struct TemplateKey: Hashable, Comparable {
        var id: String
        var version: Int
        static func < (lhs: Self, rhs: Self) -> Bool { (lhs.id, lhs.version) < (rhs.id, rhs.version) }
    }

    enum KnownTemplate {
        case lessonAnalysis(LessonAnalysisTemplate)
        case reflectionCards(ReflectionCardsTemplate)

        func snapshotJSON() throws -> Data {
            switch self {
            case let .lessonAnalysis(template): return try template.snapshotJSON()
            case let .reflectionCards(template): return try template.snapshotJSON()
            }
        }
    }

    private func checkedTemplates() throws -> [TemplateKey: KnownTemplate] {
        var result: [TemplateKey: KnownTemplate] = [:]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for (index, entry) in bundle.templates.enumerated() {
            let at = "$.templates[\(index)]"
            let key = TemplateKey(id: entry.id, version: entry.version)
            guard result[key] == nil else {
                throw problem(at, String(format: tr("the template %@ v%ld appears twice"), BundleText.excerpt(key.id), key.version))
            }
            let body = try encoder.encode(entry.body)
            let origin = "\(self.origin): \(at).body"
            do {
                switch entry.id {
                case LessonAnalysisTemplate.identifier:
                    let template = try LessonAnalysisTemplate.decode(body, origin: origin)
                    guard template.version == entry.version else { throw versionMismatch(at) }
                    result[key] = .lessonAnalysis(template)
                case ReflectionCardsTemplate.identifier:
                    let template = try ReflectionCardsTemplate.decode(body, origin: origin)
                    guard template.version == entry.version else { throw versionMismatch(at) }
                    result[key] = .reflectionCards(template)
                default:
                    throw problem(at + ".id", String(format: tr("“%@” is not a template Damu knows"), BundleText.excerpt(entry.id)))
                }
            } catch let DamuError.template(message) {
                throw problem(at + ".body", message)
            }
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

    private static func checkScore(_ score: Int?, path: (String) -> DamuError) throws {
        guard let score, !Score.range.contains(score) else { return }
        throw path(String(format: tr("score %ld is outside 0–10"), score))
    }

    private func path(_ at: String) -> (String) -> DamuError {
        { message in problem(at, message) }
    }

    private func problem(_ path: String, _ message: String) -> DamuError {
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
    public let snapshots: [Snapshot]
}
