import Foundation

/// Reads a PDF through poppler's `pdftotext -layout`, the extractor reviewers already use: it keeps each
/// table row on one line with its columns aligned by spaces, and ends every page with a form feed, which
/// `SourceText` turns into page numbers.
public enum PDFText {
    /// What the extracted text is called in reports.
    public static let extraction = "pdftotext -layout"
    public static let tool = "pdftotext"
    public static let package = "poppler-utils"
    /// A PDF whose extraction takes longer than this is refused rather than waited for.
    static let timeoutSeconds = 120.0

    public static func isPDF(_ bytes: [UInt8]) -> Bool { bytes.starts(with: Array("%PDF-".utf8)) }

    /// The layout text of the PDF at `path`, decoded like any text file.
    public static func extract(path: String) throws -> SourceText {
        guard let executable = executablePath() else { throw InputError.toolMissing(path, tool: tool, package: package) }
        let output = try run(executable, arguments: ["-layout", "-enc", "UTF-8", "-q", path, "-"], path: path)
        guard !output.allSatisfy({ $0 == 0x0C || ByteText.isWhitespace($0) }) else {
            throw InputError.conversionFailed(path, reason: Localized(id: "PDF tanpa lapisan teks (hasil pindaian?)",
                                                                      en: "a PDF without a text layer (a scan?)"))
        }
        let decoded = try TextDecoder.decode(output, path: path)
        return SourceText(path: path, encoding: decoded.encoding, lines: decoded.lines, warnings: decoded.warnings,
                          extraction: extraction)
    }

    /// `pdftotext` on the search path.
    public static func executablePath() -> String? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin")
            .pieces(separatedBy: ":")
        return directories.map { String($0) + "/" + tool }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs the extractor and reads its output and its errors as it writes them, in this thread, until both
    /// close or `timeoutSeconds` pass (then it is killed). The pipes are close-on-exec, so no other program
    /// started meanwhile holds them open, and no waiting depends on a thread pool that may be busy.
    private static func run(_ executable: String, arguments: [String], path: String) throws -> [UInt8] {
        func failure(_ id: String, _ en: String) -> InputError { InputError.conversionFailed(path, reason: Localized(id: id, en: en)) }
        var outputPipe: [Int32] = [-1, -1], errorPipe: [Int32] = [-1, -1]
        guard pipe(&outputPipe) == 0 else { throw failure("pipa tidak dapat dibuat", "cannot create a pipe") }
        guard pipe(&errorPipe) == 0 else {
            outputPipe.forEach { close($0) }
            throw failure("pipa tidak dapat dibuat", "cannot create a pipe")
        }
        for descriptor in outputPipe + errorPipe { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errorPipe[1], 2)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        close(outputPipe[1])
        close(errorPipe[1])
        guard spawned == 0 else {
            close(outputPipe[0])
            close(errorPipe[0])
            let reason = String(cString: strerror(spawned))
            throw failure("\(tool) tidak dapat dijalankan: \(reason)", "\(tool) cannot be run: \(reason)")
        }
        var output: [UInt8] = [], errorText: [UInt8] = []
        var open = [outputPipe[0], errorPipe[0]]
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        let deadline = Date().addingTimeInterval(timeoutSeconds)
        var timedOut = false
        while !open.isEmpty {
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else {
                timedOut = true
                kill(pid, SIGKILL)
                break
            }
            var descriptors = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            if poll(&descriptors, nfds_t(descriptors.count), Int32(min(remaining, 1) * 1000)) < 0, errno != EINTR { break }
            for descriptor in descriptors where descriptor.revents != 0 {
                let count = read(descriptor.fd, &buffer, buffer.count)
                if count > 0 {
                    if descriptor.fd == outputPipe[0] { output += buffer[0..<count] }
                    else if errorText.count < 4096 { errorText += buffer[0..<count] }
                } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                    close(descriptor.fd)
                    open.removeAll { $0 == descriptor.fd }
                }
            }
        }
        open.forEach { close($0) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // A normal exit leaves the low seven bits clear and puts the exit code in the next byte.
        let exitCode = status & 0x7F == 0 ? (status >> 8) & 0xFF : nil
        guard !timedOut, exitCode == 0 else {
            if timedOut || exitCode == nil {
                throw failure("\(tool) dihentikan setelah \(Int(timeoutSeconds)) detik", "\(tool) stopped after \(Int(timeoutSeconds)) s")
            }
            let firstLine = String(decoding: errorText, as: UTF8.self).pieces(separatedBy: "\n").first.map { String($0.prefix(200)) } ?? ""
            throw failure("\(tool) gagal (status \(exitCode!)): \(firstLine)", "\(tool) failed (status \(exitCode!)): \(firstLine)")
        }
        return output
    }
}
