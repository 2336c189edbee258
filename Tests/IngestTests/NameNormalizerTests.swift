import Testing
@testable import Ingest

struct NameNormalizerTests {
    @Test(arguments: [
        ("Persentase Koperasi Aktif", "persentase koperasi aktif"),
        ("Terlaksana nya  Rapat-Rapat", "terlaksananya rapat rapat"),
        ("**PROGRAM PENGEMBANGAN UMKM**", "program pengembangan umkm"),
        ("Jumlah\u{00A0}UMKM – Naik Kelas “Go Digital”", "jumlah umkm naik kelas go digital"),
        ("Pemberdayaan √ Koperasi • 2025", "pemberdayaan koperasi 2025"),
        ("Koperasi Berkualitas (%)", "koperasi berkualitas"),
    ])
    func normalizes(name: String, expected: String) {
        #expect(NameNormalizer.normalize(name) == expected)
        #expect(NameNormalizer.characterNormalized(MarkupStripper.strip(name)) == expected)
    }

    @Test func lettersBeyondASCIITakeTheCharacterReading() {
        #expect(NameNormalizer.asciiNormalized("Café Ṡehat") == nil)
        #expect(NameNormalizer.normalize("Café Ṡehat") == "cafe sehat")
        #expect(NameNormalizer.asciiNormalized("Luas m² lahan") == nil)
        #expect(NameNormalizer.asciiNormalized("a\u{00B4}b") == nil)
    }
}
