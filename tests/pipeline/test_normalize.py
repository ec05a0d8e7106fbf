"""Boilerplate spans keep offsets (the language check is tested in tests/test_lang.py)."""
from __future__ import annotations

from pipeline.normalize import boilerplate_spans, clean, mask

PAGE = (
    "Hoppa till huvudinnehållet\n"
    "Vi använder kakor för att webbplatsen ska fungera så bra som möjligt. Godkänn kakor\n"
    "Du är här: Startsida / Omsorg och stöd / Äldre\n"
    "Dialogcafé för anhöriga i Härnösand\n"
    "\n"
    "Socialförvaltningen bjöd in anhöriga till ett dialogcafé om korttidsboendet. "
    "Läs protokollet hos Region Västernorrland Länk till annan webbplats.\n"
    "Foto: Kerstin Holm\n"
    "Närbild på händer som skriver på gula lappar\n"
    "Du kanske också är intresserad av:\n"
    "\n"
    "Nästa träff blir i oktober.\n"
    "Skriv ut\n"
    "Dela på Facebook\n"
    "Hjälpte informationen på sidan dig?\n"
    "Lämna en kommentar\n"
    "Avbryt\n"
)


def test_spans_cover_boilerplate_only():
    spans = boilerplate_spans(PAGE)
    dropped = [PAGE[s.start : s.end].strip() for s in spans]
    assert "Hoppa till huvudinnehållet" in dropped
    assert "Länk till annan webbplats." in dropped
    assert "Foto: Kerstin Holm" in dropped
    assert "Hjälpte informationen på sidan dig?" in dropped
    assert "Lämna en kommentar" in dropped
    assert "Närbild på händer som skriver på gula lappar" in dropped
    assert "Du kanske också är intresserad av:" in dropped
    assert "Avbryt" in dropped
    assert any("kakor" in d for d in dropped)
    assert any(d.startswith("Du är här:") for d in dropped)
    joined = " ".join(dropped)
    assert "dialogcafé" not in joined and "oktober" not in joined


def test_mask_keeps_offsets():
    masked = mask(PAGE)
    assert len(masked) == len(PAGE)
    i = PAGE.index("korttidsboendet")
    assert masked[i : i + 15] == "korttidsboendet"
    assert "Skriv ut" not in masked
    assert masked.count("\n") == PAGE.count("\n")


def test_clean_maps_back_to_original():
    c = clean(PAGE)
    assert c.text.startswith("Dialogcafé för anhöriga i Härnösand")
    assert "Länk till annan webbplats" not in c.text
    for word in ("korttidsboendet", "oktober", "Västernorrland"):
        k = c.text.index(word)
        a, b = c.span_to_original(k, k + len(word))
        assert PAGE[a:b] == word
