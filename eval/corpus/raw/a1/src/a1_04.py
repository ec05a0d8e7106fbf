from h import *
INPUT = dict(id="a1-04", title="Plan för kommunal service på landsbygden", url="https://www.lulea.se/",
genre="summary", source_url="https://www.lulea.se/samhalle--utveckling/stadsdelar-och-byar-i-lulea/landsbygden/plan-for-service-pa-landsbygden.html", text="""
Foto: Föreningshuset i byn Avan på Luleås landsbygd

Plan för kommunal service på landsbygden

Luleå kommun tar fram en plan för kommunal service på landsbygden. Här kan du följa hur arbetet går framåt.

Sammanfattning av medborgardialoger

Utgångspunkten är att det ska gå att bo, arbeta och leva på landsbygderna, och då är det strategiskt viktigt att servicen finns kvar och utvecklas. För att få en gemensam bild av vilken service som behövs och hur den kan utvecklas bjöd Luleås politiker in Lule byaforum och byaföreningarna till dialog. Tre dialoger hölls under våren 2023: i Antnäs för sörbyarna, i Persön för mittbyarna och i Råneå för norrbyarna.

Nedan finns en sammanfattning av det som kom fram.

Unga på landsbygden

Ungdomar mellan 14 och 18 år har också haft dialoger med kommunen och berättat vad de saknar i sina byar, vad de vill göra på fritiden och vad som krävs för att det ska gå. Det som nämns oftast är bussarna och kollektivtrafiken. De unga vill enkelt kunna ta sig till skolan, till kompisar och till aktiviteter, och de har många idéer om hur kollektivtrafiken kan bli bättre: tätare turer på kvällarna, en sista buss som går efter träningarna och hållplatser med belysning och tak.

De vill också kunna hålla på med olika idrotter både sommar och vinter, och kunna ta sig runt i byarna på cykel, skidor och häst året om. De föreslår en obemannad butik med självbetjäning och vill att byarna rustas med grillplats, badplats och fiskeplats. Flera vill gärna vara med på fler evenemang av samma slag som Luleå Vibe.

I en film sammanfattas ungdomarnas synpunkter och förslag.

Sörbyarna

Föreningslivet i sörbyarna bjöds in till en dialog om landsbygdsutveckling. Frågan var: Vad är viktigast för dig när det gäller service i närområdet?

Svaren handlade framför allt om att skolan och förskolan i byn ska finnas kvar, att hemtjänsten ska hinna med även de som bor långt ut och att bredbandet byggs ut till alla hushåll. Flera önskade att biblioteksbussen kommer tillbaka till byarna.

Frågor från dialogen och svar från Anders Nyström, kommunalråd

Fråga: Hela Sverige ska leva har hjälpt oss att ta fram en bygdeutvecklingsplan. Var hamnar den nu?

Svar: Bygdeutvecklingsplanen är ett viktigt underlag, och vi kommer att ta med den i arbetet med serviceplanen.

Fråga: Kan kommunen ordna en lokal där föreningar, äldre och unga kan träffas?

Svar: Vi ser över vilka kommunala lokaler i byarna som kan öppnas för föreningarna.

Mittbyarna och norrbyarna

I Persön och Råneå efterfrågades en servicepunkt där man kan få hjälp med ärenden till kommunen, och att äldre ska kunna få hjälp med digitala tjänster nära hemmet. Många ville också att vägarna plogas tidigare på morgonen så att skolskjutsarna kommer fram.

Planen ska beslutas av kommunfullmäktige under 2024.

Sidan uppdaterades den 14 december 2023
""")
GOLD = dict(municipality_codes=["2580"], county_codes=["25"], mentioned_municipality_codes=[], published="2023-12-14",
dialogue_type="medborgardialog",
events=[E("2023", "Antnäs"), E("2023", "Persön"), E("2023", "Råneå")],
target_groups=TG(["barn_och_unga"], ["aldre"]),
proposals=[
P("tätare turer på kvällarna", ["barn_och_unga"], True, "tillganglighet"),
P("en sista buss som går efter träningarna", ["barn_och_unga"], True, "tillganglighet"),
P("hållplatser med belysning och tak", ["barn_och_unga"], True, "lokaler_miljo", ["tillganglighet"]),
P("hålla på med olika idrotter både sommar och vinter", ["barn_och_unga"], False, "motesplatser_aktiviteter"),
P("kunna ta sig runt i byarna på cykel, skidor och häst året om", ["barn_och_unga"], False, "tillganglighet"),
P("en obemannad butik med självbetjäning", ["barn_och_unga"], True, "nytt"),
P("grillplats", ["barn_och_unga"], True, "lokaler_miljo"),
P("badplats", ["barn_och_unga"], True, "lokaler_miljo"),
P("fiskeplats", ["barn_och_unga"], True, "lokaler_miljo"),
P("fler evenemang av samma slag som Luleå Vibe", ["barn_och_unga"], True, "motesplatser_aktiviteter"),
P("skolan och förskolan i byn ska finnas kvar", ["barn_och_unga"], True, "skola_utbildning"),
P("hemtjänsten ska hinna med även de som bor långt ut", ["aldre"], True, "stod_insatser"),
P("bredbandet byggs ut till alla hushåll", [], True, "digitalisering"),
P("biblioteksbussen kommer tillbaka till byarna", [], True, "motesplatser_aktiviteter"),
P("Kan kommunen ordna en lokal där föreningar, äldre och unga kan träffas?", [], True, "motesplatser_aktiviteter", ["lokaler_miljo"]),
P("en servicepunkt där man kan få hjälp med ärenden till kommunen", [], True, "tillganglighet", ["information_kommunikation"]),
P("äldre ska kunna få hjälp med digitala tjänster nära hemmet", ["aldre"], True, "digitalisering"),
P("vägarna plogas tidigare på morgonen så att skolskjutsarna kommer fram", ["barn_och_unga"], True, "tillganglighet"),
],
commitments=[C("vi kommer att ta med den i arbetet med serviceplanen"),
C("Vi ser över vilka kommunala lokaler i byarna som kan öppnas för föreningarna"),
C("Planen ska beslutas av kommunfullmäktige under 2024")],
pii=PII(["Anders Nyström"], [], []))
