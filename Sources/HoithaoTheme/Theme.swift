import Foundation
import HoithaoContent
import HoithaoModel

/// A theme: Mustache templates, translated strings and assets, loaded from `Themes/<name>`.
public struct Theme: Sendable {
    public let directory: String
    /// The theme's strings for each language it supports.
    public let strings: [Language: ThemeStrings]
    /// Files under `assets/`, copied to `assets/` in the output.
    public let assets: [CopiedFile]
    /// The text of `assets/style.css`, when the theme has one.
    public let stylesheet: String?
    private let templates: [String: Template]

    /// Changes when any template or strings file changes, so every page is re-rendered.
    public let digest: Digest

    init(
        directory: String, strings: [Language: ThemeStrings], assets: [CopiedFile], stylesheet: String?,
        templates: [String: Template], digest: Digest
    ) {
        self.stylesheet = stylesheet
        self.digest = digest
        self.directory = directory
        self.strings = strings
        self.assets = assets
        self.templates = templates
    }

    /// Renders the template `name` with `context` into UTF-8 bytes, or throws naming the missing template.
    public func render(_ name: String, _ context: [String: Any]) throws -> [UInt8] {
        try render(name, TemplateValue(context))
    }

    /// Renders the template `name` with a context already made of template values.
    public func render(_ name: String, _ context: TemplateValue) throws -> [UInt8] {
        guard let template = templates[name] else { throw ThemeError.missingTemplate(name, directory: directory) }
        var renderer = TemplateRenderer(templates: templates, context: context)
        renderer.render(template.nodes)
        if let runaway = renderer.runaway {
            switch runaway.limit {
            case .depth: throw ThemeError.runawayPartial(runaway.name, directory: directory)
            case .expansions: throw ThemeError.partialExplosion(runaway.name, directory: directory)
            }
        }
        return renderer.output
    }
}

/// A template that cannot be used, said in the theme author's terms.
public enum ThemeError: Error, CustomStringConvertible {
    case missingTemplate(String, directory: String)
    case runawayPartial(String, directory: String)
    case partialExplosion(String, directory: String)

    public var description: String {
        switch self {
        case .missingTemplate(let name, let directory):
            return "\(directory)/templates/\(name).mustache: error: the template is missing; every theme needs it"
        case .runawayPartial(let name, let directory):
            return "\(directory)/templates/\(name).mustache: error: partials nest more than "
                + "\(TemplateRenderer.maximumDepth) deep; `\(name)` includes itself with nothing to stop it"
        case .partialExplosion(let name, let directory):
            return "\(directory)/templates/\(name).mustache: error: one page enters partials more than "
                + "\(TemplateRenderer.maximumExpansions) times; a partial that includes another twice at each "
                + "level doubles the page with every level: include it once, or loop over a list instead"
        }
    }
}
