extension String {
    /// The text with every character a terminal would act on written out as Swift writes it (`\u{1B}`):
    /// control characters (but the tab), DEL, the C1 controls (`\u{9B}` starts an escape sequence on some
    /// terminals) and the bidirectional overrides that reorder what is shown. A document or a file name
    /// can then neither move the cursor, clear the screen, retitle the window nor fake a line of the
    /// report. With `keepingLineBreaks`, line feeds stay: for output laid out in lines by us.
    public func visibleControls(keepingLineBreaks: Bool = false) -> String {
        func hidden(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x09: return false
            case 0x0A: return !keepingLineBreaks
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
            default: return false
            }
        }
        guard unicodeScalars.contains(where: hidden) else { return self }
        var visible = ""
        visible.reserveCapacity(utf8.count + 16)
        for scalar in unicodeScalars {
            if hidden(scalar) {
                visible += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                visible.unicodeScalars.append(scalar)
            }
        }
        return visible
    }
}
