from helper import *
T = """Fler fritidsgårdar med längre öppettider

Motion 10/07

Motion till kommunfullmäktige i Österåker

Fler fritidsgårdar med längre öppettider

I somras har det varit en hel del störningar från ungdomar som inte haft någonstans att vara när fritidsgårdarna hållit stängt. Det har bara funnits ett fåtal aktiviteter för dem under sommaren. Många av kommunens ungdomar har dessutom föräldrar vars inkomster inte räcker till en semesterresa. De barnen och ungdomarna lämnas då att klara sig själva, och det de hittar på är inte alltid det samhället önskar. För att motverka det bör ungdomarna få tillgång till fler fritidsgårdar i kommunens olika bostadsområden. Alla kan inte ta sig till de gårdar som finns i dag, eftersom avstånden är långa och kollektivtrafiken inte fungerar i hela kommunen.

Gårdarna behöver hålla öppet på helgerna, till exempel lördagskvällar, men också på vardagskvällar. Det är också viktigt att de öppnar tidigare på dagen under loven, framför allt på sommaren, när många ungdomar inte har något att göra under dagtid.

Det handlar inte alltid om att ungdomarna begår brott, men de befinner sig ofta i gränslandet, och framför allt stör de många äldre som blir rädda och inte vågar säga ifrån.

Vi behöver fler gårdar med personal som kan fylla ungdomarnas fritid med bra aktiviteter som väcker intressen för framtiden.

Vi yrkar därför

att kultur- och fritidsnämnden får i uppdrag att utreda var och hur kommunen kan ordna fler fritidsgårdar och längre öppettider,

att fritidsgårdarna håller öppet under hela sommarlovet, även dagtid,

att en fritidsgård öppnas i Ljusterö under 2008, samt

att kommunen ser över möjligheten att ordna skolskjuts eller kvällsbuss till fritidsgårdarna från de norra kommundelarna.

Åkersberga den 21 september 2007

För Socialdemokraterna i Österåker

Karin Engström

Sidan uppdaterades senast: 2007-09-27 11:41
"""
add("a7-23", "Fler fritidsgårdar med längre öppettider", "http://www.socialdemokraterna.se/", T, "motion",
    "http://www.socialdemokraterna.se/Webben-for-alla/Arbetarekommuner/Osteraker/Hem1/Arkiv/Var-politik/Forslag-i-fullmaktige/2007/Motioner/Fler-fritidsgardar-med-langre-oppethallande/",
    ["0117"], ["01"], "2007-09-21", "politiskt_initiativ",
    [], ["barn_och_unga"], ["aldre"],
    [P("ungdomarna få tillgång till fler fritidsgårdar i kommunens olika bostadsområden", ["barn_och_unga"], False, "motesplatser_aktiviteter"),
     P("Gårdarna behöver hålla öppet på helgerna", ["barn_och_unga"], False, "motesplatser_aktiviteter"),
     P("kultur- och fritidsnämnden får i uppdrag att utreda var och hur kommunen kan ordna fler fritidsgårdar och längre öppettider", ["barn_och_unga"], True, "motesplatser_aktiviteter"),
     P("fritidsgårdarna håller öppet under hela sommarlovet, även dagtid", ["barn_och_unga"], True, "motesplatser_aktiviteter"),
     P("en fritidsgård öppnas i Ljusterö under 2008", ["barn_och_unga"], True, "motesplatser_aktiviteter"),
     P("kommunen ser över möjligheten att ordna skolskjuts eller kvällsbuss till fritidsgårdarna från de norra kommundelarna", ["barn_och_unga"], True, "tillganglighet"),
     P("fler gårdar med personal som kan fylla ungdomarnas fritid med bra aktiviteter", ["barn_och_unga"], False, "motesplatser_aktiviteter")],
    [], persons=["Karin Engström"])
