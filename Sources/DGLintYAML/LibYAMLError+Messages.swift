import DGLintModel

/// Turns libyaml's terse errors into diagnostics that say where, what and what to do.
///
/// libyaml's own sentence (`problem`) is kept, so it can be searched for, followed by the construct it was
/// reading (`context`) and its position, and a hint for the mistakes people make most.
extension LibYAMLError {
    /// The diagnostic for this error in `file`, positioned with `tracker`.
    func diagnostic(file: String, tracker: inout PositionTracker) -> Diagnostic {
        switch kind {
        case .memory:
            return Diagnostic(
                code: "yaml.memory", message: "libyaml ran out of memory while reading the file",
                location: SourceLocation(file: file, range: nil))
        case .reader:
            let broken = problem == "invalid trailing UTF-8 octet"
            let position = tracker.position(
                ofByte: broken ? tracker.startOfBrokenSequence(at: problemOffset) : problemOffset)
            return Diagnostic(
                code: "yaml.encoding", message: readerMessage(position: position),
                location: SourceLocation(file: file, range: SourceRange(at: position)))
        case .scanner, .parser, .other:
            // libyaml reports a bad `\u` escape just after the `\u`; point at the backslash instead.
            let back = problem == "found invalid Unicode character escape code" && problemMark.column >= 2 ? 2 : 0
            let position = tracker.position(
                index: problemMark.index - back, line: problemMark.line, column: problemMark.column - back)
            let character = tracker.byte(atMark: problemMark.index)
            var message = problem.isEmpty ? "the YAML is malformed" : problem
            if let context {
                let where_ = tracker.position(
                    index: contextMark.index, line: contextMark.line, column: contextMark.column)
                message += " \(context) that starts at \(where_)"
            }
            if let hint = Self.hint(problem: problem, character: character) { message += "; " + hint }
            return Diagnostic(
                code: "yaml.syntax", message: message,
                location: SourceLocation(file: file, range: SourceRange(at: position)))
        }
    }

    /// The sentence for an encoding problem found by libyaml's reader.
    private func readerMessage(position: SourcePosition) -> String {
        if problem.hasPrefix("control characters") {
            if problemValue == 0 {
                return "the file contains a NUL byte (U+0000), which YAML does not allow; the file may be UTF-16 "
                    + "without a byte-order mark, or not a text file at all: save it as UTF-8 text"
            }
            return "the file contains the control character \(Self.codePoint(problemValue)), which YAML does not "
                + "allow; remove it"
        }
        if problem.contains("UTF-8") || problem.contains("Unicode") {
            let advice =
                "; it may have been saved in another encoding, such as TIS-620 (Windows-874) for Thai: save it as UTF-8"
            if problem == "invalid trailing UTF-8 octet" && problemValue >= 0 {
                return "the file is not valid UTF-8: the character that starts at byte \(position.offset) is broken "
                    + "by the byte \(Self.hexByte(problemValue)) (\(problem))" + advice
            }
            let what = problemValue >= 0 ? " \(Self.hexByte(problemValue))" : ""
            return "the file is not valid UTF-8 (\(problem)\(what) at byte \(position.offset))" + advice
        }
        return "cannot read the file: \(problem) at byte \(position.offset)"
    }

    /// Advice for a libyaml problem, given the byte where it happened.
    static func hint(problem: String, character: UInt8?) -> String? {
        if character == UInt8(ascii: "\t") || problem.hasPrefix("found a tab character") {
            return "YAML does not allow tabs for indentation; use spaces"
        }
        switch problem {
        case "found character that cannot start any token":
            if let character, character == UInt8(ascii: "@") || character == UInt8(ascii: "`") {
                return "'\(Character(Unicode.Scalar(character)))' is reserved in YAML and cannot start a value; "
                    + "put the value in quotes"
            }
            return "put the value in quotes"
        case "mapping values are not allowed in this context":
            return "a ': ' inside a value starts a new key; put the value in quotes, or check the indentation"
        case "did not find expected key":
            return "check the indentation: the keys of one mapping must start in the same column"
        case "did not find expected '-' indicator":
            return "check the indentation: the items of one list must start in the same column"
        case "could not find expected ':'":
            return "a key must be followed by ': '; add the colon, or put the text in quotes"
        case "found unexpected end of stream":
            return "a quoted value is not closed; add the closing quote"
        case "did not find expected ',' or ']'", "did not find expected ',' or '}'":
            return "separate the items with ',' and close the bracket"
        case "found undefined tag handle":
            return "remove the tag; dglint understands only !!str, !!int, !!float, !!bool, !!null, !!map and !!seq"
        case "found unknown escape character":
            return "in double quotes a backslash starts an escape; write '\\\\' for a backslash, or use single quotes"
        case "found invalid Unicode character escape code":
            return "a \\u escape names half of a UTF-16 surrogate pair, or no character; "
                + "write the whole pair (\\ud83d\\ude00) or the character itself"
        case "did not find expected node content":
            return "a value is missing here"
        case "block sequence entries are not allowed in this context":
            return "a '- ' item cannot follow a key on the same line; start the list on the next line, indented"
        default:
            return nil
        }
    }

    private static func codePoint(_ value: Int) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    private static func hexByte(_ value: Int) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "0x" + String(repeating: "0", count: max(0, 2 - hex.count)) + hex
    }
}
