import Ingest
import Rules

extension Array where Element == String {
    /// `parallelMap` over file paths, the largest files first.
    func parallelMapLargestFirst<Result: Sendable>(workers: Int, _ transform: @Sendable (String) -> Result) -> [Result] {
        parallelMap(workers: workers, sizes: map(InputFile.size(at:)), transform)
    }
}
