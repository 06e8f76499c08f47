import DGLintModel

/// RFC 6901 JSON pointers: escaping reference tokens and walking a value by a pointer.
enum JSONPointer {
    /// `token` escaped for a pointer: `~` as `~0`, `/` as `~1`.
    static func escape(_ token: String) -> String {
        guard token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return token }
        var out = ""
        for scalar in token.unicodeScalars {
            switch scalar {
            case "~": out += "~0"
            case "/": out += "~1"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The tokens of `pointer` (`""` is the whole document), unescaped; nil when it is not a pointer.
    static func tokens(_ pointer: String) -> [String]? {
        if pointer.isEmpty { return [] }
        guard pointer.hasPrefix("/") else { return nil }
        var tokens: [String] = []
        for raw in pointer.utf8.dropFirst().split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false) {
            guard raw.contains(UInt8(ascii: "~")) else {
                // Most tokens have nothing escaped: take the bytes as they are.
                tokens.append(String(decoding: raw, as: UTF8.self))
                continue
            }
            var token = ""
            var scalars = String(decoding: raw, as: UTF8.self).unicodeScalars.makeIterator()
            while let scalar = scalars.next() {
                guard scalar == "~" else {
                    token.unicodeScalars.append(scalar)
                    continue
                }
                switch scalars.next() {
                case "0": token += "~"
                case "1": token += "/"
                default: return nil
                }
            }
            tokens.append(token)
        }
        return tokens
    }

    /// The pointer made of `tokens`.
    static func pointer(_ tokens: some Sequence<String>) -> String {
        tokens.reduce(into: "") { out, token in out += "/" + escape(token) }
    }

    /// The value `tokens` lead to from `root`, or nil when a step is missing.
    static func value(in root: Value, at tokens: [String]) -> Value? {
        var node = root
        for token in tokens {
            switch node {
            case .object(let members):
                guard let next = members[token] else { return nil }
                node = next
            case .array(let elements):
                guard let index = arrayIndex(token), index < elements.count else { return nil }
                node = elements[index]
            default:
                return nil
            }
        }
        return node
    }

    /// A token as an array index: decimal digits without a leading zero.
    private static func arrayIndex(_ token: String) -> Int? {
        guard let first = token.unicodeScalars.first, token == "0" || first != "0",
            token.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) })
        else { return nil }
        return Int(token)
    }
}
