import Foundation
import PackagePlugin

/// Compiles the default theme (`templates/`) and the new-site starter (`starter/`) into
/// LantuSite, so the `lantu` binary works alone, with no folder beside it.
@main
struct EmbedDefaults: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folders = ["theme": "templates", "starter": "starter"].sorted { $0.key < $1.key }
            .map { ($0.key, context.package.directoryURL.appending(path: $0.value)) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        // Every file is an input, so editing or adding one regenerates the embedded copy.
        let inputs = folders.flatMap { files(under: $0.1) }
        return [.buildCommand(
            displayName: "Embedding the default theme and the starter site",
            executable: try context.tool(named: "EmbedFiles").url,
            arguments: [output.path] + folders.map { "\($0.0)=\($0.1.path)" },
            inputFiles: inputs,
            outputFiles: [output]
        )]
    }

    private func files(under folder: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        return walker.compactMap { $0 as? URL }.filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
    }
}
