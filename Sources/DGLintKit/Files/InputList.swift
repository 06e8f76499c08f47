import DGLintModel

extension InputCollector {
    /// The inputs of a run, held compactly: every path's UTF-8 bytes in one buffer, so that a batch of 10,000
    /// files costs about 50 bytes a file for as long as the run lasts instead of a string object (80 bytes)
    /// and an enum slot (33) each — the difference between the peak memory of checking 10,000 files and
    /// checking 1,000. An ``Input`` is made again when it is read.
    public struct InputList: RandomAccessCollection, Sendable, Equatable, ExpressibleByArrayLiteral {
        private var bytes: [UInt8] = []
        /// Where each path ends in `bytes`.
        private var ends: [Int32] = []
        /// Why each unreadable input cannot be checked, by its position (there are few).
        private var reasons: [Int32: LocalizedText] = [:]

        public init() {}

        public init(_ inputs: some Sequence<Input>) {
            for input in inputs { append(input) }
        }

        public init(arrayLiteral inputs: Input...) {
            self.init(inputs)
        }

        public var startIndex: Int { 0 }
        public var endIndex: Int { ends.count }

        public subscript(position: Int) -> Input {
            let start = position == 0 ? 0 : Int(ends[position - 1])
            let path = String(decoding: bytes[start..<Int(ends[position])], as: UTF8.self)
            if let reason = reasons[Int32(position)] { return .unreadable(path, reason: reason) }
            return .file(path)
        }

        public mutating func append(_ input: Input) {
            switch input {
            case .file: break
            case .unreadable(_, let reason): reasons[Int32(ends.count)] = reason
            }
            bytes.append(contentsOf: input.path.utf8)
            ends.append(Int32(bytes.count))  // traps past 2 GB of paths, far beyond any batch
        }
    }
}
