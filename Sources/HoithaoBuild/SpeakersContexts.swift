import HoithaoModel
import HoithaoRoutes
import HoithaoSchedule
import HoithaoTheme

extension ContextBuilder {
    /// This builder with each workshop's speakers and authors sorted and anchored once: the agenda, every paper
    /// page and the speakers page link to the same entries.
    func withPeople() -> ContextBuilder {
        var builder = self
        builder.people = site.workshops.map { WorkshopPeople($0, programme: Programme($0.plan.agenda)) }
        return builder
    }

    /// The workshop's speakers and authors, made now when `withPeople` was not called.
    func people(_ index: Int) -> WorkshopPeople {
        index < people.count
            ? people[index]
            : WorkshopPeople(site.workshops[index], programme: Programme(site.workshops[index].plan.agenda))
    }

    /// The link from `path` to a person's entry on the workshop's speakers page.
    func personLink(_ name: String, workshop index: Int, from path: PagePath) -> String? {
        guard let anchor = people(index).anchor(of: name) else { return nil }
        return path.link(to: site.path(of: .speakers(index))) + "#" + anchor
    }

    func speakers(_ index: Int, _ path: PagePath) -> TemplateContext {
        let workshop = site.workshops[index]
        let t = strings(language(of: workshop))
        var page = workshopLayout(index, path, kind: .speakers(index), title: t["nav_speakers"])
        let agenda = path.link(to: site.path(of: .agenda(index)))
        page["people"] = Format.group(
            people(index).people.map { person -> TemplateContext in
                var entry: TemplateContext = ["person_name": person.name, "id": person.anchor]
                entry["person_affiliation"] =
                    person.affiliations.isEmpty ? nil : person.affiliations.joined(separator: "; ")
                entry["talks"] = Format.group(
                    person.talks.map { talk in
                        [
                            "talk_href": agenda + "#" + talk.id, "talk_title": talk.item.title,
                            "talk_when": "\(t.weekdayDate(talk.day.date)), \(talk.item.start.text)",
                        ]
                    })
                entry["papers"] = Format.group(
                    person.papers.map { paperIndex in
                        [
                            "paper_href": path.link(to: site.path(of: .paper(index, paperIndex))),
                            "paper_title": workshop.papers[paperIndex].title,
                        ]
                    })
                return entry
            })
        return page
    }
}
