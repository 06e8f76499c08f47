import DGLintModel
import DGLintYAML
import Testing

/// The value of a one-document YAML text, or nil when it fails to load.
func loadValue(_ text: String) -> Value? {
    guard let documents = try? YAMLLoader().load(text, file: "test.yaml"), documents.count == 1 else { return nil }
    return documents[0].value
}

/// The diagnostic a YAML text fails with, or nil when it loads.
func loadError(_ text: String, limits: YAMLLoader.Limits = .init()) -> Diagnostic? {
    do {
        _ = try YAMLLoader(limits: limits).load(text, file: "test.yaml")
        return nil
    } catch {
        return error
    }
}

@Suite("Core-schema scalars")
struct ScalarTests {
    static let cases: [(String, Value)] = [
        // Null
        ("~", .null), ("null", .null), ("Null", .null), ("NULL", .null), ("[]", []), ("''", ""),
        ("nULL", "nULL"), ("'null'", "null"), ("\"~\"", "~"),
        // Booleans: only true/false spellings; YAML 1.1 words stay strings.
        ("true", true), ("True", true), ("TRUE", true), ("false", false), ("False", false), ("FALSE", false),
        ("tRUE", "tRUE"), ("yes", "yes"), ("no", "no"), ("on", "on"), ("off", "off"), ("y", "y"), ("n", "n"),
        ("Y", "Y"), ("N", "N"), ("Yes", "Yes"), ("NO", "NO"), ("\"true\"", "true"),
        // Integers
        ("0", 0), ("123", 123), ("-17", -17), ("+17", 17), ("007", 7), ("0x1F", 31), ("0xff", 255), ("0o17", 15),
        ("0o8", "0o8"), ("0xG", "0xG"), ("-0x1F", "-0x1F"), ("'123'", "123"), ("\"42\"", "42"),
        ("9223372036854775807", .int(Int.max)), ("-9223372036854775808", .int(Int.min)),
        ("9223372036854775808", .double(9_223_372_036_854_775_808)),
        ("0xFFFFFFFFFFFFFFFFF", .double(295_147_905_179_352_825_856)),
        ("1_000", "1_000"),
        // Floats
        ("1.5", 1.5), ("-1.5", -1.5), ("1e3", .double(1000)), ("1E3", .double(1000)), ("1.5e-3", 0.0015),
        (".5", 0.5), ("1.", 1.0), ("+.5e+2", 50.0), (".inf", .double(.infinity)), (".Inf", .double(.infinity)),
        (".INF", .double(.infinity)), ("-.inf", .double(-.infinity)), ("+.inf", .double(.infinity)),
        (".", "."), ("1e", "1e"), ("e3", "e3"), ("1.2.3", "1.2.3"), ("-.nan", "-.nan"), (".infinity", ".infinity"),
        // Core schema has no timestamps, and Thai digits are text.
        ("2568-10-01", "2568-10-01"), ("๒๕๖๙", "๒๕๖๙"), ("12:30", "12:30"),
        // Block and quoted scalars are strings whatever they say.
        ("|\n  123\n", "123\n"), (">-\n  true\n", "true"), ("'~'", "~"),
        // Tags win.
        ("!!str 123", "123"), ("!!str true", "true"), ("!!str", ""), ("!!int '42'", 42), ("!!int 0x10", 16),
        ("!!float 1", 1.0), ("!!float '2.5'", 2.5), ("!!bool \"true\"", true), ("!!null ''", .null),
        ("! 123", "123"), ("!!map {a: 1}", ["a": 1]), ("!!seq [1]", [1]), ("! {a: 1}", ["a": 1]),
    ]

    @Test("plain and quoted scalars resolve as the core schema says", arguments: cases)
    func resolves(text: String, expected: Value) {
        let value = loadValue(text)
        #expect(value == expected)
        #expect(value?.kind == expected.kind, "kind of \(text)")
    }

    @Test("an empty plain value is null, and a key's text is kept as written")
    func emptyAndKeys() {
        #expect(
            loadValue("a:\nb: ~\n2569: x\n0x10: y\ntrue: z") == [
                "a": nil, "b": nil, "2569": "x", "0x10": "y", "true": "z",
            ])
    }

    @Test("NaN spellings are NaN", arguments: [".nan", ".NaN", ".NAN", "!!float .nan"])
    func notANumber(text: String) {
        #expect(loadValue(text)?.doubleValue?.isNaN == true)
    }

    @Test("-0 is the integer zero, and -0.0 a negative zero double")
    func negativeZero() {
        #expect(loadValue("-0")?.kind == .integer)
        let double = loadValue("-0.0")?.doubleValue
        #expect(double == 0 && double?.sign == .minus)
    }

    @Test(
        "a tag that does not fit its text is an error at the scalar",
        arguments: [
            ("a: !!int abc", "'abc' is tagged !!int but is not an integer"),
            ("a: !!float x1", "'x1' is tagged !!float but is not a number"),
            ("a: !!bool yes", "'yes' is tagged !!bool but is not `true` or `false`"),
            ("a: !!null 0", "'0' is tagged !!null but is not null"),
            ("a: !!map x", "'x' is tagged !!map but is not a mapping, not a scalar"),
            ("a: !!seq {b: 1}", "is tagged !!seq but is not a sequence, not a mapping"),
        ])
    func tagMismatch(text: String, message: String) {
        let error = loadError(text)
        #expect(error?.code == "yaml.tag")
        #expect(error?.message.contains(message) == true, "\(error?.message ?? "no error")")
        #expect(error?.location?.range?.start == SourcePosition(line: 1, column: 4, offset: 3))
    }

    @Test(
        "unsupported tags are errors that ask to remove them",
        arguments: ["!!binary aGk=", "!custom x", "!!timestamp 2001-12-14", "!!set {a}", "!<tag:x.org:y> 1"])
    func unsupportedTag(text: String) {
        let error = loadError(text)
        #expect(error?.code == "yaml.tag")
        #expect(error?.message.contains("is not supported; remove it") == true)
    }
}
