import Testing
@testable import Lint
@testable import LintKit
import TestSupport

@Suite struct CommandLineTests {
    @Test func missingFileIsAnInputErrorWithExitTwo() {
        #expect(CommandLineApp.run(["/nonexistent/renstra.txt"]) == ExitCode.failure)
    }

    @Test func unknownOptionIsAUsageError() {
        #expect(CommandLineApp.run(["--bogus", Corpus.semarang.path]) == ExitCode.failure)
    }
}
