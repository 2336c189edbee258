import Foundation
@testable import Ingest
import Testing
import TestSupport

@Suite struct CompareNomenclatureTests {
    let nomenclature = Nomenclature.official

    @Test func listsHoldTheKabupatenKotaProgrammesAndKegiatanAndTheOlderProgrammes() {
        let entries = nomenclature.entries
        #expect(entries.filter { $0.generation == .kepmendagri050 && $0.level == .program }.count == 192)
        #expect(entries.filter { $0.generation == .kepmendagri050 && $0.level == .kegiatan }.count == 466)
        // 444 rows; programmes 01–06 of every bidang collapse into one entry each.
        #expect(entries.filter { $0.generation == .permendagri13 }.count == 214)
        let administration = entries.first { $0.generation == .permendagri13 && $0.name == "Program Pelayanan Administrasi Perkantoran" }
        #expect(administration?.code == "X.XX.01")
    }

    @Test func bekasiAndDepokUmkmProgrammeMatchesExactlyWithOrWithoutTheLevelWord() {
        for name in ["PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)",
                     "Program: Pemberdayaan Usaha Menengah, Usaha Kecil, dan Usaha Mikro (UMKM)",
                     "Pemberdayaan Usaha Menengah, Usaha Kecil, dan Usaha Mikro (UMKM)"] {
            let match = nomenclature.match(name, level: .program)
            #expect(match.kind == .exact)
            #expect(match.entry?.code == "2.17.07")
            #expect(match.entry?.generation == .kepmendagri050)
        }
    }

    @Test func bekasiSupportProgrammeIsWordedDifferently() {
        // Bekasi Tabel 4.2 line 1376 writes "Pemerintah" where the regulation has "Pemerintahan".
        let match = nomenclature.match("PROGRAM PENUNJANG URUSAN PEMERINTAH DAERAH KABUPATEN/KOTA", level: .program)
        #expect(match.kind == .similar)
        #expect(match.entry?.code == "X.XX.01")
        #expect(match.entry?.name == "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA")
        #expect(abs(match.similarity - 10.0 / 12.0) < 1e-9)
    }

    @Test func semarangProgrammesBelongToPermendagri13() {
        let exact = nomenclature.match("PROGRAM PENGEMBANGAN KEWIRAUSAHAAN DAN KEUNGGULAN KOMPETITIF USAHA KECIL MENENGAH",
                                       level: .program)
        #expect(exact.kind == .exact)
        #expect(exact.entry?.code == "2.11.16")
        #expect(exact.entry?.generation == .permendagri13)
        // Semarang's prose spells the acronym; the official name spells it out.
        let acronym = nomenclature.match("Program Pengembangan Kewirausahaan dan Keunggulan Kompetitif UKM", level: .program)
        #expect(acronym.kind == .similar)
        #expect(acronym.similarity == 1)
        #expect(acronym.entry?.code == "2.11.16")
        let koperasi = nomenclature.match("PROGRAM PENGEMBANGAN SISTEM PENDUKUNG USAHA BAGI KOPERASI USAHA MIKRO KECIL MENENGAH",
                                          level: .program)
        #expect(koperasi.kind == .similar)
        #expect(koperasi.entry?.code == "2.11.17")
    }

    @Test func aProgrammeNotInEitherListIsUnrecognisedWithAClosestHint() {
        let match = nomenclature.match("PROGRAM PENINGKATAN DAN PENGEMBANGAN PEMASARAN DAN JARINGAN USAHA UMKM", level: .program)
        #expect(match.kind == .unrecognised)
        #expect(match.recognised == nil)
        #expect(match.entry != nil)
        #expect(match.similarity < NameTokens.sameMeaningThreshold)
    }

    @Test func kegiatanMatchAtTheirOwnLevelOnly() {
        let kegiatan = "Pengembangan Usaha Mikro dengan Orientasi Peningkatan Skala Usaha Menjadi Usaha Kecil"
        #expect(nomenclature.match("Kegiatan " + kegiatan, level: .kegiatan).entry?.code == "2.17.08.2.01")
        #expect(nomenclature.match(kegiatan, level: .program).kind != .exact)
    }

    @Test func standardSpellingIsNotADifferentName() {
        // The official list writes "Perijinan"; Bekasi (line 1450) and Depok write the standard "Perizinan".
        let match = nomenclature.match("Kegiatan Pemberdayaan Usaha Mikro yang Dilakukan Melalui Pendataan, Kemitraan, Kemudahan Perizinan, Penguatan Kelembagaan dan Koordinasi dengan Para Pemangku Kepentingan", level: .kegiatan)
        #expect(match.kind == .exact)
        #expect(match.entry?.code == "2.17.07.2.01")
    }

    @Test func aShortenedOfficialNameIsThatEntryOnlyWhenItNamesOneEntry() {
        // Bekasi line 1426 drops "… Koperasi yang Wilayah Keanggotaannya dalam Daerah Kabupaten/ Kota".
        let shortened = nomenclature.match("Kegiatan Pemeriksaan dan Pengawasan Koperasi, Koperasi Simpan Pinjam/Unit Simpan Pinjam",
                                           level: .kegiatan)
        #expect(shortened.kind == .similar)
        #expect(shortened.entry?.code == "2.17.03.2.01")
        #expect(shortened.similarity < NameTokens.sameMeaningThreshold)
        // Three words found in several kegiatan name a theme, not an entry.
        #expect(nomenclature.match("Pemberdayaan Usaha Mikro", level: .kegiatan).kind == .unrecognised)
    }

    @Test func anAcronymAndItsWordsCountAsOneWord() {
        let empowering = NameTokens("PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)")
        #expect(empowering.words == ["pemberdayaan", "umkm"])
        #expect(NameTokens("PROGRAM PENGEMBANGAN UMKM").similarity(to: empowering) == 0.5)
        #expect(NameTokens("Koordinasi dan Pengembangan KUMKM").words == ["koordinasi", "pengembangan", "koperasi", "umkm"])
        // Depok "Jumlah pelaku UMKM" and Semarang "Jumlah UMKM yang dibina" differ in two of three words.
        #expect(NameTokens("Jumlah pelaku UMKM").similarity(to: NameTokens("Jumlah UMKM yang dibina")) < NameTokens.sameMeaningThreshold)
        #expect(NameTokens("Persentase koperasi simpan pinjam aktif").similarity(to: NameTokens("Persentase koperasi simpan pinjam sehat")) == 0.8)
    }

    @Test func similarityIgnoresSpellingVariantsAndConnectingWordsButNotSubstitutions() {
        #expect(NameTokens("Prosentase koperasi aktif").similarity(to: NameTokens("Persentase Koperasi Aktif")) == 1)
        #expect(NameTokens("Presentase Koperasi Aktif").similarity(to: NameTokens("Persentase koperasi aktif")) == 1)
        #expect(NameTokens("Persentase koperasi aktif").similarity(to: NameTokens("Persentase koperasi sehat")) < 0.7)
        #expect(PlanName.key("1. Program Pelayanan Administrasi Perkantoran :") == "pelayanan administrasi perkantoran")
        #expect(PlanName.key("Sub Kegiatan Pendataan Potensi") == "pendataan potensi")
    }
}
