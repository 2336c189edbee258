import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads an input file's bytes without ever writing to it, turning every way a path can be
/// unusable (missing, a directory, a FIFO, unreadable, empty, binary, too large) into an `InputError`.
public enum InputFile {
    public static func readBytes(at path: String) throws -> [UInt8] {
        var status = stat()
        guard stat(path, &status) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw InputError.missing(path) }
            throw InputError.unreadable(path, reason: String(cString: strerror(errno)))
        }
        let type = status.st_mode & S_IFMT
        if type == S_IFDIR { throw InputError.isDirectory(path) }
        guard type == S_IFREG else { throw InputError.notAFile(path) }
        if Int(status.st_size) > TextDecoder.maximumInputBytes {
            throw InputError.tooLarge(path, bytes: Int(status.st_size), limit: TextDecoder.maximumInputBytes)
        }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw InputError.unreadable(path, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size))
        var filled = 0
        while filled < bytes.count {
            let count = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0 { throw InputError.unreadable(path, reason: String(cString: strerror(errno))) }
            if count == 0 { break }
            filled += count
        }
        return Array(bytes.prefix(filled))
    }

    public static func read(at path: String) throws -> SourceText {
        try TextDecoder.decode(try readBytes(at: path), path: path)
    }
}
