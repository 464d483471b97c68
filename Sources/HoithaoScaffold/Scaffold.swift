import Foundation
import HoithaoModel

/// `hoithao new`: starts a site, a workshop or a paper from files that build at once, never overwriting one.
public struct Scaffold: Sendable {
    /// A file to create, relative to the folder given.
    public struct File: Sendable, Equatable {
        public var path: String
        public var data: Data

        public init(path: String, text: String) {
            self.path = path
            data = Data(text.utf8)
        }

        public init(path: String, data: Data) {
            self.path = path
            self.data = data
        }

        public var text: String { String(decoding: data, as: UTF8.self) }
    }

    /// Why nothing was created.
    public enum Refusal: Error, CustomStringConvertible, Equatable {
        case exists(String)
        case notASlug(String, suggestion: String)
        case noWorkshop(String)
        case cannotWrite(String, reason: String)
        case untitled(String)

        public var description: String {
            switch self {
            case .exists(let path): return "\(path) already exists; Hoithao never overwrites it"
            case .notASlug(let name, let suggestion):
                return "\"\(name)\" becomes part of a URL, so it must be a slug; use `\(suggestion)`"
            case .noWorkshop(let path): return "there is no workshop at \(path); create it with `hoithao new workshop`"
            case .cannotWrite(let path, let reason): return "cannot write \(path): \(reason)"
            case .untitled(let title):
                return "the title \"\(title)\" has no letters or digits to name the paper's file after; "
                    + "write its real title, e.g. `hoithao new paper WORKSHOP \"Thực trạng sản xuất vải thiều\"`"
            }
        }
    }

    public init() {}

    /// A portal with one example workshop and an about page.
    public func site(name: String) -> [File] {
        [
            File(
                path: "Content/site.yaml",
                text: """
                    name: \(Escape.yamlQuoted(name))   # tên cổng thông tin / the portal's name
                    host: Sở Khoa học và Công nghệ          # cơ quan quản lý / host organization
                    description: Kế hoạch, chương trình và kỷ yếu các hội thảo khoa học.
                    language: vi                             # vi hoặc en
                    # base_url: https://hoithao.example.vn/  # địa chỉ công khai / the public address
                    timezone: Asia/Ho_Chi_Minh

                    """),
            File(
                path: "Content/pages/gioi-thieu.md",
                text:
                    "---\ntitle: Giới thiệu\n---\n\(Placeholder.aboutPage[0].text)\n"),
        ]
            + workshop(slug: "hoi-thao-dau-tien", title: Placeholder.firstWorkshopTitle.text).map { file in
                File(path: "Content/workshops/hoi-thao-dau-tien/" + file.path, text: file.text)
            }
    }

    /// A workshop folder: a plan with every field explained, an introduction, one paper.
    public func workshop(slug: String, title: String? = nil) -> [File] {
        let sample = Placeholder.samplePaperTitle.text
        return [
            File(
                path: "plan.yaml", text: PlanTemplate.text(title: title ?? Placeholder.workshopTitle(slug: slug).text)),
            File(
                path: "index.md",
                text: "\(Placeholder.introduction[0].text)\n\n## Bối cảnh\n\n\(Placeholder.introduction[1].text)\n"),
            paperFile(named: "papers/" + Slug.make(from: sample) + ".md", title: sample),
        ]
    }

    /// A paper's Markdown file, named after its title (shortened to a slug's longest).
    public func paper(title: String) throws(Refusal) -> [File] {
        let slug = Slug.shortened(Slug.make(from: title))
        guard !slug.isEmpty else { throw .untitled(title) }
        return [paperFile(named: slug + ".md", title: title)]
    }

    private func paperFile(named path: String, title: String) -> File {
        File(
            path: path,
            text: """
                ---
                title: \(Escape.yamlQuoted(title))
                authors:
                  - name: \(Placeholder.authorName.text)                   # họ tên, họ trước / family name first
                    affiliation: \(Placeholder.authorAffiliation.text)
                    # orcid: 0000-0002-1825-0097
                    # email: a@example.vn                # riêng tư trừ khi email_public: true
                abstract: \(Placeholder.abstract.text)
                keywords: [\(Placeholder.keyword.text)]
                # section: Chủ đề 1                      # phiên, chủ đề trong kỷ yếu
                # order: 1                               # thứ tự trong kỷ yếu
                ---
                ## Đặt vấn đề

                \(Placeholder.paperBody.text)

                ## Kết luận

                """)
    }

    /// Writes `files` under `folder`, after checking none of them exists.
    public func write(_ files: [File], into folder: String) throws(Refusal) -> [String] {
        let paths = files.map { folder + "/" + $0.path }
        if let existing = paths.first(where: { FileManager.default.fileExists(atPath: $0) }) {
            throw .exists(existing)
        }
        for (file, path) in zip(files, paths) {
            do {
                try FileManager.default.createDirectory(
                    atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try file.data.write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
            } catch {
                throw .cannotWrite(path, reason: error.localizedDescription)
            }
        }
        return paths
    }
}
