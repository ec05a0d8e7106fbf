from h import *
INPUT = dict(id="a1-22", title="Kiruna – medborgarlöften", url="https://polisen.se/",
genre="plan", source_url="https://polisen.se/om-polisen/medborgarloften-och-lokal-samverkan/medborgarloften/norrbottens-lan/kiruna/", text="""
Sök

Kiruna – medborgarlöften

Lokalpolisområde norra Lappland och Kiruna kommun lovar att tillsammans arbeta för ökad trygghet och minskad brottslighet i kommunen genom de aktiviteter som beskrivs nedan.

Bakgrund

Medborgarlöften bygger på att polisen lyssnar på vad de som bor och verkar i ett område tycker är viktigt för att känna sig trygga och säkra. Forskning visar att en väl fungerande samverkan mellan polis och lokalsamhälle kan öka förtroendet för polisen, göra att människor känner sig tryggare och leda till att brottsligheten minskar. Medborgarlöftena ska

• öka tryggheten,
• förebygga brott,
• ge invånarna och lokalsamhället en större roll i arbetet mot brott och för trygghet,
• bygga upp förtroendet för polisen.

Lägesbild Kiruna kommun

Löftena utgår från polisens och kommunens egna lägesbilder. Tillsammans med medborgardialoger, medarbetardialoger och samverkansdialoger har de blivit en gemensam lägesbild. I dialogerna efterfrågade många invånare fler poliser som syns ute i bostadsområdena, och flera föräldrar ville att det ska finnas vuxna ute på helgkvällarna i centrum. Polisen och Kiruna kommun är överens om tre prioriterade områden och ett område som kan ändras efter vad som händer i kommunen:

• Våld, hat och hot.
• Alkohol och droger.
• Trafiksäkerhet.
• Flexibelt utifrån problem som uppstår under perioden.

Det här ska vi göra

I en tid då samhället förändras kraftigt ska polisens och kommunens arbete vara förebyggande och bygga på en helhetssyn där invånarnas trygghet står i centrum. Under perioden 2024–2027 ska vi tillsammans arbeta med de prioriterade områdena genom att:

• Kommunen och Polisen arbetar aktivt för att förebygga våld, hat och hot, i synnerhet våld i nära relationer.
• Kommunen och Polisen genomför minst två informationsinsatser per år om var den som utsätts för våld kan få stöd.
• Polisen genomför minst fyra insatser per år mot langning av alkohol till ungdomar.
• Kommunen och Polisen deltar i nattvandringar tillsammans med föreningar minst sex helgkvällar per år.
• Polisen genomför trafikkontroller vid skolorna under terminsstarterna.
• Kommunen och Polisen följer upp löftet i det lokala brottsförebyggande rådet två gånger per år.

Kontakt

Kommunpolis Anders Lindmark, 114 14
Brottsförebyggande samordnare Kiruna kommun, Sanna Keskitalo, 0980-702 45

Sidan publicerades 2024-03-01
""")
GOLD = dict(municipality_codes=["2584"], county_codes=["25"], mentioned_municipality_codes=[], published="2024-03-01",
dialogue_type="medborgardialog", events=[],
target_groups=TG(["vald_i_nara_relationer"], ["barn_och_unga", "vuxna"]),
proposals=[
P("fler poliser som syns ute i bostadsområdena", [], True, "trygghet_vald"),
P("det ska finnas vuxna ute på helgkvällarna i centrum", ["barn_och_unga"], True, "trygghet_vald", ["forebyggande_arbete"]),
],
commitments=[
C("Kommunen och Polisen arbetar aktivt för att förebygga våld, hat och hot, i synnerhet våld i nära relationer", "kommun"),
C("Kommunen och Polisen genomför minst två informationsinsatser per år om var den som utsätts för våld kan få stöd", "kommun"),
C("Polisen genomför minst fyra insatser per år mot langning av alkohol till ungdomar", "annan"),
C("Kommunen och Polisen deltar i nattvandringar tillsammans med föreningar minst sex helgkvällar per år", "kommun"),
C("Polisen genomför trafikkontroller vid skolorna under terminsstarterna", "annan"),
C("Kommunen och Polisen följer upp löftet i det lokala brottsförebyggande rådet två gånger per år", "kommun"),
],
pii=PII(["Anders Lindmark", "Sanna Keskitalo"], [], ["114 14", "0980-702 45"]))
