import HoithaoModel

/// A bar chart of delegates per category, as inline SVG: no script, readable by screen readers.
struct ParticipantChart {
    let categories: [ParticipantCategory]
    let title: String

    var svg: String {
        let rowHeight = 44
        let labelHeight = 18
        let width = 640
        let height = categories.count * rowHeight + 8
        let largest = max(1, categories.compactMap(\.count).max() ?? 1)
        var rows = ""
        for (index, category) in categories.enumerated() {
            let count = category.count ?? 0
            let y = index * rowHeight + 4
            // In floating point: the product of a count and a width must not overflow, whatever the counts.
            let barWidth = max(2, Int(Double(count) * Double(width - 80) / Double(largest)))
            rows += """
                <text x="0" y="\(y + 14)" class="chart-label">\(Escape.html(category.name))</text>\
                <rect x="0" y="\(y + labelHeight)" width="\(barWidth)" height="18" rx="3" class="chart-bar"></rect>\
                <text x="\(barWidth + 8)" y="\(y + labelHeight + 14)" class="chart-value">\(count)</text>
                """
        }
        return """
            <svg class="chart" viewBox="0 0 \(width) \(height)" width="100%" role="img" aria-labelledby="chart-title" \
            xmlns="http://www.w3.org/2000/svg"><title id="chart-title">\(Escape.html(title))</title>\(rows)</svg>
            """
    }
}
