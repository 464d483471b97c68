import Foundation
import HoithaoIncremental
import HoithaoModel
import HoithaoOutput
import Testing

@Suite("What changed since the last build")
struct IncrementalStateTests {
    let settings = BuildSettings { "\($0.rawValue)-value" }
    let stamps = InputStamps(site: Digest("site"), workshops: ["a": Digest("a"), "b": Digest("b")])

    /// A state whose last build was recorded with `settings` and `stamps`, and `diagnostics`.
    private func recorded(diagnostics: [Diagnostic] = []) throws -> (IncrementalState, URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("hoithao-state-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent(".hoithao-cache"), withIntermediateDirectories: true)
        let state = IncrementalState(output: OutputFolder(path: root.path + "/Output"), settings: settings)
        state.save(
            state.record(stamps: stamps, workshopDigests: [:], after: nil), diagnostics: diagnostics,
            workshops: "Content/workshops/")
        return (state, root)
    }

    @Test("A changed workshop folder: only that workshop is read again")
    func oneWorkshop() throws {
        let (state, root) = try recorded()
        defer { try? FileManager.default.removeItem(at: root) }
        var now = stamps
        now.workshops["b"] = Digest("b changed")
        #expect(state.plan(stamps: now, clean: false).changedWorkshops == ["b"])
        #expect(state.plan(stamps: stamps, clean: false).changedWorkshops == [])
    }

    @Test("A changed setting, site file, added workshop or clean build: the whole site is read")
    func wholeSite() throws {
        let (state, root) = try recorded()
        defer { try? FileManager.default.removeItem(at: root) }
        let other = IncrementalState(
            output: OutputFolder(path: root.path + "/Output"),
            settings: BuildSettings { $0 == .today ? "tomorrow" : settings[$0] })
        #expect(other.plan(stamps: stamps, clean: false).changedWorkshops == nil)
        var now = stamps
        now.site = Digest("site changed")
        #expect(state.plan(stamps: now, clean: false).changedWorkshops == nil)
        now = stamps
        now.workshops["c"] = Digest("c")
        #expect(state.plan(stamps: now, clean: false).changedWorkshops == nil)
        let clean = state.plan(stamps: stamps, clean: true)
        #expect(clean.changedWorkshops == nil && clean.record == nil && clean.last != nil)
    }

    @Test("A workshop with a diagnostic is read again by the next build, to say it again")
    func diagnosticsAreSaidAgain() throws {
        let warning = Diagnostic.warning(SourceLocation(path: "Content/workshops/a/plan.yaml"), "a warning")
        let (state, root) = try recorded(diagnostics: [warning])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(state.plan(stamps: stamps, clean: false).changedWorkshops == ["a"])
    }

    @Test("A rebuilt workshop whose pages list something new makes the whole site again")
    func listedChanges() throws {
        let (state, root) = try recorded()
        defer { try? FileManager.default.removeItem(at: root) }
        let record = try #require(
            state.plan(stamps: stamps, clean: false).record.map {
                var record = $0
                record.workshopDigests = ["a": Digest("listed").description]
                return record
            })
        #expect(IncrementalState.onlyWorkshopsChange(["a"], digests: ["a": Digest("listed")], record: record))
        #expect(!IncrementalState.onlyWorkshopsChange(["a"], digests: ["a": Digest("more")], record: record))
    }

    @Test("The files' digests are kept by workshop: a build that reads one workshop reads only its own")
    func filesByWorkshop() throws {
        let (state, root) = try recorded()
        defer { try? FileManager.default.removeItem(at: root) }
        var cache = BuildCache()
        cache.pages = ["index.html": "1", "a/index.html": "2", "a/proceedings/x.pdf": "3", "b/index.html": "4"]
        state.save(cache, pruning: true, workshops: ["a", "b"])
        #expect(state.filesCache().pages == cache.pages)
        #expect(state.filesCache(workshops: ["a"]).pages == ["a/index.html": "2", "a/proceedings/x.pdf": "3"])
        state.invalidate()
        #expect(state.filesCache().pages.isEmpty)
    }
}
