import Ingest

/// Flags a row of an inventory summary (item, count) repeated word for word, such as
/// "Almari Sliding Kaca — 9 unit" at No. 14 and No. 16: the same goods are counted twice.
struct DuplicateInventoryRowRule: Rule {
    static let description = RuleDescription(
        id: "DUP003",
        family: .duplicates,
        severity: .error,
        title: Localized(id: "Baris inventaris berulang", en: "Repeated inventory row"),
        rationale: Localized(
            id: "Tabel rekap aset atau perlengkapan menyebut setiap jenis barang sekali dengan jumlahnya (\"Almari Sliding Kaca 9 unit\"). Baris yang sama persis (uraian, jumlah dan kolom lain) dengan jumlah lebih dari satu menghitung barang yang sama dua kali. Register per unit berbeda: setiap baris adalah satu barang (\"Kursi Rapat 2020 1 Unit\"), sehingga baris kembar wajar; baris berjumlah 1, dan tabel yang sebagian besar barisnya berjumlah 1, tidak diperiksa. Di daftar bernomor tanpa baris pengelompokan (ruangan, gedung) tidak ada yang membedakan kedua baris, maka temuannya galat; bila tabel memuat baris pengelompokan, peringatan.",
            en: "An asset or equipment summary names each kind of item once with its count (\"Almari Sliding Kaca 9 unit\"). A row repeated word for word (description, count and other columns) with a count above one counts the same goods twice. A per-unit register is different: each row is one item (\"Kursi Rapat 2020 1 Unit\"), so identical rows are expected; rows with a count of 1, and tables whose rows mostly count 1, are not checked. In a numbered list without grouping rows (room, building) nothing tells the two rows apart, hence an error; when the table has grouping rows, a warning."),
        triggering: [
            RuleExample(.semarang, """
            **Tabel 2.4**
            **Tabel Perlengkapan Kantor**

            No.\tUraian\tJumlah
            13\tKamera/ Lensa kamera\t7 unit
            14\tAlmari Sliding Kaca\t9 unit
            15\tMeja kayu\t90 unit
            ↓16\tAlmari Sliding Kaca\t9 unit
            17\tFilling Kayu\t17 unit
            """),
            RuleExample(.bekasi, """
            Tabel 2.7 Data Perlengkapan Kantor

            NO\tNAMA BARANG\tJUMLAH
            1.\tLemari Arsip\t4 Unit
            2.\tMeja Rapat\t6 Unit
            ↓3.\tLemari Arsip\t4 Unit
            """),
        ],
        nonTriggering: [
            RuleExample(.bekasi, """
            Tabel 2.7 Data Kondisi Kendaraan Dinas, Peralatan dan Perlengkapan Operasional

            NO\tNAMA BARANG\tTAHUN\tJUMLAH\tKONDISI
            \t\t\t\tBAIK
            1.\tKursi Rapat\t2020\t1 Unit\t√
            2.\tKursi Rapat\t2020\t1 Unit\t√
            3.\tKursi Rapat\t2020\t1 Unit\t√
            4.\tKursi Rapat\t2020\t1 Unit\t√
            5.\tMeja Rapat\t2020\t2 Unit\t√
            """),
            RuleExample(.semarang, """
            **Tabel 2.4**
            **Tabel Perlengkapan Kantor**

            No.\tUraian\tJumlah
            14\tAlmari Sliding Kaca\t9 unit
            15\tMeja kayu\t90 unit
            16\tAlmari Sliding Kaca\t4 unit
            """),
        ])

