"""Passages of the Tianjin plan (shared/sources/04-…zh-Hans.txt), repaired as a
typist would have them: the web page's mojibake fixed and ASCII punctuation
turned into the full-width punctuation a Word document has."""
import re, os
SRC = '/work/shared/sources/04-tianjin-education-modernization-14th-fyp-2021-07.zh-Hans.txt'
FIX = {'高?!半p带头人”': '高校“双带头人”', '学?,F代化': '学校现代化',
       '高等学??萍汲晒D化': '高等学校科技成果转化', '3万人次??鬃訉W院': '3万人次。孔子学院',
       '学??臻g结构': '学校空间结构', '高??萍纰撔滤胶头漳芰Σ粔蚋?,': '高校科技创新水平和服务能力不够高,',
       '并存?,F代化': '并存。现代化', '学??鐚W段': '学校跨学段', '体育课??茖W安排': '体育课。科学安排',
       '高??萍纰撔履芰?。': '高校科技创新能力。', '高??蒲蟹诸愒u价': '高校科研分类评价',
       '?。ù思鲃庸_)': '（此件主动公开）'}
_lines = None


def _load():
    global _lines
    if _lines is None:
        t = open(SRC, encoding='utf-8').read()
        for a, b in FIX.items():
            t = t.replace(a, b)
        _lines = [l.strip() for l in t.splitlines() if l.strip()]
    return _lines


def fullwidth(s):
    s = re.sub(r'(?<!\d),|,(?!\d)', '，', s)
    return s.replace(':', '：').replace('(', '（').replace(')', '）').replace(';', '；')


def src(prefix, sentences=None, fw=True):
    for l in _load():
        if fullwidth(l).startswith(fullwidth(prefix)):
            if sentences:
                parts = re.split(r'(?<=。)', l)
                l = ''.join(parts[:sentences])
            assert '?' not in l, ('mojibake left', l[:80])
            return fullwidth(l) if fw else l
    raise KeyError(prefix)
