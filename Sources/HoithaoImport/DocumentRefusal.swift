import HoithaoContent

/// Why a Word or PDF document cannot be imported, said so that the organizer knows what to do instead.
public enum DocumentRefusal: Error, Equatable, Sendable {
    case notA(String, String)
    case locked
    case scanned(pages: Int)
    case tooLarge(String, Int)
    case missingPart(String)
    case pictureTooLarge(String, Int)
    case untitled(String)

    /// The most text read out of a document or one part of it: the content's limit for a text file.
    static let textLimit = ContentLoader.textSizeLimit
    /// The largest picture taken out of a Word file.
    static let pictureLimit = 50_000_000

    /// The message after `path: error: `.
    public var message: String {
        switch self {
        case .notA(let kind, let reason):
            return "this is not a readable \(kind) file (\(reason)); save it again from Word or the PDF reader, "
                + "or copy its text into a .txt file and import that"
        case .locked:
            return "the PDF is protected by a password; save an unprotected copy and import that"
        case .scanned(let pages):
            return "the PDF has no text layer (\(pages) page(s) of pictures, as a scanner makes): Hoithao does not "
                + "read scanned pages. Import the Word file the plan was made from, or run OCR on the PDF "
                + "(for example `ocrmypdf -l vie plan.pdf plan-ocr.pdf`) and import the result"
        case .tooLarge(let what, let size):
            return "\(what) is \(size / 1_000_000) MB or more once unpacked; at most \(Self.textLimit / 1_000_000) MB "
                + "is read. Import the plan alone, not a file it is bound in"
        case .pictureTooLarge(let path, let size):
            return
                "the picture \(path) is \(size / 1_000_000) MB or more, more than the \(Self.pictureLimit / 1_000_000) "
                + "MB a picture may have; make it smaller in Word (Compress Pictures) and save again"
        case .untitled(let title):
            return
                "the paper's title (“\(title)”, its first paragraph) has no letters or digits to name its file after; "
                + "give the title: `hoithao new paper WORKSHOP \"Title\" --from FILE`"
        case .missingPart(let part):
            return "the Word file has no \(part); save it again from Word as .docx"
        }
    }
}
