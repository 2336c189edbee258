import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A path the user named for a report, opened so that nothing that is not ours is ever damaged:
/// - absent or a regular file: written to a temporary file beside it, renamed over it when complete
///   (a reader never sees half a report, and a failed run leaves the old file as it was);
/// - a symbolic link: its target is written the same way when that is a regular file; the link stays;
/// - anything else (a terminal, `/dev/null`, a FIFO, `/dev/stdout`): written straight to, never replaced;
///   a path that is this process's standard output or error is written through that stream.
final class OutputFile {
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    /// The temporary file and the path it replaces when committed; nil when writing straight.
    private var pendingRename: (temporary: String, final: String)?
    let path: String

    init(path: String) throws {
        self.path = path
        var target = stat()
        let targetExists = stat(path, &target) == 0
        if targetExists, let stream = Self.standardStream(sameAs: target) {
            descriptor = stream
            ownsDescriptor = false
            return
        }
        var entry = stat()
        let isLink = lstat(path, &entry) == 0 && entry.st_mode & S_IFMT == S_IFLNK
        if targetExists, target.st_mode & S_IFMT != S_IFREG {
            descriptor = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
            guard descriptor >= 0 else { throw Self.failure(path) }
            ownsDescriptor = true
            return
        }
        if isLink && !targetExists {
            throw UsageError.file(id: "tidak dapat menulis berkas: \(path) (tautan ke berkas yang tidak ada)",
                                  en: "cannot write file: \(path) (a link to a missing file)")
        }
        let final = isLink ? try Self.resolved(path) : path
        let directory = (final as NSString).deletingLastPathComponent
        var template = Array(((directory.isEmpty ? "." : directory) + "/." + (final as NSString).lastPathComponent
            + ".renstra-lint-XXXXXX").utf8CString)
        descriptor = mkstemp(&template)
        guard descriptor >= 0 else { throw Self.failure(path) }
        ownsDescriptor = true
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        pendingRename = (temporary, final)
        // A replaced file keeps its permissions; a new one gets the usual ones (mkstemp makes it private).
        let mode = targetExists ? target.st_mode & 0o7777 : Self.defaultMode()
        fchmod(descriptor, mode)
    }

    deinit {
        if let pendingRename { unlink(pendingRename.temporary) }
        if ownsDescriptor { close(descriptor) }
    }

    func write(_ data: Data) throws {
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw Self.failure(path)
                }
                offset += written
            }
        }
    }

    /// Puts the complete report in place.
    func commit() throws {
        guard let pendingRename else { return }
        guard rename(pendingRename.temporary, pendingRename.final) == 0 else { throw Self.failure(path) }
        self.pendingRename = nil
    }

    /// Standard output or error when `status` is the very file that stream writes to (`/dev/stdout`,
    /// `/proc/self/fd/1`, or a file the shell redirected the stream to).
    private static func standardStream(sameAs status: stat) -> Int32? {
        for stream in [STDOUT_FILENO, STDERR_FILENO] {
            var open = stat()
            if fstat(stream, &open) == 0, open.st_dev == status.st_dev, open.st_ino == status.st_ino { return stream }
        }
        return nil
    }

    private static func resolved(_ path: String) throws -> String {
        guard let real = realpath(path, nil) else { throw failure(path) }
        defer { free(real) }
        return String(cString: real)
    }

    /// 0666 less the process's umask, as a shell redirection would create the file.
    private static func defaultMode() -> mode_t {
        let mask = umask(0)
        umask(mask)
        return 0o666 & ~mask
    }

    private static func failure(_ path: String) -> UsageError {
        let reason = String(cString: strerror(errno))
        return UsageError.file(id: "tidak dapat menulis berkas: \(path) (\(reason))", en: "cannot write file: \(path) (\(reason))")
    }

    private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(descriptor, buffer, count)
        #else
        Darwin.write(descriptor, buffer, count)
        #endif
    }
}
