import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads an input file's bytes without ever writing to it, turning every way a path can be
/// unusable (missing, a directory, a FIFO, unreadable, empty, binary, too large) into an `InputError`.
public enum InputFile {
    public static func readBytes(at path: String) throws -> [UInt8] {
        var status = stat()
        guard stat(path, &status) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw InputError.missing(path) }
            throw unreadable(path)
        }
        try checkIsRegularFile(status, path: path)
        // O_NONBLOCK: should the path turn into a FIFO after the check, opening it must not hang.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw unreadable(path) }
        defer { close(descriptor) }
        guard fstat(descriptor, &status) == 0 else { throw unreadable(path) }
        try checkIsRegularFile(status, path: path)
        return try readAll(descriptor, expectedSize: Int(status.st_size), path: path)
    }

    /// The size `stat` reports, or 0 for a path that cannot be read: only for scheduling work, as
    /// the file may change before it is read.
    public static func size(at path: String) -> Int {
        var status = stat()
        return stat(path, &status) == 0 ? Int(status.st_size) : 0
    }

    /// The text of the file at `path`; a PDF is read through `pdftotext` (`PDFText`).
    public static func read(at path: String) throws -> SourceText {
        let bytes = try readBytes(at: path)
        if PDFText.isPDF(bytes) { return try PDFText.extract(path: path) }
        return try TextDecoder.decode(bytes, path: path)
    }

    static func checkIsRegularFile(_ status: stat, path: String) throws {
        let type = status.st_mode & S_IFMT
        if type == S_IFDIR { throw InputError.isDirectory(path) }
        guard type == S_IFREG else { throw InputError.notAFile(path) }
        if Int(status.st_size) > TextDecoder.maximumInputBytes {
            throw InputError.tooLarge(path, bytes: Int(status.st_size), limit: TextDecoder.maximumInputBytes)
        }
    }

    /// Reads up to the size `fstat` reported; a file that shrinks meanwhile yields what is there.
    static func readAll(_ descriptor: Int32, expectedSize: Int, path: String) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: expectedSize)
        var filled = 0
        while filled < bytes.count {
            let count = bytes.withUnsafeMutableBytes { buffer in
                systemRead(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw unreadable(path)
            }
            if count == 0 { break }
            filled += count
        }
        bytes.removeLast(bytes.count - filled)
        return bytes
    }

    private static func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(descriptor, buffer, count)
        #else
        Darwin.read(descriptor, buffer, count)
        #endif
    }

    private static func unreadable(_ path: String) -> InputError {
        .unreadable(path, reason: String(cString: strerror(errno)))
    }
}
