import HoithaoModel
import HoithaoSchedule

/// Everyone who speaks at a workshop (its agenda) or wrote one of its papers, for its speakers page: sorted by
/// given name in Vietnamese order, each name as written (family name first) with its anchor on the page. A name
/// written the same way twice is one person, with or without a title before it ("TS. Nguyễn Văn An", "Eng. Ngô
/// Văn Phúc"), shown as a paper writes it or else as first met. Only public facts: names and affiliations, never
/// contacts.
struct WorkshopPeople: Sendable {
    /// One person, with where they speak and what they wrote.
    struct Person: Sendable {
        var name: String
        /// Every affiliation given with the name, in the order first met.
        var affiliations: [String] = []
        /// The agenda items they speak at, in the programme's order.
        var talks: [Programme.Entry] = []
        /// Their papers, by index in the workshop.
        var papers: [Int] = []
        /// The id of their entry on the speakers page.
        var anchor = ""
    }

    let people: [Person]
    /// Each person's anchor by name.
    let anchors: [String: String]

    init(_ workshop: Workshop, programme: Programme) {
        var byName: [String: Person] = [:]
        func meet(_ written: String, _ affiliation: String?, _ add: (inout Person) -> Void) {
            let name = Self.withoutTitles(written)
            guard !name.isEmpty else { return }
            var person = byName[name] ?? Person(name: written.trimmed)
            if written.trimmed == name { person.name = name }
            if let affiliation = affiliation?.trimmed, !affiliation.isEmpty, !person.affiliations.contains(affiliation)
            {
                person.affiliations.append(affiliation)
            }
            add(&person)
            byName[name] = person
        }
        for entry in programme.entries {
            for speaker in entry.item.speakers { meet(speaker.name, speaker.affiliation) { $0.talks.append(entry) } }
        }
        for (index, paper) in workshop.papers.enumerated() {
            for author in paper.authors {
                meet(author.name, author.affiliation) { if $0.papers.last != index { $0.papers.append(index) } }
            }
        }
        var ids = AnchorIDs(reserved: ["main"])
        var anchors: [String: String] = [:]
        people = VietnameseCollation.sortedByGivenName(Array(byName.keys)).compactMap { name in
            guard var person = byName[name] else { return nil }
            person.anchor = ids.claim(Slug.make(from: name))
            anchors[name] = person.anchor
            return person
        }
        self.anchors = anchors
    }

    /// The anchor of the person with this name, as written in the agenda or a paper.
    func anchor(of name: String) -> String? {
        anchors[Self.withoutTitles(name)]
    }

    /// `name` without the titles written before it: words that end with a full stop ("TS.", "PGS.TS.", "Eng.").
    static func withoutTitles(_ name: String) -> String {
        let words = name.split(separator: " ")
        return words.drop { $0.hasSuffix(".") && $0.count > 1 }.joined(separator: " ")
    }
}
