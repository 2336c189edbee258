/// Nests plan rows, read in document order, into the programme hierarchy: each node becomes a child
/// of the nearest preceding node of a higher level.
public enum PlanTreeBuilder {
    public static func build(_ flat: [PlanNode]) -> [PlanNode] {
        build(flat) { ancestor, node in ancestor.level < node.level }
    }

    /// Nests by an explicit rule: `encloses(ancestor, node)` says whether `node` belongs under `ancestor`,
    /// e.g. by code prefix for budget lines that all share one level.
    public static func build(_ flat: [PlanNode], encloses: (PlanNode, PlanNode) -> Bool) -> [PlanNode] {
        var roots: [PlanNode] = []
        var stack: [PlanNode] = []
        func close(before node: PlanNode?) {
            while let top = stack.last, node.map({ !encloses(top, $0) }) ?? true {
                stack.removeLast()
                if stack.isEmpty { roots.append(top) } else { stack[stack.count - 1].children.append(top) }
            }
        }
        for node in flat {
            close(before: node)
            stack.append(node)
        }
        close(before: nil)
        return roots
    }
}

/// Reads a row's plan level from its label (`PROGRAM …`, `Kegiatan …`, `Sub Kegiatan …`) or its code.
public enum PlanLevelClassifier {
    public static func level(forLabel label: String) -> PlanLevel? {
        var text = MarkupStripper.strip(label).trimmingWhitespace()
        // Asked of every row of every table: an ASCII label (nearly every one) is compared on its bytes,
        // lower-cased as they are read, without a lower-cased copy.
        let ascii = text.withUTF8 { bytes -> PlanLevel?? in
            bytes.contains { $0 >= 0x80 } ? nil : .some(level { ByteText.hasPrefix(bytes, from: 0, $0) })
        }
        if let ascii { return ascii }
        let lowercased = text.lowercased()
        return level { lowercased.hasPrefix($0.description) }
    }

    /// The level whose word the label starts with, `startsWith` telling whether its lower-cased text starts
    /// with a lower-case prefix.
    private static func level(startingWith startsWith: (StaticString) -> Bool) -> PlanLevel? {
        if startsWith("sub kegiatan") || startsWith("subkegiatan") || startsWith("sub-kegiatan") { return .subKegiatan }
        if startsWith("kegiatan") { return .kegiatan }
        if startsWith("program") { return .program }
        if startsWith("outcome") { return .outcome }
        // `URUSAN PEMERINTAHAN BIDANG KOPERASI, …` names a bidang urusan under its urusan row.
        if startsWith("urusan pemerintahan bidang") { return .bidangUrusan }
        if startsWith("urusan") { return .urusan }
        if startsWith("bidang urusan") { return .bidangUrusan }
        if startsWith("dinas ") || startsWith("badan ") { return .agency }
        return nil
    }

    /// Newer codes (`2.17.02.2.01.0001`): 3 parts programme, 5 kegiatan, 6 sub kegiatan.
    /// Older Permendagri 13/2006 codes (`1.2.11.1.2.11.01.18.016`): 8 parts programme, 9 kegiatan.
    public static func level(forCode code: String) -> PlanLevel? {
        let parts = code.pieces(separatedBy: ".")
        guard parts.allSatisfy({ $0.allSatisfy(\.isNumber) || $0.allSatisfy({ $0 == "X" }) }) else { return nil }
        switch parts.count {
        case 1: return .urusan
        case 2: return .bidangUrusan
        case 3: return .program
        case 5: return .kegiatan
        case 6: return .subKegiatan
        case 7: return .agency
        case 8: return .program
        case 9: return .kegiatan
        default: return parts.count > 9 ? .detail : nil
        }
    }
}
