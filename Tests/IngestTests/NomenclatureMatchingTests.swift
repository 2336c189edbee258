@testable import Ingest
import Testing

/// Printed codes and names read against the official lists, with text as real plans print it.
@Suite struct NomenclatureMatchingTests {
    let kabupatenKota = NomenclatureList.kabupatenKota

    @Test func codesAreReadInEveryPrintedStyle() throws {
        let fourDigits = try #require(PrintedCode("2.17.02.2.01.0001")?.official)
        #expect(fourDigits.parts == ["2", "17", "02", "2", "01", "0001"])
        #expect(fourDigits.level == .subKegiatan)
        #expect(fourDigits.kewenangan == 2)
        #expect(fourDigits.bidangCode == "2.17")
        // 050-3708/2020-era documents print sub kegiatan in two digits; spaces stand for dots.
        #expect(PrintedCode("2.17.02.2.01.01")?.text == "2.17.02.2.01.0001")
        #expect(PrintedCode("2 17 02 2 01 0001")?.text == "2.17.02.2.01.0001")
        // A SIPD code with the organisation's code in front.
        #expect(PrintedCode("2.17.0.00.0.00.01.0000 2.17.02.2.01")?.official?.text == "2.17.02.2.01")
        // Semarang's Permendagri 13/2006 code with the organisation in front has no 90/2019 reading.
        let older = try #require(PrintedCode("1.2.11.1.2.11.01.18.016"))
        #expect(older.official == nil)
        #expect(older.parts.count == 9)
        #expect(older.isNomenclatureCode)
        // Row numbers and a local short form are not nomenclature codes; words are not codes at all.
        #expect(PrintedCode("01 01 06")?.isNomenclatureCode == false)
        #expect(PrintedCode("1.1")?.isNomenclatureCode == false)
        #expect(PrintedCode("1.10")?.isNomenclatureCode == false)
        #expect(PrintedCode("Tabel 4.2") == nil)
    }

    @Test func theSupportProgrammeIsListedUnderTheAgencysOwnBidang() throws {
        let printed = try #require(PrintedCode("2.17.01.2.06")?.official)
        #expect(printed.isSupportProgramme)
        #expect(printed.listCode == "X.XX.01.2.06")
        #expect(kabupatenKota.entries(for: printed).map(\.name) == ["Administrasi Umum Perangkat Daerah"])
        // Setda's own 4.01.01 and the support programme are both candidates for a printed 4.01.01.
        let setda = try #require(PrintedCode("4.01.01")?.official)
        #expect(kabupatenKota.entries(for: setda).map(\.code) == ["4.01.01", "X.XX.01"])
    }

    @Test func aChildCodeExtendsItsParentsWithPlaceholdersMatchingAnyDigit() throws {
        func code(_ text: String) throws -> PrintedCode { try #require(PrintedCode(text)) }
        #expect(try code("2.17.02.2.01.0001").extends(code("2.17.02.2.01")) == true)
        #expect(try code("2.17.02.2.01.01").extends(code("2.17.02.2.01")) == true)
        #expect(try code("2.17.03.2.01.01").extends(code("2.17.02.2.01")) == false)
        #expect(try code("2.17.02").extends(code("2.17")) == true)
        #expect(try code("X.XX.01").extends(code("2.17")) == true)
        #expect(try code("1.2.11.1.2.11.01.18.016").extends(code("1.2.11.1.2.11.01.18")) == true)
        #expect(try code("1.2.11.1.2.11.01.17.022").extends(code("1.2.11.1.2.11.01.18")) == false)
        // An official code under a code of another style cannot be judged.
        #expect(try code("2.17.02.2.01").extends(code("1.2.11.1.2.11.01.18")) == nil)
    }

    @Test func aSlipOfAFewLettersIsAMisspellingWithTheOfficialWord() throws {
        // Bekasi line 1376 and line 1408.
        let support = try #require(kabupatenKota.entry(code: "X.XX.01"))
        #expect(NameAgreement(printed: "PROGRAM PENUNJANG URUSAN PEMERINTAH DAERAH KABUPATEN/KOTA", official: support)
                == .misspelt(officialWords: ["PEMERINTAHAN"]))
        let match = kabupatenKota.match("Fasilitas Kunjungan Tamu", level: .subKegiatan)
        #expect(match.agreement == .misspelt(officialWords: ["Fasilitasi"]))
        #expect(match.entry?.code == "X.XX.01.2.06.0008")
    }

