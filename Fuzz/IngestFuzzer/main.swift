import Ingest
import Rules

/// libFuzzer entry point: any bytes go through decoding, layout detection, the layout's ingester and
/// every registered rule. An input error is a correct answer; a crash, a trap or a hang is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzIngest(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    guard let document = try? RenstraIngest.ingest(bytes: bytes, path: "fuzz.txt") else { return 0 }
    _ = runner.run(document)
    return 0
}

private let runner = RuleRunner()
