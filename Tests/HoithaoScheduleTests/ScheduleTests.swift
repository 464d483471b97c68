import Foundation
import HoithaoContent
import HoithaoModel
import TestSupport
import Testing

@testable import HoithaoSchedule

/// A workshop loaded from the fixture portal, or from a plan given as text.
func workshop(plan: String? = nil) throws -> (Workshop, SiteConfig) {
    var files: [String: Data] = [:]
    let folder = Repository.root + "/Tests/Fixtures/portal"
    for path in ["site.yaml", "workshops/hoi-thao-mau/plan.yaml", "workshops/hoi-thao-mau/papers/thuc-trang.md"] {
        files["Content/" + path] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + path))
    }
    files["Content/workshops/hoi-thao-mau/papers/thuc-trang.txt"] = Data("x".utf8)
    files["Content/workshops/hoi-thao-mau/documents/giay moi.txt"] = Data("x".utf8)
    if let plan { files["Content/workshops/hoi-thao-mau/plan.yaml"] = Data(plan.utf8) }
    let (site, diagnostics) = ContentLoader(files: .memory(files)).load(from: "Content")
    #expect(diagnostics.filter { $0.severity == .error } == [])
    let loaded = try #require(site)
    return (try #require(loaded.workshops.first), loaded.config)
}

/// Unfolds iCalendar text (RFC 5545 §3.1) into its logical lines.
func unfold(_ text: String) -> [String] {
    text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
}

@Suite("iCalendar (RFC 5545)")
struct ICalendarTests {
    @Test("Long Vietnamese lines fold at 75 octets without splitting a character, and unfold back")
    func folding() {
        var text = ICalendarText()
        let summary = String(repeating: "Phát triển cụm tương hỗ vải thiều Bắc Giang ", count: 5)
        text.text("SUMMARY", summary)
        let folded = text.serialized
        for line in folded.components(separatedBy: "\r\n") {
            #expect(line.utf8.count <= 75)
        }
        #expect(String(validating: Data(folded.utf8), as: UTF8.self) != nil)
        #expect(unfold(folded) == ["SUMMARY:" + summary.replacingOccurrences(of: ",", with: "\\,")])
    }

    @Test("TEXT values escape backslash, semicolon, comma and newline")
    func escaping() {
        #expect(ICalendarText().escape("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne")
        #expect(ICalendarText().escape("Hội thảo\r\nngày 2") == "Hội thảo\\nngày 2")
        #expect(ICalendarText().escape("Bắc Giang") == "Bắc Giang")
    }

