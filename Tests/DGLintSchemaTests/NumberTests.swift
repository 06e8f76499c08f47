import DGLintModel
import DGLintSchema
import Testing

/// Numbers compare and divide exactly, whether written as integers or decimals.
@Test(arguments: [
    (#"{"multipleOf": 0.0001}"#, "0.0075", true),
    (#"{"multipleOf": 0.0001}"#, "0.00751", false),
    (#"{"multipleOf": 0.01}"#, "4500000.50", true),
    (#"{"multipleOf": 0.123456789}"#, "1e308", false),
    (#"{"multipleOf": 0.5}"#, "1e308", true),
    (#"{"multipleOf": 1e-8}"#, "12391239123", true),
    (#"{"maximum": 9007199254740992}"#, "9007199254740993", false),
    (#"{"minimum": 0.5}"#, "0", false),
    (#"{"type": "integer"}"#, "1.0", true),
    (#"{"type": "integer"}"#, "1.5", false),
    (#"{"const": 1}"#, "1.0", true),
    (#"{"const": {"a": [1, "x"], "b": null}}"#, #"{"b": null, "a": [1.0, "x"]}"#, true),
    (#"{"const": "\u00e9"}"#, #""e\u0301""#, false),
    (#"{"enum": [false]}"#, "0", false),
])
func numericAndEquality(_ schema: String, _ instance: String, _ valid: Bool) throws {
    #expect(try compile(schema).isValid(try json(instance)) == valid)
}
