/// The URL check cmark's own renderer applies in safe mode, for the nodes lantu renders itself.
public enum SafeURL {
    /// Whether a link or image destination may reach the page: no `javascript:`, `vbscript:`,
    /// `file:` and no `data:` except raster images.
    public static func isSafe(_ url: String) -> Bool {
        let trimmed = url.drop { $0.isWhitespace || $0.unicodeScalars.allSatisfy { $0.value < 0x20 } }
        let lower = trimmed.lowercased()
        for scheme in ["javascript:", "vbscript:", "file:"] where lower.hasPrefix(scheme) {
            return false
        }
        if lower.hasPrefix("data:") {
            return ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
                .contains { lower.hasPrefix($0) }
        }
        return true
    }
}

extension SafeURL {
    /// A destination as it goes into an `href` or `src`: unsafe schemes emptied, and bytes
    /// outside the URL-safe set percent-encoded, as cmark's `houdini_escape_href` does.
    public static func attribute(_ url: String) -> String {
        guard isSafe(url) else { return "" }
        var out = ""
        for byte in url.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out += "&amp;"
            case UInt8(ascii: "'"): out += "&#39;"
            case _ where hrefSafe.contains(byte): out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }

    private static let hrefSafe: Set<UInt8> = Set(
        Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!~*();/?:@=+$,%#[]".utf8)
    )
}
