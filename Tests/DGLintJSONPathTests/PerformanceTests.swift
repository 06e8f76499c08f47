import DGLintJSONPath
import DGLintModel
import Foundation
import Testing

/// Measures `$..*` on a ~1.5 MB document against one walk of the tree. Run on demand, in release:
/// `DGLINT_BENCH=1 swift test -c release --filter PerformanceTests` (`DGLINT_BENCH_RUNS=N` for best of N,
/// default 20). `make bench` takes the same measurement on a ~1 MB document with the
/// `dglint-bench-jsonpath` executable; see docs/performance.md.
///
/// "One walk of the tree" is ``walk(_:into:)``: a recursive walk over `Value` that visits every node
/// below the root and appends each one's value to an array that starts empty, in the order `$..*` gives.
/// It builds what a nodelist must at least hold — every value — but no location. The target is that
/// `$..*` (nodes with their locations, read lazily) costs at most twice that walk; both are timed in the
/// same process, alternately, best of N. The counting walk (no array) and a naive `$..*` that builds a
/// path array per node are printed for reference. Unlike the executable, this keeps glibc's default
/// allocator settings, under which each side's large arrays change the page faults the other pays; the
/// executable's figure is the one to quote (docs/performance.md explains).
@Suite(.enabled(if: ProcessInfo.processInfo.environment["DGLINT_BENCH"] != nil, "set DGLINT_BENCH=1 to benchmark"))
struct PerformanceTests {
    /// A proposal-like document of about 1.5 MB of JSON (1,600 projects; the bench executable uses 1,070).
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

    /// One walk of the tree, the baseline: appends the value of every node below `value` to `out`, one
    /// `append` per node, the children of a node first and then the descendants of each child in turn.
    static func walk(_ value: Value, into out: inout [Value]) {
        switch value {
        case .array(let elements):
            for element in elements { out.append(element) }
            for element in elements { walk(element, into: &out) }
        case .object(let members):
            for member in members.values { out.append(member) }
            for member in members.values { walk(member, into: &out) }
        default:
            break
        }
    }

    /// Counts the nodes below `value` (excluding it), visiting children as `$..*` does; no array.
    static func count(_ value: Value) -> Int {
        switch value {
        case .array(let elements): elements.reduce(elements.count) { $0 + count($1) }
        case .object(let members): members.values.reduce(members.count) { $0 + count($1) }
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

    @Test func descendantWildcardCostsAtMostTwoWalks() throws {
        let document = Self.document()
        let bytes = document.jsonText().utf8.count
        let query = try JSONPathQuery.parse("$..*")
        let runs = Int(ProcessInfo.processInfo.environment["DGLINT_BENCH_RUNS"] ?? "20") ?? 20
        // Alternate the two sides so that noise on a shared machine falls on both alike.
        var walk = (seconds: Double.infinity, result: 0)
        var select = walk
        for _ in 0..<runs {
            let oneWalk = Self.fastest(1) {
                var values: [Value] = []
                Self.walk(document, into: &values)
                return values.count
            }
            let oneSelect = Self.fastest(1) { query.select(document).count }
            walk = oneWalk.seconds < walk.seconds ? oneWalk : walk
            select = oneSelect.seconds < select.seconds ? oneSelect : select
        }
        let counting = Self.fastest(10) { Self.count(document) }
        let naive = Self.fastest(10) {
            var out: [JSONPathNode] = []
            Self.collect(document, path: [], into: &out)
            return out.count
        }
        let nodes = query.select(document)
        let paths = Self.fastest(10) { nodes.reduce(0) { $0 + $1.path.count } }
        let ms = { (seconds: Double) in String(format: "%.2f ms", seconds * 1000) }
        print(
            "JSONPath bench: \(bytes) bytes, \(walk.result) nodes; $..* \(ms(select.seconds)), one walk "
                + "\(ms(walk.seconds)): \(String(format: "%.2f", select.seconds / walk.seconds))× (target ≤ 2×, best of "
                + "\(runs)); counting walk \(ms(counting.seconds)); naive $..* building path arrays "
                + "\(ms(naive.seconds)); reading every node.path afterwards \(ms(paths.seconds))")
        #expect(select.result == walk.result)
        #expect(counting.result == walk.result)
        #expect(naive.result == walk.result)
        var expected: [JSONPathNode] = []
        Self.collect(document, path: [], into: &expected)
        #expect(nodes == expected)
    }
}
