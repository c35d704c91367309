"""Tiny raw-OOXML writer used by the corpus generators.

Everything is written as WordprocessingML strings, the way Word 2016 (Chinese
edition) lays a package out, so that numbering, text boxes, merged cells,
tracked changes, fields, footnotes and comments are exactly what we intend
(python-docx cannot produce most of these)."""
import zipfile, datetime
from xml.sax.saxutils import escape

W_NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
        'xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:w10="urn:schemas-microsoft-com:office:word" '
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
        'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
        'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
        'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
        'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'mc:Ignorable="w14 w15 wp14"')

XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'

FS = '仿宋_GB2312'   # body font of Chinese official documents
HEI = '黑体'
KAI = '楷体_GB2312'
XBS = '方正小标宋简体'


def esc(t):
    return escape(t)


def rpr(bold=False, font=None, size=None, color=None, extra=''):
    s = ''
    if font:
        s += f'<w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}"/>'
    if bold:
        s += '<w:b/><w:bCs/>'
    if color:
        s += f'<w:color w:val="{color}"/>'
    if size:
        s += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    s += extra
    return f'<w:rPr>{s}</w:rPr>' if s else ''


def r(text, bold=False, font=None, size=None, color=None, extra=''):
    """A run. Tabs and line breaks inside text become w:tab / w:br."""
    out = [f'<w:r>{rpr(bold, font, size, color, extra)}']
    parts = text.split('\n')
    for i, line in enumerate(parts):
        if i:
            out.append('<w:br/>')
        segs = line.split('\t')
        for j, seg in enumerate(segs):
            if j:
                out.append('<w:tab/>')
            if seg:
                out.append(f'<w:t xml:space="preserve">{esc(seg)}</w:t>')
    out.append('</w:r>')
    return ''.join(out)


def p(content='', style=None, jc=None, first_line=None, numpr=None, spacing=None,
      extra_ppr='', rpr_mark='', ind=None, keep_next=False, outline=None):
    """A paragraph; content is a run string or list of run strings."""
    if isinstance(content, (list, tuple)):
        content = ''.join(content)
    pp = ''
    if style:
        pp += f'<w:pStyle w:val="{style}"/>'
    if keep_next:
        pp += '<w:keepNext/>'
    if numpr is not None:
        num_id, ilvl = numpr
        pp += f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
    pp += extra_ppr
    if spacing:
        pp += spacing
    if ind:
        pp += ind
    elif first_line is not None:
        pp += f'<w:ind w:firstLineChars="{first_line}" w:firstLine="{first_line * 16 // 5}"/>'
    if jc:
        pp += f'<w:jc w:val="{jc}"/>'
    if outline is not None:
        pp += f'<w:outlineLvl w:val="{outline}"/>'
    if rpr_mark:
        pp += f'<w:rPr>{rpr_mark}</w:rPr>'
    return f'<w:p><w:pPr>{pp}</w:pPr>{content}</w:p>' if pp else f'<w:p>{content}</w:p>'


def page_break():
    return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'


def sect_pr(footer_rid=None, header_rid=None, title_pg=False, even_footer_rid=None):
    s = '<w:sectPr>'
    if header_rid:
        s += f'<w:headerReference w:type="default" r:id="{header_rid}"/>'
    if even_footer_rid:
        s += f'<w:footerReference w:type="even" r:id="{even_footer_rid}"/>'
    if footer_rid:
        s += f'<w:footerReference w:type="default" r:id="{footer_rid}"/>'
    # GB/T 9704 page: A4, top 37mm, bottom 35mm, left 28mm, right 26mm
    s += ('<w:pgSz w:w="11906" w:h="16838"/>'
          '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" '
          'w:header="851" w:footer="1531" w:gutter="0"/>'
          '<w:cols w:space="425"/>')
    if title_pg:
        s += '<w:titlePg/>'
    s += '<w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr>'
    return s


def document(body, sect):
    return (XML_DECL + f'<w:document {W_NS}><w:body>{body}{sect}</w:body></w:document>')


# ---------------------------------------------------------------- tables
def tc(content, width, grid_span=None, vmerge=None, shade=None, valign='center',
       borders=None, extra=''):
    """A table cell. vmerge: 'restart' | 'continue' | None."""
    pr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if grid_span:
        pr += f'<w:gridSpan w:val="{grid_span}"/>'
    if vmerge == 'restart':
        pr += '<w:vMerge w:val="restart"/>'
    elif vmerge == 'continue':
        pr += '<w:vMerge/>'
    if borders:
        pr += borders
    if shade:
        pr += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
    if valign:
        pr += f'<w:vAlign w:val="{valign}"/>'
    pr += extra
    if not content:
        content = '<w:p/>'
    return f'<w:tc><w:tcPr>{pr}</w:tcPr>{content}</w:tc>'


