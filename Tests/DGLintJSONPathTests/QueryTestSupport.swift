import DGLintJSONPath
import DGLintModel
import DGLintTestSupport

/// Parses `json` (members in document order) and selects `query` from it, returning the values.
func values(_ query: String, in json: String) throws -> [Value] {
    try JSONPathQuery.parse(query).select(TestJSON.parse(json)).map(\.value)
}

/// Parses `json` and selects `query` from it, returning the normalized paths.
func paths(_ query: String, in json: String) throws -> [String] {
    try JSONPathQuery.parse(query).select(TestJSON.parse(json)).map { PathFormat.normalized($0.path) }
}

/// The error `parse` throws for `query`, or nil when it parses.
func parseError(_ query: String) -> JSONPathError? {
    do {
        _ = try JSONPathQuery.parse(query)
        return nil
    } catch {
        return error
    }
}

/// A query with a `↓` marking the offset where an error is expected: the query without the marker and
/// the marker's offset in Unicode scalars.
func marked(_ fixture: String) -> (query: String, offset: Int) {
    var scalars = String.UnicodeScalarView()
    var offset = -1
    for scalar in fixture.unicodeScalars {
        if scalar == "↓" {
            offset = scalars.count
        } else {
            scalars.append(scalar)
        }
    }
    return (String(scalars), offset)
}
