/// An XML element built as a value and written out with every name, attribute and text escaped.
///
/// Reporters build JUnit suites from these rather than concatenating markup, so escaping happens in one
/// place (``HTMLText``) and the output is well-formed whatever a proposal contains. Elements are written
/// one per line, indented by two spaces per level; an element whose only child is text is written on
/// one line with it; an element without children is written self-closed.
struct XMLTree {
    /// A child: an element or text.
    enum Node {
        case element(XMLTree)
        case text(String)
    }

    var name: String
    var attributes: [(name: String, value: String)]
    var children: [Node]

    init(_ name: String, _ attributes: [(name: String, value: String)] = [], children: [Node] = []) {
        self.name = name
        self.attributes = attributes
        self.children = children
    }

    /// The element with `child` appended.
    mutating func append(_ child: XMLTree) {
        children.append(.element(child))
    }

    /// The XML declaration every document starts with.
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"

    /// The opening tag, with its attributes; `/>` when `selfClosing`.
    func openTag(selfClosing: Bool = false) -> String {
        var text = "<" + name
        for attribute in attributes {
            text += " \(attribute.name)=\"" + HTMLText.attribute(attribute.value) + "\""
        }
        return text + (selfClosing ? "/>" : ">")
    }

    /// The closing tag.
    var closeTag: String { "</\(name)>" }

    /// The element and its children, starting with `indent` levels of indentation and ending in a newline.
    func write(to text: inout String, indent: Int = 0) {
        let pad = String(repeating: "  ", count: indent)
        if children.isEmpty {
            text += pad + openTag(selfClosing: true) + "\n"
        } else if children.count == 1, case .text(let content) = children[0] {
            text += pad + openTag() + HTMLText.escape(content) + closeTag + "\n"
        } else {
            text += pad + openTag() + "\n"
            for child in children {
                switch child {
                case .element(let element): element.write(to: &text, indent: indent + 1)
                case .text(let content): text += HTMLText.escape(content) + "\n"
                }
            }
            text += pad + closeTag + "\n"
        }
    }
}
