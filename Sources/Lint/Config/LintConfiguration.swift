import Foundation
import Ingest
import Rules

/// A rule named by identifier (`TOT003`) or a whole family (`duplicates`) in the configuration.
enum RuleSelector: Hashable {
    case rule(String)
    case family(RuleFamily)

    func matches(_ description: RuleDescription) -> Bool {
        switch self {
        case .rule(let id): return description.id == id
        case .family(let family): return description.family == family
        }
    }
}

/// The settings of `.renstra-lint.json`: which rules run, at which severity, and how strictly
/// sums and periods are judged. Every value was checked when the file was read.
struct LintConfiguration: Equatable {
    static let fileName = ".renstra-lint.json"

    var disabled: Set<RuleSelector> = []
    /// Rules or families switched back on inside a disabled family.
    var enabled: Set<RuleSelector> = []
    var severities: [RuleSelector: Severity] = [:]
    /// Extra relative tolerance for sums (0.001 = 0,1 % of the stated value).
    var roundingTolerance: Double = 0
    var acceptTransitionYear: Bool = false
    /// Documents compared with a named other (a performance tree with its Renstra): dependent → reference,
    /// paths resolved against the configuration file's directory.
    var pairs: [String: String] = [:]

    /// A rule runs unless it is disabled by identifier, or its family is disabled and the rule is not
    /// enabled by identifier: the more specific entry wins.
    func isActive(_ description: RuleDescription) -> Bool {
        if disabled.contains(.rule(description.id)) { return false }
        if disabled.contains(.family(description.family)) { return enabled.contains(.rule(description.id)) }
        return true
    }

    /// The configured severity of a rule: its own entry, else its family's, else none.
    func severity(for description: RuleDescription) -> Severity? {
        severities[.rule(description.id)] ?? severities[.family(description.family)]
    }

    /// A runner with the active rules, their severity overrides and the judging context.
    func runner(for rules: [any Rule]) -> RuleRunner {
        let active = rules.filter { isActive(type(of: $0).description) }
        var overrides: [String: Severity] = [:]
        for rule in active {
            let description = type(of: rule).description
            if let severity = severity(for: description) { overrides[description.id] = severity }
        }
        return RuleRunner(rules: active,
                          context: RuleContext(relativeTolerance: roundingTolerance, acceptTransitionYear: acceptTransitionYear),
                          severityOverrides: overrides)
    }
}

extension LintConfiguration {
    /// The configuration named by `--config`, else `.renstra-lint.json` in `directory`, else the defaults.
    static func load(explicitPath: String?, directory: String, knownRules: [RuleDescription]) throws -> LintConfiguration {
        let path: String
        if let explicitPath {
            path = explicitPath
        } else {
            path = (directory as NSString).appendingPathComponent(fileName)
            guard FileManager.default.fileExists(atPath: path) else { return LintConfiguration() }
        }
        let bytes: [UInt8]
        do {
            bytes = try InputFile.readBytes(at: path)
        } catch let error as InputError {
            throw UsageError.file(id: "konfigurasi " + error.message(.id), en: "configuration " + error.message(.en))
        }
        return try ConfigurationParser(path: path, knownRules: knownRules).parse(Data(bytes))
    }
}
