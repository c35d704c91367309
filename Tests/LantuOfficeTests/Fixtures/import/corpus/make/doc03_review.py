"""03: a special plan (征求意见稿) that came back from 处室 review: English-Word style
ids (Heading1...), hand-typed numbers inside heading styles, a TOC field with
cached entries and _Toc bookmarks, REF/SEQ/PAGE/NUMPAGES fields, footnotes,
comments, tracked insertions/deletions (runs, whole paragraphs, table rows, a
formatting change), and a 专栏 as a shaded one-cell table."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from ooxml import *

OUT = os.path.join(os.path.dirname(__file__), '..', '03-bcu-talent-review-changes.docx')
IDS = {'normal': ('Normal', 'Normal'), 'h1': ('Heading1', 'heading 1'), 'h2': ('Heading2', 'heading 2'),
       'h3': ('Heading3', 'heading 3'), 'title': ('Title', 'Title'), 'toc1': ('TOC1', 'toc 1'),
       'toc2': ('TOC2', 'toc 2'), 'table_grid': ('TableGrid', 'Table Grid'),
       'footnote_text': ('FootnoteText', 'footnote text'), 'footnote_ref': ('FootnoteReference', 'footnote reference'),
       'comment_text': ('CommentText', 'annotation text'), 'comment_ref': ('CommentReference', 'annotation reference'),
       'hyperlink': ('Hyperlink', 'Hyperlink'),
       'dpf': ('DefaultParagraphFont',), 'tn': ('TableNormal',), 'nl': ('NoList',)}

A1, D1 = '发展规划处 李明', '2021-04-12T10:21:00Z'
A2, D2 = '教务处', '2021-04-14T15:02:00Z'
A3, D3 = '研究生院 王芳', '2021-04-15T09:40:00Z'
_rev = [100]


def rid():
    _rev[0] += 1
    return _rev[0]


def INS(text, a=A1, d=D1, **kw):
    return f'<w:ins w:id="{rid()}" w:author="{a}" w:date="{d}">{r(text, **kw)}</w:ins>'


def DEL(text, a=A1, d=D1, **kw):
    run = r(text, **kw).replace('<w:t xml:space="preserve">', '<w:delText xml:space="preserve">').replace('</w:t>', '</w:delText>')
    return f'<w:del w:id="{rid()}" w:author="{a}" w:date="{d}">{run}</w:del>'


def MARK(kind, a=A1, d=D1):
    return f'<w:{kind} w:id="{rid()}" w:author="{a}" w:date="{d}"/>'


def FN(n):
    return f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>'


def CSTART(n): return f'<w:commentRangeStart w:id="{n}"/>'
def CEND(n): return (f'<w:commentRangeEnd w:id="{n}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                     f'<w:commentReference w:id="{n}"/></w:r>')


TOC = []   # (level, text, bookmark, page)
_bm = [0]


def heading(level, text, page):
    _bm[0] += 1
    name = f'_Toc698{12340 + _bm[0]}'
    if level <= 2:
        TOC.append((level, text, name, page))
    return p(f'<w:bookmarkStart w:id="{_bm[0]}" w:name="{name}"/>{r(text)}<w:bookmarkEnd w:id="{_bm[0]}"/>',
             style=f'Heading{level}')


def P(content):
    if isinstance(content, str) and not content.startswith('<w:'):
        content = r(content)
    return p(content, first_line=200)


def toc_block():
    out = []
    for i, (lvl, text, bm, page) in enumerate(TOC):
        runs = ''
        if i == 0:
            runs += ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                     '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>'
                     '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
        runs += (f'<w:hyperlink w:anchor="{bm}" w:history="1">'
                 f'<w:r><w:rPr><w:rStyle w:val="Hyperlink"/><w:noProof/></w:rPr><w:t>{esc(text)}</w:t></w:r>'
                 '<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:tab/></w:r>'
                 + fld(f'PAGEREF {bm} \\h', f'<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:t>{page}</w:t></w:r>',
                       '<w:rPr><w:noProof/><w:webHidden/></w:rPr>')
                 + '</w:hyperlink>')
        if i == len(TOC) - 1:
            runs += '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        out.append(p(runs, style=f'TOC{lvl}'))
    return ''.join(out)


def cellp(content, bold=False, jc='center'):
    if isinstance(content, str) and not content.startswith('<w:'):
        content = r(content, bold=bold, size=24, font=HEI if bold else None)
    return p(content, spacing='<w:spacing w:line="360" w:lineRule="exact"/>', jc=jc)


def indicator_table():
    grid = [700, 3000, 1200, 1200, 1100, 1700]
    hdr = ['序号', '指标', '2020年基期值', '2025年目标值', '指标属性', '责任单位']
    rows = [tr([tc(cellp(h, True), w, shade='D9D9D9') for h, w in zip(hdr, grid)], header=True)]

    def row(cells, trpr=''):
        return tr([tc(cellp(c, jc='left' if i in (1, 5) else 'center'), w) for i, (c, w) in enumerate(zip(cells, grid))],
                  trpr_extra=trpr)
    rows.append(row(['1', '专任教师总数（人）', '1486', '1800', '预期性', '人事处']))
    rows.append(row(['2', '具有博士学位专任教师比例（%）', '58.3', r('≥') + DEL('65') + INS('70'), '约束性', '人事处']))
    rows.append(row(['3', '国家级高层次人才（人）', '21', '35', '预期性', '人事处、科学技术处']))
    rows.append(row(['4', r('“双师双能型”教师比例（%）'), '38.6', '50', '预期性', '教务处']))
    ins_cells = ['5', '博士后在站人数（人）', '45', '100', '预期性', '人事处、研究生院']
    rows.append(row([INS(c, A3, D3, size=24) for c in ins_cells], trpr=MARK('ins', A3, D3)))
    del_cells = ['6', '外籍专任教师（人）', '18', '30', '预期性', '国际交流合作处']
    rows.append(row([DEL(c, size=24) for c in del_cells], trpr=MARK('del')))
    rows.append(row([DEL('7') + INS('6'), r('生师比') + FN(3), '17.6', '≤18', '约束性', '人事处、教务处']))
    return tbl(rows, grid, style='TableGrid')


def zhuanlan_box():
    """专栏 as a one-cell table: shaded, thick outer border -- the usual Word trick."""
    border = ''.join(f'<w:{b} w:val="single" w:sz="12" w:space="0" w:color="2F5496"/>' for b in ('top', 'left', 'bottom', 'right'))
    sp = '<w:spacing w:line="400" w:lineRule="exact"/>'
    paras = [p(r('专栏1  高层次人才引育计划', bold=True, font=HEI, size=28), jc='center', spacing=sp)]
    for t in ('1.领军人才引进计划。面向海内外引进两院院士、国家级领军人才等战略科学家5名以上。',
              '2.青年拔尖人才支持计划。遴选支持青年拔尖人才100名，给予科研启动经费和住房保障。',
              '3.博士后倍增计划。博士后在站人数由45人增加到100人，建设博士后创新实践基地3个。'):
        paras.append(p(r(t, size=28), spacing=sp, ind='<w:ind w:firstLineChars="200" w:firstLine="560"/>'))
    cell = tc(''.join(paras), 8900, shade='F2F2F2', valign='top')
    return tbl([tr([cell])], [8900], style='TableGrid', borders=border + '<w:insideH w:val="none" w:sz="0" w:space="0" w:color="auto"/><w:insideV w:val="none" w:sz="0" w:space="0" w:color="auto"/>')


FOOTNOTES = [(1, '高层次人才指两院院士、国家级人才计划入选者、省部级人才计划入选者及学校“北辰学者”特聘教授。'),
             (2, '“双师双能型”教师指具有五年以上行业企业工作经历或取得相应职业资格证书的专任教师，统计口径见《北辰理工大学“双师双能型”教师认定办法》（北理工人〔2019〕7号）。'),
             (3, '生师比按教育部《普通高等学校基本办学条件指标（试行）》（教发〔2004〕2号）口径计算，2020年数据为17.6:1。')]
COMMENTS = [(0, A2, '教务处', D2, '“双师双能型”教师统计口径请与教务处本科教学状态数据库保持一致。'),
            (1, A3, '王芳', D3, '建议增加博士后队伍建设相关内容，已在表1中补充指标。'),
            (2, A1, '李明', D1, '完成时限请人事处确认。')]


def body():
    main = []
    main.append(heading(1, '一、发展基础与形势', 1))
    main.append(heading(2, '（一）“十三五”时期人才队伍建设成效', 1))
    main.append(P([r('截至2020年底，学校有教职工2368人，其中专任教师1486人，具有博士学位专任教师占比58.3%。“十三五”期间引进和培育高层次人才'),
                   FN(1), r('86人，新增国家级高层次人才9人，国家级高层次人才总数达到21人。')]))
    main.append(P([CSTART(0), r('“双师双能型”教师'), FN(2), r('占比达到'), DEL('35%'), INS('38.6%'), r('，'),
                   r('教师队伍结构持续优化。'), CEND(0)]))
    main.append(heading(2, '（二）存在的主要问题', 2))
    main.append(P('一是高层次领军人才数量偏少，国家级高层次人才总量在同类高校中排名靠后。二是青年教师成长通道有待拓宽，人才梯队建设有待加强。'))
    # a whole paragraph deleted by the reviewer: its runs are w:del and its paragraph mark is deleted too
    main.append(p(DEL('三是教师国际化水平不高，具有一年以上海外经历的教师占比偏低。'), first_line=200, rpr_mark=MARK('del')))
    main.append(P([r('四是人才评价'), DEL('机制'), INS('“唯论文、唯帽子”倾向'), r('尚未根本扭转，分类评价体系有待完善。')]))
    main.append(heading(1, '二、指导思想与发展目标', 2))
    main.append(heading(2, '（一）指导思想', 2))
    main.append(P('深入贯彻中央人才工作会议精神，坚持党管人才原则，坚持人才引领发展的战略地位，以高层次人才队伍建设为重点，'
                  '全面深化人才发展体制机制改革，为建设特色鲜明的高水平研究型大学提供坚强人才支撑。'))
    main.append(heading(2, '（二）发展目标', 3))
    main.append(P([r('到2025年，建成一支规模适度、结构合理、素质优良的高水平人才队伍，主要指标见'),
                   fld('REF _Ref69813001 \\h', r('表1')), r('。')]))
    main.append(p(['<w:bookmarkStart w:id="90" w:name="_Ref69813001"/>', r('表', font=HEI, size=28),
                   fld('SEQ 表 \\* ARABIC', r('1', font=HEI, size=28)), '<w:bookmarkEnd w:id="90"/>',
                   r('  “十四五”人才队伍建设主要指标', font=HEI, size=28)], jc='center', keep_next=True))
    main.append(indicator_table())
    main.append(p(''))
    main.append(heading(1, '三、主要任务', 3))
    main.append(heading(2, '（一）实施高层次人才引育工程', 3))
    main.append(P('坚持引育并举，以领军人才和青年拔尖人才为重点，构建梯次衔接的高层次人才体系。'))
    main.append(zhuanlan_box())
    main.append(p(''))
    main.append(heading(3, '1.实施“北辰学者”领军人才计划', 4))
    main.append(P('牵头单位：人事处　　配合单位：科学技术处、各学院'))
    # a paragraph inserted by the reviewer (paragraph mark inserted as well)
    main.append(p(INS('完成时限：2025年底'), first_line=200, rpr_mark=MARK('ins')))
    main.append(P([CSTART(2), r('面向海内外引进战略科学家和学科领军人才，实行“一人一策”，给予科研启动经费、团队建设和住房等支持。'), CEND(2)]))
    main.append(heading(3, '2.实施青年拔尖人才支持计划', 4))
    main.append(P('牵头单位：人事处；配合单位：研究生院'))
    main.append(P([r('每年遴选支持青年拔尖人才20名，实行导师制和'),
                   f'<w:r><w:rPr><w:b/><w:bCs/><w:rPrChange w:id="{rid()}" w:author="{A1}" w:date="{D1}"><w:rPr/></w:rPrChange></w:rPr><w:t>聘期考核</w:t></w:r>',
                   r('制度。'), CSTART(1), r('支持青年教师到国内外知名高校和科研机构访学研修。'), CEND(1),
                   INS('扩大博士后招收规模，建设博士后创新实践基地。', A3, D3)]))
    main.append(heading(2, '（二）深化人才发展体制机制改革', 4))
    main.append(heading(3, '1.深化职称制度改革', 4))
    main.append(P('责任单位：人事处'))
    main.append(P('完善分类分层的专业技术职务评聘办法，设立教学为主型、科研为主型、社会服务型等评聘通道。'))
    main.append(heading(3, '2.完善教师考核评价', 5))
    main.append(P('责任单位：人事处、教师工作部'))
    main.append(P([r('建立以品德、能力和业绩为导向的教师评价体系。'), DEL('将论文数量作为职称评审的主要依据。'),
                   INS('克服“唯论文、唯帽子、唯职称、唯学历、唯奖项”倾向。')]))
    main.append(heading(2, '（三）加强师德师风建设', 5))
    main.append(P('把师德师风作为评价教师队伍素质的第一标准，健全师德考核、监督和惩处机制，实行师德失范“一票否决”。'))
    main.append(heading(1, '四、保障措施', 5))
    main.append(heading(2, '（一）加强组织领导', 5))
    main.append(P('在学校人才工作领导小组领导下，人事处（人才工作办公室）牵头推进本规划实施，各学院制定人才队伍建设方案。'))
    main.append(heading(2, '（二）加大经费投入', 5))
    main.append(P('设立人才发展专项资金，“十四五”期间累计投入不少于3亿元。'))

    front = [p(r('北辰理工大学“十四五”人才队伍建设专项规划'), style='Title'),
             p(r('（征求意见稿）', font=KAI), jc='center'),
             p(r('人事处（人才工作办公室）\n2021年4月', font=KAI), jc='center'),
             page_break(),
             p(r('目  录', font=HEI), jc='center'),
             toc_block(), page_break()]
    return ''.join(front) + ''.join(main)


def main():
    doc = document(body(), sect_pr(footer_rid='rId20', header_rid='rId21'))
    write_docx(OUT, doc, styles_xml(IDS),
               footnotes=footnotes_xml(FOOTNOTES, 'FootnoteReference', 'FootnoteText'),
               comments=comments_xml(COMMENTS, 'CommentText', 'CommentReference'),
               footers=[('rId20', 'footer1.xml', footer_page_xml('of'))],
               headers=[('rId21', 'header1.xml', header_xml('北辰理工大学“十四五”人才队伍建设专项规划（征求意见稿）'))],
               settings=settings_xml('<w:trackRevisions/>'),
               title='北辰理工大学“十四五”人才队伍建设专项规划', author='人事处', modified_by=A3, company='北辰理工大学',
               created='2021-04-08T02:10:00Z')
    print(OUT)


if __name__ == '__main__':
    main()