def tr(cells, header=False, height=None, trpr_extra=''):
    pr = ''
    if height:
        pr += f'<w:trHeight w:val="{height}"/>'
    if header:
        pr += '<w:tblHeader/>'
    pr += trpr_extra
    pr = f'<w:trPr>{pr}</w:trPr>' if pr else ''
    return f'<w:tr>{pr}{"".join(cells)}</w:tr>'


ALL_BORDERS = ''.join(f'<w:{b} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                      for b in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'))


def tbl(rows, grid, style=None, borders=ALL_BORDERS, jc='center', layout_fixed=True, extra_pr=''):
    pr = ''
    if style:
        pr += f'<w:tblStyle w:val="{style}"/>'
    pr += f'<w:tblW w:w="{sum(grid)}" w:type="dxa"/>'
    if jc:
        pr += f'<w:jc w:val="{jc}"/>'
    if borders:
        pr += f'<w:tblBorders>{borders}</w:tblBorders>'
    if layout_fixed:
        pr += '<w:tblLayout w:type="fixed"/>'
    pr += extra_pr
    pr += '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
    g = ''.join(f'<w:gridCol w:w="{w}"/>' for w in grid)
    return f'<w:tbl><w:tblPr>{pr}</w:tblPr><w:tblGrid>{g}</w:tblGrid>{"".join(rows)}</w:tbl>'


# ---------------------------------------------------------------- fields
def fld(instr, result_runs, rp=''):
    """A complex field: begin / instrText / separate / cached result / end."""
    if isinstance(result_runs, (list, tuple)):
        result_runs = ''.join(result_runs)
    return (f'<w:r>{rp}<w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r>{rp}<w:instrText xml:space="preserve"> {esc(instr)} </w:instrText></w:r>'
            f'<w:r>{rp}<w:fldChar w:fldCharType="separate"/></w:r>'
            f'{result_runs}'
            f'<w:r>{rp}<w:fldChar w:fldCharType="end"/></w:r>')


def footer_page_xml(style='gongwen'):
    """Footer with a PAGE field. 'gongwen' = '— 1 —' centred as GB/T 9704 wants."""
    rp = '<w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="28"/></w:rPr>'
    if style == 'gongwen':
        inner = (f'<w:r>{rp}<w:t xml:space="preserve">— </w:t></w:r>'
                 + fld('PAGE   \\* MERGEFORMAT', f'<w:r>{rp}<w:t>1</w:t></w:r>', rp)
                 + f'<w:r>{rp}<w:t xml:space="preserve"> —</w:t></w:r>')
    else:  # 第 X 页 共 Y 页
        rp = '<w:rPr><w:sz w:val="18"/></w:rPr>'
        inner = (f'<w:r>{rp}<w:t xml:space="preserve">第 </w:t></w:r>'
                 + fld('PAGE', f'<w:r>{rp}<w:t>1</w:t></w:r>', rp)
                 + f'<w:r>{rp}<w:t xml:space="preserve"> 页 共 </w:t></w:r>'
                 + fld('NUMPAGES', f'<w:r>{rp}<w:t>6</w:t></w:r>', rp)
                 + f'<w:r>{rp}<w:t xml:space="preserve"> 页</w:t></w:r>')
    return (XML_DECL + f'<w:ftr {W_NS}><w:p><w:pPr><w:pStyle w:val="FooterX"/><w:jc w:val="center"/></w:pPr>'
            f'{inner}</w:p></w:ftr>')


def header_xml(text):
    return (XML_DECL + f'<w:hdr {W_NS}><w:p><w:pPr><w:pStyle w:val="HeaderX"/><w:jc w:val="center"/></w:pPr>'
            f'{r(text, size=18)}</w:p></w:hdr>')


