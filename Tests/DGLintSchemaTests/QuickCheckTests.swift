import DGLintModel
import DGLintTestSupport
import DGLintYAML
import Foundation
import Testing

@testable import DGLintSchema

/// One run of an evaluation: whether valid, what it reported, and the steps it left.
private struct Run: Equatable {
    var valid: Bool
    var violations: [Seen]
    var steps: Int
}

private func run(_ schema: JSONSchema, _ instance: Value, failFast: Bool, quick: Bool) -> Run {
    var evaluation = Evaluation(program: schema.program, failFast: failFast, instance: instance)
    evaluation.quickChecks = quick
    let valid = evaluation.run()
    return Run(valid: valid, violations: evaluation.result.map(Seen.init), steps: evaluation.steps)
}

/// Validates `instance` with and without quick checks, failing fast and not: the outcomes, the violations (with
/// their messages, instance and keyword paths) and the steps left must be the same.
private func expectSameWithQuickChecks(
    _ schema: JSONSchema, _ instance: Value, sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    for failFast in [false, true] {
        let full = run(schema, instance, failFast: failFast, quick: false)
        let quick = run(schema, instance, failFast: failFast, quick: true)
        #expect(quick == full, "failFast: \(failFast)", sourceLocation: sourceLocation)
    }
}

/// A schema and an instance for the quick check.
struct QuickCase: CustomTestStringConvertible, Sendable {
    var schema: String
    var instance: String

    var testDescription: String { "\(schema) ← \(instance)" }
}

