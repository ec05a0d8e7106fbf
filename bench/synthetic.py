"""A varied synthetic corpus of dialogue pages, written from our own templates in the genre.

Summaries, invitations, news items, minutes, youth councils and safety walks from real
municipalities' domains, with headings per target group, proposals in several cue shapes (reported
speech, wishes, needs, bullet lists), the organiser's own promises, dates, places, participant
counts and contact details (PII). Deterministic for a seed; the `i`-th document is the same
whatever N, so a larger corpus extends a smaller one.
"""
from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

GROUPS = {
    "Äldre": ["äldre", "seniorer", "pensionärer", "personer över 65 år"],
    "Barn och unga": ["barn och unga", "ungdomar", "elever", "unga vuxna"],
    "Personer med funktionsnedsättning": ["personer med funktionsnedsättning", "brukare inom LSS",
                                          "personer med psykisk ohälsa"],
    "Vuxna": ["vuxna", "föräldrar", "invånare i arbetsför ålder"],
    "Våld i nära relationer": ["våldsutsatta kvinnor", "personer som lever med våld", "barn som bevittnat våld"],
}
SUBJECTS = ["Deltagarna", "Många", "Flera av de närvarande", "Ungdomarna", "Seniorerna", "Föräldrarna",
            "Invånarna", "Brukarna", "Grupperna", "Några deltagare"]
REPORTING = ["föreslog att", "menade att", "ansåg att", "tyckte att", "lyfte att", "framförde att"]
WISHES = ["önskade", "efterfrågade", "vill ha", "lyfte behovet av", "saknar"]
MODAL_SUBJECTS = ["kommunen", "socialtjänsten", "skolan", "fritidsförvaltningen", "regionen", "vi"]
ACTIONS = [
    ("bygga", "fler trygghetsboenden"), ("ordna", "träffpunkter på kvällstid"),
    ("förbättra", "belysningen på gångvägarna"), ("erbjuda", "hjälp med e-tjänster"),
    ("korta", "väntetiderna till stödet"), ("öppna", "en fritidsgård på helgerna"),
    ("anordna", "fler aktiviteter för unga"), ("satsa på", "fler nattvandrare"),
    ("ta fram", "lättläst information om insatserna"), ("anpassa", "bostäderna efter behoven"),
    ("skapa", "en gemensam lokal för föreningar"), ("utöka", "kollektivtrafiken till byarna"),
    ("samordna", "stödet mellan skola och socialtjänst"), ("inrätta", "ett ungdomsråd"),
    ("placera ut", "fler parkbänkar längs promenadstråken"), ("utbilda", "personalen i bemötande"),
    ("förenkla", "ansökan om färdtjänst"), ("rusta upp", "lekplatsen vid skolan"),
    ("införa", "fasta kontaktpersoner i hemtjänsten"), ("sprida", "information om stödlinjen"),
]
NOUNS = ["fler mötesplatser i centrum", "bättre belysning i parkerna", "kortare köer till boendet",
         "samma personal vid besöken", "tryggare skolvägar", "mer stöd till anhöriga",
         "fler platser på fritidshemmet", "en mobil bibliotekstjänst", "längre öppettider på simhallen",
         "anpassade aktiviteter på sommaren", "stöd till ensamma äldre", "en jourtelefon dygnet runt"]
PLACES = ["Medborgarhuset", "stadsbiblioteket", "Folkets hus", "kommunhuset", "Kulturhuset", "Träffpunkten",
          "Ungdomens hus", "församlingshemmet", "Stadsparken", "idrottshallen"]
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "augusti", "september", "oktober", "november"]
FIRST = ["Anna", "Erik", "Maria", "Johan", "Karin", "Lars", "Sara", "Ahmed", "Eva", "Mikael", "Fatima", "Nils"]
LAST = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Lindberg"]
GENRES = ("sammanstallning", "inbjudan", "nyhet", "protokoll", "ungdomsrad", "trygghetsvandring")
FILLER = [
    "Dialogen är en del av kommunens arbete med att involvera invånarna i utvecklingen av verksamheten.",
    "Synpunkterna tas med i arbetet med den nya planen som ska beslutas under året.",
    "Resultatet redovisas för nämnden och återkopplas till deltagarna.",
    "Samtalen fördes i mindre grupper med en samtalsledare vid varje bord.",
    "Det fanns även möjlighet att lämna synpunkter digitalt under två veckor.",
    "Arbetet sker i samverkan med civilsamhällets organisationer och regionen.",
    "Tidigare dialoger har lett till flera förändringar i verksamheten.",
]


