import Ingest

/// Flags a performance tree signed by someone other than its Renstra's signatory (compared by NIP where
/// both print one, else by name): the tree may have been approved for another version of the plan.
struct SignatoryMismatchRule: CrossDocumentRule {
    static let description = RuleDescription(
        id: "XDC002",
        family: .crossDocument,
        severity: .warning,
        title: Localized(id: "Penandatangan berbeda dari penandatangan Renstra", en: "Signed by someone other than the Renstra's signatory"),
        rationale: Localized(
            id: "Pohon kinerja dan Renstra yang dijabarkannya disahkan oleh kepala perangkat daerah yang sama. Penandatangan yang berbeda (misalnya Plt. pada pohon kinerja, kepala dinas definitif pada Renstra) menandakan keduanya disusun pada waktu berbeda: pastikan pohon kinerja disahkan untuk Renstra ini.",
            en: "A performance tree and the Renstra it cascades are approved by the same head of the agency. A different signatory (an acting head on the tree, the appointed head on the Renstra) means they were made at different times: make sure the tree was approved for this Renstra."),
        triggering: [
            RuleExample(.performanceChart, """
            Plt. KEPALA DINAS KOPERASI
            USAHA KECIL DAN MENENGAH
            KOTA BEKASI

            ↓Dra. Rita Hartati, MM
            NIP. 19680628 199403 2 012
            """, with: RuleExample(.bekasi, """
            RENSTRA

            2025-2029

            Kepala Dinas Koperasi,
            Usaha Kecil dan Menengah
            Kota Bekasi

            Herbert S. W. Panjaitan, S.STP., M.Si
            Pembina Utama Muda, IV/c
            NIP. 197410171996031002
            """)),
        ],
        nonTriggering: [
            RuleExample(.performanceChart, """
            KEPALA DINAS KOPERASI
            USAHA KECIL DAN MENENGAH
            KOTA BEKASI

            Herbert S. W. Panjaitan, S.STP., M.Si
            NIP. 19741017 199603 1 002
            """, with: RuleExample(.bekasi, """
            RENSTRA

            2025-2029

            Herbert S. W. Panjaitan, S.STP., M.Si
            Pembina Utama Muda, IV/c
            NIP. 197410171996031002
            """)),
        ])

    func check(_ pair: DocumentPair, _ context: RuleContext) -> [Finding] {
        let (tree, renstra) = (pair.dependent, pair.reference)
        guard let signatory = tree.signatories.first, let renstraSignatory = renstra.signatories.first,
              !tree.signatories.contains(where: { own in renstra.signatories.contains { Self.same(own, $0) } }) else { return [] }
        return [finding(
            in: tree, line: signatory.line, other: renstra, otherLine: renstraSignatory.line,
            message: Localized(
                id: "Pohon kinerja ditandatangani \(Self.describe(signatory)), Renstra \(renstra.path) oleh \(Self.describe(renstraSignatory)) (baris \(renstraSignatory.line)). Pastikan pohon kinerja disahkan untuk Renstra ini.",
                en: "The performance tree is signed by \(Self.describe(signatory)), the Renstra \(renstra.path) by \(Self.describe(renstraSignatory)) (line \(renstraSignatory.line)). Make sure the tree was approved for this Renstra."),
            expected: renstraSignatory.name, found: signatory.name,
            subject: "\(NameNormalizer.normalize(signatory.name))|\(NameNormalizer.normalize(renstraSignatory.name))")]
    }

    /// The same official: the same NIP digits where both print one, else the same name without titles.
    static func same(_ a: Official, _ b: Official) -> Bool {
        if let nipA = a.nip.map(digits), let nipB = b.nip.map(digits), !nipA.isEmpty, !nipB.isEmpty { return nipA == nipB }
        return NameNormalizer.normalize(a.name) == NameNormalizer.normalize(b.name)
    }

    private static func digits(_ text: String) -> String { String(text.filter(\.isNumber)) }

    private static func describe(_ official: Official) -> String {
        official.name + (official.nip.map { " (NIP \($0))" } ?? "")
    }
}
