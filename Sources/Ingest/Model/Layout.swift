/// The export layouts the ingesters understand (DESIGN.md §2).
public enum Layout: String, Sendable, Codable, CaseIterable {
    /// PDF export: one table row per line, tab-separated cells, rows and numbers wrapped over lines.
    case bekasi
    /// Word-processor export: one table cell per line, each starting with a tab; blank line between rows.
    case depok
    /// Markdown-like export: `#` headings, `**bold**`, `<b>` in cells, tab-separated rows.
    case semarang
    /// Text of a performance-chart (pohon kinerja) diagram: labels, no tables.
    case performanceChart = "performance-chart"
    /// Not recognised: headings and paragraphs only.
    case unknown
}
