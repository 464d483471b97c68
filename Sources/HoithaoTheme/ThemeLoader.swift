import Foundation
import HoithaoContent
import HoithaoModel
import HoithaoRoutes

/// Loads a theme folder, with a site's own templates taking the place of the theme's.
public struct ThemeLoader: Sendable {
    /// Templates every theme must have, each named as the build asks for it.
    public static let requiredTemplates = [
        "home", "workshop", "agenda", "participants", "venue", "organization", "proceedings", "paper",
        "documents", "page", "not-found",
    ]

    public var files: FileAccess

    public init(files: FileAccess = .disk) {
        self.files = files
    }

    /// The theme, or nil with the diagnostics saying why it cannot be used.
    public func load(directory: String, overrides: String? = nil) -> (theme: Theme?, diagnostics: [Diagnostic]) {
        var loader = self
        if files.refusals == nil {
            loader.files = files.confined(
                to: [directory] + (overrides.map { [($0 as NSString).deletingLastPathComponent] } ?? []))
        }
        var (theme, diagnostics) = loader.loadConfined(directory: directory, overrides: overrides)
        // Links refused where a missing file is no error (a folder of templates) are said here.
        let refused = loader.files.refusals?.take().filter { !diagnostics.contains($0) } ?? []
        if !refused.isEmpty {
            (theme, diagnostics) = (nil, (diagnostics + refused).sortedByLocation)
        }
        return (theme, diagnostics)
    }

    private func loadConfined(directory: String, overrides: String?) -> (theme: Theme?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard (try? files.list(directory)) ?? nil != nil else {
            let message = "the theme folder does not exist; pass `--theme Themes/default` or the folder of your theme"
            return (nil, [.error(SourceLocation(path: directory), message)])
        }
        var sources: [String: String] = [:]
        collectTemplates(in: directory + "/templates", prefix: "", into: &sources)
        if let overrides { collectTemplates(in: overrides, prefix: "", into: &sources) }

        // Each template is read once: parsed, checked for includes, and digested.
        var digest = Digest()
        var texts: [String: (path: String, text: String)] = [:]
        var templates: [String: Template] = [:]
        var unreadable: Set<String> = []
        for (name, path) in sources.sorted(by: { $0.key < $1.key }) {
            guard let data = read(path, diagnostics: &diagnostics) else {
                // Said once, where it is: the templates that include it are not told it is missing.
                unreadable.insert(name)
                continue
            }
            guard let text = String(data: data, encoding: .utf8) else {
                diagnostics.append(.error(SourceLocation(path: path), "cannot read the template as UTF-8 text"))
                unreadable.insert(name)
                continue
            }
            digest.add(name)
            digest.add(text)
            texts[name] = (path, text)
            if let template = parseTemplate(text, path: path, diagnostics: &diagnostics) {
                templates[name] = template
            }
        }
        for name in Self.requiredTemplates where sources[name] == nil {
            diagnostics.append(
                .error(
                    SourceLocation(path: "\(directory)/templates/\(name).mustache"),
                    "the template is missing; every theme needs it"))
        }
        checkPartials(texts, unreadable: unreadable, diagnostics: &diagnostics)
        let strings = loadStrings(directory: directory, digest: &digest, diagnostics: &diagnostics)
        let assets = ContentLoader(files: files).confined(to: directory).copiedFiles(
            under: directory + "/assets", as: Routes.assets, diagnostics: &diagnostics)
        // The stylesheet's text, for pages served at any depth (404.html), which carry it inline.
        let stylesheet = assets.first { $0.destination == Routes.stylesheet }
            .flatMap { try? files.read($0.source) }.flatMap { String(data: $0, encoding: .utf8) }
        digest.add(stylesheet ?? "")
        guard !diagnostics.hasErrors else { return (nil, diagnostics.sortedByLocation) }
        let theme = Theme(
            directory: directory, strings: strings, assets: assets, stylesheet: stylesheet, templates: templates,
            digest: digest)
        return (theme, diagnostics)
    }

