"""Write the sample's two dialogue reports as real PDFs with fpdf2.

Run standalone (`.venv/bin/python data/sample/tools/make_pdfs.py`) or via build_sample.py.
Uses DejaVu Sans when it is installed (full Swedish text); otherwise falls back to the
core Helvetica font, which fpdf2 encodes as Latin-1 – still fine for å, ä and ö.
All text written for the Dialogkartan sample; people and numbers are invented.
"""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

from dialogkartan.paths import SAMPLE_DIR

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

HANINGE = {
    "path": "www.haninge.se/download/18.5e1c2a3b18d0f2a4c1e9b7/1713772800000/Sammanstallning-dialogcafeer-aldreomsorg-2024.pdf",
    "title": "Sammanställning av dialogcaféer om framtidens äldreomsorg",
    "subtitle": "Haninge kommun, social- och äldreförvaltningen, april 2024",
    "created": datetime(2024, 4, 19, 10, 0, tzinfo=timezone.utc),
    "sections": [
        ("Bakgrund", [
            "Äldrenämnden ska under hösten 2024 ta fram en ny äldreplan. Som underlag ville nämnden höra "
            "hur äldre och anhöriga ser på äldreomsorgen i dag och vad som behövs framöver.",
        ]),
        ("Genomförande", [
            "Sex dialogcaféer hölls mellan 5 och 21 mars på träffpunkter och trygghetsboenden. Varje café "
            "pågick i två timmar. Samtalen fördes i mindre grupper med en samtalsledare och en sekreterare.",
            "- Handen, 5 mars: 14 deltagare",
            "- Jordbro, 7 mars: 11 deltagare",
            "- Vendelsö, 12 mars: 16 deltagare",
            "- Brandbergen, 14 mars: 12 deltagare",
            "- Västerhaninge, 19 mars: 15 deltagare",
            "- Handen (kvällstid för anhöriga), 21 mars: 13 deltagare",
            "Sammanlagt deltog 81 personer, varav ungefär en fjärdedel var anhöriga.",
        ]),
        ("Resultat", [
            "Att kunna bo kvar hemma var det som engagerade flest. Deltagarna beskrev ensamhet som ett större "
            "problem än brist på praktisk hjälp. I flera grupper efterfrågades träffpunkter med öppettider "
            "även på helger.",
            "Digitala tjänster väckte blandade känslor. De som redan använder surfplatta eller smart telefon "
            "vill gärna göra mer digitalt, medan andra är oroliga för att bli utan personlig kontakt.",
            "Anhöriga beskrev en trötthet och en osäkerhet om vart de ska vända sig. De efterfrågade en "
            "samlad ingång till kommunen.",
        ]),
        ("Förslag från deltagarna", [
            "- Håll träffpunkterna öppna även lördagar och söndagar.",
            "- Ge hemtjänsten tid för samtal, inte bara för insatser.",
            "- Erbjud kurser i digitala tjänster på träffpunkterna.",
            "- Inför en kontaktperson för anhöriga.",
            "- Utöka avlösningen i hemmet.",
        ]),
        ("Fortsatt arbete", [
            "Sammanställningen lämnas till äldrenämnden i maj. Deltagarna kommer att bjudas in till en "
            "återträff när förslaget till äldreplan är klart.",
            "Kontakt: Karl Eriksson, utredare, telefon 08-606 715 40.",
        ]),
    ],
}

GISLAVED = {
    "path": "www.gislaved.se/globalassets/dokument/omsorg/rapport-dialog-aldreomsorgsplan-2021.pdf",
    "title": "Rapport: dialog om äldreomsorgsplanen 2021",
    "subtitle": "Gislaveds kommun, socialförvaltningen, september 2021",
    "created": datetime(2021, 9, 20, 8, 30, tzinfo=timezone.utc),
    "sections": [
        ("Sammanfattning", [
            "Under april och maj 2021 genomförde socialförvaltningen åtta dialogmöten och en webbenkät om "
            "äldreomsorgens framtid. Drygt 150 personer deltog i mötena och 342 personer svarade på enkäten.",
        ]),
        ("Så genomfördes dialogen", [
            "Mötena hölls utomhus eller i stora lokaler med anledning av pandemin: Gislaved, Anderstorp, "
            "Smålandsstenar, Reftele, Burseryd, Hestra, Skeppshult och Broaryd. Pensionärsorganisationerna "
            "hjälpte till att sprida inbjudan.",
        ]),
        ("Vad deltagarna tog upp", [
            "Trygghet i hemmet: många vill bo kvar hemma men känner oro för att bli ensamma. Flera tog upp "
            "att trygghetslarmet behöver fungera även i byar med dålig mobiltäckning.",
            "Ett gott liv: deltagarna ville att kommunen ska samarbeta med föreningar om aktiviteter och "
            "att det ska finnas mötesplatser i alla tätorter, inte bara i Gislaved.",
            "Kompetens: medarbetare efterfrågade mer utbildning i demensvård och tid för handledning.",
            "Digitalisering: det fanns intresse för digital tillsyn nattetid, men också en oro för att "
            "tekniken ska ersätta besök.",
        ]),
        ("Förslag som lyftes", [
            "- Mötesplatser för äldre i alla tätorter.",
            "- Fler platser på trygghetsboende i de mindre orterna.",
            "- Utbildning i demensvård för all personal i hemtjänsten.",
            "- Möjlighet att välja digital tillsyn, men aldrig som enda alternativ.",
        ]),
        ("Hur resultatet används", [
            "Rapporten är underlag till förslaget till äldreomsorgsplan 2022-2030 som socialnämnden "
            "behandlar i oktober 2021.",
        ]),
    ],
}


class Report(FPDF):
    footer_text = ""

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font(self.body_font, size=8)
        self.cell(0, 10, f"{self.footer_text} – sida {self.page_no()}", align="C")


def write_report(spec: dict, out_root: Path) -> Path:
    pdf = Report(format="A4")
    if (DEJAVU / "DejaVuSans.ttf").exists():
        pdf.add_font("DejaVu", "", str(DEJAVU / "DejaVuSans.ttf"))
        pdf.add_font("DejaVu", "B", str(DEJAVU / "DejaVuSans-Bold.ttf"))
        pdf.body_font = "DejaVu"
    else:  # core font: Latin-1 only, so swap the en dash
        pdf.body_font = "Helvetica"
    pdf.footer_text = spec["subtitle"].split(",")[0]
    pdf.set_title(spec["title"])
    pdf.set_author(spec["subtitle"].split(",")[0])
    pdf.set_creation_date(spec["created"])
    pdf.add_page()
    pdf.set_font(pdf.body_font, "B", 16)
    pdf.multi_cell(0, 8, spec["title"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.body_font, "", 10)
    pdf.multi_cell(0, 6, spec["subtitle"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for heading, paragraphs in spec["sections"]:
        pdf.set_font(pdf.body_font, "B", 12)
        pdf.multi_cell(0, 7, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(pdf.body_font, "", 11)
        for para in paragraphs:
            pdf.multi_cell(0, 6, para, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1 if para.startswith("- ") else 2)
        pdf.ln(2)
    out = out_root / spec["path"]
    out.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(out))
    return out


def main(out_root: Path | None = None) -> list[Path]:
    root = out_root or SAMPLE_DIR / "sites"
    return [write_report(spec, root) for spec in (HANINGE, GISLAVED)]


if __name__ == "__main__":
    for p in main():
        print(p, p.stat().st_size)
