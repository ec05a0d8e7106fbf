from helper import *
T = """Elever satte politikerna på prov inför fullmäktige

På torsdagen samlades 35 politiker och 100 elever på Erik Dahlbergsgymnasiet för att gå igenom de åtgärder som ungdomarna själva tycker är viktigast. Grupperna har setts tidigare på Spira, och nu var det dags att följa upp det som sades då.

Eleverna vill se fler sommarjobb, billigare kollektivtrafik och mer belysning längs gång- och cykelvägarna. Det är ett bra sätt att låta de unga vara med och påverka, tycker demokratisamordnaren Eva Strand.

- Vi har arbetat så här ett bra tag, och ju fler som känner till det, desto bättre fungerar det. Vi träffas både på riktigt och via webben. Den som inte kan komma på mötena ska ändå kunna följa med på nätet, till exempel på vår sida Ung036, säger Eva Strand.

Elever och politiker mitt i diskussionen.

Politikerna satt med vid borden

Eleverna var placerade vid runda bord, och vid varje bord satt en ledamot från kommunfullmäktige. Bland dem fanns Anders Nord (M) och Karin Ek (MP). Idén var att ungdomarna skulle ta upp det de vill ändra på och prata direkt med någon som fattar besluten. Frågorna skickas sedan vidare till den nämnd som ansvarar, och kan därifrån gå vidare till politiskt beslut.

Elin Yilmaz och Moa Karlsson hade mycket att säga.

Förberedda för debatt

Matsalen var full av elever från olika årskurser. Elin Yilmaz och Moa Karlsson hade förberett sig.

- Det här är ett jättebra initiativ. Jag vill främst prata om miljö och om kultur och fritid. Jag tycker att fritidsgårdarna borde ha öppet längre på fredagar, och att det ska finnas en gratis konsthall för unga, säger Elin.

- Det bästa är att vi kommer från olika skolor och årskurser. Förra gången pratade vi om källsortering, och jag vill fortfarande att skolorna sätter upp sorteringskärl i alla klassrum, säger Moa.

Vid ett annat bord handlade samtalet om psykisk hälsa. Flera elever menade att skolkuratorn borde finnas på plats varje dag och att det behövs en chatt dit unga kan vända sig anonymt på kvällarna.

Anders Nord (M) tyckte att mötet gav mycket.

- De har tänkt igenom sina förslag ordentligt. Sommarjobben och belysningen tar vi med oss direkt, säger han.

Text och foto: Jonas Lind
"""
add("a7-05", "Elever satte politikerna på prov inför fullmäktige", "https://www.jnytt.se/", T, "news",
    "https://www.jnytt.se/nyhet/elever-stallde-politikerna-mot-vaggen-innan-kf/", ["0680"], ["06"], None, "medborgardialog",
    [ev(None, "Erik Dahlbergsgymnasiet", 100, None)], ["barn_och_unga"], [],
    [P("fler sommarjobb", ["barn_och_unga"], True, "nytt"),
     P("billigare kollektivtrafik", ["barn_och_unga"], True, "tillganglighet", ["ekonomi"]),
     P("mer belysning längs gång- och cykelvägarna", ["barn_och_unga"], True, "lokaler_miljo", ["trygghet_vald"]),
     P("fritidsgårdarna borde ha öppet längre på fredagar", ["barn_och_unga"], True, "motesplatser_aktiviteter"),
     P("det ska finnas en gratis konsthall för unga", ["barn_och_unga"], True, "motesplatser_aktiviteter"),
     P("skolorna sätter upp sorteringskärl i alla klassrum", ["barn_och_unga"], True, "skola_utbildning"),
     P("skolkuratorn borde finnas på plats varje dag", ["barn_och_unga"], True, "skola_utbildning", ["stod_insatser"]),
     P("det behövs en chatt dit unga kan vända sig anonymt på kvällarna", ["barn_och_unga"], True, "information_kommunikation", ["digitalisering"])],
    [C("Sommarjobben och belysningen tar vi med oss direkt")],
    persons=["Eva Strand", "Anders Nord", "Karin Ek", "Elin Yilmaz", "Moa Karlsson", "Jonas Lind"])
