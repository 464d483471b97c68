import CPangoCairo

/// One line of a laid-out text, in points relative to the layout's top-left corner.
struct LineBox {
    var x: Double
    var top: Double
    var bottom: Double
    var baseline: Double
    /// The width of the line's text.
    var width: Double
    var height: Double { bottom - top }
}

/// A typeface choice for a `TextLayout`.
struct Font {
    var family: String
    var size: Double
    var bold = false
    var italic = false

    /// The Pango font description, which the caller frees. The family is set as a name, never
    /// parsed from text, where "Roboto Condensed" would lose its last word to the stretch.
    func pangoDescription() -> OpaquePointer? {
        guard let description = pango_font_description_new() else { return nil }
        pango_font_description_set_family(description, family)
        pango_font_description_set_size(description, Int32((size * Double(PANGO_SCALE)).rounded()))
        if bold { pango_font_description_set_weight(description, PANGO_WEIGHT_BOLD) }
        if italic { pango_font_description_set_style(description, PANGO_STYLE_ITALIC) }
        return description
    }
}

/// How a paragraph's lines sit in its width.
package enum Alignment {
    case justified, left, center, right
}

/// A Pango layout of styled text at a fixed width, measured line by line; owns the layout.
final class TextLayout {
    let layout: OpaquePointer
    let text: StyledText
    let lines: [LineBox]
    let width: Double
    /// The line each footnote reference's number is on.
    let footnotes: [(line: Int, number: Int)]

