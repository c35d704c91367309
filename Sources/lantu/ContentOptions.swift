import ArgumentParser

/// Where the content and the theme are, shared by every command that reads them.
struct ContentOptions: ParsableArguments {
    @Option(help: "The folder with site.yml and the plans, reports and pages.")
    var content = "content"

    @Option(help: "The theme: Mustache templates, UI strings and assets.")
    var templates = "templates"
}
