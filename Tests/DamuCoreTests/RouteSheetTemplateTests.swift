import DamuCore
import Foundation
import XCTest

final class RouteSheetTemplateTests: XCTestCase {
    private var template: RouteSheetTemplate!

    override func setUpWithError() throws { template = try RouteFixtures.routeSheets() }

    func testEverySheetHasTheSeedsRowCountAndTableNumber() {
        let expected: [QualificationCategory: (rows: Int, table: Int)] = [
            .pedagogue: (8, 9), .moderator: (7, 10), .expert: (10, 11), .researcher: (12, 12), .master: (11, 13),
        ]
        XCTAssertEqual(template.id, "route-sheets")
        XCTAssertEqual(template.version, 1)
        XCTAssertEqual(Set(template.sheets.keys), Set(QualificationCategory.allCases.map(\.rawValue)))
        for category in QualificationCategory.allCases {
            let sheet = template.sheet(for: category)
            XCTAssertEqual(sheet.rows.count, expected[category]!.rows, category.rawValue)
            XCTAssertEqual(sheet.table, expected[category]!.table, category.rawValue)
        }
    }

    func testFirstAndLastRowsMatchTheSeed() {
        func kk(_ text: LocalizedText) -> String { text.text(in: "kk") }
        let weekly = "Апта сайын сабақтан кейін өз жұмысының тиімділігін бағалау"
        for category in QualificationCategory.allCases {
            let first = template.sheet(for: category).rows[0]
            XCTAssertEqual(kk(first.direction), "Мұғалімнің кәсіби жеке даму тақырыбы")
            XCTAssertEqual(kk(first.content), "Пән бойынша терең білім, жаңа педагогикалық технологиялар меңгеру, сабақ жоспарлау дағдылары")
            XCTAssertEqual(first.actions.map(kk), [weekly])
            let second = template.sheet(for: category).rows[1]
            XCTAssertEqual(kk(second.direction), "Пәндік курстық дайындық")
            XCTAssertEqual(second.actions.map(kk).joined(separator: ", "), "Әр сабаққа арналған нақты жоспар, жаңа әдістерді енгізу")
        }
        let last: [QualificationCategory: (String, String, String)] = [
            .pedagogue: ("Рефлексия", "Өз іс-әрекетін талдау және жетілдіру", "Сабақтан кейін рефлексия жүргізу"),
            .moderator: ("Кәсіби даму", "Жаңашыл идеяларды меңгеру", "Педагогикалық курстарға, семинарларға қатысу"),
            .expert: ("Әлеуметтік және білім беру жобалары", "Мектеп және қоғам жобаларына қатысу", "Әлеуметтік, мәдени, білім беру жобалары"),
            .researcher: ("Кәсіби рефлексия", "Рефлексия мәдениетін дамыту", "Әріптестерді кәсіби рефлексияға үйрету"),
            .master: ("Кәсіби мәдениет", "Ынтымақтастық пен тәжірибе алмасуды дамыту", "Бірлескен кәсіби алаңдар ұйымдастыру"),
        ]
        for (category, texts) in last {
            let row = template.sheet(for: category).rows.last!
            XCTAssertEqual(kk(row.direction), texts.0, category.rawValue)
            XCTAssertEqual(kk(row.content), texts.1, category.rawValue)
            XCTAssertEqual(row.actions.map(kk).joined(separator: ", "), texts.2, category.rawValue)
        }
    }

    func testSpotChecksInsideTheSheets() {
        func row(_ category: QualificationCategory, _ index: Int) -> RouteSheetTemplate.Row {
            template.sheet(for: category).rows[index]
        }
        XCTAssertEqual(row(.pedagogue, 3).actions.map { $0.text(in: "kk") }, ["ҚМЖ, КТЖ құрастыру", "мақсаттарды нақтылау"])
        XCTAssertEqual(row(.moderator, 2).direction.text(in: "kk"), "Оқушыға бағытталған оқыту")
        XCTAssertEqual(row(.moderator, 2).actions.count, 3)
        XCTAssertEqual(row(.expert, 8).actions[0].text(in: "kk"), "Нұсқаулық, оқу-әдістемелік құрал, жинақ жасау")
        XCTAssertEqual(row(.researcher, 6).direction.text(in: "kk"), "Action Research")
        XCTAssertEqual(row(.researcher, 9).actions.map { $0.text(in: "kk") }, ["Семинар", "конференция", "басылымдар"])
        XCTAssertEqual(row(.master, 7).content.text(in: "kk"), "Педагог → модератор → сарапшы → зерттеуші жолын сүйемелдеу")
        XCTAssertEqual(template.sheet(for: .master).stage.text(in: "kk"),
                       "Үздіксіз даму кезеңі: «Көшбасшылық қолтаңба және кәсіби кемелдену»")
        XCTAssertEqual(template.sheet(for: .pedagogue).goal.text(in: "kk"),
                       "Мұғалімнің өз ісіне бейімделуі, негізгі білім беру дағдыларын меңгеру.")
        XCTAssertEqual(template.title.text(in: "kk"), "«Мұғалімнің кәсіби даму жолы» маршруттық парағы")
    }

