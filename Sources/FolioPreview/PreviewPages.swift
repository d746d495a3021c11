import FolioReport
/// The pages the preview shows instead of the report: while the first run is going, and the
/// banner that says the last run could not start (the previous report stays visible below it).
enum PreviewPages {
    static func running(notebook: String) -> String {
        page(title: "Running \(notebook)", body: "<p>Running <code>\(escape(notebook))</code>… this page reloads when the report is ready.</p>")
    }

    static func failure(notebook: String, message: String) -> String {
        page(title: "\(notebook) cannot run", body: banner(message: message, overLastReport: false)
             + "<p>No report yet. Fix the notebook and save it; this page reloads.</p>")
    }

    static func banner(message: String, overLastReport: Bool = true) -> String {
        let note = overLastReport ? " — showing the last report. Save the notebook to try again." : ""
        return """
        <div id="folio-preview-error" style="margin:0;padding:12px 16px;background:#fdecea;color:#611a15;\
        border-bottom:2px solid #d93025;font:14px/1.4 system-ui,sans-serif">\
        <strong>The notebook could not run</strong>\(note)\
        <pre style="margin:8px 0 0;white-space:pre-wrap;font:13px/1.4 ui-monospace,monospace">\(escape(message))</pre></div>
        """
    }

    private static func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>\(escape(title))</title></head>
        <body style="margin:0;font:15px/1.5 system-ui,sans-serif"><div style="padding:16px">\(body)</div></body></html>
        """
    }

    static func escape(_ text: String) -> String {
        HTMLEscape.text(text)
    }
}
