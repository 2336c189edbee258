/// The front door of the ingest layer: bytes or a path in, a `RenstraDocument` out.
public enum RenstraIngest {
    /// The ingester for each recognised layout; `.unknown` falls back to headings and paragraphs.
    static func ingester(for layout: Layout) -> any LayoutIngester {
        switch layout {
        case .bekasi: return BekasiIngester()
        case .depok: return DepokIngester()
        case .semarang: return SemarangIngester()
        case .performanceChart: return PerformanceChartIngester()
        case .pdfLayout, .pdfReadingOrder, .markdown, .delimited, .unknown: return FormIngester(layout: layout)
        }
    }

    public static func ingest(_ source: SourceText, layout forcedLayout: Layout? = nil) -> RenstraDocument {
        let layout = forcedLayout ?? LayoutDetector.detect(source)
        var document = ingester(for: layout).ingest(source)
        document.blocks = OutlineNormalizer.normalize(document.blocks)
        document.warnings = source.warnings + document.warnings
        return document
    }

    public static func ingest(bytes: [UInt8], path: String) throws -> RenstraDocument {
        ingest(try TextDecoder.decode(bytes, path: path))
    }

    /// Reads and ingests the file at `path`; throws `InputError` for unusable inputs.
    public static func ingest(path: String) throws -> RenstraDocument {
        ingest(try InputFile.read(at: path))
    }
}
