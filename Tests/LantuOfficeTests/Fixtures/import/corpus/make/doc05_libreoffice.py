"""05: a district bureau's plan written in LibreOffice Writer (an .odt) and saved as
.docx by LibreOffice -- the docx a WPS/LibreOffice office sends.  Outline numbering
(一、/（一）/1.) comes from Writer's chapter numbering, so LibreOffice writes its own
numbering.xml and style ids; the indicator table has row-spanned category cells and
a column-spanned header; a 专栏 is a Writer text frame; there is a footnote and an
ordered list.  Built from a flat ODT (.fodt) we write here, converted by soffice."""
import os, subprocess, sys, shutil, tempfile
from xml.sax.saxutils import escape as esc

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.join(HERE, '..')
NAME = '05-binhe-district-libreoffice'

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
      'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text"')

ZH = '一, 二, 三, ...'
STYLES = f'''
<office:font-face-decls>
 <style:font-face style:name="仿宋" svg:font-family="仿宋" style:font-family-generic="modern"/>
 <style:font-face style:name="黑体" svg:font-family="黑体" style:font-family-generic="modern"/>
 <style:font-face style:name="楷体" svg:font-family="楷体" style:font-family-generic="modern"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:line-height="150%"/>
  <style:text-properties style:font-name-asian="仿宋" fo:font-size="16pt" style:font-size-asian="16pt" fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
  <style:paragraph-properties fo:text-indent="0.79cm" fo:text-align="justify"/></style:style>
 <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text">
  <style:paragraph-properties fo:keep-with-next="always"/></style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="1" style:class="text">
  <style:text-properties style:font-name-asian="黑体" fo:font-size="16pt" style:font-size-asian="16pt"/></style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="2" style:class="text">
  <style:text-properties style:font-name-asian="楷体" fo:font-weight="bold" style:font-weight-asian="bold" fo:font-size="16pt" style:font-size-asian="16pt"/></style:style>
 <style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="3" style:class="text">
  <style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" fo:font-size="16pt" style:font-size-asian="16pt"/></style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading" style:class="chapter">
  <style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="22pt" style:font-size-asian="22pt"/></style:style>
 <style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Heading" style:class="chapter">
  <style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name-asian="楷体"/></style:style>
 <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:text-align="center" fo:line-height="100%"/><style:text-properties fo:font-size="12pt" style:font-size-asian="12pt"/></style:style>
 <style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">
  <style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
 <style:style style:name="Frame_20_contents" style:display-name="Frame contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:text-indent="0.79cm" fo:line-height="130%"/><style:text-properties fo:font-size="14pt" style:font-size-asian="14pt"/></style:style>
 <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:text-properties fo:font-size="10pt" style:font-size-asian="10pt"/></style:style>
 <style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name-asian="黑体" fo:font-size="14pt" style:font-size-asian="14pt"/></style:style>
 <text:outline-style style:name="Outline">
  <text:outline-level-style text:level="1" style:num-format="{ZH}" style:num-suffix="、"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="0cm" fo:margin-left="0.79cm"/></style:list-level-properties></text:outline-level-style>
  <text:outline-level-style text:level="2" style:num-format="{ZH}" style:num-prefix="（" style:num-suffix="）" text:display-levels="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="0cm" fo:margin-left="0.79cm"/></style:list-level-properties></text:outline-level-style>
  <text:outline-level-style text:level="3" style:num-format="1" style:num-suffix="." text:display-levels="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="0cm" fo:margin-left="0.79cm"/></style:list-level-properties></text:outline-level-style>
''' + ''.join(f'<text:outline-level-style text:level="{i}" style:num-format=""/>' for i in range(4, 11)) + '''
 </text:outline-style>
 <text:list-style style:name="ParenList">
  <text:list-level-style-number text:level="1" style:num-prefix="（" style:num-suffix="）" style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="0cm" fo:margin-left="0.79cm"/></style:list-level-properties></text:list-level-style-number>
 </text:list-style>
 <text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles>
 <style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16cm" table:align="center"/></style:style>
 <style:style style:name="TblA" style:family="table-column"><style:table-column-properties style:column-width="2.2cm"/></style:style>
 <style:style style:name="TblB" style:family="table-column"><style:table-column-properties style:column-width="6.6cm"/></style:style>
 <style:style style:name="TblC" style:family="table-column"><style:table-column-properties style:column-width="2.4cm"/></style:style>
 <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties style:vertical-align="middle" fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
 <style:style style:name="HCell" style:family="table-cell"><style:table-cell-properties style:vertical-align="middle" fo:background-color="#dddddd" fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
 <style:style style:name="fr1" style:family="graphic"><style:graphic-properties style:wrap="none" style:vertical-pos="top" style:vertical-rel="paragraph" style:horizontal-pos="center" style:horizontal-rel="paragraph" fo:border="0.75pt solid #000000" fo:padding="0.2cm" fo:background-color="#f2f2f2" draw:fill="solid" draw:fill-color="#f2f2f2"/></style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="3.7cm" fo:margin-bottom="3.5cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
'''


