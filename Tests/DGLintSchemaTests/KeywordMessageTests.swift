import DGLintModel
import DGLintSchema
import Testing

/// A schema, an instance that fails it once, and the violation expected: where, which keyword, what message.
struct MessageExample: Sendable, CustomTestStringConvertible {
    var schema: String
    var instance: String
    var at: String
    var keywordPath: String
    var keyword: String
    var en: String
    var th: String

    var testDescription: String { keywordPath }
}

let messageExamples: [MessageExample] = [
    MessageExample(
        schema: #"{"properties": {"budget": {"properties": {"total": {"type": "number"}}}}}"#,
        instance: #"{"budget": {"total": "ห้าล้าน"}}"#, at: "/budget/total",
        keywordPath: "/properties/budget/properties/total/type", keyword: "type",
        en: "expected a number, found a string", th: "ต้องเป็นตัวเลข แต่พบข้อความ"),
    MessageExample(
        schema: #"{"type": ["string", "null"]}"#, instance: "1.5", at: "", keywordPath: "/type", keyword: "type",
        en: "expected a string or null, found a number", th: "ต้องเป็นข้อความหรือค่าว่าง (null) แต่พบตัวเลข"),
    MessageExample(
        schema: #"{"enum": ["draft", "final"]}"#, instance: #""done""#, at: "", keywordPath: "/enum", keyword: "enum",
        en: #"must be one of draft, final"#, th: #"ต้องเป็นค่าใดค่าหนึ่งใน draft, final"#),
    MessageExample(
        schema: #"{"const": 1}"#, instance: "2", at: "", keywordPath: "/const", keyword: "const",
        en: "must be exactly 1", th: "ต้องมีค่าเท่ากับ 1"),
    MessageExample(
        schema: #"{"multipleOf": 0.25}"#, instance: "1.1", at: "", keywordPath: "/multipleOf",
        keyword: "multipleOf", en: "must be a multiple of 0.25", th: "ต้องเป็นพหุคูณของ 0.25"),
    MessageExample(
        schema: #"{"maximum": 10}"#, instance: "11", at: "", keywordPath: "/maximum", keyword: "maximum",
        en: "must be at most 10", th: "ต้องไม่เกิน 10"),
    MessageExample(
        schema: #"{"exclusiveMaximum": 10}"#, instance: "10", at: "", keywordPath: "/exclusiveMaximum",
        keyword: "exclusiveMaximum", en: "must be less than 10", th: "ต้องน้อยกว่า 10"),
    MessageExample(
        schema: #"{"minimum": 0}"#, instance: "-1", at: "", keywordPath: "/minimum", keyword: "minimum",
        en: "must be at least 0", th: "ต้องไม่น้อยกว่า 0"),
    MessageExample(
        schema: #"{"exclusiveMinimum": 0}"#, instance: "0", at: "", keywordPath: "/exclusiveMinimum",
        keyword: "exclusiveMinimum", en: "must be greater than 0", th: "ต้องมากกว่า 0"),
    MessageExample(
        schema: #"{"maxLength": 3}"#, instance: #""โครงการ""#, at: "", keywordPath: "/maxLength", keyword: "maxLength",
        en: "must be at most 3 characters long, found 7", th: "ต้องยาวไม่เกิน 3 ตัวอักษร แต่พบ 7 ตัวอักษร"),
    MessageExample(
        schema: #"{"minLength": 2}"#, instance: #""a""#, at: "", keywordPath: "/minLength", keyword: "minLength",
        en: "must be at least 2 characters long, found 1", th: "ต้องยาวอย่างน้อย 2 ตัวอักษร แต่พบ 1 ตัวอักษร"),
    MessageExample(
        schema: #"{"pattern": "^DG-[0-9]+$"}"#, instance: #""DG-x""#, at: "", keywordPath: "/pattern",
        keyword: "pattern", en: "must match the pattern ^DG-[0-9]+$", th: "ต้องตรงกับรูปแบบ ^DG-[0-9]+$"),
    MessageExample(
        schema: #"{"maxItems": 1}"#, instance: "[1, 2]", at: "", keywordPath: "/maxItems", keyword: "maxItems",
        en: "must have at most 1 items, found 2", th: "ต้องมีไม่เกิน 1 รายการ แต่พบ 2 รายการ"),
    MessageExample(
        schema: #"{"minItems": 1}"#, instance: "[]", at: "", keywordPath: "/minItems", keyword: "minItems",
        en: "must have at least 1 items, found 0", th: "ต้องมีอย่างน้อย 1 รายการ แต่พบ 0 รายการ"),
    MessageExample(
        schema: #"{"uniqueItems": true}"#, instance: #"[1, {"a": 1}, 1.0]"#, at: "", keywordPath: "/uniqueItems",
        keyword: "uniqueItems", en: "items must be unique, but items 0 and 2 are equal",
        th: "รายการต้องไม่ซ้ำกัน แต่รายการที่ 0 และ 2 ซ้ำกัน"),
    MessageExample(
        schema: #"{"contains": {"type": "string"}}"#, instance: "[1]", at: "", keywordPath: "/contains",
        keyword: "contains", en: "must contain at least 1 matching item, found 0",
        th: "ต้องมีรายการที่ตรงตามสคีมาของ contains อย่างน้อย 1 รายการ แต่พบ 0 รายการ"),
    MessageExample(
        schema: #"{"contains": {"type": "string"}, "minContains": 2}"#, instance: #"["a"]"#, at: "",
        keywordPath: "/minContains", keyword: "minContains", en: "must contain at least 2 matching items, found 1",
        th: "ต้องมีรายการที่ตรงตามสคีมาของ contains อย่างน้อย 2 รายการ แต่พบ 1 รายการ"),
    MessageExample(
        schema: #"{"contains": {"type": "string"}, "maxContains": 1}"#, instance: #"["a", "b"]"#, at: "",
        keywordPath: "/maxContains", keyword: "maxContains", en: "must contain at most 1 matching item, found 2",
        th: "ต้องมีรายการที่ตรงตามสคีมาของ contains ไม่เกิน 1 รายการ แต่พบ 2 รายการ"),
    MessageExample(
        schema: #"{"maxProperties": 1}"#, instance: #"{"a": 1, "b": 2}"#, at: "", keywordPath: "/maxProperties",
        keyword: "maxProperties", en: "must have at most 1 properties, found 2", th: "ต้องมีไม่เกิน 1 ฟิลด์ แต่พบ 2 ฟิลด์"),
    MessageExample(
        schema: #"{"minProperties": 1}"#, instance: "{}", at: "", keywordPath: "/minProperties",
        keyword: "minProperties", en: "must have at least 1 properties, found 0",
        th: "ต้องมีอย่างน้อย 1 ฟิลด์ แต่พบ 0 ฟิลด์"),
    MessageExample(
        schema: #"{"properties": {"owner": {"required": ["agency"]}}}"#, instance: #"{"owner": {}}"#, at: "/owner",
        keywordPath: "/properties/owner/required", keyword: "required", en: "missing required property 'agency'",
        th: "ขาดฟิลด์ที่จำเป็น 'agency'"),
    MessageExample(
        schema: #"{"dependentRequired": {"budget": ["currency"]}}"#, instance: #"{"budget": 5}"#, at: "",
        keywordPath: "/dependentRequired", keyword: "dependentRequired",
        en: "property 'currency' is required when 'budget' is present",
        th: "ต้องมีฟิลด์ 'currency' เมื่อมีฟิลด์ 'budget'"),
    MessageExample(
        schema: #"{"properties": {"a": true}, "additionalProperties": false}"#, instance: #"{"a": 1, "b": 2}"#,
        at: "/b", keywordPath: "/additionalProperties", keyword: "additionalProperties",
        en: "property 'b' is not allowed", th: "ไม่อนุญาตให้มีฟิลด์ 'b'"),
    MessageExample(
        schema: #"{"prefixItems": [true], "items": false}"#, instance: "[1, 2]", at: "/1", keywordPath: "/items",
        keyword: "items", en: "item 1 is not allowed", th: "ไม่อนุญาตให้มีรายการที่ 1"),
    MessageExample(
        schema: #"{"allOf": [{"properties": {"a": true}}], "unevaluatedProperties": false}"#,
        instance: #"{"a": 1, "z": 2}"#, at: "/z", keywordPath: "/unevaluatedProperties",
        keyword: "unevaluatedProperties", en: "property 'z' is not allowed", th: "ไม่อนุญาตให้มีฟิลด์ 'z'"),
    MessageExample(
        schema: #"{"prefixItems": [true], "unevaluatedItems": false}"#, instance: "[1, 2]", at: "/1",
        keywordPath: "/unevaluatedItems", keyword: "unevaluatedItems", en: "item 1 is not allowed",
        th: "ไม่อนุญาตให้มีรายการที่ 1"),
    MessageExample(
        schema: #"{"anyOf": [{"type": "string"}, {"type": "null"}]}"#, instance: "1", at: "", keywordPath: "/anyOf",
        keyword: "anyOf", en: "does not match any of the 2 alternatives", th: "ไม่ตรงกับทางเลือกใดเลยจาก 2 ทางเลือก"),
    MessageExample(
        schema: #"{"oneOf": [{"type": "integer"}, {"minimum": 0}]}"#, instance: "1", at: "", keywordPath: "/oneOf",
        keyword: "oneOf", en: "matches more than one alternative (0, 1); exactly one is required",
        th: "ตรงกับมากกว่าหนึ่งทางเลือก (ที่ 0, 1) แต่ต้องตรงเพียงทางเลือกเดียว"),
    MessageExample(
        schema: #"{"not": {"type": "null"}}"#, instance: "null", at: "", keywordPath: "/not", keyword: "not",
        en: "must not match the schema under 'not'", th: "ต้องไม่ตรงกับสคีมาใน not"),
    MessageExample(
        schema: #"{"if": {"required": ["budget"]}, "then": {"required": ["currency"]}}"#, instance: #"{"budget": 1}"#,
        at: "", keywordPath: "/then/required", keyword: "required", en: "missing required property 'currency'",
        th: "ขาดฟิลด์ที่จำเป็น 'currency'"),
    MessageExample(
        schema: #"{"if": {"required": ["budget"]}, "else": {"maxProperties": 0}}"#, instance: #"{"x": 1}"#, at: "",
        keywordPath: "/else/maxProperties", keyword: "maxProperties", en: "must have at most 0 properties, found 1",
        th: "ต้องมีไม่เกิน 0 ฟิลด์ แต่พบ 1 ฟิลด์"),
    MessageExample(
        schema: #"{"dependentSchemas": {"budget": {"required": ["currency"]}}}"#, instance: #"{"budget": 1}"#,
        at: "", keywordPath: "/dependentSchemas/budget/required", keyword: "required",
        en: "missing required property 'currency'", th: "ขาดฟิลด์ที่จำเป็น 'currency'"),
    MessageExample(
        schema: #"{"propertyNames": {"pattern": "^[a-z]+$"}}"#, instance: #"{"Bad": 1}"#, at: "/Bad",
        keywordPath: "/propertyNames", keyword: "propertyNames",
        en: "the property name 'Bad' does not match the 'propertyNames' schema",
        th: "ชื่อฟิลด์ 'Bad' ไม่ตรงตามสคีมาของ propertyNames"),
    MessageExample(
        schema: #"{"patternProperties": {"^x-": {"type": "string"}}}"#, instance: #"{"x-note": 1}"#, at: "/x-note",
        keywordPath: "/patternProperties/^x-/type", keyword: "type", en: "expected a string, found an integer",
        th: "ต้องเป็นข้อความ แต่พบจำนวนเต็ม"),
    MessageExample(
        schema: #"{"prefixItems": [{"type": "string"}]}"#, instance: "[true]", at: "/0",
        keywordPath: "/prefixItems/0/type", keyword: "type", en: "expected a string, found a boolean",
        th: "ต้องเป็นข้อความ แต่พบค่าจริง/เท็จ"),
    MessageExample(
        schema: "false", instance: "1", at: "", keywordPath: "", keyword: "false", en: "no value is allowed here",
        th: "ไม่อนุญาตให้มีค่าในตำแหน่งนี้"),
    MessageExample(
        schema: #"{"properties": {"a/b": {"properties": {"c~d": false}}}}"#, instance: #"{"a/b": {"c~d": 0}}"#,
        at: "/a~1b/c~0d", keywordPath: "/properties/a~1b/properties/c~0d", keyword: "properties",
        en: "property 'c~d' is not allowed", th: "ไม่อนุญาตให้มีฟิลด์ 'c~d'"),
]

/// Each keyword's violation: instance path, keyword path, keyword, and the message in both languages.
@Test(arguments: messageExamples)
func violationMessage(_ example: MessageExample) throws {
    let schema = try compile(example.schema)
    let expected = Seen(
        at: example.at, keywordPath: example.keywordPath, keyword: example.keyword, en: example.en, th: example.th)
    #expect(try violations(schema, example.instance) == [expected])
    #expect(!schema.isValid(try json(example.instance)))
}

/// Every error is reported, in instance order, not only the first.
@Test func reportsEveryViolation() throws {
    let schema = try compile(
        #"{"properties": {"a": {"type": "string"}, "b": {"minimum": 5}}, "required": ["c", "d"]}"#)
    let seen = try violations(schema, #"{"b": 1, "a": 2}"#)
    #expect(seen.map(\.keywordPath) == ["/properties/b/minimum", "/properties/a/type", "/required", "/required"])
    #expect(seen.map(\.at) == ["/b", "/a", "", ""])
}

/// A valid instance gives no violations.
@Test func validInstanceHasNoViolations() throws {
    let schema = try compileYAML(
        """
        type: object
        required: [title, budget]
        properties:
          title: {type: string, minLength: 1}
          budget: {type: number, minimum: 0}
        """)
    #expect(schema.validate(try json(#"{"title": "ระบบ e-Service", "budget": 1.5e6}"#)).isEmpty)
    #expect(schema.isValid(try json(#"{"title": "x", "budget": 0}"#)))
    #expect(!schema.isValid(try json(#"{"title": "", "budget": 0}"#)))
}
