/// Horizontal bar charts drawn as inline SVG, so the HTML report shows them offline and without scripts.
///
/// A chart is a `<figure>` with a caption and an `<svg>` of one row per bar: the label on the left (cut
/// to ``maxLabel`` characters, the whole label in the row's `<title>` tooltip), the bar scaled to the
/// largest value, and the number after it. Colours come from CSS classes (``HTMLStyle``), so print can
/// turn them grey. Every label is escaped with ``HTMLText``. An empty chart says so in words.
enum HTMLCharts {
    /// One bar: what it counts, how many, and the CSS class that colours it (a severity, or none).
    struct Bar {
        var label: String
        var value: Int
        var style: String?
    }

    /// The longest label shown, in characters.
    static let maxLabel = 32
    /// Geometry, in SVG user units.
    static let width = 640
    static let labelWidth = 250
    static let barArea = 330
    static let rowHeight = 26

    /// The chart as a `<figure>`, captioned `title`; `empty` is shown instead of an SVG when no bar counts.
    static func figure(_ title: String, bars: [Bar], empty: String) -> String {
        var text = "<figure class=\"chart\">\n<figcaption>" + HTMLText.escape(title) + "</figcaption>\n"
        let largest = bars.map(\.value).max() ?? 0
        guard largest > 0 else { return text + "<p class=\"note\">" + HTMLText.escape(empty) + "</p>\n</figure>\n" }
        let height = bars.count * rowHeight + 4
        text += "<svg role=\"img\" aria-label=\"\(HTMLText.escape(title))\" viewBox=\"0 0 \(width) \(height)\""
        text += " width=\"100%\" preserveAspectRatio=\"xMinYMin meet\">\n"
        for (index, bar) in bars.enumerated() {
            let y = index * rowHeight + 4
            let length = max(bar.value * barArea / largest, bar.value > 0 ? 2 : 0)
            let label = HTMLText.escape(bar.label)
            let shown = bar.label.count > maxLabel ? HTMLText.escape(bar.label.prefix(maxLabel - 1)) + "…" : label
            let style = bar.style.map { " class=\"\($0)\"" } ?? ""
            text += "<g><title>\(label): \(bar.value)</title>"
            text += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 15)\" text-anchor=\"end\">\(shown)</text>"
            text += "<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(length)\" height=\"\(rowHeight - 8)\"\(style)/>"
            text += "<text x=\"\(labelWidth + length + 6)\" y=\"\(y + 15)\">\(bar.value)</text></g>\n"
        }
        return text + "</svg>\n</figure>\n"
    }
}
