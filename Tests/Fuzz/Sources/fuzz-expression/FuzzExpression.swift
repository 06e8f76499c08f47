import DGLintFuzzing

/// libFuzzer's entry point for `fuzz-expression`: one input through the expression compiler and evaluator (`FuzzTarget.expression`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExpression(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzTarget.expression.fuzz(data, size)
}
