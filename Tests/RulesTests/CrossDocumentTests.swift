import Testing
import Ingest
@testable import Rules
import TestSupport

/// Cascade profiles of the real documents, their pairing, and the cross-document findings of the Bekasi
/// performance tree against the Bekasi Renstra.
@Suite struct CrossDocumentTests {
    static let tree = CascadeProfile(Corpus.bekasiChart.document)
    static let renstra = CascadeProfile(Corpus.bekasi.document)

    static var pairFindings: [Finding] {
        CrossDocumentRunner(RuleRunner()).check(DocumentPair(dependent: tree, reference: renstra))
    }

    func summary(_ statements: [CascadeStatement]) -> [String] {
        statements.map { "\($0.line) \($0.level?.rawValue ?? "-")\($0.isIndicator ? " indikator" : ""): \($0.text)" }
    }

    @Test func renstraGoalsFromProseAndTables() {
        let goals = Self.renstra.statements.filter { $0.level == .tujuan || $0.level == .sasaran }
        #expect(summary(goals) == [
            "1089 tujuan: Meningkatnya Ekonomi Kota yang bertumpu pada perdagangan, Jasa dan Industri",
            "1090 tujuan indikator: Proporsi PDRB Perdagangan",
            "1091 tujuan indikator: Proporsi PDRB Industri Pengolahan",
            "1097 sasaran: Meningkatnya Daya Saing Koperasi dan UMKM",
            "1098 sasaran indikator: Persentase Usaha Mikro menjadi Usaha Kecil",
            "1099 sasaran indikator: Persentase Koperasi yang Berkualitas",
        ])
        #expect(Self.renstra.tujuan?.count == 1 && Self.renstra.tujuan?.line == 1089)
        #expect(Self.renstra.statements.filter { $0.level == .kegiatan && !$0.isIndicator }.count == 14)
        #expect(Self.renstra.period?.years == 2025...2029)
    }

    @Test func goalsInIndicatorColumnsOfOtherForms() {
        let depok = CascadeProfile(Corpus.depok.document).statements.filter { $0.level == .tujuan || $0.level == .sasaran }
        #expect(summary(depok).contains("1207 tujuan indikator: Nilai SAKIP"))
        #expect(summary(depok).contains("1247 sasaran indikator: Persentase wirausaha"))
        let semarang = CascadeProfile(Corpus.semarang.document).statements.filter { $0.level == .tujuan || $0.level == .sasaran }
        #expect(summary(semarang).first == "1143 tujuan: Mewujudkan Koperasi dan Usaha Mikro yang berdaya saing")
        #expect(semarang.filter { $0.level == .sasaran && $0.isIndicator }.count == 2)
    }

    @Test func treeStatementsWhoseLevelTheTextDecides() {
        #expect(summary(Self.tree.statements.filter { $0.level == .tujuan || $0.level == .sasaran }) == [
            "757 sasaran: Meningkatnya Akuntabilitas dan Kualitas Perencanaan dan Penganggaran DISKOPUKM",
            "760 sasaran indikator: Nilai AKIP DISKOPUKM",
            "766 tujuan: Meningkatnya Kualitas Manajemen dan Kinerja Diskopukm",
            "768 tujuan indikator: Nilai AKIP DISKOPUKM",
            "1229 sasaran indikator: Persentase peningkatan volume usaha koperasi",
            "1232 sasaran indikator: Persentase peningkatan volume usaha umkm",
            "1348 tujuan: Meningkatnya Pertumbuhan Ekonomi Sektor Perdagangan dan Jasa (Koperasi dan UMKM)",
            "1351 tujuan indikator: Persentase peningkatan Nilai tambah Koperasi dan UMKM",
        ])
        #expect(Self.tree.tujuan?.count == 2)
        #expect(Self.tree.levels == [.tujuan, .sasaran, .kegiatan])
        #expect(Self.tree.candidates.count == Corpus.bekasiChart.document.chart!.boxes.count)
    }

    @Test func pairingBySameCityAndAgency() {
        let keys = [Corpus.bekasi, .bekasiChart, .depok, .semarang].map { CascadePairing.Key($0.document) }
        let pairs = CascadePairing.pair(keys, explicit: [:])
        #expect(pairs.count == 1)
        #expect(pairs.first?.dependent.path == Corpus.bekasiChart.path)
        #expect(pairs.first?.outcome == .paired(reference: Corpus.bekasi.path))
        #expect(CascadePairing.pair([CascadePairing.Key(Corpus.bekasiChart.document)], explicit: [:]).first?.outcome == .noReference)
        let explicit = CascadePairing.pair(keys, explicit: [Corpus.bekasiChart.path: Corpus.depok.path])
        #expect(explicit.first?.outcome == .paired(reference: Corpus.depok.path))
        var second = CascadePairing.Key(Corpus.bekasi.document)
        second.path = "renstra-copy.txt"
        #expect(CascadePairing.pair(keys + [second], explicit: [:]).first?.outcome == .ambiguous([Corpus.bekasi.path, "renstra-copy.txt"]))
    }

    @Test func treeAndRenstraFindingsOnBothSides() {
        let findings = Self.pairFindings
        let tree = findings.filter { $0.file == Corpus.bekasiChart.path }.map { "\($0.ruleID)@\($0.line)" }
        #expect(tree.sorted() == [
            "XDC001@1229", "XDC001@1232", "XDC001@1320", "XDC001@1331", "XDC001@1348", "XDC001@1351", "XDC001@19", "XDC001@24",
            "XDC001@757", "XDC001@760", "XDC001@766", "XDC001@768", "XDC001@815",
            "XDC002@1197", "XDC003@764", "XDC004@1131", "XDC004@959",
        ])
        let renstra = findings.filter { $0.file == Corpus.bekasi.path }.map(\.line)
        #expect(renstra.sorted() == [1089, 1090, 1091, 1099, 1386, 1391, 1393, 1397, 1402, 1411, 1417, 1421, 1426, 1436, 1441, 1450, 1460])
        #expect(findings.allSatisfy { $0.placeInOtherDocument != nil })
    }

    @Test func theTreeTakesTheRenstraPeriod() {
        let periods = Self.pairFindings.filter { $0.ruleID == "XDC004" }
        #expect(periods.map(\.found) == ["2024–2026", "2024–2026"])
        #expect(periods.map(\.expected) == ["2025–2029", "2025–2029"])
        #expect(periods.allSatisfy { $0.placeInOtherDocument == DocumentPlace(file: Corpus.bekasi.path, line: 9) })
    }

    @Test func signatoriesAndTujuanCount() throws {
        let signatory = try #require(Self.pairFindings.first { $0.ruleID == "XDC002" })
        #expect(signatory.found == "Dra. Rita Hartati, MM" && signatory.expected == "Herbert S. W. Panjaitan, S.STP., M.Si")
        #expect(signatory.placeInOtherDocument?.line == 29)
        let count = try #require(Self.pairFindings.first { $0.ruleID == "XDC003" })
        #expect(count.found == "2" && count.expected == "1")
        #expect(SignatoryMismatchRule.same(Official(name: "A", nip: "19741017 199603 1 002", line: 1),
                                           Official(name: "B", nip: "197410171996031002", line: 2)))
    }

    @Test func counterpartsNameTheClosestCandidate() throws {
        let tujuan = try #require(Self.pairFindings.first { $0.file == Corpus.bekasi.path && $0.line == 1089 })
        #expect(tujuan.message.en.containsLiteral("Closest: “Meningkatnya Pertumbuhan Ekonomi Sektor Perdagangan dan Jasa (Koperasi dan UMKM)” (line 1348, 53% alike)"))
        #expect(tujuan.placeInOtherDocument?.line == 1348)
        // The Renstra's sasaran is the tree's SASARAN 2, although the text does not decide that box's level.
        #expect(!Self.pairFindings.contains { $0.file == Corpus.bekasi.path && $0.line == 1097 })
    }

    @Test func aCloseCandidateWithTheSameMeasureIsANoteToCheck() throws {
        // Renstra 1441 "Jumlah koperasi yang difasilitasi dalam pemberdayaan dan perlindungan" is the tree's
        // "Jumlah Koperasi yang Mengikuti Pemberdayaan dan Perlindungan Koperasi" (line 1288) in other words.
        let reworded = try #require(Self.pairFindings.first { $0.file == Corpus.bekasi.path && $0.line == 1441 && $0.ruleID == "XDC001" })
        #expect(reworded.severity == .info)
        #expect(reworded.message.en.containsLiteral("Possibly the same statement in other words"))
        // Renstra 1426 counts a percentage where the tree's closest box (line 1032, 83% alike) counts a number.
        let otherMeasure = try #require(Self.pairFindings.first { $0.file == Corpus.bekasi.path && $0.line == 1426 && $0.ruleID == "XDC001" })
        #expect(otherMeasure.severity == .warning)
    }

    @Test func namesThatMeanTheSame() {
        #expect(CascadeName.sameMeaning("Meningkatkan Daya Saing Koperasi dan UMKM", "Meningkatnya Daya Saing Koperasi dan UMKM"))
        #expect(!CascadeName.sameMeaning("Persentase koperasi yang telah dilakukan pemeriksaan dan pengawasan",
                                         "Jumlah Koperasi yang Telah Dilakukan Pemeriksaan dan Pengawasan"))
        #expect(CascadeName.sameMeaning("Pemeriksaan dan Pengawasan Koperasi, Koperasi Simpan Pinjam/Unit Simpan Pinjam",
                                        "Pemeriksaan dan Pengawasan Koperasi, Koperasi Simpan Pinjam/Unit Simpan Pinjam Koperasi yang Wilayah Keanggotaannya dalam Daerah Kabupaten/Kota"))
        #expect(!CascadeName.sameMeaning("Persentase koperasi aktif", "Persentase koperasi sehat"))
        let result = CascadeName.Key("Terlaksananya Penerbitan Izin Usaha Simpan Pinjam", asActivity: true)
        #expect(result.means(CascadeName.Key("Penerbitan Izin Usaha Simpan Pinjam", asActivity: true)))
    }

    @Test func goalStatementPrefixes() {
        #expect(GoalStatementReader.prefix("Sasaran RPJMD: Meningkatkan Ekonomi Kota") == nil)
        #expect(GoalStatementReader.prefix("Outcome: Meningkatnya produktivitas koperasi") == .lowerLevel)
        #expect(GoalStatementReader.prefix("Indikator Kegiatan: Jumlah koperasi") == .lowerLevel)
        #expect(GoalStatementReader.prefix("<b>TUJUAN :</b> Mewujudkan Koperasi")
                == .statement(level: .tujuan, isIndicator: false, text: "Mewujudkan Koperasi", label: "TUJUAN"))
        #expect(GoalStatementReader.prefix("Indikator Sasaran 2: Persentase Koperasi yang Berkualitas")
                == .statement(level: .sasaran, isIndicator: true, text: "Persentase Koperasi yang Berkualitas", label: "Indikator Sasaran 2"))
        #expect(GoalStatementReader.prefix("Tujuan tersebut adalah: meningkatkan") == nil)
    }

    @Test func runnerNotesWhatWasComparedAndWhatWasNot() {
        let runner = CrossDocumentRunner(RuleRunner())
        let profiles = [Corpus.bekasiChart.path: Self.tree, Corpus.bekasi.path: Self.renstra]
        let alone = runner.run(keys: [CascadePairing.Key(Corpus.bekasiChart.document)], explicit: [:]) { profiles[$0] }
        #expect(alone.findings.isEmpty)
        #expect(alone.notes[Corpus.bekasiChart.path]?.first?.en.hasPrefix("Its Renstra was not given") == true)
        let paired = runner.run(keys: [CascadePairing.Key(Corpus.bekasiChart.document), CascadePairing.Key(Corpus.bekasi.document)],
                                explicit: [:]) { profiles[$0] }
        #expect(paired.findings.count == Self.pairFindings.count)
        #expect(paired.notes[Corpus.bekasi.path] == [Localized(id: "Dibandingkan dengan pohon kinerja \(Corpus.bekasiChart.path).",
                                                              en: "Compared with the performance tree \(Corpus.bekasiChart.path).")])
        #expect(paired.notes[Corpus.bekasiChart.path]?.first?.en == "Compared with the Renstra \(Corpus.bekasi.path) (read there: "
                + "1 tujuan, 2 tujuan indicators; 1 sasaran, 2 sasaran indicators; 14 kegiatan, 14 kegiatan indicators).")
        let disabled = CrossDocumentRunner(RuleRunner(rules: [MisspelledLabelRule()]))
        #expect(disabled.run(keys: [CascadePairing.Key(Corpus.bekasiChart.document)], explicit: [:]) { profiles[$0] }.notes.isEmpty)
    }
}
