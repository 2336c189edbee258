import Ingest

/// A printed ratio cell that the figures of its own row and year do not explain.
struct RatioDiscrepancy {
    var row: Row
    /// The row's name for messages.
    var name: String
    var figures: RatioRowFigures
    var ratio: PrintedRatio
    var verdict: PrintedRatio.Verdict
    /// Another year of the same row whose denominator explains the printed ratio: the ratio was
    /// computed against the wrong year's target or budget.
    var otherYear: (year: Int, denominator: Quantity)?

    var ratioCell: Cell { figures.ratio! }
    /// The decimals used for the computed ratio: those of the printed one, at least one.
    var decimals: Int { max(ratio.printed.decimals, 1) }
    var expectedText: Localized { .number(ratio.computed, decimals: decimals) }
    var foundText: Localized { ratio.printed.printed }
    var differenceText: Localized { .number(abs((ratio.printed.value ?? 0) - ratio.computed), decimals: decimals) }
    var subject: String { "\(NameNormalizer.normalize(row.label))|\(figures.year)" }

    /// `0,70 ÷ 5,00 × 100 = 14,00`, numbers as printed.
    var arithmeticText: Localized {
        ratio.numerator.printed + " ÷ " + ratio.denominator.printed + " × 100 = " + expectedText
    }
}

extension RatioDiscrepancy {
    /// The finding text and severity: an error when no reading explains the printed ratio, a warning
    /// when only a truncated ratio of a rounded numerator does. `ratioName` starts the sentence
    /// (`Rasio capaian`); `denominatorName` is what the ratio divides by (`target`, `anggaran`).
    func message(ratioName: Localized, denominatorName: Localized) -> (message: Localized, severity: Severity) {
        let year = figures.year
        let found = foundText
        let formula = Localized(id: "realisasi ÷ \(denominatorName.id) × 100 = \(arithmeticText.id)%",
                                en: "realisation ÷ \(denominatorName.en) × 100 = \(arithmeticText.en)%")
        var message: Localized
        var severity = Severity.error
        if case .onlyIfTruncated(let numerator) = verdict {
            severity = .warning
            let decimals = ratio.numerator.decimals + 1
            let range = .number(numerator.lowerBound, decimals: decimals) + "–" + .number(numerator.upperBound, decimals: decimals)
            message = Localized(
                id: "\(ratioName.id) \(year) \"\(name)\" tertulis \(found.id)%, sedangkan \(formula.id). Angka itu hanya mungkin bila realisasi sebenarnya sekitar \(range.id) lalu rasionya dipotong, bukan dibulatkan; periksa kembali.",
                en: "The \(year) \(ratioName.en) of \"\(name)\" is printed as \(found.en)%, while \(formula.en). That value is only possible if the realisation was about \(range.en) and the ratio was then truncated instead of rounded; please check.")
        } else {
            message = Localized(
                id: "\(ratioName.id) \(year) \"\(name)\" tertulis \(found.id)%, padahal \(formula.id) (selisih \(differenceText.id) poin; pembulatan tidak dapat menjelaskannya).",
                en: "The \(year) \(ratioName.en) of \"\(name)\" is printed as \(found.en)%, but \(formula.en) (\(differenceText.en) points apart; rounding cannot explain it).")
        }
        if let otherYear {
            let denominator = otherYear.denominator.printed
            message.id += " Angka \(found.id)% sama dengan realisasi \(year) dibagi \(denominatorName.id) tahun \(otherYear.year) (\(denominator.id)): rasio tampaknya dihitung terhadap tahun yang salah."
            message.en += " \(found.en)% equals the \(year) realisation divided by the \(otherYear.year) \(denominatorName.en) (\(denominator.en)): the ratio seems to use the wrong year."
        }
        return (message, severity)
    }
}

enum RatioDiscrepancies {
    /// Every ratio cell of `table` (ratio columns over realisation ÷ `denominator`) that is neither the
    /// rounded nor the truncated quotient of its row's figures for the year.
    static func find(in table: Table, denominator: Measure, corroboration: ReadingCorroboration) -> [RatioDiscrepancy] {
        let sets = RatioColumns.sets(in: table, denominator: denominator).filter { $0.ratio != nil }
        guard !sets.isEmpty else { return [] }
        var consistent: [Int] = []
        let discrepancies = RatioColumns.alignedRows(of: table).flatMap { row -> [RatioDiscrepancy] in
            let figures = RatioColumns.figures(of: row, in: sets)
            return figures.compactMap { figure in
                guard let printed = figure.ratio?.quantity, printed.kind != .money,
                      let numerator = figure.numerator.quantity, let denominator = figure.denominator.quantity,
                      RatioColumns.areComparable(numerator, denominator),
                      let judgement = PrintedRatio.bestJudgement(printed: printed, numerator: numerator,
                                                                 denominator: denominator, numeratorIsRounded: true) else { return nil }
                guard judgement.verdict != .consistent else {
                    // A ratio of equal figures (100% of 100%) holds whichever columns were read: it shows nothing.
                    if numerator.value != denominator.value { consistent.append(figure.ratio?.line ?? row.lines.first) }
                    return nil
                }
                return RatioDiscrepancy(row: row, name: RatioColumns.rowName(row, in: table), figures: figure, ratio: judgement.ratio, verdict: judgement.verdict,
                                        otherYear: otherYear(explaining: judgement.ratio, among: figures, besides: figure.year))
            }
        }
        return corroboration.reportable(discrepancies, at: \.ratioCell.line, passedAt: consistent, in: table)
    }

    private static func otherYear(explaining ratio: PrintedRatio, among figures: [RatioRowFigures],
                                  besides year: Int) -> (year: Int, denominator: Quantity)? {
        for figure in figures where figure.year != year {
            guard let denominator = figure.denominator.quantity,
                  let candidate = PrintedRatio(printed: ratio.printed, numerator: ratio.numerator, denominator: denominator),
                  candidate.printedMatches(candidate.computed) else { continue }
            return (figure.year, denominator)
        }
        return nil
    }
}

extension Rule {
    /// A finding for every ratio cell of the document's tables (realisation ÷ `denominator` × 100)
    /// that its row's figures do not explain, at the ratio cell. `ratioName` starts the message
    /// (`Rasio capaian`); `denominatorName` is what the ratio divides by (`target`, `anggaran`).
    func ratioFindings(in document: RenstraDocument, denominator: Measure, ratioName: Localized,
                       denominatorName: Localized) -> [Finding] {
        let corroboration = ReadingCorroboration(document)
        return document.tables.flatMap { table in
            RatioDiscrepancies.find(in: table, denominator: denominator, corroboration: corroboration).map { discrepancy in
                let wording = discrepancy.message(ratioName: ratioName, denominatorName: denominatorName)
                return finding(in: document, line: discrepancy.ratioCell.line, endLine: discrepancy.ratioCell.lines.last,
                               table: table.displayName, message: wording.message,
                               expected: discrepancy.expectedText, found: discrepancy.foundText,
                               subject: discrepancy.subject, severity: wording.severity)
                    .citing([.cell(discrepancy.ratioCell, .wrong, table: table.displayName, column: discrepancy.figures.columns.ratio?.index,
                                   header: discrepancy.figures.columns.ratio?.header)]
                            + discrepancy.figures.operandEvidence(table: table.displayName))
            }
        }
    }
}
