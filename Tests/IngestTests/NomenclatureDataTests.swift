import Foundation
@testable import Ingest
import Testing
import TestSupport

/// The embedded lists are the files in data/nomenclature, parsed into the entries the rules and the
/// comparison use.
@Suite struct NomenclatureDataTests {
    @Test func embeddedDataEqualsTheFilesInDataNomenclature() throws {
        let folder = Corpus.root + "/data/nomenclature/"
        for (file, embedded) in [("kepmendagri-050-3708-2020-kabkota.tsv", NomenclatureData.kepmendagri050KabupatenKota),
                                 ("kepmendagri-050-3708-2020-provinsi.tsv", NomenclatureData.kepmendagri050Provinsi),
                                 ("permendagri-13-2006-programs.tsv", NomenclatureData.permendagri13Programs)] {
            let text = try String(contentsOfFile: folder + file, encoding: .utf8)
            #expect(embedded + "\n" == text, "\(file) differs from the embedded data: run scripts/generate-nomenclature-data.sh")
        }
    }

    @Test func everyLevelOfBothRegionListsIsParsed() {
        func counts(_ list: NomenclatureList) -> [Int] {
            [PlanLevel.bidangUrusan, .program, .kegiatan, .subKegiatan].map { level in list.entries.filter { $0.level == level }.count }
        }
        // Kabupaten/kota: 46 bidang, 192 programmes, 466 kegiatan, 2,228 sub kegiatan less the five dropped
        // under 7.01.03.2.03 (see data/nomenclature/README.md).
        #expect(counts(.kabupatenKota) == [46, 192, 466, 2_223])
        #expect(counts(.provinsi) == [53, 207, 568, 2_798])
        #expect(NomenclatureList.permendagri13.entries.count == 214)
    }

    @Test func entriesAreFoundByCodeWithTheirRegionsNameAndParent() throws {
        let subKegiatan = try #require(NomenclatureList.kabupatenKota.entry(code: "2.17.07.2.01.0001"))
        #expect(subKegiatan.name == "Pendataan Potensi dan Pengembangan Usaha Mikro")
        #expect(subKegiatan.level == .subKegiatan)
        #expect(subKegiatan.parentCode == "2.17.07.2.01")
        #expect(subKegiatan.bidangCode == "2.17")
        #expect(NomenclatureList.kabupatenKota.entry(code: "2.17.07.2.01")?.parentCode == "2.17.07")
        #expect(NomenclatureList.kabupatenKota.entry(code: "X.XX.01")?.name == "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA")
        #expect(NomenclatureList.provinsi.entry(code: "X.XX.01")?.name == "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI")
        #expect(NomenclatureList.kabupatenKota.entry(code: "X.XX.01")?.bidangCode == nil)
        // Kegiatan carry their level in the kewenangan digit: 1 provinsi, 2 kabupaten/kota.
        #expect(NomenclatureList.provinsi.entry(code: "2.17.07.1.01") != nil)
        #expect(NomenclatureList.kabupatenKota.entry(code: "2.17.07.1.01") == nil)
    }

    @Test func correctionsReplaceTheSourceErrorsTheReadmeDocuments() {
        let list = NomenclatureList.kabupatenKota
        #expect(list.entry(code: "5.03.02.2.03")?.name == "Pengembangan Kompetensi ASN")
        #expect(list.entry(code: "5.03.02.2.04")?.name == "Penilaian dan Evaluasi Kinerja Aparatur")
        #expect(list.entry(code: "7.01.03.2.03")?.name == "Pemberdayaan Lembaga Kemasyarakatan Tingkat Kecamatan")
        #expect(list.entry(code: "7.01.03.2.03.0001") == nil)
        #expect(list.entry(code: "2.17.02.2.02.0001")?.name.hasSuffix("Daerah Kabupaten/Kota") == true)
        #expect(list.entry(code: "2.17.06.2.01.0001")?.name.hasSuffix("Kewenangan Kabupaten/Kota") == true)
        // Typos that are not source errors stay as the list has them.
        #expect(list.entry(code: "1.03.12.2.03")?.name == "Koordinasi dan Sinkronisasi Pemanfataan Ruang Daerah Kabupaten/Kota")
    }
}
