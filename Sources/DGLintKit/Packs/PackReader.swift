public import DGLintEngine
public import DGLintModel
public import DGLintYAML

/// Reads a pack folder from disk and hands it to the engine's ``PackDecoder``: parses `pack.yaml`,
/// resolves `include` patterns inside the folder, and computes the pack's SHA-256.
public struct PackReader: Sendable {
    public var decoder: PackDecoder
    public var loader: YAMLLoader
    /// Which packs may run the programs their `functions:` declare; nil when none may.
    public var plugins: PluginPolicy?
    /// Where parsed pack files are kept between runs; nil to parse every file every time.
    public var cache: ParseCache?

    public init(
        decoder: PackDecoder, loader: YAMLLoader = YAMLLoader(), plugins: PluginPolicy? = nil, cache: ParseCache? = nil
    ) {
        self.decoder = decoder
        self.loader = loader
        self.plugins = plugins
        self.cache = cache
    }

    static let sizeLimit = 4 << 20

    /// A discovered pack with its files, listed once for everything that needs them: the includes, the
    /// digest, and the estimate of how much work reading it is.
    public struct Listing: Sendable {
        public var pack: DiscoveredPack
        /// The pack's files (relative paths, sorted), leaving out its tests and hidden files.
        var files: [String]
        /// The bytes of those files: about how much work reading the pack is, so that the largest (the
        /// proposal pack with its schema) can be started first rather than last.
        public var bytes: Int
    }

    /// Lists the files of `discovered`.
    public func list(_ discovered: DiscoveredPack) -> Listing {
        let files = packFiles(discovered.folder)
        let bytes = files.reduce(0) { $0 + FileSystem.size(FileSystem.join(discovered.folder, $1)) }
        return Listing(pack: discovered, files: files, bytes: bytes)
    }

    /// Loads one discovered pack; the pack is nil when it has errors, which the diagnostics then list.
    public func read(_ discovered: DiscoveredPack) -> (pack: Pack?, diagnostics: [Diagnostic]) {
        read(list(discovered))
    }

    /// Loads one listed pack; the pack is nil when it has errors, which the diagnostics then list.
    public func read(_ listing: Listing) -> (pack: Pack?, diagnostics: [Diagnostic]) {
        let discovered = listing.pack
        let manifestPath = FileSystem.join(discovered.folder, "pack.yaml")
        let manifest: SourceDocument
        do {
            manifest = try parseOne(manifestPath)
        } catch {
            return (nil, error.diagnostics)
        }
        let files = listing.files
        let folder = discovered.folder
        // The folder's real path, which includes and resources must stay below, resolved once for the pack (a
        // `readlink` for each component of the path).
        let root = FileSystem.realPath(folder) ?? folder
        var decoder = decoder
        if let plugins { decoder.plugins = plugins.factory(for: discovered) }
        return decoder.decode(
            manifest: manifest, folderName: discovered.id, folder: folder,
            digest: PackDigest { Self.digest(folder: folder, files: files) },
            include: { pattern in resolveInclude(pattern, folder: folder, root: root, files: files) },
            resources: Self.resources(in: folder, root: root, loader: loader, cache: cache))
    }

