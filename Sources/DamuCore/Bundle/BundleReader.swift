import Foundation

/// Reads a bundle file and checks ALL of it before anything may be imported: the bytes are UTF-8
/// JSON, the format and version are Damu's, every field has its type, every score is 0–10, every
/// text fits, ids are unique and every record's template travels with it. The first problem found
/// is thrown as `DamuError.invalid`, naming the file, the JSON path and what is wrong.
public enum BundleReader {
    /// A year of one teacher's lessons is about a megabyte; anything far beyond is not a bundle.
    public static let maximumFileSize = 64 << 20

    public static func read(contentsOf url: URL) throws -> ImportableBundle {
        let origin = url.lastPathComponent
        if let size = (try? FileStatus(path: url.path))?.size, size > maximumFileSize {
            throw tooLarge(size, origin: origin)
        }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            if (try? FileStatus(path: url.path))?.isDirectory == true {
                throw DamuError.storage(String(format: tr("%@ is a folder; give a bundle file."), url.path))
            }
            throw DamuError.storage(String(format: tr("Cannot read the file %@."), url.path))
        }
        return try read(data, origin: origin)
    }

    public static func read(_ data: Data, origin: String) throws -> ImportableBundle {
        guard data.count <= maximumFileSize else { throw tooLarge(data.count, origin: origin) }
        if let offset = firstInvalidUTF8Byte(in: data) {
            // A letter of two to four bytes whose end is missing at the end of the file: cut short.
            let lead = data[data.startIndex + offset]
            // C2…F4 start a letter of two, three or four bytes; C0, C1 and F5…FF never start one.
            let length = (0xF0...0xF4).contains(lead) ? 4 : lead >= 0xE0 && lead < 0xF0 ? 3 : (0xC2...0xDF).contains(lead) ? 2 : 1
            let rest = data[(data.startIndex + offset + 1)...]
            guard length == 1 || offset + length <= data.count || !rest.allSatisfy({ (0x80...0xBF).contains($0) }) else {
                throw problem(origin, "$", String(format: tr("ends in the middle of a letter: the file was cut short at byte %ld"), data.count))
            }
            throw problem(origin, "$", String(format: tr("is not UTF-8 text: the byte at offset %ld is invalid"), offset))
        }
        let quick = QuickJSON.parse(validUTF8: data)
        let header = try quick.flatMap(Header.init(json:)) ?? decode(Header.self, from: data, origin: origin)
        guard let format = header.format else {
            throw problem(origin, "$.format", tr("is missing: this is not a Damu bundle"))
        }
        guard format == DamuBundle.formatName else {
            throw problem(origin, "$.format", String(
                format: tr("is “%@”, not “%@”: this is not a Damu bundle"), BundleText.excerpt(format), DamuBundle.formatName))
        }
        guard let version = header.version else {
            throw problem(origin, "$.version", tr("is missing"))
        }
        guard version <= DamuBundle.currentVersion else {
            throw problem(origin, "$.version", String(
                format: tr("the file is format version %ld, newer than this Damu reads (up to %ld): update Damu to import it"),
                version, DamuBundle.currentVersion))
        }
        guard version >= 1 else {
            throw problem(origin, "$.version", String(format: tr("must be from 1 to %ld"), DamuBundle.currentVersion))
        }
        // Each older version is read by its own decoder and brought up to the current model here.
        // Version 1 is version 2 without the route kinds (BundleChecks refuses those in a version 1
        // file), so one decoder reads both.
        let bundle: DamuBundle
        switch version {
        default: bundle = try quick.flatMap(DamuBundle.init(quick:)) ?? decode(DamuBundle.self, from: data, origin: origin)
        }
        return try BundleChecks(origin: origin, bundle: bundle).importable()
    }

    /// Only what tells a Damu bundle from another file, read before the rest.
    struct Header: Decodable {
        var format: String?
        var version: Int?
    }

    static func decode<T: Decodable>(_ type: T.Type, from data: Data, origin: String) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = BundleTimestamp.date(text) else {
                throw DecodingError.dataCorruptedError(
                    in: container,
                    debugDescription: String(
                        format: tr("“%@” is not a timestamp like 2025-09-01T08:30:00.000Z"), BundleText.excerpt(text)))
            }
            return date
        }
        do {
            return try decoder.decode(type, from: data)
        } catch let error as DecodingError {
            if case let .dataCorrupted(context) = error, context.codingPath.isEmpty, let misfit = misfitNumber(in: data) {
                throw problem(origin, misfit.path, misfit.message)
            }
            throw describe(error, origin: origin)
        }
    }

    /// Foundation's decoder says only "not valid JSON", and nowhere, when a number does not fit
    /// the whole number its field holds (3.5, or thirty digits). When the file is valid JSON, the
    /// first such number is named with its place; the templates, which may hold any number, are
    /// left out.
    static func misfitNumber(in data: Data) -> (path: String, message: String)? {
        guard let tree = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return nil }
        func find(_ value: Any, _ path: String) -> (path: String, message: String)? {
            switch value {
            case let object as [String: Any]:
                for key in object.keys.sorted() where !(path == "$" && key == "templates") {
                    if let found = find(object[key]!, path + "." + key) { return found }
                }
            case let list as [Any]:
                for (index, item) in list.enumerated() {
                    if let found = find(item, path + "[\(index)]") { return found }
                }
            case let number as NSNumber:
                // "d" a fraction, an exponent or a huge number, "Q" above the largest Int; "c" is
                // true or false. A whole value a double holds exactly (2.0, 1e2) the decoder takes.
                let type = String(cString: number.objCType)
                guard type == "d" || type == "Q" else { return nil }
                let value = number.doubleValue
                let whole = value == value.rounded()
                if type == "d", whole, abs(value) < 9_007_199_254_740_992, !(number is NSDecimalNumber) { return nil }
                let text = BundleText.excerpt(number.stringValue)
                return (path, whole
                    ? String(format: tr("%@ is too large a number"), text)
                    : String(format: tr("must be a whole number, not %@"), text))
            default:
                break
            }
            return nil
        }
        return find(tree, "$")
    }

    static func describe(_ error: DecodingError, origin: String) -> DamuError {
        switch error {
        case let .keyNotFound(key, context):
            return problem(origin, path(context.codingPath + [key]), tr("is missing"))
        case let .typeMismatch(type, context):
            return problem(origin, path(context.codingPath), String(format: tr("must be %@"), kind(of: type)))
        case let .valueNotFound(type, context):
            return problem(origin, path(context.codingPath), String(format: tr("is null; it must be %@"), kind(of: type)))
        case let .dataCorrupted(context) where context.codingPath.isEmpty:
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return problem(origin, "$", String(
                format: tr("is not valid JSON (is the file cut short?): %@"), underlying ?? context.debugDescription))
        case let .dataCorrupted(context) where context.debugDescription.hasPrefix("Attempted to decode UUID"):
            // Foundation's own words, in English only: said again in the teacher's language.
            return problem(origin, path(context.codingPath), tr("is not an id like 910A2DEC-8902-4CC1-BEEB-8DA1658EEC67"))
        case let .dataCorrupted(context) where context.debugDescription.hasPrefix("Cannot initialize "):
            // "Cannot initialize QualificationCategory from invalid String value wizard": a word
            // of a fixed list (a category, a kind of card) that is not on it.
            let value = context.debugDescription.components(separatedBy: " value ").dropFirst().joined(separator: " value ")
            return problem(origin, path(context.codingPath), String(format: tr("“%@” is not one of the words Damu knows here"), BundleText.excerpt(value)))
        case let .dataCorrupted(context):
            return problem(origin, path(context.codingPath), context.debugDescription)
        @unknown default:
            return problem(origin, "$", "\(error)")
        }
    }

    /// `$.records[3].data.wheel`, the way JSON paths are written.
    static func path(_ keys: [any CodingKey]) -> String {
        keys.reduce("$") { path, key in
            if let index = key.intValue { return path + "[\(index)]" }
            return path + "." + key.stringValue
        }
    }

    private static func kind(of type: Any.Type) -> String {
        switch type {
        case is String.Type: return tr("a string")
        case is Int.Type, is Double.Type: return tr("a number")
        case is Bool.Type: return tr("true or false")
        case is [Any].Type, is [String].Type, is [[String]].Type: return tr("a list")
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") { return tr("a list") }
            if name.hasPrefix("Dictionary") { return tr("an object") }
            return tr("an object")
        }
    }

    static func problem(_ origin: String, _ path: String, _ message: String) -> DamuError {
        .invalid(field: "\(origin): \(path)", message: message)
    }

    private static func tooLarge(_ size: Int, origin: String) -> DamuError {
        problem(origin, "$", String(
            format: tr("the file is %ld MB; a Damu bundle is at most %ld MB"), size >> 20, maximumFileSize >> 20))
    }

    /// The offset of the first byte that breaks UTF-8, nil for valid text.
    static func firstInvalidUTF8Byte(in data: Data) -> Int? {
        // The standard library's validation is some fifty times faster than the walk below, which
        // is only needed to find the offset of a byte already known to be wrong.
        if String(validating: data, as: UTF8.self) != nil { return nil }
        var parser = Unicode.UTF8.ForwardParser()
        var bytes = data.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &bytes) {
            case let .valid(scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
