"""Proposal candidates: every span that might be a proposal or a commitment, with its features.

Generators, generous on purpose (the classifier in `decide.py` keeps or drops):
- `bullet`: each list item, split into atomic actions or noun phrases;
- `report` / `np_cue`: the content after a cue pattern ("föreslog att …", "önskemål om …");
- `modal`: a clause with a need or demand ("det behövs …", "skolan borde …");
- `imperative`: a sentence or item opening with an imperative ("Bygg …");
- `motion`: an att-sats under a yrkande;
- `mixed_list`: each item of a comma list whose items are imperatives or noun phrases;
- `sentence`: any other sentence of ordinary length, whole.
Features describe the cue, the sentence (speaker, practical text, quote, question), the section
heading, the list, the candidate's own shape and the document. Offsets point into the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable

from dialogkartan.pii_patterns import pattern_spans
from pipeline.extract.cues import CueMatch, is_imperative_form
from pipeline.extract.spans import (
    _LEAD, _MODAL, _NEGATION, Finder, finite_verb, split_after_modal, strip_span, wrapper_strip,
)
from pipeline.segment import BULLET, is_bullet
from pipeline.types import Section, Sentence

CONTENT_CUES = ("report", "np_cue")
# A proposal ends before a comment on it, an example, a speaker tag or a second clause.
_TAIL = re.compile(r",\s+(?:något\s+som|vilket|eftersom|då|för\s+att|till\s+exempel|t\.\s?ex\.|gärna|annars|men|"
                   r"säger|sa|sade|skriver|berättar|och\s+det\s+var)\b|\s+[–—]\s+|\s+enligt\s+(?:dessa|de|dem|deltagarna|"
                   r"flera|många|\w+rådet)\b", re.I)
_IMPERSONAL = re.compile(r"(?:det|här|där)\s+(?:behövs|behövdes|saknas|saknades)\s+(?:också\s+|även\s+|dessutom\s+)?", re.I)
_SO_THAT = re.compile(r",?\s+så\s+att\b", re.I)
# a trailing clause that says when or why, not what ("öppet på helger, när det är som svårast"; "ett
# brukarråd där föräldrar får yttra sig"): annotators often stop before it
_TRAIL = re.compile(r",\s+(?:när|eftersom|då|men|vilket|så\s+länge|medan)\b|\s+där\s+(?!det\b)"
                    # a contrast or a comparison after the demand ("… öppet på söndagar och inte bara
                    # på lördagar", "… med fasta anslag i stället för projektpengar"): annotators stop before it too
                    r"|,?\s+(?:och\s+)?inte\s+bara\b|,?\s+i\s+stället\s+för\b|,\s+på\s+samma\s+sätt\s+som\b"
                    # a reason after "för" or "bara för att" ("… ökar, för den har legat still"), and
                    # a closing remark in brackets ("Klockor i omklädningsrummen. (Eva tar det vidare.)")
                    r"|,\s+för\s+(?!att\b)|\s+bara\s+för\s+att\b|\.?\s+\((?=[^()]*\)?\W*$)", re.I)
# a list whose items each open with "om" ("motioner om X, om Y och om att Z"): every item its own
_OM = r"om\s+(?:att\s+)?"
_OM_LEAD = re.compile(rf"\b{_OM}", re.I)
_OM_ITEM = re.compile(rf"(?:,\s+|\s+(?:och|samt|eller)\s+){_OM}", re.I)
_EXAMPLE = re.compile(r"\b(?:till\s+exempel|t\.\s?ex\.|bland\s+annat)\s+(?:genom\s+(?:att\s+)?|i\s+form\s+av\s+|med\s+|om\s+)?", re.I)
# Units: a line may hold several sentences the sentence splitter kept together.
_UNIT_BREAK = re.compile(r"(?<=[.!?])\s+(?:[-–•]\s+)?(?=[–—\"”A-ZÅÄÖ])|(?<=:)\s+(?=[A-ZÅÄÖ])|\s+[–—]\s+(?=[a-zåäö])")
_YRKANDE = re.compile(r"\byrka\w*\b|\bhemställ\w*\b|\bföreslår\b.*\bbesluta[r]?\b", re.I)
_QUOTE_OPEN = ("–", "—", "\"", "”", "»", "'")


_CONTEXT = ("voice:", "not_proposal:", "heading:", "heading_run", "bullet", "after_cue_colon", "after_colon", "quote", "question",
            "org_subject", "kommer_att", "multi_unit", "variant_", "no_heading", "starts_", "has_modal", "ctx_")


@dataclass
class Candidate:
    start: int
    end: int
    sentence: int
    source: str
    pattern: str | None
    features: dict[str, float] = field(default_factory=dict)


def _bucket(n: int, edges: tuple[int, ...] = (1, 2, 4, 8, 15, 30)) -> str:
    for e in edges:
        if n <= e:
            return f"<={e}"
    return f">{edges[-1]}"


class CandidateBuilder:
    def __init__(self, text: str, sentences: list[Sentence], sections: list[Section], quotes: set[int],
                 headings: set[int], doc: Any, cues: list[CueMatch], lemma: Callable[[str], str | None] | None,
                 title: str | None = None) -> None:
        self.text = text
        self.sentences = sentences
        self.sections = {s.idx: s for s in sections}
        self.quotes = quotes
        self.headings = headings
        self.finder = Finder(text, doc, lemma)
        self.cues = cues
        self.title = title or ""
        self.heading_labels: dict[int, set[str]] = {}
        for sec in sections:
            if sec.heading:
                self.heading_labels[sec.idx] = {c.label or "" for c in cues
                                                if c.kind == "heading" and sec.start <= c.start < sec.start + len(sec.heading)}
        # sections where someone is reported to propose: a modal or bare sentence beside such
        # reports is more likely the residents' voice than the municipality's
        self.cue_sentences = {x.idx for x in sentences if self._in(x, CONTENT_CUES + ("post_cue",))}
        # people named by the NER: a span naming one is mostly a contact line or a speaker
        self.persons = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PER"] if doc is not None else []
        self.cue_sections = {x.section for x in sentences if x.idx in self.cue_sentences}
        n_sent = max(1, len(sentences))
        self.doc_features = {
            "doc_skip": min(3, sum(c.kind == "not_proposal" for c in cues)) / 3,
            "doc_commit": min(3, sum(c.kind == "voice" and c.label == "kommun" for c in cues)) / 3,
            "doc_report": min(5, sum(c.kind in CONTENT_CUES for c in cues)) / 5,
            "doc_bullets": min(10, sum(is_bullet(s.text) for s in sentences)) / 10,
            "doc_short": float(n_sent < 8),
        }
        if re.search(r"\b(?:välkommen|välkomna|inbjudan|bjuder in|anmäl)\w*", self.title, re.I):
            self.doc_features["title_invitation"] = 1.0
        if re.search(r"\b(?:motion|medborgarförslag|interpellation)\w*", self.title, re.I):
            self.doc_features["title_motion"] = 1.0

    # -- helpers -----------------------------------------------------------------------------
    def _in(self, s: Sentence, kinds: tuple[str, ...]) -> list[CueMatch]:
        return [c for c in self.cues if c.kind in kinds and s.start <= c.start < s.end]

    def pieces(self, s: int, e: int) -> list[tuple[int, int]]:
        """One content span cut into atomic actions or noun phrases (see spans.py)."""
        text, finder = self.text, self.finder
        s, e = strip_span(text, s, e)
        s = wrapper_strip(text, s, e)
        words = finder.words(s, e)
        if not words:
            return []
        if is_imperative_form(words[0][2]) and not finder.inf_at(words[0][0], words[0][2]):
            out = finder.split_actions(s, e, imperative=True)
        elif finder.inf_at(words[0][0], words[0][2]) or text[s:e].startswith("att "):
            out = finder.split_actions(s, e)
        else:
            out = []
            for a0, b0 in finder.split_clauses(s, e):
                w0 = finder.words(a0, b0)
                if w0 and finder.inf_at(w0[0][0], w0[0][2]):
                    out += finder.split_actions(a0, b0)
                elif finite_verb(finder, w0) is None:
                    out += finder.split_nominal(a0, b0)
                else:
                    out += split_after_modal(finder, a0, b0, w0) or [(a0, b0)]
        cleaned = []
        for a, b in out:
            a = wrapper_strip(text, a, b)
            a, b = strip_span(text, a, b)
            m = _LEAD.match(text[a:b])
            if m:
                a += m.end()
            if len(finder.words(a, b)) >= 2:
                cleaned.append((a, b))
        return cleaned

    def _content_end(self, a: int, b: int, start: int) -> int:
        end = b
        for c in self.cues:
            if c.kind in CONTENT_CUES and start + 3 < c.start < end:
                end = c.start
        t = _TAIL.search(self.text, start, end)
        return t.start() if t else end

    def _units(self, s: Sentence) -> list[tuple[int, int]]:
        out, start = [], s.start
        for m in _UNIT_BREAK.finditer(self.text, s.start, s.end):
            out.append((start, m.start()))
            start = m.end()
        out.append((start, s.end))
        return [(a, b) for a, b in out if b > a]

    def _with_variants(self, pieces: list[tuple[int, int]], s: Sentence, source: str, pattern: str | None,
                       feats: dict[str, float]) -> list[Candidate]:
        """Each piece, plus the variant without a "så att" purpose clause and, for "till exempel
        X", X on its own: annotators differ, the classifier learns which is usual."""
        out = []
        for a, e in pieces:
            f = dict(feats, n_pieces=min(len(pieces), 5) / 5)
            out.append(self._cand(a, e, s, source, pattern, f))
            if source in ("np_cue", "bullet", "example", "sentence") and finite_verb(self.finder, self.finder.words(a, e)) is None:
                items = self.finder.split_list(a, e)
                if len(items) > 1:
                    for x, y in items:
                        out.append(self._cand(x, y, s, source, pattern, dict(f, variant_list=1.0,
                                                                              n_items=min(len(items), 6) / 6)))
            m = _SO_THAT.search(self.text, a, e)
            if m and len(self.finder.words(a, m.start())) >= 2:
                out.append(self._cand(a, m.start(), s, source, pattern, dict(f, variant_short=1.0)))
            t = _TRAIL.search(self.text, a, e)
            if t and (not m or t.start() != m.start()) and len(self.finder.words(a, t.start())) >= 2:
                out.append(self._cand(a, t.start(), s, source, pattern, dict(f, variant_trail=1.0)))
        return out

    def _om_list_candidates(self, s: Sentence, b: int, base: dict[str, float]) -> list[Candidate]:
        """The items of "om X, om Y och om att Z" ("motionerna handlade om …, om … och om att …",
        "frågor om …"): news and minutes list what was raised so; the list opens at the last "om"
        before the first repeated one and ends where a comment or a new clause starts."""
        text = self.text
        cuts = list(_OM_ITEM.finditer(text, b, s.end))
        if not cuts:
            return []
        opens = list(_OM_LEAD.finditer(text, b, cuts[0].start()))
        if not opens:
            return []
        start, out = opens[-1].end(), []
        for m in cuts:
            out.append((start, m.start()))
            start = m.end()
        out.append((start, self._content_end(start, s.end, start)))
        items = [p for p in (strip_span(text, x, y) for x, y in out) if len(self.finder.words(*p)) >= 2]
        if len(items) < 2:
            return []
        feats = dict(base, coord_n=min(len(items), 6) / 6, om_list=1.0)
        return [self._cand(x, y, s, "om_list", None, feats) for x, y in items]

    # -- generation --------------------------------------------------------------------------
    def build(self) -> list[Candidate]:
        out: list[Candidate] = []
        lead_in: dict[int | None, tuple[str, bool]] = {}  # per section: the last colon line, and whether it is a cue
        list_pos: dict[int | None, int] = {}
        yrkande_seen = -10
        for s in self.sentences:
            st = s.text
            if _YRKANDE.search(st):
                yrkande_seen = s.idx
            if s.idx in self.headings and not self._list_line(s):
                continue
            base = self._sentence_features(s)
            if s.idx in self.headings:
                base["heading_run"] = 1.0
            bullet = is_bullet(st)
            if bullet:
                list_pos[s.section] = list_pos.get(s.section, 0) + 1
                lead, colon_cue = lead_in.get(s.section, ("", False))
                b = s.start + BULLET.match(st).end()
                base = dict(base, bullet=1.0, list_pos=min(list_pos[s.section], 10) / 10)
                if lead:
                    base["after_colon"] = 1.0
                    # the line that opens the list says whose list it is ("Kommunen ska:", "Deltagarna
                    # lyfte fram:"): its words, as stems
                    for w in _stems(lead)[-LEAD_WORDS:]:
                        base[f"lead:{w}"] = 1.0
                if colon_cue:
                    base["after_cue_colon"] = 1.0
                if self.text.startswith("att ", b) and s.idx - yrkande_seen <= 6:
                    out.append(self._cand(*strip_span(self.text, b + 4, s.end), s, "motion", None, base))
                    yrkande_seen = s.idx
                    continue
            else:
                list_pos[s.section] = 0
                b = s.start
                ends_colon = st.rstrip().endswith(":")
                lead_in[s.section] = (st, bool(self._in(s, CONTENT_CUES))) if ends_colon else ("", False)
                if re.match(r"att\s", st) and s.idx - yrkande_seen <= 6:
                    out.append(self._cand(*strip_span(self.text, s.start + 4, s.end), s, "motion", None, base))
                    yrkande_seen = s.idx
                    continue
            units = self._units(Sentence(s.idx, b, s.end, s.section, self.text[b:s.end]))
            found: list[Candidate] = []
            for a, e in units:
                feats = dict(base, multi_unit=1.0) if len(units) > 1 else base
                found.extend(self._unit_candidates(s, a, e, feats, bullet and len(units) == 1))
            mixed = self._mixed_list_candidates(s, b, base)
            # the sentence-wide list generators add only spans the unit generators did not find
            for more in (mixed, self._coord_candidates(s, b, base), self._verbless_list_candidates(s, b, base),
                         self._om_list_candidates(s, b, base)):
                seen = {(c.start, c.end) for c in found}
                found += [c for c in more if (c.start, c.end) not in seen]
            if mixed:
                # a clear list: a span running over the colon that opens it or over a separator
                # between two items is the wrong cut
                seps = [(x.end, y.start) for x, y in zip(mixed, mixed[1:])]
                if mixed[0].features.get("mixed_after_colon"):
                    seps.append((self.text.rfind(":", b, mixed[0].start), mixed[0].start))
                found = [c for c in found if not any(c.start < x and y < c.end for x, y in seps)]
            out.extend(found)
        return [c for c in out if c.end > c.start]

    def _list_line(self, s: Sentence) -> bool:
        """A short line the segmenter took for a heading but that heads nothing: the next line is
        a heading too, or the line before was a heading with nothing under it ("Färre läxor" /
        "Större skolgård" / "Tätare bussar", a wish list set down one item per line)."""
        if len(s.text.split()) > 12 or s.text.rstrip().endswith((":", "?")):
            return False
        return s.idx + 1 in self.headings or s.idx - 1 in self.headings

    def _coord_candidates(self, s: Sentence, b: int, base: dict[str, float]) -> list[Candidate]:
        """The items of a noun-phrase list that stands as a verb's subject or object anywhere in
        the sentence ("Bland förslagen fanns A och B", "A, B och C nämndes ofta"): lists that
        follow no cue are otherwise never split. The parse gives the list's extent (a verb's
        nominal dependents, adjacent ones merged, since the parser often hangs list members
        on the verb one by one); the comma/och split gives the items. The verb's lemma and the
        list's role are features: the classifier learns which predicates carry proposals."""
        doc = self.finder.doc
        # only among reported proposals (the sentence's context features: a cue in its section or
        # beside it, a heading that announces proposals); elsewhere lists are mostly description
        if doc is None or not self.finder._tok_at or not any(base.get(k) for k in _PROPOSAL_CONTEXT):
            return []
        span = doc.char_span(b, s.end, alignment_mode="expand")
        if span is None:
            return []
        out: list[Candidate] = []
        for verb in span:
            args = sorted((c for c in verb.children if c.dep_ in _ARG_DEPS
                           or c.dep_ in _LOOSE_DEPS and c.pos_ in ("NOUN", "PROPN")), key=lambda t: t.i)
            runs: list[tuple[int, int, str]] = []
            for arg in args:
                lo, hi = arg.left_edge.i, arg.right_edge.i
                if runs and all(doc[k].dep_ in ("punct", "cc") for k in range(runs[-1][1] + 1, lo)):
                    runs[-1] = (runs[-1][0], hi, runs[-1][2])
                else:
                    runs.append((lo, hi, arg.dep_))
            for lo, hi, dep in runs:
                x, y = max(b, doc[lo].idx), min(s.end, doc[hi].idx + len(doc[hi].text))
                if finite_verb(self.finder, self.finder.words(x, y)) is not None:
                    continue
                items = self.finder.split_list(x, y)
                if len(items) < 2:
                    continue
                feats = dict(base, coord_n=min(len(items), 6) / 6)
                feats[f"coord_dep:{dep}"] = 1.0
                feats[f"coord_verb:{verb.lemma_.lower()}"] = 1.0
                for i, e in items:
                    lead = _OM_LEAD.match(self.text, i, e)  # "om X, om Y": the item is X
                    out.append(self._cand(lead.end() if lead else i, e, s, "np_coord", None, feats))
        return out

    def _verbless_list_candidates(self, s: Sentence, b: int, base: dict[str, float]) -> list[Candidate]:
        """The items of a line that is nothing but a list of noun phrases, with no finite verb
        ("Gatlyktor, bänkar och en grillplats.", a quoted "Värme och gemenskap", or the list before a
        dash: "Fler X och tätare Y – det är vad många vill"): summaries set wishes down so, under a
        heading or after a question, with no cue the other generators would follow."""
        doc = self.finder.doc
        if doc is None or not self.finder._tok_at or base.get("question"):
            return []
        dash = re.search(r"\s[–—-]\s", self.text[b:s.end])
        x, y = strip_span(self.text, b, b + dash.start() if dash else s.end)
        while y > x and self.text[y - 1] in _QUOTE_CHARS + ".!;":
            y -= 1
        while x < y and self.text[x] in _QUOTE_CHARS:
            x += 1
        span = doc.char_span(x, y, alignment_mode="expand") if y > x else None
        if span is None or len(span) > 60:
            return []
        # an item may carry a relative clause ("tävlingar där unga får visa vad de kan")
        items = self.finder.split_list(x, y)
        if len(items) < 2 or any(len(self.finder.words(i, e)) > 12 or not self._verbless(i, e) for i, e in items):
            return []
        feats = dict(base, coord_n=min(len(items), 6) / 6, verbless_line=1.0)
        if dash:
            feats["before_dash"] = 1.0
        return [self._cand(i, e, s, "np_line", None, feats) for i, e in items]

    def _mixed_list_candidates(self, s: Sentence, b: int, base: dict[str, float]) -> list[Candidate]:
        """The items of a comma list that mixes imperatives and noun phrases ("Önskemål: bygg ut
        X, fler Y, sänk Z och en W"): summaries set a dialogue's wishes down in one such line, and
        the other generators, which expect either clauses or noun phrases, cut it in the wrong
        places. The list is what follows the sentence's last colon, or the whole sentence where
        the context announces proposals; it counts when it has three items or more, each short
        and opening with an imperative or infinitive or verbless, at least one of them a verb."""
        if self.finder.doc is None or base.get("question"):
            return []
        text = self.text
        colon = text.rfind(": ", b, s.end)
        if colon >= 0:
            x = colon + 2
        elif any(base.get(k) for k in _PROPOSAL_CONTEXT) or base.get("after_cue_colon"):
            x = b
        else:
            return []
        x, y = strip_span(text, x, s.end)
        while y > x and text[y - 1] in ".!;":
            y -= 1
        items = self.finder.split_list(x, y)
        if len(items) < 3:
            return []
        kinds = []
        for i, e in items:
            words = self.finder.words(i, e)
            if not words or len(words) > 12:
                return []
            first = words[0]
            if is_imperative_form(first[2]) or self.finder.inf_at(first[0], first[2]):
                kinds.append("verb")  # after a colon "utveckla X" is the imperative or the infinitive: both ask
            elif self._verbless(i, e):
                kinds.append("np")
            else:
                return []
        if "verb" not in kinds:
            return []
        feats = dict(base, coord_n=min(len(items), 6) / 6, mixed_list=1.0)
        if colon >= 0:
            feats["mixed_after_colon"] = 1.0
        return [self._cand(i, e, s, "mixed_list", None, dict(feats, **{f"item_{k}": 1.0}))
                for (i, e), k in zip(items, kinds)]

    def _verbless(self, a: int, e: int) -> bool:
        """No finite verb in the span by the tagger, before any relative clause ("fler vuxna som
        rör sig ute" is still a noun phrase)."""
        span = self.finder.doc.char_span(a, e, alignment_mode="expand")
        if span is None:
            return False
        for t in span:
            if t.lower_ in _RELATIVE:
                break
            if _finite(t):
                return False
        return True

    def _unit_candidates(self, s: Sentence, a: int, e: int, feats: dict[str, float], list_item: bool) -> list[Candidate]:
        text = self.text
        imps = [c for c in self.cues if c.kind == "imperative" and c.start == a]
        first = re.match(r"[a-zåäö]+", text[a:e])
        if not imps and first and text[a - 2:a].strip() in ("–", "—") and is_imperative_form(first.group()):
            imps = [CueMatch("imperative", "imperative.start", a, a + first.end())]
        if imps and re.match(r"[^\W\d_]+\s+\d", text[a:e]):
            imps = []  # "Inför 2025 års budget …": the preposition before a year, not the verb
        if imps:
            end = self._content_end(a, e, a)
            return self._with_variants(self.pieces(a, end), s, "imperative", imps[0].id, feats)
        found = self._cue_candidates(s, a, e, feats)
        if not found:
            found = self._post_cue_candidates(s, a, e, feats)
        if not found:
            found = self._modal_candidates(s, a, e, feats)
        if not found and list_item:
            for a0, b0 in _inline_items(text, a, e):
                end = self._content_end(a0, b0, a0)
                found += self._with_variants(self.pieces(a0, end) or [strip_span(text, a0, end)], s, "bullet", None, feats)
        if not found and 2 <= len(text[a:e].split()) <= 45 and not text[a:e].rstrip().endswith(":"):
            x, y = strip_span(text, a, e)
            found = [self._cand(x, y, s, "sentence", None, feats)]
            end = self._content_end(x, y, x)
            if end < y:
                x2, y2 = strip_span(text, x, end)
                found.append(self._cand(x2, y2, s, "sentence", None, dict(feats, variant_short=1.0)))
        for m in _EXAMPLE.finditer(text, a, e):  # "…, till exempel genom X": X may be its own proposal
            end = self._content_end(m.end(), e, m.end())
            for x, y in self.pieces(m.end(), end):
                found.append(self._cand(x, y, s, "example", None, feats))
        return found

    def _cue_candidates(self, s: Sentence, a: int, e: int, base: dict[str, float]) -> list[Candidate]:
        out: list[Candidate] = []
        taken: list[tuple[int, int]] = []
        for c in self.cues:
            if c.kind not in CONTENT_CUES or not a <= c.start < e or c.id == "np.cue_colon":
                continue
            start = c.end
            if c.id == "np.onska_np":  # the match includes the first word of the noun phrase
                start = self.text.rfind(" ", c.start, c.end) + 1
            end = self._content_end(a, e, start)
            if c.kind == "np_cue":
                end = self._np_end(start, end)
            if end - start < 3 or any(x <= start < y for x, y in taken):
                continue
            taken.append((start, end))
            neg = bool(_NEGATION.search(self.text[max(a, c.start - 12):start]))
            out += self._with_variants(self.pieces(start, end), s, c.kind, c.id, dict(base, cue_negated=float(neg)))
        return out

    def _np_end(self, start: int, end: int) -> int:
        """Where a cue's noun phrase stops: before the finite verb it is the subject of ("förslaget
        om bättre skolmat leder till …" → "bättre skolmat"). A content that opens a clause ("att
        …", "hur …") keeps its verb."""
        words = self.finder.words(start, end)
        if len(words) < 2 or words[0][2].lower() in _CLAUSE_OPENERS:
            return end
        tok_at = self.finder._tok_at
        for (px, _, pw), (x, _, w) in zip(words, words[1:]):
            if w.lower() in _CLAUSE_OPENERS:
                return end  # a relative or subordinate clause inside the phrase: its verb is its own
            # the tagger takes plural nouns in -ar for verbs ("fler sittbänkar", "tätare bussar"):
            # a word right after a modifier is the phrase's noun, not its verb
            before = tok_at.get(px)
            modified = pw.lower() in _MORE_LESS or before is not None and before.pos_ in ("ADJ", "DET", "NUM")
            if not modified and _finite(tok_at.get(x)):
                return strip_span(self.text, start, x)[1]
        return end

    def _post_cue_candidates(self, s: Sentence, a: int, e: int, base: dict[str, float]) -> list[Candidate]:
        """Content before a cue that closes the sentence ("Att X och Y var andra förslag.")."""
        for c in self.cues:
            if c.kind == "post_cue" and a < c.start < e:
                start = a
                m = re.match(r"(?:(?:även|också|dessutom)\s+)?(?:att\s+)?", self.text[a:c.start], re.I)
                if m:
                    start = a + m.end()
                return self._with_variants(self.pieces(start, c.start), s, "post_cue", c.id, base)
        return []

    def _modal_candidates(self, s: Sentence, a: int, e: int, base: dict[str, float]) -> list[Candidate]:
        out: list[Candidate] = []
        last_end = a
        for c in self.cues:
            if c.kind != "modal" or not a <= c.start < e or c.start < last_end:
                continue
            # the clause opens at most five words before the modal, after a comma, "att", "om" or "när"
            head = self.text[last_end:c.start]
            cut = max((m.end() for m in re.finditer(r"(?:[,;:]\s+|\b(?:att|om|när|då|eftersom|men|och)\s+)", head)),
                      default=0)
            words = list(re.finditer(r"\S+", head[cut:]))
            start = last_end + cut + (words[-5].start() if len(words) > 5 else 0)
            nxt = re.search(r"(?:,\s+(?:och|men|medan)\s+|;\s+)", self.text[c.end:e])
            clause_end = c.end + nxt.start() if nxt else e
            end = self._content_end(start, clause_end, c.end)
            pieces = self.pieces(start, end) or [strip_span(self.text, start, end)]
            out += self._with_variants(pieces, s, "modal", c.id, base)
            bare = _IMPERSONAL.match(self.text, start, end)  # "det behövs X": X alone is the usual span
            if bare:
                out += self._with_variants(self.pieces(bare.end(), end), s, "modal", c.id, dict(base, variant_object=1.0))
            last_end = clause_end
        return out

    # -- features ----------------------------------------------------------------------------
    def _sentence_features(self, s: Sentence) -> dict[str, float]:
        f: dict[str, float] = dict(self.doc_features)
        st = s.text.rstrip()
        if st.endswith("?"):
            f["question"] = 1.0
        if s.idx in self.quotes or st.lstrip().startswith(_QUOTE_OPEN):
            f["quote"] = 1.0
        for c in self._in(s, ("voice", "not_proposal")):
            f[f"{c.kind}:{c.id}"] = 1.0
        for lab in self.heading_labels.get(s.section, set()) if s.section is not None else ():
            f[f"heading:{lab}"] = 1.0
        sec = self.sections.get(s.section) if s.section is not None else None
        if sec is None or not sec.heading:
            f["no_heading"] = 1.0
        elif sec.heading.rstrip().endswith("?"):
            f["heading_question"] = 1.0
        if sec is not None and sec.heading:
            # the heading's own words beyond the cue lists ("Åtgärder", "Medborgarlöfte", "Det här
            # sa ni"): a plan's section and a summary's read differently
            for w in _stems(sec.heading)[:HEADING_WORDS]:
                f[f"h:{w}"] = 1.0
        if s.section in self.cue_sections:
            f["ctx_section_cue"] = 1.0
        if s.idx - 1 in self.cue_sentences or s.idx + 1 in self.cue_sentences:
            f["ctx_neighbour_cue"] = 1.0
        if re.search(r"\bkommer\s+(?:\w+\s+)?att\b", st, re.I):
            f["kommer_att"] = 1.0
        if re.search(r"\b(?:vi|kommunen|nämnden|förvaltningen)\b", st[:40], re.I):
            f["org_subject"] = 1.0
        f["position"] = round(s.idx / max(1, len(self.sentences)), 1)
        return f

    def _cand(self, a: int, e: int, s: Sentence, source: str, pattern: str | None, feats: dict[str, float]) -> Candidate:
        text = self.text[a:e]
        words = self.finder.words(a, e)
        f = dict(feats)
        f[f"src:{source}"] = 1.0
        if pattern:
            f[f"pat:{pattern}"] = 1.0
        f[f"len:{_bucket(len(words))}"] = 1.0
        if words:
            first = words[0][2]
            f[f"fw:{first.lower()}"] = 1.0
            tok = self.finder._tok_at.get(words[0][0])
            if tok is not None and tok.pos_:
                f[f"fpos:{tok.pos_}"] = 1.0
            if self.finder.inf_at(words[0][0], first):
                f["starts_inf"] = 1.0
            if is_imperative_form(first) and first[:1].isupper():
                f["starts_imp"] = 1.0
            if first.lower() in _MORE_LESS or tok is not None and "Cmp" in tok.morph.get("Degree"):
                f["starts_cmp"] = 1.0  # "fler …", "tätare …", "bättre …": the usual shape of a wish
        for x, _, w in words[:12]:
            tok = self.finder._tok_at.get(x)
            f[f"w:{(tok.lemma_ if tok is not None else w).lower()}"] = 1.0
        head = re.findall(r"[\wåäöÅÄÖ]+", self.text[s.start:a])[-3:]
        for w in head:  # the words just before the span: the speaker and the cue
            f[f"pre:{w.lower()}"] = 1.0
        if _MODAL.search(text):
            f["has_modal"] = 1.0
        if _NEGATION.search(text):
            f["has_negation"] = 1.0
        if re.search(r"\d", text):
            f["has_digit"] = 1.0
        if any(p.label in ("EMAIL", "PHONE") for p in pattern_spans(text, names=False)):
            f["has_contact"] = 1.0  # the project's one PII rule set (dialogkartan.pii_patterns)
        if any(x < e and a < y for x, y in self.persons):
            f["has_person"] = 1.0
        # the same context means different things for different generators: pair them
        for k in [k for k in f if k.startswith(_CONTEXT)]:
            f[f"{source}&{k}"] = f[k]
        cover = (e - a) / max(1, s.end - s.start)
        f[f"cover:{_bucket(int(cover * 10), (2, 5, 8, 10))}"] = 1.0
        return Candidate(a, e, s.idx, source, pattern, f)


