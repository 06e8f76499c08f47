import DGLintExpression
import DGLintModel
import DGLintTestSupport
import Testing

/// One row of the expression table: an expression, the node and document it runs on, and the value it must
/// give (as JSON) or a fragment of the English message of the failure it must give.
struct ExpressionCase: Sendable, CustomTestStringConvertible {
    enum Expected: Sendable {
        case value(String)
        case failure(String)
    }

    var source: String
    var expected: Expected
    /// `self` as JSON; nil means the shared ``ExpressionCase/document``, `<none>` no node at all.
    var current: String?
    /// `root` as JSON; nil means the shared document.
    var root: String?
    var limits = ExpressionLimits()

    var testDescription: String { source }

    /// The document most rows run on, as both `self` and `root`.
    static let document = #"""
        {"n": 3, "x": 2.5, "s": "สวัสดี", "b": true, "nil": null,
         "list": [1, 2, 3], "empty": [], "strs": ["a", "b"],
         "m": {"a": 1, "b": "two", "c": {"d": [10, 20]}},
         "items": [{"name": "cloud", "amount": 6000000}, {"name": "server", "amount": "3 ล้านบาท"},
                   {"name": "licence", "amount": "๑๒๐,๐๐๐.๕๐ บาท"}],
         "thai": "๒๕๖๙", "money": "12.5 ล้านบาท",
         "budget": {"total": 45000000, "items": [{"amount": 6000000}, {"amount": "3 ล้านบาท"}]}}
        """#

    /// Runs the row and records an issue when the result differs.
    func check(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let doc = try TestJSON.parse(Self.document)
        let currentValue: Value? =
            current == "<none>" ? Optional<Value>.none : try current.map { try TestJSON.parse($0) } ?? doc
        let rootValue = try root.map { try TestJSON.parse($0) } ?? doc
        let expression: Expression
        do {
            expression = try Expression.compile(source, limits: limits)
        } catch {
            Issue.record("\(source): compile error \(error)", sourceLocation: sourceLocation)
            return
        }
        let result = expression.evaluate(current: currentValue, root: rootValue)
        switch (expected, result) {
        case (.value(let json), .success(let value)):
            let want = try TestJSON.parse(json)
            #expect(
                strictlyEqual(value.json, want), "\(source) gave \(value.json.jsonText()), want \(json)",
                sourceLocation: sourceLocation)
        case (.failure(let fragment), .failure(let failure)):
            #expect(
                failure.message.en.contains(fragment),
                "\(source) failed with '\(failure.message.en)', want '\(fragment)'",
                sourceLocation: sourceLocation)
            #expect(!failure.message.th.isEmpty, sourceLocation: sourceLocation)
        case (.value(let json), .failure(let failure)):
            Issue.record("\(source) failed with \(failure), want \(json)", sourceLocation: sourceLocation)
        case (.failure(let fragment), .success(let value)):
            Issue.record(
                "\(source) gave \(value.json.jsonText()), want failure '\(fragment)'", sourceLocation: sourceLocation)
        }
    }
}

/// `source` gives the JSON value `json`.
func value(_ source: String, _ json: String, self current: String? = nil, root: String? = nil) -> ExpressionCase {
    ExpressionCase(source: source, expected: .value(json), current: current, root: root)
}

/// `source` fails at run time with a message containing `fragment`.
func failure(
    _ source: String, _ fragment: String, self current: String? = nil, root: String? = nil,
    limits: ExpressionLimits = ExpressionLimits()
) -> ExpressionCase {
    ExpressionCase(source: source, expected: .failure(fragment), current: current, root: root, limits: limits)
}

/// Equality that, unlike `Value ==`, tells ints from doubles and compares objects in order.
func strictlyEqual(_ a: Value, _ b: Value) -> Bool {
    switch (a, b) {
    case (.int(let x), .int(let y)): x == y
    case (.double(let x), .double(let y)): x == y
    case (.array(let x), .array(let y)): x.count == y.count && zip(x, y).allSatisfy(strictlyEqual)
    case (.object(let x), .object(let y)):
        Array(x.keys) == Array(y.keys) && zip(x.values, y.values).allSatisfy(strictlyEqual)
    case (.int, _), (.double, _), (.array, _), (.object, _): false
    default: a == b
    }
}

/// A compile error row: the expression with `↓` where the error must point, and a message fragment.
struct CompileErrorCase: Sendable, CustomTestStringConvertible {
    var marked: String
    var fragment: String

    init(_ marked: String, _ fragment: String) {
        self.marked = marked
        self.fragment = fragment
    }

    /// The expression without its marker.
    var source: String {
        var text = ""
        text.unicodeScalars.append(contentsOf: marked.unicodeScalars.filter { $0 != "↓" })
        return text
    }

    /// Where the marker is, in Unicode scalars.
    var offset: Int { marked.unicodeScalars.firstIndex(of: "↓").map { marked.unicodeScalars[..<$0].count } ?? -1 }
    var testDescription: String { marked }
}
