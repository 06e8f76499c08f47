import DGLintModel
import DGLintSchema
import Foundation
import Synchronization
import Testing

/// Builds a value nested `depth` arrays deep around `inner`, without recursion.
func nestedArrays(_ depth: Int, around inner: Value = .null) -> Value {
    var value = inner
    for _ in 0..<depth { value = .array([value]) }
    return value
}

/// A schema nested 10,000 deep is refused with a compile error, not a crash.
@Test func deeplyNestedSchemaIsRefused() throws {
    var schema: Value = ["type": "null"]
    for _ in 0..<10_000 { schema = ["items": schema] }
    let error = #expect(throws: SchemaError.self) { try JSONSchema.compile(schema) }
    #expect(error?.message.contains("more than 128 deep") == true)
}

/// An instance nested 10,000 deep under a recursive schema stops at the depth limit with one violation.
@Test func deeplyNestedInstanceStopsAtTheLimit() throws {
    let schema = try compile(##"{"$defs": {"tree": {"items": {"$ref": "#/$defs/tree"}}}, "$ref": "#/$defs/tree"}"##)
    let seen = schema.validate(nestedArrays(10_000)).map(Seen.init)
    #expect(seen.count == 1)
    #expect(seen.first?.keyword == "depth")
    #expect(seen.first?.en.contains("more than 128 levels") == true)
    #expect(!schema.isValid(nestedArrays(10_000)))
    #expect(schema.isValid(nestedArrays(40)))
}

/// A reference loop with no progress through the instance is caught by the same limit.
@Test func referenceLoopStops() throws {
    let schema = try compile(
        ##"{"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/a"}}, "$ref": "#/$defs/a"}"##)
    #expect(try violations(schema, "1").map(\.keyword) == ["depth"])
}

/// Validation up to the depth limit fits in 512 KB of stack, the size of a macOS secondary thread (where Swift
/// concurrency and Swift Testing run), even in a debug build: both for a deep instance and for a deep schema
/// checked against the meta-schema.
@Test func depthLimitFitsInASecondaryThreadStack() throws {
    let tree = try compile(##"{"$defs": {"t": {"items": {"$ref": "#/$defs/t"}}}, "$ref": "#/$defs/t"}"##)
    let meta = try compile(#"{"$ref": "https://json-schema.org/draft/2020-12/schema"}"#)
    var schema: Value = true
    for _ in 0..<120 { schema = ["items": schema] }
    // Deep enough to reach the limit, shallow enough to be freed on the small thread: the closure's captures may
    // be released there, and freeing a value 10,000 deep is itself deeply recursive (in DGLintModel, not here).
    let instance = nestedArrays(300)
    let deepSchema = schema
    let results = Mutex<[[String]]>([])
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        let found = [tree.validate(instance).map(\.keyword), meta.validate(deepSchema).map(\.keyword)]
        results.withLock { $0 = found }
        done.signal()
    }
    thread.stackSize = 512 * 1024
    thread.start()
    done.wait()
    #expect(results.withLock { $0 } == [["depth"], ["depth"]])
}

/// Branches that lead back to the schema itself multiply: `allOf: [{$ref: "#"}, {$ref: "#"}]` has 2^128 paths
/// within the depth limit, so validating `1` never ended (found by `make fuzz`, kept as
/// fixtures/hostile/fuzz/schema/self-reference-fan-out). The step budget ends it with a violation saying so.
@Test(arguments: ["allOf", "anyOf", "oneOf"])
func branchesBackToTheSchemaStopAtTheStepBudget(_ keyword: String) throws {
    let schema = try compile(##"{"\##(keyword)": [{"$ref": "#"}, {"$ref": "#"}]}"##)
    let clock = ContinuousClock()
    let started = clock.now
    let seen = schema.validate(1).map(Seen.init)
    #expect(seen.last?.keyword == "steps")
    #expect(seen.last?.en.contains("validation stopped after more than 200000 steps") == true)
    #expect(!schema.isValid(1))
    #expect(clock.now - started < .seconds(10))
}

/// The same without a loop: forty definitions, each referring twice to the next, are 2^40 paths.
@Test func branchingChainOfDefinitionsStopsAtTheStepBudget() throws {
    var definitions: [String] = []
    for i in 0..<40 {
        let next = ##"{"$ref": "#/$defs/d\##(i + 1)"}"##
        definitions.append(##""d\##(i)": {"allOf": [\##(next), \##(next)]}"##)
    }
    definitions.append(#""d40": {"type": "string"}"#)
    let schema = try compile(##"{"$defs": {\##(definitions.joined(separator: ", "))}, "$ref": "#/$defs/d0"}"##)
    #expect(schema.validate(1).last?.keyword == "steps")
    #expect(!schema.isValid(1))
    // Even a string, which every path accepts: the steps run out before the paths do, and that is not "valid".
    #expect(!schema.isValid("a"))
}

/// A large instance gets steps in proportion: 30,000 items that each try ten branches take more than the fixed
/// allowance, and stay valid.
@Test func largeInstancesGetStepsInProportion() throws {
    let branches = Array(repeating: #"{"type": "string"}"#, count: 9) + [#"{"type": "integer"}"#]
    let schema = try compile(#"{"items": {"anyOf": [\#(branches.joined(separator: ", "))]}}"#)
    let instance = Value.array(Array(repeating: 1, count: 30_000))
    #expect(schema.validate(instance).isEmpty)
    #expect(schema.isValid(instance))
}
