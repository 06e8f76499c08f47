public import DGLintModel

/// Where packs come from, in the order they are searched: `--rules-path`, the configuration's
/// `rules_path`, `DGLINT_RULES_PATH`, then the built-in `rules/` shipped with dglint.
public struct PackSearchPath: Sendable, Equatable {
    public enum Origin: String, Sendable, Equatable {
        case commandLine = "--rules-path"
        case configuration = "rules_path"
        case environment = "DGLINT_RULES_PATH"
        case builtin = "built-in"
    }

    public struct Entry: Sendable, Equatable {
        public var folder: String
        public var origin: Origin
    }

    public var entries: [Entry]

    public init(
        commandLine: [String] = [], configuration: [String] = [], environment: String? = nil, builtin: String?
    ) {
        entries =
            commandLine.map { Entry(folder: $0, origin: .commandLine) }
            + configuration.map { Entry(folder: $0, origin: .configuration) }
            + (environment ?? "").split(separator: ":").map { Entry(folder: String($0), origin: .environment) }
            + (builtin.map { [Entry(folder: $0, origin: .builtin)] } ?? [])
    }
}

/// A pack folder found on the search path.
public struct DiscoveredPack: Sendable, Equatable {
    /// The folder name, which must equal the pack id.
    public var id: String
    public var folder: String
    public var origin: PackSearchPath.Origin
    /// Folders of packs with the same id found later on the path, and so not used.
    public var shadows: [String] = []
}

/// Finds the packs on a search path. Each path entry is a pack folder (it has `pack.yaml`) or a folder of
/// pack folders. An earlier pack shadows a later one of the same id, with a note.
public enum PackLocator {
    public static func discover(_ path: PackSearchPath) -> (packs: [DiscoveredPack], diagnostics: [Diagnostic]) {
        var packs: [DiscoveredPack] = []
        var diagnostics: [Diagnostic] = []
        var byID: [String: Int] = [:]
        for entry in path.entries {
            var found: [String] = []
            switch FileSystem.kind(entry.folder) {
            case .directory:
                if FileSystem.kind(FileSystem.join(entry.folder, "pack.yaml")) == .file {
                    found = [entry.folder]
                } else {
                    let names = (try? FileSystem.entries(entry.folder)) ?? []
                    found = names.map { FileSystem.join(entry.folder, $0) }.filter {
                        FileSystem.kind(FileSystem.join($0, "pack.yaml")) == .file
                    }
                }
            case .missing(let reason):
                diagnostics.append(
                    Diagnostic(
                        code: "rules-path.missing", severity: entry.origin == .builtin ? .error : .warning,
                        message:
                            "the rules folder \(entry.folder) (from \(entry.origin.rawValue)) cannot be used: \(reason.en)"
                    ))
            default:
                diagnostics.append(
                    Diagnostic(
                        code: "rules-path.missing", severity: .warning,
                        message: "the rules path entry \(entry.folder) (from \(entry.origin.rawValue)) is not a folder")
                )
            }
            for folder in found {
                let id = folder.split(separator: "/").last.map(String.init) ?? folder
                if let earlier = byID[id] {
                    packs[earlier].shadows.append(folder)
                    diagnostics.append(
                        Diagnostic(
                            code: "pack.shadowed", severity: .info,
                            message:
                                "the pack '\(id)' in \(folder) is shadowed by the one in \(packs[earlier].folder), "
                                + "which comes first on the rules path"))
                    continue
                }
                byID[id] = packs.count
                packs.append(DiscoveredPack(id: id, folder: folder, origin: entry.origin))
            }
        }
        return (packs, diagnostics)
    }
}
