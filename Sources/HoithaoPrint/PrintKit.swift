import Foundation
import HoithaoModel
import HoithaoProceedings
import HoithaoRoutes

/// A kind of document `hoithao print` makes.
public enum PrintKind: String, CaseIterable, Sendable {
    case signIn = "sign-in"
    case nameCards = "name-cards"
    case invitations
    case certificates
    case programme
    case report

    /// Whether the kind is made from a delegate list (the report counts it when given).
    public var needsDelegates: Bool { ![.programme, .report].contains(self) }
}

/// One printed file: its name in the output folder and its bytes.
public struct PrintedFile: Sendable {
    public var name: String
    public var data: Data
}

/// Why a document could not be made, said to the organizer.
public struct PrintError: Error, CustomStringConvertible {
    public var description: String
}

/// Makes a workshop's printed documents from its plan and a private delegate list: every page A4, typeset by the
/// proceedings' Pango and Cairo code, in Vietnamese, the same bytes on every run.
public struct PrintKit {
    public var workshop: Workshop
    public var delegates: [Delegate]
    /// The address of the workshop's agenda online, for the programme's QR code.
    public var agendaURL: String?
    /// The number of the invitations ("Số: …"), blanks kept; by default the plan's symbol with `GM` for `KH`.
    public var number: String?
    /// The date the documents are issued; by default the plan's, blanks kept for what it lacks.
    public var issued: PartialDate?

    /// The kit of `workshop` for `delegates`; `baseURL`, the site's, gives the agenda's address online.
    public init(workshop: Workshop, delegates: [Delegate], baseURL: String?) {
        self.workshop = workshop
        self.delegates = delegates
        // The folder's address, as the site links it, without `index.html`.
        let file = Routes.workshop(workshop.slug).agenda.file
        agendaURL = baseURL.map { Routes.absolute(String(file.dropLast(Routes.folderIndex.count)), baseURL: $0) }
    }

    var plan: Plan { workshop.plan }

    /// The files of `kind`.
    public func make(_ kind: PrintKind) throws -> [PrintedFile] {
        switch kind {
        case .signIn: [PrintedFile(name: "danh-sach-ky-ten.pdf", data: try SignInSheets(kit: self).make())]
        case .nameCards:
            [
                PrintedFile(name: "bien-ten-de-ban.pdf", data: try NameCards(kit: self).tableCards()),
                PrintedFile(name: "the-deo.pdf", data: try NameCards(kit: self).badges()),
            ]
        case .invitations:
            [
                PrintedFile(name: "giay-moi.pdf", data: try Invitations(kit: self).letters()),
                PrintedFile(name: "nhan-phong-bi.pdf", data: try Invitations(kit: self).envelopeLabels()),
            ]
        case .certificates: [PrintedFile(name: "giay-chung-nhan.pdf", data: try Certificates(kit: self).make())]
        case .programme: [PrintedFile(name: "chuong-trinh.pdf", data: try ProgrammeBooklet(kit: self).make())]
        case .report: [PrintedFile(name: "bao-cao-ket-qua.pdf", data: try ResultReport(kit: self).make())]
        }
    }

    /// The header every official document of the kit starts with.
    var header: AdministrativeHeader {
        AdministrativeHeader(
            supervisingAgency: plan.document?.supervisingAgency, issuer: plan.document?.issuer ?? plan.organizers.first,
            number: invitationNumber,
            placeAndDate: OfficialText.placeAndDate(
                place: plan.document?.place, date: issued ?? plan.document?.date, year: plan.date.year))
    }

    /// "…/GM-KHCN" from the plan's "12/KH-KHCN": the invitation's own number is given when it is signed.
    var invitationNumber: String {
        number ?? documentNumber(symbol: "GM")
    }

    /// The number of a document of kind `symbol` (GM a giấy mời, BC a báo cáo) made from the plan's number, its
    /// own number left blank: "…/BC-KHCN" from "12/KH-KHCN".
    func documentNumber(symbol kind: String) -> String {
        guard let symbol = plan.document?.number?.split(separator: "/", maxSplits: 1).dropFirst().first else {
            return "       /" + kind
        }
        let parts = symbol.split(separator: "-", maxSplits: 1)
        let rest = parts.count > 1 ? "-" + parts[1] : ""
        return "       /" + kind + rest
    }

    /// The issue date as a metadata date, fixed so that two runs write the same bytes.
    var metadataDate: String {
        let date = plan.date
        return String(format: "%04d-%02d-%02dT00:00:00+07:00", date.year, date.month, date.day)
    }

    /// The delegates who get `document`, in the list's order.
    func delegates(getting document: DelegateDocument) -> [Delegate] {
        delegates.filter { $0.documents.contains(document) }
    }

    /// "Hội thảo “…”", or the title alone when it already says it is a workshop.
    var workshopName: String {
        OfficialDate.namesMeeting(plan.title) ? plan.title : "Hội thảo “\(plan.title)”"
    }

    func finish(_ canvas: PrintCanvas, title: String) throws -> Data {
        do {
            return try canvas.finish(
                title: title + " – " + plan.title, author: plan.document?.issuer ?? plan.organizers.first ?? "",
                subject: workshopName, date: metadataDate)
        } catch {
            throw PrintError(description: "the PDF could not be written: \(error)")
        }
    }

    func canvas(landscape: Bool = false) throws -> PrintCanvas {
        do {
            return landscape
                ? try PrintCanvas(width: Paper.a4.height, height: Paper.a4.width)
                : try PrintCanvas(width: Paper.a4.width, height: Paper.a4.height)
        } catch {
            throw PrintError(description: "the PDF could not be started: \(error)")
        }
    }
}
