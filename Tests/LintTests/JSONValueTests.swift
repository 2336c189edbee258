import Foundation
import Testing
@testable import LintKit

struct JSONValueTests {
    @Test func stringsAreEscapedAsJSONRequires() {
        let text = "Tabel \"4.2\" C:\\data\nbaris\t2\r\u{01}é\"\u{0301} √"
        let written = JSONValue.string(text).serialized()
        #expect(written == "\"Tabel \\\"4.2\\\" C:\\\\data\\nbaris\\t2\\r\\u0001é\\\"\u{0301} √\"")
        // Read back by Foundation's parser, the text is the original.
        let decoded = try? JSONSerialization.jsonObject(with: Data(written.utf8), options: [.fragmentsAllowed]) as? String
        #expect(decoded == text)
    }

    @Test func escapesAtTheEdgesAndInARowAreWritten() {
        #expect(JSONValue.string("\"").serialized() == "\"\\\"\"")
        #expect(JSONValue.string("\n\n").serialized() == "\"\\n\\n\"")
        #expect(JSONValue.string("a\u{1B}[2J").serialized() == "\"a\\u001b[2J\"")
        #expect(JSONValue.object([("k", .array([.int(1), .null, .bool(true), .double(2.5)]))]).serialized(indent: nil)
                == "{\"k\":[1,null,true,2.5]}")
    }

    @Test func textWithoutEscapesIsCopiedWhole() {
        #expect(JSONValue.string("Program Pemberdayaan Koperasi – 2025").serialized() == "\"Program Pemberdayaan Koperasi – 2025\"")
        #expect(JSONValue.string("").serialized() == "\"\"")
    }
}
