import Foundation
import Ingest
import Rules

/// Identifies a finding across edits of the document: built from the rule, the table and the
/// normalised subject, never from line numbers, so inserting or deleting lines above it changes nothing.
enum FindingFingerprint {
    /// For SARIF `partialFingerprints` (the artifact is known from the result's location).
    static func withinFile(_ finding: Finding) -> String {
        hex(fnv1a64(key([finding.ruleID, finding.table ?? "", finding.subject])))
    }

    /// For baselines, which span several files: adds the file's name (not its directory, so a baseline
    /// keeps working when the tool is run from another directory).
    static func acrossFiles(_ finding: Finding) -> String {
        hex(fnv1a64(key([finding.ruleID, fileName(finding.file), finding.table ?? "", finding.subject])))
    }

    static func fileName(_ path: String) -> String { (path as NSString).lastPathComponent }

    /// Parts joined with a separator that normalised text cannot contain.
    private static func key(_ parts: [String]) -> String {
        ([parts[0].uppercased()] + parts.dropFirst().map(NameNormalizer.normalize)).joined(separator: "\u{1F}")
    }

    /// FNV-1a, 64 bits, over the UTF-8 bytes: small, stable across platforms and releases.
    static func fnv1a64(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
