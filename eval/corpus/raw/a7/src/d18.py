from helper import *
T = """Medborgardialogerna i Arbrå och Kilafors utvecklar demokratin

Två medborgardialoger hölls i februari, en i Arbrå och en i Kilafors. Deltagarna berättade om sina åsikter och funderingar för politiker, tjänstemän och polis. Kommunen och polisen redogjorde också för vad som gjorts sedan de förra dialogerna.

I februari i år bjöd kommunen in till två medborgardialoger, i Arbrå och i Kilafors. Tanken var att de som bor på orterna skulle få dela med sig av sina tankar om ortens framtid och prata direkt med politiker, tjänstemän och polis om frågor de tycker är viktiga. Omkring 40 personer kom till Arbrå och ett 30-tal till Kilafors. Kommunen och polisen återkopplade också från tidigare dialoger och berättade vilka åtgärder som genomförts utifrån synpunkterna då. Tidigare dialoger har dessutom lett fram till ett medborgarlöfte (.pdf) som Bollnäs kommun och lokalpolisområde Hälsingland har skrivit under.

Kommunalrådet Anneli Granström har gått igenom de synpunkter som de engagerade deltagarna lämnade:
- Dialogerna visar verkligen hur viktigt det här arbetet är. Vi fångar upp tankar, idéer, reflektioner, utvecklingsområden och sådant som irriterar hos dem som bor och verkar på orterna.
- Vi behöver fortsätta utveckla dialogerna och ge dem kontinuitet och struktur, så att vi håller ihop kommunen och stärker demokratin.

Synpunkter och kommentarer

Arbrå:
- Utveckla Forum och biblioteket, sätt in hörslinga, bygg ut fibern
- Hälsocentralen måste kommunen slåss för, den påverkar apotekets framtid
- Buskörning med mopeder och epa-traktorer
- Trafiken vid skolan är trång och farlig när föräldrar skjutsar barnen – inför en avlämningsplats
- Ta bort de skrotbilar som står och förfular
- Ifrågasätt Trafikverkets dragning av gång- och cykelvägen mellan Arbrå och Vallsta
- Bra med dialog!

Kilafors:
- Bra med fiber
- Synlig polis är bra
- Samordna tiderna i kollektivtrafiken bättre
- Trottoarerna plogas dåligt
- Belysningen vid järnvägsstationen behöver förbättras
- Ordna en träffpunkt för äldre i gamla skolan
- Ungdomarna har inget att göra på kvällarna – öppna fritidsgården igen åtminstone två kvällar i veckan

Vad händer nu?

Synpunkterna lämnas till de förvaltningar som ansvarar för respektive fråga. Kommunen och polisen kommer att redovisa vad som hänt på nästa dialog, som hålls i båda orterna i höst. Synpunkterna om buskörning och synlig polis tas med i arbetet med nästa medborgarlöfte.

Kontakt
Kommunledningskontoret, Malin Östlund, 0278-251 30
"""
add("a7-18", "Medborgardialogerna i Arbrå och Kilafors utvecklar demokratin", "https://bollnas.se/", T, "summary",
    "https://bollnas.se/index.php/nyhetsarkiv/2485-medborgardialogerna-i-arbra-och-kilafors-utvecklar-demokratin",
    ["2183"], ["21"], None, "medborgardialog",
    [ev(None, "Arbrå", 40, "cirka"), ev(None, "Kilafors", 30, "cirka")], [], ["aldre", "barn_och_unga", "funktionsnedsattning"],
    [P("Utveckla Forum och biblioteket", [], True, "motesplatser_aktiviteter", ["lokaler_miljo"]),
     P("sätt in hörslinga", ["funktionsnedsattning"], True, "tillganglighet"),
     P("bygg ut fibern", [], True, "digitalisering"),
     P("Hälsocentralen måste kommunen slåss för", [], True, "nytt"),
     P("Buskörning med mopeder och epa-traktorer", [], False, "trygghet_vald"),
     P("inför en avlämningsplats", ["barn_och_unga"], True, "lokaler_miljo"),
     P("Ta bort de skrotbilar som står och förfular", [], True, "lokaler_miljo"),
     P("Ifrågasätt Trafikverkets dragning av gång- och cykelvägen mellan Arbrå och Vallsta", [], True, "lokaler_miljo"),
     P("Samordna tiderna i kollektivtrafiken bättre", [], True, "tillganglighet"),
     P("Trottoarerna plogas dåligt", [], False, "lokaler_miljo"),
     P("Belysningen vid järnvägsstationen behöver förbättras", [], True, "lokaler_miljo", ["trygghet_vald"]),
     P("Ordna en träffpunkt för äldre i gamla skolan", ["aldre"], True, "motesplatser_aktiviteter", ["ensamhet_isolering"]),
     P("öppna fritidsgården igen åtminstone två kvällar i veckan", ["barn_och_unga"], True, "motesplatser_aktiviteter")],
    [C("Synpunkterna lämnas till de förvaltningar som ansvarar för respektive fråga"),
     C("Kommunen och polisen kommer att redovisa vad som hänt på nästa dialog", "kommun"),
     C("Synpunkterna om buskörning och synlig polis tas med i arbetet med nästa medborgarlöfte")],
    persons=["Anneli Granström", "Malin Östlund"], phones=["0278-251 30"])
