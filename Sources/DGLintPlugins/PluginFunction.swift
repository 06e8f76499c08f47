import DGLintEngine
import DGLintJSONPath
import DGLintModel

/// A rule function answered by a plugin program: each evaluation is one call. Whatever goes wrong — the
/// program crashed, hung, answered garbage or reported an error — becomes a result of the rule saying so,
/// never a silent pass.
struct PluginFunction: RuleFunction {
    var name: String
    var pack: String
    var options: [String: Value]
    var timeout: Double
    var process: PluginProcess

    func evaluate(_ target: Value?, in context: FunctionContext) -> [FunctionResult] {
        let outcome = process.call(
            function: name, target: target, options: options, path: context.path, timeout: timeout)
        switch outcome {
        case .failure(let report):
            return [FunctionResult(report.message(function: name, pack: pack))]
        case .success(let results):
            return results.map(result)
        }
    }

    /// One entry of a reply's `results`; a malformed entry is reported as such.
    private func result(_ value: Value) -> FunctionResult {
        let message: LocalizedText?
        switch value["message"] {
        case .string(let text)?: message = LocalizedText(text)
        case .object(let texts)?:
            let th = texts["th"]?.stringValue
            let en = texts["en"]?.stringValue
            message = th == nil && en == nil ? nil : LocalizedText(th: th ?? en ?? "", en: en ?? th ?? "")
        default: message = nil
        }
        guard let message else {
            return malformed("a result without a \"message\" (a string or {\"th\", \"en\"}): \(value.jsonText())")
        }
        guard let pathText = value["path"], !pathText.isNull else { return FunctionResult(message) }
        guard let text = pathText.stringValue, let query = try? JSONPathQuery.parse(text),
            let path = query.singularPath
        else {
            return malformed("the result path \(pathText.jsonText()) is not a normalized path such as $['a'][0]")
        }
        return FunctionResult(message, path: path)
    }

    private func malformed(_ detail: String) -> FunctionResult {
        FunctionResult(
            PluginFailureReport(failure: .garbage(detail), stderr: "").message(function: name, pack: pack))
    }
}
