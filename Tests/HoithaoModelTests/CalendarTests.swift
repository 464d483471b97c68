import HoithaoModel
import Testing

@Suite("Dates, weekdays and times")
struct CalendarTests {
    @Test("22/5/2020 was a Friday (Thứ Sáu), as the seed plan says")
    func seedWeekday() throws {
        let date = try #require(CalendarDate(year: 2020, month: 5, day: 22))
        #expect(date.isoWeekday == 5)
        #expect(date.iso == "2020-05-22")
    }

    @Test(
        "Dates that do not exist are refused",
        arguments: [(2020, 2, 30), (2021, 2, 29), (2020, 4, 31), (2020, 13, 1), (2020, 0, 1)])
    func impossible(year: Int, month: Int, day: Int) {
        #expect(CalendarDate(year: year, month: month, day: day) == nil)
    }

    @Test("Leap days exist only in leap years")
    func leapDays() {
        #expect(CalendarDate(year: 2020, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 1900, month: 2, day: 29) == nil)
    }

    @Test("Days since the epoch round-trip", arguments: [-1, 0, 18_404, 20_000, 2_932_896])
    func roundTrip(days: Int) {
        #expect(CalendarDate(daysSinceEpoch: days).daysSinceEpoch == days)
    }

    @Test("Times past midnight are refused")
    func times() {
        #expect(TimeOfDay(hour: 24, minute: 0) == nil)
        #expect(TimeOfDay(hour: 23, minute: 30)?.adding(minutes: 45) == nil)
        #expect(TimeOfDay(hour: 7, minute: 30)?.adding(minutes: 45)?.text == "08:15")
    }
}

@Suite("Parallel sessions")
struct ParallelSessionTests {
    func session(_ title: String, _ start: Int, _ end: Int) throws -> AgendaSession {
        let first = try #require(TimeOfDay(hour: start, minute: 0))
        return AgendaSession(
            title: title, items: [AgendaItem(start: first, end: TimeOfDay(hour: end, minute: 0), title: title)])
    }

    @Test("Sessions that overlap in time are grouped as parallel; the others stand alone")
    func grouping() throws {
        let sessions = try [("Plenary", 8, 11), ("A", 13, 15), ("B", 13, 16), ("Closing", 16, 17)].map(session)
        let day = AgendaDay(date: CalendarDate(daysSinceEpoch: 0), sessions: sessions)
        #expect(
            day.parallelGroups.map { $0.compactMap { sessions[$0].title } } == [["Plenary"], ["A", "B"], ["Closing"]])
    }
}

@Suite("SHA-256")
struct SHA256Tests {
    @Test(
        "Known answers from FIPS 180-4",
        arguments: [
            ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            (
                "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
            ),
        ])
    func knownAnswers(text: String, digest: String) {
        #expect(SHA256.hex(Array(text.utf8)) == digest)
    }

    @Test("A million a's")
    func long() {
        #expect(
            SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}
