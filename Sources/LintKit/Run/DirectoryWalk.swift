import Foundation
import Ingest
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The text files under a directory, found without skipping anything silently: every entry that could
/// be an input and cannot be reached (an unlistable subdirectory, a dangling or looping link, a path
/// longer than the system allows, a name that is not UTF-8) is an `InputError`, as the same path named
/// alone would be. Hidden entries (`.git`, `.renstra-lint.json`) are left out; linked directories are
/// followed unless the link leads back into the walk.
struct DirectoryWalk {
    private(set) var files: [String] = []
    private(set) var errors: [InputError] = []
    private var ancestors: [FileIdentity] = []

    init(_ directory: String) {
        var status = stat()
        guard stat(directory, &status) == 0 else {
            errors.append(Self.unreachable(directory))
            return
        }
        visit(directory, FileIdentity(status))
        files.sort()
        errors.sort { $0.path < $1.path }
    }

    private mutating func visit(_ directory: String, _ identity: FileIdentity) {
        guard let stream = opendir(directory) else {
            errors.append(Self.unreachable(directory))
            return
        }
        defer { closedir(stream) }
        ancestors.append(identity)
        defer { ancestors.removeLast() }
        while true {
            errno = 0
            guard let entry = readdir(stream) else {
                if errno != 0 { errors.append(Self.unreachable(directory)) }
                return
            }
            let name = Self.nameBytes(entry)
            guard name.first != UInt8(ascii: ".") else { continue }
            let mayBeInput = Self.hasTextExtension(name) || entry.pointee.d_type == UInt8(DT_DIR)
                || entry.pointee.d_type == UInt8(DT_LNK) || entry.pointee.d_type == UInt8(DT_UNKNOWN)
            let path = (directory.hasSuffix("/") ? directory : directory + "/")
            guard let text = String(validating: name, as: UTF8.self) else {
                // A name that is not UTF-8 cannot be passed on as a path: say so rather than drop it.
                if mayBeInput {
                    errors.append(.unreadable(path + String(decoding: name, as: UTF8.self), reason: String(cString: strerror(EILSEQ))))
                }
                continue
            }
            examine(path + text, isTextFile: Self.hasTextExtension(name))
        }
    }

    private mutating func examine(_ path: String, isTextFile: Bool) {
        var entry = stat()
        guard lstat(path, &entry) == 0 else {
            errors.append(Self.unreachable(path))
            return
        }
        switch entry.st_mode & S_IFMT {
        case S_IFDIR:
            visit(path, FileIdentity(entry))
        case S_IFLNK:
            var target = stat()
            guard stat(path, &target) == 0 else {
                // A dangling or looping link to a directory is no input; to a text file it is a missing one.
                if isTextFile { errors.append(errno == ENOENT ? .missing(path) : Self.unreachable(path)) }
                return
            }
            if target.st_mode & S_IFMT == S_IFDIR {
                let identity = FileIdentity(target)
                guard !ancestors.contains(identity) else {
                    errors.append(.unreadable(path, reason: String(cString: strerror(ELOOP))))
                    return
                }
                visit(path, identity)
            } else if isTextFile {
                files.append(path)
            }
        default:
            // Regular files, and FIFOs or devices named like text files (refused when read, as when named alone).
            if isTextFile { files.append(path) }
        }
    }

    private static func nameBytes(_ entry: UnsafeMutablePointer<dirent>) -> [UInt8] {
        withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
    }

    private static func hasTextExtension(_ name: [UInt8]) -> Bool {
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot > name.startIndex else { return false }
        let suffix = String(decoding: name[(dot + 1)...], as: UTF8.self).lowercased()
        return InputCollector.textExtensions.contains(suffix)
    }

    private static func unreachable(_ path: String) -> InputError {
        .unreadable(path, reason: String(cString: strerror(errno)))
    }
}

/// A file as the system knows it, whatever path leads to it.
struct FileIdentity: Hashable {
    var device: UInt64
    var inode: UInt64

    init(_ status: stat) {
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }

    /// The identity of the file at `path` (links followed), nil when it cannot be reached.
    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        self.init(status)
    }
}
