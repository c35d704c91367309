"""04: a plan as it is really issued: 红头 (issuer line in red), document number
滨师大发〔2021〕12号, red rule, the covering notice, signature and date, then the
plan itself with its title carrying the period （2021—2025年）.  Headings use the
office's own custom styles (一级标题/二级标题, outline levels set in the style);
level-3 tasks are run-in bold sentences with the responsible units in parentheses
at the END of the paragraph.  A 专栏 is a run of paragraphs with a box border
(w:pBdr); an appendix holds the 重点任务分工表; the 版记 closes the document."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from ooxml import *

OUT = os.path.join(os.path.dirname(__file__), '..', '04-bsnu-issued-plan-units.docx')
RED = 'FF0000'
EXTRA = ('<w:style w:type="paragraph" w:customStyle="1" w:styleId="af1"><w:name w:val="一级标题"/><w:basedOn w:val="a"/>'
         '<w:next w:val="a"/><w:qFormat/><w:pPr><w:keepNext/><w:ind w:firstLineChars="200" w:firstLine="640"/><w:outlineLvl w:val="0"/></w:pPr>'
         f'<w:rPr><w:rFonts w:ascii="{HEI}" w:eastAsia="{HEI}" w:hAnsi="{HEI}"/></w:rPr></w:style>'
         '<w:style w:type="paragraph" w:customStyle="1" w:styleId="af2"><w:name w:val="二级标题"/><w:basedOn w:val="a"/>'
         '<w:next w:val="a"/><w:qFormat/><w:pPr><w:keepNext/><w:ind w:firstLineChars="200" w:firstLine="640"/><w:outlineLvl w:val="1"/></w:pPr>'
         f'<w:rPr><w:rFonts w:ascii="{KAI}" w:eastAsia="{KAI}" w:hAnsi="{KAI}"/></w:rPr></w:style>'
         '<w:style w:type="paragraph" w:customStyle="1" w:styleId="af3"><w:name w:val="公文正文"/><w:basedOn w:val="a"/>'
         '<w:qFormat/><w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr></w:style>')
IDS = {'normal': ('a', 'Normal'), 'table_grid': ('a3', 'Table Grid')}


def H1(t): return p(r(t), style='af1')
def H2(t): return p(r(t), style='af2')
def P(t): return p(r(t), style='af3')


def TASK(num_title, body, units):
    """'1.深化本科教育教学改革。' bold run-in + body + '（牵头单位：…）' at the end."""
    return p([r(num_title, bold=True), r(body + units)], style='af3')


def BOX(lines):
    bd = ''.join(f'<w:{b} w:val="single" w:sz="8" w:space="4" w:color="auto"/>' for b in ('top', 'left', 'bottom', 'right'))
    out = []
    for i, t in enumerate(lines):
        out.append(p(r(t, bold=(i == 0), font=HEI if i == 0 else None, size=28),
                     extra_ppr=f'<w:pBdr>{bd}</w:pBdr><w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/>',
                     spacing='<w:spacing w:line="420" w:lineRule="exact"/>',
                     ind='<w:ind w:left="113" w:right="113" w:firstLineChars="0" w:firstLine="0"/>' if i == 0 else
                         '<w:ind w:left="113" w:right="113" w:firstLineChars="200" w:firstLine="560"/>',
                     jc='center' if i == 0 else None))
    return ''.join(out)


def cellp(t, bold=False, jc='center'):
    return p(r(t, bold=bold, size=24, font=HEI if bold else None),
             spacing='<w:spacing w:line="340" w:lineRule="exact"/>', jc=jc, ind='<w:ind w:firstLineChars="0" w:firstLine="0"/>')


def simple_table(header, rows, grid, left_cols=()):
    out = [tr([tc(cellp(h, True), w, shade='E7E6E6') for h, w in zip(header, grid)], header=True)]
    for row in rows:
        out.append(tr([tc(cellp(c, jc='left' if i in left_cols else 'center'), w) for i, (c, w) in enumerate(zip(row, grid))]))
    return tbl(out, grid, style='a3')


INDICATORS = [('本科生在校生规模', '人', '21,360', '22,000', '预期性'),
              ('研究生在校生规模', '人', '2,870', '4,500', '预期性'),
              ('师范类专业通过第二级认证比例', '%', '45', '100', '约束性'),
              ('本科毕业生毕业去向落实率', '%', '90.2', '不低于92', '预期性'),
              ('专任教师中具有博士学位教师比例', '%', '46.5', '60以上', '约束性'),
              ('年度科研经费', '万元', '8,600', '1.5亿', '预期性'),
              ('中小学教师培训规模', '万人次', '1.2', '〔8〕', '预期性'),
              ('智慧教室覆盖率', '%', '35', '全覆盖', '预期性')]

TASKS = [
    ('（一）全面提高人才培养质量', '坚持师范教育主业，深化教师教育改革，构建高质量教师教育体系。', [
        ('1.深化本科教育教学改革。', '实施一流本科专业建设计划，推进师范类专业认证，到2025年师范类专业全部通过第二级认证。',
         '（牵头单位：教务处；参与单位：研究生院、各学院）'),
        ('2.提升研究生培养质量。', '扩大教育硕士专业学位研究生招生规模，建设研究生联合培养基地30个。',
         '（牵头单位：研究生院；参与单位：教务处、学科建设办公室）'),
        ('3.加强学生思想政治教育。', '完善“三全育人”工作体系，建设辅导员工作室10个。',
         '（责任单位：学生工作部（处）、团委）'),
        ('4.推进智慧教育。', '建成智慧教室200间（含改造），推进信息技术与教育教学深度融合。',
         '（牵头单位：信息化建设与管理处 配合单位：教务处）')]),
    ('（二）提升学科建设与科学研究水平', '聚焦教育学、心理学等优势学科，打造教师教育学科高峰。', [
        ('1.实施学科建设“登峰计划”。', '力争教育学一级学科进入全国前20%，新增博士学位授权一级学科1个。',
         '(牵头部门:学科建设办公室;协同部门:研究生院、相关学院)'),
        ('2.增强科研创新能力。', '建设省部级以上科研平台5个，年度科研经费达到1.5亿元。',
         '（牵头单位：科学技术处、社会科学处；完成时限：2025年底）')]),
    ('（三）建设高素质教师队伍', '坚持师德为先，全面提升教师队伍整体素质。', [
        ('1.实施人才强校战略。', '引进和培育高层次人才50名，专任教师中具有博士学位教师比例达到60%以上。',
         '（牵头单位：人事处；参与单位：各学院；完成时限：2024年6月底）'),
        ('2.服务基础教育教师发展。', '发挥教师教育优势，“十四五”期间累计培训中小学教师8万人次。',
         '（牵头单位：继续教育学院；参与单位：教师教育学院、各区教育局）')]),
    ('（四）完善现代大学治理体系', '以章程为统领，健全现代大学制度。', [
        ('1.深化综合改革。', '推进校院两级管理改革，扩大学院办学自主权。',
         '（牵头单位：党政办公室、发展规划处）'),
        ('2.推进依法治校。', '完善学校规章制度体系，建立规范性文件合法性审查机制，2022年上半年完成章程修订。',
         '')]),
]

DIVISION = [('1', '推进师范类专业第二级认证', '教务处', '各师范专业学院', '2025年'),
            ('2', '建设研究生联合培养基地30个', '研究生院', '教务处', '2024年底'),
            ('3', '建成智慧教室200间', '信息化建设与管理处', '教务处、后勤管理处', '2023年第四季度'),
            ('4', '教育学一级学科进入全国前20%', '学科建设办公室', '教育科学学院', '2025年'),
            ('5', '修订学校章程', '党政办公室', '法律事务室', '2022年上半年')]


def body():
    b = []
    # ---- 红头 (issuer line), number, red rule
    b.append(p(''))
    b.append(p(r('滨海师范大学文件', font=XBS, size=100, color=RED,
                 extra='<w:spacing w:val="-20"/><w:w w:val="80"/>'), jc='center',
               spacing='<w:spacing w:before="600" w:line="1200" w:lineRule="exact"/>'))
    b.append(p(''))
    b.append(p(r('滨师大发〔2021〕12号'), jc='center',
               extra_ppr=f'<w:pBdr><w:bottom w:val="thickThinSmallGap" w:sz="24" w:space="14" w:color="{RED}"/></w:pBdr>'))
    b.append(p(''))
    b.append(p(r('关于印发《滨海师范大学“十四五”发展规划\n（2021—2025年）》的通知', font=XBS, size=44), jc='center',
               spacing='<w:spacing w:line="640" w:lineRule="exact"/>'))
    b.append(p(''))
    b.append(p(r('各学院（部）、各部门、各直属单位：')))
    b.append(P('《滨海师范大学“十四五”发展规划（2021—2025年）》已经学校第三届党委第十二次全体会议审议通过，现印发给你们，请结合实际认真贯彻落实。'))
    b.append(p(''))
    b.append(p(r('附件：滨海师范大学“十四五”发展规划（2021—2025年）'), ind='<w:ind w:left="1600" w:hangingChars="500" w:hanging="1600"/>'))
    b.append(p(''))
    b.append(p(r('滨海师范大学'), jc='right', ind='<w:ind w:right="1280"/>'))
    b.append(p(r('2021年6月28日'), jc='right', ind='<w:ind w:right="960"/>'))
    b.append(P('（此件公开发布）'))
    b.append(page_break())
    # ---- the plan
    b.append(p(r('附件', font=HEI)))
    b.append(p(r('滨海师范大学“十四五”发展规划\n（2021—2025年）', font=XBS, size=44), jc='center',
               spacing='<w:spacing w:before="300" w:after="300" w:line="640" w:lineRule="exact"/>'))
    b.append(p(r('二〇二一年六月', font=KAI), jc='center'))
    b.append(P('为全面贯彻党的教育方针，落实立德树人根本任务，加快建设高水平师范大学，依据《中国教育现代化2035》和学校第三次党代会精神，制定本规划。'))
    b.append(H1('一、发展基础'))
    b.append(P('“十三五”期间，学校办学实力稳步提升。本科生在校生规模21360人，研究生在校生规模2870人；师范类专业通过第二级认证比例达到45%；年度科研经费8600万元。'))
    b.append(H1('二、指导思想和发展目标'))
    b.append(H2('（一）指导思想'))
    b.append(P('坚持以习近平新时代中国特色社会主义思想为指导，坚持社会主义办学方向，以教师教育为特色，以内涵发展为主线，全面提升办学水平。'))
    b.append(H2('（二）发展目标'))
    b.append(P('到2025年，学校教师教育特色更加鲜明，人才培养质量显著提升，综合实力进入全国师范院校前列。主要指标如下：'))
    b.append(p(r('滨海师范大学“十四五”发展主要指标', font=HEI, size=28), jc='center', keep_next=True))
    b.append(simple_table(['指标', '单位', '基期值（2020年）', '目标值（2025年）', '属性'], INDICATORS,
                          [3300, 1000, 1600, 1600, 1100], left_cols=(0,)))
    b.append(p(r('说明：〔 〕内为五年累计数。', size=24)))
    b.append(H1('三、主要任务'))
    for h2, intro, tasks in TASKS:
        b.append(H2(h2))
        b.append(P(intro))
        for nt, bd, units in tasks:
            b.append(TASK(nt, bd, units))
    b.append(H1('四、重大工程'))
    b.append(P('“十四五”期间，重点实施以下重大工程。'))
    b.append(BOX(['专栏1  教师教育振兴工程',
                  '（1）卓越教师培养计划。每年选拔300名师范生进入卓越教师实验班。',
                  '（2）教师教育协同创新实验区。与10个区教育局共建“U-G-S”协同创新实验区。',
                  '（3）乡村教师支持计划。“十四五”期间累计培训乡村教师2万人次。']))
    b.append(p(''))
    b.append(BOX(['专栏2  智慧校园建设工程',
                  '（1）建成校级数据中台和统一身份认证平台。',
                  '（2）建成智慧教室200间，实现智慧教室全覆盖。']))
    b.append(H1('五、保障措施'))
    b.append(H2('（一）加强党的领导'))
    b.append(P('学校党委统一领导规划实施，各单位主要负责人为本单位规划实施第一责任人。'))
    b.append(H2('（二）建立任务台账'))
    b.append(P('发展规划处会同党政办公室建立重点任务台账，实行季度调度、年度考核，规划实施情况纳入各单位年度考核。'))
    b.append(p(''))
    b.append(p(r('附：重点任务分工表', font=HEI)))
    b.append(simple_table(['序号', '重点任务', '牵头单位', '配合单位', '完成时限'], DIVISION,
                          [700, 3300, 1800, 1700, 1100], left_cols=(1, 2, 3)))
    # ---- 版记
    b.append(page_break())
    for i in range(6):
        b.append(p(''))
    top = '<w:pBdr><w:top w:val="single" w:sz="8" w:space="1" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="1" w:color="auto"/></w:pBdr>'
    bot = '<w:pBdr><w:bottom w:val="single" w:sz="8" w:space="1" w:color="auto"/></w:pBdr>'
    b.append(p(r('抄送：市教育两委，市发展改革委。', size=28), extra_ppr=top, ind='<w:ind w:left="280" w:right="280"/>'))
    b.append(p([r('滨海师范大学党政办公室', size=28), r('\t', size=28), r('2021年6月30日印发', size=28)], extra_ppr=bot + '<w:tabs><w:tab w:val="right" w:pos="8560"/></w:tabs>',
               ind='<w:ind w:left="280" w:right="280"/>'))
    return ''.join(b)


def main():
    doc = document(body(), sect_pr(footer_rid='rId20'))
    write_docx(OUT, doc, styles_xml(IDS, EXTRA), footers=[('rId20', 'footer1.xml', footer_page_xml('gongwen'))],
               title='关于印发《滨海师范大学“十四五”发展规划（2021—2025年）》的通知', author='党政办公室',
               company='滨海师范大学', created='2021-06-28T01:00:00Z')
    print(OUT)


if __name__ == '__main__':
    main()
