"""06/07: an old binary Word 97-2003 .doc (made by LibreOffice from 04), and the same
bytes saved under a .docx name -- as happens when a .doc is renamed or a mail client
"fixes" the extension.  The importer must refuse both with a clear message."""
import os, subprocess, shutil, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..')
SRC = os.path.join(OUT, '04-bsnu-issued-plan-units.docx')


def main():
    tmp = tempfile.mkdtemp()
    prof = '-env:UserInstallation=file://' + os.path.join(tmp, 'profile')
    subprocess.run(['soffice', prof, '--headless', '--convert-to', 'doc:MS Word 97', '--outdir', tmp, SRC],
                   check=True, capture_output=True)
    doc = os.path.join(tmp, '04-bsnu-issued-plan-units.doc')
    shutil.copy(doc, os.path.join(OUT, '06-bsnu-legacy-word97.doc'))
    shutil.copy(doc, os.path.join(OUT, '07-doc-renamed-as.docx'))
    shutil.rmtree(tmp)
    print('06-bsnu-legacy-word97.doc, 07-doc-renamed-as.docx')


if __name__ == '__main__':
    main()