    /// Tables where at least this share of counted rows count one item are per-unit registers.
    static let registerShare = 0.8

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        document.tables.filter { $0.years.isEmpty }.flatMap { table in check(table, in: document) }
    }

    struct InventoryRow {
        var row: Row
        var number: String?
        var key: [String]
        var count: Quantity?
    }

    func check(_ table: Table, in document: RenstraDocument) -> [Finding] {
        let numberColumn = Self.rowNumberColumn(of: table)
        let countColumns = Set(table.columns.filter { column in
            column.role == .total || NameNormalizer.normalize(column.header).pieces(separatedBy: " ").contains("jumlah")
        }.map(\.index))
        let counts = table.rows.map { Self.count(in: $0, numberColumn: numberColumn, countColumns: countColumns) }
        let counted = counts.compactMap { $0?.value }
        guard !counted.isEmpty, Double(counted.filter { $0 == 1 }.count) < Self.registerShare * Double(counted.count) else { return [] }
        // Names are normalised only now: most tables are no inventory and leave above.
        let rows = zip(table.rows, counts).map { Self.inventoryRow($0, numberColumn: numberColumn, count: $1) }
        let flatList = numberColumn != nil && rows.allSatisfy { $0.number != nil && $0.count != nil }
        var findings: [Finding] = []
        // The first row of each key, filed as the rows go by: a row meets its earliest namesake at once, not
        // through a search of every row above it (which costs the square of a long register).
        var firstOfKey: [[String]: Int] = [:]
        for (index, row) in rows.enumerated() {
            defer { if firstOfKey[row.key] == nil { firstOfKey[row.key] = index } }
            guard let count = row.count?.value, count > 1, !row.key.allSatisfy(\.isEmpty),
                  let earlier = firstOfKey[row.key].map({ rows[$0] }) else { continue }
            findings.append(makeFinding(row, earlier: earlier, table: table, flatList: flatList, in: document))
        }
        return findings
    }

    /// The column of row numbers: by its header, or the first column when most rows start with `14` / `14.`.
    static func rowNumberColumn(of table: Table) -> Int? {
        if let column = table.columns.first(where: { $0.role == .rowNumber }) { return column.index }
        let numbered = table.rows.filter { $0[0].map { isRowNumber($0.text) } ?? false }.count
        return !table.rows.isEmpty && Double(numbered) >= 0.8 * Double(table.rows.count) ? 0 : nil
    }

    static func isRowNumber(_ text: String) -> Bool {
        var digits = text.trimmingWhitespace()
        if digits.hasSuffix(".") || digits.hasSuffix(")") { digits.removeLast() }
        return !digits.isEmpty && digits.count <= 4 && digits.allSatisfy(\.isNumber)
    }

    /// The row's count: the first whole number, the row number aside, with a unit (`9 unit`) or under
    /// a `Jumlah` header.
    static func count(in row: Row, numberColumn: Int?, countColumns: Set<Int>) -> Quantity? {
        for (index, cell) in row.cells.enumerated() where index != numberColumn {
            if let quantity = cell.quantity, quantity.kind == .number, let value = quantity.value,
               value == value.rounded(), quantity.unit != nil || countColumns.contains(index) {
                return quantity
            }
        }
        return nil
    }

    /// The row with its comparable text (all cells but the row number) and its count.
    static func inventoryRow(_ row: Row, numberColumn: Int?, count: Quantity?) -> InventoryRow {
        var key = row.cells.enumerated().filter { $0.offset != numberColumn }.map { NameNormalizer.normalize($0.element.text) }
        while key.last?.isEmpty == true { key.removeLast() }
        let number = numberColumn.flatMap { row[$0] }.map(\.text).flatMap { isRowNumber($0) ? $0.trimmingWhitespace() : nil }
        return InventoryRow(row: row, number: number, key: key, count: count)
    }

    func makeFinding(_ row: InventoryRow, earlier: InventoryRow, table: Table, flatList: Bool, in document: RenstraDocument) -> Finding {
        let text = row.row.cells.map { MarkupStripper.strip($0.text).trimmingWhitespace() }.filter { !$0.isEmpty && $0 != row.number }
            .joined(separator: " ").shortened
        let here = row.number.map { Localized(id: "No. \($0)", en: "No. \($0)") } ?? Localized(id: "Baris", en: "The row")
        let there = earlier.number.map { "No. \($0) (baris \(earlier.row.lines.first))" } ?? "baris \(earlier.row.lines.first)"
        let thereEn = earlier.number.map { "No. \($0) (line \(earlier.row.lines.first))" } ?? "line \(earlier.row.lines.first)"
        let caution = flatList ? Localized(id: "", en: "")
            : Localized(id: " Periksa apakah keduanya berada di kelompok (ruang/gedung) yang berbeda.",
                        en: " Check whether they belong to different groups (rooms, buildings).")
        return finding(
            in: document, line: row.row.lines.first, endLine: row.row.lines.last, table: table.displayName,
            message: Localized(
                id: "\(here.id) \"\(text)\" sama persis dengan \(there): barang yang sama terhitung dua kali.\(caution.id)",
                en: "\(here.en) \"\(text)\" repeats \(thereEn) word for word: the same goods are counted twice.\(caution.en)"),
            expected: "1×", found: "2×",
            subject: row.key.joined(separator: "|"),
            severity: flatList ? .error : .warning)
        .citing([.row(row.row.lines, .wrong, table: table.displayName), .row(earlier.row.lines, .related, table: table.displayName)])
    }
}
