import Foundation
import HoithaoIncremental
import HoithaoModel
import HoithaoOutput

/// Makes the slow files (books, paper PDFs, zips) on all cores, or keeps last build's when unchanged.
enum MadeFileWriter {
    /// The facts of every made file, and their digests for the next build's cache.
    static func emit(_ made: [MadeFile], cache: BuildCache, into sink: some OutputSink) throws(RenderError)
        -> (facts: [String: FileFacts], cache: [String: String])
    {
        let results = Parallel.map(made.count) { index -> Result<FileFacts, RenderError> in
            let file = made[index]
            if cache.pages[file.path] == file.digest.description, let previous = sink.previous(file.path),
                sink.reuse(file.path)
            {
                return .success(FileFacts(previous))
            }
            do {
                let data = try file.make()
                try sink.write(file.path, data)
                return .success(FileFacts(data))
            } catch {
                return .failure(
                    RenderError(
                        diagnostic: .error(SourceLocation(path: file.path), "cannot make \(file.path): \(error)")))
            }
        }
        var facts: [String: FileFacts] = [:]
        for (file, result) in zip(made, results) {
            switch result {
            case .success(let fileFacts): facts[file.path] = fileFacts
            case .failure(let error): throw error
            }
        }
        return (facts, Dictionary(uniqueKeysWithValues: made.map { ($0.path, $0.digest.description) }))
    }
}
