from helper import *
T = """Äldres synpunkter tas till vara

24 maj 2011

Ett av sätten är den demokratidag för seniorer som Mora kommun nu ordnar varje år. Premiären var i fjol, och förra veckan var det dags igen.

Demokratidagen för barn och unga har funnits i tolv år, och det var de goda erfarenheterna därifrån som gjorde att seniorerna fick en egen dag förra året. Deltagarna var mycket nöjda, så det var självklart att fortsätta. Utöver seniorerna var politiker och tjänstemän inbjudna för att lyssna och lära.

Demokratidag, seniorer 17 maj. Visa större bild

Följer en fast mall

En demokratidag i Mora följer alltid samma upplägg, oavsett om deltagarna är unga eller äldre. Först kommer övningar som ska skapa gemenskap, sedan grupparbeten. I år kom 32 personer, vilket blev fyra lagom stora grupper. Gruppledarna var medlemmar i Mora ungdomsråd, som alla har lett grupper på tidigare demokratidagar för unga.

I kritikfasen listar grupperna det som fungerar dåligt, och varje deltagare prioriterar med små röda klisterprickar. I visionsfasen får önskemålen flöda fritt innan de också prioriteras. Till sist tas en handlingsplan fram som anger vad som ska göras, av vem, när och hur. Några månader senare hålls en så kallad hör-ring där idéerna från dagen gås igenom på nytt.

Dagen öppnades av kommunalrådet Sven-Erik Forsberg (C), som också är ordförande i kommunala pensionärsrådet. Han sammanfattade vad som diskuterades förra året och vad som hänt med de förslag som prioriterades då.

Det här vill seniorerna

Högst upp på årets lista hamnade bostäderna. Seniorerna vill att kommunen bygger fler lägenheter med hiss i centrala Mora, så att det går att flytta från villan utan att lämna orten. Flera grupper krävde också att färdtjänsten ska kunna beställas samma dag.

– Vi vill kunna ta oss till Vasaloppsstan även om vi inte kör bil längre. Bussarna från byarna går för sällan, säger Gunnel Ersson från Våmhus.

Andra önskemål var att det ordnas fler sittbänkar längs Strandpromenaden och att hemtjänsten ska ha tid för en promenad varje vecka. En grupp föreslog att biblioteket erbjuder kurser i att använda surfplatta och internetbank.

– Det är bra att vi får säga vårt, men nu vill vi se att något händer. Förra året önskade vi en seniorträff i Noret, och den har vi fortfarande inte fått, säger Lars Hed.

Sven-Erik Forsberg lovade att förslagen ska tas upp i pensionärsrådet i september och att de som deltog ska få en skriftlig återkoppling.

Text: Birgitta Sahlin
"""
add("a7-19", "Äldres synpunkter tas till vara", "http://morakommun.se/", T, "news",
    "http://morakommun.se/Kommun--politik/Nyheter-Kommun--politik/Aldres-synpunkter-tas-till-vara/",
    ["2062"], ["20"], "2011-05-24", "medborgardialog",
    [ev("2011-05-17", None, 32, None)], ["aldre"], [],
    [P("kommunen bygger fler lägenheter med hiss i centrala Mora", ["aldre"], True, "boende", ["tillganglighet"]),
     P("färdtjänsten ska kunna beställas samma dag", ["aldre"], True, "tillganglighet"),
     P("Bussarna från byarna går för sällan", ["aldre"], False, "tillganglighet"),
     P("det ordnas fler sittbänkar längs Strandpromenaden", ["aldre"], True, "lokaler_miljo"),
     P("hemtjänsten ska ha tid för en promenad varje vecka", ["aldre"], True, "stod_insatser"),
     P("biblioteket erbjuder kurser i att använda surfplatta och internetbank", ["aldre"], True, "digitalisering"),
     P("en seniorträff i Noret", ["aldre"], True, "motesplatser_aktiviteter", ["ensamhet_isolering"])],
    [C("förslagen ska tas upp i pensionärsrådet i september"),
     C("de som deltog ska få en skriftlig återkoppling")],
    persons=["Sven-Erik Forsberg", "Gunnel Ersson", "Lars Hed", "Birgitta Sahlin"])
