import Foundation
import Testing
import Ingest
@testable import Rules
import TestSupport

/// The nomenclature rules on the SIPD export of DIY's 2025–2029 Renstra sub kegiatan (four regions, 4,760
/// programmes, kegiatan and sub kegiatan whose names and codes SIPD enforced under the lists that followed
/// Kepmendagri 050-3708/2020): anything but "not checked" would be a false alarm. Then real rows changed the
/// way drafts go wrong, each caught by its rule at its line.
@Suite(.enabled(if: ExternalDocument.isAvailable, Comment(rawValue: ExternalDocument.absence)))
struct NomenclatureSIPDTests {
    static let runner = RuleRunner(rules: RuleRegistry.all.filter { type(of: $0).description.family == .nomenclature })

    static func yogyakarta() throws -> RenstraDocument {
        try #require(SIPDExportPlan.regions.first { $0.metadata.city == "Kota Yogyakarta" })
    }

    @Test func enforcedNamesAndCodesRaiseNothingButWhatTheOlderListCannotCheck() throws {
        let documents = SIPDExportPlan.regions
        #expect(documents.map { $0.metadata.city ?? "" }.sorted()
                == ["Kabupaten Bantul", "Kabupaten Gunungkidul", "Kabupaten Kulon Progo", "Kota Yogyakarta"])
        #expect(documents.reduce(0) { $0 + $1.allPlanNodes.count } == 4_760)
        for document in documents {
            let findings = Self.runner.run(document)
            #expect(findings.filter { $0.ruleID != "NOM008" }.isEmpty, "\(document.metadata.city ?? "")")
            let unchecked = try #require(findings.first { $0.ruleID == "NOM008" })
            #expect(unchecked.severity == .info)
            #expect(unchecked.message.en.containsLiteral("period 2025–2029"))
        }
    }

    @Test func eachAgencysOwnPlanRaisesNoWarning() throws {
        // One document per agency, without bidang rows, with the agency's name: programmes outside the bidang
        // its name suggests are at most worth a look.
        let agencies = SIPDExportPlan.agencies
        #expect(agencies.count > 100)
        for document in agencies {
            let findings = Self.runner.run(document)
            #expect(findings.allSatisfy { $0.severity == .info }, "\(document.metadata.agency ?? "")")
        }
    }

    @Test func aMisspeltSubKegiatanIsReportedWithTheOfficialSpelling() throws {
        var document = try Self.yogyakarta()
        let line = try #require(Self.change(&document, where: { $0.code == "1.02.02.2.02.0001" }) {
            $0.name = "Pengelolaan Pelayanan Kesehatan Ibu Hamill"
        })
        let finding = try #require(Self.runner.run(document).first { $0.line == line && $0.ruleID == "NOM001" })
        #expect(finding.expected == "Pengelolaan Pelayanan Kesehatan Ibu Hamil")
        #expect(finding.severity == .warning)
    }

    @Test func aProvinsiKewenanganDigitInACityPlanIsAnError() throws {
        var document = try Self.yogyakarta()
        let line = try #require(Self.change(&document, where: { $0.level == .subKegiatan && ($0.code ?? "").hasPrefix("1.02.02.2.02.") }) {
            $0.code = $0.code!.replacingOccurrences(of: "1.02.02.2.02.", with: "1.02.02.1.02.")
        })
        let findings = Self.runner.run(document).filter { $0.line == line }
        // The digit is the one slip: not also a child outside its kegiatan, nor a provinsi name.
        #expect(findings.map(\.ruleID) == ["NOM006"])
        #expect(findings.first?.severity == .error)
        #expect(findings.first?.message.en.containsLiteral("Kota Yogyakarta") == true)
    }

    @Test func aSubKegiatanMovedUnderAnotherKegiatanIsAnError() throws {
        var document = try Self.yogyakarta()
        var moved: PlanNode?
        _ = Self.change(&document, where: { $0.level == .kegiatan && $0.code == "1.02.02.2.02" }) { kegiatan in
            moved = kegiatan.children.removeLast()
        }
        let sub = try #require(moved)
        _ = Self.change(&document, where: { $0.level == .kegiatan && $0.code == "1.02.02.2.01" }) { $0.children.append(sub) }
        let finding = try #require(Self.runner.run(document).first { $0.line == sub.lines.first && $0.ruleID == "NOM005" })
        #expect(finding.severity == .error)
        #expect(finding.expected == "1.02.02.2.01.…")
    }

    @Test func oneCodeForTwoNamesIsAnError() throws {
        var document = try Self.yogyakarta()
        var first: PlanNode?
        _ = Self.change(&document, where: { $0.level == .kegiatan && $0.code == "1.02.02.2.02" }) { first = $0.children.first }
        let code = try #require(first?.code)
        let line = try #require(Self.change(&document, where: { $0.level == .subKegiatan && $0.code != code && ($0.code ?? "").hasPrefix("1.02.02.2.02.") }) {
            $0.code = code
        })
        let finding = try #require(Self.runner.run(document).first { $0.line == line && $0.ruleID == "NOM004" })
        #expect(finding.severity == .error)
    }

    @Test func aProgrammeNameUnderAnotherProgrammesCodeIsReported() throws {
        var document = try Self.yogyakarta()
        let line = try #require(Self.change(&document, where: { $0.level == .program && $0.code == "1.02.02" }) {
            $0.name = "PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN"
        })
        let finding = try #require(Self.runner.run(document).first { $0.line == line })
        #expect(finding.ruleID == "NOM003")
        #expect(finding.expected == "1.02.03")
    }

    /// Applies `change` to the first node (depth first) that `matches`; returns its line.
    static func change(_ document: inout RenstraDocument, where matches: (PlanNode) -> Bool,
                       _ change: (inout PlanNode) -> Void) -> Int? {
        func visit(_ nodes: inout [PlanNode]) -> Int? {
            for index in nodes.indices {
                if matches(nodes[index]) {
                    change(&nodes[index])
                    return nodes[index].lines.first
                }
                if let line = visit(&nodes[index].children) { return line }
            }
            return nil
        }
        return visit(&document.plan)
    }
}
