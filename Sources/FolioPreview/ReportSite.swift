import Foundation

/// Decides the answer to each request: the report (with the live-reload script), other files of
/// the results folder, the event stream, and refusals. Knows nothing of sockets.
public struct ReportSite {
    public enum Reply {
        case response(HTTPResponse)
        /// Keep the connection and stream `reload` events on it.
        case eventStream
    }

    let folder: ResultsFolder
    /// "NAME.html", what `/` redirects to.
    let reportName: String
    let notebookName: String
    let state: PreviewState
    /// Requests must name this server in Host, so a web page cannot reach it through a
    /// DNS-rebound name.
    let allowedHosts: Set<String>

    public init(folder: ResultsFolder, reportName: String, notebookName: String, state: PreviewState, port: Int) {
        self.folder = folder
        self.reportName = reportName
        self.notebookName = notebookName
        self.state = state
        allowedHosts = ["127.0.0.1:\(port)", "localhost:\(port)", "127.0.0.1", "localhost"]
    }

    public func reply(to request: HTTPRequest) -> Reply {
        guard request.method == "GET" || request.method == "HEAD" else {
            return .response(.text(405, "only GET and HEAD are served", extraHeaders: [("Allow", "GET, HEAD")]))
        }
        if let host = request.header("Host"), !allowedHosts.contains(host.lowercased()) {
            return .response(.text(403, "this server answers only to 127.0.0.1 and localhost"))
        }
        let path = request.target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        if path == "/" {
            return .response(HTTPResponse(status: 302, headers: [("Location", Self.urlPath(reportName))]))
        }
        if path == LiveReload.eventsPath {
            return request.method == "GET" ? .eventStream
                : .response(HTTPResponse(status: 200, headers: [("Content-Type", "text/event-stream")]))
        }
        switch folder.resolve(request.target) {
        case .file(let url):
            return .response(serve(url, isReport: url.lastPathComponent == reportName && isTopLevel(path)))
        case .notFound where path.removingPercentEncoding == "/" + reportName:
            return .response(placeholder())
        case .notFound, .refused:
            return .response(.text(404, "not found"))
        }
    }

    private func serve(_ url: URL, isReport: Bool) -> HTTPResponse {
        guard let data = try? Data(contentsOf: url) else { return .text(404, "not found") }
        let type = MIMEType.forExtension(url.pathExtension)
        guard url.pathExtension.lowercased() == "html" || url.pathExtension.lowercased() == "htm" else {
            return HTTPResponse(status: 200, headers: [("Content-Type", type)], body: [UInt8](data))
        }
        let failure = isReport ? state.failure : nil
        let page = LiveReload.inject(into: String(decoding: data, as: UTF8.self), generation: state.generation,
                                     banner: failure.map { PreviewPages.banner(message: $0) })
        return .html(page)
    }

    /// No report on disk yet: either the first run is still going or it could not start.
    private func placeholder() -> HTTPResponse {
        let page = state.failure.map { PreviewPages.failure(notebook: notebookName, message: $0) }
            ?? PreviewPages.running(notebook: notebookName)
        return .html(LiveReload.inject(into: page, generation: state.generation))
    }

    /// "/NAME.html" as it goes in a URL: "my run.html" becomes "/my%20run.html".
    public static func urlPath(_ fileName: String) -> String {
        "/" + (fileName.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/", "?", "#", ";"])) ?? fileName)
    }

    private func isTopLevel(_ path: String) -> Bool {
        path.dropFirst().contains("/") == false
    }
}
