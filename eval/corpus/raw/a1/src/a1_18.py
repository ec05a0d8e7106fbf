from h import *
INPUT = dict(id="a1-18", title="Sluta spara på de äldres bekostnad", url="https://www.ekuriren.se/",
genre="letter", source_url="https://www.ekuriren.se/opinion/insandare/sluta-spara-pa-bekostnad-av-de-aldre-sm5336742.aspx", text="""
Insändare

Sluta spara på de äldres bekostnad

Jag har arbetat fem år i privat hemtjänst och dessförinnan i över tjugo år inom äldreomsorgen. Under de senaste åren har jag sett hur äldreomsorgen, hemtjänsten och LSS sakta monteras ner. Försämringarna har pågått i tio år, men inom hemtjänsten verkar takten ha ökat de senaste tre åren.

Många äldre har varken kunskapen eller orken att protestera och driva sin sak. När de inte kan göra sig hörda kan nedskärningarna fortsätta.

Hur länge ska kommunerna spara in på de äldre? Var går gränsen?

Vid årsskiftet 2020 införde Strängnäs kommun en ny regel inom LOV, och den gjorde direkt livet sämre för våra äldre. Kommunen har tidigare bestämt att de äldre ska ha en skälig livskvalitet, ett begrepp som kan tolkas hur som helst. Nu betyder det att våra 80- och 90-åringar inte längre får åka med i hemtjänstbilen. Den som redan hade en begränsad vardag får det ännu krångligare.

Tidigare kunde vi köra kunden till vårdcentralen, fotvården, frisören, apoteket, banken och affären. Det var värdefull tid då den äldre fick komma ut, röra på sig en stund och bli hemskjutsad innan orken tog slut. Nu ska de beställa taxi eller färdtjänst. Alla som har åkt färdtjänst vet hur länge man kan få vänta. Är det rimligt för trötta äldre? För många blir det så krångligt att de låter bli.

Varför fattades beslutet? Man kan bara gissa. En sparåtgärd? Ett sätt att minska insatserna? Eller handlar det om att alla ska behandlas lika, eftersom den kommunala hemtjänsten aldrig har fått köra kunder?

Till er som bestämmer vill jag säga:
Riv upp beslutet och låt hemtjänsten skjutsa de äldre till vårdcentralen och affären igen.
Följ med ut i verkligheten en dag och träffa de äldre som har valt att bo kvar hemma.
Fråga de äldre och personalen innan ni ändrar reglerna nästa gång.

Jag önskar att ni såg deras förtvivlan och sorg när ännu en sak tas ifrån dem.

Margareta Holmgren
undersköterska, Strängnäs
""")
GOLD = dict(municipality_codes=["0486"], county_codes=["04"], mentioned_municipality_codes=[], published=None,
dialogue_type="annat", events=[], target_groups=TG(["aldre"], ["funktionsnedsattning"]),
proposals=[
P("Riv upp beslutet", ["aldre"], True, "stod_insatser"),
P("låt hemtjänsten skjutsa de äldre till vårdcentralen och affären igen", ["aldre"], True, "stod_insatser", ["tillganglighet"]),
P("Följ med ut i verkligheten en dag och träffa de äldre som har valt att bo kvar hemma", ["aldre"], True, "delaktighet_inflytande"),
P("Fråga de äldre och personalen innan ni ändrar reglerna nästa gång", ["aldre"], True, "delaktighet_inflytande"),
P("Sluta spara på de äldres bekostnad", ["aldre"], False, "ekonomi"),
],
commitments=[],
pii=PII(["Margareta Holmgren"], [], []))
