"""01: a university plan typed in Chinese Word with a multilevel list linked to
heading styles (ids "1","2","3"), body lists with a restart, and a main-indicator
table with a two-row header (gridSpan) and vertically merged category cells."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from ooxml import *

OUT = os.path.join(os.path.dirname(__file__), '..', '01-bcu-numbering-vmerge.docx')

IDS = {'normal': ('a', 'Normal'), 'h1': ('1', 'heading 1'), 'h2': ('2', 'heading 2'),
       'h3': ('3', 'heading 3'), 'title': ('a3', 'Title'), 'table_grid': ('a4', 'Table Grid'),
       'h1_num': (1, 0), 'h2_num': (1, 1), 'h3_num': (1, 2)}


def lvl(i, fmt, text, pstyle=None, suff=None, ind_left=0, hanging=0, start=1, restart=None):
    s = f'<w:lvl w:ilvl="{i}" w:tplc="0409000F"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
    if restart is not None:
        s += f'<w:lvlRestart w:val="{restart}"/>'
    if pstyle:
        s += f'<w:pStyle w:val="{pstyle}"/>'
    if suff:
        s += f'<w:suff w:val="{suff}"/>'
    s += f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
    s += f'<w:pPr><w:ind w:left="{ind_left}" w:firstLine="{640 if not hanging else 0}"/></w:pPr></w:lvl>'
    return s


NUMBERING = (XML_DECL + f'<w:numbering {W_NS}>'
    # abstract 0: the outline list linked to 标题1/2/3
    '<w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0"><w:nsid w:val="2C6F3A1B"/>'
    '<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="8E4A2D2C"/>'
    + lvl(0, 'chineseCounting', '%1、', pstyle='1', suff='nothing')
    + lvl(1, 'chineseCountingThousand', '（%2）', pstyle='2', suff='nothing')
    + lvl(2, 'decimal', '%3.', pstyle='3')            # no w:suff -> Word puts a TAB after "1."
    + lvl(3, 'decimal', '（%4）', suff='nothing')
    + ''.join(lvl(i, 'decimal', '%' + str(i + 1) + '.', ind_left=0) for i in range(4, 9))
    + '</w:abstractNum>'
    # abstract 1: a body list "（1）" used inside sections (not headings)
    '<w:abstractNum w:abstractNumId="1" w15:restartNumberingAfterBreak="0"><w:nsid w:val="5D1E7F20"/>'
    '<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="1A2B3C4D"/>'
    + lvl(0, 'decimal', '（%1）', suff='nothing')
    + ''.join(lvl(i, 'lowerLetter', '%' + str(i + 1) + ')', ind_left=420 * i) for i in range(1, 9))
    + '</w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    '<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    '</w:numbering>')


def H1(t): return p(r(t), style='1')
def H2(t): return p(r(t), style='2')
def H3(t): return p(r(t), style='3')
def P(t): return p(r(t), first_line=200)
def LI(t, num=2): return p(r(t), numpr=(num, 0), first_line=200)


def cell_p(text, bold=False, jc='center'):
    return p(r(text, bold=bold, size=24, font=FS if not bold else HEI),
             spacing='<w:spacing w:line="320" w:lineRule="exact"/>', jc=jc)


def indicator_table():
    grid = [1150, 650, 3400, 1280, 1280, 1080]
    hdr1 = tr([tc(cell_p('类别', True), grid[0], vmerge='restart', shade='D9D9D9'),
               tc(cell_p('序号', True), grid[1], vmerge='restart', shade='D9D9D9'),
               tc(cell_p('指标名称', True), grid[2], vmerge='restart', shade='D9D9D9'),
               tc(cell_p('指标值', True), grid[3] + grid[4], grid_span=2, shade='D9D9D9'),
               tc(cell_p('属性', True), grid[5], vmerge='restart', shade='D9D9D9')], header=True)
    hdr2 = tr([tc('', grid[0], vmerge='continue', shade='D9D9D9'),
               tc('', grid[1], vmerge='continue', shade='D9D9D9'),
               tc('', grid[2], vmerge='continue', shade='D9D9D9'),
               tc(cell_p('2020年', True), grid[3], shade='D9D9D9'),
               tc(cell_p('2025年', True), grid[4], shade='D9D9D9'),
               tc('', grid[5], vmerge='continue', shade='D9D9D9')], header=True)
    rows = [hdr1, hdr2]
    n = 0
    for cat, items in INDICATORS:
        for k, (name, base, target, attr) in enumerate(items):
            n += 1
            rows.append(tr([
                tc(cell_p(cat) if k == 0 else '', grid[0], vmerge='restart' if k == 0 else 'continue'),
                tc(cell_p(str(n)), grid[1]),
                tc(cell_p(name, jc='left'), grid[2]),
                tc(cell_p(base), grid[3]), tc(cell_p(target), grid[4]), tc(cell_p(attr), grid[5])],
                height=454))
    return tbl(rows, grid, style='a4')


INDICATORS = [
    ('人才培养', [('全日制本科生在校生规模（人）', '16,480', '17,000', '预期性'),
              ('研究生在校生规模（人）', '3,215', '5,000', '预期性'),
              ('本科毕业生毕业去向落实率', '92.6%', '≥95%', '预期性'),
              ('国家级一流本科专业建设点（个）', '12', '〔8〕', '预期性')]),
    ('学科建设', [('博士学位授权一级学科（个）', '4', '7', '预期性'),
              ('进入ESI全球排名前1%学科（个）', '2', '≥4', '预期性'),
              ('学科整体水平', '—', '持续提高', '预期性')]),
    ('科学研究', [('年度科研经费（亿元）', '3.2', '5', '预期性'),
              ('国家级科研项目（项）', '〔156〕', '〔200〕', '预期性'),
              ('授权发明专利（件）', '〔420〕', '〔600〕', '预期性')]),
    ('师资队伍', [('专任教师总数（人）', '1,486', '1,800', '预期性'),
              ('具有博士学位专任教师比例（%）', '58.3', '≥70', '约束性'),
              ('生师比', '17.6:1', '不高于18:1', '约束性')]),
    ('办学条件', [('生均教学科研仪器设备值（万元）', '2.1', '2.6', '约束性'),
              ('校园网出口带宽（Gbps）', '10', '40', '预期性')]),
]


def body():
    b = []
    b.append(p(r('北辰理工大学“十四五”事业发展规划'), style='a3'))
    b.append(p(r('（2021—2025年）', font=KAI), jc='center'))
    b.append(p(r('（征求意见稿）', font=KAI), jc='center'))
    # 前言: heading 1 with the list switched off on the paragraph (numId 0)
    b.append(p(r('前  言'), style='1', numpr=(0, 0), jc='center', ind='<w:ind w:firstLineChars="0" w:firstLine="0"/>'))
    b.append(P('“十四五”时期是学校在全面建成高水平理工大学基础上，开启建设特色鲜明的高水平研究型大学新征程的第一个五年。'
               '根据《中国教育现代化2035》和学校第三次党代会确定的目标，在深入调研、广泛征求意见的基础上，编制本规划。'))
    b.append(H1('发展基础与面临形势'))
    b.append(H2('“十三五”时期主要成就'))
    b.append(P('“十三五”期间，学校坚持立德树人根本任务，主动服务京津冀协同发展，各项事业取得长足进步，圆满完成“十三五”规划确定的主要目标任务。'))
    b.append(H3('人才培养质量稳步提升'))
    b.append(P('新增国家级一流本科专业建设点12个，获国家级教学成果奖二等奖2项。本科毕业生毕业去向落实率达到92.6%，研究生在校生规模达到3215人。'))
    b.append(H3('学科建设取得突破'))
    b.append(P('新增博士学位授权一级学科2个，博士学位授权一级学科达到4个；工程学、材料科学2个学科进入ESI全球排名前1%。'))
    # Word splits runs at every edit (rsid) and leaves proofErr/_GoBack markers between them
    b.append(p(['<w:r w:rsidR="00A1B2C3"><w:t>科研</w:t></w:r>', '<w:proofErr w:type="gramStart"/>',
                '<w:r w:rsidR="00D4E5F6" w:rsidRPr="00D4E5F6"><w:t>实力</w:t></w:r>', '<w:proofErr w:type="gramEnd"/>',
                '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>',
                '<w:r w:rsidR="00A1B2C3"><w:t>显著增强</w:t></w:r>'], style='3'))
    b.append(P('“十三五”期间累计承担国家级科研项目156项，授权发明专利420件，年度科研经费达到3.2亿元。'))
    b.append(H2('面临的机遇与挑战'))
    b.append(P('新一轮科技革命和产业变革深入发展，京津冀协同发展向纵深推进，为学校发展提供了难得机遇。同时，学校高层次人才总量不足、'
               '学科发展不平衡、服务区域经济社会发展能力不强等问题依然突出。'))
    b.append(H1('总体思路与发展目标'))
    b.append(H2('指导思想'))
    b.append(P('以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，落实立德树人根本任务，以提高质量为核心，以改革创新为动力，'
               '加快推进学校治理体系和治理能力现代化。'))
    b.append(H2('基本原则'))
    b.append(LI('坚持党的全面领导。把党的领导贯穿学校事业发展全过程和各方面。'))
    b.append(LI('坚持立德树人。把培养德智体美劳全面发展的社会主义建设者和接班人作为根本任务。'))
    b.append(LI('坚持特色发展。立足理工特色，错位发展，集中力量建设优势学科。'))
    b.append(LI('坚持改革创新。破除制约学校发展的体制机制障碍，激发办学活力。'))
    b.append(H2('发展目标'))
    b.append(H3('总体目标'))
    b.append(P('到2025年，学校综合实力显著增强，人才培养质量明显提高，学科建设水平整体跃升，基本建成特色鲜明的高水平研究型大学。'))
    b.append(H3('主要指标'))
    b.append(P('“十四五”时期学校事业发展主要指标见表1。'))
    b.append(p(r('表1  “十四五”时期学校事业发展主要指标', font=HEI, size=28), jc='center', keep_next=True))
    b.append(indicator_table())
    b.append(p(r('注：〔 〕内为五年累计数；带“≥”的为下限值。', size=24), spacing='<w:spacing w:line="400" w:lineRule="exact"/>'))
    b.append(H1('主要任务'))
    tasks = [
        ('全面加强党的建设', [('深化政治建设', '坚持和完善党委领导下的校长负责制，健全党委统一领导、党政分工合作、协调运行的工作机制。', '党委办公室、党委组织部'),
                        ('加强基层组织建设', '实施党建“双创”工作，建设全国党建工作标杆院系2个、样板支部5个。', '党委组织部')]),
        ('深化本科教育教学改革', [('推进一流专业建设', '实施一流本科专业建设“双万计划”，新增国家级一流本科专业建设点8个。', '教务处'),
                          ('推进课程思政建设', '建成课程思政示范课程100门，实现课程思政全覆盖。', None)]),
        ('提升研究生教育质量', []),
        ('实施学科高峰计划', []),
        ('增强科技创新能力', []),
        ('建设高水平师资队伍', []),
        ('提升社会服务水平', []),
        ('扩大国际交流合作', []),
        ('推进智慧校园建设', []),
        ('完善现代大学治理体系', []),
        ('改善办学条件', []),
    ]
    texts = {
        '提升研究生教育质量': '扩大研究生招生规模，到2025年研究生在校生规模达到5000人，推进专业学位研究生产教融合培养。',
        '实施学科高峰计划': '集中资源建设材料科学与工程、控制科学与工程等优势学科，力争进入ESI全球排名前1%学科达到4个以上。',
        '增强科技创新能力': '围绕京津冀产业需求，建设省部级以上科研平台10个，年度科研经费达到5亿元。',
        '建设高水平师资队伍': '实施“北辰学者”计划，专任教师总数达到1800人，具有博士学位专任教师比例不低于70%。',
        '提升社会服务水平': '建设大学科技园和技术转移中心，推动科技成果就地转化。',
        '扩大国际交流合作': '拓展与“一带一路”沿线国家高校合作，新增中外合作办学项目2个。',
        '推进智慧校园建设': '建设一体化数据中心和智慧教室，校园网出口带宽达到40Gbps。',
        '完善现代大学治理体系': '修订学校章程，完善校院两级管理体制，推进管理重心下移。',
        '改善办学条件': '完成新校区二期工程，生均教学科研仪器设备值达到2.6万元。',
    }
    for h, subs in tasks:
        b.append(H2(h))
        if h in texts:
            b.append(P(texts[h]))
        for sh, st, unit in subs:
            b.append(H3(sh))
            b.append(P(st))
            if unit:
                b.append(P('责任单位：' + unit))
        if h == '改善办学条件':
            b.append(P('重点推进以下工程：'))
            b.append(LI('新校区二期工程。建设教学实验楼、图书馆新馆。', num=3))
            b.append(LI('老校区改造工程。改造学生宿舍12栋。', num=3))
            b.append(LI('智慧后勤工程。建成能源监管平台。', num=3))
    b.append(H1('保障措施'))
    b.append(H2('加强组织领导'))
    b.append(P('成立学校“十四五”规划实施工作领导小组，统筹推进规划实施。'))
    b.append(H2('强化经费保障'))
    b.append(P('多渠道筹措办学经费，优化支出结构，集中财力保障重点任务。'))
    b.append(H2('健全监测评估'))
    b.append(P('建立规划实施年度监测、中期评估和终期考核制度，评估结果作为资源配置的重要依据。'))
    return ''.join(b)


def main():
    doc = document(body(), sect_pr(footer_rid='rId20'))
    write_docx(OUT, doc, styles_xml(IDS), numbering=NUMBERING,
               footers=[('rId20', 'footer1.xml', footer_page_xml('gongwen'))],
               title='北辰理工大学“十四五”事业发展规划', author='发展规划处', company='北辰理工大学')
    print(OUT)


if __name__ == '__main__':
    main()
