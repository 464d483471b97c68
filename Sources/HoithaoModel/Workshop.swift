/// One workshop: its folder's slug, its plan and the Markdown and files around it.
public struct Workshop: Sendable {
    public var slug: String
    public var plan: Plan
    public var introduction: RenderedMarkdown
    public var papers: [Paper]
    public var attachments: [Attachment]
    /// `Content/workshops/<slug>/plan.yaml`, for diagnostics.
    public var planPath: String
    /// The pictures each Markdown file (the introduction, a paper) shows by a relative path: by the file's path,
    /// then by the `Picture.key` of the URL it writes.
    public var pictures: [String: [String: Picture]] = [:]

    public init(
        slug: String, plan: Plan, introduction: RenderedMarkdown, papers: [Paper], attachments: [Attachment],
        planPath: String
    ) {
        self.slug = slug
        self.plan = plan
        self.introduction = introduction
        self.papers = papers
        self.attachments = attachments
        self.planPath = planPath
    }

    /// `Content/workshops/<slug>/index.md`, whether or not there is one.
    public var introductionPath: String {
        String(planPath.dropLast("plan.yaml".count)) + "index.md"
    }

    public func paper(slug: String) -> Paper? {
        papers.first { $0.slug == slug }
    }
}

/// A paper (tham luận) of the proceedings, from `papers/<slug>.md`.
public struct Paper: Sendable, Hashable {
    public var slug: String
    public var title: String
    public var authors: [Author]
    public var abstract: String?
    public var keywords: [String]
    public var language: Language?
    public var section: String?
    public var order: Int?
    /// An author-supplied file offered as it is (PDF, DOCX, slides).
    public var file: CopiedFile?
    public var body: RenderedMarkdown
    public var source: String

    public init(
        slug: String, title: String, authors: [Author], abstract: String? = nil, keywords: [String] = [],
        language: Language? = nil, section: String? = nil, order: Int? = nil, file: CopiedFile? = nil,
        body: RenderedMarkdown, source: String
    ) {
        self.slug = slug
        self.title = title
        self.authors = authors
        self.abstract = abstract
        self.keywords = keywords
        self.language = language
        self.section = section
        self.order = order
        self.file = file
        self.body = body
        self.source = source
    }
}

/// An author of a paper; email stays private unless the author marks it public.
public struct Author: Sendable, Hashable {
    public var name: String
    public var affiliation: String?
    public var orcid: String?
    public var email: String?
    public var emailIsPublic: Bool
    public var phone: String?
    public var phoneIsPublic: Bool

    public init(
        name: String, affiliation: String? = nil, orcid: String? = nil, email: String? = nil,
        emailIsPublic: Bool = false, phone: String? = nil, phoneIsPublic: Bool = false
    ) {
        self.name = name
        self.affiliation = affiliation
        self.orcid = orcid
        self.email = email
        self.emailIsPublic = emailIsPublic
        self.phone = phone
        self.phoneIsPublic = phoneIsPublic
    }

    /// The email address only when the author chose to publish it.
    public var publicEmail: String? { emailIsPublic ? email : nil }

    /// The phone number only when the author chose to publish it.
    public var publicPhone: String? { phoneIsPublic ? phone : nil }
}

/// A file from a workshop's `documents/` folder, with the title the plan gives it.
public struct Attachment: Sendable, Hashable {
    public var title: String
    public var file: CopiedFile

    public init(title: String, file: CopiedFile) {
        self.title = title
        self.file = file
    }

    /// The file name's extension, lowercased: `pdf`, `docx`, `png`.
    public var fileExtension: String {
        guard let dot = file.destination.lastIndex(of: "."),
            !file.destination[dot...].contains("/")
        else { return "" }
        return file.destination[file.destination.index(after: dot)...].lowercased()
    }
}
