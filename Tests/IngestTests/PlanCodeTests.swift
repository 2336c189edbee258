import Testing
import Ingest

/// Codes printed in front of a label or in a code column, as plans write them.
@Suite struct PlanCodeTests {
    @Test func aLeadingCodeIsReadWithTheRestOfTheLabel() throws {
        let read = try #require(PlanCode.leading(in: "1.02.02.2.01 Penyediaan Layanan Kesehatan"))
        #expect(read.code == "1.02.02.2.01" && read.rest == "Penyediaan Layanan Kesehatan")
        #expect(PlanCode.leading(in: "  X.XX.01 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH")?.code == "X.XX.01")
        // The first word may open with a point the reading passes over.
        #expect(PlanCode.leading(in: ".1.02.03 Penyediaan Jasa")?.code == "1.02.03")
    }

    @Test func labelsWithoutACodeHaveNone() {
        #expect(PlanCode.leading(in: "Penyediaan Gaji dan Tunjangan ASN") == nil)
        #expect(PlanCode.leading(in: "PROGRAM PENGEMBANGAN UMKM") == nil)
        // A row number is shorter than a code; a figure's second group has three digits.
        #expect(PlanCode.leading(in: "1.1 Tujuan") == nil)
        #expect(PlanCode.leading(in: "8.757.518 rupiah") == nil)
    }

    @Test func codeCellsReadIntoTheirDottedForm() {
        #expect(PlanCode.read("1.2.11.1.2.11.01.18.016") == "1.2.11.1.2.11.01.18.016")
        #expect(PlanCode.read("1 02 02") == "1.02.02")
        #expect(PlanCode.read("1 . 02") == "1.02")
        #expect(PlanCode.read("2021") == nil)
    }
}