@dataclass(frozen=True)
class Place:
    code: str
    county: str
    short_name: str
    domain: str


def _slug(name: str) -> str:
    table = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", " ": "", "-": ""})
    return name.lower().translate(table)


def places() -> list[Place]:
    from dialogkartan.reference import municipalities

    return [Place(str(m["municipality_code"]), str(m["county_code"]), str(m["short_name"]),
                  f"www.{_slug(str(m['short_name']))}.se") for m in municipalities()]


def _proposal(rng: random.Random, group_words: list[str]) -> str:
    verb, obj = rng.choice(ACTIONS)
    who = rng.choice(group_words)
    shape = rng.randrange(6)
    if shape == 0:
        return f"{rng.choice(SUBJECTS)} {rng.choice(REPORTING)} kommunen ska {verb} {obj} för {who}."
    if shape == 1:
        return f"{rng.choice(SUBJECTS)} {rng.choice(WISHES)} {rng.choice(NOUNS)}."
    if shape == 2:
        return f"Det behövs {rng.choice(NOUNS)} för {who}."
    if shape == 3:
        return f"{rng.choice(MODAL_SUBJECTS).capitalize()} borde {verb} {obj}."
    if shape == 4:
        return f"Ett förslag var att {verb} {obj}, så att fler {who} kan delta."
    return f"{rng.choice(SUBJECTS)} vill att man ska {verb} {obj}."


def _bullets(rng: random.Random, n: int) -> str:
    return "\n".join(f"- {verb.capitalize()} {obj}" for verb, obj in rng.sample(ACTIONS, n))


def _date(rng: random.Random) -> tuple[str, str]:
    year, month, day = rng.randint(2018, 2026), rng.randrange(len(MONTHS)), rng.randint(1, 28)
    number = [1, 2, 3, 4, 5, 6, 8, 9, 10, 11][month]
    return f"{day} {MONTHS[month]} {year}", f"{year}-{number:02d}-{day:02d}"


def _contact(rng: random.Random, domain: str) -> str:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    mail = f"{first.lower()}.{last.lower()}@{domain.removeprefix('www.')}"
    return f"Kontakt: {first} {last}, utvecklingsledare, {mail}, telefon 0{rng.randint(10, 99)}-{rng.randint(100000, 999999)}."


def document(i: int, seed: int = 13, municipalities: list[Place] | None = None) -> dict[str, Any]:
    """The i-th synthetic crawl item (the crawler's items.jsonl shape)."""
    rng = random.Random(f"{seed}:{i}")
    place = rng.choice(municipalities or places())
    genre = rng.choice(GENRES)
    spoken, iso = _date(rng)
    venue = rng.choice(PLACES)
    count = rng.choice([12, 15, 20, 25, 30, 40, 45, 60, 80, 120])
    heads = rng.sample(sorted(GROUPS), rng.randint(1, 3))
    titles = {
        "sammanstallning": f"Sammanställning av dialogen om {heads[0].lower()} i {place.short_name}",
        "inbjudan": f"Välkommen till dialogmöte om {heads[0].lower()}",
        "nyhet": f"Så tyckte invånarna i {place.short_name} om framtidens {rng.choice(['omsorg', 'skola', 'fritid'])}",
        "protokoll": f"Protokoll från rådet för {heads[0].lower()}, {spoken}",
        "ungdomsrad": f"Ungdomsrådet i {place.short_name} har lämnat sina förslag",
        "trygghetsvandring": f"Trygghetsvandring i {rng.choice(['centrum', 'Norra stan', 'hamnen', 'stationsområdet'])}",
    }
    title = titles[genre]
    parts: list[str] = [title]
    if genre == "inbjudan":
        parts.append(f"Den {spoken} bjuder {place.short_name} kommun in till ett dialogmöte i {venue}. "
                     f"Vi vill höra vad du tycker om {heads[0].lower()} och hur stödet kan utvecklas.")
        parts.append(rng.choice(FILLER))
        parts.append("Anmäl dig senast en vecka innan. Fika serveras.")
    else:
        parts.append(f"Den {spoken} samlades {count} personer i {venue} för att diskutera "
                     f"{rng.choice(['trygghet', 'boende', 'fritid', 'stöd', 'information', 'tillgänglighet'])} "
                     f"i {place.short_name}.")
        parts.append(rng.choice(FILLER))
    sections: list[tuple[str, str]] = []
    for head in heads:
        words = GROUPS[head]
        body = [_proposal(rng, words) for _ in range(rng.randint(1, 6 if genre != "inbjudan" else 1))]
        if rng.random() < 0.4:
            body.append(f"Förslag som kom fram om {rng.choice(words)}:\n" + _bullets(rng, rng.randint(2, 5)))
        if rng.random() < 0.3:
            verb, obj = rng.choice(ACTIONS)
            body.append(f"Kommunen kommer att {verb} {obj} under nästa år.")
        body += rng.sample(FILLER, rng.randint(0, 3))
        sections.append((head, "\n\n".join(body)))
    text = "\n\n".join(parts)
    hints = []
    for head, body in sections:
        start = len(text) + 2
        text += f"\n\n{head}\n\n{body}"
        hints.append({"heading": head, "level": 2, "start": start, "end": len(text)})
    text += "\n\n" + _contact(rng, place.domain)
    url = f"https://{place.domain}/dialog/{genre}/{i}"
    return {
        "url": url, "canonical_url": url, "source_id": f"k{place.code}", "title": title, "text": text,
        "published": iso if rng.random() > 0.1 else None, "language": "sv", "kind": "html",
        "fetched_at": "2026-11-01T12:00:00",
        "relevance": {"score": 3.0 if genre != "protokoll" or rng.random() < 0.8 else 0.5,
                      "relevant": True, "terms": ["dialog"]},
        "sections": hints,
    }