    @Test("The workshop's calendar: VTIMEZONE, one event for the workshop and one per item, CRLF only")
    func calendar() throws {
        let (workshop, _) = try workshop()
        let ics = WorkshopCalendar(workshop: workshop, workshopURL: "https://example.org/w/", uidDomain: "example.org")
            .whole
        #expect(!ics.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let lines = unfold(ics)
        #expect(lines.first == "BEGIN:VCALENDAR")
        #expect(lines.contains("TZID:Asia/Ho_Chi_Minh"))
        #expect(lines.contains("TZOFFSETTO:+0700"))
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 1 + 4)
        #expect(lines.contains("DTSTART;TZID=Asia/Ho_Chi_Minh:20200522T073000"))
        #expect(lines.contains("DTEND;TZID=Asia/Ho_Chi_Minh:20200522T081500"))
        #expect(lines.contains("URL:https://example.org/w/agenda/#ngay-2-0800"))
        #expect(lines.contains("UID:hoi-thao-mau-ngay-2-0800-2@example.org"))
        #expect(Set(lines.filter { $0.hasPrefix("UID:") }).count == 5)
    }

    @Test("Each day's calendar holds that day's items, each written as in its own calendar and the whole")
    func dayCalendars() throws {
        let (workshop, _) = try workshop()
        let calendar = WorkshopCalendar(workshop: workshop, workshopURL: nil, uidDomain: "example.org")
        let files = calendar.files
        #expect(files.days.map(\.id) == ["ngay-1", "ngay-2"])
        let uids = { (text: String) in unfold(text).filter { $0.hasPrefix("UID:") } }
        let expected = calendar.parts.events.map { uids($0.text) }
        for day in files.days {
            let items = calendar.parts.events.indices.filter { calendar.parts.events[$0].id.hasPrefix(day.id + "-") }
            #expect(!items.isEmpty)
            #expect(uids(day.text) == items.flatMap { expected[$0] })
            #expect(day.text.hasPrefix(calendar.parts.head) && day.text.hasSuffix(calendar.parts.end))
            for index in items { #expect(day.text.contains(calendar.parts.events[index].text)) }
        }
        for (item, event) in zip(files.items, calendar.parts.events) {
            #expect(item.text == calendar.parts.head + event.text + calendar.parts.end)
            #expect(files.whole.contains(event.text))
        }
    }

    @Test("An item's instants are its start and end in the workshop's zone, as seconds since 1970 in UTC")
    func instants() throws {
        let (workshop, _) = try workshop()
        let instants = WorkshopCalendar(workshop: workshop, workshopURL: nil, uidDomain: "x").instants
        let first = try #require(instants.first)
        // 22 May 2020, 07:30 at GMT+7 is 00:30 UTC.
        #expect(first.start == 1_590_107_400)
        #expect(first.end == 1_590_109_200)
        #expect(
            instants.map(\.id)
                == WorkshopCalendar(workshop: workshop, workshopURL: nil, uidDomain: "x").parts.events.map(\.id))
    }

    @Test("A zone with daylight saving gives times in UTC instead of a VTIMEZONE")
    func daylightSaving() throws {
        let plan =
            "title: Workshop\ndate: 2/7/2026\nstart_time: \"9:00\"\ntimezone: Europe/Berlin\nvenue:\n  name: Hall\n"
        let (workshop, _) = try workshop(plan: plan)
        let lines = unfold(WorkshopCalendar(workshop: workshop, workshopURL: nil, uidDomain: "x").whole)
        #expect(!lines.contains("BEGIN:VTIMEZONE"))
        #expect(lines.contains("DTSTART:20260702T070000Z"))
    }

    @Test("LOCATION names a room once, though the venue's name repeats it or contains it")
    func locationWithoutRepeats() throws {
        let plan = """
            title: T
            date: 2/7/2026
            venue:
              name: Hội trường A, tầng 3
              building: Sở KH&CN
            agenda:
              - date: 2/7/2026
                sessions:
                  - room: Hội trường A
                    items: [{start: "8:00", title: Khai mạc}]
                  - room: Sở KH&CN
                    items: [{start: "8:00", title: Phiên B}]

            """
        let (workshop, _) = try workshop(plan: plan)
        let locations = unfold(WorkshopCalendar(workshop: workshop, workshopURL: nil, uidDomain: "x").whole)
            .filter { $0.hasPrefix("LOCATION:") }
        #expect(locations == Array(repeating: "LOCATION:Hội trường A\\, tầng 3\\, Sở KH&CN", count: 3))
    }

    @Test(
        "A place's parts are kept unless another part repeats them as whole words",
        arguments: [
            (["Phòng 101", "phòng 101", "Bắc Giang"], "phòng 101, Bắc Giang"),
            (["101", "Hội trường", "101 Lý Tự Trọng"], "101, Hội trường, 101 Lý Tự Trọng"),
            (["A", "Hội trường A"], "A, Hội trường A"),
            (["Tầng 3", "Hội trường A, tầng 3"], "Hội trường A, tầng 3"),
            (["Hall", "Hall, Building 2"], "Hall, Building 2"),
            (["Phòng 10", "Phòng 101"], "Phòng 10, Phòng 101"),
            (["Hội trường A, tầng 3", "Hội trường A,tầng 3"], "Hội trường A,tầng 3"),
        ])
    func placeParts(parts: [String], expected: String) {
        #expect(WorkshopCalendar.place(parts) == expected)
    }

    @Test("Revisions bump SEQUENCE of the items they name and DTSTAMP to the last change")
    func revisions() throws {
        let source = try String(
            contentsOfFile: Repository.root + "/Tests/Fixtures/portal/workshops/hoi-thao-mau/plan.yaml", encoding: .utf8
        )
        let plan =
            source + "revisions:\n  - date: 20/5/2020\n    time: \"14:30\"\n    note: Đổi giờ\n    items: [Khai mạc]\n"
        let (workshop, _) = try workshop(plan: plan)
        let ics = WorkshopCalendar(workshop: workshop, workshopURL: nil, uidDomain: "x").whole
        let events = ics.components(separatedBy: "BEGIN:VEVENT").dropFirst()
        let opening = try #require(events.first { $0.contains("SUMMARY:Khai mạc") })
        #expect(opening.contains("SEQUENCE:1"))
        #expect(opening.contains("DTSTAMP:20200520T073000Z"))
        #expect(events.filter { $0.contains("SEQUENCE:0") }.count == 3)
    }
}

