extension String {
    /// The string without leading and trailing white space (spaces, tabs, newlines), without Foundation.
    ///
    /// A string that neither starts nor ends with white space — most of those a proposal holds — is returned
    /// as it is, without building a copy.
    public var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let head = scalars.first, let tail = scalars.last else { return "" }
        if !head.isSpace && !tail.isSpace { return self }
        guard let first = scalars.firstIndex(where: { !$0.isSpace }),
            let last = scalars.lastIndex(where: { !$0.isSpace })
        else { return "" }
        return String(scalars[first...last])
    }

    /// Whether the string is empty or all white space — what ``trimmingSpaces`` leaves empty — decided at the
    /// first scalar that is not a space, without making the trimmed copy.
    public var isBlank: Bool {
        !unicodeScalars.contains { !$0.isSpace }
    }
}

extension Unicode.Scalar {
    /// Whether the scalar is white space (Unicode's `White_Space`), decided without a property look-up for
    /// ASCII, whose white space is the tab, line feed, vertical tab, form feed, carriage return and space.
    var isSpace: Bool {
        if isASCII { return value == 0x20 || (0x09...0x0D).contains(value) }
        return properties.isWhitespace
    }
}
