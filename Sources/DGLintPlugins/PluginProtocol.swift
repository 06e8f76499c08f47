import DGLintModel
import OrderedCollections

/// The messages of the plugin protocol, version 1 (docs/plugins.md): JSON, one object per line, UTF-8.
///
/// - dglint → plugin, once: `{"dglint": 1, "pack": "thai-address", "functions": ["thai-province"]}`
/// - plugin → dglint: `{"protocol": 1, "functions": ["thai-province"]}` (it must list every function asked for)
/// - dglint → plugin, per call:
///   `{"id": 7, "function": "thai-province", "target": …, "options": {…}, "path": "$['agency']"}`
///   (`target` is null for a missing field, which also has `"missing": true`)
/// - plugin → dglint: `{"id": 7, "results": [{"message": {"th": …, "en": …}, "path": "$['agency']['x']"}]}`
///   (an empty list when the target passes; `message` may be one string for both languages; `path` is
///   optional and absolute) or `{"id": 7, "error": "a sentence"}`.
public enum PluginProtocol {
    /// The protocol version this dglint speaks.
    public static let version = 1

    static func handshake(pack: String, functions: [String]) -> String {
        let message: Value = [
            "dglint": .int(version), "pack": .string(pack), "functions": .array(functions.map(Value.string)),
        ]
        return message.jsonText()
    }

    /// Why a handshake reply is not acceptable, or nil when it is.
    static func checkHandshake(_ line: [UInt8], functions: [String]) -> String? {
        let value: Value
        do {
            value = try JSONLine.parse(line[...])
        } catch {
            return "the first line is not JSON (\(error)): \(excerpt(line))"
        }
        guard let protocolVersion = value["protocol"]?.intValue else {
            return "the first line has no \"protocol\" version: \(excerpt(line))"
        }
        guard protocolVersion == version else {
            return "it speaks protocol \(protocolVersion), but this dglint speaks protocol \(version)"
        }
        let offered = Set((value["functions"]?.arrayValue ?? []).compactMap(\.stringValue))
        let missing = functions.filter { !offered.contains($0) }
        guard missing.isEmpty else {
            return "it does not provide " + missing.map { "'\($0)'" }.joined(separator: ", ")
                + "; its handshake lists "
                + (offered.isEmpty ? "no functions" : offered.sorted().joined(separator: ", "))
        }
        return nil
    }

    static func request(
        id: Int, function: String, target: Value?, options: [String: Value], path: [PathElement]
    ) -> String {
        var optionMembers = OrderedDictionary<String, Value>()
        for key in options.keys.sorted() { optionMembers[key] = options[key] }
        var message: OrderedDictionary<String, Value> = [
            "id": .int(id), "function": .string(function), "target": target ?? .null,
            "options": .object(optionMembers), "path": .string(PathFormat.normalized(path)),
        ]
        if target == nil { message["missing"] = .bool(true) }
        return Value.object(message).jsonText()
    }

    /// The `results` of a reply to call `id`; a plugin `error` is a non-fatal failure, anything else that
    /// is not a reply is garbage.
    static func reply(_ line: [UInt8], id: Int) -> Result<[Value], PluginFailure> {
        let value: Value
        do {
            value = try JSONLine.parse(line[...])
        } catch {
            return .failure(.garbage("not JSON (\(error)): \(excerpt(line))"))
        }
        guard value.objectValue != nil else { return .failure(.garbage("not a JSON object: \(excerpt(line))")) }
        guard let replyID = value["id"]?.intValue, value["id"]?.isNumber == true else {
            return .failure(.garbage("a reply without an \"id\": \(excerpt(line))"))
        }
        guard replyID == id else {
            return .failure(.garbage("the reply is for call \(replyID), but call \(id) was asked"))
        }
        if let error = value["error"] {
            return .failure(.error(error.stringValue ?? error.jsonText()))
        }
        guard let results = value["results"]?.arrayValue else {
            return .failure(.garbage("a reply with neither \"results\" (a list) nor \"error\": \(excerpt(line))"))
        }
        return .success(results)
    }

    /// The start of a line, for messages.
    static func excerpt(_ line: [UInt8]) -> String {
        let text = String(decoding: line.prefix(120), as: UTF8.self)
        return "'" + text + (line.count > 120 ? "…" : "") + "'"
    }
}
