import DGLintFuzzing

/// libFuzzer's entry point for `fuzz-jsonpath`: one input through the JSONPath parser and evaluator (`FuzzTarget.jsonpath`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONPath(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzTarget.jsonpath.fuzz(data, size)
}
