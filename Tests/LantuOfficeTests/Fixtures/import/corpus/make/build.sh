#!/bin/sh
# Rebuild the whole corpus and its previews:  sh make/build.sh   (from /work/docx-corpus)
# Needs /usr/bin/python3 with python3-docx + lxml (Debian packages) and LibreOffice.
set -e
cd "$(dirname "$0")/.."
PY=/usr/bin/python3
$PY make/doc01_numbering.py
$PY make/doc02_manual_textbox.py
$PY make/doc03_review.py
$PY make/doc04_issued.py
$PY make/doc05_libreoffice.py
$PY make/doc06_legacy.py
$PY make/verify.py
