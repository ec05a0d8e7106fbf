import json, yaml, collections
themes = {t['id'] for t in yaml.safe_load(open('/work/main/config/taxonomy/themes.yaml'))['themes']} | {'nytt'}
inp = [json.loads(l) for l in open('input.jsonl')]
gold = [json.loads(l) for l in open('gold.jsonl')]
I = {d['id']: d for d in inp}; G = {d['id']: d for d in gold}
errs = []
assert len(I) == len(inp) and len(G) == len(gold), 'duplicate ids'
if set(I) != set(G): errs.append(('id mismatch', set(I) ^ set(G)))
req = 0; genres = collections.Counter(); tgs = collections.Counter()
for i, g in G.items():
    t = I[i]['text']
    for k in ('id','title','url','text','genre','source_url','read_on'):
        if k not in I[i]: errs.append((i, 'missing input field', k))
    genres[I[i]['genre']] += 1
    for tg in g['target_groups']['required']: tgs[tg] += 1
    for p in g['proposals']:
        if p['text'] not in t: errs.append((i, 'proposal', p['text']))
        n = t.count(p['text'])
        if n > 1: print('note: occurs', n, 'times', i, p['text'])
        if p['theme'] not in themes: errs.append((i, 'theme', p['theme']))
        for a in p['also']:
            if a not in themes: errs.append((i, 'also', a))
        req += p['required']
    for c in g['commitments']:
        if c['text'] not in t: errs.append((i, 'commitment', c['text']))
    for k in ('persons', 'emails', 'phones'):
        for x in g['pii'][k]:
            if x not in t: errs.append((i, 'pii', x))
    words = len(t.split())
    if not 150 <= words <= 900: errs.append((i, 'length', words))
print('docs', len(G), 'required proposals', req)
print('genres', dict(genres)); print('required target groups', dict(tgs))
print('ERRORS' if errs else 'ALL OK', *errs, sep='\n')
