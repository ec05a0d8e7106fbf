import json, sys, re, yaml, importlib.util, os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))
THEMES = {x['id'] for x in yaml.safe_load(open('/work/main/config/taxonomy/themes.yaml'))['themes']} | {'nytt'}
GROUPS = {'barn_och_unga','aldre','funktionsnedsattning','vuxna','vald_i_nara_relationer'}
DT = {'medborgardialog','brukardialog','medarbetardialog','regional_dialog','politiskt_initiativ','aterkommande_forum','annat'}
def load(path):
    spec = importlib.util.spec_from_file_location('d', path); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m
def check(inp, gold):
    errs=[]; t=inp['text']
    for p in gold['proposals']:
        if p['text'] not in t: errs.append('proposal not substring: '+p['text'])
        if p['theme'] not in THEMES: errs.append('bad theme '+p['theme'])
        for a in p['also']:
            if a not in THEMES: errs.append('bad also '+a)
        for g in p['target_groups']:
            if g not in GROUPS: errs.append('bad group '+g)
    for c in gold['commitments']:
        if c['text'] not in t: errs.append('commitment not substring: '+c['text'])
        if c['voice'] not in ('kommun','annan'): errs.append('bad voice')
    for k in ('persons','emails','phones'):
        for x in gold['pii'][k]:
            if x not in t: errs.append('pii missing '+x)
    if gold['dialogue_type'] not in DT: errs.append('bad dt')
    for g in gold['target_groups']['required']+gold['target_groups']['optional']:
        if g not in GROUPS: errs.append('bad tg '+g)
    return errs
def upsert(fn, obj):
    rows=[]
    if os.path.exists(fn):
        rows=[json.loads(l) for l in open(fn) if l.strip()]
    rows=[r for r in rows if r['id']!=obj['id']]+[obj]
    rows.sort(key=lambda r:r['id'])
    with open(fn,'w') as f:
        for r in rows: f.write(json.dumps(r,ensure_ascii=False)+'\n')
if __name__=='__main__':
    for path in sys.argv[1:]:
        m=load(path)
        inp=dict(m.INPUT); gold=dict(m.GOLD)
        inp['text']=inp['text'].strip('\n')
        inp.setdefault('read_on','2026-11-30')
        gold['id']=inp['id']
        errs=check(inp,gold)
        words=len(inp['text'].split())
        req=sum(p['required'] for p in gold['proposals'])
        if errs:
            print(inp['id'],'ERRORS',*errs,sep='\n  '); continue
        gorder=['id','municipality_codes','county_codes','mentioned_municipality_codes','published','dialogue_type','events','target_groups','proposals','commitments','pii']
        gold={k:gold[k] for k in gorder}
        iorder=['id','title','url','text','genre','source_url','read_on']+(['genre_note'] if 'genre_note' in inp else [])
        inp={k:inp[k] for k in iorder}
        upsert('input.jsonl',inp); upsert('gold.jsonl',gold)
        print(inp['id'],'ok words',words,'required',req,'all',len(gold['proposals']),'commit',len(gold['commitments']))
