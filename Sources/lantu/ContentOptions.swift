import ArgumentParser

/// Where the content and the theme are, shared by every command that reads them.
struct ContentOptions: ParsableArguments {
    @Option(help: "The folder with site.yml and the plans, reports and pages.")
    var content = "content"

    @Option(help: ArgumentHelp("A folder of templates that replace the built-in theme's file by file (default: templates/ beside the content folder, if there is one).",
                               valueName: "folder"))
    var templates: String?
}
