import Foundation
import HoithaoIncremental
import HoithaoModel
import HoithaoOutput
import HoithaoRoutes
import HoithaoTheme

/// Renders pages with the theme, on all cores, keeping a page from the last build when its inputs are unchanged.
struct PageRenderer: Sendable {
    let site: Site
    let contexts: ContextBuilder

    /// Renders one page to its bytes.
    func render(_ kind: PageKind) throws(RenderError) -> Data {
        do {
            return Data(try contexts.theme.render(kind.template, contexts.context(for: kind)))
        } catch {
            throw RenderError(
                diagnostic: .error(
                    SourceLocation(path: "\(contexts.theme.directory)/templates/\(kind.template).mustache"),
                    "the template cannot render \(site.path(of: kind).file): \(error)"))
        }
    }

    /// Puts every page into `sink`: kept from the last build when its digest matches `cache`, rendered otherwise.
    func emit(_ pages: [PageKind], digests: [Digest], cache: BuildCache, into sink: some OutputSink) throws(RenderError)
        -> (rendered: Int, cache: BuildCache)
    {
        let outcomes = Parallel.map(pages.count) { index -> Result<Bool, RenderError> in
            let path = site.path(of: pages[index]).file
            if cache.pages[path] == digests[index].description, sink.reuse(path) { return .success(false) }
            do throws(RenderError) {
                let data = try render(pages[index])
                do {
                    try sink.write(path, data)
                } catch {
                    throw RenderError(
                        diagnostic: .error(
                            SourceLocation(path: path), "cannot write the page: \(error.localizedDescription)"))
                }
                return .success(true)
            } catch {
                return .failure(error)
            }
        }
        var rendered = 0
        for outcome in outcomes {
            switch outcome {
            case .success(let wasRendered): rendered += wasRendered ? 1 : 0
            case .failure(let error): throw error
            }
        }
        var next = BuildCache()
        for (index, kind) in pages.enumerated() { next.pages[site.path(of: kind).file] = digests[index].description }
        return (rendered, next)
    }
}

/// A build step that failed while rendering or writing, as a diagnostic.
struct RenderError: Error {
    let diagnostic: Diagnostic
}
