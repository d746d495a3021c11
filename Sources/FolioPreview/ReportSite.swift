import FlyingFox
import Foundation

/// Decides the answer to each request: the report (with the live-reload script), other files of
/// the results folder, the event stream, and refusals. The transport is FlyingFox's; every path
/// check is here and in `ResultsFolder`.
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

    /// Largest request head answered; browsers send a few hundred bytes.
    static let maximumHeadSize = 16 * 1024

    public init(folder: ResultsFolder, reportName: String, notebookName: String, state: PreviewState, port: Int) {
        self.folder = folder
        self.reportName = reportName
        self.notebookName = notebookName
        self.state = state
        allowedHosts = ["127.0.0.1:\(port)", "localhost:\(port)", "127.0.0.1", "localhost"]
    }

    public func reply(to request: HTTPRequest) -> Reply {
        let method = request.method.rawValue
        let isHead = method == "HEAD"
        guard method == "GET" || isHead else {
            return .response(Self.text(.methodNotAllowed, "only GET and HEAD are served", extra: [.allow: "GET, HEAD"]))
        }
        let headSize = request.headers.reduce(request.target.rawValue.utf8.count) { $0 + $1.key.rawValue.utf8.count + $1.value.utf8.count + 4 }
        if headSize > Self.maximumHeadSize {
            return .response(Self.text(.requestHeaderFieldsTooLarge, "request head too large"))
        }
        if let host = request.headers[.host], !allowedHosts.contains(host.lowercased()) {
            return .response(Self.text(.forbidden, "this server answers only to 127.0.0.1 and localhost"))
        }
        // The raw, still percent-encoded target: ResultsFolder decides what it names.
        let path = request.target.path(percentEncoded: true)
        let target = request.target.rawValue
        if path == "/" {
            return .response(Self.response(.found, extra: [.location: Self.urlPath(reportName)], head: isHead))
        }
        if path == LiveReload.eventsPath {
            return isHead ? .response(Self.response(.ok, extra: [.contentType: "text/event-stream"], head: true)) : .eventStream
        }
        switch folder.resolve(target) {
        case .file(let url):
            return .response(serve(url, isReport: url.lastPathComponent == reportName && isTopLevel(path), head: isHead))
        case .notFound where path.removingPercentEncoding == "/" + reportName:
            return .response(Self.html(placeholder(), head: isHead))
        case .notFound, .refused:
            return .response(Self.text(.notFound, "not found", head: isHead))
        }
    }

    private func serve(_ url: URL, isReport: Bool, head: Bool) -> HTTPResponse {
        guard let data = try? Data(contentsOf: url) else { return Self.text(.notFound, "not found", head: head) }
        guard url.pathExtension.lowercased() == "html" || url.pathExtension.lowercased() == "htm" else {
            return Self.response(.ok, extra: [.contentType: MIMEType.forExtension(url.pathExtension)], body: data, head: head)
        }
        let failure = isReport ? state.failure : nil
        let page = LiveReload.inject(into: String(decoding: data, as: UTF8.self), generation: state.generation,
                                     banner: failure.map { PreviewPages.banner(message: $0) })
        return Self.html(page, head: head)
    }

    /// No report on disk yet: either the first run is still going or it could not start.
    private func placeholder() -> String {
        let page = state.failure.map { PreviewPages.failure(notebook: notebookName, message: $0) }
            ?? PreviewPages.running(notebook: notebookName)
        return LiveReload.inject(into: page, generation: state.generation)
    }

    /// "/NAME.html" as it goes in a URL: "my run.html" becomes "/my%20run.html".
    public static func urlPath(_ fileName: String) -> String {
        "/" + (fileName.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/", "?", "#", ";"])) ?? fileName)
    }

    private func isTopLevel(_ path: String) -> Bool {
        path.dropFirst().contains("/") == false
    }

    // MARK: - Responses

    /// Every answer is never cached and never content-sniffed; a HEAD answer has the headers
    /// (and Content-Length) of the GET one, without the body.
    static func response(_ status: HTTPStatusCode, extra: [HTTPHeader: String] = [:], body: Data = Data(),
                         head: Bool = false) -> HTTPResponse {
        var headers: HTTPHeaders = [.cacheControl: "no-store", HTTPHeader("X-Content-Type-Options"): "nosniff"]
        for (name, value) in extra { headers[name] = value }
        headers[.contentLength] = String(body.count)
        return HTTPResponse(statusCode: status, headers: headers, body: head ? Data() : body)
    }

    static func text(_ status: HTTPStatusCode, _ message: String, extra: [HTTPHeader: String] = [:], head: Bool = false) -> HTTPResponse {
        var headers = extra
        headers[.contentType] = "text/plain; charset=utf-8"
        return response(status, extra: headers, body: Data((message + "\n").utf8), head: head)
    }

    static func html(_ page: String, head: Bool) -> HTTPResponse {
        response(.ok, extra: [.contentType: MIMEType.forExtension("html")], body: Data(page.utf8), head: head)
    }
}

extension HTTPHeader {
    static let allow = HTTPHeader("Allow")
}