def documents(n: int, seed: int = 13, start: int = 0) -> Iterator[dict[str, Any]]:
    munis = places()
    for i in range(start, start + n):
        yield document(i, seed, munis)


@dataclass
class SyntheticSource:
    id: str
    name: str
    kind: str
    municipality_code: str
    county_code: str
    domains: list[str]
    cms: str = "sitevision"
    verified: bool = False


def sources() -> list[SyntheticSource]:
    return [SyntheticSource(f"k{p.code}", f"{p.short_name} kommun", "kommun", p.code, p.county, [p.domain])
            for p in places()]


def write_job(job: Path, n: int, seed: int = 13, start: int = 0) -> dict[str, int]:
    """A crawl job directory (items.jsonl, fetchlog.jsonl, report.json) holding n documents."""
    job.mkdir(parents=True, exist_ok=True)
    words = 0
    with (job / "items.jsonl").open("w", encoding="utf-8") as items, \
            (job / "fetchlog.jsonl").open("w", encoding="utf-8") as log:
        for item in documents(n, seed, start):
            words += len(item["text"].split())
            items.write(json.dumps(item, ensure_ascii=False) + "\n")
            log.write(json.dumps({"url": item["url"], "source_id": item["source_id"], "status": 200,
                                  "outcome": "new", "content_hash": hashlib.sha256(item["text"].encode()).hexdigest()})
                      + "\n")
    (job / "report.json").write_text(json.dumps({"crawl_id": job.name}))
    return {"documents": n, "words": words}


def varied_proposals(n: int) -> Iterator[str]:
    """n distinct-as-can-be proposal texts, each the first half of one annotated corpus proposal
    (eval/corpus, our own writing) and the second half of another: as varied as real proposals,
    which phrase templates are not (their vectors fall into a few hundred groups)."""
    from dialogkartan import paths

    texts: list[str] = []
    for gold in sorted((paths.ROOT / "eval" / "corpus" / "raw").glob("*/gold.jsonl")):
        for line in gold.read_text(encoding="utf-8").splitlines():
            texts += [p["text"].strip() for p in json.loads(line)["proposals"]]
    words = [t.split() for t in dict.fromkeys(texts) if len(t.split()) >= 4]
    heads = [" ".join(w[: len(w) // 2]) for w in words]
    tails = [" ".join(w[len(w) // 2:]) for w in words]
    pairs = len(heads) * len(tails)
    step = next(p for p in (1_000_003, 1_000_033, 1_000_037) if pairs % p)  # a prime: i → pair is one-to-one
    for i in range(n):
        a, b = divmod(i * step % pairs, len(tails))
        yield f"{heads[a]} {tails[b]}"
