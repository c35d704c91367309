/// Where an SVG `<text>` is anchored on its x coordinate.
enum TextAnchor: String, Sendable {
    case start, middle, end
}

/// The box a browser gives an SVG `<text>`, estimated from its characters, so a chart can
/// keep its labels apart without a browser: CJK and full-width characters are one em wide,
/// Latin glyphs narrower; the height is the CJK font's ascent and descent above and below
/// the baseline (Noto Sans CJK: 1.16 em and 0.29 em; PingFang and YaHei are smaller).
struct TextBox: Equatable, Sendable {
    var left: Double
    var top: Double
    var right: Double
    var bottom: Double

    init(left: Double, top: Double, right: Double, bottom: Double) {
        self.left = left
        self.top = top
        self.right = right
        self.bottom = bottom
    }

    init(_ text: String, x: Double, y: Double, anchor: TextAnchor, size: Double) {
        let width = Self.width(of: text, size: size)
        switch anchor {
        case .start: left = x
        case .middle: left = x - width / 2
        case .end: left = x - width
        }
        right = left + width
        top = y - 1.16 * size
        bottom = y + 0.29 * size
    }

    /// A mark's box: a circle or square of `radius` around a point.
    init(around x: Double, _ y: Double, radius: Double) {
        self.init(left: x - radius, top: y - radius, right: x + radius, bottom: y + radius)
    }

    static func width(of text: String, size: Double) -> Double {
        text.unicodeScalars.reduce(0) { sum, scalar in
            let em: Double = switch scalar.value {
            case 0x30...0x39: 0.58
            case 0x25: 0.9                          // %
            case 0x20, 0x2C, 0x2E, 0x3A: 0.3        // space , . :
            case 0x41...0x5A: 0.68
            case 0x21...0x7E: 0.62
            case 0x7F..<0x2000: 0.7
            default: 1                               // CJK, full-width, general punctuation, ≥ ≤
            }
            return sum + em * size
        }
    }

    var area: Double { max(right - left, 0) * max(bottom - top, 0) }

    /// The area two boxes share; zero when they only touch.
    func overlap(_ other: TextBox) -> Double {
        let width = min(right, other.right) - max(left, other.left)
        let height = min(bottom, other.bottom) - max(top, other.top)
        return width > 0 && height > 0 ? width * height : 0
    }

    /// The part of this box outside `bounds`.
    func outside(_ bounds: TextBox) -> Double {
        area - overlap(bounds)
    }
}

/// Labels placed one at a time: each takes the first of its candidate positions that
/// overlaps nothing drawn or placed before and stays inside the drawing; when none does,
/// the one that overlaps least.
struct LabelLayout: Sendable {
    struct Position: Equatable, Sendable {
        let x: Double
        let y: Double
        let anchor: TextAnchor
    }

    let bounds: TextBox
    private(set) var taken: [TextBox] = []

    init(width: Double, height: Double) {
        bounds = TextBox(left: 0, top: 0, right: width, bottom: height)
    }

    /// Something already drawn that labels must keep clear of.
    mutating func reserve(_ box: TextBox) {
        taken.append(box)
    }

    mutating func place(_ text: String, size: Double, at candidates: [Position]) -> Position {
        func cost(_ position: Position) -> Double {
            let box = TextBox(text, x: position.x, y: position.y, anchor: position.anchor, size: size)
            return taken.reduce(box.outside(bounds) * 4) { $0 + $1.overlap(box) }
        }
        let chosen = candidates.first { cost($0) == 0 } ?? candidates.min { cost($0) < cost($1) } ?? Position(x: 0, y: 0, anchor: .start)
        reserve(TextBox(text, x: chosen.x, y: chosen.y, anchor: chosen.anchor, size: size))
        return chosen
    }
}
