import Ingest
import TestSupport

/// Look-ups shared by the Bekasi ingester tests.
extension RenstraDocument {
    func table(_ label: String) -> Table? { tables.first { $0.caption?.label == label } }

    func planNode(_ name: String, level: PlanLevel) -> PlanNode? {
        allPlanNodes.first { $0.name == name && $0.level == level }
    }
}

extension Table {
    /// The body row whose first source line is `line`.
    func row(at line: Int) -> Row? { rows.first { $0.lines.first == line } }

    func column(year: Int, measure: Measure) -> Int? {
        columns.first { $0.role == .year(year, measure: measure) }?.index
    }
}

enum BekasiCorpus {
    static var document: RenstraDocument { Corpus.bekasi.document }
    static var source: SourceText { Corpus.bekasi.source }
}
