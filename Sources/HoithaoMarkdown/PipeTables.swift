import CCmark
import HoithaoModel

/// Turns paragraphs written as GFM pipe tables into tables (libcmark has no tables; its tree keeps each
/// paragraph's lines, so the table is read from the source lines the paragraph covers).
///
/// As GFM says: a header row, a delimiter row of `-` with optional `:` for alignment and as many cells, then
/// rows to the paragraph's end; `\|` is a pipe inside a cell; a short row gets empty cells, a long one loses
/// the extra. Lines of the paragraph before the header row stay a paragraph (a caption written above, say).
struct PipeTables {
    let tree: MarkdownTree

    func convert() {
        var paragraphs: [OpaquePointer] = []
        cmarkNodes(under: tree.document) { node in
            if cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH { paragraphs.append(node) }
        }
        for paragraph in paragraphs { convert(paragraph) }
    }

    private func convert(_ paragraph: OpaquePointer) {
        let first = Int(cmark_node_get_start_line(paragraph))
        let last = Int(cmark_node_get_end_line(paragraph))
        guard first > 0, last > first else { return }
        let depth = quoteDepth(of: paragraph)
        let lines = (first...last).map { line in
            content(of: line, from: line == first ? Int(cmark_node_get_start_column(paragraph)) : nil, quotes: depth)
        }
        guard
            let delimiter = (1..<lines.count).first(where: { index in
                guard let alignments = Self.alignments(lines[index].bytes) else { return false }
                return Self.cells(lines[index - 1].bytes).count == alignments.count
            }), let alignments = Self.alignments(lines[delimiter].bytes),
            let table = table(alignments: alignments, header: first + delimiter - 1, lines: lines, firstLine: first)
        else { return }
        cmark_node_insert_after(paragraph, table)
        keepLines(before: first + delimiter - 1, of: paragraph)
    }

    private func table(
        alignments: [ColumnAlignment], header: Int, lines: [(bytes: ArraySlice<UInt8>, column: Int)], firstLine: Int
    ) -> OpaquePointer? {
        guard
            let table = tree.customNode(
                CMARK_NODE_CUSTOM_BLOCK, .table(alignments),
                enter: "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\""
                    + Escape.html(tree.labels.table) + "\">\n<table>",
                exit: "</table>\n</div>")
        else { return nil }
        let headIndex = header - firstLine
        if let head = tree.customNode(
            CMARK_NODE_CUSTOM_BLOCK, .tableRow(header: true), enter: "<thead>\n<tr>", exit: "</tr>\n</thead>")
        {
            appendCells(of: lines[headIndex], line: header, to: head, alignments: alignments, header: true)
            cmark_node_append_child(table, head)
        }
        let rows = lines.indices.filter { $0 > headIndex + 1 }
        if !rows.isEmpty,
            let body = tree.customNode(CMARK_NODE_CUSTOM_BLOCK, .tableBody, enter: "<tbody>", exit: "</tbody>")
        {
            for index in rows {
                guard
                    let row = tree.customNode(
                        CMARK_NODE_CUSTOM_BLOCK, .tableRow(header: false), enter: "<tr>", exit: "</tr>")
                else { continue }
                appendCells(of: lines[index], line: firstLine + index, to: row, alignments: alignments, header: false)
                cmark_node_append_child(body, row)
            }
            cmark_node_append_child(table, body)
        }
        return table
    }

    private func appendCells(
        of line: (bytes: ArraySlice<UInt8>, column: Int), line number: Int, to row: OpaquePointer,
        alignments: [ColumnAlignment], header: Bool
    ) {
        let cells = Self.cells(line.bytes)
        for (index, alignment) in alignments.enumerated() {
            let element = header ? "th" : "td"
            let attributes =
                (header ? " scope=\"col\"" : "") + (alignment == .none ? "" : " class=\"align-\(alignment.rawValue)\"")
            guard
                let cell = tree.customNode(
                    CMARK_NODE_CUSTOM_INLINE, .tableCell, enter: "<\(element)\(attributes)>", exit: "</\(element)>")
            else { continue }
            if index < cells.count {
                let range = cells[index]
                let column = line.column + (range.lowerBound - line.bytes.startIndex)
                fill(cell, with: Self.unescapingPipes(line.bytes[range]), line: number, column: column)
            }
            cmark_node_append_child(row, cell)
        }
    }

