"""Checks every .docx opens in python-docx, is well-formed XML, and renders in
LibreOffice; writes preview/NN-pN.png (pages 1-2 at 50 dpi) and preview/NN.txt
(LibreOffice's text rendering -- numbering as Word would show it)."""
import glob, os, subprocess, tempfile, zipfile, sys
from lxml import etree
import docx
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
PREV = os.path.join(ROOT, 'preview')
os.makedirs(PREV, exist_ok=True)
tmp = tempfile.mkdtemp()
prof = '-env:UserInstallation=file://' + os.path.join(tmp, 'profile')
ok = True
for f in sorted(glob.glob(os.path.join(ROOT, '0[1-5]-*.docx'))):
    base = os.path.basename(f)[:-5]
    with zipfile.ZipFile(f) as z:
        for n in z.namelist():
            if n.endswith('.xml') or n.endswith('.rels'):
                etree.fromstring(z.read(n))
    d = docx.Document(f)
    subprocess.run(['soffice', prof, '--headless', '--convert-to', 'pdf', '--outdir', tmp, f], check=True, capture_output=True)
    pdf = os.path.join(tmp, base + '.pdf')
    if not os.path.exists(pdf):
        print('FAIL render', base); ok = False; continue
    subprocess.run(['pdftoppm', '-png', '-r', '50', '-f', '1', '-l', '2', pdf, os.path.join(PREV, base[:2] + '-p')], check=True)
    subprocess.run(['pdftotext', '-layout', pdf, os.path.join(PREV, base[:2] + '.txt')], check=True)
    pages = subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout
    pages = [l.split()[-1] for l in pages.splitlines() if l.startswith('Pages')][0]
    print(f'ok  {base}.docx  python-docx: {len(d.paragraphs)} paragraphs, {len(d.tables)} tables; LibreOffice: {pages} pages')
for f in ('06-bsnu-legacy-word97.doc', '07-doc-renamed-as.docx'):
    head = open(os.path.join(ROOT, f), 'rb').read(8)
    print(('ok  ' if head == bytes.fromhex('D0CF11E0A1B11AE1') else 'FAIL') + f'  {f}: OLE2 compound file signature')
    try:
        docx.Document(os.path.join(ROOT, f)); print('  (python-docx opened it?!)')
    except Exception as e:
        print('  python-docx refuses it:', type(e).__name__)
sys.exit(0 if ok else 1)
