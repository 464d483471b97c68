import Foundation
import HoithaoModel
import HoithaoTheme

/// Renders pages with the theme, on all cores, keeping a page from the last build when its inputs are unchanged.
struct PageRenderer: Sendable {
    let site: Site
    let contexts: ContextBuilder

    /// Renders one page to its bytes.
    func render(_ kind: PageKind) throws(RenderError) -> Data {
        do {
            return Data(try contexts.theme.render(kind.template, contexts.context(for: kind)).utf8)
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
        let rendered = Counter()
        try inParallel(pages.indices) { index throws(RenderError) in
            let path = site.path(of: pages[index]).file
            if cache.pages[path] == digests[index].description, sink.reuse(path) { return }
            let data = try render(pages[index])
            rendered.increment()
            do {
                try sink.write(path, data)
            } catch {
                throw RenderError(
                    diagnostic: .error(
                        SourceLocation(path: path), "cannot write the page: \(error.localizedDescription)"))
            }
        }
        var next = BuildCache()
        for (index, kind) in pages.enumerated() { next.pages[site.path(of: kind).file] = digests[index].description }
        return (rendered.value, next)
    }

    /// Runs `body` for every index on all cores; the first error found (in index order) is thrown.
    private func inParallel(_ indices: Range<Int>, _ body: @Sendable (Int) throws(RenderError) -> Void)
        throws(RenderError)
    {
        let errors = ErrorSlots(count: indices.count)
        DispatchQueue.concurrentPerform(iterations: indices.count) { index in
            do throws(RenderError) {
                try body(index)
            } catch {
                errors.set(index, error)
            }
        }
        if let first = errors.first { throw first }
    }
}

/// A build step that failed while rendering or writing, as a diagnostic.
struct RenderError: Error {
    let diagnostic: Diagnostic
}

/// A count shared by the rendering threads.
private final class Counter: @unchecked Sendable {
    private var count = 0
    private let lock = NSLock()

    func increment() {
        lock.lock()
        count += 1
        lock.unlock()
    }

    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }
}

/// One slot per page for the error it hit, filled from many threads.
private final class ErrorSlots: @unchecked Sendable {
    private var slots: [RenderError?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ error: RenderError) {
        lock.lock()
        slots[index] = error
        lock.unlock()
    }

    var first: RenderError? {
        lock.lock()
        defer { lock.unlock() }
        return slots.lazy.compactMap { $0 }.first
    }
}
