import DGLintTestSupport
import Testing

@testable import DGLintFunctions

/// `url` and `email` read an ASCII text by its bytes and any other text by its characters. The character
/// paths are the reference: on every ASCII text below, the byte paths must give the same answer.
@Suite struct ASCIIPathTests {
    /// Texts near the edges of both checks: schemes, case, ports, user parts, labels, control characters.
    static let edges: [String] = [
        "", "http://", "https://", "HTTPS://DMS.GO.TH", "Http://a.b", "https://dms.go.th/", "https://dms.go.th?x#y",
        "https://dms.go.th:8080", "https://dms.go.th:", "https://dms.go.th:123456", "https://dms.go.th:8o",
        "https://user:pw@dms.go.th:443/a", "https://@dms.go.th", "https://a@b@dms.go.th", "https://-dms.go.th",
        "https://dms-.go.th", "https://dms..go.th", "https://.dms.go.th", "https://dms.go.th.", "https://dms_x.go.th",
        "https://dms.go.th/a b", "https://dms.go.th/\u{7}", "https://d\u{7}.go.th", "https://dms.go.th\t",
        "ftp://dms.go.th", "https:/dms.go.th", "http://localhost:8080/x", "https://127.0.0.1",
        "dpo@dms.go.th", "DPO@DMS.GO.TH", "somjai.j+pdpa@moph.go.th", "dpo@dms", "dpo at dms.go.th", "dpo@@dms.go.th",
        "dpo@dms..go.th", "@dms.go.th", "dpo@", "dpo@-dms.go.th", "dpo@dms-.go.th", "dpo@dms.go.t", "dpo@dms.go.t1",
        "dpo@dms.go.th\u{7F}", "\u{7F}@dms.go.th", "d\u{1}po@dms.go.th", String(repeating: "a", count: 64) + "@x.th",
        String(repeating: "a", count: 65) + "@x.th", "a@b_c.th", "a@b.c-d.th", "a@1.2.th",
    ]

    @Test(arguments: edges)
    func edgeCases(_ text: String) {
        #expect(URLFunction.parts(text)?.scheme == URLFunction.unicodeParts(text)?.scheme, "\(text)")
        #expect(URLFunction.parts(text)?.host == URLFunction.unicodeParts(text)?.host, "\(text)")
        #expect(Email.isPlausible(text) == Email.isPlausibleUnicode(text), "\(text)")
    }

    /// Random texts over an alphabet weighted towards the characters both checks care about.
    @Test func randomTexts() {
        let alphabet = Array("https://aZ09.-@:/?#_ \t\u{1}\u{7F}wgo.th+".unicodeScalars)
        var generator = SplitMix(seed: 2569)
        var agreed = 0
        for _ in 0..<20_000 {
            let length = Int(generator.next() % 24)
            var text = generator.next() % 2 == 0 ? "https://" : ""
            for _ in 0..<length {
                text.unicodeScalars.append(alphabet[Int(generator.next() % UInt64(alphabet.count))])
            }
            let url = URLFunction.parts(text)
            let reference = URLFunction.unicodeParts(text)
            #expect(url?.scheme == reference?.scheme && url?.host == reference?.host, "\(text.debugDescription)")
            #expect(Email.isPlausible(text) == Email.isPlausibleUnicode(text), "\(text.debugDescription)")
            if url != nil || Email.isPlausible(text) { agreed += 1 }
        }
        // The alphabet makes valid URLs and addresses common enough that both answers are exercised.
        #expect(agreed > 500)
    }

    @Test func nonASCIITextsTakeTheCharacterPath() {
        #expect(URLFunction.parts("https://ไทย.go.th")?.host == "ไทย.go.th")
        #expect(Email.isPlausible("ผู้ดูแล@ไทย.th") == Email.isPlausibleUnicode("ผู้ดูแล@ไทย.th"))
        #expect(URLFunction.parts("https://dms.go.th\u{85}") == nil)
    }
}