def h(level, text):
    return f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">{esc(text)}</text:h>'


def P(text):
    return f'<text:p text:style-name="Text_20_body">{text}</text:p>'


def cell(text, style='Cell', pstyle='Table_20_Contents', rows=None, cols=None):
    a = f' table:number-rows-spanned="{rows}"' if rows else ''
    a += f' table:number-columns-spanned="{cols}"' if cols else ''
    return f'<table:table-cell table:style-name="{style}" office:value-type="string"{a}><text:p text:style-name="{pstyle}">{esc(text)}</text:p></table:table-cell>'


COVERED = '<table:covered-table-cell/>'

IND = [('教育普及', [('学前教育三年毛入园率（%）', '91.5', '≥95', '预期性'),
                 ('九年义务教育巩固率（%）', '99.6', '>99.5', '约束性'),
                 ('高中阶段教育毛入学率（%）', '97.2', '≥98', '预期性')]),
       ('教育质量', [('义务教育学校达到市级现代化标准比例（%）', '86', '100', '约束性'),
                 ('国家学生体质健康标准达标率（%）', '93.1', '≥95', '预期性'),
                 ('中小学教师中研究生学历比例（%）', '12.4', '20', '预期性')]),
       ('资源保障', [('新增中小学学位（个）', '—', '〔12000〕', '预期性'),
                 ('新建、改扩建幼儿园（所）', '—', '〔15〕', '预期性')])]


def table():
    t = ['<table:table table:name="表1" table:style-name="Tbl">',
         '<table:table-column table:style-name="TblA"/><table:table-column table:style-name="TblB"/>',
         '<table:table-column table:style-name="TblC" table:number-columns-repeated="3"/>',
         '<table:table-header-rows><table:table-row>',
         cell('领域', 'HCell', 'Table_20_Heading', rows=2), cell('指标', 'HCell', 'Table_20_Heading', rows=2),
         cell('指标值', 'HCell', 'Table_20_Heading', cols=2), COVERED, cell('属性', 'HCell', 'Table_20_Heading', rows=2),
         '</table:table-row><table:table-row>', COVERED, COVERED,
         cell('2020年', 'HCell', 'Table_20_Heading'), cell('2025年', 'HCell', 'Table_20_Heading'), COVERED,
         '</table:table-row></table:table-header-rows>']
    for cat, items in IND:
        for i, (n, b, g, a) in enumerate(items):
            t.append('<table:table-row>')
            t.append(cell(cat, rows=len(items)) if i == 0 else COVERED)
            t.append(cell(n) + cell(b) + cell(g) + cell(a))
            t.append('</table:table-row>')
    t.append('</table:table>')
    return ''.join(t)


def frame():
    items = ['（1）学位扩容工程。新建、改扩建中小学12所，新增学位12000个。',
             '（2）学前教育普惠工程。新建、改扩建幼儿园15所，普惠性幼儿园覆盖率达到85%以上。',
             '（3）智慧教育示范工程。建设区级智慧教育云平台，创建智慧校园示范校20所。']
    inner = '<text:p text:style-name="Caption">专栏1  教育资源扩容提质重点工程</text:p>' + ''.join(
        f'<text:p text:style-name="Frame_20_contents">{esc(x)}</text:p>' for x in items)
    return ('<text:p text:style-name="Standard"><draw:frame draw:style-name="fr1" draw:name="专栏1" text:anchor-type="paragraph" '
            'svg:width="15.4cm" draw:z-index="0"><draw:text-box fo:min-height="4cm">' + inner +
            '</draw:text-box></draw:frame></text:p>')


