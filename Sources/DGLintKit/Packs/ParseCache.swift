import DGLintEngine
public import DGLintModel
public import DGLintYAML

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Pack files as parsed trees kept between runs, so that starting dglint does not parse the same 500 KB
/// of packs with libyaml every time (about two fifths of a one-file run).
///
/// One entry per source file, named after a hash of the file's path and how it was read, in `folder`.
/// An entry holds the dglint build that wrote it (version, and the size and modification time of the
/// executable), the file's size and a 64-bit hash of its bytes, then the documents. It is used only when
/// all of these match the file as read now, so an edited pack or a rebuilt dglint parses afresh and
/// replaces the entry. An entry that cannot be read — truncated, damaged, from another format — counts as
/// missing. Writing is atomic (a temporary file renamed into place) and its failure is ignored: the cache
/// only ever saves time. Only files that parse without error are kept.
///
/// The bytes are always read and hashed, so the cache never decides what a pack says — only how quickly
/// it is known; the pack digests of reports are computed from the files, as without it.
///
/// The folder does not grow without end: entries are named after the pack files' paths, so a machine that checks
/// out its packs in a new folder for every job (a CI runner) would add a set of entries each time. After writing
/// an entry, a run looks through the folder when nothing has done so for ``pruneInterval`` (a stamp file says
/// when) and deletes entries written more than ``maximumAge`` ago — an entry in use costs one extra parse a month
/// — then the oldest while the entries take more than ``maximumBytes``. It deletes only files named as it names
/// its entries (and their leftover temporary files), whatever else the folder holds.
public struct ParseCache: Sendable {
    /// The folder of the entries; created when the first entry is written.
    public let folder: String
    /// What makes this build of dglint itself: entries written by another build are not used.
    let build: String

    /// The number that changes whenever the entry format does.
    static let format: UInt64 = 2
    static let magic = Array("dglint-parse-cache\n".utf8)

    public init(folder: String) {
        self.folder = folder
        build = Self.buildIdentity()
    }

    /// Parses YAML (or JSON) `bytes` read from `path`, or returns what an earlier run parsed from the same
    /// bytes.
    public func documents(
        _ bytes: [UInt8], file path: String, loader: YAMLLoader
    ) throws(Diagnostic) -> [LoadedDocument] {
        let entry = entryPath(path, kind: "documents", loader: loader)
        let hash = ContentHash.of(bytes)
        if let cached = read(
            entry, path: path, size: bytes.count, hash: hash, loader: loader, decode: Self.decodeDocuments)
        {
            return cached
        }
        let documents = try loader.load(bytes, file: path)
        var writer = BinaryWriter()
        writer.count(documents.count)
        for document in documents {
            writer.count(document.index)
            document.value.write(to: &writer)
            document.sourceMap.write(to: &writer)
        }
        write(entry, path: path, size: bytes.count, hash: hash, payload: writer.bytes)
        return documents
    }

    /// The value of a pack resource (a JSON schema, a YAML table), read by `parse` or taken from the cache.
    public func value(
        _ bytes: [UInt8], file path: String, loader: YAMLLoader, parse: () throws -> Value
    ) rethrows -> Value {
        let entry = entryPath(path, kind: "value", loader: loader)
        let hash = ContentHash.of(bytes)
        if let cached = read(entry, path: path, size: bytes.count, hash: hash, loader: loader, decode: Self.decodeValue)
        {
            return cached
        }
        let value = try parse()
        var writer = BinaryWriter()
        value.write(to: &writer)
        write(entry, path: path, size: bytes.count, hash: hash, payload: writer.bytes)
        return value
    }

    // MARK: Entries

    private func entryPath(_ path: String, kind: String, loader: YAMLLoader) -> String {
        let limits = loader.limits
        let key =
            "\(kind)\u{0}\(Self.absolute(path))\u{0}\(limits.maxAliasNodes),\(limits.maxDepth),"
            + "\(limits.maxFileSize),\(limits.maxNodes)"
        return FileSystem.join(folder, Self.hex(ContentHash.of(key)) + Self.entrySuffix)
    }

