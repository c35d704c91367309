import Testing
@testable import LantuOffice

struct XMLReaderTests {
    func parse(_ text: String) throws(XMLError) -> XMLElement { try XMLElement.parse(Array(text.utf8)) }

    @Test func readsElementsAttributesReferencesAndCDATA() throws {
        let root = try parse("""
        \u{FEFF}<?xml version="1.0" encoding="UTF-8"?>
        <!-- a comment --><x:sst xmlns:x="urn:x" count='2'><x:si><x:t>A &amp; B &lt;&#36;&#x4E2D;&gt;</x:t></x:si>\
        <x:si a="1&#10;2"><x:t><![CDATA[<not markup>]]></x:t><?pi skipped?></x:si><empty/></x:sst>
        """)
        #expect(root.name == "x:sst")
        #expect(root.localName == "sst")
        #expect(root.attribute("count") == "2")
        let items = root.elements("si")
        #expect(items.count == 2)
        #expect(items[0].element("t")?.text == "A & B <$中>")
        #expect(items[1].element("t")?.text == "<not markup>")
        #expect(items[1].attribute("a") == "1\n2")
        #expect(root.element("empty")?.children.isEmpty == true)
    }

    /// Word and Excel end the declaration line with CRLF; LibreOffice with LF.
    @Test func readsThePartsWordAndExcelWriteWithCRLF() throws {
        let root = try parse("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<w:document xmlns:w=\"urn:w\">\r\n<w:body/></w:document>\r\n")
        #expect(root.name == "w:document")
        #expect(root.element("body") != nil)
    }

    @Test func refusesADoctypeSoNoEntityCanExpand() {
        let bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;\">]><a>&lol2;</a>"
        #expect(throws: XMLError(.doctype, offset: 21)) { try parse(bomb) }
    }

    @Test(arguments: [
        ("<a><b></a>", XMLError.Reason.mismatchedEnd(expected: "b", found: "a")),
        ("<a>", .unclosed("a")),
        ("<a>&nbsp;</a>", .badReference("&nbsp;")),
        ("<a>&#0;</a>", .badReference("&#0;")),
        ("<a x=1/>", .unexpected("a quoted value for x")),
        ("<a x='1' x='2'/>", .duplicateAttribute("x")),
        ("<a/><b/>", .secondRoot),
        ("text<a/>", .textOutsideRoot),
        ("", .noRoot),
        ("<a x='<'/>", .unexpected("'<' in an attribute")),
        ("<a><!-- never closed </a>", .unterminated("-->")),
    ])
    func malformedInputIsAnError(_ text: String, _ reason: XMLError.Reason) {
        #expect(throws: XMLError.self) { try parse(text) }
        do { _ = try parse(text) } catch { #expect(error.reason == reason) }
    }

    @Test func invalidUTF8AndDepthAndSizeAreErrors() {
        #expect(throws: XMLError(.notUTF8, offset: 3)) { try XMLElement.parse([0x3C, 0x61, 0x3E, 0xFF, 0x3C, 0x2F, 0x61, 0x3E]) }
        let deep = String(repeating: "<a>", count: 300) + String(repeating: "</a>", count: 300)
        #expect(throws: XMLError.self) { try parse(deep) }
        #expect(throws: XMLError(.tooLarge(limit: 4), offset: 0)) {
            try XMLElement.parse(Array("<a/> ".utf8), limits: .init(maxBytes: 4, maxDepth: 8))
        }
    }

    /// Every prefix of a real part, and every byte of it replaced by a markup character, reads
    /// or fails with an error: never a crash or a hang.
    @Test func damagedPartsNeverCrash() throws {
        let sheet = try #require(EditedWorkbook(Example.sheets("教务处").workbook).parts["xl/worksheets/sheet2.xml"])
        let part = Array(sheet.prefix(1200))
        for length in 0..<part.count {
            _ = try? XMLElement.parse(Array(part[..<length]))
        }
        for index in stride(from: 0, to: part.count, by: 7) {
            for byte in [UInt8(ascii: "<"), UInt8(ascii: "&"), UInt8(ascii: "\""), 0xC3] {
                var damaged = part
                damaged[index] = byte
                _ = try? XMLElement.parse(damaged)
            }
        }
    }
}
