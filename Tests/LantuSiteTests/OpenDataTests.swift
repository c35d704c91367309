import Foundation
import FoundationXML
import Testing
@testable import LantuSite

/// The machine files: site.json against its documented schema, and well-formed feed and sitemap.
@Suite struct OpenDataTests {
    static let schema = Paths.repository.appendingPathComponent("docs/site.schema.json")

    /// What a spreadsheet reads as one cell stays one cell, and nothing in it runs as a formula.
    @Test(arguments: [("a\r\nb", "\"a\r\nb\""), ("a,b", "\"a,b\""), ("say \"x\"", "\"say \"\"x\"\"\""),
                      ("=1+1", "'=1+1"), ("\tcmd", "'\tcmd"), ("-5", "-5"), ("普通文字", "普通文字")])
    func csvCellsAreQuotedAndDefused(_ text: String, _ expected: String) {
        #expect(CSVFormat.cell(text) == expected)
    }

    @Test func siteJSONMatchesItsDocumentedSchema() throws {
        let output = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        build(Paths.exampleContent, into: output)
        let json = try JSONValue.read(output.appendingPathComponent("data/site.json"))
        var problems: [String] = []
        SchemaCheck.validate(json, against: try JSONValue.read(Self.schema), at: "$", problems: &problems)
        #expect(problems.isEmpty, "\(problems.prefix(10))")
        #expect(json["plans"]?.count == 2)
        if case .array(let plans)? = json["plans"] { #expect(plans.first?["indicators"]?.count == 21) }
    }

    /// `data/plans/<id>.json` is the plan's object of `site.json`, byte for byte, and so
    /// matches the schema's plan.
    @Test func eachPlanHasItsOwnFileBesideSiteJSON() throws {
        let output = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        build(Paths.exampleContent, into: output)
        let site = try Data(contentsOf: output.appendingPathComponent("data/site.json"))
        let schema = try JSONValue.read(Self.schema)
        for id in ["tj-edu", "tjutc"] {
            let file = output.appendingPathComponent("data/plans/\(id).json")
            let plan = try Data(contentsOf: file)
            #expect(site.range(of: Data("\"plans\":[".utf8) + plan) != nil || site.range(of: Data(",".utf8) + plan + Data(",".utf8)) != nil
                    || site.range(of: Data(",".utf8) + plan + Data("]".utf8)) != nil, "\(id) is not in site.json as written")
            var problems: [String] = []
            SchemaCheck.validate(try JSONValue.read(file), against: try #require(schema["$defs"]?["plan"]), root: schema, at: "$", problems: &problems)
            #expect(problems.isEmpty, "\(problems.prefix(10))")
            #expect(try JSONValue.read(file)["id"] == .string(id))
        }
    }

    @Test func eachMeasuredValueInSiteJSONSaysItsChangeAndWhetherItIsForTheBetter() throws {
        let output = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        build(Paths.fixture("golden"), into: output)
        let json = try String(contentsOf: output.appendingPathComponent("data/site.json"), encoding: .utf8)
        // 生师比: 18.5 in 2020, target ≤17; 18.6 in 2022 is a rise, away from the target.
        #expect(json.contains(#""series":[{"better":false,"change":0.1,"report":"2023","text":"18.6","value":18.6,"year":2022}]"#))
        #expect(json.contains(#"{"better":true,"change":500,"report":"2023","text":"9,100","value":9100,"year":2023}"#))
    }

    @Test func interimTargetsAreInSiteJSONTheWorkingsAndTheChart() throws {
        let output = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        build(Paths.exampleContent, into: output)
        let json = try String(contentsOf: output.appendingPathComponent("data/site.json"), encoding: .utf8)
        #expect(json.contains(#""interim_targets":[{"text":"4","value":4,"year":2021},{"text":"10","value":10,"year":2022},{"text":"16","value":16,"year":2023}]"#))
        let page = try String(contentsOf: output.appendingPathComponent("plans/tj-edu/indicators/tj-edu-21.html"), encoding: .utf8)
        #expect(page.contains("b = 0 (2020), v = 14 (2023), t = 16 (2025); p = 87.5%, e = 100% (按2023年目标) → 略有滞后"))
        #expect(page.components(separatedBy: "<rect class=\"target interim\"").count - 1 == 6, "three interim targets in the wide and the narrow chart")
    }

    @Test func theSchemaCheckCatchesAWrongShape() throws {
        let wrong = try JSONDecoder().decode(JSONValue.self, from: Data(#"{"generator":"lantu","site":{"title":1},"plans":[],"units":[],"reports":[],"extra":true}"#.utf8))
        var problems: [String] = []
        SchemaCheck.validate(wrong, against: try JSONValue.read(Self.schema), at: "$", problems: &problems)
        #expect(problems.contains("$.site.title: expected string"))
        #expect(problems.contains("$.site: missing language"))
        #expect(problems.contains("$: unexpected key extra"))
    }

    @Test func feedAndSitemapAreWellFormed() throws {
        let output = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        build(Paths.exampleContent, into: output)
        let feed = try XMLDocument(contentsOf: output.appendingPathComponent("feed.xml"))
        #expect(try feed.nodes(forXPath: "//*[local-name()='entry']").count == 5)
        let sitemap = try String(contentsOf: output.appendingPathComponent("sitemap.xml"), encoding: .utf8)
        _ = try XMLDocument(xmlString: sitemap)
        #expect(sitemap.contains("<loc>https://www.example.edu.cn/plan/plans/tj-edu/index.html</loc>"))
        #expect(!sitemap.contains("404.html"))
    }
}

/// A JSON value that keeps booleans apart from numbers, which JSONSerialization blurs on Linux.
indirect enum JSONValue: Decodable, Equatable {
    case bool(Bool), integer(Int), number(Double), string(String), array([JSONValue]), object([String: JSONValue]), null

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Int.self) { self = .integer(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    static func read(_ url: URL) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(contentsOf: url))
    }

    subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    var count: Int? {
        if case .array(let items) = self { return items.count }
        return nil
    }
}

/// The part of JSON Schema that `docs/site.schema.json` uses: type (one or a list), enum, required,
/// properties, additionalProperties, items and `$ref` to its own `$defs`.
enum SchemaCheck {
    static func validate(_ value: JSONValue, against schema: JSONValue, root: JSONValue? = nil, at path: String, problems: inout [String]) {
        let root = root ?? schema
        if case .string(let reference)? = schema["$ref"] {
            guard reference.hasPrefix("#/$defs/"), let target = root["$defs"]?[String(reference.dropFirst(8))] else {
                problems.append("\(path): unknown $ref \(reference)")
                return
            }
            validate(value, against: target, root: root, at: path, problems: &problems)
            return
        }
        if case .string(let type)? = schema["type"], !matches(value, type) {
            problems.append("\(path): expected \(type)")
            return
        }
        if case .array(let types)? = schema["type"],
           !types.contains(where: { if case .string(let type) = $0 { matches(value, type) } else { false } }) {
            problems.append("\(path): expected one of \(types)")
            return
        }
        if case .array(let options)? = schema["enum"], case .string(let text) = value,
           !options.contains(where: { if case .string(text) = $0 { true } else { false } }) {
            problems.append("\(path): '\(text)' is not one of the allowed values")
        }
        if case .object(let object) = value {
            if case .array(let required)? = schema["required"] {
                for case .string(let key) in required where object[key] == nil {
                    problems.append("\(path): missing \(key)")
                }
            }
            for (key, member) in object.sorted(by: { $0.key < $1.key }) {
                if let rule = schema["properties"]?[key] {
                    validate(member, against: rule, root: root, at: "\(path).\(key)", problems: &problems)
                } else if case .bool(false)? = schema["additionalProperties"] {
                    problems.append("\(path): unexpected key \(key)")
                }
            }
        }
        if case .array(let items) = value, let rule = schema["items"] {
            for (index, item) in items.enumerated() {
                validate(item, against: rule, root: root, at: "\(path)[\(index)]", problems: &problems)
            }
        }
    }

    static func matches(_ value: JSONValue, _ type: String) -> Bool {
        switch (type, value) {
        case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("integer", .integer),
             ("number", .integer), ("number", .number), ("null", .null): return true
        default: return false
        }
    }
}
