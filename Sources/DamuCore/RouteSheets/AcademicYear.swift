import Foundation

/// A school year in Kazakhstan, 1 September to 31 August, written "2025-2026".
public struct AcademicYear: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// The calendar year the school year starts in.
    public let startYear: Int

    public static let validStartYears = 1900...2199

    public init(startYear: Int) throws {
        guard Self.validStartYears.contains(startYear) else {
            throw DamuError.invalid(
                field: tr("Academic year"), message: String(format: tr("%ld is outside the years Damu accepts (%ld to %ld)"), startYear, Self.validStartYears.lowerBound, Self.validStartYears.upperBound))
        }
        self.startYear = startYear
    }

    /// Parses "2025-2026". The seed's own spelling "2025/2026" and an en dash are accepted too,
    /// because teachers copy the year from printed forms.
    public init(parsing text: String) throws {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(omittingEmptySubsequences: false) { "-/–".contains($0) }
        guard parts.count == 2, parts.allSatisfy({ $0.count == 4 && $0.allSatisfy(\.isASCII) }),
              let first = Int(parts[0]), let second = Int(parts[1])
        else {
            throw DamuError.invalid(
                field: tr("Academic year"),
                message: String(format: tr("“%@” is not an academic year of the form YYYY-YYYY"), text))
        }
        guard second == first + 1 else {
            throw DamuError.invalid(
                field: tr("Academic year"),
                message: String(format: tr("“%@”: the second year must be the year after the first"), text))
        }
        try self.init(startYear: first)
    }

    /// The school year `date` falls in (September–August).
    public init(containing date: LessonDate) {
        // LessonDate's years (1900–2200) give start years 1899–2200; clamp the two ends so
        // firstDay and lastDay stay valid dates.
        startYear = min(max(date.academicYearStart, Self.validStartYears.lowerBound), Self.validStartYears.upperBound)
    }

    public static var current: AcademicYear { AcademicYear(containing: .today) }

    public var endYear: Int { startYear + 1 }
    public var description: String { "\(startYear)-\(endYear)" }
    /// "2025/2026", as printed on the seed's forms.
    public var slashed: String { "\(startYear)/\(endYear)" }

    public var firstDay: LessonDate { try! LessonDate(year: startYear, month: 9, day: 1) }
    public var lastDay: LessonDate { try! LessonDate(year: endYear, month: 8, day: 31) }

    public func contains(_ date: LessonDate) -> Bool { firstDay <= date && date <= lastDay }

    /// The following school year; throws only past the years Damu accepts.
    public func next() throws -> AcademicYear { try AcademicYear(startYear: startYear + 1) }
    public func previous() throws -> AcademicYear { try AcademicYear(startYear: startYear - 1) }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.startYear < rhs.startYear }

    public init(from decoder: Decoder) throws {
        try self.init(parsing: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