    init(
        _ text: StyledText, font: Font, width: Double, alignment: Alignment = .justified, context: OpaquePointer,
        monoFamily: String, lineSpacing: Double = 1.2, singleLine: Bool = false, hanging: Double = 0
    ) {
        layout = pango_layout_new(context)
        self.text = text
        self.width = width
        let description = font.pangoDescription()
        pango_layout_set_font_description(layout, description)
        pango_font_description_free(description)
        // An infinite width sets the text on unbroken lines, to measure how wide it wants to be.
        if width.isFinite { pango_layout_set_width(layout, Int32(width * Double(PANGO_SCALE))) }
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        pango_layout_set_line_spacing(layout, Float(lineSpacing))
        // A negative indent is Pango's hanging indent: every line but the first starts `hanging` further in.
        if hanging > 0 { pango_layout_set_indent(layout, Int32(-hanging * Double(PANGO_SCALE))) }
        // Running heads must stay on one line; a long title ends in "…".
        if singleLine { pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END) }
        switch alignment {
        case .justified: pango_layout_set_justify(layout, 1)
        case .left: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        }
        // Pango justifies a line that ends in a line break (U+2028) as if the text went on; a paragraph separator,
        // as long in UTF-8, ends it ragged. A hanging indent would start again after one, so it keeps the break.
        let string =
            alignment == .justified && hanging == 0
            ? text.string.replacingOccurrences(of: "\u{2028}", with: "\u{2029}") : text.string
        pango_layout_set_text(layout, string, Int32(string.utf8.count))
        if let attributes = Self.attributes(text, font: font, monoFamily: monoFamily) {
            pango_layout_set_attributes(layout, attributes)
            pango_attr_list_unref(attributes)
        }
        lines = Self.measure(layout)
        let layout = layout
        footnotes = text.footnotes.map { note in
            var line: Int32 = 0
            pango_layout_index_to_line_x(layout, Int32(note.byte), 0, &line, nil)
            return (Int(line), note.number)
        }
    }

    /// The footnotes referenced on lines `range`, in order.
    func footnotes(_ range: Range<Int>) -> [Int] {
        footnotes.filter { range.contains($0.line) }.map(\.number)
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(layout))
    }

    var height: Double { lines.last?.bottom ?? 0 }

    /// The width of the longest line.
    var widestLine: Double { lines.map(\.width).max() ?? 0 }

    /// Pango line `index`, owned by the layout.
    func line(_ index: Int) -> UnsafeMutablePointer<PangoLayoutLine>? {
        pango_layout_get_line_readonly(layout, Int32(index))
    }

    /// Draws line `index` on `cairo` with its baseline at `baseline`, `x` being the layout's left edge.
    func show(line index: Int, x: Double, baseline: Double, on cairo: OpaquePointer) {
        guard let line = line(index), lines.indices.contains(index) else { return }
        cairo_move_to(cairo, x + lines[index].x, baseline)
        pango_cairo_show_layout_line(cairo, line)
    }

    /// Where byte range `range` lies on line `index`, as x ranges from the layout's left edge.
    func xRanges(of range: Range<Int>, onLine index: Int) -> [ClosedRange<Double>] {
        guard let line = line(index) else { return [] }
        let start = Int(line.pointee.start_index)
        let end = start + Int(line.pointee.length)
        let lower = max(start, range.lowerBound)
        let upper = min(end, range.upperBound)
        guard lower < upper else { return [] }
        var ranges: UnsafeMutablePointer<Int32>?
        var count: Int32 = 0
        pango_layout_line_get_x_ranges(line, Int32(lower), Int32(upper), &ranges, &count)
        defer { g_free(ranges) }
        guard let ranges else { return [] }
        return (0..<Int(count)).map { index in
            let scale = Double(PANGO_SCALE)
            let from = Double(ranges[2 * index]) / scale
            return from...max(from, Double(ranges[2 * index + 1]) / scale)
        }
    }

    private static func measure(_ layout: OpaquePointer) -> [LineBox] {
        guard let iterator = pango_layout_get_iter(layout) else { return [] }
        defer { pango_layout_iter_free(iterator) }
        var lines: [LineBox] = []
        let scale = Double(PANGO_SCALE)
        repeat {
            var top: Int32 = 0
            var bottom: Int32 = 0
            pango_layout_iter_get_line_yrange(iterator, &top, &bottom)
            var logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iterator, nil, &logical)
            lines.append(
                LineBox(
                    x: Double(logical.x) / scale, top: Double(top) / scale, bottom: Double(bottom) / scale,
                    baseline: Double(pango_layout_iter_get_baseline(iterator)) / scale,
                    width: Double(logical.width) / scale))
        } while pango_layout_iter_next_line(iterator) != 0
        return lines
    }

    private static func rise(_ font: Font, _ direction: Double) -> Int32 {
        Int32((direction * font.size / 3 * Double(PANGO_SCALE)).rounded())
    }

    private static func attributes(_ text: StyledText, font: Font, monoFamily: String) -> OpaquePointer? {
        guard !text.styles.isEmpty, let list = pango_attr_list_new() else { return nil }
        for (range, style) in text.styles {
            let attributes: [UnsafeMutablePointer<PangoAttribute>?]
            switch style {
            case .italic: attributes = [pango_attr_style_new(PANGO_STYLE_ITALIC)]
            case .bold: attributes = [pango_attr_weight_new(PANGO_WEIGHT_BOLD)]
            case .mono:
                attributes = [pango_attr_family_new(monoFamily), pango_attr_scale_new(0.9)]
            case .link:
                attributes = [pango_attr_foreground_new(0x1A1A, 0x3C3C, 0x8080)]
            case .small: attributes = [pango_attr_scale_new(0.85)]
            case .strikethrough: attributes = [pango_attr_strikethrough_new(1)]
            // Raised or lowered by a third of the body size, set at 70 %, as a typesetter sets them.
            case .superscript: attributes = [pango_attr_rise_new(Self.rise(font, 1)), pango_attr_scale_new(0.7)]
            case .subscript: attributes = [pango_attr_rise_new(Self.rise(font, -1)), pango_attr_scale_new(0.7)]
            }
            for case let attribute? in attributes {
                attribute.pointee.start_index = UInt32(range.lowerBound)
                attribute.pointee.end_index = UInt32(range.upperBound)
                pango_attr_list_insert(list, attribute)
            }
        }
        return list
    }
}