    /// The header every entry starts with: what wrote it and which bytes it was parsed from.
    private func header(path: String, size: Int, hash: UInt64) -> [UInt8] {
        var writer = BinaryWriter()
        writer.raw(Self.magic)
        writer.uint64(Self.format)
        writer.string(build)
        writer.string(path)
        writer.count(size)
        writer.uint64(hash)
        return writer.bytes
    }

    private func read<T>(
        _ entry: String, path: String, size: Int, hash: UInt64, loader: YAMLLoader,
        decode: (inout BinaryReader, Int) throws(BinaryReader.Malformed) -> T
    ) -> T? {
        guard let stored = try? FileSystem.read(entry, limit: 64 << 20) else { return nil }
        let expected = header(path: path, size: size, hash: hash)
        guard stored.count >= expected.count + 8, stored.starts(with: expected) else { return nil }
        return stored.withUnsafeBytes { buffer -> T? in
            var reader = BinaryReader(buffer, offset: expected.count)
            guard let check = try? reader.uint64(),
                ContentHash.of(UnsafeRawBufferPointer(rebasing: buffer[reader.offset...])) == check
            else { return nil }
            // The loader's nesting limit, with room for the document itself and a leaf below the deepest node.
            guard let value = try? decode(&reader, loader.limits.maxDepth + 2), reader.isAtEnd else { return nil }
            return value
        }
    }

    private func write(_ entry: String, path: String, size: Int, hash: UInt64, payload: [UInt8]) {
        var bytes = header(path: path, size: size, hash: hash)
        var check = BinaryWriter()
        check.uint64(ContentHash.of(payload))
        bytes += check.bytes
        bytes += payload
        guard (try? FileOutput.makeFolder(folder)) != nil else { return }
        guard (try? FileSystem.write(bytes: bytes, to: entry)) != nil else { return }
        pruneIfDue(now: Int(time(nil)))
    }

    // MARK: Pruning

    /// How long after it was written an entry is kept: 30 days.
    public static let maximumAge = 30 * 24 * 3600
    /// The most bytes the entries may take: 256 MiB (dglint's own packs take about 1 MiB).
    public static let maximumBytes = 256 << 20
    /// How often the folder is looked through, at most: once a day.
    public static let pruneInterval = 24 * 3600
    /// What ends an entry's name, after the 16 hexadecimal digits of its hash.
    static let entrySuffix = ".parsed"
    /// The file whose modification time says when the folder was last looked through.
    public static let stampName = "pruned.stamp"

    /// Looks through the folder (see ``prune(now:maximumAge:maximumBytes:)``) unless that was done less than
    /// ``pruneInterval`` before `now` (seconds since 1970).
    public func pruneIfDue(now: Int) {
        let stamp = FileSystem.join(folder, Self.stampName)
        if let last = FileSystem.regularFileStatus(stamp)?.modified, (0..<Self.pruneInterval).contains(now - last) {
            return
        }
        // Stamped first, so that other runs starting meanwhile do not look through the folder too.
        guard (try? FileSystem.write(bytes: [], to: stamp)) != nil else { return }
        prune(now: now)
    }

    /// Deletes the entries written more than `maximumAge` seconds before `now`, the temporary files of writes
    /// interrupted more than ``pruneInterval`` before it, and then the oldest entries while the rest take more than
    /// `maximumBytes`. Files not named as entries are never touched.
    public func prune(now: Int, maximumAge: Int = Self.maximumAge, maximumBytes: Int = Self.maximumBytes) {
        guard let names = try? FileSystem.entries(folder) else { return }
        var kept: [(path: String, modified: Int, size: Int)] = []
        for name in names {
            let kind = Self.kind(ofName: name)
            guard kind != .foreign else { continue }
            let path = FileSystem.join(folder, name)
            guard let status = FileSystem.regularFileStatus(path) else { continue }
            let age = now - status.modified
            switch kind {
            case .entry where age > maximumAge, .temporary where age > Self.pruneInterval:
                FileSystem.remove(path)
            case .entry:
                kept.append((path, status.modified, status.size))
            case .temporary, .foreign:
                break
            }
        }
        var total = kept.reduce(0) { $0 + $1.size }
        guard total > maximumBytes else { return }
        for entry in kept.sorted(by: { ($0.modified, $0.path) < ($1.modified, $1.path) }) where total > maximumBytes {
            if FileSystem.remove(entry.path) { total -= entry.size }
        }
    }

