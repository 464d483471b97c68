/// The steps of a build, in the order they run: the pipeline as `SiteBuilder` runs it, each step ended by
/// `BuildReport.endPhase`, which `--timings` shows. A step that has nothing to do is left out: a build that
/// changes nothing stops after `prepare`, `check` and `serve` after `pages`, and only a build that reads the
/// changed workshops alone catches up.
public enum BuildStep: String, CaseIterable, Sendable {
    /// The input stamps and the last build's record, which tell what changed (`IncrementalState.plan`).
    case stamps
    /// Reading `Content/` and the theme (`SiteBuilder.prepare`: `ContentLoader.load`, `ThemeLoader.load`).
    case load
    /// Validating across files, and planning the pages and files to make with their digests (`SiteValidator`,
    /// `OutputClaims`, `PreparedSite`).
    case prepare
    /// Copying into the spare the files the last build changed, before writing only the changed workshops'
    /// (`SiteBuilder.rebuildWorkshops`).
    case catchUp = "catch up"
    /// Making the books, the papers' PDFs and the authors' zip whose inputs changed (`MadeFileWriter.emit`).
    case downloads
    /// Copying the content's files and writing the feeds, calendars and citations (`GeneratedFileWriter.emit`).
    case files
    /// Rendering the pages whose inputs changed, on all cores (`PageRenderer.emit`).
    case pages
    /// Removing from the staging folder what this build does not make (`DiskSink.sweep`).
    case sweep
    /// Swapping the staging folder in as the output (`OutputFolder.commit`).
    case swap
    /// Keeping the files' digests and the record for the next build (`IncrementalState.save`).
    case cache
    /// Keeping the papers read for the next build (`PaperCache.save`).
    case paperCache = "paper cache"
}
