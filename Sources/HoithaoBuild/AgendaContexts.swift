import HoithaoModel
import HoithaoRoutes
import HoithaoSchedule
import HoithaoTheme

extension ContextBuilder {
    /// "GMT+7 (Asia/Ho_Chi_Minh)": times are always the workshop's own, said explicitly.
    func timeZoneLabel(_ plan: Plan) -> String {
        "\(ZonedTime(zone: plan.timeZone).label(on: plan.date)) (\(plan.timeZone))"
    }

    func agenda(_ index: Int, _ path: PagePath) -> TemplateContext {
        let workshop = site.workshops[index]
        let t = strings(language(of: workshop))
        var page = workshopLayout(index, path, kind: .agenda(index), title: t["nav_agenda"])
        page["facts"] = keyFacts(workshop.plan, t)
        let programme = Programme(workshop.plan.agenda)
        let calendar = Feeds(site: site, baseURL: baseURL).calendar(workshop: index)
        let parts = calendar.parts
        let browser = BrowserAgenda(events: parts.events, instants: calendar.instants)
        page["days"] = workshop.plan.agenda.enumerated().map { dayIndex, day -> TemplateContext in
            let groups = day.parallelGroups.map { group -> TemplateContext in
                [
                    "parallel": group.count > 1,
                    "sessions": group.map { session(dayIndex, $0, of: index, programme, browser, path, t) },
                ]
            }
            return [
                "id": programme.dayIDs[dayIndex], "label": t.weekdayDate(day.date), "long_date": t.longDate(day.date),
                "groups": groups,
                "day_ics_href": path.link(toFile: workshop.routes.dayCalendar(programme.dayIDs[dayIndex])),
            ]
        }
        page["has_agenda"] = !workshop.plan.agenda.isEmpty
        page["calendar_href"] = path.link(toFile: workshop.routes.calendar)
        page["my_agenda"] = myAgenda(index, parts.head, parts.end, path)
        page["revisions"] = revisions(workshop.plan, t)
        return page
    }

    /// The changes since publication, newest first, and when the last one was made.
    func revisions(_ plan: Plan, _ t: ThemeStrings) -> TemplateContext? {
        guard let latest = plan.revisions.last else { return nil }
        let when = { (revision: Revision) in
            revision.time.map { t.time($0) + ", " }.map { $0 + t.shortDate(revision.date) }
                ?? t.shortDate(revision.date)
        }
        return [
            "updated": when(latest),
            "items": plan.revisions.reversed().map { ["when": when($0), "note": $0.note] as TemplateContext },
        ]
    }

    private func session(
        _ dayIndex: Int, _ sessionIndex: Int, of index: Int, _ programme: Programme, _ browser: BrowserAgenda,
        _ path: PagePath, _ t: ThemeStrings
    ) -> TemplateContext {
        let workshop = site.workshops[index]
        let session = workshop.plan.agenda[dayIndex].sessions[sessionIndex]
        let items = session.items.enumerated().map { itemIndex, item -> TemplateContext in
            let id = programme.id(day: dayIndex, session: sessionIndex, item: itemIndex)
            var entry: TemplateContext = [
                "item_time": item.end.map { "\(item.start.text)–\($0.text)" } ?? item.start.text,
                "item_title": item.title,
                "kind": item.kind.id,
                "kind_label": site.config.customKinds[item.kind.id] ?? t["kind_" + item.kind.id],
                "id": id,
                "ics_href": path.link(toFile: workshop.routes.itemCalendar(id)),
            ]
            entry["item_event"] = browser.events[id].map(Self.lineFeeds)
            entry["item_start"] = browser.instants[id].map { String($0.start) }
            entry["item_end"] = browser.instants[id]?.end.map(String.init)
            entry["has_speakers"] = !item.speakers.isEmpty
            entry["speakers"] = item.speakers.map { speaker -> TemplateContext in
                var person: TemplateContext = ["person_name": speaker.name]
                person["person_affiliation"] = speaker.affiliation
                person["person_href"] = personLink(speaker.name, workshop: index, from: path)
                return person
            }
            entry["item_room"] = item.room
            entry["description_html"] = item.description?.html
            if let slug = item.paperSlug, let paperIndex = workshop.papers.firstIndex(where: { $0.slug == slug }) {
                entry["paper_href"] = path.link(to: site.path(of: .paper(index, paperIndex)))
                entry["paper_title"] = workshop.papers[paperIndex].title
            }
            return entry
        }
        var context: TemplateContext = ["items": items]
        context["session_title"] = session.title
        context["session_room"] = session.room
        context["session_chair"] = session.chair
        return context
    }

    /// What the agenda page's script needs to keep the visitor's own agenda: where to keep it (by the
    /// workshop's slug), the script, and the calendar's header and end to put the starred items' events in.
    private func myAgenda(_ index: Int, _ head: String, _ end: String, _ path: PagePath) -> TemplateContext? {
        guard !site.workshops[index].plan.agenda.isEmpty else { return nil }
        return [
            "storage_key": "hoithao:" + site.workshops[index].slug + ":starred",
            "script": path.link(toFile: Routes.myAgendaScript),
            "calendar_head": Self.lineFeeds(head), "calendar_end": Self.lineFeeds(end),
            "file_name": site.workshops[index].slug + ".ics",
        ]
    }

    /// Calendar text with LF for CRLF: an HTML attribute's CR does not survive parsing, so the script puts
    /// each CR back.
    private static func lineFeeds(_ text: String) -> String {
        String(text.unicodeScalars.filter { $0 != "\r" })
    }
}

/// Each agenda item's calendar event and its start and end in UTC, by id, for the page's script.
private struct BrowserAgenda {
    let events: [String: String]
    let instants: [String: (start: Int, end: Int?)]

    init(events: [(id: String, text: String)], instants: [(id: String, start: Int, end: Int?)]) {
        self.events = Dictionary(events.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
        self.instants = Dictionary(
            instants.map { ($0.id, ($0.start, $0.end)) }, uniquingKeysWith: { first, _ in first })
    }
}
