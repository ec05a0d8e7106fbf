from h import *
INPUT = dict(id="a1-03", title="Dialogmöten", url="https://www.funktionsratt-linkoping.se/",
genre="minutes", source_url="https://www.funktionsratt-linkoping.se/dialogmoten/", text="""
Dialogmöten

Ett forum där vi lyfter frågor som är gemensamma för våra medlemsföreningar.

Minnesanteckningar - Dialogmöte 2023-06-01

Kvällen bjöd på ett samtal om omsorgen i framtidens Linköping, med mat och underhållning.

Karin Sjöholm, ordförande i Funktionsrätt Linköping, hälsar representanterna från medlemsföreningarna välkomna, liksom Lena Åkerblom, ordförande i Social- och omsorgsnämnden.

Lena Åkerblom har kommit för att vi tillsammans ska samtala om hur omsorgen bör se ut framöver för att möta behoven hos personer med olika funktionsnedsättningar.

Vi ska inte älta det som har varit, utan titta framåt och se hur framtiden kan bli så bra som möjligt.

Mats Hedlund, vice ordförande i Funktionsrätt Linköping, redovisar de frågor som föreningarna skickat in i förväg:

1. Vad ska omsorgen i framtidens Linköping omfatta, och vad ska den inte omfatta?

2. Hur kan Funktionsrätt Linköping bidra med sin kunskap?

3. Behövs särskilda inriktningar inom omsorgen, till exempel för boende och daglig verksamhet?

4. Hur ser det ut med kultur och fritid inom omsorgen?

Fråga 1:

Vad ska omsorgen i framtidens Linköping omfatta?

Lena Åkerblom beskriver ett kärvt läge som inte ser ut att bli lättare. Det saknas personal och det är svårt att få tag i vikarier.

Lena fortsätter: Vad är omsorg och vad är något annat? Kan uppgifterna delas upp, så att till exempel en undersköterska slipper putsa fönster och någon med den kompetensen gör det i stället? Förhoppningen är att yrket då blir mer attraktivt när var och en gör det den är utbildad för.

Fråga: Vad händer om assistenten inte längre ska städa?

Lena: Det handlar inte om att ta bort något utan om att fördela det annorlunda. Städningen kan kanske utföras av någon som har den kompetensen.

Fråga: Borde inte Social- och omsorgsnämnden samarbeta med resten av kommunen för att spara pengar, till exempel genom gemensamma inköp?

Lena: Det görs redan i viss mån, men vi tar med oss frågan.

Fråga 2:

Hur kan Funktionsrätt Linköping bidra?

Föreningarna erbjöd sig att medverka när nya medarbetare introduceras. Flera menade att personalen behöver mer kunskap om olika diagnoser, särskilt om neuropsykiatriska funktionsnedsättningar. Ett förslag var att föreningarna får vara med och utforma utbildningen för personal i daglig verksamhet.

Fråga 3:

Särskilda inriktningar

Deltagarna tyckte att det behövs gruppbostäder med inriktning mot unga vuxna med autism. Någon lyfte att det bör finnas fler platser i daglig verksamhet med arbetsuppgifter ute i vanliga företag.

Lena svarade att en ny gruppbostad planeras och att förvaltningen ser över hur daglig verksamhet kan erbjudas på fler arbetsplatser.

Fråga 4:

Kultur och fritid

Många saknar ledsagning på kvällar och helger, vilket gör det svårt att gå på konserter och idrott. Föreningarna önskade också att fritidsgårdarna öppnar för ungdomar med funktionsnedsättning en kväll i veckan.

Lena tackade för ett givande samtal och lovade att återkomma till föreningarna i höst med besked om hur frågorna tas vidare.

Vid pennan
Sofia Lindqvist
""")
GOLD = dict(municipality_codes=["0580"], county_codes=["05"], mentioned_municipality_codes=[], published="2023-06-01",
dialogue_type="aterkommande_forum", events=[E("2023-06-01", None, None, None)], target_groups=TG(["funktionsnedsattning"], ["barn_och_unga"]),
proposals=[
P("samarbeta med resten av kommunen för att spara pengar", ["funktionsnedsattning"], True, "ekonomi", ["samverkan"]),
P("gemensamma inköp", ["funktionsnedsattning"], False, "ekonomi"),
P("medverka när nya medarbetare introduceras", ["funktionsnedsattning"], True, "kompetensforsorjning", ["samverkan"]),
P("personalen behöver mer kunskap om olika diagnoser", ["funktionsnedsattning"], True, "kompetensforsorjning"),
P("föreningarna får vara med och utforma utbildningen för personal i daglig verksamhet", ["funktionsnedsattning"], True, "kompetensforsorjning", ["delaktighet_inflytande"]),
P("gruppbostäder med inriktning mot unga vuxna med autism", ["funktionsnedsattning"], True, "boende"),
P("fler platser i daglig verksamhet med arbetsuppgifter ute i vanliga företag", ["funktionsnedsattning"], True, "stod_insatser"),
P("ledsagning på kvällar och helger", ["funktionsnedsattning"], True, "stod_insatser", ["motesplatser_aktiviteter"]),
P("fritidsgårdarna öppnar för ungdomar med funktionsnedsättning en kväll i veckan", ["funktionsnedsattning", "barn_och_unga"], True, "motesplatser_aktiviteter"),
],
commitments=[C("vi tar med oss frågan"), C("en ny gruppbostad planeras"),
C("förvaltningen ser över hur daglig verksamhet kan erbjudas på fler arbetsplatser"),
C("lovade att återkomma till föreningarna i höst med besked om hur frågorna tas vidare")],
pii=PII(["Karin Sjöholm", "Lena Åkerblom", "Mats Hedlund", "Sofia Lindqvist", "Lena"], [], []))
