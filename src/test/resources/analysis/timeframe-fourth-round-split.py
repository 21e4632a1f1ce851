#!/usr/bin/env python3
"""Fourth round: collects every distinct time frame in /work/shared/registry-samples and splits them
into a TUNE half and a CHECK half by a rule fixed before any reading was looked at:

  key   = the text with whitespace collapsed (as in the earlier extractions);
  half  = TUNE when the first byte of SHA-256(key, UTF-8) is even, CHECK when it is odd.

Sources (all formats): the first extraction's fields (extract_timeframes.py: ctgov-json `timeFrame`,
ctgov-v1 `PrimaryOutcomeTimeFrame`/`SecondaryOutcomeTimeFrame`/`OtherOutcomeTimeFrame`/
`OutcomeMeasureTimeFrame`, ctgov-xml `<time_frame>`, ICTRP "[Time Frame: ...]" and the first line of
EU CTR "Timepoint(s) of evaluation ..." segments) and the second round's blind sources
(extract_blind_timeframes.py: ctgov-v1 `EventsTimeFrame`, EU CTR HTML pages, full multi-line ICTRP
EU CTR segments). Output, one string per line, sorted by the hash: OUT_DIR/timeframes-tune.txt and
OUT_DIR/timeframes-check.txt.

Usage: timeframe-fourth-round-split.py SAMPLES_DIR OUT_DIR
"""
import hashlib, html, importlib.util, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))

def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + '.py'))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module

def first_extraction(samples, first):
    found = set()
    keys = {'timeFrame', 'PrimaryOutcomeTimeFrame', 'SecondaryOutcomeTimeFrame',
            'OtherOutcomeTimeFrame', 'OutcomeMeasureTimeFrame'}
    for sub in ('ctgov-json', 'ctgov-v1-json'):
        for f in sorted(os.listdir(os.path.join(samples, sub))):
            with open(os.path.join(samples, sub, f), encoding='utf-8') as fh:
                first.walk_json(json.load(fh), keys, found)
    for f in sorted(os.listdir(os.path.join(samples, 'ctgov-xml'))):
        text = open(os.path.join(samples, 'ctgov-xml', f), encoding='utf-8').read()
        for m in re.findall(r'<time_frame>(.*?)</time_frame>', text, re.S):
            found.add(first.norm(html.unescape(m)))
    for f in sorted(os.listdir(os.path.join(samples, 'ictrp-xml'))):
        text = html.unescape(open(os.path.join(samples, 'ictrp-xml', f), encoding='utf-8').read())
        text = re.sub(r'<br>|\r', '\n', text)
        for m in re.findall(r'\[Time Frame:([^\]]*)\]', text):
            found.add(first.norm(m))
        for m in re.findall(r'Timepoint\(s\) of evaluation of this end point:([^\n;<]*)', text):
            found.add(first.norm(m))
    return found

def main(samples, out_dir):
    first = load('extract_timeframes')
    blind = load('extract_blind_timeframes')
    found = first_extraction(samples, first) | blind.b1(samples) | blind.b2(samples)
    found = {re.sub(r'\s+', ' ', s).strip() for s in found}
    found.discard('')
    digest = lambda s: hashlib.sha256(s.encode('utf-8')).digest()
    ordered = sorted(found, key=digest)
    tune = [s for s in ordered if digest(s)[0] % 2 == 0]
    check = [s for s in ordered if digest(s)[0] % 2 == 1]
    for name, part in (('tune', tune), ('check', check)):
        with open(os.path.join(out_dir, 'timeframes-%s.txt' % name), 'w', encoding='utf-8') as fh:
            fh.write('\n'.join(part) + '\n')
    print(len(ordered), 'distinct;', len(tune), 'tune;', len(check), 'check')

if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
