import Testing
import Ingest
import Rules
import TestSupport

/// Seeded mutants of the real corpora (lines deleted, duplicated or swapped, digits flipped, the file
/// cut short) go through ingest and every rule. Nothing may crash or hang, and every line number the
/// model or a finding carries must still point into the mutated file.
@Suite struct MutationTests {
    static let layouts: [Corpus: Layout] = [.bekasi: .bekasi, .bekasiChart: .performanceChart, .depok: .depok, .semarang: .semarang]
    static let mutantsPerCorpus = 600
    static let windowLines = 120
    /// Every so many mutants is a whole document read with layout detection, not a window of it.
    static let wholeDocumentEvery = 150

    @Test(arguments: Corpus.allCases)
    func mutantsIngestAndLintWithinTheirLines(_ corpus: Corpus) throws {
        let original = try InputFile.readBytes(at: corpus.path).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        var random = SplitMix64(seed: 0x5EED_0000 + UInt64(Corpus.allCases.firstIndex(of: corpus)!))
        let runner = RuleRunner()
        var ingested = 0
        for index in 0..<Self.mutantsPerCorpus {
            let whole = index % Self.wholeDocumentEvery == 0
            var lines = Array(original)
            if !whole {
                let start = Int.random(in: 0..<max(1, lines.count - Self.windowLines), using: &random)
                lines = Array(lines[start..<min(lines.count, start + Self.windowLines)])
            }
            let bytes = Mutator.mutate(lines, using: &random)
            let path = "\(corpus.rawValue)#mutant\(index)"
            guard let source = try? TextDecoder.decode(bytes, path: path) else { continue }
            let document = whole ? RenstraIngest.ingest(source) : RenstraIngest.ingest(source, layout: Self.layouts[corpus]!)
            let findings = runner.run(document)
            ingested += 1
            let problems = LineInvariant.violations(document, findings: findings, lineCount: source.lines.count)
            #expect(problems.isEmpty, "mutant \(index) of \(corpus.rawValue): \(problems.prefix(3))")
            if !problems.isEmpty { break }
        }
        // Mutants are text: nearly all must decode and go through the rules, or this test proves nothing.
        #expect(ingested >= Self.mutantsPerCorpus * 9 / 10)
    }

    @Test func mutationIsDeterministic() {
        let lines: [ArraySlice<UInt8>] = ["Tabel 2.1\tData", "1\tSLTA\t6\t5", "2\tD3\t1\t-", "JUMLAH\t\t7\t5"].map { Array($0.utf8)[...] }
        var first = SplitMix64(seed: 42), second = SplitMix64(seed: 42)
        for _ in 0..<20 { #expect(Mutator.mutate(lines, using: &first) == Mutator.mutate(lines, using: &second)) }
    }
}

/// Line-level damage of the kinds real exports suffer, a few operations per mutant.
enum Mutator {
    static func mutate(_ original: [ArraySlice<UInt8>], using random: inout SplitMix64) -> [UInt8] {
        var lines = original
        for _ in 0..<Int.random(in: 1...6, using: &random) where !lines.isEmpty {
            let at = Int.random(in: 0..<lines.count, using: &random)
            switch Int.random(in: 0..<5, using: &random) {
            case 0: lines.remove(at: at)
            case 1: lines.insert(lines[at], at: at)
            case 2: lines.swapAt(at, min(lines.count - 1, at + Int.random(in: 1...20, using: &random)))
            case 3: lines[at] = flippingDigit(lines[at], using: &random)
            default: lines[at] = lines[at].prefix(Int.random(in: 0...lines[at].count, using: &random))
            }
        }
        var bytes = Array(lines.joined(separator: [UInt8(ascii: "\n")]))
        // One mutant in four is cut short anywhere, possibly inside a multi-byte character.
        if Int.random(in: 0..<4, using: &random) == 0 {
            bytes.removeLast(Int.random(in: 0...bytes.count, using: &random))
        }
        return bytes
    }

    static func flippingDigit(_ line: ArraySlice<UInt8>, using random: inout SplitMix64) -> ArraySlice<UInt8> {
        let digits = line.indices.filter { line[$0] >= UInt8(ascii: "0") && line[$0] <= UInt8(ascii: "9") }
        guard let position = digits.randomElement(using: &random) else { return line }
        var flipped = line
        flipped[position] = UInt8(ascii: "0") + (line[position] - UInt8(ascii: "0") + UInt8.random(in: 1...9, using: &random)) % 10
        return flipped
    }
}

/// Line numbers are sacred: every block, row, cell and finding must point at a line of the file.
enum LineInvariant {
    static func violations(_ document: RenstraDocument, findings: [Finding], lineCount: Int) -> [String] {
        let valid = 1...max(1, lineCount)
        var problems: [String] = []
        func check(_ span: LineSpan, _ what: @autoclosure () -> String) {
            if !(valid.contains(span.first) && valid.contains(span.last) && span.first <= span.last) {
                problems.append("\(what()) spans \(span.first)-\(span.last) of \(lineCount)")
            }
        }
        for block in document.blocks {
            check(block.lines, "block")
            guard case .table(let table) = block else { continue }
            for row in table.headerRows + table.rows {
                check(row.lines, "row of \(table.displayName)")
                for cell in row.cells where !cell.isBlank {
                    for line in [cell.line] + cell.lines where !valid.contains(line) {
                        problems.append("cell '\(cell.text.prefix(30))' of \(table.displayName) at line \(line) of \(lineCount)")
                    }
                }
            }
        }
        for finding in findings where !(valid.contains(finding.line) && valid.contains(finding.endLine) && finding.line <= finding.endLine) {
            problems.append("finding \(finding.ruleID) at \(finding.line)-\(finding.endLine) of \(lineCount)")
        }
        return problems
    }
}
