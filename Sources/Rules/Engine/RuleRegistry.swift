import Ingest

/// Every rule the tool knows, by family (as the JSON schema lists them) and identifier. Adding a rule is adding its file and a line here;
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
        DuplicateSiblingRule(),
        DuplicateAcrossProgrammesRule(),
        DuplicateInventoryRowRule(),
        AchievementRatioRule(),
        BudgetAbsorptionRatioRule(),
        StatedShareRule(),
        RealisationAboveBudgetRule(),
        RatioInOtherColumnRule(),
        PlanCountStatementRule(),
        NumberWordsMismatchRule(),
        IndicatorTargetMismatchRule(),
        ShiftedIndicatorSeriesRule(),
        SpreadsheetErrorRule(),
        MalformedNumberRule(),
        ImplausibleTargetJumpRule(),
        MagnitudeSlipRule(),
        PercentageAboveHundredRule(),
        EndOfPeriodTargetRule(),
        UnformattedNumberRule(),
        MissingReferenceTargetRule(),
        SynopsisChapterRule(),
        ForeignAgencyMentionRule(),
        OrdinalItemReferenceRule(),
        UnitNameMismatchRule(),
        MisspelledLabelRule(),
        SpellingVariantRule(),
        LabelNumberingRule(),
        LabelKindInRowRule(),
        RepeatedBoxTextRule(),
        ObjectiveWithoutIndicatorRule(),
        TreePeriodMentionRule(),
        CascadeCounterpartRule(),
        SignatoryMismatchRule(),
        TujuanCountMismatchRule(),
        InheritedPeriodRule(),
    ]

    public static func rule(withID id: String) -> (any Rule)? {
        all.first { type(of: $0).description.id.uppercased() == id.uppercased() }
    }
}
