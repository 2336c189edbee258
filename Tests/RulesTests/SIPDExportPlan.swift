import Foundation
import Ingest
import TestSupport

/// Plans built from the SIPD export of DIY's Renstra 2025–2029 sub kegiatan (one CSV record per indicator,
/// with the codes and names of bidang, programme, kegiatan and sub kegiatan), so that the nomenclature rules
/// can be judged on documents whose names and codes SIPD itself enforced. Every node keeps the CSV line of
/// its first record. Read once per test process.
enum SIPDExportPlan {
    static let diyExportPath = ExternalDocument.yogyakartaSIPD.path

    /// One document per region, with its bidang rows.
    static let regions: [RenstraDocument] = documents(byAgency: false)
    /// One document per agency of each region: its name as the document's agency and no bidang rows, as an
    /// agency's own Renstra prints its programmes.
    static let agencies: [RenstraDocument] = documents(byAgency: true)

    private static let export: (source: SourceText, records: [CSVRecords.Record])? = {
        guard let text = try? String(contentsOfFile: diyExportPath, encoding: .utf8) else { return nil }
        let lines = text.pieces(separatedBy: "\n", omittingEmptySubsequences: false).map(String.init)
        return (SourceText(path: diyExportPath, encoding: .utf8, lines: lines), CSVRecords.parse(text))
    }()

    private static func documents(byAgency: Bool) -> [RenstraDocument] {
        guard let export, let header = export.records.first?.fields else { return [] }
        let column = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        func field(_ record: CSVRecords.Record, _ name: String) -> String {
            column[name].map { $0 < record.fields.count ? record.fields[$0].trimmingWhitespace() : "" } ?? ""
        }
        let levels: [(PlanLevel, String, String)] = (byAgency ? [] : [(.bidangUrusan, "kodebidang", "uraibidang")])
            + [(.program, "kodeprogram", "uraiprogram"), (.kegiatan, "kodekegiatan", "uraikegiatan"),
               (.subKegiatan, "kodesubkegiatan", "uraisubkegiatan")]
        var order: [String] = []
        var trees: [String: TreeBuilder] = [:]
        for record in export.records.dropFirst() {
            let owner = field(record, "namapemda") + (byAgency ? "|" + field(record, "uraiskpd") : "")
            if trees[owner] == nil { order.append(owner) }
            trees[owner, default: TreeBuilder()].insert(levels.map { level in
                (level.0, field(record, level.1), field(record, level.2))
            }, line: record.line)
        }
        return order.map { owner in
            let names = owner.pieces(separatedBy: "|").map(String.init)
            let city = names[0].hasPrefix("KAB. ") ? "Kabupaten " + names[0].dropFirst(5).capitalized : names[0].capitalized
            return RenstraDocument(
                source: export.source, layout: .unknown,
                metadata: DocumentMetadata(city: city, agency: names.count > 1 ? names[1] : nil, kind: .renstra,
                                           period: PlanPeriod(start: 2025, end: 2029, line: 2)),
                plan: trees[owner]!.nodes)
        }
    }

    /// Nodes inserted by their chain of codes from the top, each code once under its parent.
    private struct TreeBuilder {
        var nodes: [PlanNode] = []
        private var children: [String: TreeBuilder] = [:]
        private var positions: [String: Int] = [:]

        mutating func insert(_ chain: [(level: PlanLevel, code: String, name: String)], line: Int) {
            guard let first = chain.first else { return }
            if positions[first.code] == nil {
                positions[first.code] = nodes.count
                nodes.append(PlanNode(level: first.level, code: first.code, name: first.name, lines: LineSpan(line), table: "SIPD"))
            }
            children[first.code, default: TreeBuilder()].insert(Array(chain.dropFirst()), line: line)
            nodes[positions[first.code]!].children = children[first.code]!.nodes
        }
    }
}

/// RFC 4180 records with the line each starts on, read byte by byte.
enum CSVRecords {
    struct Record {
        var fields: [String]
        var line: Int
    }

    static func parse(_ text: String) -> [Record] {
        var records: [Record] = []
        var fields: [String] = [], field: [UInt8] = []
        var quoted = false, line = 1, start = 1
        let bytes = Array(text.utf8)
        var index = 0
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if index < bytes.count, bytes[index] == UInt8(ascii: "\"") { field.append(byte); index += 1 } else { quoted = false }
                } else {
                    if byte == UInt8(ascii: "\n") { line += 1 }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): quoted = true
            case UInt8(ascii: ","): endField()
            case UInt8(ascii: "\r"): continue
            case UInt8(ascii: "\n"):
                endField()
                records.append(Record(fields: fields, line: start))
                fields = []
                line += 1
                start = line
            default: field.append(byte)
            }
        }
        if !field.isEmpty || !fields.isEmpty {
            endField()
            records.append(Record(fields: fields, line: start))
        }
        return records
    }
}
