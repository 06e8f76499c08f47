import DGLintEngine
import DGLintModel
import Testing

@testable import DGLintFunctions

/// One case of the table: a function and one of its declared examples.
struct ExampleCase: CustomTestStringConvertible, Sendable {
    let definition: FunctionDefinition
    let index: Int
    var example: FunctionExample { definition.declaration.examples[index] }
    var testDescription: String {
        "\(definition.name) #\(index) \(example.passes ? "passes" : "fails") on \(example.target?.jsonText() ?? "missing")"
    }

    static let all: [ExampleCase] = BuiltinFunctions.all.flatMap { definition in
        definition.declaration.examples.indices.map { ExampleCase(definition: definition, index: $0) }
    }
}

@Suite struct FunctionExamplesTests {
    @Test(arguments: ExampleCase.all)
    func exampleBehavesAsDeclared(_ testCase: ExampleCase) throws {
        let example = testCase.example
        let options = FunctionOptions(
            example.options.objectValue.map { Dictionary(uniqueKeysWithValues: $0.map { ($0.key, $0.value) }) } ?? [:])
        let function = try testCase.definition.compile(options)
        let given = example.given ?? example.target ?? .null
        let context = FunctionContext(root: given, path: [.key("target")], given: given, givenPath: [])
        let results = function.evaluate(example.target, in: context)
        #expect(results.isEmpty == example.passes, "results: \(results.map(\.message.en))")
        for result in results {
            #expect(!result.message.th.isEmpty && !result.message.en.isEmpty)
        }
    }

    @Test(arguments: BuiltinFunctions.all.map(\.name))
    func everyFunctionIsDocumented(_ name: String) throws {
        let definition = try #require(BuiltinFunctions.registry[name])
        let declaration = definition.declaration
        #expect(declaration.examples.contains { $0.passes })
        #expect(declaration.examples.contains { !$0.passes })
        #expect(!declaration.summary.th.isEmpty)
        #expect(!declaration.summary.en.isEmpty)
        for option in declaration.options.properties {
            #expect(!option.summary.isEmpty, "option \(option.name)")
        }
    }

    @Test func listIsSortedAndComplete() {
        let names = BuiltinFunctions.all.map(\.name)
        #expect(names == names.sorted())
        #expect(Set(names).count == names.count)
        #expect(
            Set(names) == [
                "defined", "undefined", "truthy", "falsy", "type", "pattern", "enumeration", "length", "range",
                "unique", "xor", "one-of-defined", "all-defined", "compare", "sum", "date", "count", "url", "email",
                "expr", "schema", "fiscal-year", "money", "thai-citizen-id",
            ])
        #expect(BuiltinFunctions.registry.names == names)
    }
}