# ---------------------------------------------------------------- styles
def styles_xml(ids, extra_styles=''):
    """ids maps role -> (styleId, name). Roles: normal, h1, h2, h3, title, toc1, toc2,
    footer, header, footnote_text, footnote_ref, table_grid, comment_text.
    Chinese Word writes ids like "a", "1", "2", "a3"; English Word "Normal", "Heading1"."""
    N = ids['normal'][0]
    out = [XML_DECL, f'<w:styles {W_NS}>',
           '<w:docDefaults><w:rPrDefault><w:rPr>'
           '<w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/>'
           '<w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="22"/>'
           '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
           '<w:pPrDefault/></w:docDefaults>',
           f'<w:style w:type="paragraph" w:default="1" w:styleId="{N}"><w:name w:val="{ids["normal"][1]}"/><w:qFormat/>'
           '<w:pPr><w:widowControl w:val="0"/><w:spacing w:line="560" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr>'
           f'<w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="{FS}" w:hAnsi="Times New Roman"/>'
           '<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>']
    heads = [('h1', HEI, False, 0), ('h2', KAI, True, 1), ('h3', FS, True, 2)]
    for role, font, bold, lvl in heads:
        if role not in ids:
            continue
        sid, name = ids[role]
        num = ids.get(role + '_num')  # (numId, ilvl) to link a list to the style
        numpr = ''
        if num:
            il = '' if num[1] == 0 else '<w:ilvl w:val="%d"/>' % num[1]
            numpr = '<w:numPr>%s<w:numId w:val="%d"/></w:numPr>' % (il, num[0])
        out.append(
            f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/>'
            f'<w:basedOn w:val="{N}"/><w:next w:val="{N}"/><w:link w:val="{sid}Char"/><w:uiPriority w:val="9"/><w:qFormat/>'
            f'<w:pPr><w:keepNext/><w:keepLines/>{numpr}<w:ind w:firstLineChars="200" w:firstLine="640"/>'
            f'<w:outlineLvl w:val="{lvl}"/></w:pPr>'
            f'<w:rPr><w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}"/>{"<w:b/><w:bCs/>" if bold else ""}</w:rPr></w:style>')
        out.append(f'<w:style w:type="character" w:customStyle="1" w:styleId="{sid}Char"><w:name w:val="标题 {lvl + 1} 字符"/>'
                   f'<w:link w:val="{sid}"/><w:uiPriority w:val="9"/></w:style>')
    if 'title' in ids:
        sid, name = ids['title']
        out.append(f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/><w:basedOn w:val="{N}"/>'
                   f'<w:next w:val="{N}"/><w:uiPriority w:val="10"/><w:qFormat/>'
                   '<w:pPr><w:spacing w:before="240" w:after="240" w:line="700" w:lineRule="exact"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr>'
                   f'<w:rPr><w:rFonts w:ascii="{XBS}" w:eastAsia="{XBS}" w:hAnsi="{XBS}"/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>')
    for role, ind in (('toc1', 0), ('toc2', 420), ('toc3', 840)):
        if role in ids:
            sid, name = ids[role]
            out.append(f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/><w:basedOn w:val="{N}"/>'
                       f'<w:next w:val="{N}"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/>'
                       f'<w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="8834"/></w:tabs><w:ind w:leftChars="{ind // 210 * 100}" w:left="{ind}"/></w:pPr></w:style>')
    out.append(f'<w:style w:type="character" w:default="1" w:styleId="{ids.get("dpf", ("a0",))[0]}"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>')
    out.append(f'<w:style w:type="table" w:default="1" w:styleId="{ids.get("tn", ("a1",))[0]}"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
               '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
               '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>')
    out.append(f'<w:style w:type="numbering" w:default="1" w:styleId="{ids.get("nl", ("a2",))[0]}"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>')
    if 'table_grid' in ids:
        sid, name = ids['table_grid']
        out.append(f'<w:style w:type="table" w:styleId="{sid}"><w:name w:val="{name}"/><w:basedOn w:val="{ids.get("tn", ("a1",))[0]}"/><w:uiPriority w:val="39"/>'
                   f'<w:tblPr><w:tblBorders>{ALL_BORDERS}</w:tblBorders></w:tblPr></w:style>')
    out.append(f'<w:style w:type="paragraph" w:styleId="FooterX"><w:name w:val="footer"/><w:basedOn w:val="{N}"/>'
               '<w:pPr><w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" w:pos="8306"/></w:tabs><w:snapToGrid w:val="0"/><w:spacing w:line="240" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>')
    out.append(f'<w:style w:type="paragraph" w:styleId="HeaderX"><w:name w:val="header"/><w:basedOn w:val="{N}"/>'
               '<w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr><w:spacing w:line="240" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>')
    if 'footnote_text' in ids:
        out.append(f'<w:style w:type="paragraph" w:styleId="{ids["footnote_text"][0]}"><w:name w:val="footnote text"/><w:basedOn w:val="{N}"/>'
                   '<w:pPr><w:snapToGrid w:val="0"/><w:spacing w:line="240" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>')
        out.append(f'<w:style w:type="character" w:styleId="{ids["footnote_ref"][0]}"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>')
    if 'comment_text' in ids:
        out.append(f'<w:style w:type="paragraph" w:styleId="{ids["comment_text"][0]}"><w:name w:val="annotation text"/><w:basedOn w:val="{N}"/><w:pPr><w:jc w:val="left"/></w:pPr></w:style>')
        out.append(f'<w:style w:type="character" w:styleId="{ids["comment_ref"][0]}"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="21"/></w:rPr></w:style>')
    if 'hyperlink' in ids:
        out.append(f'<w:style w:type="character" w:styleId="{ids["hyperlink"][0]}"><w:name w:val="Hyperlink"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>')
    out.append(extra_styles)
    out.append('</w:styles>')
    return ''.join(out)