    /// A theme file's bytes; nil after saying why it cannot be read.
    private func read(_ path: String, diagnostics: inout [Diagnostic], missing: String = "cannot read the template")
        -> Data?
    {
        do {
            return try files.read(path)
        } catch let refused as RefusedFile {
            diagnostics.append(refused.diagnostic)
        } catch {
            diagnostics.append(.error(SourceLocation(path: path), missing))
        }
        return nil
    }

    private func collectTemplates(in folder: String, prefix: String, into sources: inout [String: String]) {
        for entry in (try? files.list(folder)) ?? nil ?? [] {
            let path = folder + "/" + entry.name
            if entry.isDirectory {
                collectTemplates(in: path, prefix: prefix + entry.name + "/", into: &sources)
            } else if entry.name.hasSuffix(".mustache") {
                sources[prefix + String(entry.name.dropLast(".mustache".count))] = path
            }
        }
    }

    private func parseTemplate(_ text: String, path: String, diagnostics: inout [Diagnostic]) -> Template? {
        do {
            return try Template(text)
        } catch {
            diagnostics.append(
                .error(
                    SourceLocation(path: path, line: error.line, column: error.column),
                    "template syntax error: \(error.message)"))
            return nil
        }
    }

    /// Every `{{> name}}` and `{{< name}}` must name a template that exists.
    private func checkPartials(
        _ texts: [String: (path: String, text: String)], unreadable: Set<String>, diagnostics: inout [Diagnostic]
    ) {
        for (_, (path, text)) in texts.sorted(by: { $0.key < $1.key }) {
            for (lineIndex, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                var rest = line[...]
                while let open = rest.range(of: "{{") {
                    let after = rest[open.upperBound...]
                    guard let marker = after.first, marker == ">" || marker == "<",
                        let close = after.range(of: "}}")
                    else {
                        rest = after
                        continue
                    }
                    let name = after[after.index(after: after.startIndex)..<close.lowerBound].trimmingCharacters(
                        in: .whitespaces)
                    if texts[name] == nil, !unreadable.contains(name) {
                        let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                        diagnostics.append(
                            .error(
                                SourceLocation(path: path, line: lineIndex + 1, column: column),
                                "the template includes `\(name)`, which does not exist; add templates/\(name).mustache or fix the name"
                            ))
                    }
                    rest = after[close.upperBound...]
                }
            }
        }
    }

    private func loadStrings(directory: String, digest: inout Digest, diagnostics: inout [Diagnostic])
        -> [Language: ThemeStrings]
    {
        var result: [Language: ThemeStrings] = [:]
        for language in Language.allCases {
            let path = "\(directory)/strings/\(language.rawValue).yaml"
            guard
                let data = read(
                    path, diagnostics: &diagnostics,
                    missing: "the strings file for language `\(language.rawValue)` is missing")
            else { continue }
            digest.add(data)
            let (texts, lists, problems) = StringsFile.read(data, path: path)
            diagnostics += problems
            let weekdays = lists["weekdays"] ?? []
            let months = lists["months"] ?? []
            guard weekdays.count == 7, months.count == 12 else {
                // At the list that is wrong, or at the top of the file when it is missing.
                let key = weekdays.count == 7 ? "months:" : "weekdays:"
                let text = String(decoding: data, as: UTF8.self).split(
                    separator: "\n", omittingEmptySubsequences: false)
                let line = (text.firstIndex { $0.hasPrefix(key) } ?? 0) + 1
                diagnostics.append(
                    .error(
                        SourceLocation(path: path, line: line, column: 1),
                        "a strings file needs `weekdays` (7, Monday first) and `months` (12)"))
                continue
            }
            result[language] = ThemeStrings(table: texts, weekdays: weekdays, months: months)
        }
        return result
    }
}
