internal import CYAML

/// Owns a libyaml `yaml_parser_t` and the one event it fills, and frees both when it goes away.
///
/// The parser reads straight from the caller's buffer, which must outlive it: create it inside a
/// `withUnsafeBufferPointer` block and do not let it escape. All C stays behind this class and
/// ``LibYAMLError``; the rest of DGLintYAML sees Swift values.
final class LibYAMLParser {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    /// The current event, valid until the next call to ``next()``.
    let event: UnsafeMutablePointer<yaml_event_t>
    private var holdsEvent = false
    private let initialized: Bool

    /// Prepares a parser over UTF-8 `input` (without a byte-order mark).
    init(input: UnsafeBufferPointer<UInt8>) {
        parser = .allocate(capacity: 1)
        event = .allocate(capacity: 1)
        initialized = yaml_parser_initialize(parser) != 0
        if initialized, let base = input.baseAddress {
            yaml_parser_set_input_string(parser, base, input.count)
            yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        }
    }

    deinit {
        if holdsEvent { yaml_event_delete(event) }
        if initialized { yaml_parser_delete(parser) }
        event.deallocate()
        parser.deallocate()
    }

    /// Parses the next event into ``event``.
    /// - Returns: the event's type, or the parser's error.
    func next() -> Result<yaml_event_type_t, LibYAMLError> {
        if holdsEvent {
            yaml_event_delete(event)
            holdsEvent = false
        }
        guard initialized else { return .failure(LibYAMLError(kind: .memory)) }
        guard yaml_parser_parse(parser, event) != 0 else { return .failure(LibYAMLError(parser.pointee)) }
        holdsEvent = true
        return .success(event.pointee.type)
    }
}

/// A libyaml error, copied out of the parser before it is freed.
struct LibYAMLError: Error {
    enum Kind {
        case memory, reader, scanner, parser, other
    }

    var kind: Kind
    /// What went wrong, in libyaml's words ("found character that cannot start any token").
    var problem: String = ""
    /// For reader errors: the byte offset of the bad input; otherwise the character index.
    var problemOffset: Int = 0
    /// For reader errors: the offending byte or code point, or -1.
    var problemValue: Int = -1
    var problemMark = Mark()
    /// The construct being read when it went wrong ("while scanning a simple key"), if any.
    var context: String?
    var contextMark = Mark()

    /// A libyaml mark: character index, 0-based line and column.
    struct Mark {
        var index = 0
        var line = 0
        var column = 0

        init() {}

        init(_ mark: yaml_mark_t) {
            index = Int(mark.index)
            line = Int(mark.line)
            column = Int(mark.column)
        }
    }

    init(kind: Kind) {
        self.kind = kind
    }

    init(_ parser: yaml_parser_t) {
        switch parser.error {
        case YAML_MEMORY_ERROR: kind = .memory
        case YAML_READER_ERROR: kind = .reader
        case YAML_SCANNER_ERROR: kind = .scanner
        case YAML_PARSER_ERROR: kind = .parser
        default: kind = .other
        }
        if let problem = parser.problem { self.problem = String(cString: problem) }
        problemOffset = Int(parser.problem_offset)
        problemValue = Int(parser.problem_value)
        problemMark = Mark(parser.problem_mark)
        if let context = parser.context { self.context = String(cString: context) }
        contextMark = Mark(parser.context_mark)
    }
}
