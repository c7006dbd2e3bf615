import XCTest
@testable import DamuCore

final class AlphabeticalOrderTests: XCTestCase {
    private func sorted(_ names: [String]) -> [String] {
        names.sorted(by: AlphabeticalOrder.areInIncreasingOrder)
    }

    func testTheKazakhAlphabetInItsOwnOrder() {
        let alphabet = "А Ә Б В Г Ғ Д Е Ё Ж З И Й К Қ Л М Н Ң О Ө П Р С Т У Ұ Ү Ф Х Һ Ц Ч Ш Щ Ъ Ы І Ь Э Ю Я"
            .split(separator: " ").map(String.init)
        XCTAssertEqual(alphabet.count, 42)
        XCTAssertEqual(sorted(alphabet.reversed()), alphabet)
        XCTAssertEqual(sorted(alphabet.map { $0.lowercased() }.reversed()), alphabet.map { $0.lowercased() })
    }

    func testKazakhNamesWhereOtherOrdersDiffer() {
        // ICU's default order puts І beside И and Ү before Ұ; the Kazakh alphabet does not.
        XCTAssertEqual(
            sorted(["Ілияс", "Үміт", "Ұлан", "Ыбырай", "Игорь", "Әсел", "Айбек", "Ғалым", "Гүлнар", "Бекзат", "Һарун", "Хасен"]),
            ["Айбек", "Әсел", "Бекзат", "Гүлнар", "Ғалым", "Игорь", "Ұлан", "Үміт", "Хасен", "Һарун", "Ыбырай", "Ілияс"])
    }

    func testRussianNamesKeepTheRussianOrder() {
        XCTAssertEqual(
            sorted(["Яковлева", "Щербаков", "Ёлкин", "Егоров", "Эльдаров", "Юсупова", "Жуков", "Абрамова"]),
            ["Абрамова", "Егоров", "Ёлкин", "Жуков", "Щербаков", "Эльдаров", "Юсупова", "Яковлева"])
    }

    func testCaseDoesNotDecideTheOrder() {
        XCTAssertEqual(sorted(["ақерке", "Бота", "Айгүл", "әлия"]), ["Айгүл", "ақерке", "әлия", "Бота"])
        // Names that differ only in case still come in one fixed order.
        XCTAssertEqual(sorted(["айгүл", "Айгүл"]), sorted(["Айгүл", "айгүл"]))
        XCTAssertTrue(AlphabeticalOrder.areInIncreasingOrder("Айгүл", "айгүл") != AlphabeticalOrder.areInIncreasingOrder("айгүл", "Айгүл"))
    }

    func testAWordEndsBeforeALongerOne() {
        XCTAssertEqual(sorted(["Ана", "Ан Болат", "Ан-Ли", "Ан"]), ["Ан", "Ан Болат", "Ан-Ли", "Ана"])
    }

    func testDigitsThenLatinThenCyrillicThenTheRest() {
        XCTAssertEqual(sorted(["Айгүл", "Zhanna", "Ω", "7 Б", "anna", "Β"]), ["7 Б", "anna", "Zhanna", "Айгүл", "Β", "Ω"])
    }
}
