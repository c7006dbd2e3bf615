import Foundation

/// A teacher's individual educational route for one school year (жеке білім беру маршруты,
/// Table 18): a header about the teacher, then, for each form of work in eight blocks, the
/// result the teacher expects and the product that will show it.
public struct EducationalRoute: Identifiable, Hashable, Codable, Sendable {
    public enum HeaderField: String, CaseIterable, Codable, Sendable {
        case fullName, yearsOfService, category, methodologicalTopic, developmentGoal, motivation
    }

    public struct Header: Hashable, Codable, Sendable {
        public var fullName: String
        public var yearsOfService: Int?
        public var category: QualificationCategory?
        public var methodologicalTopic: String
        public var developmentGoal: String
        /// Мотивациялық ой-пікірі: a sentence that keeps the teacher going.
        public var motivation: String

        public init(
            fullName: String = "", yearsOfService: Int? = nil, category: QualificationCategory? = nil,
            methodologicalTopic: String = "", developmentGoal: String = "", motivation: String = ""
        ) {
            self.fullName = fullName
            self.yearsOfService = yearsOfService
            self.category = category
            self.methodologicalTopic = methodologicalTopic
            self.developmentGoal = developmentGoal
            self.motivation = motivation
        }

        /// The header a profile already knows; the motivation is the teacher's to write.
        public init(profile: Profile) {
            self.init(
                fullName: profile.fullName, yearsOfService: profile.yearsOfService, category: profile.category,
                methodologicalTopic: profile.methodologicalTopic, developmentGoal: profile.developmentGoal)
        }
    }

    /// What the teacher plans for one form of work.
    public struct Entry: Hashable, Codable, Sendable {
        public var expectedResult: String
        public var product: String
        /// Marked by the teacher when the form of work was carried out.
        public var done: Bool

        public init(expectedResult: String = "", product: String = "", done: Bool = false) {
            self.expectedResult = expectedResult
            self.product = product
            self.done = done
        }

        private enum CodingKeys: String, CodingKey { case expectedResult, product, done }

        // Routes written before the done mark existed read as not done.
        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            expectedResult = try container.decode(String.self, forKey: .expectedResult)
            product = try container.decode(String.self, forKey: .product)
            done = try container.decodeIfPresent(Bool.self, forKey: .done) ?? false
        }

        public var isFilled: Bool { !expectedResult.isEmpty || !product.isEmpty }
    }

    /// A form of work the teacher added to a block.
    public struct OwnEntry: Hashable, Codable, Sendable {
        public var form: String
        public var expectedResult: String
        public var product: String
        public var done: Bool

        public init(form: String, expectedResult: String = "", product: String = "", done: Bool = false) {
            self.form = form
            self.expectedResult = expectedResult
            self.product = product
            self.done = done
        }

        private enum CodingKeys: String, CodingKey { case form, expectedResult, product, done }

        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            form = try container.decode(String.self, forKey: .form)
            expectedResult = try container.decode(String.self, forKey: .expectedResult)
            product = try container.decode(String.self, forKey: .product)
            done = try container.decodeIfPresent(Bool.self, forKey: .done) ?? false
        }
    }

    public struct Block: Hashable, Codable, Sendable {
        /// One per row of the template's block, in its order.
        public var entries: [Entry]
        public var ownEntries: [OwnEntry]

        public init(entries: [Entry], ownEntries: [OwnEntry] = []) {
            self.entries = entries
            self.ownEntries = ownEntries
        }
    }

    public static let ownEntryLimit = 10

    public var id: UUID
    public var profileID: UUID
    public var createdAt: Date
    public var updatedAt: Date
    public var templateID: String
    public var templateVersion: Int
    /// The language (ISO 639-1) the route was started in.
    public var language: String
    public var academicYear: AcademicYear
    public var header: Header
    public var blocks: [Block]

    public init(
        id: UUID = UUID(), profileID: UUID, academicYear: AcademicYear, template: IndividualRoutesTemplate,
        language: String, header: Header = Header(), createdAt: Date = Date()
    ) {
        self.id = id
        self.profileID = profileID
        self.createdAt = createdAt
        self.updatedAt = createdAt
        self.templateID = template.id
        self.templateVersion = template.version
        self.language = language
        self.academicYear = academicYear
        self.header = header
        self.blocks = template.educationalRoute.blocks.map { Block(entries: Array(repeating: Entry(), count: $0.rows.count)) }
    }

    /// Forms of work planned (with an expected result or a product), own ones included.
    public var filledCount: Int {
        blocks.reduce(0) { $0 + $1.entries.filter(\.isFilled).count + $1.ownEntries.count }
    }

    /// Forms of work marked done, own ones included.
    public var doneCount: Int {
        blocks.reduce(0) { $0 + $1.entries.filter(\.done).count + $1.ownEntries.filter(\.done).count }
    }

    /// The route trimmed and checked against the template it names.
    public func validated(template: IndividualRoutesTemplate) throws -> EducationalRoute {
        let shape = template.educationalRoute.blocks.map(\.rows.count)
        guard template.id == templateID, template.version == templateVersion, blocks.map(\.entries.count) == shape else {
            throw DamuError.invalid(
                field: tr("Educational route"),
                message: String(format: tr("does not match the template %@ version %ld"), template.id, template.version))
        }
        var route = self
        route.header.fullName = try TextRules.line(header.fullName, field: tr("Full name"))
        route.header.methodologicalTopic = try TextRules.paragraph(header.methodologicalTopic, field: tr("Methodological topic"))
        route.header.developmentGoal = try TextRules.paragraph(header.developmentGoal, field: tr("Professional development goal"))
        route.header.motivation = try TextRules.paragraph(header.motivation, field: tr("Motivational statement"))
        if let years = header.yearsOfService, !(0...Profile.maximumYearsOfService).contains(years) {
            throw DamuError.invalid(
                field: tr("Years of service"),
                message: String(format: tr("must be a whole number from 0 to %ld"), Profile.maximumYearsOfService))
        }
        for (blockIndex, block) in blocks.enumerated() {
            let blockName = String(format: tr("Block %ld"), blockIndex + 1)
            guard block.ownEntries.count <= Self.ownEntryLimit else {
                throw DamuError.invalid(
                    field: blockName, message: String(format: tr("has more than %ld forms of work of your own"), Self.ownEntryLimit))
            }
            for (row, entry) in block.entries.enumerated() {
                let field = String(format: tr("%@, row %ld"), blockName, row + 1)
                route.blocks[blockIndex].entries[row] = Entry(
                    expectedResult: try TextRules.paragraph(entry.expectedResult, field: field),
                    product: try TextRules.paragraph(entry.product, field: field), done: entry.done)
            }
            for (row, own) in block.ownEntries.enumerated() {
                let field = String(format: tr("%@, own row %ld"), blockName, row + 1)
                route.blocks[blockIndex].ownEntries[row] = OwnEntry(
                    form: try TextRules.line(own.form, field: field, required: true),
                    expectedResult: try TextRules.paragraph(own.expectedResult, field: field),
                    product: try TextRules.paragraph(own.product, field: field), done: own.done)
            }
        }
        return route
    }
}
