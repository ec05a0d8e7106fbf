from h import *
INPUT = dict(id="a1-10", title="Ungdomsfullmäktige ska få fler unga att delta i politiken: ”Det här är på riktigt”", url="https://www.helahalsingland.se/",
genre="news", source_url="https://www.helahalsingland.se/artikel/bergsjo/ungdomsfullmaktige-ska-fa-fler-unga-att-delta-i-politiken-det-har-ar-pa-riktigt", text="""
Bergsjö

Ungdomsfullmäktige ska få fler unga att delta i politiken: ”Det här är på riktigt”

Publicerad februari 2019

Med ungdomsfullmäktige vill Nordanstigs kommun att fler unga ska känna att de kan påverka, både genom att vara delaktiga och genom att lära sig hur politiken och besluten i kommunen fungerar. Rådet ska också vara ett bollplank så att politikerna får med de ungas perspektiv när de fattar beslut.

– Ungdomsfullmäktige har ingen koppling till partierna. Vi hoppas att de unga kommer med förslag och ärenden till kommunen, och att kommunfullmäktige i sin tur kan skicka frågor till dem, säger Henrik Bergqvist, fritidsutvecklare.

– Det ska gå åt båda hållen. Det är jätteroligt att de är så engagerade och lägger förslag i frågor som rör dem, säger Maria Holm, kommunsekreterare.

På måndagskvällen hölls det andra ungdomsfullmäktige på Kulturhuset Bergsjögården. Deltagarna fick också träna på mötesteknik och på att tala i mikrofon inför varandra. Till sin hjälp hade de kommunfullmäktiges ordförande Gunilla Ek (S) och vice ordföranden Sara Lindgren (C), som delade med sig av tips och berättade hur kommunens sammanträden går till.

– Jag gick en kurs i mötesteknik när jag var nio år och tyckte att det var jättekul. En del tycker att det är stelt och byråkratiskt, men för mig är det demokrati på riktigt. Så här lyssnar man på alla förslag, sa Gunilla Ek när hon inledde.

Sedan bjöd hon upp de sju deltagarna en i taget, och alla fick fritt lägga fram förslag och idéer. Ett ämne som engagerade många var epa-traktorer som används för buskörning.

– Varje helg kör folk runt och sladdar och förstör i Bergsjöparken. Det skulle gå att stoppa om man ställde dit fler bilar och en polisbil, sa Lukas Granberg, som går i årskurs 8 på Bergsjö skola och sitter i elevrådet.

Mycket av kvällen handlade också om miljö och kollektivtrafik. Ungdomarna vill att bussen mellan Bergsjö och Hudiksvall går oftare på kvällarna, och en tjej i årskurs 9 föreslog att det sätts upp laddstolpar för elcyklar vid skolan. Flera krävde också att skolans toaletter renoveras.

– Vi vill ha en plats där vi kan vara efter skolan, typ ett ungdomscafé i centrum, sa Nora Svensson i årskurs 7.

Förslagen skrivs nu ihop till ärenden som lämnas till kommunfullmäktige i april.

Foto: Ungdomsfullmäktige samlades på Kulturhuset Bergsjögården.
""")
GOLD = dict(municipality_codes=["2132"], county_codes=["21"], mentioned_municipality_codes=["2184"], published="2019-02",
dialogue_type="aterkommande_forum", events=[E("2019-02", "Kulturhuset Bergsjögården", 7, None)],
target_groups=TG(["barn_och_unga"]),
proposals=[
P("ställde dit fler bilar och en polisbil", ["barn_och_unga"], True, "trygghet_vald"),
P("bussen mellan Bergsjö och Hudiksvall går oftare på kvällarna", ["barn_och_unga"], True, "tillganglighet"),
P("det sätts upp laddstolpar för elcyklar vid skolan", ["barn_och_unga"], True, "lokaler_miljo"),
P("skolans toaletter renoveras", ["barn_och_unga"], True, "lokaler_miljo", ["skola_utbildning"]),
P("ett ungdomscafé i centrum", ["barn_och_unga"], True, "motesplatser_aktiviteter"),
],
commitments=[C("Förslagen skrivs nu ihop till ärenden som lämnas till kommunfullmäktige i april")],
pii=PII(["Henrik Bergqvist", "Maria Holm", "Gunilla Ek", "Sara Lindgren", "Lukas Granberg", "Nora Svensson"], [], []))
