import HoithaoModel

/// A setting of a build that its output depends on. Declared here once, it is in the build's record (a build
/// with another value reads every file again) and in the digest of every file it reaches (which is made again),
/// so no setting can be stamped and not digested; `BuildSettings` asks the build for every one.
public enum BuildInput: String, CaseIterable, Sendable {
    case hoithaoVersion, markdownEngine, includeDrafts, baseURL, contentFolder, themeFolder, makesBooks, fonts, today

    /// The files a change of it makes again.
    public var reach: Reach {
        switch self {
        case .hoithaoVersion, .markdownEngine, .includeDrafts: .papers
        case .baseURL, .contentFolder, .themeFolder, .makesBooks: .pages
        case .fonts: .books
        case .today: .home
        }
    }

    /// The files a setting's change makes again, from the widest.
    public enum Reach: Sendable, CaseIterable {
        /// Every paper is read and set again (the paper cache is not used), and every file made.
        case papers
        /// Every page and download.
        case pages
        /// The books and the papers' PDFs (fontconfig's caches: fonts installed or removed).
        case books
        /// The home page, which tells upcoming workshops from past ones.
        case home
    }
}

/// The value of every `BuildInput` for one build.
public struct BuildSettings: Sendable, Equatable {
    private let values: [BuildInput: String]

    /// Asks `value` for each input, so a new input cannot be left out.
    public init(_ value: (BuildInput) -> String) {
        values = Dictionary(uniqueKeysWithValues: BuildInput.allCases.map { ($0, value($0)) })
    }

    public subscript(input: BuildInput) -> String { values[input] ?? "" }

    /// Every input, as the build's record keeps it.
    public var stamp: String {
        Digest(BuildInput.allCases.map { "\($0.rawValue)=\(self[$0])" }.joined(separator: "\t")).description
    }

    /// The inputs that reach `reach`, as a digest.
    public func digest(reaching reach: BuildInput.Reach) -> Digest {
        var digest = Digest()
        for input in BuildInput.allCases where input.reach == reach {
            digest.add(input.rawValue + "=" + self[input])
        }
        return digest
    }
}
