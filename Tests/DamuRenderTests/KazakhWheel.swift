import DamuRender
import Foundation

/// The sector names of the shipped lesson self-analysis template, in Kazakh: the longest labels
/// the wheel has to fit.
enum KazakhWheel {
    static let sectorNames: [String] = names(in: "kk")

    /// The template's sector names in `language` (kk, ru, en).
    static func names(in language: String) -> [String] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("data/templates/lesson-self-analysis.v1.json")
        struct Template: Decodable {
            struct Wheel: Decodable { struct Sector: Decodable { let name: [String: String] }; let sectors: [Sector] }
            let wheel: Wheel
        }
        let data = try! Data(contentsOf: url)
        return try! JSONDecoder().decode(Template.self, from: data).wheel.sectors.map { $0.name[language]! }
    }

    static let scores: [Int?] = [7, 5, 8, 9, 6, 4, 8, 3]
    static let before: [Int?] = [5, 5, 6, 9, 7, 2, 6, 3]

    static func picture(scores: [Int?] = scores, overlay: [Int?]? = nil, title: String? = nil) -> WheelPicture {
        WheelPicture(
            sectorNames: sectorNames, scores: scores, overlayScores: overlay, title: title,
            subtitle: title == nil ? nil : "Алгебра, 8 «Ә» сынып · 2025-03-14", showChanges: overlay != nil)
    }
}
