/// A JSON document built in code and written with stable key order (the order keys are given in).
enum JSONValue: Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.serialized() == rhs.serialized() }

    static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }
    static func optional(_ number: Int?) -> JSONValue { number.map(JSONValue.int) ?? .null }

    /// Compact when `indent` is nil, otherwise pretty-printed with that many spaces per level.
    func serialized(indent: Int? = 2) -> String {
        var output = ""
        write(to: &output, indent: indent, depth: 0)
        return output
    }

    /// Appends the value as it appears nested `depth` levels deep (for reports written in pieces).
    func write(to output: inout String, indent: Int?, depth: Int) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .int(let value): output += String(value)
        case .double(let value):
            if value.isFinite { output += value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value) } else { output += "null" }
        case .string(let value): JSONValue.writeString(value, to: &output)
        case .array(let items):
            writeContainer(open: "[", close: "]", count: items.count, to: &output, indent: indent, depth: depth) { index, output in
                items[index].write(to: &output, indent: indent, depth: depth + 1)
            }
        case .object(let members):
            writeContainer(open: "{", close: "}", count: members.count, to: &output, indent: indent, depth: depth) { index, output in
                JSONValue.writeString(members[index].0, to: &output)
                output += indent == nil ? ":" : ": "
                members[index].1.write(to: &output, indent: indent, depth: depth + 1)
            }
        }
    }

    private func writeContainer(open: String, close: String, count: Int, to output: inout String, indent: Int?, depth: Int,
                                element: (Int, inout String) -> Void) {
        output += open
        guard count > 0 else { output += close; return }
        for index in 0..<count {
            if index > 0 { output += "," }
            if let indent { Self.writeLineBreak(indentedBy: indent * (depth + 1), to: &output) }
            element(index, &output)
        }
        if let indent { Self.writeLineBreak(indentedBy: indent * depth, to: &output) }
        output += close
    }

    private static func writeLineBreak(indentedBy spaces: Int, to output: inout String) {
        output += "\n"
        output += spaces < lineIndents.count ? lineIndents[spaces] : String(repeating: " ", count: spaces)
    }

    /// Indentations made once: a report writes one before every value.
    private static let lineIndents = (0..<32).map { String(repeating: " ", count: $0) }

    static func writeString(_ value: String, to output: inout String) {
        output += "\""
        // Most strings need no escape at all: copied whole.
        guard value.utf8.contains(where: needsEscape) else {
            output += value
            output += "\""
            return
        }
        // Escaped byte by byte: an escaped character is one ASCII byte, and the bytes around it are copied
        // as they are, so the result is valid UTF-8 whatever the text.
        var escaped: [UInt8] = []
        escaped.reserveCapacity(value.utf8.count + 16)
        for byte in value.utf8 {
            guard needsEscape(byte) else {
                escaped.append(byte)
                continue
            }
            escaped.append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): escaped.append(byte)
            case UInt8(ascii: "\n"): escaped.append(UInt8(ascii: "n"))
            case UInt8(ascii: "\r"): escaped.append(UInt8(ascii: "r"))
            case UInt8(ascii: "\t"): escaped.append(UInt8(ascii: "t"))
            default:
                let hex = String(byte, radix: 16)
                escaped.append(contentsOf: ("u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            }
        }
        output += String(decoding: escaped, as: UTF8.self)
        output += "\""
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }
}
