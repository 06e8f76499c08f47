import DGLintEngine
import DGLintModel
import Testing

@Suite("Message templates")
struct MessageTemplateTests {
    static let path: [PathElement] = [.key("budget"), .key("items"), .index(0), .key("unit/price")]

    @Test("every placeholder renders, in each language")
    func allPlaceholders() throws {
        let template = try MessageTemplate(
            LocalizedText(
                th: "{{rule}}: {{field}} = {{value}} ({{error}})",
                en: "{{rule}} {{path}} {{pointer}} {{property}} {{ value }} [{{error}}]"))
        let text = template.render(
            path: Self.path, value: 12.5, error: LocalizedText(th: "ผิด", en: "wrong"), rule: "BUD-01")
        #expect(text.th == "BUD-01: budget.items[0]['unit/price'] = 12.5 (ผิด)")
        #expect(
            text.en
                == "BUD-01 $['budget']['items'][0]['unit/price'] /budget/items/0/unit~1price unit/price 12.5 [wrong]")
    }

    @Test(
        "values show strings as they are, others as JSON, missing ones as such",
        arguments: [
            (Value?.some("ข้อความ"), "ข้อความ"), (.some(["a": [1, true]]), #"{"a":[1,true]}"#), (.some(.null), "null"),
            (nil, "(missing)"),
            (.some(.string(String(repeating: "ก", count: 81))), String(repeating: "ก", count: 77) + "…"),
            (.some(.string(String(repeating: "x", count: 80))), String(repeating: "x", count: 80)),
        ])
    func values(value: Value?, shown: String) throws {
        let template = try MessageTemplate(LocalizedText("{{value}}"))
        #expect(template.render(path: [], value: value, error: LocalizedText(""), rule: "R-1").en == shown)
    }

    @Test("property is the last member name, skipping indices; empty at the root")
    func property() throws {
        let template = try MessageTemplate(LocalizedText("<{{property}}>"))
        let error = LocalizedText("")
        #expect(template.render(path: [.key("risks"), .index(2)], value: nil, error: error, rule: "R").en == "<risks>")
        #expect(template.render(path: [], value: nil, error: error, rule: "R").en == "<>")
        #expect(template.render(path: [.index(0)], value: nil, error: error, rule: "R").en == "<>")
    }

    @Test("text around and between placeholders is kept, single braces too")
    func literalText() throws {
        let template = try MessageTemplate(LocalizedText("{a} {{rule}}{{rule}} }} {"))
        #expect(template.render(path: [], value: nil, error: LocalizedText(""), rule: "R").en == "{a} RR }} {")
    }

    @Test(
        "broken templates say what is wrong",
        arguments: [
            (
                "at {{pth}}",
                "unknown placeholder '{{pth}}'; did you mean 'path'?; known placeholders: {{path}}, {{field}}, {{pointer}}, {{value}}, {{property}}, {{error}}, {{rule}}"
            ),
            (
                "{{}}",
                "unknown placeholder '{{}}'; known placeholders: {{path}}, {{field}}, {{pointer}}, {{value}}, {{property}}, {{error}}, {{rule}}"
            ),
            ("at {{path", "'{{' is not closed with '}}'"),
            ("at {{path}", "'{{' is not closed with '}}'"),
        ])
    func broken(text: String, message: String) {
        #expect(throws: MessageTemplateError.self) { try MessageTemplate(LocalizedText(th: "ก", en: text)) }
        do {
            _ = try MessageTemplate(LocalizedText(th: text, en: "fine"))
        } catch {
            #expect(error.message == message)
        }
    }
}
