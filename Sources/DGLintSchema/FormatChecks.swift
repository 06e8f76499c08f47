/// The `format` values dglint can assert (when ``SchemaOptions/assertFormat`` is on); other formats stay
/// annotations.
enum FormatName: String, Sendable, CaseIterable {
    case date
    case dateTime = "date-time"
    case email, uri, ipv4, ipv6, uuid

    /// Whether `text` is valid for this format.
    func accepts(_ text: String) -> Bool {
        let s = Array(text.unicodeScalars)
        switch self {
        case .date: return FormatChecks.isDate(s[...])
        case .dateTime: return FormatChecks.isDateTime(s)
        case .email: return FormatChecks.isEmail(s)
        case .uri: return FormatChecks.isURI(s)
        case .ipv4: return FormatChecks.isIPv4(s[...])
        case .ipv6: return FormatChecks.isIPv6(s)
        case .uuid: return FormatChecks.isUUID(s)
        }
    }
}

/// Format checks after RFC 3339 (date, date-time), RFC 5321 (email, without quoted local parts), RFC 3986 (uri),
/// RFC 2673 / RFC 4291 (ipv4, ipv6) and RFC 4122 (uuid). ASCII digits only: `๒๕๖๗` is not a year here.
enum FormatChecks {
    typealias Scalars = ArraySlice<Unicode.Scalar>

    private static func number(_ s: Scalars) -> Int? {
        guard !s.isEmpty, s.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
        return s.reduce(0) { $0 * 10 + Int($1.value - 48) }
    }

    /// `YYYY-MM-DD` with a real day of the month (leap years included).
    static func isDate(_ s: Scalars) -> Bool {
        guard s.count == 10, s[s.startIndex + 4] == "-", s[s.startIndex + 7] == "-",
            let year = number(s.prefix(4)), let month = number(s.dropFirst(5).prefix(2)),
            let day = number(s.suffix(2)), (1...12).contains(month)
        else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
    }

    /// `full-date "T" full-time`, where a leap second (`:60`) must fall at 23:59 UTC.
    static func isDateTime(_ s: [Unicode.Scalar]) -> Bool {
        guard s.count >= 20, isDate(s[0..<10]), s[10] == "T" || s[10] == "t" else { return false }
        let t = s[11...]
        guard t.count >= 9, t[t.startIndex + 2] == ":", t[t.startIndex + 5] == ":",
            let hour = number(t.prefix(2)), let minute = number(t.dropFirst(3).prefix(2)),
            let second = number(t.dropFirst(6).prefix(2)), hour < 24, minute < 60, second <= 60
        else { return false }
        var rest = t.dropFirst(8)
        if rest.first == "." {
            let digits = rest.dropFirst().prefix { ("0"..."9").contains($0) }
            guard !digits.isEmpty else { return false }
            rest = rest.dropFirst(1 + digits.count)
        }
        var offset = 0
        if rest.count == 1, rest.first == "Z" || rest.first == "z" {
            offset = 0
        } else if rest.count == 6, rest.first == "+" || rest.first == "-", rest[rest.startIndex + 3] == ":",
            let h = number(rest.dropFirst().prefix(2)), let m = number(rest.suffix(2)), h < 24, m < 60
        {
            offset = (rest.first == "+" ? 1 : -1) * (h * 60 + m)
        } else {
            return false
        }
        guard second == 60 else { return true }
        let utc = ((hour * 60 + minute - offset) % 1440 + 1440) % 1440
        return utc == 23 * 60 + 59
    }

    /// `local@domain`: a dot-atom local part and a host name or a bracketed IP literal.
    static func isEmail(_ s: [Unicode.Scalar]) -> Bool {
        guard let at = s.lastIndex(of: "@"), at > 0, at < s.count - 1 else { return false }
        let local = s[..<at]
        if local.count >= 2, local.first == "\"", local.last == "\"" {
            return isQuotedLocalPart(local.dropFirst().dropLast()) && isEmailDomain(s[(at + 1)...])
        }
        let atext = "!#$%&'*+-/=?^_`{|}~"
        let localOK =
            local.first != "." && local.last != "."
            && !zip(local, local.dropFirst()).contains { $0 == "." && $1 == "." }
            && local.allSatisfy {
                $0.isASCIILetter || ("0"..."9").contains($0) || $0 == "." || atext.unicodeScalars.contains($0)
            }
        return localOK && isEmailDomain(s[(at + 1)...])
    }

