import DGLintEngine
import DGLintModel
import Testing

@testable import DGLintFunctions

/// Compiles `name` with `options` and evaluates `target` under `given` at `path`.
func run(
    _ name: String, _ options: [String: Value] = [:], _ target: Value?, given: Value? = nil,
    path: [PathElement] = [.key("target")], givenPath: [PathElement] = []
) throws -> [FunctionResult] {
    let definition = try #require(BuiltinFunctions.registry[name])
    let function = try definition.compile(FunctionOptions(options))
    let root = given ?? target ?? .null
    return function.evaluate(target, in: FunctionContext(root: root, path: path, given: root, givenPath: givenPath))
}

/// The OptionError `compile` throws for `options`, or nil when it compiles.
func optionError(_ name: String, _ options: [String: Value]) throws -> OptionError? {
    let definition = try #require(BuiltinFunctions.registry[name])
    do {
        _ = try definition.compile(FunctionOptions(options))
        return nil
    } catch {
        return error
    }
}

@Suite struct FunctionBehaviourTests {
    @Test func definedNamesTheMissingField() throws {
        let results = try run("defined", [:], nil, path: [.key("privacy"), .key("dpo")])
        #expect(
            results.map(\.message) == [
                LocalizedText(th: "ไม่พบ `privacy.dpo` กรุณาระบุ", en: "`privacy.dpo` is missing; add it.")
            ])
    }

    @Test func allDefinedReportsEachMissingFieldAtItsPath() throws {
        let results = try run(
            "all-defined", ["fields": ["ial", "aal", "provider"]], ["aal": "2"],
            path: [.key("services"), .index(0), .key("identity")])
        #expect(
            results.map(\.path) == [
                [.key("services"), .index(0), .key("identity"), .key("ial")],
                [.key("services"), .index(0), .key("identity"), .key("provider")],
            ])
    }

    @Test func sumIsExactToTheSatangAndNamesBothSums() throws {
        let given: Value = ["total": "45,000,000.50 บาท", "by_fiscal_year": ["2569": "30 ล้านบาท", "2570": 14_000_000]]
        let results = try run(
            "sum", ["total": "total"], given["by_fiscal_year"], given: given, path: [.key("by_fiscal_year")])
        #expect(results.count == 1)
        #expect(results.first?.message.en.contains("44,000,000.00") == true)
        #expect(results.first?.message.en.contains("45,000,000.50") == true)
        #expect(results.first?.message.en.contains("1,000,000.50") == true)
        let exact = try run("sum", ["equals": "0.30"], [0.1, 0.2])
        #expect(exact.isEmpty)
    }

    @Test func sumReportsAnUnparseableAmountAtItsElement() throws {
        let items: Value = [["amount": 100], ["amount": "ประมาณร้อยบาท"]]
        let results = try run("sum", ["of": "amount", "equals": 200], items, path: [.key("items")])
        #expect(results.map(\.path) == [[.key("items"), .index(1), .key("amount")]])
    }

    @Test func compareReadsFieldsFromTheGivenNode() throws {
        let given: Value = ["start": "2569-10-01", "end": "2569-09-30"]
        let results = try run(
            "compare", ["op": "<=", "field": "end"], "2569-10-01", given: given,
            path: [.key("timeline"), .key("start")], givenPath: [.key("timeline")])
        #expect(
            results.first?.message.en
                == "`timeline.start` ('2569-10-01') must be at most `timeline.end` ('2569-09-30').")
    }

    @Test func dateReportsCEYearsWithTheirBEEquivalent() throws {
        let results = try run("date", [:], "2024-05-01")
        #expect(results.first?.message.en.contains("2567-05-01") == true)
    }

    @Test func uniqueByFieldPointsAtTheRepeat() throws {
        let results = try run(
            "unique", ["by": "id"], [["id": "O1"], ["id": "O2"], ["id": "O1"]], path: [.key("objectives")])
        #expect(results.map(\.path) == [[.key("objectives"), .index(2), .key("id")]])
    }

    @Test func missingTargets() throws {
        #expect(try run("defined", [:], nil).count == 1)
        #expect(try run("truthy", [:], nil).count == 1)
        #expect(try run("undefined", [:], nil).isEmpty)
        #expect(try run("falsy", [:], nil).isEmpty)
        #expect(try run("pattern", ["match": "x"], nil).isEmpty)
        #expect(try run("range", ["min": 1], nil).isEmpty)
        #expect(try run("date", [:], nil).isEmpty)
        #expect(try run("count", ["min": 1], nil).count == 1)
        #expect(try run("all-defined", ["fields": ["a", "b"]], nil).count == 2)
    }

    @Test func optionErrorsNameTheOption() throws {
        #expect(try optionError("pattern", ["match": "(a"])?.option == "match")
        #expect(try optionError("pattern", ["notMatch": "(a)\\1"])?.option == "notMatch")
        #expect(try optionError("pattern", ["match": "(?=a)"])?.message.contains("lookaround") == true)
        #expect(try optionError("length", ["min": 5, "max": 2])?.option == "max")
        #expect(try optionError("count", ["min": 5, "max": 2])?.option == "max")
        #expect(try optionError("range", ["min": "1 ล้านบาท", "max": 10])?.option == "max")
        #expect(try optionError("range", ["min": "abc"])?.option == "min")
        #expect(try optionError("type", ["type": "text"])?.option == "type")
        #expect(try optionError("xor", ["properties": ["only"]])?.option == "properties")
        #expect(try optionError("date", ["notAfter": "2566-02-29"])?.option == "notAfter")
        #expect(try optionError("unique", ["by": "a..b"])?.option == "by")
        #expect(try optionError("pattern", ["match": "^\\d{5}$"]) == nil)
    }
}
