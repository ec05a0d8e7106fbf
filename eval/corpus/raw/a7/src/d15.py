from helper import *
T = """Hem / Om oss / Forskning och utbildning / Evenemang och seminarier / Rådslaget

Rådslaget 2018: Våld i nära relationer

Den 7 november träffades Beroendecentrum Stockholm, Kriminalvården och Stockholms stad på Rådslaget 2018 för att diskutera och dela erfarenheter. Årets tema var våld i nära relationer.

Bilden: Sara Lindblom (Stockholms stad), Per Ekström (Kriminalvården) och Magnus Hedin (Beroendecentrum Stockholm). Fotograf: Elin Vik

Rådslaget vänder sig till medarbetare inom Beroendecentrum Stockholm, socialtjänsten och Kriminalvården, men också till brukar- och anhörigorganisationer. Omkring 120 personer deltog. Dagen bestod av fem programpunkter, och här sammanfattar vi innehållet.

Föreläsning 1) Våld, posttraumatiskt stressyndrom och substansbrukssyndrom

Med Karin Falk och Lena Boman (Beroendecentrum Stockholm)

Enligt den nationella trygghetsundersökningen uppgav knappt tre procent att de hade utsatts för misshandel. Unga män utsätts oftast för misshandel och unga kvinnor för sexualbrott. Män misshandlas oftare av en okänd person på allmän plats, medan kvinnor oftare utsätts av någon de står nära, och då i hemmet. Bland patienter med beroende är erfarenheter av våld betydligt vanligare än i befolkningen i stort.

Föreläsning 2) Att fråga om våld

Flera av verksamheterna berättade att frågan om våld ännu inte ställs rutinmässigt. Medarbetare uttryckte osäkerhet om vad de ska göra när någon berättar.

Workshop: Vad behöver förändras?

På eftermiddagen arbetade deltagarna i blandade grupper med frågan vad som behöver förändras för att personer med missbruk som utsätts för våld ska få bättre stöd. Grupperna redovisade bland annat följande förslag:

  • Alla som söker hjälp för beroende ska få frågan om våld vid första besöket.
  • Det behövs skyddade boenden som tar emot kvinnor som använder alkohol eller droger.
  • Beroendevården och socialtjänsten bör ha en gemensam rutin för när våld upptäcks.
  • Personal på mottagningarna behöver utbildning i att fråga om våld och i traumamedveten behandling.
  • Kriminalvården bör erbjuda behandlingsprogram mot våld redan under tiden i häkte.

Brukarorganisationerna framhöll att det behövs en kvinnomottagning med kvällsöppet, där man kan komma utan tidsbokning. Anhörigorganisationerna ville att barn till föräldrar med missbruk ska få egen stödperson när det förekommer våld i familjen, och att anhöriga får information om vart de kan vända sig.

Avslutning

Magnus Hedin tackade deltagarna och konstaterade att samverkan mellan de tre organisationerna behöver fortsätta. Beroendecentrum Stockholm kommer att ta fram en gemensam rutin för frågor om våld tillsammans med socialtjänsten under 2019, och nästa Rådslag hålls hösten 2019.

Senast uppdaterad: 2018-11-20
"""
add("a7-15", "Rådslaget 2018: Våld i nära relationer", "https://www.beroendecentrum.se/", T, "summary",
    "https://www.beroendecentrum.se/om-oss/forskning-och-utbildning1/evenemang-och-seminarier/radslaget/radslaget-2018/",
    ["0180"], ["01"], "2018-11-20", "medarbetardialog",
    [ev("2018-11-07", None, 120, "cirka")], ["vald_i_nara_relationer", "vuxna"], ["barn_och_unga"],
    [P("Alla som söker hjälp för beroende ska få frågan om våld vid första besöket", ["vuxna", "vald_i_nara_relationer"], True, "trygghet_vald", ["forebyggande_arbete"]),
     P("Det behövs skyddade boenden som tar emot kvinnor som använder alkohol eller droger", ["vuxna", "vald_i_nara_relationer"], True, "boende", ["trygghet_vald"]),
     P("Beroendevården och socialtjänsten bör ha en gemensam rutin för när våld upptäcks", ["vuxna", "vald_i_nara_relationer"], True, "samverkan"),
     P("Personal på mottagningarna behöver utbildning i att fråga om våld och i traumamedveten behandling", ["vuxna", "vald_i_nara_relationer"], True, "kompetensforsorjning"),
     P("Kriminalvården bör erbjuda behandlingsprogram mot våld redan under tiden i häkte", ["vald_i_nara_relationer"], True, "trygghet_vald", ["forebyggande_arbete"]),
     P("det behövs en kvinnomottagning med kvällsöppet, där man kan komma utan tidsbokning", ["vuxna", "vald_i_nara_relationer"], True, "tillganglighet", ["stod_insatser"]),
     P("barn till föräldrar med missbruk ska få egen stödperson när det förekommer våld i familjen", ["barn_och_unga", "vald_i_nara_relationer"], True, "stod_insatser"),
     P("anhöriga får information om vart de kan vända sig", ["vald_i_nara_relationer", "vuxna"], True, "information_kommunikation"),
     P("samverkan mellan de tre organisationerna behöver fortsätta", [], False, "samverkan")],
    [C("Beroendecentrum Stockholm kommer att ta fram en gemensam rutin för frågor om våld tillsammans med socialtjänsten under 2019", "annan"),
     C("nästa Rådslag hålls hösten 2019", "annan")],
    persons=["Sara Lindblom", "Per Ekström", "Magnus Hedin", "Elin Vik", "Karin Falk", "Lena Boman"])
