import Ingest

/// The year spans a text names outside a plan period: `Tahun 2024-2026` in a 2025–2029 plan. A span
/// inside the period (a phase, `2025-2027`) is the plan's own. Shared by the check of a performance
/// tree's boxes against its own period and against the period it takes from its Renstra.
enum PeriodSpans {
    static func outside(_ period: ClosedRange<Int>, in text: String) -> [YearSpanFinder.Span] {
        YearSpanFinder.spans(in: text).filter { span in
            span.end - span.start <= 6 && !(period.contains(span.start) && period.contains(span.end))
        }
    }

    static func name(_ span: YearSpanFinder.Span) -> String { "\(span.start)–\(span.end)" }
}
