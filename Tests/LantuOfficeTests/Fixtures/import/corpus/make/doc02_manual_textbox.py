"""02: the Tianjin education-modernization plan retyped the most common way: no
heading styles at all -- headings are bold/黑体/楷体 Normal paragraphs whose numbers
(一、 （一） 1. （1）) are typed by hand, body indented with full-width spaces, run-in
level-3 headings, and the 专栏 drawn as floating text boxes (mc:AlternateContent)."""
import os, sys, math
sys.path.insert(0, os.path.dirname(__file__))
from ooxml import *
from tjsrc import src

OUT = os.path.join(os.path.dirname(__file__), '..', '02-tj-edu-manual-textbox.docx')
IDS = {'normal': ('a', 'Normal'), 'table_grid': ('a3', 'Table Grid')}
IND = '　　'   # two ideographic spaces: the hand-typed indent


def P(t, indent_spaces=False):
    if indent_spaces:
        return p(r(IND + t))
    return p(r(t), first_line=200)


def H1(t, lead=False):
    return p(r((IND if lead else '') + t, bold=True, font=HEI), first_line=None if lead else 200)


def H2(t, lead=False):
    return p(r((IND if lead else '') + t, bold=True, font=KAI), first_line=None if lead else 200)


def RUNIN(num, title, rest, split=True):
    """'1.加强党的政治建设。' bold, then the body in the same paragraph."""
    runs = ([r(num, bold=True), r(title, bold=True)] if split else [r(num + title, bold=True)])
    return p(runs + [r(rest)], first_line=200)


def LEADIN(text):
    """Bold lead phrase (not a heading): '党的领导全面加强。坚持……'"""
    head, rest = text.split('。', 1)
    return p([r(head + '。', bold=True), r(rest)], first_line=200)


BOX_NO = [0]


def box_paras(title, items):
    ps = [p(r(title, bold=True, font=HEI, size=28), jc='center',
            spacing='<w:spacing w:line="400" w:lineRule="exact"/>')]
    for it in items:
        ps.append(p(r(it, size=28), spacing='<w:spacing w:line="400" w:lineRule="exact"/>',
                    ind='<w:ind w:firstLineChars="200" w:firstLine="560"/>'))
    lines = 1 + sum(math.ceil((len(it) + 2) / 30) for it in items)
    return "".join(ps), lines * 0.75 + 0.9


def box(title, items):
    BOX_NO[0] += 1
    content, h = box_paras(title, items)
    return textbox_run(content, BOX_NO[0], height_cm=h)


def cellp(t, bold=False, jc='center'):
    return p(r(t, bold=bold, size=24, font=HEI if bold else None),
             spacing='<w:spacing w:line="360" w:lineRule="exact"/>', jc=jc)


TABLE = [('普及程度', [('学前三年毛入园率（%）', '92.3', '93', '预期性'), ('义务教育巩固率（%）', '99', '>99', '约束性'),
                   ('高中阶段毛入学率（%）', '98', '>98', '预期性'), ('高等教育毛入学率（%）', '65', '>65', '预期性'),
                   ('每十万人口高等教育平均在校生数（人）', '4500', '4500', '预期性'),
                   ('劳动年龄人口平均受教育年限（年）', '12.03', '12.3', '约束性'),
                   ('新增劳动者平均受教育年限（年）', '15.5', '15.5', '预期性'),
                   ('服务市民终身学习人次', '350万', '500万', '预期性')]),
         ('结构优化', [('公办园在园幼儿比例（%）', '50', '>50', '预期性'), ('普惠性学前教育资源覆盖率（%）', '80', '>80', '预期性'),
                   ('义务教育学区化办学比例（%）', '95', '99', '预期性'), ('义务教育学校大班额比例（%）', '0', '0', '预期性'),
                   ('农村义务教育专任教师本科及以上学历比例（%）', '87.5', '90', '预期性')]),
         ('发展质量', [('义务教育优质均衡区比例（%）', '0', '100', '预期性'), ('学生体质优良率（%）', '19.9', '50', '预期性'),
                   ('儿童青少年总体近视率（%）', '53.5', '48.5', '预期性'), ('基础教育无线网覆盖率（%）', '42', '100', '预期性'),
                   ('职业教育“双师型”教师占比（%）', '60', '70', '预期性'),
                   ('普通高校具有硕士及以上学位的专任教师比例（%）', '73.2', '75', '预期性'),
                   ('专业学位研究生双导师比例（%）', '40', '50', '预期性')])]


