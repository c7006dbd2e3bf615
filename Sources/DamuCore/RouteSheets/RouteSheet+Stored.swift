import Foundation

extension RouteSheet {
    /// A sheet as a store or a bundle holds it, every part given; `validated(template:)` checks it.
    public init(
        id: UUID, profileID: UUID, createdAt: Date, updatedAt: Date, academicYear: AcademicYear,
        category: QualificationCategory, templateID: String, templateVersion: Int, language: String,
        templateRows: [TemplateRow], ownRows: [OwnRow], wheel: DevelopmentWheel
    ) {
        self.id = id
        self.profileID = profileID
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.academicYear = academicYear
        self.category = category
        self.templateID = templateID
        self.templateVersion = templateVersion
        self.language = language
        self.templateRows = templateRows
        self.ownRows = ownRows
        self.wheel = wheel
    }
}
