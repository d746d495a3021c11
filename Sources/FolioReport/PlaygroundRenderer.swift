import FolioCore

/// Draws `model.playground()`'s output: in HTML the live panel (its program as inline JSON, the
/// script and stylesheet inline, nothing fetched), in Markdown and ipynb a picture and a sentence.
enum PlaygroundRenderer {
    /// The panel's HTML, ending with a line that says how many bytes it adds to the report.
    static func html(_ panel: PlaygroundPanel, figureNumber: Int) -> String {
        let caption = "<figcaption>Figure \(figureNumber): \(HTMLEscape.text(panel.title))</figcaption>"
        guard panel.unsupported == nil, !panel.program.isEmpty else {
            let reason = panel.unsupported ?? "the model has no program to run"
            return "<figure class=\"out-playground\" id=\"figure-\(figureNumber)\"><div class=\"playground\">" +
                "<p class=\"pg-unsupported\">No live panel for this model: \(HTMLEscape.text(reason)).</p></div>\(caption)</figure>\n"
        }
        // Inside <script>, "</script" or "<!--" in a class name would end or confuse the element:
        // JSON may spell every "<" as \u003c instead.
        let program = panel.program.replacingOccurrences(of: "<", with: "\\u003c")
        let body = """
        <figure class="out-playground" id="figure-\(figureNumber)"><style>\(PlaygroundStyle.css)</style>\
        <div class="playground"><script type="application/json" class="pg-program">\(program)</script>\
        <div class="pg-panels">\
        <div class="pg-draw"><canvas class="pg-canvas" width="280" height="280" role="img" \
        aria-label="Drawing area: draw a digit with the mouse, a pen or a finger"></canvas>\
        <div class="pg-tools"><button type="button" class="pg-clear">Clear</button><span>draw a digit, large, in the box</span></div></div>\
        <div class="pg-seen"><canvas class="pg-seen-image" width="28" height="28" role="img" \
        aria-label="The 28×28 image the model sees"></canvas>what the model sees<br>(28×28)</div>\
        <div class="pg-result"><p class="pg-label" aria-live="polite"></p><ol class="pg-bars"></ol></div>\
        </div>\
        <div class="pg-examples"><p>Or pick a test image from this report:</p><div class="pg-thumbs"></div></div>\
        <p class="pg-failed" hidden></p>\
        <noscript><p class="pg-unsupported">The live panel needs JavaScript; it runs in this page, offline.</p></noscript>\
        </div><script>\(PlaygroundScript.javaScript)</script>\(caption)
        """
        return body + sizeNote(panel, bodyBytes: body.utf8.count) + "</figure>\n"
    }

    /// "This panel adds N bytes …", counting itself: the number is the panel's whole size.
    private static func sizeNote(_ panel: PlaygroundPanel, bodyBytes: Int) -> String {
        func note(_ total: Int) -> String {
            "<p class=\"pg-size\">This panel adds \(grouped(total)) bytes (\(Formatting.bytes(total))) to the report " +
                "(\(grouped(panel.weightBytes)) of them the weights, " +
                "float32 in base64); it runs the model in this page, offline — nothing is sent anywhere.</p>"
        }
        var total = bodyBytes + note(bodyBytes).utf8.count + "</figure>\n".utf8.count
        for _ in 0..<3 {
            let next = bodyBytes + note(total).utf8.count + "</figure>\n".utf8.count
            if next == total { break }
            total = next
        }
        return note(total)
    }

    /// What the Markdown and ipynb reports say in place of the live panel.
    static func fallbackSentence(_ panel: PlaygroundPanel) -> String {
        if let reason = panel.unsupported { return "\(panel.title): no live panel for this model (\(reason))." }
        let shown = panel.fallback == nil ? "" : " The picture shows the test images it offers, with this model's predictions."
        return "\(panel.title): the HTML report has a live panel here — draw a digit and the model, running in the page, predicts it.\(shown)"
    }

    private static func grouped(_ value: Int) -> String {
        let digits = Array(String(value))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }
}
