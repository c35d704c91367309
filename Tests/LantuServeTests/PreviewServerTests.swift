import Foundation
import LantuSite
import Testing
@testable import LantuServe

/// Drives a real `lantu serve` on loopback over a copy of the golden fixture.
@Suite(.serialized) struct PreviewServerTests {
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let templates = tests.appendingPathComponent("../../templates").standardized.path
    static let fixture = tests.appendingPathComponent("../LantuSiteTests/Fixtures/golden/content").standardized.path

    /// A running server on a free port, over its own copy of the content.
    final class Running: @unchecked Sendable {
        let folder: URL
        let content: URL
        let output: URL
        var port = 0
        var task: Task<Void, Error>?

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("lantu-serve-\(UUID().uuidString)")
            content = folder.appendingPathComponent("content")
            output = folder.appendingPathComponent("preview")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: PreviewServerTests.fixture, toPath: content.path)
        }

        func start(idleTimeout: Duration = .seconds(15)) async throws -> LoopbackClient {
            let server = PreviewServer(options: .init(content: content.path, templates: PreviewServerTests.templates, output: output.path),
                                       port: 0, idleTimeout: idleTimeout)
            let (ready, continuation) = AsyncStream<Int>.makeStream()
            task = Task { try await server.run { continuation.yield($0) } }
            for await port in ready {
                self.port = port
                break
            }
            return LoopbackClient(port: port)
        }

        func stop() {
            task?.cancel()
            try? FileManager.default.removeItem(at: folder)
        }

        func edit(_ path: String, _ change: (String) -> String) throws {
            let file = content.appendingPathComponent(path)
            try change(try String(contentsOf: file, encoding: .utf8)).write(to: file, atomically: false, encoding: .utf8)
        }
    }

    /// Polls until `condition` holds, returning the seconds it took (nil after `limit`).
    func until(_ limit: Double, _ condition: () throws -> Bool) rethrows -> Double? {
        let start = Date()
        while Date().timeIntervalSince(start) < limit {
            if try condition() { return Date().timeIntervalSince(start) }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    @Test func servesPagesWithTypesAndConditionalRequests() async throws {
        let server = try Running()
        defer { server.stop() }
        let client = try await server.start()
        let page = try client.get("/plans/college/index.html")
        #expect(page.status == 200)
        #expect(page.headers["content-type"] == "text/html; charset=utf-8")
        #expect(page.body.contains("示例学院“十四五”发展规划"))
        #expect(page.body.contains("<script src=\"/__lantu/reload.js\" defer></script>"))
        let tag = try #require(page.headers["etag"])
        #expect(try client.get("/plans/college/index.html", headers: ["If-None-Match": tag]).status == 304)
        #expect(try client.get("/plans/college/index.html", headers: ["If-Modified-Since": page.headers["last-modified"] ?? ""]).status == 304)
        let head = try client.get("/", method: "HEAD")
        #expect(head.status == 200 && head.body.isEmpty)
        #expect(try client.get("/assets/lantu.css").headers["content-type"] == "text/css; charset=utf-8")
        let missing = try client.get("/no-such-page.html")
        #expect(missing.status == 404)
        #expect(missing.body.contains("页面不存在"))
        #expect(try client.get("/", method: "POST").status == 405)
    }

    @Test func anEditIsServedWithinASecondAndOpenPagesAreToldToReload() async throws {
        let server = try Running()
        defer { server.stop() }
        let client = try await server.start()
        let events = try client.stream("/__lantu/events", until: "data: about.html", timeout: 5) {
            try? server.edit("about.md") { $0.replacingOccurrences(of: "说明文字", with: "修改后的说明") }
        }
        #expect(events.contains("text/event-stream"))
        // The event names the files written, so only pages showing one of them reload.
        #expect(events.contains("event: reload\n"))
        #expect(events.contains("data: about.html\n"))
        #expect(!events.contains("data: plans/"))
        let seconds = try until(3) { try client.get("/about.html").body.contains("修改后的说明") }
        #expect(seconds != nil && seconds! < 1)
    }

    @Test func contentErrorsAppearOverTheLastGoodBuild() async throws {
        let server = try Running()
        defer { server.stop() }
        let client = try await server.start()
        try server.edit("plans/college.md") { $0.replacingOccurrences(of: "- 牵头单位：人事处", with: "- 牵头部门：人事处") }
        let seconds = try until(3) { try client.get("/plans/college/index.html").body.contains("lantu-build-errors") }
        #expect(seconds != nil)
        let page = try client.get("/plans/college/index.html")
        #expect(page.body.contains("plans/college.md:40:1</code> 无法识别任务下的“牵头部门” <code>[unknown-task-key]</code><br><span style=\"color:#7a4a44\">提示：是不是要写“牵头单位”？</span>"))
        #expect(page.body.contains("（二）师资队伍"))
        try server.edit("plans/college.md") { $0.replacingOccurrences(of: "- 牵头部门：人事处", with: "- 牵头单位：人事处") }
        #expect(try until(3) { !(try client.get("/plans/college/index.html").body.contains("lantu-build-errors")) } != nil)
    }

    @Test func neverServesAFileOutsideThePreview() async throws {
        let server = try Running()
        defer { server.stop() }
        let client = try await server.start()
        let leak = server.folder.appendingPathComponent("preview-leak")
        try FileManager.default.createDirectory(at: leak, withIntermediateDirectories: true)
        try "SECRET".write(to: leak.appendingPathComponent("secret.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: server.output.appendingPathComponent("etc").path, withDestinationPath: "/etc")
        let attacks = ["/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/..%2f..%2fetc/passwd",
                       "/%252e%252e/%252e%252e/etc/passwd", "/..%5c..%5cetc%5cpasswd", "/%c0%ae%c0%ae/etc/passwd", "/index.html%00.md",
                       "/..%2fpreview-leak/secret.txt", "/etc/passwd", "/etc/hostname"]
        for attack in attacks {
            let reply = try client.get(attack)
            #expect([400, 404].contains(reply.status), "\(attack) → \(reply.status)")
            #expect(!reply.body.contains("root:") && !reply.body.contains("SECRET"), "\(attack) leaked a file")
        }
        #expect(try client.get("/").status == 200)
    }

    @Test func answersOnlyToItsOwnNameAndOrigin() async throws {
        let server = try Running()
        defer { server.stop() }
        let client = try await server.start()
        #expect(try client.get("/", headers: ["Host": "evil.example"]).status == 403)
        #expect(try client.get("/", headers: ["Host": "localhost:\(server.port)"]).status == 200)
        #expect(try client.get("/__lantu/events", headers: ["Origin": "http://evil.example"]).status == 403)
    }

    @Test func badRequestsAreRefusedAndTheServerCarriesOn() async throws {
        let server = try Running()
        defer { server.stop() }
        let client = try await server.start()
        #expect([400, 414].contains(try client.get("/" + String(repeating: "a", count: 100_000)).status))
        var many: [String: String] = [:]
        for index in 0..<3000 { many["X-Header-\(index)"] = "v" }
        #expect([400, 431].contains(try client.get("/", headers: many).status))
        #expect(try client.get("/%zz").status == 400)
        // Fifty threads of their own: blocking sockets on Swift's cooperative pool would starve the server.
        let statuses: [Int] = await withCheckedContinuation { continuation in
            final class Results: @unchecked Sendable {
                let lock = NSLock()
                var statuses: [Int] = []
                func add(_ status: Int) { lock.lock(); statuses.append(status); lock.unlock() }
            }
            let results = Results()
            let group = DispatchGroup()
            for _ in 0..<50 {
                group.enter()
                Thread.detachNewThread {
                    results.add((try? client.get("/plans/college/index.html").status) ?? 0)
                    group.leave()
                }
            }
            group.notify(queue: .global()) { continuation.resume(returning: results.statuses) }
        }
        #expect(statuses.count == 50 && statuses.allSatisfy { $0 == 200 }, "\(statuses)")
    }

    /// A connection that never finishes its request (slowloris) or sends nothing is closed
    /// after the idle time-out; an open page's reload stream is an answer and stays open.
    @Test func halfSentAndIdleConnectionsAreClosedButReloadStreamsStay() async throws {
        let server = try Running()
        defer { server.stop() }
        let client = try await server.start(idleTimeout: .seconds(1))
        let half = try client.secondsUntilClosed(after: "GET / HTTP/1.1\r\nHost: 127.0.0.1:\(client.port)\r\nX-Slow: ", limit: 5)
        #expect(half.map { $0 >= 0.9 && $0 < 3 } == true, "half-sent headers: \(String(describing: half))")
        let idle = try client.secondsUntilClosed(after: "", limit: 5)
        #expect(idle.map { $0 >= 0.9 && $0 < 3 } == true, "nothing sent: \(String(describing: idle))")
        let start = Date()
        let events = try client.stream("/__lantu/events", until: "never-sent", timeout: 3) {}
        #expect(Date().timeIntervalSince(start) >= 2.9, "the reload stream was closed: \(events)")
        #expect(events.contains("retry: 1000"))
        #expect(try client.get("/").status == 200)
    }

    @Test func editorsSavePatternsEndWithTheRightPage() async throws {
        let server = try Running()
        defer { server.stop() }
        let client = try await server.start()
        let about = server.content.appendingPathComponent("about.md")
        func page() throws -> String { try client.get("/about.html").body }
        // Write a temporary file and rename it over the original (many editors).
        try "---\ntitle: 关于\n---\n\n# 甲版本\n".write(to: server.content.appendingPathComponent(".about.md.tmp"), atomically: false, encoding: .utf8)
        _ = rename(server.content.appendingPathComponent(".about.md.tmp").path, about.path)
        #expect(try until(2) { try page().contains("甲版本") } != nil)
        // vim: rename the original to a backup, write a new file, delete the backup.
        _ = rename(about.path, about.path + "~")
        try "---\ntitle: 关于\n---\n\n# 乙版本\n".write(to: about, atomically: false, encoding: .utf8)
        try FileManager.default.removeItem(atPath: about.path + "~")
        #expect(try until(2) { try page().contains("乙版本") } != nil)
        // Delete and re-create.
        try FileManager.default.removeItem(at: about)
        try "---\ntitle: 关于\n---\n\n# 丙版本\n".write(to: about, atomically: false, encoding: .utf8)
        #expect(try until(2) { try page().contains("丙版本") } != nil)
        // Rename a folder, then add a page in it.
        let reports = server.content.appendingPathComponent("reports")
        try FileManager.default.moveItem(at: reports, to: server.content.appendingPathComponent("reports-2"))
        try FileManager.default.moveItem(at: server.content.appendingPathComponent("reports-2"), to: reports)
        try "---\ntitle: 新页面\nkind: page\n---\n\n# 新页面\n".write(to: reports.appendingPathComponent("extra.md"), atomically: false, encoding: .utf8)
        #expect(try until(2) { try client.get("/extra.html").status == 200 } != nil)
        // Fifty writes in one second: the last one wins.
        for index in 1...50 {
            try "---\ntitle: 关于\n---\n\n# 第\(index)版\n".write(to: about, atomically: false, encoding: .utf8)
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(try until(2) { try page().contains("第50版") } != nil)
    }
}
