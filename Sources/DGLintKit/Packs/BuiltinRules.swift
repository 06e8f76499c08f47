/// Finds the built-in `rules/` folder relative to the running executable, so dglint works from any
/// working directory: `<prefix>/share/dglint/rules` for an installed binary, or the package's `rules/`
/// for a binary built in `.build/`.
public enum BuiltinRules {
    public static func locate() -> String? {
        locate(executable: FileSystem.realPath("/proc/self/exe"))
    }

    /// The built-in rules for an executable at `executable`.
    public static func locate(executable: String?) -> String? {
        guard let executable else { return nil }
        let bin = FileSystem.parent(executable)
        let installed = FileSystem.join(FileSystem.parent(bin), "share/dglint/rules")
        if FileSystem.kind(installed) == .directory { return installed }
        var folder = bin
        for _ in 0..<6 {
            let rules = FileSystem.join(folder, "rules")
            if FileSystem.kind(FileSystem.join(folder, "Package.swift")) == .file, FileSystem.kind(rules) == .directory
            {
                return rules
            }
            let parent = FileSystem.parent(folder)
            if parent == folder { break }
            folder = parent
        }
        return nil
    }
}