/// The quick check (``Evaluation/quick(_:_:length:depth:spent:)``) settles what it can as failing fast would, and
/// counts the steps that evaluation takes: a violation found in a probe costs the length of the keyword path it
/// would have, so a wrong count shows as a different number of steps left.
@Suite struct QuickCheckTests {
    static let cases: [QuickCase] = [
        // Probes that fail at different depths of the keyword path, through references, allOf and properties.
        QuickCase(
            schema: ##"{"$defs": {"t": {"anyOf": [{"type": "string"}, {"type": "object", "minProperties": 1}]}},"##
                + ##" "properties": {"a": {"$ref": "#/$defs/t"}, "b": {"allOf": [{"$ref": "#/$defs/t"}]}}}"##,
            instance: #"{"a": {"x": 1}, "b": {"y": 2}, "c": 3}"#),
        QuickCase(
            schema: ##"{"$defs": {"t": {"anyOf": [{"type": "string"}, {"type": "object", "minProperties": 1}]}},"##
                + ##" "properties": {"a": {"$ref": "#/$defs/t"}, "b": {"allOf": [{"$ref": "#/$defs/t"}]}}}"##,
            instance: #"{"a": {}, "b": 2}"#),
        // propertyNames, additionalProperties and patterns it skips.
        QuickCase(
            schema: #"{"propertyNames": {"pattern": "^[a-z]+$"}, "additionalProperties": {"type": "integer"}}"#,
            instance: #"{"ab": 1, "cd": 2}"#),
        QuickCase(
            schema: #"{"propertyNames": {"pattern": "^[a-z]+$"}, "additionalProperties": {"type": "integer"}}"#,
            instance: #"{"ab": 1, "C": "x"}"#),
        QuickCase(
            schema: #"{"anyOf": [{"propertyNames": {"maxLength": 1}}, {"additionalProperties": false}]}"#,
            instance: #"{"ab": 1}"#),
        // required (one report when failing fast) and dependentRequired (every name missing, even then).
        QuickCase(
            schema: #"{"anyOf": [{"required": ["a", "b", "c"]}, {"dependentRequired": {"x": ["y", "z"]}}]}"#,
            instance: #"{"x": 1}"#),
        QuickCase(
            schema: #"{"anyOf": [{"required": ["a", "b", "c"]}, {"dependentRequired": {"x": ["y", "z"]}}]}"#,
            instance: #"{"a": 1, "b": 2, "c": 3}"#),
        // Items after a prefix, false schemas, enum, const and bounds.
        QuickCase(
            schema: #"{"prefixItems": [{"const": 1}, {"enum": ["a", "b"]}], "items": {"maximum": 3}}"#,
            instance: #"[1, "b", 2, 3]"#),
        QuickCase(
            schema: #"{"prefixItems": [{"const": 1}, {"enum": ["a", "b"]}], "items": false}"#,
            instance: #"[1, "c", 2]"#),
        QuickCase(
            schema: #"{"items": {"anyOf": [false, {"minLength": 2}, {"type": "number", "exclusiveMinimum": 0}]}}"#,
            instance: #"["ab", 1, "a", -1]"#),
        // Keywords left to the full evaluation, below and beside those the quick check takes.
        QuickCase(
            schema: #"{"properties": {"a": {"oneOf": [{"type": "string"}, {"minLength": 1}]}}, "required": ["a"]}"#,
            instance: #"{"a": "x"}"#),
        QuickCase(
            schema: #"{"properties": {"a": {"type": "object"}}, "unevaluatedProperties": {"type": "integer"}}"#,
            instance: #"{"a": {}, "b": 1, "c": "x"}"#),
        QuickCase(
            schema: #"{"items": {"if": {"type": "string"}, "then": {"minLength": 2}, "else": {"not": {"const": 0}}}}"#,
            instance: #"["ab", "a", 1, 0]"#),
    ]

    @Test(arguments: cases)
    func sameAsTheFullEvaluation(_ example: QuickCase) throws {
        expectSameWithQuickChecks(try compile(example.schema), try json(example.instance))
    }

    /// A valid instance is settled by one quick check of the root, which counts the steps the full evaluation
    /// takes.
    @Test func validInstanceIsSettledAtTheRoot() throws {
        let schema = try compile(
            ##"{"$defs": {"t": {"anyOf": [{"type": "string"}, {"type": "object"}]}}, "items": {"$ref": "#/$defs/t"}}"##)
        let instance = try json(#"[{"a": 1}, "b", {}]"#)
        let evaluation = Evaluation(program: schema.program, failFast: false, instance: instance)
        var spent = 0
        #expect(evaluation.quick(schema.program.root, instance, length: 0, depth: 0, spent: &spent) == .valid)
        let full = run(schema, instance, failFast: false, quick: false)
        #expect(full.valid)
        #expect(spent == Evaluation.baseSteps - full.steps)
        // The root, three items, three references, and the probes: for each object two schemas and the type
        // violation at `/items/$ref/anyOf` (a keyword path of three steps and the keyword: 3 + 2); for the string one.
        #expect(spent == 1 + 3 + 3 + 2 * (2 + 5) + 1)
    }

    /// The proposal schema over the example proposals, each also with one node at a time replaced by a value of
    /// another type: the same reports and steps with quick checks as without.
    @Test func proposalsWithFaults() throws {
        let root = DGLintExecutable.packageRoot
        let text = try String(contentsOfFile: root + "/rules/proposal/proposal.schema.json", encoding: .utf8)
        let schema = try JSONSchema.compile(try json(text))
        let folder = root + "/fixtures/proposals"
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }
            .sorted()
        #expect(files.count >= 5)
        for file in files {
            let source = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            let proposal = try #require(try YAMLLoader().load(source, file: file).first?.value)
            expectSameWithQuickChecks(schema, proposal)
            let count = Evaluation.nodeCount(proposal)
            for target in stride(from: 1, to: count, by: 5) {
                var seen = 0
                expectSameWithQuickChecks(schema, replacing(target, in: proposal, seen: &seen))
            }
        }
    }
}

/// `value` with its node number `target` (in document order, `value` being number `seen`) replaced by a value of
/// another type.
private func replacing(_ target: Int, in value: Value, seen: inout Int) -> Value {
    let number = seen
    seen += 1
    if number == target {
        switch value {
        case .string: return 7
        case .int, .double: return "seven"
        case .bool: return "yes"
        case .null: return []
        case .array: return ["a": 1]
        case .object: return [1, 2]
        }
    }
    switch value {
    case .array(let elements):
        var elements = elements
        for index in elements.indices { elements[index] = replacing(target, in: elements[index], seen: &seen) }
        return .array(elements)
    case .object(let object):
        var members = object.members
        for index in members.values.indices {
            members.values[index] = replacing(target, in: members.values[index], seen: &seen)
        }
        return .object(members)
    default:
        return value
    }
}
