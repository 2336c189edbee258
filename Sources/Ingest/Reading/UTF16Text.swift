/// Decodes UTF-16 text after its byte order mark, refusing damaged input instead of guessing.
enum UTF16Text {
    static func decode(_ body: ArraySlice<UInt8>, littleEndian: Bool, path: String) throws -> String {
        guard body.count % 2 == 0 else {
            throw InputError.unreadable(path, reason: "truncated UTF-16: odd number of bytes")
        }
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var index = body.startIndex
        while index < body.endIndex {
            let first = UInt16(body[index]), second = UInt16(body[index + 1])
            units.append(littleEndian ? first | (second << 8) : (first << 8) | second)
            index += 2
        }
        var scalars = String.UnicodeScalarView()
        var decoder = UTF16()
        var iterator = units.makeIterator()
        var lines = LineCounter()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar.value == 0 { throw InputError.binary(path) }
                lines.advance(over: scalar)
                scalars.append(scalar)
            case .emptyInput:
                return String(scalars)
            case .error:
                throw InputError.unreadable(path, reason: "invalid UTF-16 on line \(lines.line): unpaired surrogate")
            }
        }
    }
}
