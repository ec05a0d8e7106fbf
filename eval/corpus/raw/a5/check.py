import json,re,collections
D='/work/main/eval/corpus/raw/a5/'
themes=set(re.findall(r'^\s*- id: (\S+)',open('/work/main/config/taxonomy/themes.yaml').read(),re.M))|{'nytt'}
inp=[json.loads(l) for l in open(D+'input.jsonl')]
gold=[json.loads(l) for l in open(D+'gold.jsonl')]
assert [d['id'] for d in inp]==[g['id'] for g in gold]
TG={'barn_och_unga','aldre','funktionsnedsattning','vuxna','vald_i_nara_relationer'}
err=0;req=0;genres=collections.Counter();tgc=collections.Counter()
for d,g in zip(inp,gold):
    t=d['text'];genres[d['genre']]+=1
    for k in ("id","title","url","text","genre","source_url","read_on"): assert k in d,(d['id'],k)
    for p in g['proposals']:
        if p['text'] not in t: print('PROP',d['id'],p['text']);err+=1
        if p['theme'] not in themes or any(a not in themes for a in p['also']): print('THEME',d['id'],p);err+=1
        if not set(p['target_groups'])<=TG: print('TG',p);err+=1
        req+=p['required']
    for c in g['commitments']:
        if c['text'] not in t or c['voice'] not in ('kommun','annan'): print('COMM',d['id'],c);err+=1
    for k in ('persons','emails','phones'):
        for x in g['pii'][k]:
            if x not in t: print('PII',d['id'],x);err+=1
    for x in g['target_groups']['required']: tgc[x]+=1
    n=len(t.split())
    if not 150<=n<=900: print('LEN',d['id'],n)
print('docs',len(inp),'required',req,'errors',err)
print(dict(genres));print(dict(tgc))