    /// Parses a YAML file that must hold exactly one document.
    func parseOne(_ path: String) throws(DiagnosticList) -> SourceDocument {
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.read(path, limit: Self.sizeLimit)
        } catch {
            throw DiagnosticList([
                Diagnostic(
                    code: "pack.read", message: error.description, location: SourceLocation(file: path, range: nil))
            ])
        }
        let documents: [LoadedDocument]
        do {
            if let cache {
                documents = try cache.documents(bytes, file: path, loader: loader)
            } else {
                documents = try loader.load(bytes, file: path)
            }
        } catch {
            throw DiagnosticList([error])
        }
        guard documents.count == 1, let document = documents.first else {
            throw DiagnosticList([
                Diagnostic(
                    code: "pack.documents",
                    message: "\(path) must hold exactly one YAML document, but it holds \(documents.count)",
                    location: SourceLocation(file: path, range: nil))
            ])
        }
        return SourceDocument(file: path, value: document.value, sourceMap: document.sourceMap)
    }

    /// Reads YAML or JSON files of the pack folder by relative path — never outside `root`, the folder's real path
    /// (symbolic links resolved).
    static func resources(in folder: String, root: String, loader: YAMLLoader, cache: ParseCache?) -> ResourceLoader {
        { path in
            guard !path.hasPrefix("/"), !path.split(separator: "/").contains("..") else {
                return .failure(ResourceError("'\(path)' is outside the pack folder; keep the file inside it"))
            }
            let full = FileSystem.join(folder, path)
            guard let real = FileSystem.realPath(full) else {
                return .failure(ResourceError("'\(path)' does not exist in the pack folder"))
            }
            guard real.hasPrefix(root + "/") else {
                return .failure(ResourceError("'\(path)' links outside the pack folder; copy the file into it"))
            }
            do {
                let bytes = try FileSystem.read(full, limit: sizeLimit)
                let parse = { () throws -> Value in
                    if path.hasSuffix(".json"), let value = PlainJSON.value(of: bytes) { return value }
                    return try loader.load(bytes, file: full).first?.value ?? .null
                }
                if let cache { return .success(try cache.value(bytes, file: full, loader: loader, parse: parse)) }
                return .success(try parse())
            } catch let error as FileError {
                return .failure(ResourceError(error.description))
            } catch {
                return .failure(ResourceError("\(error)"))
            }
        }
    }

    /// Every file of the pack (relative paths, sorted), leaving out its tests and hidden files.
    func packFiles(_ folder: String) -> [String] {
        var result: [String] = []
        var stack: [(String, String)] = [(folder, "")]
        var seen = Set<FileSystem.Identity>()
        while let (path, relative) = stack.popLast() {
            if let identity = FileSystem.identity(path), !seen.insert(identity).inserted { continue }
            for name in (try? FileSystem.entries(path)) ?? [] where !name.hasPrefix(".") {
                let child = FileSystem.join(path, name)
                let rel = relative.isEmpty ? name : relative + "/" + name
                switch FileSystem.kind(child) {
                case .directory where rel != "tests": stack.append((child, rel))
                case .file: result.append(rel)
                default: continue
                }
            }
        }
        return result.sorted()
    }

    /// SHA-256 over the pack's files: for each, its relative path, a NUL, its size, a NUL and its bytes.
    static func digest(folder: String, files: [String]) -> String {
        var bytes: [UInt8] = []
        for file in files {
            let content = (try? FileSystem.read(FileSystem.join(folder, file), limit: sizeLimit)) ?? []
            bytes += Array(file.utf8) + [0] + Array(String(content.count).utf8) + [0] + content
        }
        return SHA256.hex(of: bytes)
    }

    private func resolveInclude(
        _ pattern: String, folder: String, root: String, files: [String]
    ) -> Result<[SourceDocument], PackDecoder.IncludeError> {
        let glob = Glob(pattern)
        let matches = files.filter { glob.matches($0) && !$0.hasPrefix("tests/") }
        guard !matches.isEmpty else {
            return .failure(PackDecoder.IncludeError("no file of the pack matches it; check the pattern"))
        }
        var documents: [SourceDocument] = []
        var diagnostics: [Diagnostic] = []
        for match in matches where match != "pack.yaml" {
            let path = FileSystem.join(folder, match)
            guard let real = FileSystem.realPath(path), real.hasPrefix(root + "/") else {
                return .failure(
                    PackDecoder.IncludeError(
                        "\(match) is a link to a file outside the pack folder; copy the file into the pack"))
            }
            do {
                documents.append(try parseOne(path))
            } catch {
                diagnostics += error.diagnostics
            }
        }
        if !diagnostics.isEmpty {
            return .failure(PackDecoder.IncludeError("some rule files cannot be read", diagnostics: diagnostics))
        }
        return .success(documents)
    }
}
