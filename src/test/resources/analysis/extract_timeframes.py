#!/usr/bin/env python3
"""Extracts every distinct outcome time frame from /work/shared/registry-samples and splits
them by a fixed rule chosen before reading them: sort by SHA-256 of the (whitespace-collapsed)
text, the first 75% are the tuning set, the last 25% are held aside for evaluation.

Sources: ctgov-json `timeFrame`, ctgov-xml `<time_frame>`, ctgov-v1 JSON
`PrimaryOutcomeTimeFrame`/`SecondaryOutcomeTimeFrame`/`OtherOutcomeTimeFrame` (and v1
results `OutcomeMeasureTimeFrame`), ICTRP outcome texts: "[Time Frame: ...]" segments and
EU CTR "Timepoint(s) of evaluation of this end point: ..." segments.

Usage: extract_timeframes.py SAMPLES_DIR OUT_DIR
"""
import hashlib, html, json, os, re, sys

def norm(s):
    return re.sub(r'\s+', ' ', s).strip()

def walk_json(node, keys, out):
    if isinstance(node, dict):
        for k, v in node.items():
            if k in keys and isinstance(v, str):
                out.add(norm(v))
            else:
                walk_json(v, keys, out)
    elif isinstance(node, list):
        for v in node:
            walk_json(v, keys, out)

def main(samples, out_dir):
    found = set()
    keys = {'timeFrame', 'PrimaryOutcomeTimeFrame', 'SecondaryOutcomeTimeFrame',
            'OtherOutcomeTimeFrame', 'OutcomeMeasureTimeFrame'}
    for sub in ('ctgov-json', 'ctgov-v1-json'):
        for f in sorted(os.listdir(os.path.join(samples, sub))):
            with open(os.path.join(samples, sub, f), encoding='utf-8') as fh:
                walk_json(json.load(fh), keys, found)
    for f in sorted(os.listdir(os.path.join(samples, 'ctgov-xml'))):
        text = open(os.path.join(samples, 'ctgov-xml', f), encoding='utf-8').read()
        for m in re.findall(r'<time_frame>(.*?)</time_frame>', text, re.S):
            found.add(norm(html.unescape(m)))
    for f in sorted(os.listdir(os.path.join(samples, 'ictrp-xml'))):
        text = html.unescape(open(os.path.join(samples, 'ictrp-xml', f), encoding='utf-8').read())
        text = re.sub(r'<br>|\r', '\n', text)
        for m in re.findall(r'\[Time Frame:([^\]]*)\]', text):
            found.add(norm(m))
        for m in re.findall(r'Timepoint\(s\) of evaluation of this end point:([^\n;<]*)', text):
            found.add(norm(m))
    found.discard('')
    ordered = sorted(found, key=lambda s: hashlib.sha256(s.encode('utf-8')).hexdigest())
    cut = (len(ordered) * 3) // 4
    for name, part in (('tuning', ordered[:cut]), ('heldout', ordered[cut:])):
        with open(os.path.join(out_dir, 'timeframes-%s.txt' % name), 'w', encoding='utf-8') as fh:
            fh.write('\n'.join(part) + '\n')
    print(len(ordered), 'distinct;', cut, 'tuning;', len(ordered) - cut, 'held out')

if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
