/// lantu's version, printed by `lantu --version` and named in the release archive.
public enum LantuVersion {
    public static let current = "0.3.0"
}
