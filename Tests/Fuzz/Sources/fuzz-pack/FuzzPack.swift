import DGLintFuzzing

/// libFuzzer's entry point for `fuzz-pack`: one input through the pack decoder and rule evaluation (`FuzzTarget.pack`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPack(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzTarget.pack.fuzz(data, size)
}