    /// What a file of the folder is, by its name.
    private enum FileKind {
        /// An entry: 16 hexadecimal digits and ``ParseCache/entrySuffix``.
        case entry
        /// An entry's temporary file while it is written: the entry's name, ``FileSystem/temporaryMarker`` and a
        /// process id.
        case temporary
        /// Anything else, which pruning leaves alone.
        case foreign
    }

    private static func kind(ofName name: String) -> FileKind {
        let scalars = Array(name.unicodeScalars)
        let suffix = Array(entrySuffix.unicodeScalars)
        guard scalars.count >= 16 + suffix.count,
            scalars[..<16].allSatisfy({ ("0"..."9").contains($0) || ("a"..."f").contains($0) }),
            Array(scalars[16..<(16 + suffix.count)]) == suffix
        else { return .foreign }
        let rest = scalars[(16 + suffix.count)...]
        if rest.isEmpty { return .entry }
        let marker = Array(FileSystem.temporaryMarker.unicodeScalars)
        guard rest.count > marker.count, Array(rest.prefix(marker.count)) == marker,
            rest.dropFirst(marker.count).allSatisfy({ ("0"..."9").contains($0) })
        else { return .foreign }
        return .temporary
    }

    private static func decodeDocuments(
        _ reader: inout BinaryReader, maxDepth: Int
    ) throws(BinaryReader.Malformed) -> [LoadedDocument] {
        let count = try reader.count()
        var documents: [LoadedDocument] = []
        for _ in 0..<count {
            let index = try reader.count(bounded: false)
            var nodes = 0
            let value = try Value(reading: &reader, maxDepth: maxDepth, nodes: &nodes)
            let sourceMap = try SourceMap(reading: &reader, nodes: nodes)
            documents.append(LoadedDocument(value: value, sourceMap: sourceMap, index: index))
        }
        return documents
    }

    private static func decodeValue(_ reader: inout BinaryReader, maxDepth: Int) throws(BinaryReader.Malformed) -> Value
    {
        var nodes = 0
        return try Value(reading: &reader, maxDepth: maxDepth, nodes: &nodes)
    }

    // MARK: Helpers

    /// The version and the executable's size and modification time, which change with every build.
    private static func buildIdentity() -> String {
        var info = stat()
        let executable =
            stat("/proc/self/exe", &info) == 0
            ? "\(info.st_size)-\(info.st_mtim.tv_sec)-\(info.st_mtim.tv_nsec)" : "unknown"
        return "dglint \(EngineInfo.version) \(executable)"
    }

    /// `path` from the root, without resolving links (a cheap key; the header tells entries apart anyway).
    private static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileSystem.join(FileSystem.currentDirectory, path)
    }

    /// `value` as 16 hexadecimal digits.
    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The standard place for the cache: `DGLINT_CACHE_DIR`, else `$XDG_CACHE_HOME/dglint`, else
    /// `~/.cache/dglint`; nil (no cache) when `DGLINT_NO_CACHE` is set or none of these is known.
    public static func standardFolder(environment: (String) -> String?) -> String? {
        if environment("DGLINT_NO_CACHE") != nil { return nil }
        if let folder = environment("DGLINT_CACHE_DIR") { return folder }
        if let xdg = environment("XDG_CACHE_HOME"), xdg.hasPrefix("/") { return FileSystem.join(xdg, "dglint") }
        if let home = environment("HOME"), home.hasPrefix("/") { return FileSystem.join(home, ".cache/dglint") }
        return nil
    }
}
