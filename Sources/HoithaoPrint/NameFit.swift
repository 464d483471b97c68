import HoithaoProceedings

/// Sets a name as large as it fits: on one line if any size from `largest` down to `smallest` allows it, else on
/// two; a name that needs more even at `smallest` takes more lines. A name is never cut.
struct NameFit {
    var largest: Double
    var smallest: Double
    var width: Double
    var bold = true

    func text(_ name: String, on canvas: PrintCanvas) -> PrintText {
        for lines in 1...2 {
            var size = largest
            while size >= smallest {
                let text = canvas.text(name, size: size, bold: bold, width: width, alignment: .center)
                if text.lineCount <= lines, !breaksWord(name, text) { return text }
                size -= 1
            }
        }
        return canvas.text(name, size: smallest, bold: bold, width: width, alignment: .center)
    }

    /// Whether the lines part a word: more lines than the name could need at word breaks.
    private func breaksWord(_ name: String, _ text: PrintText) -> Bool {
        text.lineCount > name.split(separator: " ").count
    }

    /// How many lines `name` takes at the smallest size when one and two lines fail: more than two is worth a
    /// warning before printing.
    func lineCount(_ name: String, on canvas: PrintCanvas) -> Int {
        text(name, on: canvas).lineCount
    }
}
