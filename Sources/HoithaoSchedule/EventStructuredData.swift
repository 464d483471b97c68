import HoithaoModel

/// The workshop as a schema.org `Event` in JSON-LD, for search engines and link previews.
public struct EventStructuredData: Sendable {
    public let workshop: Workshop
    public let site: SiteConfig
    /// The workshop's public address; nil without a base URL.
    public let workshopURL: String?

    public init(workshop: Workshop, site: SiteConfig, workshopURL: String?) {
        self.workshop = workshop
        self.site = site
        self.workshopURL = workshopURL
    }

    /// JSON text, escaped for a `<script type="application/ld+json">` block.
    public var json: String {
        JSONText.encode(event)
    }

    var event: [String: Any] {
        let plan = workshop.plan
        let zone = ZonedTime(zone: plan.timeZone)
        var event: [String: Any] = [
            "@context": "https://schema.org",
            "@type": "Event",
            "name": plan.title,
            "eventStatus": "https://schema.org/" + status,
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "inLanguage": (plan.language ?? site.language).rawValue,
            "location": place,
        ]
        event["startDate"] = plan.startTime.map { zone.iso(plan.date, $0) } ?? plan.date.iso
        if let end = plan.endTime {
            event["endDate"] = zone.iso(plan.lastDate, end)
        } else if plan.endDate != nil || plan.startTime == nil {
            event["endDate"] = plan.lastDate.iso
        }
        event["description"] = plan.theme
        event["url"] = workshopURL
        let organizers = plan.organizers.isEmpty ? [site.host].compactMap { $0 } : plan.organizers
        if !organizers.isEmpty {
            event["organizer"] = organizers.map { ["@type": "Organization", "name": $0] }
        }
        let subEvents = Programme(plan.agenda).entries.map { subEvent($0, zone: zone) }
        if !subEvents.isEmpty { event["subEvent"] = subEvents }
        return event
    }

    private var status: String {
        switch workshop.plan.status {
        case .scheduled: return "EventScheduled"
        case .postponed: return "EventPostponed"
        case .cancelled: return "EventCancelled"
        }
    }

    private var place: [String: Any] {
        let venue = workshop.plan.venue
        var place: [String: Any] = [
            "@type": "Place", "name": [venue.name, venue.building].compactMap { $0 }.joined(separator: ", "),
        ]
        var address: [String: Any] = ["@type": "PostalAddress"]
        address["streetAddress"] = venue.address
        if site.language == .vietnamese || workshop.plan.timeZone == "Asia/Ho_Chi_Minh" {
            address["addressCountry"] = "VN"
        }
        place["address"] = address
        if let point = venue.coordinates {
            place["geo"] = ["@type": "GeoCoordinates", "latitude": point.latitude, "longitude": point.longitude]
        }
        return place
    }

    private func subEvent(_ entry: Programme.Entry, zone: ZonedTime) -> [String: Any] {
        var event: [String: Any] = [
            "@type": "Event",
            "name": entry.item.title,
            "startDate": zone.iso(entry.day.date, entry.item.start),
        ]
        event["endDate"] = entry.item.end.map { zone.iso(entry.day.date, $0) }
        if let room = entry.room { event["location"] = ["@type": "Place", "name": room] }
        if let workshopURL { event["url"] = workshopURL + "agenda/#" + entry.id }
        if !entry.item.speakers.isEmpty {
            event["performer"] = entry.item.speakers.map { speaker -> [String: Any] in
                var person: [String: Any] = ["@type": "Person", "name": speaker.name]
                if let affiliation = speaker.affiliation {
                    person["affiliation"] = ["@type": "Organization", "name": affiliation]
                }
                return person
            }
        }
        return event
    }
}
