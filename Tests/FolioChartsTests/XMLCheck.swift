import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses SVG with Foundation's XMLParser and collects what the tests look at.
final class XMLCheck: NSObject, XMLParserDelegate {
    private(set) var elementNames: [String] = []
    private(set) var attributes: [[String: String]] = []
    private(set) var texts: [String: [String]] = [:]
    private var stack: [String] = []
    private var currentText = ""
    private(set) var error: Error?

    static func parse(_ svg: String) -> XMLCheck {
        let check = XMLCheck()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = check
        if !parser.parse() { check.error = parser.parserError ?? NSError(domain: "XMLCheck", code: 1) }
        return check
    }

    var isWellFormed: Bool { error == nil }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes attributeDict: [String: String] = [:]) {
        elementNames.append(elementName)
        attributes.append(attributeDict)
        stack.append(elementName)
        currentText = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        currentText += string
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        texts[elementName, default: []].append(currentText)
        currentText = ""
        stack.removeLast()
    }

    func attributes(of name: String) -> [[String: String]] {
        zip(elementNames, attributes).filter { $0.0 == name }.map(\.1)
    }
}
