import Foundation
import HoithaoModel

/// Makes the slow files (books, paper PDFs, zips) on all cores, or keeps last build's when unchanged.
enum MadeFileWriter {
    /// The facts of every made file, and their digests for the next build's cache.
    static func emit(_ made: [MadeFile], cache: BuildCache, into sink: some OutputSink) throws(RenderError)
        -> (facts: [String: FileFacts], cache: [String: String])
    {
        let results = Results(count: made.count)
        DispatchQueue.concurrentPerform(iterations: made.count) { index in
            let file = made[index]
            if cache.pages[file.path] == file.digest.description, let previous = sink.previous(file.path),
                sink.reuse(file.path)
            {
                results.set(index, .success(FileFacts(previous)))
                return
            }
            do {
                let data = try file.make()
                try sink.write(file.path, data)
                results.set(index, .success(FileFacts(data)))
            } catch {
                results.set(
                    index,
                    .failure(
                        RenderError(
                            diagnostic: .error(SourceLocation(path: file.path), "cannot make \(file.path): \(error)"))))
            }
        }
        var facts: [String: FileFacts] = [:]
        for (file, result) in zip(made, results.all) {
            switch result {
            case .success(let fileFacts): facts[file.path] = fileFacts
            case .failure(let error): throw error
            case nil: continue
            }
        }
        return (facts, Dictionary(uniqueKeysWithValues: made.map { ($0.path, $0.digest.description) }))
    }

    /// One result per file, filled from many threads.
    private final class Results: @unchecked Sendable {
        private var slots: [Result<FileFacts, RenderError>?]
        private let lock = NSLock()

        init(count: Int) {
            slots = Array(repeating: nil, count: count)
        }

        func set(_ index: Int, _ result: Result<FileFacts, RenderError>) {
            lock.withLock { slots[index] = result }
        }

        var all: [Result<FileFacts, RenderError>?] {
            lock.withLock { slots }
        }
    }
}
