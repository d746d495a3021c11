/// Content types for the files a results folder holds.
enum MIMEType {
    static func forExtension(_ fileExtension: String) -> String {
        switch fileExtension.lowercased() {
        case "html", "htm": return "text/html; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "css": return "text/css; charset=utf-8"
        case "js", "mjs": return "text/javascript; charset=utf-8"
        case "md": return "text/markdown; charset=utf-8"
        case "json", "ipynb": return "application/json"
        case "txt", "csv": return "text/plain; charset=utf-8"
        default: return "application/octet-stream"
        }
    }
}
