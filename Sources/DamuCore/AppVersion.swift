/// Damu's version, written into every bundle it exports and shown in the About dialog.
public enum AppVersion {
    public static let current = "0.1.0"
}
