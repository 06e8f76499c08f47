import DGLintModel
import DGLintSchema
import Testing

/// `format` annotates by default: nothing is checked.
@Test func formatIsAnAnnotationByDefault() throws {
    let schema = try compile(#"{"format": "date"}"#)
    #expect(schema.isValid(.string("31/12/2567")))
}

/// Formats dglint asserts, with values that pass and values that fail.
@Test(arguments: [
    ("date", ["2024-02-29", "2567-12-31"], ["2023-02-29", "2024-13-01", "31/12/2567", "๒๕๖๗-๑๒-๓๑"]),
    (
        "date-time", ["2024-10-01T09:30:00+07:00", "1998-12-31T23:59:60Z", "2024-10-01t09:30:00.5z"],
        ["2024-10-01 09:30:00", "2024-10-01T25:00:00Z", "1998-12-31T22:59:60Z"]
    ),
    ("email", ["somchai@dga.or.th", "\"a b\"@example.com"], ["somchai", "a..b@dga.or.th", "@dga.or.th"]),
    ("uri", ["https://www.dga.or.th/th/", "urn:uuid:1234"], ["www.dga.or.th", "https://exa mple.com", "http://x:y/"]),
    ("ipv4", ["192.168.0.1"], ["256.1.1.1", "01.2.3.4", "1.2.3"]),
    ("ipv6", ["::1", "2001:db8::8a2e:370:7334", "::ffff:192.0.2.1"], ["1:2:3:4:5:6:7:8:9", "12345::", ":::"]),
    ("uuid", ["2eb8aa08-aa98-11ea-b4aa-73b441d16380"], ["2eb8aa08aa9811eab4aa73b441d16380", "2eb8aa08-aa98-11ea"]),
])
func formatAssertion(_ format: String, _ good: [String], _ bad: [String]) throws {
    let schema = try compile(#"{"format": "\#(format)"}"#, options: SchemaOptions(assertFormat: true))
    for text in good { #expect(schema.isValid(.string(text)), "\(text) should be a valid \(format)") }
    for text in bad {
        let seen = schema.validate(.string(text)).map(Seen.init)
        #expect(seen.map(\.keyword) == ["format"], "\(text) should not be a valid \(format)")
        #expect(seen.first?.en == "is not a valid \(format)")
        #expect(seen.first?.th == "ไม่อยู่ในรูปแบบ \(format) ที่ถูกต้อง")
    }
    #expect(schema.isValid(42), "format applies to strings only")
}

/// Formats dglint does not check stay annotations even when asserting.
@Test func unknownFormatsAreNotAsserted() throws {
    let schema = try compile(#"{"format": "hostname"}"#, options: SchemaOptions(assertFormat: true))
    #expect(schema.isValid(.string("not a host name!")))
}
