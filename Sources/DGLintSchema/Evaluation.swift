import DGLintModel

/// What in-place applicators learned about an instance, for `unevaluatedItems` and `unevaluatedProperties`:
/// the properties and items some successful subschema evaluated.
struct Annotations {
    var properties: Set<String> = []
    /// Items `0..<itemsPrefix` were evaluated (`prefixItems`).
    var itemsPrefix = 0
    /// Every item was evaluated (`items`, `unevaluatedItems`).
    var allItems = false
    /// Items matched by `contains`.
    var items: Set<Int> = []

    mutating func merge(_ other: Annotations) {
        properties.formUnion(other.properties)
        itemsPrefix = max(itemsPrefix, other.itemsPrefix)
        allItems = allItems || other.allItems
        items.formUnion(other.items)
    }

    func isItemEvaluated(_ index: Int) -> Bool {
        allItems || index < itemsPrefix || items.contains(index)
    }
}

/// One step from a node of the instance to a child of it: the position of a member of an object, or the index of an
/// item of an array. Plain data, pushed and popped without reference counting.
enum InstanceStep: Equatable {
    case member(Int)
    case item(Int)
}

/// One run of a program over one instance: the violations found and the state of the walk (instance path,
/// keyword path, dynamic scope, depth). Created per call, never shared, which keeps validation thread-safe.
///
/// A struct walked through `mutating` methods rather than a class: its state is then checked for exclusive access
/// when compiled, where a class's stored properties are checked at run time on every append and removal.
struct Evaluation {
    /// How many schemas deep an evaluation may go (through subschemas and references) before it stops: enough for
    /// any real proposal or pack schema, and small enough that a debug build stays within the 512 KB stack of a
    /// macOS secondary thread (`LimitTests` checks this).
    static let maxDepth = 128
    /// How many schema evaluations one validation may make, on top of ``stepsPerNode`` for each node of the
    /// instance. Real schemas visit each node a few dozen times; a schema whose branches lead back to itself
    /// (`allOf: [{$ref: "#"}, {$ref: "#"}]`) has 2^128 paths within the depth limit and would never end.
    static let baseSteps = 200_000
    static let stepsPerNode = 100

    let program: SchemaProgram
    /// The instance validated, kept to count its nodes should ``baseSteps`` run out.
    private let instance: Value
    /// Whether to stop at the first error: set while evaluating branches whose errors are discarded, and by
    /// `isValid`, which discards them all. Errors are then counted but not recorded, so no message is written.
    var failFast: Bool
    /// Whether the schema object being evaluated collects annotations (``SchemaNode/collectsAnnotations``); when
    /// not, applicators record nothing in theirs.
    var annotating = false
    var violations: [SchemaViolation] = []
    /// The steps from the instance validated down to the node being evaluated: plain positions, made into an
    /// instance path (``instancePath``) only when a violation is recorded, so that descending to a member neither
    /// retains nor releases its name.
    var instanceSteps: [InstanceStep] = []
    /// The keyword path down to the schema object being evaluated, as steps made into reference tokens (and
    /// escaped) only when a violation is recorded. The keyword being applied, its last step while it is, is kept
    /// in ``applying`` and pushed only when evaluation descends below it (``descend(_:_:_:token:as:)``): most
    /// keywords are assertions that never do.
    var keywordPath: [KeywordStep] = []
    /// The keyword of the schema object being evaluated that is being applied.
    var applying = Keyword.ref
    /// The schema resources entered, outermost first.
    var scope: [Int] = []
    private var depth = 0
    /// The steps left: each schema evaluated costs one, each violation recorded its keyword path's length.
    private(set) var steps = Self.baseSteps
    /// Whether the instance's share of steps (``stepsPerNode`` per node) has been added to ``steps``. It is added
    /// when the base runs out, so that instances validated within the base are never walked to be counted.
    private var nodeStepsAdded = false
    /// Whether schemas are first given to the quick check (``quick(_:_:length:depth:spent:)``); off once
    /// checks it could not settle have cost more than ``baseSteps``, and in tests that compare with the full
    /// evaluation alone.
    var quickChecks = true
    /// The steps counted by quick checks that could not settle what they checked.
    private var wasted = 0
    /// Whether the steps ran out; from then on nothing is evaluated or recorded, and the instance is invalid.
    private(set) var exhausted = false

    init(program: SchemaProgram, failFast: Bool, instance: Value) {
        self.program = program
        self.failFast = failFast
        self.instance = instance
    }

    /// The violations found, with one more at the root when the steps ran out.
    var result: [SchemaViolation] {
        guard exhausted else { return violations }
        let stopped = SchemaViolation(
            instancePath: [], keywordPath: "", keyword: "steps", message: Messages.tooManySteps(Self.baseSteps))
        return violations + [stopped]
    }

    /// Takes `cost` steps; false once they have run out.
    @inline(__always)
    private mutating func spend(_ cost: Int) -> Bool {
        guard !exhausted else { return false }
        steps -= cost
        if steps < 0, !nodeStepsAdded {
            nodeStepsAdded = true
            steps += Self.stepsPerNode * Self.nodeCount(instance)
        }
        exhausted = steps < 0
        return !exhausted
    }

