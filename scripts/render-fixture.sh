#!/usr/bin/env bash
# Renders a .docx to PNG pages for a visual check: scripts/render-fixture.sh FILE.docx OUTDIR
# Uses a private LibreOffice profile so it does not clash with another running instance.
set -euo pipefail
if [ $# -ne 2 ]; then echo "Användning: $0 FIL.docx UTKATALOG" >&2; exit 2; fi
file=$1; out=$2
mkdir -p "$out"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$file" >/dev/null 2>&1 \
  || libreoffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$file" >/dev/null
pdf="$out/$(basename "${file%.*}").pdf"
pdftoppm -png -r 60 "$pdf" "$out/$(basename "${file%.*}")"
ls "$out"
