import HoithaoMarkdown
import HoithaoModel

/// What a build reads, where it writes, and how.
public struct BuildOptions: Sendable {
    public var contentPath: String
    public var themePath: String
    /// Nil for `hoithao check`, which writes nothing.
    public var outputPath: String?
    /// Overrides `base_url` of `site.yaml`.
    public var baseURL: String?
    public var includeDrafts: Bool
    /// Whether `check` also follows every internal link and anchor of the rendered site.
    public var checksLinks = false
    /// Whether to ignore the cache and the previous output, and write every file anew.
    public var clean = false
    /// Whether to typeset the proceedings books (PDF, EPUB); `--no-books` skips them for a fast preview.
    public var makesBooks = true
    /// The day the build takes as today, to tell upcoming workshops from past ones.
    public var today: CalendarDate
    /// How long ago a file must have changed for its timestamps to be trusted: one changed more recently is read
    /// again by the next build even when its timestamps look unchanged (see `InputStamps`).
    public var settlingSeconds = 2.0
    /// The version of the way papers are set, recorded with the build: an Output made with another is made again.
    public var markdownEngine = MarkdownRenderer.engineVersion

    public init(
        contentPath: String = "Content", themePath: String = "Themes/default", outputPath: String? = "Output",
        baseURL: String? = nil, includeDrafts: Bool = false, today: CalendarDate = BuildOptions.defaultToday()
    ) {
        self.contentPath = contentPath
        self.themePath = themePath
        self.outputPath = outputPath
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
        self.today = today
    }

    /// Today in Vietnam, or the day of `SOURCE_DATE_EPOCH` when set, for reproducible builds.
    public static func defaultToday(environment: [String: String] = ProcessEnvironment.values) -> CalendarDate {
        let seconds = environment["SOURCE_DATE_EPOCH"].flatMap(Int.init) ?? Int(ProcessEnvironment.now())
        let vietnamOffset = 7 * 3600
        let days = (seconds + vietnamOffset) / 86_400
        return CalendarDate(daysSinceEpoch: days)
    }
}

/// What a finished build did.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic] = []
    /// Every page of the site, rendered or kept from the last build.
    public var pagesWritten = 0
    /// The pages rendered this time; the others were unchanged.
    public var pagesRendered = 0
    public var filesCopied = 0
    /// The workshops read, by folder name, when the build read only those whose files changed (the others'
    /// output was kept as it was); nil when it read the whole site.
    public var workshopsRead: [String]?
    public var milliseconds = 0
    /// How long each step took, in order (`hoithao build --timings`).
    public var phases: [BuildPhase] = []
    private var phaseStarted = ProcessEnvironment.now()

    public var succeeded: Bool { !diagnostics.hasErrors }

    /// Ends the step that began when the previous one ended (or the report was made).
    mutating func endPhase(_ step: BuildStep) {
        let now = ProcessEnvironment.now()
        phases.append(BuildPhase(step: step, milliseconds: Int((now - phaseStarted) * 1000)))
        phaseStarted = now
    }
}

/// One step of a build and its wall-clock time.
public struct BuildPhase: Sendable, Equatable {
    public var step: BuildStep
    public var milliseconds: Int

    /// The step's name, as `--timings` shows it.
    public var name: String { step.rawValue }
}