    /// The inside of a quoted local part: printable ASCII, with `"` and `\` escaped by a backslash.
    private static func isQuotedLocalPart(_ s: Scalars) -> Bool {
        var escaped = false
        for c in s {
            guard (0x20...0x7E).contains(c.value) else { return false }
            if escaped {
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else if c == "\"" {
                return false
            }
        }
        return !escaped
    }

    /// A host name or a bracketed IPv4 or `IPv6:` literal.
    private static func isEmailDomain(_ domain: Scalars) -> Bool {
        if domain.first == "[", domain.last == "]" {
            let inner = domain.dropFirst().dropLast()
            if inner.starts(with: "IPv6:".unicodeScalars) { return isIPv6(Array(inner.dropFirst(5))) }
            return isIPv4(inner)
        }
        return isHostname(domain)
    }

    /// Dot-separated labels of letters, digits and inner hyphens, each 1–63 long.
    static func isHostname(_ s: Scalars) -> Bool {
        guard !s.isEmpty, s.count <= 253 else { return false }
        return s.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { label in
            (1...63).contains(label.count) && label.first != "-" && label.last != "-"
                && label.allSatisfy { $0.isASCIILetter || ("0"..."9").contains($0) || $0 == "-" }
        }
    }

    /// An absolute URI: a scheme, URI characters and well-formed `%HH` escapes, an authority with a numeric port
    /// and brackets only around an IP literal host.
    static func isURI(_ s: [Unicode.Scalar]) -> Bool {
        guard let colon = s.firstIndex(of: ":"), colon > 0, s[0].isASCIILetter,
            s[..<colon].allSatisfy({ $0.isASCIILetter || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0) }
            )
        else { return false }
        var rest = s[(colon + 1)...]
        guard hasOnlyURICharacters(rest) else { return false }
        if rest.starts(with: "//".unicodeScalars) {
            let authority = rest.dropFirst(2).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
            guard isAuthority(authority) else { return false }
            rest = rest.dropFirst(2 + authority.count)
        }
        return !rest.contains("[") && !rest.contains("]")
    }

    private static func hasOnlyURICharacters(_ s: Scalars) -> Bool {
        let allowed = "-._~:/?#[]@!$&'()*+,;="
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            if c == "%" {
                guard i + 2 < s.endIndex, s[i + 1].properties.isASCIIHexDigit, s[i + 2].properties.isASCIIHexDigit
                else { return false }
                i += 3
                continue
            }
            guard c.isASCIILetter || ("0"..."9").contains(c) || allowed.unicodeScalars.contains(c) else { return false }
            i += 1
        }
        return true
    }

    /// `[userinfo@]host[:port]`, the host a name or a bracketed IPv6 literal.
    private static func isAuthority(_ authority: Scalars) -> Bool {
        var hostPort = authority
        if let at = authority.lastIndex(of: "@") {
            let userinfo = authority[..<at]
            guard !userinfo.contains(where: { "[]@".unicodeScalars.contains($0) }) else { return false }
            hostPort = authority[(at + 1)...]
        }
        var port: Scalars
        if hostPort.first == "[" {
            guard let close = hostPort.firstIndex(of: "]"), isIPv6(Array(hostPort[(hostPort.startIndex + 1)..<close]))
            else { return false }
            port = hostPort[(close + 1)...]
        } else {
            let host = hostPort.prefix { $0 != ":" }
            guard !host.contains("["), !host.contains("]") else { return false }
            port = hostPort.dropFirst(host.count)
        }
        guard let first = port.first else { return true }
        return first == ":" && port.dropFirst().allSatisfy { ("0"..."9").contains($0) }
    }

    /// Four decimal octets 0–255 without leading zeros.
    static func isIPv4(_ s: Scalars) -> Bool {
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4
            && parts.allSatisfy { part in
                guard part.count <= 3, let value = number(part) else { return false }
                return value <= 255 && (part.count == 1 || part.first != "0")
            }
    }

    /// Eight groups of 1–4 hex digits, `::` standing for one or more zero groups, optionally ending in IPv4.
    static func isIPv6(_ s: [Unicode.Scalar]) -> Bool {
        guard !s.isEmpty, s.count <= 45 else { return false }
        var halves: [Scalars] = []
        var start = 0
        var i = 0
        while i < s.count {
            if s[i] == ":", i + 1 < s.count, s[i + 1] == ":" {
                halves.append(s[start..<i])
                i += 2
                start = i
            } else {
                i += 1
            }
        }
        halves.append(s[start...])
        guard halves.count <= 2 else { return false }
        var groups = 0
        for (index, half) in halves.enumerated() where !half.isEmpty {
            let parts = half.split(separator: ":", omittingEmptySubsequences: false)
            for (n, part) in parts.enumerated() {
                if index == halves.count - 1, n == parts.count - 1, part.contains(".") {
                    guard isIPv4(part) else { return false }
                    groups += 2
                } else {
                    guard (1...4).contains(part.count), part.allSatisfy(\.properties.isASCIIHexDigit) else {
                        return false
                    }
                    groups += 1
                }
            }
        }
        return halves.count == 2 ? groups <= 7 : groups == 8
    }

    /// `8-4-4-4-12` hex digits.
    static func isUUID(_ s: [Unicode.Scalar]) -> Bool {
        guard s.count == 36 else { return false }
        return s.indices.allSatisfy { i in
            [8, 13, 18, 23].contains(i) ? s[i] == "-" : s[i].properties.isASCIIHexDigit
        }
    }
}
