import DGLintModel
import DGLintSchema
import Testing

/// One compiled schema validates from many tasks at once with the same results as sequentially.
@Test func concurrentValidationGivesIdenticalResults() async throws {
    let schema = try compile(
        #"""
        {
            "type": "object",
            "properties": {
                "items": {"type": "array", "items": {"$ref": "#/$defs/item"}, "uniqueItems": true},
                "code": {"pattern": "^\\p{Letter}+-[0-9]+$"}
            },
            "$defs": {"item": {"required": ["amount"], "properties": {"amount": {"minimum": 0}}}},
            "unevaluatedProperties": false
        }
        """#)
    let instances: [Value] = try [
        json(#"{"items": [{"amount": 1}, {"amount": -1}, {}], "code": "ระบบ-12", "extra": 1}"#),
        json(#"{"items": [{"amount": 1}, {"amount": 1}], "code": "x1"}"#),
        json(#"{"items": [], "code": "DGA-7"}"#),
    ]
    let expected = instances.map { schema.validate($0) }
    #expect(expected.map(\.count) == [3, 2, 0])
    let results = await withTaskGroup(of: (Int, [SchemaViolation]).self) { group in
        for round in 0..<64 {
            let index = round % instances.count
            let instance = instances[index]
            group.addTask { (index, schema.validate(instance)) }
        }
        var collected: [(Int, [SchemaViolation])] = []
        for await result in group { collected.append(result) }
        return collected
    }
    #expect(results.count == 64)
    for (index, violations) in results { #expect(violations == expected[index]) }
}
