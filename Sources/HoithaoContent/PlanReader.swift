import HoithaoMarkdown
import HoithaoModel

/// Reads `plan.yaml` into a `Plan`, reporting every problem it finds.
struct PlanReader {
    let reader: YAMLReader
    let markdown: MarkdownRenderer
    let defaultTimeZone: String
    let papers: AgendaReader.PaperNames
    let customKinds: Set<String>?

    func read(_ root: YAMLMapping) -> Plan? {
        let title = root.text("title", required: "Hội thảo khoa học …")
        let date = root.date("date", required: "22/5/2020")
        let venue = readVenue(root)
        let timeZone = readTimeZone(root)
        // Placeholders stand in for missing required values so the rest is still read and checked.
        var plan = Plan(
            title: title ?? "", date: date ?? CalendarDate(daysSinceEpoch: 0), timeZone: timeZone,
            venue: venue ?? Venue(name: ""))
        plan.isExample = root.boolean("example") ?? false
        plan.isDraft = root.boolean("draft") ?? false
        plan.language = root.choice("language")
        plan.status = root.choice("status") ?? .scheduled
        plan.document = readDocument(root)
        plan.organizers = root.texts("organizers")
        plan.project = readProject(root)
        plan.theme = root.text("theme")
        plan.chairs = root.texts("chairs")
        plan.purposes = root.texts("purposes")
        plan.topics = root.texts("topics")
        plan.endDate = root.date("end_date")
        plan.startTime = root.time("start_time")
        plan.endTime = root.time("end_time")
        plan.partOfDay = root.choice("part_of_day")
        if let participants = root.mapping("participants", keys: PlanSchema.keys("participants")) {
            plan.expectedDelegates = participants.integer("expected", range: NumberRange.people, example: "70")
            plan.participants = participants.mappings("categories", keys: PlanSchema.keys("participants.categories"))
                .compactMap {
                    guard let name = $0.text("name", required: "Đại biểu Trung ương") else { return nil }
                    return ParticipantCategory(
                        name: name, count: $0.integer("count", range: NumberRange.people, example: "20"),
                        attended: $0.integer("attended", range: NumberRange.people, example: "18"),
                        members: $0.texts("members"))
                }
        }
        plan.funding = root.text("funding")
        plan.organizingUnits = root.mappings("organizing_units", keys: PlanSchema.keys("organizing_units")).compactMap {
            guard let name = $0.text("name", required: "Văn phòng Sở") else { return nil }
            return OrganizingUnit(name: name, tasks: $0.texts("tasks"))
        }
        plan.recipients = root.texts("recipients")
        plan.electronicRecipients = root.texts("electronic_recipients")
        if let signer = root.mapping("signer", keys: PlanSchema.keys("signer")),
            let name = signer.text("name", required: "Nguyễn Văn A")
        {
            plan.signer = Signer(title: signer.text("title"), name: name)
        }
        for document in root.mappings("documents", keys: PlanSchema.keys("documents")) {
            if let file = document.text("file", required: "ke-hoach.pdf"),
                let title = document.text("title", required: "Kế hoạch")
            {
                plan.documentTitles[file] = title
            }
        }
        if date != nil { checkDates(plan, root) }
        // An end before the start is reported above, and an end that cannot be read (or a misspelled key) where it
        // is written; the agenda's days are then not checked against the dates.
        let endIsKnown = root.value("end_date") == nil ? !root.misspells("end_date") : plan.endDate != nil
        let before = reader.diagnostics.count
        plan.agenda = AgendaReader(reader: reader, markdown: markdown, papers: papers, customKinds: customKinds)
            .read(root, days: date == nil || !endIsKnown || plan.lastDate < plan.date ? nil : plan.date...plan.lastDate)
        let agendaIsWhole = !Array(reader.diagnostics[before...]).hasErrors
        plan.revisions = readRevisions(root, agenda: agendaIsWhole ? plan.agenda : nil)
        guard title != nil, date != nil, venue != nil else { return nil }
        if !reader.diagnostics.hasErrors { PlanConsistency(reader: reader, root: root).check(plan) }
        return plan
    }

