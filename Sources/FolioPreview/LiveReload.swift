import Foundation

/// The script the server adds to every HTML page it serves (never to the file on disk). It opens
/// an EventSource on `/__folio/events` and reloads when the server announces a generation other
/// than the one the page was served at. Comparing generations, rather than reacting to any
/// event, means a run that finished between the page load and the EventSource connect is not
/// missed: the first event after connecting already carries the new generation.
enum LiveReload {
    static let eventsPath = "/__folio/events"

    static func script(generation: Int) -> String {
        """
        <script>/* folio preview live reload */(function(){\
        var served=\(generation),key="folio-preview-scroll:"+location.pathname;\
        var y=sessionStorage.getItem(key);\
        if(y!==null){sessionStorage.removeItem(key);window.addEventListener("load",function(){window.scrollTo(0,+y);});}\
        var source=new EventSource("\(eventsPath)");\
        source.addEventListener("reload",function(e){\
        if(+e.data!==served){sessionStorage.setItem(key,String(window.scrollY));source.close();location.reload();}\
        });})();</script>
        """
    }

    /// Adds the script (and an optional banner right after `<body>`) to a served HTML page.
    static func inject(into html: String, generation: Int, banner: String? = nil) -> String {
        var page = html
        if let banner {
            if let bodyTag = page.range(of: "<body", options: .caseInsensitive),
               let close = page.range(of: ">", range: bodyTag.upperBound..<page.endIndex) {
                page.insert(contentsOf: banner, at: close.upperBound)
            } else {
                page = banner + page
            }
        }
        let script = script(generation: generation)
        if let end = page.range(of: "</body>", options: [.caseInsensitive, .backwards]) {
            page.insert(contentsOf: script, at: end.lowerBound)
        } else {
            page += script
        }
        return page
    }
}
