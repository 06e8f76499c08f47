// Measures the JSONPath query `$..*` against one plain walk of the same document (see docs/performance.md).
//
//     dglint-bench-jsonpath [FILE] [--runs N] [--only walk|select|none|paths]
//
// Without FILE it builds a deterministic proposal-like document of about 1 MB of JSON; with FILE it loads
// that YAML or JSON file. It prints one line and exits 0: it is a measurement, not a test (it exits 2 only
// when the file cannot be read or the two sides disagree on the number of nodes). `--only` runs one side
// (or neither), for instruction counts under `valgrind --tool=callgrind`: the difference between
// `--only select --runs 1` and `--only none --runs 1` is the cost of two evaluations of `$..*`.
// `--only paths` times reading `path` of every node `$..*` selected (paths are built when read).
import DGLintJSONPath
import DGLintModel
import DGLintYAML
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A proposal-like document of `projects` projects; 1,070 give about 1.0 MB of JSON (10⁶ bytes).
func syntheticDocument(projects count: Int = 1_070) -> Value {
    var projects: [Value] = []
    for index in 0..<count {
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

/// The baseline, "one walk of the tree": a recursive walk over `Value` that visits every node below
/// `value` and appends each one's value to `out`, one `append` per node, in the order `$..*` gives (the
/// children of a node, then the descendants of each child in turn). It builds what a nodelist must at
/// least hold — every value — but no locations; `out` starts empty and grows as it goes, as the query's does.
func walk(_ value: Value, into out: inout [Value]) {
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

/// The seconds `body` takes.
func time(_ body: () -> Void) -> Double {
    let start = ContinuousClock.now
    body()
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

/// Grouped thousands: 45,000.
func grouped(_ number: Int) -> String {
    let digits = String(number)
    var out = ""
    for (offset, digit) in digits.enumerated() {
        if offset > 0, (digits.count - offset) % 3 == 0 { out.append(",") }
        out.append(digit)
    }
    return out
}

// glibc serves large blocks with fresh mmap()ed pages and gives the top of the heap back early, by
// thresholds that move with what was freed before. Left alone, one side's arrays set the page faults the
// other side pays (the walk ran 30% slower after the new `$..*` than after the old one), so both sides run
// with blocks kept in the heap and reused: the ratio compares the work, not the allocator's history.
#if canImport(Glibc)
    // mallopt(3) is not in the Glibc module; M_TRIM_THRESHOLD is -1 and M_MMAP_THRESHOLD -3 in <malloc.h>.
    if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") {
        let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
        _ = mallopt(-3, 256 << 20)
        _ = mallopt(-1, 1 << 30)
    }
#endif

var arguments = Array(CommandLine.arguments.dropFirst())
var runs = 20
if let flag = arguments.firstIndex(of: "--runs"), flag + 1 < arguments.count, let value = Int(arguments[flag + 1]) {
    runs = max(1, value)
    arguments.removeSubrange(flag...(flag + 1))
}

var only: String?
if let flag = arguments.firstIndex(of: "--only"), flag + 1 < arguments.count {
    only = arguments[flag + 1]
    arguments.removeSubrange(flag...(flag + 1))
}

let document: Value
if let file = arguments.first {
    do {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
        let loader = YAMLLoader(limits: .init(maxAliasNodes: 1_000_000, maxDepth: 1_024, maxFileSize: 1 << 30))
        guard let loaded = try loader.load(bytes, file: file).first else {
            FileHandle.standardError.write(Data("dglint-bench-jsonpath: \(file) holds no document\n".utf8))
            exit(2)
        }
        document = loaded.value
    } catch {
        FileHandle.standardError.write(Data("dglint-bench-jsonpath: cannot read \(file): \(error)\n".utf8))
        exit(2)
    }
} else {
    document = syntheticDocument()
}

let bytes = document.jsonText().utf8.count
let query: JSONPathQuery
do {
    query = try JSONPathQuery.parse("$..*")
} catch {
    fatalError("$..* does not parse: \(error)")
}

// Warm up both, then alternate them so that noise on a shared machine falls on both alike; keep the best.
var walked = 0
var selected = 0
var bestWalk = Double.infinity
var bestSelect = Double.infinity
for run in 0...runs {
    let walkTime =
        only != nil && only != "walk"
        ? 0
        : time {
            var values: [Value] = []
            walk(document, into: &values)
            walked = values.count
        }
    let selectTime = only != nil && only != "select" ? 0 : time { selected = query.select(document).count }
    if run > 0 {  // run 0 warms up
        bestWalk = min(bestWalk, walkTime)
        bestSelect = min(bestSelect, selectTime)
    }
}

if only == "paths" {
    let nodes = query.select(document)
    var steps = 0
    var best = Double.infinity
    for _ in 0..<runs {
        best = min(best, time { steps = nodes.reduce(0) { $0 + $1.path.count } })
    }
    print(
        "jsonpath: reading the path of all \(grouped(nodes.count)) nodes of $..* (\(grouped(steps)) steps): "
            + String(format: "%.1f ms", best * 1e3))
    exit(0)
}
if let only {
    print("jsonpath: --only \(only): walk \(walked) nodes, $..* \(selected) nodes")
    exit(0)
}
guard walked == selected else {
    FileHandle.standardError.write(
        Data("dglint-bench-jsonpath: $..* selected \(selected) nodes, the walk \(walked)\n".utf8))
    exit(2)
}
let megabytes = String(format: "%.2f", Double(bytes) / 1e6)
let ms = { (seconds: Double) in String(format: "%.1f", seconds * 1e3) }
print(
    "jsonpath: $..* over \(megabytes) MB (\(grouped(selected)) nodes): \(ms(bestSelect)) ms; one walk \(ms(bestWalk)) ms; "
        + "ratio \(String(format: "%.2f", bestSelect / bestWalk))x (target <= 2.0x, best of \(runs))")