    /// Changes after publication; each item title a revision names must be in the agenda, when the agenda was read
    /// without errors (an item that could not be read is not looked for).
    private func readRevisions(_ root: YAMLMapping, agenda: [AgendaDay]?) -> [Revision] {
        let titles = agenda?.flatMap { $0.sessions.flatMap { $0.items.map(\.title) } }
        let revisions = root.mappings("revisions", keys: PlanSchema.keys("revisions")).compactMap {
            entry -> Revision? in
            let date = entry.date("date", required: "20/5/2020")
            let note = entry.text("note", required: "Đổi giờ khai mạc sang 8 giờ")
            let items = entry.texts("items")
            for (index, title) in items.enumerated() where titles.map({ !$0.contains(title) }) ?? false {
                var message = "`\(entry.keyPath)items[\(index + 1)]` \"\(title)\" is not the title of an agenda item"
                if let suggestion = Suggestion.closest(to: title, among: titles ?? []) {
                    message += "; did you mean “\(suggestion)”?"
                }
                reader.error(at: entry.nodes("items")[index], message)
            }
            guard let date, let note else { return nil }
            return Revision(date: date, time: entry.time("time"), note: note, itemTitles: items)
        }
        for (earlier, later) in zip(revisions, revisions.dropFirst()) where later.date < earlier.date {
            reader.warning(
                at: root.value("revisions"),
                "revisions are listed oldest first; \(later.date.written) comes after \(earlier.date.written)")
        }
        return revisions
    }

    private func readVenue(_ root: YAMLMapping) -> Venue? {
        guard root.value("venue") != nil else {
            root.missing("venue", example: "\n  name: Hội trường tầng 5")
            return nil
        }
        guard
            let venue = root.mapping("venue", keys: PlanSchema.keys("venue")),
            let name = venue.text("name", required: "Hội trường tầng 5")
        else { return nil }
        let latitude = venue.decimal("latitude", range: NumberRange.latitude, example: "21.2731")
        let longitude = venue.decimal("longitude", range: NumberRange.longitude, example: "106.1946")
        if (venue.value("latitude") == nil) != (venue.value("longitude") == nil) {
            reader.error(at: venue.node, "`venue` needs both `latitude` and `longitude` for a map link, or neither")
        }
        var coordinates: Coordinates?
        if let latitude, let longitude { coordinates = Coordinates(latitude: latitude, longitude: longitude) }
        return Venue(
            name: name, building: venue.text("building"), address: venue.text("address"), coordinates: coordinates,
            directions: venue.text("directions").map(markdown.render))
    }

    private func readTimeZone(_ root: YAMLMapping) -> String {
        guard let zone = root.text("timezone") else { return defaultTimeZone }
        guard TimeZoneCheck.isKnown(zone) else {
            reader.error(
                at: root.value("timezone"),
                "`timezone` \"\(zone)\" is not a known IANA time zone; write for example `timezone: Asia/Ho_Chi_Minh`")
            return defaultTimeZone
        }
        return zone
    }

    private func readDocument(_ root: YAMLMapping) -> PlanDocument? {
        guard let document = root.mapping("document", keys: PlanSchema.keys("document")) else { return nil }
        return PlanDocument(
            number: document.text("number"), place: document.text("place"), date: document.partialDate("date"),
            supervisingAgency: document.text("supervising_agency"), issuer: document.text("issuer"))
    }

    private func readProject(_ root: YAMLMapping) -> ResearchProject? {
        if let node = root.value("project"), node.scalar != nil {
            return root.text("project").map { ResearchProject(title: $0) }
        }
        guard let project = root.mapping("project", keys: PlanSchema.keys("project")),
            let title = project.text("title", required: "Nghiên cứu …")
        else { return nil }
        return ResearchProject(title: title, kind: project.text("kind"))
    }

    private func checkDates(_ plan: Plan, _ root: YAMLMapping) {
        if let end = plan.endDate, end < plan.date {
            reader.error(
                at: root.value("end_date"),
                "`end_date` \(end.written) is before `date` \(plan.date.written); the workshop must end on or after its first day"
            )
        }
        if let start = plan.startTime, let end = plan.endTime, plan.lastDate == plan.date, end <= start {
            reader.error(
                at: root.value("end_time"),
                "`end_time` \(end.text) is not after `start_time` \(start.text); write the time the workshop ends, on "
                    + "the 24-hour clock (5 pm is `17:00`)")
        }
    }
}
