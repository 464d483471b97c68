import Foundation
import HoithaoModel
import HoithaoTheme

/// Renders pages with the theme, on all cores, and writes them out.
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

    /// Renders every page without writing, as `hoithao check` does; the HTML by output path.
    func renderAll(_ pages: [PageKind]) throws(RenderError) -> [String: String] {
        let rendered = RenderedPages()
        try inParallel(pages) { kind throws(RenderError) in
            rendered.add(site.path(of: kind).file, String(decoding: try render(kind), as: UTF8.self))
        }
        return rendered.pages
    }

    /// Writes every page and the generated files (feeds, calendars) into `folder`; returns how many pages were written.
    func write(
        _ pages: [PageKind], generated: [(path: String, text: String)], into folder: String,
        using writeFile: @escaping @Sendable (String, Data) throws -> Void
    ) throws -> Int {
        let paths = pages.map { site.path(of: $0).file }
        let manager = FileManager.default
        // Folders first and one at a time, so the parallel writers never race to create one.
        for directory in Set(paths.map { ($0 as NSString).deletingLastPathComponent }).sorted() where !directory.isEmpty
        {
            try manager.createDirectory(atPath: folder + "/" + directory, withIntermediateDirectories: true)
        }
        try inParallel(pages) { kind throws(RenderError) in
            let data = try render(kind)
            do {
                try writeFile(folder + "/" + site.path(of: kind).file, data)
            } catch {
                throw RenderError(
                    diagnostic: .error(
                        SourceLocation(path: folder + "/" + site.path(of: kind).file),
                        "cannot write the page: \(error.localizedDescription)"))
            }
        }
        for (path, text) in generated {
            try FileManager.default.createDirectory(
                atPath: folder + "/" + (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try writeFile(folder + "/" + path, Data(text.utf8))
        }
        return pages.count
    }

    /// Runs `body` for every page on all cores; the first error found (in page order) is thrown.
    private func inParallel(_ pages: [PageKind], _ body: @Sendable (PageKind) throws(RenderError) -> Void)
        throws(RenderError)
    {
        let errors = ErrorSlots(count: pages.count)
        DispatchQueue.concurrentPerform(iterations: pages.count) { index in
            do throws(RenderError) {
                try body(pages[index])
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

/// Pages rendered on many threads, collected by path.
private final class RenderedPages: @unchecked Sendable {
    private var byPath: [String: String] = [:]
    private let lock = NSLock()

    func add(_ path: String, _ html: String) {
        lock.lock()
        byPath[path] = html
        lock.unlock()
    }

    var pages: [String: String] {
        lock.lock()
        defer { lock.unlock() }
        return byPath
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