    func testRowOneOfEverySheetTakesTheWeeklyLessonAnalyses() {
        for category in QualificationCategory.allCases {
            let sheet = template.sheet(for: category)
            XCTAssertEqual(sheet.weeklyEvidenceRow, 0, category.rawValue)
            XCTAssertEqual(sheet.rows.filter { $0.evidence != nil }.count, 1)
        }
    }

    func testCorrectionsAreAppliedAndNoted() throws {
        XCTAssertEqual(template.marks.map(\.symbol), ["+", "±", "−"])
        XCTAssertEqual(template.marks.map { $0.label.text(in: "kk") },
                       ["Қол жеткізді/жетті", "Жартылай қол жеткізді", "Қол жеткізген жоқ/жетпеді"])
        XCTAssertEqual(template.label(of: .partial, in: "ru"), "Частично достигнуто")
        XCTAssertEqual(template.label(of: .none, in: "kk"), "")
        // Everything but the notes that describe the defects.
        var json = try RouteFixtures.json("route-sheets")
        json["corrections"] = nil
        let text = String(decoding: try JSONSerialization.data(withJSONObject: json), as: UTF8.self)
        XCTAssertTrue(text.contains("Жартылай қол жеткізді"))
        XCTAssertFalse(text.contains("+ Жартылай"), "partially achieved is ±")
        XCTAssertFalse(text.contains("12-кесте"))
        XCTAssertEqual(template.sheet(for: .master).table, 13)
        XCTAssertTrue(template.corrections.contains { $0.contains("«±»") })
        XCTAssertTrue(template.corrections.contains { $0.contains("Table 13") })
    }

    func testEveryTextExistsInKazakhRussianAndEnglish() {
        var texts = [template.title, template.banner, template.validity, template.labels.stage, template.labels.goal]
        texts += [template.columns.direction, template.columns.content, template.columns.actions, template.columns.scale]
        texts += template.marks.map(\.label)
        for sheet in template.sheets.values {
            texts += [sheet.title, sheet.level, sheet.stage, sheet.goal]
            texts += sheet.rows.flatMap { [$0.direction, $0.content] + $0.actions }
        }
        for text in texts {
            for language in LocalizedText.languages {
                XCTAssertFalse((text.values[language] ?? "").isEmpty, "\(language): \(text.values)")
            }
        }
    }

    func testAWrongRowCountIsRefusedWithAClearMessage() throws {
        var json = try RouteFixtures.json("route-sheets")
        var sheets = json["sheets"] as! [String: Any]
        var master = sheets["master"] as! [String: Any]
        master["rows"] = (master["rows"] as! [Any]).dropLast().map { $0 }
        sheets["master"] = master
        json["sheets"] = sheets
        let data = try JSONSerialization.data(withJSONObject: json)
        XCTAssertThrowsError(try RouteSheetTemplate.decode(data, origin: "short.json")) { error in
            guard case let DamuError.template(message) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(message.contains("short.json"), message)
            XCTAssertTrue(message.contains("master"), message)
            XCTAssertTrue(message.contains("10, expected 11"), message)
        }
    }

    func testAMissingSheetAWrongTableOrAWrongScaleIsRefused() throws {
        func refused(_ change: (inout [String: Any]) -> Void, _ fragment: String) throws {
            var json = try RouteFixtures.json("route-sheets")
            change(&json)
            let data = try JSONSerialization.data(withJSONObject: json)
            XCTAssertThrowsError(try RouteSheetTemplate.decode(data, origin: "x.json")) { error in
                guard case let DamuError.template(message) = error else { return XCTFail("\(error)") }
                XCTAssertTrue(message.contains(fragment), message)
            }
        }
        try refused({ json in
            var sheets = json["sheets"] as! [String: Any]
            sheets["expert"] = nil
            json["sheets"] = sheets
        }, "expert")
        try refused({ json in
            var sheets = json["sheets"] as! [String: Any]
            var master = sheets["master"] as! [String: Any]
            master["table"] = 12
            sheets["master"] = master
            json["sheets"] = sheets
        }, "12, expected 13")
        try refused({ json in
            var marks = json["marks"] as! [[String: Any]]
            marks[1]["symbol"] = "+"
            json["marks"] = marks
        }, "expected + ± −")
        try refused({ json in json["id"] = "lesson-self-analysis" }, "route-sheets")
        XCTAssertThrowsError(try RouteSheetTemplate.decode(Data("{}".utf8), origin: "empty.json")) { error in
            guard case DamuError.template = error else { return XCTFail("\(error)") }
        }
    }

    func testCatalogAndSnapshot() throws {
        let catalog = try RouteFixtures.catalog()
        XCTAssertEqual(catalog.current, template)
        XCTAssertEqual(catalog.template(version: 1), template)
        XCTAssertNil(catalog.template(version: 2))
        XCTAssertThrowsError(try RouteSheetCatalog.load(dataDirectory: URL(fileURLWithPath: "/nonexistent"))) { error in
            guard case let DamuError.template(message) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(message.contains("route-sheets"), message)
        }
        let snapshot = try template.snapshotJSON()
        XCTAssertEqual(try template.snapshotJSON(), snapshot)
        XCTAssertEqual(try RouteSheetTemplate.decode(snapshot, origin: "snapshot"), template)
    }
}
