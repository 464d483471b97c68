import CCmark

/// Pairs `~~`, `~` and `^` runs among a container's inlines, the way emphasis delimiters pair.
///
/// `~~…~~` follows GFM (runs of exactly two, not across paragraphs; three or more stay literal).
/// A single `~` or `^` follows pandoc: subscript and superscript hold no space (`\ ` stands for one)
/// and stay inside one run of text.
enum MarkScanner {
    private struct Run {
        let mark: InlineMark
        let piece: Int
        let canOpen: Bool
        let canClose: Bool
    }

    private enum Token {
        case piece(InlinePiece)
        case text(String, piece: Int)
        case run(Run, literal: String)
    }

    static func marked(_ pieces: [InlinePiece]) -> [InlinePiece] {
        let tokens = tokenize(pieces)
        let pairs = pair(tokens)
        guard !pairs.isEmpty else { return pieces }
        var result: [InlinePiece] = []
        var scripts = 0
        for (index, token) in tokens.enumerated() {
            switch token {
            case .piece(let piece): result.append(piece)
            case .text(let text, _):
                result.append(.text(scripts > 0 ? text.replacingEscapedSpaces : text))
            case .run(let run, let literal):
                if pairs.opens.contains(index) {
                    result.append(.open(run.mark))
                    if run.mark != .strikethrough { scripts += 1 }
                } else if pairs.closes.contains(index) {
                    result.append(.close)
                    if run.mark != .strikethrough { scripts -= 1 }
                } else {
                    result.append(.text(literal))
                }
            }
        }
        return result
    }

    private static func tokenize(_ pieces: [InlinePiece]) -> [Token] {
        var tokens: [Token] = []
        for (index, piece) in pieces.enumerated() {
            guard case .text(let text) = piece else {
                tokens.append(.piece(piece))
                continue
            }
            let scalars = Array(text.unicodeScalars)
            var start = 0
            var position = 0
            while position < scalars.count {
                let scalar = scalars[position]
                guard scalar == "~" || scalar == "^" else {
                    position += 1
                    continue
                }
                var end = position
                while end < scalars.count, scalars[end] == scalar { end += 1 }
                if start < position { tokens.append(.text(String(scalars: scalars[start..<position]), piece: index)) }
                let literal = String(scalars: scalars[position..<end])
                let before = position > 0 ? scalars[position - 1] : neighbour(pieces, index - 1)
                let after = end < scalars.count ? scalars[end] : neighbour(pieces, index + 1)
                let mark: InlineMark? =
                    switch (scalar, end - position) {
                    case ("~", 2): .strikethrough
                    case ("~", 1): .subscript
                    case ("^", 1): .superscript
                    default: nil
                    }
                if let mark {
                    let run = Run(
                        mark: mark, piece: index, canOpen: after.map { !$0.properties.isWhitespace } ?? false,
                        canClose: before.map { !$0.properties.isWhitespace } ?? false)
                    tokens.append(.run(run, literal: literal))
                } else {
                    tokens.append(.text(literal, piece: index))
                }
                start = end
                position = end
            }
            if start < scalars.count { tokens.append(.text(String(scalars: scalars[start...]), piece: index)) }
        }
        return tokens
    }

    /// The character a run sees past the end of its text: a space for a line break, none at the edge.
    private static func neighbour(_ pieces: [InlinePiece], _ index: Int) -> Unicode.Scalar? {
        guard pieces.indices.contains(index) else { return nil }
        switch pieces[index] {
        case .node(let node):
            let type = cmark_node_get_type(node)
            return type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK ? " " : "x"
        case .text(let text), .escaped(let text): return text.unicodeScalars.first
        default: return "x"
        }
    }

    private struct Pairs {
        var opens: Set<Int> = []
        var closes: Set<Int> = []
        var isEmpty: Bool { opens.isEmpty }
    }

    private static func pair(_ tokens: [Token]) -> Pairs {
        var pairs = Pairs()
        var openers: [(index: Int, run: Run)] = []
        for (index, token) in tokens.enumerated() {
            guard case .run(let run, _) = token else { continue }
            if run.canClose, let found = openers.lastIndex(where: { $0.run.mark == run.mark }),
                holdsScript(tokens, from: openers[found].index, to: index, mark: run.mark)
            {
                pairs.opens.insert(openers[found].index)
                pairs.closes.insert(index)
                openers.removeSubrange(found...)
            } else if run.canOpen {
                openers.append((index, run))
            }
        }
        return pairs
    }

    /// Strikethrough may hold anything; a script only unbroken text of the same run, without spaces.
    private static func holdsScript(_ tokens: [Token], from opener: Int, to closer: Int, mark: InlineMark) -> Bool {
        guard mark != .strikethrough else { return closer > opener + 1 }
        guard closer > opener + 1 else { return false }
        for token in tokens[(opener + 1)..<closer] {
            guard case .text(let text, _) = token, !text.hasUnescapedSpace else { return false }
        }
        return true
    }
}

extension String {
    /// Whether a space or tab appears that is not written `\ `.
    fileprivate var hasUnescapedSpace: Bool {
        var previous: Character?
        for character in self {
            if character.isWhitespace, previous != "\\" { return true }
            previous = character
        }
        return false
    }

    fileprivate var replacingEscapedSpaces: String {
        replacingOccurrences(of: "\\ ", with: " ")
    }
}

extension String {
    /// The text of a run of Unicode scalars.
    init(scalars: some Sequence<Unicode.Scalar>) {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        self.init(view)
    }
}