@Suite("schema.org JSON-LD and the frab schedule")
struct StructuredDataTests {
    @Test("The Event has dates with offset, a Place with a PostalAddress, organizer, status, language and sub-events")
    func event() throws {
        let (workshop, site) = try workshop()
        let json = EventStructuredData(workshop: workshop, site: site, workshopURL: "https://example.org/w/").json
        let event = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(event["@type"] as? String == "Event")
        #expect(event["startDate"] as? String == "2020-05-22T07:30:00+07:00")
        #expect(event["endDate"] as? String == "2020-05-23")
        #expect(event["eventStatus"] as? String == "https://schema.org/EventScheduled")
        #expect(event["inLanguage"] as? String == "vi")
        let location = try #require(event["location"] as? [String: Any])
        #expect(location["@type"] as? String == "Place")
        #expect((location["address"] as? [String: Any])?["@type"] as? String == "PostalAddress")
        #expect((location["address"] as? [String: Any])?["streetAddress"] as? String == "Đường Lý Tự Trọng")
        #expect((event["organizer"] as? [[String: Any]])?.first?["name"] as? String == "Sở Khoa học và Công nghệ")
        let subEvents = try #require(event["subEvent"] as? [[String: Any]])
        #expect(subEvents.count == 4)
        #expect(subEvents.first?["startDate"] as? String == "2020-05-22T07:30:00+07:00")
        #expect(!json.contains("<"))
        #expect(json.contains("\\u003cthử\\u003e"))
    }

    @Test("schedule.json: conference, days, rooms, events with guid, start, duration, title, type, persons")
    func frab() throws {
        let (workshop, _) = try workshop()
        let json = FrabSchedule(workshop: workshop, workshopURL: nil).json
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let conference = try #require((root["schedule"] as? [String: Any])?["conference"] as? [String: Any])
        #expect(conference["time_zone_name"] as? String == "Asia/Ho_Chi_Minh")
        // The c3voc schedule schema's pattern for an acronym, which apps that validate the file hold it to.
        let acronym = try #require(conference["acronym"] as? String)
        #expect(acronym == workshop.slug.replacingOccurrences(of: "-", with: "_"))
        #expect(acronym.range(of: "^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$", options: .regularExpression) != nil)
        let days = try #require(conference["days"] as? [[String: Any]])
        #expect(days.count == 2)
        let rooms = try #require(days[1]["rooms"] as? [String: [[String: Any]]])
        #expect(rooms.keys.sorted() == ["Phòng A", "Phòng B"])
        let event = try #require(rooms["Phòng A"]?.first)
        #expect(event["start"] as? String == "08:00")
        #expect(event["duration"] as? String == "00:20")
        #expect(event["type"] as? String == "paper")
        #expect((event["guid"] as? String)?.count == 36)
        let opening = try #require((days[0]["rooms"] as? [String: [[String: Any]]])?["Hội trường tầng 5"]?.last)
        #expect((opening["persons"] as? [[String: Any]])?.first?["public_name"] as? String == "Nguyễn Văn A")
    }
}