def table():
    grid = [4600, 1300, 1300, 1400]
    rows = [tr([tc(cellp(h, True), w) for h, w in zip(('主要指标', '2020年', '2025年', '指标属性'), grid)], header=True)]
    for cat, items in TABLE:
        rows.append(tr([tc(cellp(cat, True, jc='left'), sum(grid), grid_span=4)]))
        for name, b, t, a in items:
            rows.append(tr([tc(cellp(name, jc='left'), grid[0]), tc(cellp(b), grid[1]), tc(cellp(t), grid[2]), tc(cellp(a), grid[3])]))
    return tbl(rows, grid, style='a3')


def body():
    b = []
    # ---- the covering notice (印发通知)
    b.append(p(r('天津市教育委员会 天津市发展和改革委员会\n关于印发天津市教育现代化“十四五”规划的通知', font=XBS, size=44), jc='center',
               spacing='<w:spacing w:line="700" w:lineRule="exact"/>'))
    b.append(p(''))
    b.append(p(r('市政府各有关部门、各区教育局、各高等学校、市教委各处室：')))
    b.append(P(src('现将《天津市教育现代化')))
    b.append(p(''))
    b.append(p(r('天津市教育委员会　　天津市发展和改革委员会'), jc='right'))
    b.append(p(r('2021年7月26日　　　　'), jc='right'))
    b.append(p(r('（此件主动公开）'), jc='center'))
    b.append(page_break())
    # ---- the plan
    b.append(p(r('天津市教育现代化“十四五”规划', font=XBS, size=44), jc='center',
               spacing='<w:spacing w:before="200" w:after="400" w:line="700" w:lineRule="exact"/>'))
    b.append(P(src('“十四五”时期是我国全面开启'), indent_spaces=True))
    b.append(H1('一、发展基础和面临形势'))
    b.append(H2('（一）十三五时期取得的成就'))
    b.append(P(src('“十三五”期间，我市坚持', 2)))
    for lead in ('党的领导全面加强', '立德树人扎实推进', '教育现代化水平明显提升', '教育民生有效改善'):
        b.append(LEADIN(src(lead, 3)))
    b.append(H2('（二）面临形势', lead=True))
    b.append(P(src('“十四五”时期，天津教育发展的外部环境'), indent_spaces=True))
    b.append(LEADIN(src('百年未有之大变局对教育发展提出新挑战', 2)))
    b.append(LEADIN(src('我市教育发展仍存在短板和不足', 4)))
    b.append(p(''))
    b.append(H1('二、总体要求'))
    b.append(H2('（一）指导思想'))
    b.append(P(src('高举中国特色社会主义伟大旗帜', 1)))
    b.append(H2('（二）战略目标'))
    b.append(P(src('到2025年，实现学前教育普惠优质发展')))
    b.append(p(r('“十四五”期间天津教育事业发展主要目标', font=HEI), jc='center', keep_next=True))
    b.append(table())
    b.append(p(''))
    b.append(H1('三、主要任务', lead=True))
    b.append(H2('（一）坚持和加强党对教育工作的全面领导'))
    b.append(P(src('牢牢把握新时代党的建设总要求')))
    b.append(RUNIN('1.', '加强党的政治建设。', src('1.加强党的政治建设', 3)[len('1.加强党的政治建设。'):]))
    b.append(RUNIN('2.', '加强领导班子和干部队伍建设。', src('2.加强领导班子和干部队伍建设', 3)[len('2.加强领导班子和干部队伍建设。'):]))
    b.append(RUNIN('3.', '加强基层组织建设。', src('3.加强基层组织建设', 2)[len('3.加强基层组织建设。'):], split=False))
    # full-width dot typed by another author
    b.append(RUNIN('4．', '落实意识形态工作责任制。', src('4.落实意识形态工作责任制', 2)[len('4.落实意识形态工作责任制。'):]))
    b.append(H2('（二）落实新时代立德树人根本任务'))
    b.append(P(src('强化党的教育方针的学习宣传')))
    b.append(RUNIN('1.', '实施学校思政创新工程。', src('1.实施学校思政创新工程', 3)[len('1.实施学校思政创新工程。'):]))
    # 专栏1 anchored in an empty paragraph of its own
    b.append(p(box('专栏1  学校思政创新工程', [src('完善学校思政工作机制')])))
    # 专栏2 anchored inside the NEXT body paragraph (the anchor run sits among its runs)
    t2 = src('2.实施学校体育固本行动', 3)[len('2.实施学校体育固本行动。'):]
    b.append(p([r('2.实施学校体育固本行动。', bold=True),
                box('专栏2  学校体育固本行动', [src('实施学校体育教师配备和场地器材建设三年行动计划')]),
                r(t2)], first_line=200))
    b.append(RUNIN('3.', '实施学校美育提升行动。', src('3.实施学校美育提升行动', 2)[len('3.实施学校美育提升行动。'):]))
    b.append(RUNIN('4.', '实施新时代劳动育人工程。', src('4.实施新时代劳动育人工程', 2)[len('4.实施新时代劳动育人工程。'):]))
    # half-width parentheses, as on the original web page
    b.append(H2('(三)全面提升教育服务创新驱动发展能力'))
    b.append(P(src('面向建设创新型城市和天津高质量发展需求')))
    b.append(RUNIN('1.', '推动建立创新素养各学段贯通培养机制。', src('1.推动建立创新素养各学段贯通培养机制', 2)[len('1.推动建立创新素养各学段贯通培养机制。'):]))
    b.append(RUNIN('2.', '著力提升高校科技创新能力。', src('2.著力提升高校科技创新能力', 2)[len('2.著力提升高校科技创新能力。'):]))
    b.append(RUNIN('3.', '切实增强高校服务能力。', src('3.切实增强高校服务能力', 3)[len('3.切实增强高校服务能力。'):]))
    # 专栏5: the major-projects box, items typed as (1)(2)(3) inside the box
    s5 = src('对接“1+3+4”产业体系')
    parts = [x + '。' for x in s5.split('。') if x]
    b.append(p(box('专栏5  服务产业特色学科群、大学科技园和现代产业学院建设项目',
                   ['（1）服务产业特色学科群建设。' + parts[0], '（2）大学科技园建设。' + parts[1],
                    '（3）现代产业学院建设。' + parts[2]])))
    b.append(H1('四、保障措施'))
    for h, key in (('（一）协同组织实施', '落实教育优先发展战略'), ('（二）加大教育投入', '完善教育投入保障机制'),
                   ('（三）强化法治保障', '全面推进依法治教'), ('（四）加强监督评估', '完善规划中期评估制度'),
                   ('（五）强化科研引领', '加强市、区、校教育科研组织建设')):
        b.append(H2(h))
        b.append(P(src(key, 3)))
    return ''.join(b)


def main():
    doc = document(body(), sect_pr(footer_rid='rId20'))
    write_docx(OUT, doc, styles_xml(IDS), footers=[('rId20', 'footer1.xml', footer_page_xml('gongwen'))],
               title='', author='Administrator', modified_by='市教委规划处', company='',
               application='WPS Office_11.1.0.10314_F1E327BC-269C-435d-A152-05C5408002CA',
               custom_props=[('KSOProductBuildVer', '2052-11.1.0.10314'), ('ICV', '3F2A9C1B7E4D4A5C8B0E6D2F1A3C5E7B')])
    print(OUT)


if __name__ == '__main__':
    main()
