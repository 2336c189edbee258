import Ingest

/// Every rule the tool knows, in identifier order. Adding a rule is adding its file and a line here;
/// a test checks this list against the rule files on disk.
public enum RuleRegistry {
    public static let all: [any Rule] = [
        ColumnNumberSequenceRule(),
        DuplicateTableLabelRule(),
        TableLabelSequenceRule(),
        TableListMismatchRule(),
        ListMarkerSequenceRule(),
        HeadingNumberSequenceRule(),
        TableYearsBeyondPeriodRule(),
        TableYearsMissingRule(),
        PeriodMentionRule(),
        TableYearSetsDifferRule(),
        TotalRowRule(),
        TotalColumnRule(),
        ChildBudgetSumRule(),
        EndOfPeriodBudgetRule(),
        IndicatorTargetMismatchRule(),
        ShiftedIndicatorSeriesRule(),
        MissingReferenceTargetRule(),
        SynopsisChapterRule(),
        ForeignAgencyMentionRule(),
        OrdinalItemReferenceRule(),
        UnitNameMismatchRule(),
        DuplicateSiblingRule(),
        DuplicateAcrossProgrammesRule(),
        DuplicateInventoryRowRule(),
        SpreadsheetErrorRule(),
        MalformedNumberRule(),
        ImplausibleTargetJumpRule(),
        MagnitudeSlipRule(),
        PercentageAboveHundredRule(),
        EndOfPeriodTargetRule(),
        UnformattedNumberRule(),
    ]

    public static func rule(withID id: String) -> (any Rule)? {
        all.first { type(of: $0).description.id.uppercased() == id.uppercased() }
    }
}
