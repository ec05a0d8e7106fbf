from helper import *
T = """Regional handlingsplan för socialtjänsten i Dalarnas län

Våld i nära relationer

Att bekämpa mäns våld mot kvinnor, hedersrelaterat våld och våld i samkönade relationer

INNEHÅLL
DEL I INLEDNING ... 3
Bakgrund ... 3
Syfte ... 5
Grundsyn ... 5
DEL II MÄNS VÅLD MOT KVINNOR I NÄRA RELATIONER – EN KARTLÄGGNING ... 9
DEL III REGIONAL HANDLINGSPLAN ... 21
Organisatoriska mål ... 21
Verksamhetsrelaterade mål ... 24

3

DEL I INLEDNING

Bakgrund

Den regionala handlingsplanen mot våld i nära relationer har tagits fram i ett projekt som Högskolan Dalarna genomfört på uppdrag av socialnämnderna i länets femton kommuner. I handlingsplanen avses med våld i nära relationer mäns våld mot kvinnor i nära relationer, våld i samkönade relationer, hedersrelaterat våld samt barn som bevittnat våld. Socialtjänstens arbete mot våld i nära relationer i Dalarna har länge präglats av projekt som kommit och gått. Planen ska ge arbetet en mer långsiktig grund.

Planen har tagits fram i dialog. Under kartläggningen intervjuades socialsekreterare i samtliga kommuner, och fokusgrupper hölls med kvinnojourer, polis, hälso- och sjukvård samt med kvinnor som har egen erfarenhet av våld.

9

DEL II KARTLÄGGNING – I KORTHET

Kvinnorna i fokusgrupperna berättade att det var svårt att veta vart de skulle vända sig. De önskade att socialtjänsten har en telefonlinje där man kan vara anonym, och att samma handläggare följer en genom hela ärendet. Flera ville att det finns stödgrupper för barn som har sett våld även i de mindre kommunerna. Jourerna efterfrågade längre avtal med kommunerna i stället för ettåriga bidrag.

21

DEL III REGIONAL HANDLINGSPLAN

Organisatoriska mål

1. Varje kommun utser senast 2010 en samordnare för arbetet mot våld i nära relationer.
2. Kommunerna inrättar ett regionalt nätverk för samordnarna som träffas minst fyra gånger per år.
3. Varje socialnämnd antar lokala riktlinjer för arbetet med våldsutsatta kvinnor och barn som bevittnat våld.
4. Kommunerna tecknar fleråriga överenskommelser med de ideella kvinnojourerna i länet.

24

Verksamhetsrelaterade mål

5. All personal inom individ- och familjeomsorgen ska ha genomgått en grundutbildning om våld i nära relationer inom två år.
6. Frågan om våld ska ställas rutinmässigt vid utredningar inom ekonomiskt bistånd och missbruksvård.
7. Barn som bevittnat våld ska erbjudas stödsamtal i den egna kommunen eller genom samverkan med en grannkommun.
8. Kommunerna ska gemensamt erbjuda behandling för män som utövar våld.

Uppföljning

Handlingsplanen följs upp årligen av länets socialchefer, och en första utvärdering redovisas för socialnämnderna efter två år.

25
"""
DAL = ["2021","2023","2026","2029","2031","2034","2039","2061","2062","2080","2081","2082","2083","2084","2085"]
add("a7-24", "Regional handlingsplan för socialtjänsten i Dalarnas län – Våld i nära relationer", "http://docplayer.se/", T, "plan",
    "http://docplayer.se/1915684-Regional-handlingsplan-for-socialtjansten-i-dalarnas-lan.html",
    DAL, ["20"], None, "regional_dialog",
    [], ["vald_i_nara_relationer"], ["barn_och_unga", "vuxna"],
    [P("socialtjänsten har en telefonlinje där man kan vara anonym", ["vald_i_nara_relationer"], True, "information_kommunikation", ["stod_insatser"]),
     P("samma handläggare följer en genom hela ärendet", ["vald_i_nara_relationer"], True, "stod_insatser", ["kompetensforsorjning"]),
     P("det finns stödgrupper för barn som har sett våld även i de mindre kommunerna", ["vald_i_nara_relationer", "barn_och_unga"], True, "stod_insatser"),
     P("längre avtal med kommunerna i stället för ettåriga bidrag", ["vald_i_nara_relationer"], True, "samverkan", ["ekonomi"])],
    [C("Varje kommun utser senast 2010 en samordnare för arbetet mot våld i nära relationer"),
     C("Kommunerna inrättar ett regionalt nätverk för samordnarna som träffas minst fyra gånger per år"),
     C("Varje socialnämnd antar lokala riktlinjer för arbetet med våldsutsatta kvinnor och barn som bevittnat våld"),
     C("Kommunerna tecknar fleråriga överenskommelser med de ideella kvinnojourerna i länet"),
     C("All personal inom individ- och familjeomsorgen ska ha genomgått en grundutbildning om våld i nära relationer inom två år"),
     C("Frågan om våld ska ställas rutinmässigt vid utredningar inom ekonomiskt bistånd och missbruksvård"),
     C("Barn som bevittnat våld ska erbjudas stödsamtal i den egna kommunen eller genom samverkan med en grannkommun"),
     C("Kommunerna ska gemensamt erbjuda behandling för män som utövar våld"),
     C("Handlingsplanen följs upp årligen av länets socialchefer")],
    persons=[])
