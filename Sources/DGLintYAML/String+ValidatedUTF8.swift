extension String {
    /// A copy of UTF-8 bytes already known to be well-formed, made without validating them again.
    ///
    /// `String(decoding:as:)` checks every byte (and would repair a bad sequence), which for Thai text costs
    /// about ten instructions a byte: more than libyaml spends reading it. The bytes handed here have been
    /// checked once already, either by ``YAMLLoader/isValidUTF8(_:)`` or by libyaml, whose reader rejects
    /// any ill-formed input (overlong forms, surrogates, values past U+10FFFF) before a scalar can contain
    /// it, and whose scanner writes an escape only after the same range check. Bytes that are not well-formed
    /// would make a corrupt string, so debug builds check the claim.
    init(validatedUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        assert(String(validating: bytes, as: UTF8.self) != nil, "ill-formed UTF-8 taken as validated")
        self = String(copying: UTF8Span(unchecked: bytes.span))
    }

    /// The same, for bytes also known to be all ASCII (a key whose fingerprint was taken), which spares the
    /// copy a scan for non-ASCII bytes.
    init(validatedASCII bytes: UnsafeBufferPointer<UInt8>) {
        assert(bytes.allSatisfy { $0 < 0x80 }, "non-ASCII bytes taken as ASCII")
        self = String(copying: UTF8Span(unchecked: bytes.span, isKnownASCII: true))
    }
}
