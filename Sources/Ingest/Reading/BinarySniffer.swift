/// Tells a text export from a file that is not text at all (a PDF, a spreadsheet, an image).
enum BinarySniffer {
    /// Signatures of files people pass by mistake instead of the text export.
    static let signatures: [[UInt8]] = [
        Array("%PDF-".utf8),
        [0x50, 0x4B, 0x03, 0x04],  // ZIP: .xlsx, .docx, .odt
        [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1],  // OLE2: .xls, .doc
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],  // PNG
        [0xFF, 0xD8, 0xFF],  // JPEG
        [0x1F, 0x8B],  // gzip
    ]

    /// A known signature, a NUL byte anywhere, or many control characters early on.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        if signatures.contains(where: { bytes.starts(with: $0) }) { return true }
        if bytes.contains(0) { return true }
        let sample = bytes.prefix(8192)
        let controls = sample.count { $0 < 0x09 || ($0 > 0x0D && $0 < 0x20) }
        return controls * 20 > sample.count
    }
}
