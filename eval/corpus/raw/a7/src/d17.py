from helper import *
T = """Demokratiforum – unga och politiker pratade om valet 2022

Vilka frågor tycker unga är viktigast inför valet 2022? I torsdags träffades elever från kommunens högstadieskolor och gymnasieskola och politiker från partierna i kommunfullmäktige på Demokratiforum.

Både regeringen och kommunen har ungdomspolitiska mål. Kort sagt handlar de om att invånarna, och särskilt de unga, ska känna att de har inflytande och är delaktiga i samhället. Varje år görs därför aktiviteter för att stärka ungas inflytande, och en av dem är Demokratiforum. Där får unga lyfta sina tankar direkt till beslutsfattarna, samtidigt som politikerna får veta hur unga ser på kommunen och dess verksamheter.

Demokratiforum med elever från högstadiet och gymnasiet och politiker i kommunfullmäktige 12 maj 2022

Säkerhetspolitik, skolmat och bostäder i fokus

Eleverna hade tillsammans med sina klasser förberett frågor till politikerna, och samtalet fördes i storgrupp.

Först ut var säkerhetspolitiken. Huvudfrågan var om Sverige ska gå med i Nato, och partierna fick förklara hur de resonerar. Samtalet gled vidare till civilt försvar, mottagandet av flyktingar från Ukraina och om det finns skäl att oroa sig för hur Ryssland kan reagera.

Därefter handlade det om skolmaten. Eleverna vill ha mer att säga till om när det gäller vad som serveras, eftersom det påverkar om de äter ordentligt och orkar hela skoldagen. Det kom fram att hur mycket mat man får ta skiljer sig mellan skolorna, och eleverna vill att samma regler ska gälla på alla skolor. Flera önskade ett alternativ till den vegetariska rätten, och några föreslog ett matråd där elever och kockar planerar menyn tillsammans. Politikerna berättade i sin tur vad de kan påverka när det gäller skolmaten och hur eleverna kan göra sina röster hörda.

Sist diskuterades bostäder. Många unga som vill stanna på öarna ser inga möjligheter att hitta en första bostad. Eleverna föreslog att kommunen bygger små hyresrätter för unga och att det inrättas en bostadskö där man kan ställa sig redan från 16 år. En elev lyfte att färjorna behöver gå oftare sena kvällar så att man kan ta sig hem från fritidsaktiviteter på fastlandet.

Så tas frågorna vidare

Frågorna från Demokratiforum sammanställs och skickas till de nämnder som berörs. Kommunstyrelsens ordförande Ulf Bergvall lovade att politikerna återkommer till eleverna med svar före sommarlovet.

Kontakt: Hanna Rydén, ungdomssamordnare, 031-97 62 14

Skriv ut
"""
add("a7-17", "Demokratiforum – unga och politiker pratade om valet 2022", "https://www.ockero.se/", T, "summary",
    "https://www.ockero.se/nyheter/kommun-och-politik/2022-05-17-demokratiforum---ungdomar-och-politiker-samtalade-om-valet-2022.printable",
    ["1407"], ["14"], "2022-05-17", "medborgardialog",
    [ev("2022-05-12", None)], ["barn_och_unga"], [],
    [P("mer att säga till om när det gäller vad som serveras", ["barn_och_unga"], True, "skola_utbildning", ["delaktighet_inflytande"]),
     P("samma regler ska gälla på alla skolor", ["barn_och_unga"], True, "skola_utbildning"),
     P("ett alternativ till den vegetariska rätten", ["barn_och_unga"], True, "skola_utbildning"),
     P("ett matråd där elever och kockar planerar menyn tillsammans", ["barn_och_unga"], True, "delaktighet_inflytande", ["skola_utbildning"]),
     P("kommunen bygger små hyresrätter för unga", ["barn_och_unga"], True, "boende"),
     P("det inrättas en bostadskö där man kan ställa sig redan från 16 år", ["barn_och_unga"], True, "boende"),
     P("färjorna behöver gå oftare sena kvällar", ["barn_och_unga"], True, "tillganglighet")],
    [C("Frågorna från Demokratiforum sammanställs och skickas till de nämnder som berörs"),
     C("politikerna återkommer till eleverna med svar före sommarlovet")],
    persons=["Ulf Bergvall", "Hanna Rydén"], phones=["031-97 62 14"])
