from h import *
INPUT = dict(id="a1-09", title="Elever ställde politikerna mot väggen inför KF", url="https://www.jnytt.se/",
genre="news", source_url="https://www.jnytt.se/nyhet/elever-stallde-politikerna-mot-vaggen-innan-kf/", text="""
Elever ställde politikerna mot väggen inför KF

I torsdags träffades 35 politiker och 100 elever på Erik Dahlbergsgymnasiet för att gå igenom de åtgärder som ungdomarna tycker är viktigast. Grupperna har setts tidigare på Spira, och nu var det dags att följa upp.
Eleverna vill att kommunen ordnar fler sommarjobb, att kollektivtrafiken blir billigare och att det sätts upp mer belysning. Demokratisamordnaren Elin Sandvik tycker att det är ett bra sätt att låta unga vara med och påverka.
– Vi har jobbat så här i flera år och ju mer känt det blir, desto bättre fungerar det. Vi träffas både fysiskt och på webben. Den som inte kan komma på ett möte ska kunna hitta informationen på nätet, till exempel på vår sida Ung036, säger Elin.

Bild: Elever och politiker mitt i diskussionen.

Politikerna vid borden
Eleverna satt runt bord, och vid varje bord fanns en politiker. Bland dem fanns Johan Lind (M) och Karin Westerberg (MP). Tanken var att ungdomarna skulle lyfta det de vill förändra direkt till någon som sitter i kommunfullmäktige. Frågorna skickas sedan vidare till den nämnd som ansvarar, och där avgörs om de går vidare till politiskt beslut.

Bild: Amira Haddad och Ella Nyström hade mycket att säga.

Förberedda inför samtalet
Matsalen var full av elever från olika årskurser. Amira Haddad och Ella Nyström hade förberett sig för att föra fram sina åsikter.
– Det här är jättebra, man får verkligen säga vad man tycker. Jag vill mest prata om miljö och om kultur och fritid. Vi borde ha en fritidsgård som är öppen på helgerna även för oss som går på gymnasiet, säger Amira.
– Det bästa är att det är elever från olika skolor och årskurser. Vi har pratat om källsortering förut och jag vill att det ska finnas sopkärl för sortering i alla klassrum, säger Ella.

Vid ett annat bord krävde eleverna att skolmaten ska ha fler vegetariska alternativ och att skolan ska ha en kurator på plats varje dag.

Förslagen ska nu sammanställas och lämnas till kommunfullmäktige före sommaren.
""")
GOLD = dict(municipality_codes=["0680"], county_codes=["06"], mentioned_municipality_codes=[], published=None,
dialogue_type="medborgardialog", events=[E(None, "Erik Dahlbergsgymnasiet", 100, None)],
target_groups=TG(["barn_och_unga"]),
proposals=[
P("ordnar fler sommarjobb", ["barn_och_unga"], True, "nytt"),
P("kollektivtrafiken blir billigare", ["barn_och_unga"], True, "tillganglighet", ["ekonomi"]),
P("det sätts upp mer belysning", ["barn_och_unga"], True, "lokaler_miljo", ["trygghet_vald"]),
P("en fritidsgård som är öppen på helgerna även för oss som går på gymnasiet", ["barn_och_unga"], True, "motesplatser_aktiviteter"),
P("det ska finnas sopkärl för sortering i alla klassrum", ["barn_och_unga"], True, "skola_utbildning"),
P("skolmaten ska ha fler vegetariska alternativ", ["barn_och_unga"], True, "skola_utbildning"),
P("skolan ska ha en kurator på plats varje dag", ["barn_och_unga"], True, "skola_utbildning", ["stod_insatser"]),
],
commitments=[C("Förslagen ska nu sammanställas och lämnas till kommunfullmäktige före sommaren")],
pii=PII(["Elin Sandvik", "Elin", "Johan Lind", "Karin Westerberg", "Amira Haddad", "Ella Nyström", "Amira", "Ella"], [], []))