    /// The number of nodes of `value`, counted without recursion.
    static func nodeCount(_ value: Value) -> Int {
        var count = 0
        var pending = [value]
        while let node = pending.popLast() {
            count += 1
            switch node {
            case .array(let elements): pending += elements
            case .object(let members): pending += members.values
            default: break
            }
        }
        return count
    }

    /// Evaluates node `index` against `instance`; when valid, merges what it evaluated into `annotations`.
    mutating func evaluate(_ index: Int, _ instance: Value, _ annotations: inout Annotations) -> Bool {
        let node = program.nodes[index]
        switch node.body {
        case .boolean(true):
            return true
        case .boolean(false):
            reportFalseSchema()
            return false
        case .keywords(let keywords):
            guard spend(1) else { return false }
            guard depth < Self.maxDepth else { return reportTooDeep() }
            depth += 1
            let entered = scope.last != node.resource
            if entered { scope.append(node.resource) }
            let saved = annotating
            annotating = node.collectsAnnotations
            let valid = evaluateKeywords(keywords, instance, &annotations)
            annotating = saved
            if entered { scope.removeLast() }
            depth -= 1
            return valid
        }
    }

    /// Applies the keywords of one schema object in order, with their own annotation accumulator when the schema
    /// collects annotations.
    private mutating func evaluateKeywords(
        _ keywords: Range<Int>, _ instance: Value, _ annotations: inout Annotations
    ) -> Bool {
        // A schema that collects none has none to give, and was given an accumulator that nobody reads: every
        // in-place applicator of a collecting schema collects too, and the others give a fresh one. Its keywords
        // write there rather than in one of their own.
        guard annotating else { return applyKeywords(keywords, instance, &annotations) }
        var local = Annotations()
        let valid = applyKeywords(keywords, instance, &local)
        // A failed schema's annotations are dropped. When reporting every error (not failFast), a failure here
        // already fails every enclosing schema up to the nearest probe (which runs failFast), so keeping its
        // annotations changes no outcome and spares `unevaluated*` from repeating the same fault.
        if valid || !failFast { annotations.merge(local) }
        return valid
    }

    private mutating func applyKeywords(
        _ keywords: Range<Int>, _ instance: Value, _ annotations: inout Annotations
    ) -> Bool {
        var valid = true
        for position in keywords {
            applying = program.keywords[position].name
            let passed = apply(program.keywords[position].check, to: instance, &annotations)
            if !passed {
                valid = false
                if failFast { return false }
            }
        }
        return valid
    }

    /// Records that evaluation went too deep, where a schema object was to be evaluated: its keyword path is that
    /// of the schema object, with no keyword of its own.
    private mutating func reportTooDeep() -> Bool {
        guard spend(keywordPath.count + 1), !failFast else { return false }
        let location = instancePath
        violations.append(
            SchemaViolation(
                instancePath: location, keywordPath: JSONPointer.pointer(keywordPath.map { token($0, at: location) }),
                keyword: "depth",
                message: Messages.tooDeep(Self.maxDepth)))
        return false
    }

    /// Evaluates node `index` below the keyword being applied (or below `name`, a sibling standing for it:
    /// `then`, `else`), and below `token` (an index or member name) when given; the keyword being applied is
    /// the same again afterwards.
    mutating func descend(
        _ index: Int, _ instance: Value, _ annotations: inout Annotations, token: KeywordStep? = nil,
        as name: Keyword? = nil
    ) -> Bool {
        let keyword = applying
        keywordPath.append(.keyword(name ?? keyword))
        if let token { keywordPath.append(token) }
        let valid = evaluate(index, instance, &annotations)
        if token != nil { keywordPath.removeLast() }
        keywordPath.removeLast()
        applying = keyword
        return valid
    }

    /// Evaluates the program's root against the instance validated.
    mutating func run() -> Bool {
        if let valid = quickly(program.root, instance, length: 0) { return valid }
        var annotations = Annotations()
        return evaluate(program.root, instance, &annotations)
    }

    /// Settles the evaluation of node `index` against `instance`, with a keyword path of `length` steps, by the
    /// quick check (``quick(_:_:length:depth:spent:)``) when it can: when it finds the node valid, or invalid while
    /// failing fast (nothing to record). Takes the steps it counted; nil, having changed nothing, when the full
    /// evaluation has to run.
    private mutating func quickly(_ index: Int, _ instance: Value, length: Int) -> Bool? {
        guard quickChecks else { return nil }
        var spent = 0
        switch quick(index, instance, length: length, depth: depth, spent: &spent) {
        case .valid:
            steps -= spent
            return true
        case .invalid where failFast:
            steps -= spent
            return false
        case .invalid, .unknown:
            // The full evaluation does it again, and again below for each child and probe on the way to what the
            // quick check could not settle. Once that has cost more than the base steps, the evaluation goes on
            // without quick checks, so that it costs at most that much more than it would without them.
            wasted += spent
            if wasted > Self.baseSteps { quickChecks = false }
            return nil
        }
    }