    /// Parses a cell's text as inline Markdown into `cell`: a cell holds no blocks, so text libcmark would read as
    /// one (`# 1`, `- 2`, `1. x`) is read again with its first punctuation escaped.
    private func fill(_ cell: OpaquePointer, with text: String, line: Int, column: Int) {
        var attempt = text
        for _ in 0..<2 {
            guard let document = MarkdownTree.cmarkParse(attempt, options: tree.options) else { return }
            defer { cmark_node_free(document) }
            let children = cmarkChildren(of: document)
            if children.isEmpty, attempt.isEmpty { return }
            if children.count == 1, cmark_node_get_type(children[0]) == CMARK_NODE_PARAGRAPH {
                InlineExtensions(tree: tree, source: SourceLines(attempt), origin: (line, column))
                    .apply(to: document, dois: false)
                for inline in cmarkChildren(of: children[0]) {
                    cmark_node_unlink(inline)
                    cmark_node_append_child(cell, inline)
                }
                return
            }
            guard let punctuation = attempt.firstIndex(where: { $0.isASCII && ($0.isPunctuation || $0.isSymbol) })
            else {
                break
            }
            attempt.insert("\\", at: punctuation)
        }
        cmark_node_append_child(cell, cmarkTextNode(text))
    }

    /// Cuts the paragraph before line `line`; a paragraph with nothing left is removed.
    private func keepLines(before line: Int, of paragraph: OpaquePointer) {
        var current = Int(cmark_node_get_start_line(paragraph))
        var kept = 0
        for child in cmarkChildren(of: paragraph) {
            let isBreak = cmarkIsBreak(child)
            let starts = current
            current += FootnoteDefinitions.breaks(in: child)
            // What starts on the header row or later goes, and so does the line end just before it.
            if starts >= line || (isBreak && current >= line) {
                cmark_node_unlink(child)
                cmark_node_free(child)
            } else {
                kept += 1
            }
        }
        if kept == 0 {
            cmark_node_unlink(paragraph)
            cmark_node_free(paragraph)
        }
    }

    private func quoteDepth(of node: OpaquePointer) -> Int {
        var depth = 0
        var parent = cmark_node_parent(node)
        while let current = parent {
            if cmark_node_get_type(current) == CMARK_NODE_BLOCK_QUOTE { depth += 1 }
            parent = cmark_node_parent(current)
        }
        return depth
    }

    /// A line of the paragraph without what its containers put before it (indent, `>` marks), and the byte
    /// column where that content starts.
    private func content(of line: Int, from column: Int?, quotes: Int) -> (bytes: ArraySlice<UInt8>, column: Int) {
        let bytes = tree.source.line(line)
        var index = bytes.startIndex
        if let column {
            index = min(bytes.endIndex, bytes.startIndex + column - 1)
        } else {
            var marks = 0
            while index < bytes.endIndex {
                if bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") {
                    index += 1
                } else if bytes[index] == UInt8(ascii: ">"), marks < quotes {
                    index += 1
                    marks += 1
                } else {
                    break
                }
            }
        }
        return (bytes[index...], index - bytes.startIndex + 1)
    }

    /// The ranges of a row's cells, trimmed, split at pipes that are not escaped; outer pipes are optional.
    static func cells(_ line: ArraySlice<UInt8>) -> [Range<Int>] {
        var start = line.startIndex
        var end = line.endIndex
        while start < end, isSpace(line[start]) { start += 1 }
        while end > start, isSpace(line[end - 1]) { end -= 1 }
        guard start < end else { return [] }
        if line[start] == UInt8(ascii: "|") { start += 1 }
        if end > start, line[end - 1] == UInt8(ascii: "|"), !(end - 2 >= start && line[end - 2] == UInt8(ascii: "\\")) {
            end -= 1
        }
        var cells: [Range<Int>] = []
        var cellStart = start
        var index = start
        while index < end {
            if line[index] == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if line[index] == UInt8(ascii: "|") {
                cells.append(cellStart..<index)
                cellStart = index + 1
            }
            index += 1
        }
        cells.append(cellStart..<end)
        return cells.map { range in
            var lower = range.lowerBound
            var upper = min(range.upperBound, end)
            while lower < upper, isSpace(line[lower]) { lower += 1 }
            while upper > lower, isSpace(line[upper - 1]) { upper -= 1 }
            return lower..<upper
        }
    }

    /// The alignments a delimiter row (`| :--- | :---: | ---: |`) sets, or nil when `line` is not one.
    static func alignments(_ line: ArraySlice<UInt8>) -> [ColumnAlignment]? {
        guard line.contains(UInt8(ascii: "|")) else { return nil }
        var result: [ColumnAlignment] = []
        for range in cells(line) {
            let cell = line[range]
            guard let first = cell.first, let last = cell.last else { return nil }
            let left = first == UInt8(ascii: ":")
            let right = last == UInt8(ascii: ":") && cell.count > 1
            let dashes = cell.dropFirst(left ? 1 : 0).dropLast(right ? 1 : 0)
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == UInt8(ascii: "-") }) else { return nil }
            result.append(left && right ? .center : right ? .right : left ? .left : .none)
        }
        return result.isEmpty ? nil : result
    }

    /// A cell's text with `\|` as `|` (GFM removes that escape before inlines are read, even in code).
    private static func unescapingPipes(_ bytes: ArraySlice<UInt8>) -> String {
        var result: [UInt8] = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.endIndex, bytes[index + 1] == UInt8(ascii: "|") {
                index += 1
            }
            result.append(bytes[index])
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
}
