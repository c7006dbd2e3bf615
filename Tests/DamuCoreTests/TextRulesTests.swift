import DamuCore
import XCTest

final class TextRulesTests: XCTestCase {
    func testLineIsTrimmedAndLimited() throws {
        XCTAssertEqual(try TextRules.line("  7 Ә \n", field: "Class"), "7 Ә")
        let atLimit = String(repeating: "қ", count: TextRules.lineLimit)
        XCTAssertEqual(try TextRules.line(atLimit, field: "Topic"), atLimit)
        XCTAssertThrowsError(try TextRules.line(atLimit + "қ", field: "Topic")) { error in
            guard case let DamuError.invalid(field, message) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(field, "Topic")
            XCTAssertTrue(message.contains("201") && message.contains("200"), message)
        }
    }

    func testLineRejectsInnerLineBreaksAndRequiredEmptiness() {
        XCTAssertThrowsError(try TextRules.line("бір\nекі", field: "Topic")) { error in
            XCTAssertEqual((error as? DamuError)?.field, "Topic")
        }
        XCTAssertThrowsError(try TextRules.line("  \n ", field: "Full name", required: true)) { error in
            XCTAssertEqual((error as? DamuError)?.field, "Full name")
        }
        XCTAssertEqual(try TextRules.line("", field: "School"), "")
    }

    func testParagraphKeepsLineBreaksUpToTheLimit() throws {
        XCTAssertEqual(try TextRules.paragraph("  бір\nекі  ", field: "A"), "бір\nекі")
        let atLimit = String(repeating: "a", count: TextRules.paragraphLimit)
        XCTAssertEqual(try TextRules.paragraph(atLimit, field: "A").count, TextRules.paragraphLimit)
        XCTAssertThrowsError(try TextRules.paragraph(atLimit + "b", field: "Step 1, context, 2")) { error in
            XCTAssertEqual((error as? DamuError)?.field, "Step 1, context, 2")
        }
    }

    func testLimitsCountCharactersNotBytes() throws {
        // "ә" is two bytes in UTF-8; a Kazakh line of 200 letters must still fit.
        let kazakh = String(repeating: "ә", count: 200)
        XCTAssertEqual(kazakh.utf8.count, 400)
        XCTAssertNoThrow(try TextRules.line(kazakh, field: "Topic"))
    }

    func testTooLongAnswerInAnAnalysisNamesStepAndQuestion() throws {
        let template = try Fixtures.template()
        var analysis = try Fixtures.analysis(template: template)
        analysis.contextAnswers[2] = String(repeating: "x", count: TextRules.paragraphLimit + 1)
        XCTAssertThrowsError(try analysis.validated(against: template)) { error in
            XCTAssertEqual((error as? DamuError)?.field, "Step 1, context, 3")
        }
        analysis.contextAnswers[2] = "ok"
        analysis.lesson.topic = "бір\nекі"
        XCTAssertThrowsError(try analysis.validated(against: template)) { error in
            XCTAssertEqual((error as? DamuError)?.field, "Topic")
        }
    }

    func testProfileValidation() throws {
        XCTAssertThrowsError(try Profile(fullName: "   ").validated()) { error in
            XCTAssertEqual((error as? DamuError)?.field, "Full name")
        }
        XCTAssertThrowsError(try Profile(fullName: "Айгүл", yearsOfService: 61).validated()) { error in
            XCTAssertEqual((error as? DamuError)?.field, "Years of service")
        }
        XCTAssertThrowsError(try Profile(fullName: "Айгүл", yearsOfService: -1).validated())
        let valid = try Profile(fullName: "  Айгүл Омарова ", school: " № 12 мектеп ", yearsOfService: 60).validated()
        XCTAssertEqual(valid.fullName, "Айгүл Омарова")
        XCTAssertEqual(valid.school, "№ 12 мектеп")
    }

    /// The quick trim removes exactly what Foundation's whitespacesAndNewlines does, no more.
    func testTrimmingAgreesWithFoundation() {
        let spaces = (0...0x10FFFF).compactMap(Unicode.Scalar.init).filter {
            CharacterSet.whitespacesAndNewlines.contains($0) || $0.properties.isWhitespace
        }
        var texts = ["", " ", "ә", "  Сабақ  ", "\n\t7 Ә\r\n", "a\u{301} ", " \u{301}a", "😀 ", "\u{FEFF}x\u{200B}", "x\u{0}"]
        for space in spaces {
            texts += [String(space), "\(space)Ұ\(space)", "ұ\(space)\(space)қ", "\(space)\u{301}"]
        }
        for text in texts {
            XCTAssertEqual(TextRules.trimmed(text), text.trimmingCharacters(in: .whitespacesAndNewlines),
                           text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " "))
        }
    }
}
