import Foundation

/// A line cut into stretches of words and spaces between punctuation, for letter restoration: inside a stretch,
/// a space may be a word gap or a letter the PDF's font dropped.
struct GappedLine {
    /// A run of letters: its character offsets in the line and its text.
    struct Run {
        var range: Range<Int>
        var text: String
    }

    /// Words and the spaces between them, with no other character: `gaps[i]` spaces come before `runs[i]`, and
    /// `trailingGap` after the last. An edge is the line's start or end (where spaces mean nothing) or punctuation.
    struct Stretch {
        var runs: [Run] = []
        var gaps: [Int] = []
        var trailingGap = 0
        var startsLine = false
        var endsLine = false
    }

    let characters: [Character]
    private(set) var stretches: [Stretch] = []

    init(_ line: String) {
        characters = Array(line)
        var stretch = Stretch(startsLine: true)
        var spaces = 0
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == " " {
                spaces += 1
                index += 1
            } else if character.isLetter {
                let start = index
                while index < characters.count, characters[index].isLetter { index += 1 }
                stretch.gaps.append(spaces)
                stretch.runs.append(Run(range: start..<index, text: String(characters[start..<index])))
                spaces = 0
            } else {
                stretch.trailingGap = spaces
                stretches.append(stretch)
                stretch = Stretch()
                // The spaces after punctuation belong to the next stretch's first gap.
                index += 1
                spaces = 0
                continue
            }
        }
        stretch.trailingGap = spaces
        stretch.endsLine = true
        stretches.append(stretch)
        stretches.removeAll { $0.runs.isEmpty }
    }

    /// Each word with the spaces on either side of it, in line order: (stretch, run index).
    var words: [(text: String, spacesBefore: Int, spacesAfter: Int, atLineStart: Bool)] {
        stretches.flatMap { stretch in
            stretch.runs.indices.map { index in
                let after = index + 1 < stretch.runs.count ? stretch.gaps[index + 1] : stretch.trailingGap
                return (
                    stretch.runs[index].text, stretch.gaps[index], after, stretch.startsLine && index == 0
                )
            }
        }
    }
}
