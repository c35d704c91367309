import Foundation
import Hummingbird
import LantuDiagnostics
import LantuMarkdown

/// Serves files from the preview folder and nothing else: the path is decoded once and
/// refused if it holds `..`, `.`, a backslash or a NUL, and no symlink is followed.
struct StaticFiles: Sendable {
    let root: URL

    enum Resolution: Equatable {
        case file(URL)
        case badRequest
        case notFound
    }

    init(root: String) {
        self.root = URL(fileURLWithPath: root).standardizedFileURL.resolvingSymlinksInPath()
    }

    /// Maps a request path (still percent-encoded) to a regular file inside the root.
    func resolve(_ rawPath: String) -> Resolution {
        guard let decoded = rawPath.removingPercentEncoding else { return .badRequest }
        if decoded.contains("\0") || decoded.contains("\\") { return .badRequest }
        let parts = decoded.split(separator: "/", omittingEmptySubsequences: true)
        if parts.contains(where: { $0 == ".." || $0 == "." }) { return .badRequest }
        var relative = parts.map(String.init)
        if decoded.hasSuffix("/") || relative.isEmpty { relative.append("index.html") }
        var url = root
        for (index, part) in relative.enumerated() {
            url.appendPathComponent(part)
            // FileManager's attributes describe a symlink itself, as lstat does. (Not lstat:
            // beside Hummingbird's imports, a release build finds `stat` only through CDispatch.)
            guard let kind = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.type] as? FileAttributeType,
                  kind != .typeSymbolicLink else { return .notFound }
            if index == relative.count - 1 {
                if kind == .typeDirectory { return resolve(rawPath + "/") }
                guard kind == .typeRegular else { return .notFound }
            } else if kind != .typeDirectory {
                return .notFound
            }
        }
        return .file(url)
    }

    /// The response for a GET or HEAD: the file with type, ETag and Last-Modified, 304 when
    /// the client has it, else the site's 404 page. While the last build failed, HTML pages
    /// carry its errors, in `language`, below the site's header.
    func respond(to request: Request, errors: [Diagnostic], language: DiagnosticLanguage) -> Response {
        let resolution = resolve(request.uri.path)
        if resolution == .badRequest { return plain(.badRequest, "bad request path\n") }
        var status = HTTPResponse.Status.ok
        let file: URL
        if case .file(let found) = resolution {
            file = found
        } else {
            status = .notFound
            file = root.appendingPathComponent("404.html")
        }
        guard var data = FileManager.default.contents(atPath: file.path) else { return plain(.notFound, "not found\n") }
        let type = Self.contentType(file.pathExtension)
        if type.hasPrefix("text/html"), !errors.isEmpty {
            data = Self.withErrors(data, errors, in: language)
        }
        let modified = ((try? FileManager.default.attributesOfItem(atPath: file.path))?[.modificationDate] as? Date) ?? Date(timeIntervalSince1970: 0)
        let tag = "\"\(Self.fingerprint(data))\""
        var headers: HTTPFields = [.contentType: type, .eTag: tag, .lastModified: Self.httpDate(modified), .cacheControl: "no-cache"]
        if status == .ok, notModified(request, tag: tag, modified: modified) {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentLength] = String(data.count)
        let body = request.method == .head ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: data))
        return Response(status: status, headers: headers, body: body)
    }
}

extension StaticFiles {
    static func contentType(_ fileExtension: String) -> String {
        switch fileExtension.lowercased() {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "json": return "application/json; charset=utf-8"
        case "xml": return "application/xml; charset=utf-8"
        case "csv": return "text/csv; charset=utf-8"
        case "txt", "md": return "text/plain; charset=utf-8"
        case "svg": return "image/svg+xml; charset=utf-8"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "ico": return "image/x-icon"
        case "docx": return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        default: return "application/octet-stream"
        }
    }

    func plain(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(status: status, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    func notModified(_ request: Request, tag: String, modified: Date) -> Bool {
        if let match = request.headers[.ifNoneMatch] {
            return match.split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces) == tag || $0 == "*" }
        }
        if let since = request.headers[.ifModifiedSince], let date = Self.parseHTTPDate(since) {
            return modified.timeIntervalSince1970.rounded(.down) <= date.timeIntervalSince1970
        }
        return false
    }

    /// The last build's errors, escaped, each with its place, code and hint, placed after the
    /// site's header in the page's flow, so that the header and its navigation stay visible.
    static func withErrors(_ data: Data, _ errors: [Diagnostic], in language: DiagnosticLanguage) -> Data {
        let hintWord = PreviewText.hint.text(in: language)
        let items = errors.prefix(50).map { diagnostic in
            "<li><code>\(diagnostic.location.description.htmlEscaped)</code> \(diagnostic.message.htmlEscaped) <code>[\(diagnostic.code.htmlEscaped)]</code>"
                + (diagnostic.hint.map { "<br><span style=\"color:#7a4a44\">\(hintWord.htmlEscaped)\($0.htmlEscaped)</span>" } ?? "") + "</li>"
        }.joined()
        let more = errors.count > 50 ? "<p>\(PreviewText.more(errors.count - 50).text(in: language).htmlEscaped)</p>" : ""
        let banner = """
        <div id="lantu-build-errors" role="alert" style="margin:0;background:#fff4f2;color:#5c1a14;border-top:3px solid #c0392b;border-bottom:3px solid #c0392b;padding:10px 16px;font:14px/1.6 sans-serif"><strong>\(PreviewText.failed(errors.count).text(in: language).htmlEscaped)</strong><ul style="margin:6px 0 0;padding-left:1.2em">\(items)</ul>\(more)</div>
        """
        let html = String(decoding: data, as: UTF8.self)
        if let header = html.range(of: "</header>") {
            return Data(html.replacingCharacters(in: header, with: "</header>" + banner).utf8)
        }
        guard let body = html.range(of: "<body>") else { return Data((banner + html).utf8) }
        return Data(html.replacingCharacters(in: body, with: "<body>" + banner).utf8)
    }

    /// FNV-1a over the bytes served: a new build or a new error banner gives a new tag.
    static func fingerprint(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }

    static func httpDate(_ date: Date) -> String {
        formatter.string(from: date)
    }

    static func parseHTTPDate(_ text: String) -> Date? {
        formatter.date(from: text)
    }

    static let formatter: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter
    }()
}
