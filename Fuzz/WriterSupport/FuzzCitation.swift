import HoithaoModel
import HoithaoSchedule

/// The citation of the fuzzed workshop's paper: its title, abstract, keywords and author are fields.
func fuzzCitation(_ fields: [String]) -> Citation {
    let workshop = fuzzWorkshop(fields)
    return Citation(
        paper: workshop.papers[0], workshop: workshop, site: SiteConfig(name: fields[1], host: fields[0]),
        url: "https://example.org/thu/proceedings/bai/", bookTitle: "Kỷ yếu " + fields[0])
}
