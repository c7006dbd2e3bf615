import Foundation

/// A bundle read through QuickJSON: JSONDecoder's Codable walk of a year's lessons was most of the
/// time an import spent reading files. The lessons and the templates (nearly all of a file) are
/// taken from the parsed tree; the few other records, the profile and the envelope go through
/// JSONDecoder as before, re-encoded without the rest. Anything the quick reading does not take
/// makes it answer nil, and BundleReader reads the whole file with JSONDecoder, whose messages
/// name the place and the fault. A test holds both readings to the same bundle.
extension BundleReader.Header {
    init?(json value: JSONValue) {
        guard case .object = value,
              let format = JSONValue.optional(value["format"], \.stringValue),
              let version = JSONValue.optional(value["version"], \.intValue)
        else { return nil }
        self.init(format: format, version: version)
    }
}

extension DamuBundle {
    init?(quick value: JSONValue) {
        guard case var .object(top) = value,
              case let .array(records)? = top["records"], case let .array(templates)? = top["templates"]
        else { return nil }
        var entries: [Template] = []
        entries.reserveCapacity(templates.count)
        for item in templates {
            guard let entry = Template(json: item) else { return nil }
            entries.append(entry)
        }
        var lessons: [BundleRecord?] = []
        lessons.reserveCapacity(records.count)
        var others: [JSONValue] = []
        for item in records {
            let lesson = BundleRecord(lessonJSON: item)
            lessons.append(lesson)
            if lesson == nil { others.append(item) }
        }
        top["records"] = .array(others)
        top["templates"] = .array([])
        guard let rest = try? JSONEncoder().encode(JSONValue.object(top)),
              var bundle = try? BundleReader.decode(DamuBundle.self, from: rest, origin: ""),
              bundle.records.count == others.count
        else { return nil }
        var other = bundle.records.makeIterator()
        bundle.records = lessons.map { $0 ?? other.next()! }
        bundle.templates = entries
        self = bundle
    }
}

extension DamuBundle.Template {
    init?(json value: JSONValue) {
        // A template's body is any JSON, as JSONValue's own decoding reads it (null included).
        guard let id = value["id"]?.stringValue, let version = value["version"]?.intValue, let body = value["body"]
        else { return nil }
        self.init(id: id, version: version, body: body)
    }
}

extension BundleRecord {
    /// A lesson-analysis record; nil for a record of another kind, or one to leave to JSONDecoder.
    init?(lessonJSON value: JSONValue) {
        guard value["kind"]?.stringValue == Kind.lessonAnalysis.rawValue,
              let id = value["id"]?.uuidValue,
              let createdAt = value["createdAt"]?.stringValue.flatMap(BundleTimestamp.date),
              let updatedAt = value["updatedAt"]?.stringValue.flatMap(BundleTimestamp.date),
              let deletedAt = JSONValue.optional(value["deletedAt"], { $0.stringValue.flatMap(BundleTimestamp.date) }),
              let templateID = value["template"]?["id"]?.stringValue,
              let templateVersion = value["template"]?["version"]?.intValue,
              let language = value["language"]?.stringValue,
              let data = value["data"].flatMap(LessonAnalysisData.init(json:))
        else { return nil }
        kind = .lessonAnalysis
        self.id = id
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.deletedAt = deletedAt
        template = .init(id: templateID, version: templateVersion)
        self.language = language
        self.data = .lessonAnalysis(data)
    }
}

extension LessonAnalysisData {
    init?(json value: JSONValue) {
        guard let lesson = value["lesson"],
              let date = lesson["date"]?.stringValue, (try? LessonDate(iso: date)) != nil,
              let grade = lesson["grade"]?.stringValue, let subject = lesson["subject"]?.stringValue,
              let topic = lesson["topic"]?.stringValue,
              let context = value["contextAnswers"]?.stringsValue,
              let wheel = value["wheel"].flatMap(BalanceWheel.init(json:)),
              let scaling = value["scaling"], let satisfaction = JSONValue.optional(scaling["score"], \.intValue),
              let scalingAnswers = scaling["answers"]?.stringsValue,
              let coaching = value["coachingAnswers"]?.stringsValue,
              let growth = value["growthPoint"].flatMap(GrowthPoint.init(json:)),
              let followUp = JSONValue.optional(value["followUp"], GrowthFollowUp.init(json:))
        else { return nil }
        self.lesson = Lesson(date: date, grade: grade, subject: subject, topic: topic)
        contextAnswers = context
        self.wheel = wheel
        self.scaling = .init(score: satisfaction, answers: scalingAnswers)
        coachingAnswers = coaching
        growthPoint = growth
        self.followUp = followUp
    }
}
