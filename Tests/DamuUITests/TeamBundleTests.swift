import CGtk
import DamuCore
import DamuStore
import Foundation
import XCTest

@testable import DamuUI

/// The team picture takes teachers from other PCs as the files they exported: their latest
/// lesson's scores and route sheet join the picture, nothing of theirs is stored, and a bad file
/// is refused.
final class TeamBundleTests: GUITestCase, @unchecked Sendable {
    /// A teacher on another PC, with one lesson scored `scores` and a route sheet whose first rows
    /// are marked + and ±, exported as a bundle file.
    private func exportedTeacher(_ name: String, scores: [Int], satisfaction: Int) throws -> URL {
        let elsewhere = folder.appendingPathComponent("\(UUID().uuidString).sqlite")
        let database = try AppDatabase.open(at: elsewhere)
        let template = Self.templateCatalog.current
        let profile = try database.save(Profile(fullName: name, school: "№ 9 мектеп"))
        var analysis = LessonAnalysis(profileID: profile.id, template: template, language: "kk",
                                      lesson: .init(date: try LessonDate(iso: "2025-11-04"), topic: "Жеке тақырып"))
        for (sector, score) in scores.enumerated() { analysis.wheel.sectors[sector].score = score }
        analysis.scaling.score = satisfaction
        _ = try database.save(analysis, template: template)
        let sheetTemplate = try RouteSheetCatalog.shipped().current
        var sheet = RouteSheet(profileID: profile.id, academicYear: try AcademicYear(startYear: 2025), category: .moderator,
                               template: sheetTemplate, language: "kk")
        try sheet.mark(.template(0), .achieved, on: try LessonDate(iso: "2025-12-01"))
        try sheet.mark(.template(1), .partial, on: try LessonDate(iso: "2025-12-01"))
        _ = try database.save(sheet, template: sheetTemplate)
        let url = folder.appendingPathComponent("\(name).json")
        try database.exportBundle(profileID: profile.id, scope: .init(kind: .profile)).encoded().write(to: url)
        return url
    }

    func testTeachersFromExportedFilesJoinThePictureAndNothingIsStored() throws {
        try MainActor.assumeIsolated {
            let database = try AppDatabase.open(at: databaseURL)
            let template = Self.templateCatalog.current
            let local = try database.save(Profile(fullName: "Айгүл Қасымова", school: "№ 5 мектеп"))
            var analysis = LessonAnalysis(profileID: local.id, template: template, language: "kk",
                                          lesson: .init(date: try LessonDate(iso: "2025-10-14")))
            for sector in 0..<8 { analysis.wheel.sectors[sector].score = 4 }
            analysis.scaling.score = 5
            _ = try database.save(analysis, template: template)
            let file = try exportedTeacher("Болат Ержанов", scores: [8, 8, 8, 8, 6, 6, 6, 6], satisfaction: 9)

            let window = try makeWindow()
            window.actions.activate("team-picture")
            pump()
            let picker = try XCTUnwrap(window.teamPicker)
            XCTAssertEqual(picker.checks.count, 1)
            picker.addBundle(at: file)
            pump()
            XCTAssertEqual(picker.checks.count, 2, "the teacher of the file is listed")
            picker.addBundle(at: file)
            XCTAssertEqual(picker.checks.count, 2, "the same teacher twice is counted once")
            let contributions = picker.contributions
            XCTAssertEqual(contributions.count, 2)
            let team = TeamPicture(contributions)
            XCTAssertEqual(team.teacherCount, 2)
            XCTAssertEqual(team.sectors[0]?.mean ?? -1, 6, accuracy: 1e-9)
            XCTAssertEqual(team.sectors[7]?.mean ?? -1, 5, accuracy: 1e-9)
            XCTAssertEqual(team.satisfactionCounts[5], 1)
            XCTAssertEqual(team.satisfactionCounts[9], 1)
            XCTAssertEqual(try storedDatabase().profiles().map(\.fullName), ["Айгүл Қасымова"], "nothing of the file is stored")
            let sheets = picker.routeSheets
            XCTAssertEqual(sheets.count, 1, "the file's route sheet; the local teacher has none")
            XCTAssertEqual(sheets.first?.category, .moderator)
            XCTAssertEqual(sheets.first.map { [$0.progress.achieved, $0.progress.partial] }, [1, 1])
            XCTAssertTrue(try storedDatabase().routeSheets(profileID: try XCTUnwrap(sheets.first).profileID).isEmpty,
                          "the file's sheet is not stored")

            // A file that is not a Damu bundle: refused with its name, the list unchanged.
            let broken = folder.appendingPathComponent("broken.json")
            try Data("{\"format\": \"something-else\"}".utf8).write(to: broken)
            picker.addBundle(at: broken)
            pump()
            XCTAssertEqual(picker.checks.count, 2)
            let message = presentedDialogText()
            XCTAssertTrue(message.contains("The teacher's file was not added") && message.contains("broken.json"), message)
            Dialogs.answer(GTK_RESPONSE_CLOSE.rawValue)
            pump()
            XCTAssertNil(Dialogs.presented, "Close closes the message")
        }
    }
}