# a verb's dependents that may hold a list of wished-for things
_ARG_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "appos", "conj"})
# where the parser also hangs a nominal list member (a noun taken for a clause's head)
_LOOSE_DEPS = frozenset({"advcl", "xcomp", "ccomp", "dep"})
_PROPOSAL_CONTEXT = ("ctx_section_cue", "ctx_neighbour_cue", "heading:proposal")
_RELATIVE = frozenset({"som", "där", "när", "vilken", "vilket", "vilka"})
_QUOTE_CHARS = "\"”“»«'’"
_CLAUSE_OPENERS = frozenset({"att", "hur", "vad", "var", "vilka", "vilken", "vilket", "som", "om", "när", "där", "varför"})
# the tagger often misses a comparative opening a line ("Tätare" as a noun): the common ones by name
_MORE_LESS = frozenset({"fler", "flera", "färre", "mer", "mera", "mindre", "gratis", "ökad", "ökat", "ökade",
                        "utökad", "utökade", "sänkt", "sänkta", "höjd", "höjda", "ny", "nya", "nytt", "bättre",
                        "större", "högre", "lägre", "längre", "kortare", "tätare", "billigare", "tryggare",
                        "säkrare", "snabbare", "tydligare", "enklare", "bredare", "renare", "tystare", "närmare"})


HEADING_WORDS = 10
LEAD_WORDS = 10
_STEM = 6


def _stems(text: str) -> list[str]:
    """Lower-cased word stems (the first six letters; Swedish inflects at the end) of a heading or
    lead-in line, in order, without repeats."""
    out: list[str] = []
    for w in re.findall(r"[^\W\d_]{3,}", text.lower()):
        st = w[:_STEM]
        if st not in out:
            out.append(st)
    return out


def _finite(tok: Any) -> bool:
    """A token the tagger reads as a finite verb."""
    return tok is not None and tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm")


def _inline_items(text: str, b: int, end: int) -> list[tuple[int, int]]:
    """Items of one bullet line: extracted text often joins list items as "A. - B. - C."."""
    items, start = [], b
    for m in re.finditer(r"(?<=[.!])\s+[-–•]\s+", text[b:end]):
        items.append((start, b + m.start()))
        start = b + m.end()
    items.append((start, end))
    return items
