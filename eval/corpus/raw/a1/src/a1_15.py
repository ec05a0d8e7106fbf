from h import *
INPUT = dict(id="a1-15", title="Trygghetsvandring", url="https://www.ovikshem.se/",
genre="safety", source_url="https://www.ovikshem.se/omovikshem/nyhetsarkiv/nyhetsarkiv/trygghetsvandring.5.1cfff813174b6383c39300d4.html", text="""
Trygghetsvandring

Trygghet betyder olika saker för olika människor, men en sak har de flesta gemensamt: att man vill känna sig säker när man är ute efter mörkrets inbrott.

Med det som utgångspunkt började våra fastighetsvärdar Lena och Tomas med något de kallar Trygghetsvandring. De promenerar genom sina bostadsområden när det är mörkt för att få en känsla av hur det faktiskt upplevs att gå där på kvällar och nätter.

Tidigare år har de bland annat hittat belysning som behövde bli bättre och som kunde åtgärdas ganska snabbt. Allt som noteras kan inte fixas direkt, men alla anteckningar sparas och används som underlag när vi planerar kommande förbättringar i områdena.

I år gick vandringen i Gullänget, och några hyresgäster följde med. Det här tog de upp:

• Gångvägen mot tvättstugan på Lasarettsgatan behöver fler lampor.
• Häcken vid lekplatsen har vuxit sig hög och borde klippas så att man ser in från gatan.
• Cykelförrådet borde ha lås med tagg i stället för nyckel.
• En hyresgäst önskade att entréerna får rörelsestyrd belysning.

Lampan vid tvättstugan är redan bytt. Häcken klipps i vår.

Har du själv sett en plats som känns otrygg? Tipsa din fastighetsvärd eller gör en felanmälan på Mina sidor.

Bild: Trygghetsvandring
""")
GOLD = dict(municipality_codes=["2284"], county_codes=["22"], mentioned_municipality_codes=[], published=None,
dialogue_type="annat", events=[E(None, "Gullänget")], target_groups=TG([]),
proposals=[
P("Gångvägen mot tvättstugan på Lasarettsgatan behöver fler lampor", [], True, "lokaler_miljo", ["trygghet_vald"]),
P("Häcken vid lekplatsen har vuxit sig hög och borde klippas", [], True, "lokaler_miljo", ["trygghet_vald"]),
P("Cykelförrådet borde ha lås med tagg i stället för nyckel", [], True, "trygghet_vald", ["lokaler_miljo"]),
P("entréerna får rörelsestyrd belysning", [], True, "lokaler_miljo", ["trygghet_vald"]),
],
commitments=[C("Häcken klipps i vår", "annan"),
C("alla anteckningar sparas och används som underlag när vi planerar kommande förbättringar i områdena", "annan")],
pii=PII(["Lena", "Tomas"], [], []))
