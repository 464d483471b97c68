import HoithaoMarkdown
import HoithaoModel

/// Reads a plan's `agenda:`: days, their sessions, and the items of each.
struct AgendaReader {
    let reader: YAMLReader
    let markdown: MarkdownRenderer
    /// The papers `paper:` may name.
    let papers: PaperNames
    /// The site's own item kinds, besides the built-in ones; nil when `site.yaml` could not be read, and any kind
    /// is then taken.
    let customKinds: Set<String>?

    /// The workshop's papers by slug: those read, and those whose files were not (a draft left out, or a file
    /// with errors, which are said at the file), which an item may name without a link.
    struct PaperNames {
        var read: Set<String>
        var unread: Set<String>
    }

    /// The days of the agenda; each must fall in `range` (the workshop's dates) when it is known.
    func read(_ root: YAMLMapping, days range: ClosedRange<CalendarDate>?) -> [AgendaDay] {
        root.mappings("agenda", keys: PlanSchema.keys("agenda")).compactMap { day in
            guard let date = day.date("date", required: range?.lowerBound.written ?? "22/5/2020") else { return nil }
            let before = reader.diagnostics.count
            if let range, !range.contains(date) {
                reader.error(
                    at: day.value("date"),
                    "agenda day \(date.written) is outside the workshop's dates (\(range.lowerBound.written) to "
                        + "\(range.upperBound.written)); fix the day or set `end_date` in the plan")
            }
            var located: [LocatedItem] = []
            var sessions = day.mappings("sessions", keys: PlanSchema.keys("agenda.sessions")).map { session in
                let room = session.text("room")
                let items = items(of: session, room: room)
                located += items
                return AgendaSession(
                    title: session.text("title"), room: room, chair: session.text("chair"), items: items.map(\.item))
            }
            if day.value("items") != nil {
                if !sessions.isEmpty {
                    reader.error(
                        at: day.value("items"),
                        "a day has either `sessions:` or `items:`, not both; move these items into a session")
                }
                let items = items(of: day, room: nil)
                located += items
                sessions.insert(AgendaSession(items: items.map(\.item)), at: 0)
            }
            // Items that could not be read have been said; the day is not then also said to be empty.
            if located.isEmpty, !Array(reader.diagnostics[before...]).hasErrors {
                reader.error(
                    at: day.node, "agenda day \(date.written) has no items; add its `items:` or remove the day")
            }
            checkRooms(located)
            return AgendaDay(date: date, sessions: sessions)
        }
    }

    /// An item with the room it is held in and where it was written, for the checks across items.
    struct LocatedItem {
        var item: AgendaItem
        var room: String?
        var node: YAMLNode
    }

    private func items(of parent: YAMLMapping, room: String?) -> [LocatedItem] {
        let items = parent.mappings("items", keys: PlanSchema.keys("agenda.sessions.items")).compactMap { mapping in
            item(mapping).map { LocatedItem(item: $0, room: $0.room ?? room, node: mapping.node) }
        }
        for (previous, next) in zip(items.map(\.item), items.dropFirst().map(\.item)) where next.start < previous.start
        {
            reader.warning(
                at: parent.value("items"),
                "items are not in time order (\(next.start.text) comes after \(previous.start.text)); they are shown sorted by time"
            )
        }
        return items.sorted { $0.item.start < $1.item.start }
    }

    /// Two items in the same room at the same time cannot both happen.
    private func checkRooms(_ items: [LocatedItem]) {
        let byRoom = Dictionary(grouping: items.filter { $0.room != nil }) { $0.room ?? "" }
        for room in byRoom.keys.sorted() {
            let ordered = (byRoom[room] ?? []).sorted { $0.item.start < $1.item.start }
            for (earlier, later) in zip(ordered, ordered.dropFirst()) {
                let end = earlier.item.end ?? earlier.item.start
                guard later.item.start < end else { continue }
                reader.error(
                    at: later.node,
                    "“\(later.item.title)” at \(later.item.start.text) overlaps “\(earlier.item.title)” "
                        + "(\(earlier.item.start.text)–\(end.text)) in the same room, \(room); change a time or a room")
            }
        }
    }

    private func item(_ item: YAMLMapping) -> AgendaItem? {
        let start = item.time("start")
        if start == nil, item.value("start") == nil { item.missing("start", example: "\"8:00\"") }
        let title = item.text("title", required: "Khai mạc hội thảo")
        guard let start, let title else { return nil }
        var end = item.time("end")
        if let minutes = item.integer("duration", range: NumberRange.minutes, example: "30") {
            if end != nil {
                reader.error(at: item.value("duration"), "an item has `end` or `duration`, not both; keep one")
            }
            end = start.adding(minutes: minutes)
        }
        if let finish = end, finish <= start {
            reader.error(
                at: item.value("end") ?? item.value("duration"),
                "the item ends (\(finish.text)) before it starts (\(start.text))")
            end = nil
        }
        return AgendaItem(
            start: start, end: end, title: title, kind: kind(item), speakers: speakers(of: item),
            room: item.text("room"), paperSlug: paperSlug(item),
            description: item.text("description").map(markdown.render))
    }

    private func kind(_ item: YAMLMapping) -> AgendaItemKind {
        guard let word = item.text("kind") else { return .other }
        guard let customKinds else { return AgendaItemKind(word) }
        let known = AgendaItemKind.builtIn.map(\.id) + customKinds.sorted()
        guard known.contains(word) else {
            var message = "`\(item.keyPath)kind` \"\(word)\" is not a kind of item"
            if let suggestion = Suggestion.closest(to: word, among: known) {
                message += "; did you mean `\(suggestion)`?"
            }
            message +=
                " (the kinds are \(known.map { "`\($0)`" }.joined(separator: ", ")); "
                + "a site adds its own under `agenda_kinds` in site.yaml)"
            reader.error(at: item.value("kind"), message)
            return .other
        }
        return AgendaItemKind(word)
    }

    private func paperSlug(_ item: YAMLMapping) -> String? {
        guard let slug = item.text("paper"), !papers.unread.contains(slug) else { return nil }
        guard papers.read.contains(slug) else {
            var message = "`\(item.keyPath)paper` names \"\(slug)\", which is not a paper of this workshop"
            if let suggestion = Suggestion.closest(to: slug, among: papers.read.union(papers.unread).sorted()) {
                message += "; did you mean `\(suggestion)`?"
            } else {
                message += "; write the name of a file in papers/ without `.md`"
            }
            reader.error(at: item.value("paper"), message)
            return nil
        }
        return slug
    }

    private func speakers(of item: YAMLMapping) -> [Speaker] {
        item.nodes("speakers").enumerated().compactMap { index, node in
            if let name = node.scalar?.string.nfc, !name.isEmpty { return Speaker(name: name) }
            guard
                let speaker = YAMLMapping(
                    node, keyPath: "\(item.keyPath)speakers[\(index + 1)].",
                    keys: PlanSchema.keys("agenda.sessions.items.speakers"),
                    reader: reader),
                let name = speaker.text("name", required: "TS. Nguyễn Văn A")
            else { return nil }
            return Speaker(name: name, affiliation: speaker.text("affiliation"))
        }
    }
}