    @Test func wordBreaksSpellingVariantsAndTheShortSupportProgrammeNameAreTheSameName() throws {
        // Bekasi line 1317 prints "Penyediaa n Jasa Penunjang Urusan Pemerinta han Daerah".
        let broken = kabupatenKota.match("Penyediaa n Jasa Penunjang Urusan Pemerinta han Daerah", level: .kegiatan)
        #expect(broken.agreement == .same)
        #expect(broken.entry?.code == "X.XX.01.2.08")
        // The list writes "Perijinan", Bekasi line 1450 the standard "Perizinan".
        #expect(kabupatenKota.match("Pemberdayaan Usaha Mikro yang Dilakukan Melalui Pendataan, Kemitraan, Kemudahan Perizinan, Penguatan Kelembagaan dan Koordinasi dengan Para Pemangku Kepentingan",
                                    level: .kegiatan).agreement == .same)
        // Depok line 1430 writes the regulation's name, many plans the source's shorter one.
        let support = try #require(kabupatenKota.entry(code: "X.XX.01"))
        #expect(NameAgreement(printed: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", official: support) == .same)
        #expect(NameAgreement(printed: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", official: support) == .same)
    }

    @Test func aPlanThatSpellsCorrectlyAWordTheListMisspellsIsRight() throws {
        // The DIY SIPD export (2025) writes "Pemanfaatan" where 050-3708/2020 has "Pemanfataan".
        let entry = try #require(kabupatenKota.entry(code: "1.03.12.2.03"))
        #expect(NameAgreement(printed: "Koordinasi dan Sinkronisasi Pemanfaatan Ruang Daerah Kabupaten/Kota", official: entry) == .same)
        let penyelenggaraan = try #require(kabupatenKota.entry(code: "2.13.04.2.01"))
        #expect(NameAgreement(printed: "Pembinaan dan Pengawasan Penyelenggaraan Administrasi Pemerintahan Desa", official: penyelenggaraan) == .same)
        // The reverse is the plan's slip.
        #expect(NameAgreement(printed: "Koordinasi dan Sinkronisasi Pemanfatan Ruang Daerah Kabupaten/Kota", official: entry) != .same)
    }

    @Test func wordsAddedOrLeftOutAreRewordingAndOtherNamesDiffer() throws {
        // Semarang line 1399 leaves "peningkatan" out of programme 06.
        let reporting = NomenclatureList.permendagri13.match("PROGRAM PENGEMBANGAN SISTEM PELAPORAN CAPAIAN KINERJA DAN KEUANGAN", level: .program)
        #expect(reporting.agreement == .reworded)
        #expect(reporting.entry?.code == "X.XX.06")
        let empowering = try #require(kabupatenKota.entry(code: "2.17.07"))
        #expect(NameAgreement(printed: "PROGRAM PENGEMBANGAN UMKM", official: empowering) == .different)
        // Two names printed in one plan compare the same way.
        #expect(NameAgreement("Penilaian Kesehatan Koperasi", "Fasilitasi Hari Koperasi") == .different)
        #expect(NameAgreement("Penyusunan Renja Skpd", "Penyusunan Renja SKPD") == .same)
    }

    @Test func anUnknownNameComesWithTheClosestOfficialNameAsAHint() {
        // Semarang line 1474, a programme of the city's own under Permendagri 13/2006.
        let match = kabupatenKota.match("PROGRAM PENINGKATAN DAN PENGEMBANGAN PEMASARAN DAN JARINGAN USAHA UMKM", level: .program)
        #expect(match.agreement == .different)
        #expect(match.entry?.code == "2.17.08")
        #expect(!match.isRecognised)
    }

    @Test func editDistanceIsBoundedAndExactWithinItsLimit() {
        var rows: [Int] = []
        func distance(_ a: String, _ b: String, _ limit: Int) -> Int {
            EditDistance.bounded(Array(a.utf8), Array(b.utf8), limit: limit, rows: &rows)
        }
        #expect(distance("pemerintah", "pemerintahan", 3) == 2)
        #expect(distance("penatusahaan", "penatausahaan", 3) == 1)
        #expect(distance("kitten", "sitting", 3) == 3)
        #expect(distance("kitten", "sitting", 2) == 3)
        #expect(distance("abc", "abc", 1) == 0)
        #expect(distance("", "ab", 3) == 2)
        // Letters one side lacks settle a distance beyond the limit; the same letters in another order do not.
        #expect(distance("aaaa", "bbbb", 3) == 4)
        #expect(distance("abcdef", "fedcba", 3) == 4)
        #expect(distance("listrik", "litsrik", 3) == 2)
    }

    @Test func aNearNameIsAlignedWithTheOfficialWordsItsLettersDifferIn() {
        func touched(_ printed: String, _ official: String) -> [[Int]] {
            let alignment = SpellingAlignment(printed: printed.pieces(separatedBy: " "), official: official.pieces(separatedBy: " "))
            return [alignment.officialWords.sorted(), alignment.printedWords.sorted()]
        }
        // `Cetak` stands for `Cetakan`, not for the `dan` after it.
        #expect(touched("penyediaan barang cetak dan penggandaan", "penyediaan barang cetakan dan penggandaan") == [[2], [2]])
        // A PDF word break is no difference; the slip is in the last word.
        #expect(touched("pemerinta han daerahh", "pemerintahan daerah") == [[1], [2]])
        // Slips at the first and the last letter, and three slips, the most a misspelling may have.
        #expect(touched("xpenyediaan jasa kantorz", "penyediaan jasa kantor") == [[0, 2], [0, 2]])
        #expect(touched("pemeliharaa barang milk daerahh", "pemeliharaan barang milik daerah") == [[0, 2, 3], [0, 2, 3]])
        // Letters added as a word of their own touch no official word.
        #expect(touched("penyediaan jasa kantor 18", "penyediaan jasa kantor") == [[], [3]])
    }

    @Test func aKeySplitsIntoItsWordsInAnyScript() {
        #expect(PlanName.words(of: "penyediaan jasa kantor") == ["penyediaan", "jasa", "kantor"])
        #expect(PlanName.words(of: "straße und gruße") == ["straße", "und", "gruße"])
        #expect(PlanName.words(of: "") == [])
        #expect(PlanName.compact("pemerinta han daerah") == "pemerintahandaerah")
        #expect(PlanName.compact("straße und gruße") == "straßeundgruße")
        // The words of an acronym's phrase become the acronym, wherever they stand.
        #expect(NameTokens("Fasilitasi Usaha Mikro, Kecil dan Menengah").words == ["fasilitasi", "umkm"])
        #expect(NameTokens("Menengah dan Kecil Usaha Fasilitasi").words == ["fasilitasi", "ukm"])
    }
}
