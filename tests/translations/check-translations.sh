#!/usr/bin/env bash
# Fails when a message of the sources is missing from translations/lotse_de.ts
# or unfinished there: lupdate runs on a copy of the file, so anything new in
# the sources shows up as unfinished, and anything left untranslated too.
#   check-translations.sh SOURCE_DIR
set -euo pipefail
src=$1
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
[ -x "$lupdate" ] || { echo "lupdate is missing: install the Debian package qt6-l10n-tools"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for lang in de en; do
  cp "$src/translations/lotse_$lang.ts" "$work/lotse_$lang.ts"
  "$lupdate" -silent -no-obsolete -locations none -I "$src/models" -I "$src/widgets" -I "$src/report" -I "$src/app" -I "$src/secrets" \
    "$src/models" "$src/widgets" "$src/report" "$src/app" "$src/secrets" -ts "$work/lotse_$lang.ts"
done
python3 - "$work/lotse_de.ts" "$src/translations/lotse_de.ts" <<'PY'
import sys
import xml.etree.ElementTree as ET
fresh = ET.parse(sys.argv[1]).getroot()
committed = ET.parse(sys.argv[2]).getroot()
def messages(root):
    out = {}
    for context in root.iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            translation = message.find('translation')
            out[(name, message.findtext('source'))] = translation
    return out
have = messages(committed)
problems = []
total = 0
for key, translation in messages(fresh).items():
    total += 1
    kind = translation.get('type') if translation is not None else 'missing'
    if key not in have:
        problems.append(('missing from lotse_de.ts', key))
    elif kind in ('unfinished', 'missing') or not ((translation.text or '').strip() or translation.findall('numerusform')):
        problems.append(('unfinished', key))
for problem, (context, source) in problems[:60]:
    print(f'{problem}: [{context}] {source!r}')
if len(problems) > 60:
    print(f'... and {len(problems) - 60} more')
print(f'{total} messages, {len(problems)} not translated into German')
sys.exit(1 if problems or total == 0 else 0)
PY
