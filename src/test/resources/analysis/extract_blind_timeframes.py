#!/usr/bin/env python3
"""Collects the outcome-like time frames in /work/shared/registry-samples that the first extraction
(extract_timeframes.py) did NOT take, so they were never in the tuning or the held-out list.
Rule written down before any of these strings was given to the reader:

B1 (never extracted, never seen):
  - ctgov-v1 JSON `EventsTimeFrame` (adverse-event time frames; the v2 `timeFrame` and XML
    `<time_frame>` counterparts were already in the first extraction, the v1 key was not);
  - euctr-html: the value after "Timepoint(s) of evaluation of this end point" (HTML pages were not
    read by the first extraction).
B2 (partly seen): ICTRP EU CTR "Timepoint(s) of evaluation of this end point:" segments taken in
  full (to the end of the outcome field, or to the next ";Main Objective:", ";Secondary
  Objective:", ";Primary end point(s):", ";Secondary end point(s):"), where the first extraction cut
  the text at the first line break, ';' or '<'. Their first line was in the tuning/held-out lists;
  the rest never was.

Strings equal to one in timeframes-tuning.txt or timeframes-heldout.txt are dropped. Output
(one per line, "B1<TAB>text" / "B2<TAB>text", sorted by SHA-256 of the text): timeframes-blind.txt.
Line breaks inside a B2 segment are kept as " / " so the text stays one line.

Usage: extract_blind_timeframes.py SAMPLES_DIR THIS_DIR
"""
import hashlib, html, json, os, re, sys

def norm(s):
    return re.sub(r'\s+', ' ', s).strip()

def walk_json(node, key, out):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == key and isinstance(v, str):
                out.add(norm(v))
            else:
                walk_json(v, key, out)
    elif isinstance(node, list):
        for v in node:
            walk_json(v, key, out)

def b1(samples):
    found = set()
    d = os.path.join(samples, 'ctgov-v1-json')
    for f in sorted(os.listdir(d)):
        with open(os.path.join(d, f), encoding='utf-8') as fh:
            walk_json(json.load(fh), 'EventsTimeFrame', found)
    d = os.path.join(samples, 'euctr-html')
    for f in sorted(os.listdir(d)):
        page = open(os.path.join(d, f), encoding='utf-8', errors='replace').read()
        for m in re.finditer(r'Timepoint\(s\) of evaluation of this end point', page):
            rest = page[m.end():m.end() + 2000]
            cells = re.findall(r'<td[^>]*>(.*?)</td>', rest, re.S)
            for cell in cells:
                text = norm(html.unescape(re.sub(r'<[^>]*>', ' ', cell)))
                if text:
                    found.add(text)
                    break
    return found

END = re.compile(r';(?:Main Objective|Secondary Objective|Primary end point\(s\)|Secondary end point\(s\)):'
                 r'|</(?:Primary|Secondary)_outcome>')

def b2(samples):
    found = set()
    d = os.path.join(samples, 'ictrp-xml')
    for f in sorted(os.listdir(d)):
        raw = open(os.path.join(d, f), encoding='utf-8').read()
        text = html.unescape(raw)
        text = re.sub(r'<br>|\r', '\n', text)
        for m in re.finditer(r'Timepoint\(s\) of evaluation of this end point:', text):
            end = END.search(text, m.end())
            seg = text[m.end():end.start() if end else len(text)]
            cut = re.match(r'[^\n;<]*', seg).group(0)
            if norm(seg) != norm(cut):
                lines = [norm(l) for l in seg.split('\n') if norm(l)]
                found.add(' / '.join(lines))
    return found

def main(samples, here):
    seen = set()
    for name in ('timeframes-tuning.txt', 'timeframes-heldout.txt'):
        seen |= set(l.rstrip('\n') for l in open(os.path.join(here, name), encoding='utf-8'))
    rows = [('B1', s) for s in b1(samples) if s and s not in seen]
    rows += [('B2', s) for s in b2(samples) if s and s not in seen]
    rows.sort(key=lambda r: hashlib.sha256(r[1].encode('utf-8')).hexdigest())
    with open(os.path.join(here, 'timeframes-blind.txt'), 'w', encoding='utf-8') as fh:
        fh.write(''.join('%s\t%s\n' % r for r in rows))
    print(len(rows), 'blind strings:', sum(r[0] == 'B1' for r in rows), 'B1,', sum(r[0] == 'B2' for r in rows), 'B2')

if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
