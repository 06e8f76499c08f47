import Synchronization

/// A pack's SHA-256, worked out the first time someone reads it.
///
/// Hashing every file of sixteen packs costs more than a tenth of dglint's start-up, and most runs never
/// show the digest: a check printed as text does not, a JSON or SARIF report does. So the reader of a pack
/// hands over how to compute it, and the first reader pays. Reading is safe from any thread; the work is
/// done once.
public final class PackDigest: Sendable, ExpressibleByStringLiteral {
    private let state: Mutex<State>

    private enum State: Sendable {
        case pending(@Sendable () -> String)
        case known(String)
    }

    /// A digest computed by `compute` when first read.
    public init(_ compute: @escaping @Sendable () -> String) {
        state = Mutex(.pending(compute))
    }

    /// A digest already known.
    public init(value: String) {
        state = Mutex(.known(value))
    }

    public convenience init(stringLiteral value: String) {
        self.init(value: value)
    }

    /// The digest as 64 lowercase hexadecimal digits.
    public var value: String {
        state.withLock { state in
            switch state {
            case .known(let value):
                return value
            case .pending(let compute):
                let value = compute()
                state = .known(value)
                return value
            }
        }
    }
}
