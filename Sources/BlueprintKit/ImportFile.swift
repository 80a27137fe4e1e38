import BlueprintImport
import Foundation

extension ImportInput {
    /// The file an import command names, read whole. The importers see only bytes (they are
    /// pure); reading is I/O, so it is here, with one message for every importer.
    public static func file(_ path: String) throws(WorkspaceError) -> ImportInput {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .cannotLoad(path: path, reason: "no such file, or it cannot be read")
        }
        return ImportInput(bytes: Array(data), path: path)
    }
}
