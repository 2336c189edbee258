/// The export layouts the reader recognises (DESIGN.md §2). The three seed exports and the chart are
/// named after where they were first seen; the others are named after the program that wrote them.
public enum Layout: String, Sendable, Codable, CaseIterable {
    /// PDF export: one table row per line, tab-separated cells, rows and numbers wrapped over lines.
    case bekasi
    /// Word-processor export: one table cell per line, each starting with a tab; blank line between rows.
    case depok
    /// Markdown-like export: `#` headings, `**bold**`, `<b>` in cells, tab-separated rows.
    case semarang
    /// Text of a performance-chart (pohon kinerja) diagram: labels, no tables.
    case performanceChart = "performance-chart"
    /// `pdftotext -layout` output: columns aligned with spaces, form feeds between pages.
    case pdfLayout = "pdftotext-layout"
    /// `pdftotext` output in reading order: about one cell per line, no alignment left to read columns from.
    case pdfReadingOrder = "pdftotext-raw"
    /// Markdown (OCR output or a converted document) with HTML `<table>` blocks or pipe tables.
    case markdown
    /// A CSV or TSV file with a header row (a SIPD export).
    case delimited = "csv"
    /// Plain text of no known export: tab-separated tables where there are any, headings and paragraphs.
    case unknown
}
