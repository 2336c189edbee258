/// Documents built to the shapes that cost a careless reader time or memory out of proportion to their
/// size, in the tab-row export of the Bekasi seed (the constructed cases of
/// `scripts/adversarial-inputs.py`, which also grows the real tables of every form). Tests build them
/// at a size where quadratic work would run past the test's time limit, and linear work does not.
public enum AdversarialText {
    /// A tab-row document around one constructed table: a chapter, a small staff table (twenty tab rows
    /// and two captions are what the layout detector asks of this export), then `Tabel 2.2` with `lines`.
    /// The constructed table's first line is line 31.
    public static func tabDocument(title: String, lines: [String]) -> String {
        let staff = (1...20).map { "\($0)\tBidang \($0)\t\($0 % 7 + 1)\t\($0 % 5)" }
        let total = "JUMLAH\t\t\((1...20).reduce(0) { $0 + $1 % 7 + 1 })\t\((1...20).reduce(0) { $0 + $1 % 5 })"
        let frame = ["BAB II", "GAMBARAN PELAYANAN", "", "Tabel 2.1 Rekapitulasi Jumlah Pegawai", "", "NO\tURAIAN\tPNS\tPPPK"]
            + staff + [total, "", "Tabel 2.2 \(title)", ""]
        return (frame + lines + ["", "Sumber: Data Olahan, 2025", ""]).joined(separator: "\n")
    }

    /// The line of the constructed table's header in `tabDocument`.
    public static let tableLine = 31

    /// `1234567` → `1.234.567`.
    public static func grouped(_ value: Int) -> String {
        let digits = Array(String(value.magnitude))
        var out = value < 0 ? "-" : ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { out.append(".") }
            out.append(digit)
        }
        return out
    }

    /// `rows` rows of three amount columns under a `JUMLAH` row whose last column is 1.000 too high.
    public static func wrongTotal(rows: Int) -> (text: String, totalLine: Int, expected: Int) {
        let amounts = (1...rows).map { ($0, 1_000_000 + $0 * 1_000, 2_000_000 + $0 * 7_000, 500_000 + $0 * 3_000) }
        var lines = ["NO\tURAIAN\tANGGARAN 2025\tANGGARAN 2026\tANGGARAN 2027"]
        lines += amounts.map { "\($0.0)\tBelanja pendukung nomor \($0.0)\t\(grouped($0.1))\t\(grouped($0.2))\t\(grouped($0.3))" }
        let sums = (amounts.reduce(0) { $0 + $1.1 }, amounts.reduce(0) { $0 + $1.2 }, amounts.reduce(0) { $0 + $1.3 })
        lines.append("JUMLAH\t\t\(grouped(sums.0))\t\(grouped(sums.1))\t\(grouped(sums.2 + 1_000))")
        return (tabDocument(title: "Anggaran Belanja Pendukung", lines: lines), tableLine + rows + 1, sums.2)
    }

    /// One row of `cells` amounts among `rows` ordinary rows: a table as wide as its widest row only there.
    public static func wideRow(cells: Int, rows: Int) -> String {
        let wide = "1\tRincian\t" + (0..<cells).map { grouped(1_000_001_000 + $0 * 1_000) }.joined(separator: "\t")
        let name = "Kegiatan penyediaan jasa penunjang urusan pemerintahan daerah dan pelayanan administrasi perkantoran"
        let ordinary = (2..<(rows + 2)).map {
            "\($0)\t\(name) nomor \($0)\t\(grouped(10_000_000 * $0))\t\(grouped(20_000_000 * $0))\t\(grouped(30_000_000 * $0))"
        }
        return tabDocument(title: "Rincian Anggaran", lines: ["NO\tURAIAN\t2025\t2026\t2027", wide] + ordinary)
    }

    /// `rows` rows of ten large amounts, every other one without thousands marks.
    public static func unformattedNumbers(rows: Int) -> String {
        let header = "NO\tURAIAN\t" + (0..<10).map { "PAGU \(2020 + $0)" }.joined(separator: "\t")
        let body = (1...rows).map { row in
            let figures = (0..<10).map { column -> String in
                let value = 30_000_000 + row * 1_000 + column
                return (row + column) % 2 == 1 ? grouped(value) : String(value)
            }
            return "\(row)\tKegiatan \(row)\t" + figures.joined(separator: "\t")
        }
        return tabDocument(title: "Pagu Tanpa Pemisah Ribuan", lines: [header] + body)
    }

    /// A Tabel 4.2-like plan: `programmes` programmes, each with the same `perProgramme` sub kegiatan names
    /// funded in 2025 and 2026, so that every sub kegiatan after the first programme's is one funded twice.
    public static func repeatedSubKegiatan(programmes: Int, perProgramme: Int) -> String {
        var lines = ["BIDANG URUSAN/PROGRAM/KEGIATAN/SUB KEGIATAN\tINDIKATOR\tSATUAN\t2025\t\t2026\t",
                     "\t\t\tT\tPAGU\tT\tPAGU"]
        for programme in 1...programmes {
            lines.append("PROGRAM PENGEMBANGAN USAHA NOMOR \(programme)\tPersentase usaha\tPersen\t10\t\(grouped(perProgramme * 1_000_000))\t10\t\(grouped(perProgramme * 1_000_000))")
            lines.append("Kegiatan Pembinaan Usaha Nomor \(programme)\tJumlah usaha\tUnit\t5\t\(grouped(perProgramme * 1_000_000))\t5\t\(grouped(perProgramme * 1_000_000))")
            for sub in 1...perProgramme {
                lines.append("Sub Kegiatan Fasilitasi Usaha Jenis \(sub)\tJumlah usaha\tUnit\t5\t1.000.000\t5\t1.000.000")
            }
        }
        return tabDocument(title: "Rencana Program, Kegiatan dan Sub Kegiatan", lines: lines)
    }
}
