from helper import *
T = """Rapport medborgardialog i Hoting Sidan 1 av 11

Medborgardialog Hoting 2011-05-04

1. Bakgrund och syfte

Medborgardialogen ger den politiska ledningen ett bredare beslutsunderlag genom att invånarnas åsikter i en viss fråga tas tillvara. I Hoting ska flera beslut fattas framöver, bland annat om skolbyggnaden, högstadiet, Solgården och bostäderna.

2. Deltagare

Ett 70-tal invånare och ett tiotal politiker och tjänstemän, sammanlagt omkring 80 personer, samlades i Folkets Hus den 4 maj klockan 18.30–21.00.

Rapport medborgardialog i Hoting Sidan 2 av 11

3. Program och metod

Kommunalrådet Eva Lundgren hälsade välkommen. Därefter delade Länsförsäkringar ut sitt ungdomsledarstipendium, som den här gången gick till bland andra Frida Åkerlund i Tåsjö för hennes arbete med ungdomar och draghundar. Musikskolans elever i Hoting spelade ett par låtar.

De närvarande politikerna berättade om sina ansvarsområden och hur de berör Hoting. Anna Strand talade om det minskande elevunderlaget, den dåliga inomhusmiljön i delar av skolan och vilka åtgärder som övervägs. Ingrid Persson berättade om beslutet att ta tillbaka Brismarksgården i egen regi, Maria Olsson om skolans utvecklingsbehov och Bo Eriksson om företagandet.

Dialogen genomfördes med metoden Open Space. Deltagarna bestämde själva vilka ämnen som skulle diskuteras vid de tio borden, valde var de ville sitta och bytte bord när ett ämne var uttömt. Efter ungefär 45 minuter sammanfattades det viktigaste från varje bord.

Rapport medborgardialog i Hoting Sidan 4 av 11

4. Resultat från borden

4.1 Skolan
Deltagarna vill att högstadiet blir kvar i Hoting. Skolbyggnaden måste saneras helt innan eleverna flyttar tillbaka. Flera föreslog att skola, bibliotek och fritidsgård samlas i samma hus.

4.2 Solgården och äldreomsorgen
Solgården bör byggas om till trygghetsboende i stället för att rivas. Det behövs fler korttidsplatser på orten så att äldre inte behöver åka till Strömsund för avlastning. Anhöriga efterfrågade en anhöriggrupp som träffas i Hoting.

Rapport medborgardialog i Hoting Sidan 6 av 11

4.3 Bostäder
Det saknas små lägenheter för unga och för äldre som vill sälja sin villa. Deltagarna föreslog att det kommunala bostadsbolaget bygger ett tiotal hyreslägenheter i centrum.

4.4 Ungdomar och fritid
Ungdomarna vid bordet ville ha en skatepark vid skolan och kvällsbussar till Strömsund på fredagar.

4.5 Service och kommunikationer
Bankomaten måste finnas kvar. Vägen mot Tåsjö behöver bättre vinterväghållning.

Rapport medborgardialog i Hoting Sidan 9 av 11

5. Fortsatt arbete

Synpunkterna lämnas till berörda nämnder. Kommunstyrelsen kommer att redovisa vad som hänt på nästa medborgardialog i Hoting hösten 2011. Rapporten publiceras på kommunens webbplats.

Rapport medborgardialog i Hoting Sidan 11 av 11
"""
add("a7-21", "Medborgardialog Hoting 2011-05-04", "https://www.stromsund.se/", T, "regional_or_report",
    "http://docplayer.se/3932240-Medborgardialog-hoting-2011-05-04.html",
    ["2313"], ["23"], "2011-05", "medborgardialog",
    [ev("2011-05-04", "Folkets Hus", 80, "cirka")], [], ["aldre", "barn_och_unga"],
    [P("högstadiet blir kvar i Hoting", ["barn_och_unga"], True, "skola_utbildning"),
     P("Skolbyggnaden måste saneras helt innan eleverna flyttar tillbaka", ["barn_och_unga"], True, "lokaler_miljo", ["skola_utbildning"]),
     P("skola, bibliotek och fritidsgård samlas i samma hus", ["barn_och_unga"], True, "lokaler_miljo"),
     P("Solgården bör byggas om till trygghetsboende i stället för att rivas", ["aldre"], True, "boende"),
     P("Det behövs fler korttidsplatser på orten", ["aldre"], True, "boende", ["stod_insatser"]),
     P("en anhöriggrupp som träffas i Hoting", ["aldre"], True, "stod_insatser"),
     P("Det saknas små lägenheter för unga och för äldre som vill sälja sin villa", [], False, "boende"),
     P("det kommunala bostadsbolaget bygger ett tiotal hyreslägenheter i centrum", [], True, "boende"),
     P("en skatepark vid skolan", ["barn_och_unga"], True, "motesplatser_aktiviteter"),
     P("kvällsbussar till Strömsund på fredagar", ["barn_och_unga"], True, "tillganglighet"),
     P("Bankomaten måste finnas kvar", [], True, "nytt"),
     P("Vägen mot Tåsjö behöver bättre vinterväghållning", [], True, "tillganglighet")],
    [C("Synpunkterna lämnas till berörda nämnder"),
     C("Kommunstyrelsen kommer att redovisa vad som hänt på nästa medborgardialog i Hoting hösten 2011"),
     C("Rapporten publiceras på kommunens webbplats")],
    persons=["Eva Lundgren", "Frida Åkerlund", "Anna Strand", "Ingrid Persson", "Maria Olsson", "Bo Eriksson"])
