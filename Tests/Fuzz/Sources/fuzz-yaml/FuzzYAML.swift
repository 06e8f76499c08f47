import DGLintFuzzing

/// libFuzzer's entry point for `fuzz-yaml`: one input through the YAML loader (`FuzzTarget.yaml`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzTarget.yaml.fuzz(data, size)
}