def body():
    b = ['<text:p text:style-name="Title">滨河区“十四五”教育事业发展规划</text:p>',
         '<text:p text:style-name="Subtitle">滨河区教育局</text:p>',
         '<text:p text:style-name="Subtitle">2021年9月</text:p>',
         P('为推进滨河区教育现代化，根据《滨河区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》，制定本规划。规划期为2021—2025年。'),
         h(1, '发展基础'),
         h(2, '主要成就'),
         P('“十三五”期间，全区新建、改扩建中小学8所、幼儿园11所，学前教育三年毛入园率达到91.5%，九年义务教育巩固率达到99.6%'
           '<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body>'
           '<text:p text:style-name="Footnote">数据来源：滨河区2020年教育事业统计公报。</text:p></text:note-body></text:note>。'),
         h(2, '存在问题'),
         P('优质教育资源总量不足，城乡、校际之间发展不够均衡，教师队伍结构性矛盾依然存在。'),
         h(1, '发展目标'),
         P('到2025年，基本实现区域教育现代化，主要指标达到全市先进水平（见表1）。'),
         '<text:p text:style-name="Caption">表1  滨河区“十四五”教育发展主要指标</text:p>',
         table(),
         '<text:p text:style-name="Footnote">注：〔 〕内为五年累计数。</text:p>',
         h(1, '主要任务'),
         h(2, '推进学前教育普及普惠'),
         h(3, '扩大普惠性资源'),
         P('落实城镇小区配套幼儿园建设、移交和使用管理制度，新建、改扩建幼儿园15所。'),
         P('牵头单位：区教育局；配合单位：区住房建设委、区规划资源分局'),
         h(3, '提升保教质量'),
         P('开展幼儿园保教质量评估，创建市级示范幼儿园5所。'),
         h(2, '推动义务教育优质均衡'),
         P('重点做好以下工作：'),
         '<text:list text:style-name="ParenList">' + ''.join(
             f'<text:list-item><text:p text:style-name="Text_20_body">{esc(x)}</text:p></text:list-item>' for x in
             ('实施集团化办学，组建教育集团6个。', '推进“区管校聘”改革，教师交流轮岗比例不低于15%。',
              '落实“双减”要求，课后服务实现全覆盖。')) + '</text:list>',
         frame(),
         h(2, '加强教师队伍建设'),
         P('实施“滨河名师”培养工程，培养区级骨干教师500名。'),
         h(1, '保障措施'),
         h(2, '加强组织领导'),
         P('成立区教育现代化工作领导小组，统筹推进规划实施。'),
         h(2, '强化监测评估'),
         P('建立规划实施年度监测和中期评估制度，评估结果向社会公布。')]
    return ''.join(b)


def main():
    fodt = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS}>'
            '<office:meta><dc:title>滨河区“十四五”教育事业发展规划</dc:title><meta:initial-creator>滨河区教育局</meta:initial-creator></office:meta>'
            + STYLES + f'<office:body><office:text>{body()}</office:text></office:body></office:document>')
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, NAME + '.fodt')
    open(src, 'w', encoding='utf-8').write(fodt)
    prof = '-env:UserInstallation=file://' + os.path.join(tmp, 'profile')
    subprocess.run(['soffice', prof, '--headless', '--convert-to', 'odt', '--outdir', tmp, src], check=True, capture_output=True)
    subprocess.run(['soffice', prof, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', tmp,
                    os.path.join(tmp, NAME + '.odt')], check=True, capture_output=True)
    shutil.copy(os.path.join(tmp, NAME + '.docx'), os.path.join(OUT_DIR, NAME + '.docx'))
    shutil.copy(os.path.join(tmp, NAME + '.odt'), os.path.join(HERE, NAME + '.odt'))  # kept for reference
    shutil.rmtree(tmp)
    print(os.path.join(OUT_DIR, NAME + '.docx'))


if __name__ == '__main__':
    main()
