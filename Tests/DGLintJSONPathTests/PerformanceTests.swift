import DGLintJSONPath
import DGLintModel
import Foundation
import Testing

/// Measures `$..*` on a ~1 MB document against a plain recursive walk. Run on demand, in release:
/// `DGLINT_BENCH=1 swift test -c release --filter PerformanceTests`.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["DGLINT_BENCH"] != nil, "set DGLINT_BENCH=1 to benchmark"))
struct PerformanceTests {
    /// A proposal-like document of about 1 MB of JSON.
    static func document() -> Value {
        var projects: [Value] = []
        for index in 0..<1_600 {
            var items: [Value] = []
            for item in 0..<6 {
                items.append([
                    "name": .string("รายการที่ \(item) ของโครงการ \(index)"), "amount": .int(item * 12_500 + index),
                    "unit": "บาท", "approved": .bool(item % 2 == 0),
                ])
            }
            projects.append([
                "id": .string("PRJ-\(index)"), "name": .string("โครงการพัฒนาระบบดิจิทัล \(index)"),
                "budget": ["total": .double(Double(index) * 1.5), "items": .array(items)],
                "tags": ["digital", "gov", .string("t\(index % 7)")], "owner": ["org": "สพร.", "email": "a@b.th"],
            ])
        }
        return ["projects": .array(projects), "version": 1]
    }

    /// Counts the nodes below `value` (excluding it), visiting children as `$..*` does.
    static func walk(_ value: Value) -> Int {
        switch value {
        case .array(let elements): elements.reduce(elements.count) { $0 + walk($1) }
        case .object(let members): members.values.reduce(members.count) { $0 + walk($1) }
        default: 0
        }
    }

    /// Collects every node below `value` with its path as an array, as a naive `$..*` would.
    static func collect(_ value: Value, path: [PathElement], into out: inout [JSONPathNode]) {
        switch value {
        case .array(let elements):
            for (index, element) in elements.enumerated() {
                out.append(JSONPathNode(path: path + [.index(index)], value: element))
            }
            for (index, element) in elements.enumerated() { collect(element, path: path + [.index(index)], into: &out) }
        case .object(let members):
            for (key, member) in members { out.append(JSONPathNode(path: path + [.key(key)], value: member)) }
            for (key, member) in members { collect(member, path: path + [.key(key)], into: &out) }
        default:
            break
        }
    }

    /// The fastest of `runs` timings of `body`, in seconds.
    static func fastest(_ runs: Int, _ body: () -> Int) -> (seconds: Double, result: Int) {
        var best = Double.infinity
        var result = 0
        for _ in 0..<runs {
            let start = ContinuousClock.now
            result = body()
            let elapsed = ContinuousClock.now - start
            best = min(best, Double(elapsed.components.attoseconds) / 1e18 + Double(elapsed.components.seconds))
        }
        return (best, result)
    }

    @Test func descendantWildcardCostsAboutOneWalk() throws {
        let document = Self.document()
        let bytes = document.jsonText().utf8.count
        let query = try JSONPathQuery.parse("$..*")
        let walk = Self.fastest(10) { Self.walk(document) }
        let select = Self.fastest(Int(ProcessInfo.processInfo.environment["DGLINT_BENCH_RUNS"] ?? "10") ?? 10) {
            query.select(document).count
        }
        let naive = Self.fastest(10) {
            var out: [JSONPathNode] = []
            Self.collect(document, path: [], into: &out)
            return out.count
        }
        let nodes = query.select(document)
        let paths = Self.fastest(10) { nodes.reduce(0) { $0 + $1.path.count } }
        print(
            "JSONPath bench: \(bytes) bytes, \(walk.result) nodes; counting walk \(walk.seconds * 1000) ms; "
                + "$..* \(select.seconds * 1000) ms (\(select.seconds / walk.seconds)× the walk); "
                + "naive walk building path arrays \(naive.seconds * 1000) ms; "
                + "reading every node.path afterwards \(paths.seconds * 1000) ms")
        #expect(select.result == walk.result)
        #expect(naive.result == walk.result)
    }
}
