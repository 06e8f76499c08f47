public import DGLintEngine

/// The functions built into dglint, as an explicit list.
///
/// Kept by hand, sorted by name; a test checks the order and that every function has passing and failing
/// examples. Nothing registers itself.
public enum BuiltinFunctions {
    /// Every built-in function, sorted by name.
    public static let all: [FunctionDefinition] = [
        AllDefined.definition,
        Compare.definition,
        Count.definition,
        DateFunction.definition,
        Defined.definition,
        Email.definition,
        Enumeration.definition,
        Expr.definition,
        Falsy.definition,
        FiscalYear.definition,
        Length.definition,
        Money.definition,
        OneOfDefined.definition,
        Pattern.definition,
        RangeFunction.definition,
        SchemaFunction.definition,
        Sum.definition,
        ThaiCitizenIDFunction.definition,
        Truthy.definition,
        TypeFunction.definition,
        Undefined.definition,
        Unique.definition,
        URLFunction.definition,
        Xor.definition,
    ]

    /// A registry holding every built-in function.
    public static var registry: FunctionRegistry { FunctionRegistry(all) }
}
