"""Plain data types shared by the pipeline stages.

Every span is a pair of character offsets into the document text the stage was given, so any
fact can be traced back to its sentence (provenance).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# Target-group ids are fixed: the taxonomy file may rename labels but never these ids.
TARGET_GROUPS = ("barn_och_unga", "aldre", "funktionsnedsattning", "vuxna", "vald_i_nara_relationer")
DIALOGUE_TYPES = (
    "medborgardialog",
    "brukardialog",
    "medarbetardialog",
    "regional_dialog",
    "politiskt_initiativ",
    "aterkommande_forum",
    "annat",
)
PROPOSAL_KINDS = ("förslag", "behov", "fråga", "beslut")


@dataclass(frozen=True)
class InputDoc:
    """One document as the extraction sees it (the `extract` contract's input line)."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    # Hints the crawler knows and plain text does not; all optional.
    municipality_code: str | None = None
    county_code: str | None = None
    section_hints: tuple[tuple[int, int, str], ...] = ()  # (start, end, heading)


@dataclass
class Section:
    idx: int
    heading: str | None
    start: int
    end: int
    target_groups: list[str] = field(default_factory=list)


@dataclass
class Sentence:
    idx: int
    start: int
    end: int
    section: int | None
    text: str


@dataclass
class TargetGroupMention:
    group: str
    start: int
    end: int
    text: str
    sentence: int | None
    via: str  # "lexicon" | "compound" | "heading"


@dataclass
class Proposal:
    text: str
    start: int
    end: int
    sentence: int
    action: str | None
    object: str | None
    target_groups: list[str]
    kind: str = "förslag"
    voice: str | None = None
    status: str | None = None
    confidence: float = 0.5


@dataclass
class Commitment:
    """What the municipality or another organiser promises or decides itself (not a proposal)."""

    text: str
    start: int
    end: int
    sentence: int
    voice: str  # "kommun" | "annan"
    confidence: float = 0.5


@dataclass
class Event:
    date: str | None
    place: str | None
    count: int | None
    qualifier: str | None
    start: int
    end: int
    sentence: int | None
    participant_kinds: list[str] = field(default_factory=list)

    def to_contract(self) -> dict[str, Any]:
        participants = None if self.count is None else {"count": self.count, "qualifier": self.qualifier}
        return {"date": self.date, "place": self.place, "participants": participants}


@dataclass
class Entity:
    label: str  # PER, ORG, LOC, EMAIL, PHONE, PNR, MUNICIPALITY
    text: str
    start: int
    end: int
    pii: bool
    sentence: int | None = None


@dataclass
class Extraction:
    id: str
    language: str | None  # ISO 639-1 (dialogkartan.lang); None when too short to tell
    is_swedish: bool
    sections: list[Section] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    municipality_codes: list[str] = field(default_factory=list)
    county_codes: list[str] = field(default_factory=list)
    mentioned_municipality_codes: list[str] = field(default_factory=list)
    published: str | None = None
    dialogue_type: str | None = None
    organisers: list[str] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    target_groups: list[str] = field(default_factory=list)
    target_group_mentions: list[TargetGroupMention] = field(default_factory=list)
    proposals: list[Proposal] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    # The proposal candidates the classifier judged (for training and inspection; never stored).
    candidates: list[Any] = field(default_factory=list, repr=False, compare=False)
    type_features: dict[str, float] = field(default_factory=dict, repr=False, compare=False)

    def to_contract(self) -> dict[str, Any]:
        """Exactly the fields of the gold-dev contract (see docs/architecture.md)."""

        def pii(label: str) -> list[str]:
            seen: dict[str, None] = {}
            for e in self.entities:
                if e.pii and e.label == label:
                    seen.setdefault(e.text, None)
            return list(seen)

        return {
            "id": self.id,
            "municipality_codes": self.municipality_codes,
            "county_codes": self.county_codes,
            "mentioned_municipality_codes": self.mentioned_municipality_codes,
            "published": self.published,
            "dialogue_type": self.dialogue_type,
            "events": [e.to_contract() for e in self.events],
            "target_groups": self.target_groups,
            "proposals": [
                {
                    "text": p.text,
                    "target_groups": p.target_groups,
                    "start": p.start,
                    "end": p.end,
                    "action": p.action,
                    "kind": p.kind,
                    "voice": p.voice,
                    "status": p.status,
                    "confidence": round(p.confidence, 3),
                }
                for p in self.proposals
            ],
            "commitments": [
                {"text": c.text, "start": c.start, "end": c.end, "voice": c.voice, "confidence": round(c.confidence, 3)}
                for c in self.commitments
            ],
            "pii": {"persons": pii("PER"), "emails": pii("EMAIL"), "phones": pii("PHONE")},
        }

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)
