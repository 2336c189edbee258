import Testing
@testable import Ingest

/// The layout readers decide ASCII text on bytes and fall back to Characters otherwise; both must read
/// the same text the same way.
@Suite struct LayoutByteFastPathTests {
    @Test func headerSignaturesSquashCaseAndSpaces() {
        #expect(PhysicalLine.squashed("KEGIATAN/SUBKEGIA TAN") == "kegiatan/subkegiatan")
        // A no-break space is whitespace too, and `Ü` lower-cases: the Character path.
        #expect(PhysicalLine.squashed("TÜJUAN\u{A0}AKHIR") == "tüjuanakhir")
    }

    @Test func aLineHasTheSignatureOfItsFilledCells() {
        let line = PhysicalLine(number: 7, text: "\tKEGIATAN/SUBKEGIA TAN\t\tINDIKATOR")
        #expect(line.hasSignature(["kegiatan/subkegiatan", "indikator"]))
        #expect(!line.hasSignature(["kegiatan/subkegiatan"]))
        #expect(!line.hasSignature(["kegiatan/subkegiatan", "indikator", "satuan"]))
        #expect(!line.hasSignature(["program", "indikator"]))
    }

    /// A line's cell is compared with a signature as it is squashed, on bytes when both are ASCII: the
    /// answer must be that of comparing the squashed text.
    @Test func squashingComparesLikeTheSquashedText() {
        let texts = ["KEGIATAN/SUBKEGIA TAN", "kegiatan/subkegiatan", "Kegiatan", "TÜJUAN\u{A0}AKHIR", "T ü J", "INDIKATOR ",
                     "", " ", "(1)", "Sub Kegiatan Penyediaan Gaji 312"]
        let signatures = ["kegiatan/subkegiatan", "kegiatan", "tüjuanakhir", "tüj", "indikator", "", "(1)", "kegiatan/subkegiatanx"]
        for text in texts {
            for signature in signatures {
                #expect(PhysicalLine.squashes(text, to: signature) == (PhysicalLine.squashed(text) == signature), "\(text) | \(signature)")
            }
        }
    }

    /// A colon is found on the bytes, and a colon carrying a combining mark is passed over as no colon.
    @Test func firstColonIsTheFirstColonCharacter() {
        let text = "IKU:\u{301} Persentase: Koperasi"
        #expect(text.firstColon == text.firstIndex(of: ":"))
        #expect(text[text.firstColon!...].hasPrefix(": Koperasi"))
        #expect("Output: Tersedianya".firstColon == "Output: Tersedianya".firstIndex(of: ":"))
        #expect("Tanpa titik dua".firstColon == nil)
    }

    /// A label's level word is read on its bytes when it is ASCII, from its lower-cased text otherwise.
    @Test func levelWordsAreReadInAnyCaseAndMarkup() {
        #expect(PlanLevelClassifier.level(forLabel: "SUB KEGIATAN Penyediaan Gaji") == .subKegiatan)
        #expect(PlanLevelClassifier.level(forLabel: "  <b>PROGRAM PENUNJANG</b>") == .program)
        #expect(PlanLevelClassifier.level(forLabel: "Sub-Kegiatan Pengadaan") == .subKegiatan)
        #expect(PlanLevelClassifier.level(forLabel: "URUSAN PEMERINTAHAN BIDANG KOPERASI") == .bidangUrusan)
        #expect(PlanLevelClassifier.level(forLabel: "Dinas Koperasi") == .agency)
        #expect(PlanLevelClassifier.level(forLabel: "Dinasti") == nil)
        #expect(PlanLevelClassifier.level(forLabel: "Kegiatan Pemberdayaan Usaha Mikro É") == .kegiatan)
        #expect(PlanLevelClassifier.level(forLabel: "PROGRAM PENINGKATAN KUALITAS\u{A0}SDM") == .program)
        #expect(PlanLevelClassifier.level(forLabel: "Prógram") == nil)
        #expect(PlanLevelClassifier.level(forLabel: "Persentase koperasi aktif") == nil)
    }

    @Test func numberSpellingsReadTheSameOnBytesAndCharacters() {
        let ascii = SplitNumber.spelling(" Rp. 70.26 2.000 ")
        #expect(ascii?.currency == "Rp.")
        #expect(ascii?.digits == "70.26 2.000")
        let withNoBreakSpaces = SplitNumber.spelling("\u{A0}Rp.\u{A0}70.26 2.000\u{A0}")
        #expect(withNoBreakSpaces?.currency == "Rp.")
        #expect(withNoBreakSpaces?.digits == "70.26 2.000")
        #expect(SplitNumber.spelling("88,5 %")?.percent == true)
        #expect(SplitNumber.spelling("Rencana 2025") == nil)
        #expect(SplitNumber.spelling("Rupiah") == nil)
        #expect(SplitNumber.spelling("5\u{301}") == nil)
        #expect(SplitNumber.spelling("\u{A0}") == nil)
    }

    @Test func depokCellTextFollowsTheFirstTab() {
        #expect(CellLine.cellText(" \t  Penyusunan Dokumen Perencanaan ") == "Penyusunan Dokumen Perencanaan")
        #expect(CellLine.isIndentedCell("\t  Penyusunan Dokumen"))
        #expect(!CellLine.isIndentedCell("\tPenyusunan\tDokumen"))
        #expect(CellLine.cellText("\tKécamatan\u{A0}") == "Kécamatan")
    }

    @Test func embeddedImagesAreNamedInAnyCase() {
        #expect(CellLine.isEmbeddedImage("  IMAGE3.EMF"))
        #expect(CellLine.isEmbeddedImage("image12.png"))
        #expect(!CellLine.isEmbeddedImage("Imagery.png"))
        #expect(!CellLine.isEmbeddedImage("İmage3.emf"))
    }

    @Test func labelRunsSkipRunningText() {
        #expect(ChartLabelReader.tokens("Sasaran 1 Sasaran 2", line: 1) == nil)
        #expect(ChartLabelReader.tokens("SASARAN 1, SASARAN 2", line: 1) == nil)
        let tokens = ChartLabelReader.tokens("SASARAN 1SASARAN 2", line: 1)
        #expect(tokens?.map(\.word) == ["SASARAN", nil, "SASARAN", nil])
        #expect(tokens?.map(\.number) == [nil, 1, nil, 2])
    }
}