    /// Evaluates with errors discarded (and stopping early): for `anyOf`, `oneOf`, `not`, `if`, `contains`.
    mutating func probe(_ index: Int, _ instance: Value, _ annotations: inout Annotations) -> Bool {
        // Below the keyword being applied.
        let saved = failFast
        failFast = true
        defer { failFast = saved }
        if let valid = quickly(index, instance, length: keywordPath.count + 1) { return valid }
        // Nothing is recorded while failing fast: the violations are as they were.
        return descend(index, instance, &annotations)
    }

    /// Evaluates `index` against `child`, the child of the instance at `step`, with `keyword` (a property name or
    /// index under the current keyword) on the keyword path.
    mutating func evaluateChild(_ index: Int, _ child: Value, at step: InstanceStep, keyword: KeywordStep? = nil)
        -> Bool
    {
        // Below the keyword being applied, and `keyword` when given.
        if let valid = quickly(index, child, length: keywordPath.count + (keyword == nil ? 1 : 2)) { return valid }
        instanceSteps.append(step)
        var ignored = Annotations()
        let valid = descend(index, child, &ignored, token: keyword)
        instanceSteps.removeLast()
        return valid
    }

    /// The instance path of the node being evaluated: ``instanceSteps`` followed from the instance validated.
    var instancePath: [PathElement] {
        var path: [PathElement] = []
        path.reserveCapacity(instanceSteps.count)
        var node = instance
        for step in instanceSteps {
            switch (step, node) {
            case (.item(let index), .array(let elements)):
                path.append(.index(index))
                node = elements[index]
            case (.member(let position), .object(let members)):
                path.append(.key(members.keys[position]))
                node = members.values[position]
            default:
                // Each step was taken from a node of this kind: a member of an object, an item of an array.
                return path
            }
        }
        return path
    }

    /// Evaluates `index` in place with `keyword` (an index or property name under the current keyword) on the
    /// keyword path.
    mutating func evaluateInPlace(
        _ index: Int, _ instance: Value, _ annotations: inout Annotations, keyword: KeywordStep
    ) -> Bool {
        descend(index, instance, &annotations, token: keyword)
    }

    /// Records a violation of the keyword being applied, or (with `sibling`) of the sibling keyword `keyword`. The
    /// message is written only when the violation is kept: most are found by probes, which throw them away. It
    /// costs a step for each step of its keyword path (the keyword's own included) and one more.
    mutating func report(
        _ keyword: String, _ message: @autoclosure () -> LocalizedText, sibling: Bool = false,
        at element: PathElement? = nil, missing: String? = nil
    ) {
        guard spend(keywordPath.count + 2), !failFast else { return }
        var location = instancePath
        var path = keywordPath.map { token($0, at: location) }
        path.append(sibling ? keyword : applying.rawValue)
        if let element { location.append(element) }
        violations.append(
            SchemaViolation(
                instancePath: location, keywordPath: JSONPointer.pointer(path), keyword: keyword, message: message(),
                missingProperty: missing))
    }

    /// A `false` schema fails: named after the keyword that applied it, with a message that says what is not
    /// allowed (a property, an item, or any value).
    private mutating func reportFalseSchema() {
        guard !failFast else { return }
        var keyword = "false"
        var message = Messages.falseSchema
        let location = instancePath
        let last = keywordPath.last.map { token($0, at: location) } ?? ""
        let parent = keywordPath.count > 1 ? token(keywordPath[keywordPath.count - 2], at: location) : ""
        // The tokens are unescaped; a keyword name has nothing to escape, so comparing with one is the same.
        switch (parent, last, location.last) {
        case (_, "additionalProperties", .key(let name)?), (_, "unevaluatedProperties", .key(let name)?):
            keyword = last
            message = Messages.propertyNotAllowed(name)
        case ("properties", _, .key(let name)?), ("patternProperties", _, .key(let name)?):
            keyword = parent
            message = Messages.propertyNotAllowed(name)
        case (_, "items", .index(let index)?), (_, "unevaluatedItems", .index(let index)?):
            keyword = last
            message = Messages.itemNotAllowed(index)
        case ("prefixItems", _, .index(let index)?):
            keyword = parent
            message = Messages.itemNotAllowed(index)
        default:
            break
        }
        violations.append(
            SchemaViolation(
                instancePath: location, keywordPath: JSONPointer.pointer(keywordPath.map { token($0, at: location) }),
                keyword: keyword, message: message))
    }

    /// The reference token of `step`, unescaped, where `location` is the instance path of the node evaluated.
    func token(_ step: KeywordStep, at location: [PathElement]) -> String {
        switch step {
        case .keyword(let keyword): keyword.rawValue
        case .index(let index): String(index)
        case .member(let depth): location[depth].description
        case .pattern(let position): program.operands.patternSchemas[position].regex.source
        case .dependency(let entry, let index): program.operands.dependentSchemas[entry][index].name
        }
    }
}
