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
        var output: [UInt8] = []
        write(to: &output, indent: indent, depth: 0)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the value's UTF-8 as it appears nested `depth` levels deep (for reports written in pieces).
    /// Written as bytes: a large report appends millions of short pieces, which a byte array takes sooner
    /// than a string.
    func write(to output: inout [UInt8], indent: Int?, depth: Int) {
        switch self {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let value): output.append(contentsOf: (value ? "true" : "false").utf8)
        case .int(let value): output.append(contentsOf: String(value).utf8)
        case .double(let value):
            let text = value.isFinite ? value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value) : "null"
            output.append(contentsOf: text.utf8)
        case .string(let value): JSONValue.writeString(value, to: &output)
        case .array(let items):
            writeContainer(open: UInt8(ascii: "["), close: UInt8(ascii: "]"), count: items.count, to: &output, indent: indent,
                           depth: depth) { index, output in
                items[index].write(to: &output, indent: indent, depth: depth + 1)
            }
        case .object(let members):
            writeContainer(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), count: members.count, to: &output, indent: indent,
                           depth: depth) { index, output in
                JSONValue.writeString(members[index].0, to: &output)
                output.append(UInt8(ascii: ":"))
                if indent != nil { output.append(UInt8(ascii: " ")) }
                members[index].1.write(to: &output, indent: indent, depth: depth + 1)
            }
        }
    }

    private func writeContainer(open: UInt8, close: UInt8, count: Int, to output: inout [UInt8], indent: Int?, depth: Int,
                                element: (Int, inout [UInt8]) -> Void) {
        output.append(open)
        guard count > 0 else { output.append(close); return }
        for index in 0..<count {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            if let indent { Self.writeLineBreak(indentedBy: indent * (depth + 1), to: &output) }
            element(index, &output)
        }
        if let indent { Self.writeLineBreak(indentedBy: indent * depth, to: &output) }
        output.append(close)
    }

    private static func writeLineBreak(indentedBy spaces: Int, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\n"))
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: spaces))
    }

    static func writeString(_ value: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        // The bytes between escapes are copied in runs; an escaped character is one ASCII byte, and the bytes
        // around it are copied as they are, so the result is valid UTF-8 whatever the text.
        var value = value
        value.withUTF8 { bytes in
            var runStart = 0
            for offset in bytes.indices where needsEscape(bytes[offset]) {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<offset]))
                runStart = offset + 1
                let byte = bytes[offset]
                output.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): output.append(byte)
                case UInt8(ascii: "\n"): output.append(UInt8(ascii: "n"))
                case UInt8(ascii: "\r"): output.append(UInt8(ascii: "r"))
                case UInt8(ascii: "\t"): output.append(UInt8(ascii: "t"))
                default:
                    let hex = String(byte, radix: 16)
                    output.append(contentsOf: ("u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        output.append(UInt8(ascii: "\""))
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }
}
