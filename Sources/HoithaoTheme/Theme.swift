import Foundation
import HoithaoContent
import HoithaoModel
import Mustache

/// A theme: Mustache templates, translated strings and assets, loaded from `Themes/<name>`.
public struct Theme: Sendable {
    public let directory: String
    /// The theme's strings for each language it supports.
    public let strings: [Language: ThemeStrings]
    /// Files under `assets/`, copied to `assets/` in the output.
    public let assets: [CopiedFile]
    private let library: MustacheLibrary

    /// Changes when any template or strings file changes, so every page is re-rendered.
    public let digest: Digest

    init(
        directory: String, strings: [Language: ThemeStrings], assets: [CopiedFile],
        templates: [String: (String, MustacheTemplate)], digest: Digest
    ) {
        self.digest = digest
        self.directory = directory
        self.strings = strings
        self.assets = assets
        self.library = MustacheLibrary(templates: templates.mapValues(\.1))
    }

    /// Renders the template `name` with `context`, or throws naming the missing template.
    public func render(_ name: String, _ context: [String: Any]) throws -> String {
        guard let html = library.render(context, withTemplate: name) else {
            throw ThemeError.missingTemplate(name, directory: directory)
        }
        return html
    }
}

/// A template that cannot be used, said in the theme author's terms.
public enum ThemeError: Error, CustomStringConvertible {
    case missingTemplate(String, directory: String)

    public var description: String {
        switch self {
        case .missingTemplate(let name, let directory):
            return "\(directory)/templates/\(name).mustache: error: the template is missing; every theme needs it"
        }
    }
}
