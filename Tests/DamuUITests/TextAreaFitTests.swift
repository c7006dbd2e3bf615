import CGtk
import DamuCore
import DamuStore
import XCTest

@testable import DamuUI

/// A long answer shown in a form before the form is on screen (a stored card reopened, a route's
/// topic) takes the height its text needs: none of it is cut off below the field.
final class TextAreaFitTests: GUITestCase, @unchecked Sendable {
    private static let sentence = "Формативті бағалау арқылы математика сабағының сапасын арттыру."
    private let longAnswer = Array(repeating: sentence, count: 5).joined(separator: " ")
    /// Two sentences: at 1024×768 a topic of three lines, where the field starts with room for one.
    private let longTopic = Array(repeating: sentence, count: 2).joined(separator: " ")

    /// How far the text view's last line reaches, against the height the view was given.
    @MainActor
    private func reach(of area: TextArea) -> (needed: Int32, given: Int32) {
        var end = GtkTextIter()
        gtk_text_buffer_get_end_iter(gtk_text_view_get_buffer(area.textView.cast()), &end)
        var top: Int32 = 0, height: Int32 = 0
        gtk_text_view_get_line_yrange(area.textView.cast(), &end, &top, &height)
        return (top + height, gtk_widget_get_height(area.textView.pointer))
    }

    func testALongStoredCardAnswerIsShownWhole() throws {
        try MainActor.assumeIsolated {
            let window = try makeWindow(width: 1024, height: 768)
            let profile = try window.session.database.save(Profile(fullName: "Жанар Сейітова", school: "№ 5 мектеп"))
            let template = try window.session.cardsTemplate()
            var card = ReflectionCard(profileID: profile.id, kind: .annual, academicYear: .current, template: template, language: "kk")
            card.answers[0] = [longAnswer]
            _ = try window.session.database.save(card, template: template)
            window.showHistory(profile)
            pump()
            window.showCards()
            pump(milliseconds: 300)
            let field = try XCTUnwrap(window.cards.annualForm?.fields[0][0])
            XCTAssertEqual(field.text, longAnswer)
            let (needed, given) = reach(of: field)
            XCTAssertGreaterThan(needed, 72, "the answer wraps beyond a field's least height")
            XCTAssertLessThanOrEqual(needed, given, "every line of the answer is inside its field")
            screenshot(window, "card-long-answer-1024")
        }
    }

    func testALongRouteTopicIsShownWhole() throws {
        try MainActor.assumeIsolated {
            let window = try makeWindow(width: 1024, height: 768)
            window.chooser.demoButton.click()
            pump(milliseconds: 300)
            let profile = try XCTUnwrap(window.session.profile)
            let database = window.session.database
            let year = try XCTUnwrap(try database.routeSheets(profileID: profile.id).last?.academicYear)
            var route = try XCTUnwrap(try database.professionalRoute(profileID: profile.id, academicYear: year))
            route.topic = longTopic
            _ = try database.save(route, template: try database.template(ofRouteTemplate: route.templateID, version: route.templateVersion))
            window.showRouteSheet()
            pump(milliseconds: 300)
            let page = window.routeSheet!
            page.showTab("routes")
            pump(milliseconds: 300)
            let topic = try XCTUnwrap(page.routes.topic)
            XCTAssertEqual(topic.text, longTopic)
            let (needed, given) = reach(of: topic)
            XCTAssertGreaterThan(needed, 30, "the topic wraps rather than scroll out of sight")
            XCTAssertLessThanOrEqual(needed, given, "every line of the topic is inside its field")
            screenshot(window, "route-long-topic-1024")
        }
    }
}
