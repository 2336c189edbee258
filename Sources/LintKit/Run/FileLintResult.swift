import Ingest
import Rules

/// The outcome of linting one input file: what was read, and what was found, or why it could not be read.
struct FileLintResult: Sendable {
    var path: String
    var layout: Layout?
    var period: PlanPeriod?
    var findings: [Finding]
    /// What the reading of the file noted for the reader (an encoding fallback, an unrecognised layout).
    var warnings: [Localized] = []
    var error: InputError?
    /// The ingested document, kept only for reports that show its tables (HTML): the others need
    /// just the findings, so large batches do not hold every document in memory.
    var document: RenstraDocument?
    /// How many findings a baseline accounted for (and removed from `findings`).
    var suppressedByBaseline = 0
    /// Found in a directory, read, and passed over: the file has no plan structure (a README).
    var notAPlan = false
    /// What pairing the file with another document needs (`CrossDocumentStage`): small enough to keep
    /// for every file of a batch. A document that cascades from another (a performance tree: rare, small)
    /// keeps its profile too; the document it is paired with is read again when they are compared.
    var cascadeKey: CascadePairing.Key?
    var cascadeProfile: CascadeProfile?
    /// What a reviewer should know about how the file was checked (e.g. that its Renstra was not given).
    var notes: [Localized] = []
    /// What was read of the file: the reports say it, so that a file where nothing could be read never
    /// looks checked and clean.
    var coverage: ReadingCoverage?
    /// Why the rule families that could not run on the file did not (`RuleFamily.unmetNeed`).
    var notChecked: [Localized] = []

    init(path: String, layout: Layout?, period: PlanPeriod?, findings: [Finding], error: InputError?,
         document: RenstraDocument? = nil) {
        self.path = path
        self.layout = layout
        self.period = period
        self.findings = findings
        self.error = error
        self.document = document
    }

    /// Reads and lints one input; with `requirePlan` (a file found in a directory), a file without any plan
    /// structure is passed over instead.
    static func lint(path: String, runner: RuleRunner, keepDocument: Bool = false, requirePlan: Bool = false) -> FileLintResult {
        do {
            let document = try InputDocument.ingest(path: path)
            if requirePlan && !PlanStructure.isPresent(in: document) {
                var result = FileLintResult(path: path, layout: document.layout, period: nil, findings: [], error: nil)
                result.notAPlan = true
                return result
            }
            var result = FileLintResult(path: path, layout: document.layout, period: document.metadata.period,
                                        findings: runner.run(document), error: nil, document: keepDocument ? document : nil)
            result.warnings = document.warnings
            let coverage = document.coverage
            result.coverage = coverage
            result.notChecked = runner.unmetNeeds(in: coverage)
            result.cascadeKey = CascadePairing.Key(document)
            if result.cascadeKey!.isDependent { result.cascadeProfile = CascadeProfile(document) }
            // A document not kept is freed on another thread while the report is written.
            if !keepDocument { releaseElsewhere(consume document) }
            return result
        } catch let error as InputError {
            return failed(path: path, error)
        } catch {
            return failed(path: path, .unreadable(path, reason: String(describing: error)))
        }
    }

    static func failed(path: String, _ error: InputError) -> FileLintResult {
        FileLintResult(path: path, layout: nil, period: nil, findings: [], error: error)
    }
}

extension InputError {
    /// The one line printed for an unusable input.
    public func message(_ language: Language) -> String {
        switch (self, language) {
        case (.missing(let path), .id): return "\(path): berkas tidak ditemukan"
        case (.missing(let path), .en): return "\(path): no such file"
        case (.isDirectory(let path), .id): return "\(path): berupa direktori, bukan berkas"
        case (.isDirectory(let path), .en): return "\(path): is a directory, not a file"
        case (.notAFile(let path), .id): return "\(path): bukan berkas biasa (misalnya FIFO atau perangkat)"
        case (.notAFile(let path), .en): return "\(path): not a regular file (e.g. a FIFO or device)"
        case (.unreadable(let path, let reason), .id): return "\(path): tidak dapat dibaca (\(reason))"
        case (.unreadable(let path, let reason), .en): return "\(path): cannot be read (\(reason))"
        case (.empty(let path), .id): return "\(path): berkas kosong"
        case (.empty(let path), .en): return "\(path): file is empty"
        case (.binary(let path), .id): return "\(path): berkas biner, bukan teks"
        case (.binary(let path), .en): return "\(path): binary file, not text"
        case (.tooLarge(let path, let bytes, let limit), .id):
            return "\(path): berkas terlalu besar (\(bytes) bita; batas \(limit) bita)"
        case (.tooLarge(let path, let bytes, let limit), .en):
            return "\(path): file too large (\(bytes) bytes; limit \(limit) bytes)"
        case (.noTextFiles(let path), .id):
            return "\(path): direktori tanpa berkas teks (\(InputCollector.extensionList))"
        case (.noTextFiles(let path), .en):
            return "\(path): directory without text files (\(InputCollector.extensionList))"
        case (.toolMissing(let path, let tool, let package), .id):
            return "\(path): PDF perlu program \(tool); pasang paket \(package) (mis. `apt-get install \(package)`)"
        case (.toolMissing(let path, let tool, let package), .en):
            return "\(path): reading a PDF needs \(tool); install the \(package) package (e.g. `apt-get install \(package)`)"
        case (.conversionFailed(let path, let reason), .id):
            return "\(path): teks PDF tidak dapat diambil (\(reason.id))"
        case (.conversionFailed(let path, let reason), .en):
            return "\(path): the PDF's text could not be extracted (\(reason.en))"
        }
    }
}
