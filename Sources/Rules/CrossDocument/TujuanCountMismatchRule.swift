import Ingest

/// Flags a performance tree with a different number of tujuan than its Renstra: the tree's top must be
/// the Renstra's tujuan, no more and no fewer.
struct TujuanCountMismatchRule: CrossDocumentRule {
    static let description = RuleDescription(
        id: "XDC003",
        family: .crossDocument,
        severity: .warning,
        title: Localized(id: "Jumlah tujuan berbeda dari Renstra", en: "Number of tujuan differs from the Renstra"),
        rationale: Localized(
            id: "Puncak pohon kinerja adalah tujuan Renstra. Pohon kinerja dengan jumlah tujuan yang berbeda menjabarkan rumusan lain, bukan Renstra ini.",
            en: "The top of a performance tree is its Renstra's tujuan (goals). A tree with a different number of tujuan cascades another formulation, not this Renstra."),
        triggering: [
            RuleExample(.performanceChart, """
            KEPALA DINAS
            ↓TUJUAN 1

            Meningkatnya Kualitas Manajemen dan Kinerja Diskopukm

            KEPALA DINAS
            TUJUAN 2

            Meningkatnya Pertumbuhan Ekonomi Sektor Perdagangan dan Jasa (Koperasi dan UMKM)
            """, with: RuleExample(.bekasi, """
            RENSTRA 2025-2029

            Tujuan\t:\tMeningkatnya Ekonomi Kota yang bertumpu pada perdagangan, Jasa dan Industri
            """)),
        ],
        nonTriggering: [
            RuleExample(.performanceChart, """
            KEPALA DINAS
            TUJUAN 2

            Meningkatnya Pertumbuhan Ekonomi Sektor Perdagangan dan Jasa (Koperasi dan UMKM)
            """, with: RuleExample(.bekasi, """
            RENSTRA 2025-2029

            Tujuan\t:\tMeningkatnya Ekonomi Kota yang bertumpu pada perdagangan, Jasa dan Industri
            """)),
        ])

    func check(_ pair: DocumentPair, _ context: RuleContext) -> [Finding] {
        guard let tree = pair.dependent.tujuan, let renstra = pair.reference.tujuan, tree.count != renstra.count else { return [] }
        let names = renstra.names.map { "“\($0)”" }.joined(separator: ", ")
        return [finding(
            in: pair.dependent, line: tree.line, other: pair.reference, otherLine: renstra.line,
            message: Localized(
                id: "Pohon kinerja memuat \(tree.count) tujuan, Renstra \(pair.reference.path) \(renstra.count) tujuan (\(names), baris \(renstra.line)).",
                en: "The performance tree has \(tree.count) tujuan (goals), the Renstra \(pair.reference.path) \(renstra.count) (\(names), line \(renstra.line))."),
            expected: "\(renstra.count)", found: "\(tree.count)", subject: "\(tree.count)|\(renstra.count)")]
    }
}
