import Foundation
import HoithaoOutput
import Testing

@Suite("One build at a time writes an output folder")
struct BuildLockTests {
    @Test("A second lock on the same output is refused while the first is held, and taken once it is let go")
    func exclusive() throws {
        let folder = try ScratchFolder()
        let output = OutputFolder(path: folder.path("Output"))
        var first: BuildLock? = try BuildLock(output: output)
        #expect {
            try BuildLock(output: output)
        } throws: { error in
            (error as? BuildLock.Refusal)?.message
                == "another hoithao build is writing \(output.path) right now; wait for it to finish, then build again"
        }
        #expect(first != nil)
        first = nil
        _ = try BuildLock(output: output)
        #expect(output.kept("lock") == folder.path(".hoithao-cache/Output.lock"))
    }
}
