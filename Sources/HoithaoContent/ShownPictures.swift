import Foundation
import HoithaoMarkdown
import HoithaoModel
import HoithaoRoutes

/// The pictures a workshop's introduction and papers show by a relative path. Each is read through the confined
/// reader and published once, where its path leads from the pages that show it (`WorkshopRoutes.picture`).
/// A picture that cannot be shown is an error at its Markdown line; a file that nothing shows is a warning.
struct ShownPictures {
    let content: ContentLoader
    let markdown: MarkdownRenderer
    /// `Content/workshops/<slug>`.
    let folder: String
    let slug: String

    /// A Markdown file of the workshop: its path, its body, and how many lines come before the body.
    struct Document {
        let path: String
        let body: String
        let lineOffset: Int
    }

    /// The pictures each document shows, by its path and the `Picture.key` of the URL.
    func pictures(of documents: [Document], diagnostics: inout [Diagnostic]) -> [String: [String: Picture]] {
        var read: [String: Result<Picture, Refusal>] = [:]
        var result: [String: [String: Picture]] = [:]
        for document in documents {
            for shown in markdown.pictures(in: document.body) {
                let key = Picture.key(shown.url)
                guard !key.isEmpty, !shown.url.contains(":"), !shown.url.hasPrefix("/") else { continue }
                let location = SourceLocation(
                    path: document.path, line: shown.line + document.lineOffset, column: shown.column)
                let outcome: Result<Picture, Refusal>
                if let path = self.path(of: key, from: document.path) {
                    outcome = read[path] ?? picture(at: path)
                    read[path] = outcome
                } else {
                    outcome = .failure(.outside)
                }
                switch outcome {
                case .success(let picture): result[document.path, default: [:]][key] = picture
                case .failure(let refusal):
                    diagnostics.append(.error(location, message(refusal, url: shown.url, document: document.path)))
                }
            }
        }
        return result
    }

    /// Why a picture cannot be shown.
    enum Refusal: Error {
        case outside
        case notAPicture(String)
        case missing(String)
        case refused(String)
        case unreadable(String)
    }

    /// The content path `key` names from the document at `document`, or nil when it leaves the workshop's folder.
    private func path(of key: String, from document: String) -> String? {
        var names = document.dropFirst(folder.count + 1).split(separator: "/").dropLast().map(String.init)
        for name in key.split(separator: "/") where name != "." {
            if name == ".." {
                guard names.popLast() != nil else { return nil }
            } else {
                names.append(String(name))
            }
        }
        return names.isEmpty ? nil : folder + "/" + names.joined(separator: "/")
    }

    private func picture(at path: String) -> Result<Picture, Refusal> {
        let name = (path as NSString).lastPathComponent
        let kind = (name as NSString).pathExtension.lowercased()
        guard Picture.extensions.contains(kind) else { return .failure(.notAPicture(kind)) }
        let data: Data
        do {
            data = try content.files.read(path)
        } catch let refused as RefusedFile {
            return .failure(.refused(refused.diagnostic.message))
        } catch let error as CocoaError where error.code == .fileReadNoSuchFile {
            return .failure(.missing(path))
        } catch {
            return .failure(.unreadable(error.localizedDescription))
        }
        let published = Routes.workshop(slug).picture(String(path.dropFirst(folder.count + 1)))
        // Only the header is parsed: a damaged picture keeps its size, and the books' check warns about it.
        return .success(
            Picture(
                file: CopiedFile(source: path, destination: published, byteCount: data.count),
                size: PictureFile.size(header: Array(data)), digest: Digest(data)))
    }

    private func message(_ refusal: Refusal, url: String, document: String) -> String {
        let example = document.hasSuffix("/index.md") ? "papers/hinh/so-do.png" : "hinh/so-do.png"
        let place = "relative to this file, as `\(example)` for \(folder)/papers/hinh/so-do.png"
        switch refusal {
        case .outside:
            return "the picture `\(url)` is outside the workshop's folder \(folder), so no page or book can show it; "
                + "copy it into \(folder)/papers/hinh/ and write its path \(place)"
        case .notAPicture(let kind):
            let what = kind.isEmpty ? "has no extension" : "is a .\(kind) file"
            return "the picture `\(url)` \(what), not a picture a page shows; save it as PNG or JPEG (a chart or "
                + "diagram as PNG) and write its new name"
        case .missing(let path):
            return "the picture `\(url)` is not there: no file \(path); put the picture there, or write its path "
                + place
        case .refused(let reason):
            return "the picture `\(url)` cannot be shown: \(reason)"
        case .unreadable(let reason):
            return "the picture `\(url)` cannot be read (\(reason)); check that the file can be opened, or copy it "
                + "again"
        }
    }
}
