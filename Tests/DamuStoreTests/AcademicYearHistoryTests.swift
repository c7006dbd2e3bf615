import DamuCore
import DamuStore
import Foundation
import XCTest

final class AcademicYearHistoryTests: XCTestCase {
    /// Reading one year through the index gives exactly that year of the whole history.
    func testAYearReadAloneEqualsThatYearOfTheWholeHistory() throws {
        let template = try StoreFixtures.template()
        let database = try AppDatabase.inMemory()
        let (profile, first) = DemoYear.make(template: template, language: "kk", startingYear: 2023, seed: 8)
        var second = DemoYear.make(template: template, language: "kk", startingYear: 2024, seed: 8).1
        second = second.map { var analysis = $0; analysis.id = UUID(); return analysis }
        try database.saveDemo(profile: profile, analyses: first + second, template: template)
        let other = try database.save(StoreFixtures.profile("Басқа"))
        try database.save(StoreFixtures.analysis(of: other, template: template, date: "2024-10-01"), template: template)
        try database.deleteAnalysis(id: second[3].id)

        let whole = try database.history(profileID: profile.id)
        for year in 2022...2025 {
            let alone = try database.history(profileID: profile.id, academicYearStartingIn: year)
            XCTAssertEqual(alone.analyses, whole.academicYear(startingIn: year).analyses, "\(year)")
        }
        XCTAssertEqual(try database.history(profileID: profile.id, academicYearStartingIn: 2024).analyses.count, second.count - 1)
        XCTAssertTrue(try database.history(profileID: profile.id, academicYearStartingIn: 2025).isEmpty)
    }
}
