import Foundation

/// A picture file of a workshop that its introduction or a paper shows by a relative path, and where its one
/// copy is published, so the same path works on the page, in the books and in the EPUB.
public struct Picture: Sendable, Hashable {
    /// The file copied, from the content folder to its address beside the pages that show it.
    public var file: CopiedFile
    /// Its size in pixels from its header, for the page's `width` and `height`; nil when the header says none.
    public var size: PictureSize?
    /// Its bytes' digest: the books that print it are made again when it changes.
    public var digest: Digest

    public init(file: CopiedFile, size: PictureSize?, digest: Digest) {
        self.file = file
        self.size = size
        self.digest = digest
    }

    /// What a Markdown image URL names, whatever its spelling: without `?query` and `#fragment`, percent-decoded;
    /// the same for the URL as written and as it is escaped in the rendered `src`.
    public static func key(_ url: some StringProtocol) -> String {
        let path = String(url.prefix { $0 != "#" && $0 != "?" })
        return path.removingPercentEncoding ?? path
    }

    /// The extensions of the pictures a page shows (SVG is left out: opened on its own, it could run a script).
    public static let extensions: Set<String> = ["png", "jpg", "jpeg", "gif", "webp", "avif"]
}

/// A picture's width and height in pixels.
public struct PictureSize: Sendable, Hashable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}
