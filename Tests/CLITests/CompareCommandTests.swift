import Foundation
import Testing
import TestSupport

/// `blueprint compare` on the example workspace, run as a user would.
@Suite("The compare command")
struct CompareCommandTests {
    @Test("the command prints the table, and names unknown blueprints with a did-you-mean")
    func commandLine() throws {
        let run = try Run(["compare", "missed-bin-current", "missed-bin-future"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Customer effort score"))
        let unknown = try Run(["compare", "missed-bin-curent", "missed-bin-future"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("did you mean 'missed-bin-current'?"))
    }
}