# ---------------------------------------------------------------- package
def _core(title, author, modified_by, created):
    return (XML_DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{esc(title)}</dc:title><dc:creator>{esc(author)}</dc:creator>'
            f'<cp:lastModifiedBy>{esc(modified_by)}</cp:lastModifiedBy><cp:revision>7</cp:revision>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{created}</dcterms:modified></cp:coreProperties>')


APP = (XML_DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
       'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
       '<Template>Normal.dotm</Template><TotalTime>312</TotalTime><Application>Microsoft Office Word</Application>'
       '<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><Company>{company}</Company>'
       '<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>'
       '<AppVersion>16.0000</AppVersion></Properties>')

FONT_TABLE = (XML_DECL + f'<w:fonts {W_NS}>' + ''.join(
    f'<w:font w:name="{n}"><w:charset w:val="{cs}"/><w:family w:val="{fam}"/><w:pitch w:val="variable"/></w:font>'
    for n, cs, fam in (('Times New Roman', '00', 'roman'), ('宋体', '86', 'auto'), (FS, '86', 'modern'),
                       (HEI, '86', 'modern'), (KAI, '86', 'modern'), (XBS, '86', 'script'))) + '</w:fonts>')


def settings_xml(extra='', even_odd=False):
    return (XML_DECL + f'<w:settings {W_NS}><w:zoom w:percent="100"/>{extra}'
            f'{"<w:evenAndOddHeaders/>" if even_odd else ""}'
            '<w:bordersDoNotSurroundHeader/><w:bordersDoNotSurroundFooter/>'
            '<w:defaultTabStop w:val="420"/><w:drawingGridVerticalSpacing w:val="579"/>'
            '<w:displayHorizontalDrawingGridEvery w:val="0"/><w:characterSpacingControl w:val="compressPunctuation"/>'
            '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
            '<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/>'
            '<w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/>'
            '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
            '</w:compat><w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>'
            '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>')


