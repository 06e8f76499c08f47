/// SHA-256 (FIPS 180-4), for pack digests and finding fingerprints. Small and dependency-free; verified
/// against the NIST test vectors in DGLintModelTests.
///
/// The full blocks are read in place from the caller's bytes; only the last one or two, which carry the
/// padding and the length, are copied into a block on the stack. The message schedule and the hash value
/// live in one stack allocation, and the 64 rounds run eight at a time with the roles of the eight working
/// variables rotated by argument order instead of by moving values: a block costs about 3,200 instructions
/// (x86-64 baseline, without BMI2's three-operand rotate), where rotating them by assignment cost 4,500.
public enum SHA256 {
    private static let k: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]

    /// The initial hash value H(0).
    private static let initial: [UInt32] = [
        0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19,
    ]

    /// The 32-byte digest of `bytes`.
    public static func digest(_ bytes: [UInt8]) -> [UInt8] {
        withHash(of: bytes) { h in
            [UInt8](unsafeUninitializedCapacity: 32) { out, count in
                for i in 0..<32 { out[i] = UInt8(truncatingIfNeeded: h[i >> 2] >> (24 - 8 * UInt32(i & 3))) }
                count = 32
            }
        }
    }

    /// The digest of `bytes` as 64 lowercase hexadecimal digits, or its first `digits` of them.
    public static func hex(of bytes: [UInt8], digits: Int = 64) -> String {
        precondition((0...64).contains(digits), "a SHA-256 digest has 64 hexadecimal digits")
        return withHash(of: bytes) { h in
            String(unsafeUninitializedCapacity: digits) { out in
                for i in 0..<digits {
                    let nibble = UInt8(truncatingIfNeeded: h[i >> 3] >> (28 - 4 * UInt32(i & 7))) & 0xF
                    out[i] = nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") - 10 + nibble
                }
                return digits
            }
        }
    }

    /// Hashes `bytes` and passes the eight words of the digest, H0 first, to `body`.
    private static func withHash<R>(of bytes: [UInt8], _ body: (UnsafeBufferPointer<UInt32>) -> R) -> R {
        // Words 0..<64: the message schedule; 64..<72: the hash value.
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 72) { scratch in
            guard let w = scratch.baseAddress else { preconditionFailure("a temporary allocation has an address") }
            let h = w + 64
            initial.withUnsafeBufferPointer { initial in
                for i in 0..<8 { h[i] = initial[i] }
            }
            k.withUnsafeBufferPointer { k in
                guard let k = k.baseAddress else { return }
                bytes.withUnsafeBytes { input in
                    let fullBlocks = input.count / 64
                    if let base = input.baseAddress {
                        for block in 0..<fullBlocks { compress(base + block * 64, h, w, k) }
                    }
                    // The last one or two blocks: the rest of the input, 0x80, zeros and the length in bits.
                    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { tail in
                        let rest = UnsafeRawBufferPointer(rebasing: input[(fullBlocks * 64)...])
                        let blocks = rest.count < 56 ? 1 : 2
                        tail.initialize(repeating: 0)
                        for i in 0..<rest.count { tail[i] = rest[i] }
                        tail[rest.count] = 0x80
                        let bitLength = UInt64(input.count) &* 8
                        for i in 0..<8 {
                            tail[blocks * 64 - 1 - i] = UInt8(truncatingIfNeeded: bitLength >> UInt64(8 * i))
                        }
                        guard let tail = UnsafeRawPointer(tail.baseAddress) else { return }
                        for block in 0..<blocks { compress(tail + block * 64, h, w, k) }
                    }
                }
            }
            return body(UnsafeBufferPointer(start: h, count: 8))
        }
    }

    /// Adds the 64-byte block at `block` into the hash value `h`, using `w` (64 words) for the schedule.
    @inline(__always)
    private static func compress(
        _ block: UnsafeRawPointer, _ h: UnsafeMutablePointer<UInt32>, _ w: UnsafeMutablePointer<UInt32>,
        _ k: UnsafePointer<UInt32>
    ) {
        for i in 0..<16 { w[i] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self)) }
        for i in 16..<64 { w[i] = smallSigma1(w[i - 2]) &+ w[i - 7] &+ smallSigma0(w[i - 15]) &+ w[i - 16] }
        var (a, b, c, d, e, f, g, hh) = (h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7])
        // After a round the new a is the old h and the new e the old d (both rewritten), and every other
        // variable moves one letter on; eight rounds bring each variable back to its own letter.
        var i = 0
        while i < 64 {
            round(a, b, c, &d, e, f, g, &hh, k[i] &+ w[i])
            round(hh, a, b, &c, d, e, f, &g, k[i + 1] &+ w[i + 1])
            round(g, hh, a, &b, c, d, e, &f, k[i + 2] &+ w[i + 2])
            round(f, g, hh, &a, b, c, d, &e, k[i + 3] &+ w[i + 3])
            round(e, f, g, &hh, a, b, c, &d, k[i + 4] &+ w[i + 4])
            round(d, e, f, &g, hh, a, b, &c, k[i + 5] &+ w[i + 5])
            round(c, d, e, &f, g, hh, a, &b, k[i + 6] &+ w[i + 6])
            round(b, c, d, &e, f, g, hh, &a, k[i + 7] &+ w[i + 7])
            i += 8
        }
        h[0] &+= a
        h[1] &+= b
        h[2] &+= c
        h[3] &+= d
        h[4] &+= e
        h[5] &+= f
        h[6] &+= g
        h[7] &+= hh
    }

    /// One round: T1 = h + Σ1(e) + Ch(e, f, g) + K[t] + W[t], T2 = Σ0(a) + Maj(a, b, c); then d + T1 becomes
    /// the next e and T1 + T2 the next a, written over `d` and `h`.
    @inline(__always)
    private static func round(
        _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
        _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ kw: UInt32
    ) {
        // Ch(e, f, g) = (e ∧ f) ⊕ (¬e ∧ g), taking each bit from f where e has a 1 and from g where it has a 0.
        let t1 = h &+ bigSigma1(e) &+ (g ^ (e & (f ^ g))) &+ kw
        // Maj(a, b, c) = (a ∧ b) ⊕ (a ∧ c) ⊕ (b ∧ c), the majority of each bit.
        let t2 = bigSigma0(a) &+ ((a & b) | (c & (a | b)))
        d &+= t1
        h = t1 &+ t2
    }

    // Σ0 and Σ1 with the rotations nested, which saves copies of x: rotr(rotr(rotr(x, 9) ^ x, 11) ^ x, 2)
    // = rotr(x, 22) ^ rotr(x, 13) ^ rotr(x, 2).
    @inline(__always) private static func bigSigma0(_ x: UInt32) -> UInt32 { rotr(rotr(rotr(x, 9) ^ x, 11) ^ x, 2) }
    @inline(__always) private static func bigSigma1(_ x: UInt32) -> UInt32 { rotr(rotr(rotr(x, 14) ^ x, 5) ^ x, 6) }
    @inline(__always) private static func smallSigma0(_ x: UInt32) -> UInt32 { rotr(x, 7) ^ rotr(x, 18) ^ (x >> 3) }
    @inline(__always) private static func smallSigma1(_ x: UInt32) -> UInt32 { rotr(x, 17) ^ rotr(x, 19) ^ (x >> 10) }
    @inline(__always) private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
}
