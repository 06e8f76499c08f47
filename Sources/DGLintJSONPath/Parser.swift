/// A recursive-descent parser for RFC 9535 queries, producing a ``QueryAST``.
///
/// Segments and selectors are parsed here; filter expressions and function calls in
/// `Parser+Filter.swift`, and their type rules in `Parser+Types.swift`.
struct Parser {
    var lexer: Lexer

    init(_ text: String) {
        lexer = Lexer(text)
    }

    /// Parses a whole query starting with `$` (or `@` when `relative`), with nothing after it.
    mutating func parseQuery(relative: Bool) throws(JSONPathError) -> QueryAST {
        let identifier: Unicode.Scalar = relative ? "@" : "$"
        guard lexer.consume(identifier) else {
            if lexer.next(is: "@") {
                throw lexer.error("'@' is only allowed inside a filter; an absolute query starts with '$'")
            }
            if let scalar = lexer.peek(), Lexer.isBlank(scalar) {
                throw lexer.error("a query must not start with whitespace; it starts with '\(identifier)'")
            }
            if relative && lexer.next(is: "$") {
                throw lexer.error("a relative query starts with '@', not '$'")
            }
            throw lexer.error("a query must start with '\(identifier)', found \(lexer.describeNext)")
        }
        let segments = try parseSegments()
        guard lexer.isAtEnd else {
            if let scalar = lexer.peek(), Lexer.isBlank(scalar) {
                throw lexer.error("whitespace is not allowed at the end of a query")
            }
            if lexer.next(is: "@") {
                throw lexer.error("'@' is only allowed inside a filter")
            }
            throw lexer.error("unexpected \(lexer.describeNext); expected '.', '..' or '[' to start a segment")
        }
        return QueryAST(isRelative: relative, segments: segments)
    }

    /// Parses `segments = *(S segment)`, stopping (before any blank space) at anything that does not
    /// start a segment.
    mutating func parseSegments() throws(JSONPathError) -> [Segment] {
        var segments: [Segment] = []
        while true {
            let save = lexer.position
            lexer.skipBlanks()
            if lexer.consume("..") {
                segments.append(try parseDescendant())
            } else if lexer.consume(".") {
                segments.append(try parseDotMember())
            } else if lexer.next(is: "[") {
                let (selectors, hasBlankSpace) = try parseBracketed()
                segments.append(Segment(isDescendant: false, selectors: selectors, hasBlankSpace: hasBlankSpace))
            } else {
                lexer.position = save
                return segments
            }
        }
    }

    /// Parses what follows `..`: a bracketed selection, `*` or a member name.
    private mutating func parseDescendant() throws(JSONPathError) -> Segment {
        if lexer.next(is: "[") {
            return Segment(isDescendant: true, selectors: try parseBracketed().selectors)
        }
        if lexer.consume("*") { return Segment(isDescendant: true, selectors: [.wildcard]) }
        if let scalar = lexer.peek(), Lexer.isNameFirst(scalar) {
            return Segment(isDescendant: true, selectors: [.name(lexer.readMemberName())])
        }
        if let scalar = lexer.peek(), Lexer.isBlank(scalar) {
            throw lexer.error("whitespace is not allowed after '..'")
        }
        throw lexer.error("expected a member name, '*' or '[' after '..', found \(lexer.describeNext)")
    }

    /// Parses what follows a single `.`: `*` or a member name.
    private mutating func parseDotMember() throws(JSONPathError) -> Segment {
        if lexer.consume("*") { return Segment(isDescendant: false, selectors: [.wildcard]) }
        if let scalar = lexer.peek(), Lexer.isNameFirst(scalar) {
            return Segment(isDescendant: false, selectors: [.name(lexer.readMemberName())])
        }
        if let scalar = lexer.peek(), Lexer.isBlank(scalar) {
            throw lexer.error("whitespace is not allowed after '.'")
        }
        if let scalar = lexer.peek(), Lexer.isDigit(scalar) || scalar == "-" {
            throw lexer.error(
                "a member name after '.' cannot start with \(lexer.describeNext); write [\(Character(scalar))…] for an index or ['…'] for such a name"
            )
        }
        if lexer.next(is: "'") || lexer.next(is: "\"") {
            throw lexer.error("a quoted name must be in brackets: write ['name'] instead of .'name'")
        }
        throw lexer.error("expected a member name or '*' after '.', found \(lexer.describeNext)")
    }

    /// Parses `"[" S selector *(S "," S selector) S "]"`; also tells whether there was blank space
    /// around the selectors.
    private mutating func parseBracketed() throws(JSONPathError) -> (selectors: [Selector], hasBlankSpace: Bool) {
        let open = lexer.position
        lexer.position += 1
        var selectors: [Selector] = []
        var hasBlankSpace = false
        while true {
            if lexer.skipBlanks() { hasBlankSpace = true }
            selectors.append(try parseSelector())
            if lexer.skipBlanks() { hasBlankSpace = true }
            if lexer.consume("]") { return (selectors, hasBlankSpace) }
            if lexer.consume(",") { continue }
            if lexer.isAtEnd {
                throw lexer.error("expected ']' to close the bracketed selection opened at offset \(open)")
            }
            throw lexer.error(
                "unexpected \(lexer.describeNext) in the bracketed selection; expected ',' or ']'")
        }
    }

    /// Parses one selector of a bracketed selection.
    private mutating func parseSelector() throws(JSONPathError) -> Selector {
        guard let scalar = lexer.peek() else {
            throw lexer.error("expected a selector and ']' to close the bracketed selection")
        }
        switch scalar {
        case "'", "\"":
            return .name(try lexer.readStringLiteral())
        case "*":
            lexer.position += 1
            return .wildcard
        case "?":
            lexer.position += 1
            lexer.skipBlanks()
            return .filter(Filter(try parseLogicalExpr()))
        case "-", "0"..."9", ":":
            return try parseIndexOrSlice()
        case "@":
            throw lexer.error("'@' is only allowed inside a filter; write [?@...] to filter")
        case "]":
            throw lexer.error("expected a selector before ']'; an empty selection '[]' is not allowed")
        case ",":
            throw lexer.error("expected a selector before ','")
        default:
            throw lexer.error(
                "unexpected \(lexer.describeNext); expected a selector: a quoted name, '*', an index, a slice or a filter '?'"
            )
        }
    }

    /// Parses `int` or `[start S] ":" S [end S] [":" [S step]]`.
    private mutating func parseIndexOrSlice() throws(JSONPathError) -> Selector {
        var start: Int?
        if !lexer.next(is: ":") {
            start = try lexer.readInteger()
            let afterStart = lexer.position
            lexer.skipBlanks()
            guard lexer.next(is: ":") else {
                lexer.position = afterStart
                return .index(start ?? 0)
            }
        }
        lexer.position += 1
        lexer.skipBlanks()
        var end: Int?
        if startsInteger {
            end = try lexer.readInteger()
            lexer.skipBlanks()
        }
        var step: Int?
        if lexer.consume(":") {
            lexer.skipBlanks()
            if startsInteger { step = try lexer.readInteger() }
        }
        return .slice(start: start, end: end, step: step)
    }

    /// Whether an `int` starts at the cursor.
    private var startsInteger: Bool {
        guard let scalar = lexer.peek() else { return false }
        return scalar == "-" || Lexer.isDigit(scalar)
    }
}
