import Ingest

/// Flags a nomenclature code the plan prints for two different names.
struct CodeWithTwoNamesRule: Rule {
    static let description = RuleDescription(
        id: "NOM004",
        family: .nomenclature,
        severity: .error,
        title: Localized(id: "Satu kode untuk dua nama berbeda",
                         en: "One code for two different names"),
        rationale: Localized(
            id: "Satu kode nomenklatur menunjuk satu program, kegiatan atau subkegiatan. Bila rencana mencetak kode yang sama untuk dua nama yang berbeda arti, salah satunya salah kode, dan anggarannya akan tercatat pada entri yang salah. Nama yang hanya berbeda ejaan atau susunan kata tidak dilaporkan di sini; nomor baris biasa (`1`, `1.1`) tidak dianggap kode.",
            en: "A nomenclature code stands for one programme, kegiatan or sub kegiatan. When the plan prints the same code for two names of different meaning, one of them has the wrong code and its budget will be booked to the wrong entry. Names that differ only in spelling or wording are not reported here; plain row numbers (`1`, `1.1`) are not taken for codes."),
        triggering: [
            RuleExample(.semarang, """
            Kode Rekening\tProgram dan Kegiatan\tIndikator Kinerja\t2018\t\t2019\t
            \t\t\tTarget\t(Rp)\tTarget\t(Rp)
            1.2.11.1.2.11.01.18\t<b>PROGRAM PENINGKATAN KUALITAS KELEMBAGAAN KOPERASI</b>\t<b>Koperasi sehat</b>\t52%\t2.000.000\t53%\t2.000.000
            1.2.11.1.2.11.01.18.021\tPenilaian Kesehatan Koperasi\tJumlah koperasi\t48 unit\t1.000.000\t50 unit\t1.000.000
            ↓1.2.11.1.2.11.01.18.021\tFasilitasi Hari Koperasi\tJumlah peserta\t480 org\t1.000.000\t500 org\t1.000.000
            """),
        ],
        nonTriggering: [
            RuleExample(.semarang, """
            Kode Rekening\tProgram dan Kegiatan\tIndikator Kinerja\t2018\t\t2019\t
            \t\t\tTarget\t(Rp)\tTarget\t(Rp)
            1.2.11.1.2.11.01.18\t<b>PROGRAM PENINGKATAN KUALITAS KELEMBAGAAN KOPERASI</b>\t<b>Koperasi sehat</b>\t52%\t2.000.000\t53%\t2.000.000
            1.2.11.1.2.11.01.18.021\tPenilaian Kesehatan Koperasi\tJumlah koperasi\t48 unit\t1.000.000\t50 unit\t1.000.000
            1.2.11.1.2.11.01.18.022\tFasilitasi Hari Koperasi\tJumlah peserta\t480 org\t1.000.000\t500 org\t1.000.000
            """),
        ])

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        let review = context.facts(of: document).nomenclature
        var first: [String: NomenclatureReview.Item] = [:]
        return review.items.compactMap { item -> Finding? in
            guard let code = item.code, code.isNomenclatureCode else { return nil }
            guard let earlier = first[code.text] else {
                first[code.text] = item
                return nil
            }
            guard NameAgreement(item.node.name, earlier.node.name) == .different else { return nil }
            return makeFinding(item.node, code: code, earlier: earlier.node, in: document)
        }
    }

    private func makeFinding(_ node: PlanNode, code: PrintedCode, earlier: PlanNode, in document: RenstraDocument) -> Finding {
        finding(
            in: document, line: node.lines.first, endLine: node.lines.last, table: node.table,
            message: Localized(
                id: "Kode \(code.text) dipakai untuk \"\(earlier.name.shortened(to: 100))\" (baris \(earlier.lines.first)) dan untuk \"\(node.name.shortened(to: 100))\" (baris \(node.lines.first)); salah satunya salah kode.",
                en: "Code \(code.text) is used for \"\(earlier.name.shortened(to: 100))\" (line \(earlier.lines.first)) and for \"\(node.name.shortened(to: 100))\" (line \(node.lines.first)); one of them has the wrong code."),
            expected: earlier.name, found: node.name, subject: NomenclatureWording.subject(node, code.text))
    }
}
