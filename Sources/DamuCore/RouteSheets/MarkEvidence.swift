import Foundation

/// What a teacher points to when marking a row: a note, a file on the PC (a plan, a certificate
/// scan) or a web link (a publication, a video of an open lesson).
public struct MarkEvidence: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, CaseIterable, Sendable {
        case text, path, link
    }

    public var kind: Kind
    public var value: String

    public init(kind: Kind, value: String) {
        self.kind = kind
        self.value = value
    }

    public static func text(_ value: String) -> MarkEvidence { MarkEvidence(kind: .text, value: value) }
    public static func path(_ value: String) -> MarkEvidence { MarkEvidence(kind: .path, value: value) }
    public static func link(_ value: String) -> MarkEvidence { MarkEvidence(kind: .link, value: value) }

    /// Trimmed and checked; `field` names the row in the message.
    public func validated(field: String) throws -> MarkEvidence {
        switch kind {
        case .text:
            let text = try TextRules.paragraph(value, field: field)
            guard !text.isEmpty else { throw DamuError.invalid(field: field, message: tr("the evidence note is empty")) }
            return .text(text)
        case .path:
            return .path(try TextRules.line(value, field: field, required: true))
        case .link:
            let link = try TextRules.line(value, field: field, required: true)
            // Only web links: a link is opened by the desktop, and file: or javascript: ones should not be.
            guard let url = URL(string: link), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
                  let host = url.host, !host.isEmpty
            else {
                throw DamuError.invalid(field: field, message: String(format: tr("“%@” is not a web link"), link))
            }
            return .link(link)
        }
    }
}
