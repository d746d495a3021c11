/// The Folio release, shown in reports and folded into cache keys.
public enum FolioVersion {
    public static let current = "0.1.0"
}
