/// The libraries dglint fuzzes, each with the one entry point that both its libFuzzer executable
/// (`Tests/Fuzz`) and the regression tests (`fixtures/hostile/fuzz/<name>/`) call.
public enum FuzzTarget: String, Sendable, CaseIterable {
    case yaml
    case jsonpath
    case expression
    case schema
    case pack

    /// The folder name under `fixtures/hostile/fuzz/` and the suffix of the executable `fuzz-<name>`.
    public var name: String { rawValue }

    /// Runs one input through the target.
    public func run(_ input: [UInt8]) -> FuzzOutcome {
        switch self {
        case .yaml: YAMLFuzzing.run(input)
        case .jsonpath: JSONPathFuzzing.run(input)
        case .expression: ExpressionFuzzing.run(input)
        case .schema: SchemaFuzzing.run(input)
        case .pack: PackFuzzing.run(input)
        }
    }

    /// libFuzzer's `LLVMFuzzerTestOneInput`: runs the input and stops the process when an invariant breaks,
    /// so that libFuzzer saves it. Returns 0, as libFuzzer asks.
    public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        let input = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        if case .violated(let why) = run(input) {
            fatalError("fuzz-\(name): \(why)")
        }
        return 0
    }
}
