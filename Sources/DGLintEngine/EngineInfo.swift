/// The dglint version packs are checked against (`engine:` in pack.yaml) and reports are stamped with.
public enum EngineInfo {
    public static let version = SemanticVersion(0, 1, 0)
}
