import HoithaoModel
import HoithaoRoutes
import HoithaoSchedule
import HoithaoTheme

extension ContextBuilder {
    func overview(_ index: Int, _ path: PagePath) -> TemplateContext {
        let workshop = site.workshops[index]
        let plan = workshop.plan
        let t = strings(language(of: workshop))
        var page = workshopLayout(index, path, kind: .workshop(index), title: plan.title)
        page["theme"] = plan.theme
        page["project_title"] = plan.project?.title
        page["project_kind"] = plan.project?.kind
        page["organizers"] = Format.list(plan.organizers)
        page["purposes"] = Format.list(plan.purposes)
        page["topics"] = Format.list(plan.topics)
        page["chairs"] = Format.list(plan.chairs)
        page["intro_html"] =
            workshop.introduction.html.isEmpty
            ? nil
            : PagePictures.html(
                workshop.introduction.html, pictures: workshop.pictures[workshop.introductionPath], page: path)
        page["facts"] = keyFacts(plan, t)
        page["calendar_href"] = path.link(toFile: workshop.routes.calendar)
        page["json_ld"] =
            EventStructuredData(
                workshop: workshop, site: site.config,
                workshopURL: baseURL.map { site.path(of: .workshop(index)).absolute(baseURL: $0) }
            ).json
        return page
    }

    /// The key-facts box: date with weekday, the official date, time, venue, delegates.
    func keyFacts(_ plan: Plan, _ t: ThemeStrings) -> TemplateContext {
        var facts: TemplateContext = [
            "dates": Format.dates(plan, t),
            "long_date": t.longDate(plan.date),
            "iso_date": plan.date.iso,
            "venue_name": plan.venue.name,
            "timezone": timeZoneLabel(plan),
        ]
        facts["part_of_day"] = plan.partOfDay.map { t["part_of_day_" + $0.rawValue] }
        facts["times"] = Format.times(start: plan.startTime, end: plan.endTime, t)
        facts["venue_building"] = plan.venue.building
        facts["venue_address"] = plan.venue.address
        facts["expected_delegates"] = plan.expectedDelegates
        return facts
    }

    func participants(_ index: Int, _ path: PagePath) -> TemplateContext {
        let plan = site.workshops[index].plan
        let t = strings(language(of: site.workshops[index]))
        var page = workshopLayout(index, path, kind: .participants(index), title: t["nav_participants"])
        page["categories"] = Format.group(
            plan.participants.map { category -> TemplateContext in
                var entry: TemplateContext = ["name": category.name]
                entry["category_members"] = Format.list(category.members)
                entry["category_count"] = category.count
                return entry
            })
        page["expected"] = plan.expectedDelegates
        let counts = plan.participants.compactMap(\.count)
        if counts.count == plan.participants.count, !counts.isEmpty {
            page["total"] = counts.reduce(0, +)
            page["chart_html"] = ParticipantChart(categories: plan.participants, title: t["chart_title"]).svg
        }
        return page
    }

    func venue(_ index: Int, _ path: PagePath) -> TemplateContext {
        let plan = site.workshops[index].plan
        let t = strings(language(of: site.workshops[index]))
        var page = workshopLayout(index, path, kind: .venue(index), title: t["nav_venue"])
        page["facts"] = keyFacts(plan, t)
        page["directions_html"] = plan.venue.directions?.html
        if let point = plan.venue.coordinates {
            let lat = String(point.latitude)
            let lon = String(point.longitude)
            page["map_href"] = "https://www.openstreetmap.org/?mlat=\(lat)&mlon=\(lon)#map=17/\(lat)/\(lon)"
            page["coordinates"] = "\(lat), \(lon)"
        }
        return page
    }

    func organization(_ index: Int, _ path: PagePath) -> TemplateContext {
        let plan = site.workshops[index].plan
        let t = strings(language(of: site.workshops[index]))
        var page = workshopLayout(index, path, kind: .organization(index), title: t["nav_organization"])
        page["organizers"] = Format.list(plan.organizers)
        page["chairs"] = Format.list(plan.chairs)
        page["units"] = Format.group(
            plan.organizingUnits.map { unit in
                var entry: TemplateContext = ["name": unit.name]
                entry["unit_tasks"] = Format.list(unit.tasks)
                return entry
            })
        page["funding"] = plan.funding
        page["recipients"] = Format.list(plan.recipients)
        page["electronic_recipients"] = Format.list(plan.electronicRecipients)
        if let signer = plan.signer {
            var entry: TemplateContext = ["signer_name": signer.name]
            entry["signer_title"] = signer.title
            page["signer"] = entry
        }
        if let document = plan.document {
            var entry: TemplateContext = [:]
            entry["doc_number"] = document.number
            entry["doc_place"] = document.place
            entry["doc_date"] = document.date.map(t.partialDate)
            entry["doc_issuer"] = document.issuer
            page["document"] = entry
        }
        return page
    }
}