def footnotes_xml(notes, ref_style, text_style):
    """notes: list of (id, text). Word always writes the two separator notes -1 and 0."""
    out = [XML_DECL, f'<w:footnotes {W_NS}>',
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for nid, text in notes:
        out.append(f'<w:footnote w:id="{nid}"><w:p><w:pPr><w:pStyle w:val="{text_style}"/></w:pPr>'
                   f'<w:r><w:rPr><w:rStyle w:val="{ref_style}"/></w:rPr><w:footnoteRef/></w:r>'
                   f'<w:r><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:footnote>')
    out.append('</w:footnotes>')
    return ''.join(out)


def comments_xml(comments, text_style, ref_style):
    """comments: list of (id, author, initials, date, text)."""
    out = [XML_DECL, f'<w:comments {W_NS}>']
    for cid, author, ini, date, text in comments:
        out.append(f'<w:comment w:id="{cid}" w:author="{esc(author)}" w:date="{date}" w:initials="{esc(ini)}">'
                   f'<w:p><w:pPr><w:pStyle w:val="{text_style}"/></w:pPr><w:r><w:rPr><w:rStyle w:val="{ref_style}"/></w:rPr><w:annotationRef/></w:r>'
                   f'<w:r><w:t>{esc(text)}</w:t></w:r></w:p></w:comment>')
    out.append('</w:comments>')
    return ''.join(out)


def write_docx(path, document_xml, styles, numbering=None, footnotes=None, comments=None,
               footers=(), headers=(), settings=None, title='', author='', modified_by=None,
               company='', created='2021-06-01T08:00:00Z', application='Microsoft Office Word', custom_props=None):
    """footers/headers: list of (rId, filename, xml). Fixed timestamps so output is reproducible."""
    ct = ['<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
          '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>',
          '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>',
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>']
    rels = ['<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">',
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>',
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>']
    parts = {}
    if numbering:
        ct.append('<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>')
        rels.append('<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>')
        parts['word/numbering.xml'] = numbering
    if footnotes:
        ct.append('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>')
        rels.append('<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>')
        parts['word/footnotes.xml'] = footnotes
    if comments:
        ct.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
        rels.append('<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
        parts['word/comments.xml'] = comments
    for rid, fn, xml in footers:
        ct.append(f'<Override PartName="/word/{fn}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
        rels.append(f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="{fn}"/>')
        parts['word/' + fn] = xml
    for rid, fn, xml in headers:
        ct.append(f'<Override PartName="/word/{fn}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
        rels.append(f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="{fn}"/>')
        parts['word/' + fn] = xml
    if custom_props:
        ct.append('<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>')
    ct.append('</Types>')
    rels.append('</Relationships>')
    root_rels = (XML_DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                 + ('<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>' if custom_props else '')
                 + '</Relationships>')
    files = [('[Content_Types].xml', XML_DECL + ''.join(ct)), ('_rels/.rels', root_rels),
             ('word/document.xml', document_xml), ('word/_rels/document.xml.rels', XML_DECL + ''.join(rels)),
             ('word/styles.xml', styles), ('word/settings.xml', settings or settings_xml()),
             ('word/fontTable.xml', FONT_TABLE)] + sorted(parts.items()) + [
             ('docProps/core.xml', _core(title, author, modified_by or author, created)),
             ('docProps/app.xml', APP.replace('{company}', esc(company)).replace('Microsoft Office Word', esc(application)))]
    if custom_props:
        files.append(('docProps/custom.xml', XML_DECL +
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
            ''.join(f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{i + 2}" name="{esc(k)}"><vt:lpwstr>{esc(v)}</vt:lpwstr></property>'
                    for i, (k, v) in enumerate(custom_props)) + '</Properties>'))
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2021, 6, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode('utf-8'))


# ---------------------------------------------------------------- text boxes
def textbox_run(content, shape_no, width_cm=15.5, height_cm=6.0, wrap='topAndBottom'):
    """A floating text box exactly as Word 2010+ writes it: mc:AlternateContent with a
    DrawingML wps:wsp in mc:Choice and the same w:txbxContent again in a VML mc:Fallback."""
    cx, cy = int(width_cm * 360000), int(height_cm * 360000)
    wpt, hpt = width_cm * 28.3465, height_cm * 28.3465
    rel_h = 251658240 + shape_no * 1024
    anchor_wrap = '<wp:wrapTopAndBottom/>' if wrap == 'topAndBottom' else '<wp:wrapSquare wrapText="bothSides"/>'
    return (
        '<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="{rel_h}" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>45720</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="19050" b="19050"/>{anchor_wrap}'
        f'<wp:docPr id="{shape_no}" name="文本框 {shape_no}"/><wp:cNvGraphicFramePr><a:graphicFrameLocks/></wp:cNvGraphicFramePr>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr>'
        f'<wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
        '<a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:miter lim="800000"/><a:headEnd/><a:tailEnd/></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr>'
        '</wps:wsp></a:graphicData></a:graphic>'
        '<wp14:sizeRelH relativeFrom="margin"><wp14:pctWidth>0</wp14:pctWidth></wp14:sizeRelH>'
        '<wp14:sizeRelV relativeFrom="margin"><wp14:pctHeight>0</wp14:pctHeight></wp14:sizeRelV>'
        '</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="文本框 {shape_no}" o:spid="_x0000_s{1025 + shape_no}" type="#_x0000_t202" '
        f'style="position:absolute;left:0;text-align:left;margin-left:0;margin-top:3.6pt;width:{wpt:.1f}pt;height:{hpt:.1f}pt;'
        f'z-index:{rel_h};visibility:visible;mso-wrap-style:square;mso-width-percent:0;mso-height-percent:0;'
        'mso-wrap-distance-left:9pt;mso-wrap-distance-top:3.6pt;mso-wrap-distance-right:9pt;mso-wrap-distance-bottom:3.6pt;'
        'mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:absolute;'
        'mso-position-vertical-relative:text;mso-width-percent:0;mso-height-percent:0;mso-width-relative:margin;'
        'mso-height-relative:margin;v-text-anchor:top">'
        f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{content}</w:txbxContent></v:textbox>'
        f'<w10:wrap type="{"topAndBottom" if wrap == "topAndBottom" else "square"}" anchorx="margin"/></v:shape>'
        '</w:pict></mc:Fallback></mc:AlternateContent></w:r>')
