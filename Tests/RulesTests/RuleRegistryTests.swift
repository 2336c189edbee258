import Foundation
import Testing
import Rules
import TestSupport

/// The registry must list every rule file on disk exactly once, with identifiers matching the family prefix.
@Suite struct RuleRegistryTests {
    @Test func registryListsEveryRuleFile() throws {
        let rulesRoot = Corpus.root + "/Sources/Rules"
        let families = try FileManager.default.contentsOfDirectory(atPath: rulesRoot).filter { $0 != "Engine" }
        var fileNames: [String] = []
        for family in families {
            let files = try FileManager.default.contentsOfDirectory(atPath: rulesRoot + "/" + family)
            fileNames += files.filter { $0.hasSuffix("Rule.swift") }.map { String($0.dropLast(".swift".count)) }
        }
        let registered = RuleRegistry.all.map { String(describing: type(of: $0)) }
        #expect(Set(registered) == Set(fileNames))
        #expect(registered.count == Set(registered).count)
    }

    @Test func identifiersCarryTheirFamilyPrefix() {
        for rule in RuleRegistry.all {
            let description = type(of: rule).description
            #expect(description.id.hasPrefix(description.family.prefix), "\(description.id)")
        }
    }
}
