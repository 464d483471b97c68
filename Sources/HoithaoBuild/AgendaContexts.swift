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
        page["days"] = workshop.plan.agenda.enumerated().map { dayIndex, day -> TemplateContext in
            let groups = day.parallelGroups.map { group -> TemplateContext in
                [
                    "parallel": group.count > 1,
                    "sessions": group.map { session(dayIndex, $0, of: index, programme, path, t) },
                ]
            }
            return [
                "id": programme.dayIDs[dayIndex], "label": t.weekdayDate(day.date), "long_date": t.longDate(day.date),
                "groups": groups,
            ]
        }
        page["has_agenda"] = !workshop.plan.agenda.isEmpty
        page["calendar_href"] = path.link(toFile: workshop.routes.calendar)
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
        _ dayIndex: Int, _ sessionIndex: Int, of index: Int, _ programme: Programme, _ path: PagePath, _ t: ThemeStrings
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
}
