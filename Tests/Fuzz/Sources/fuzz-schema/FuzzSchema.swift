import DGLintFuzzing

/// libFuzzer's entry point for `fuzz-schema`: one input through the JSON Schema compiler and validator (`FuzzTarget.schema`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSchema(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzTarget.schema.fuzz(data, size)
}
