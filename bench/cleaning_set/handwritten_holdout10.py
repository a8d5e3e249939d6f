"""Stories written for the 'holdout10' half whose real sentences look like the chrome of its publishers: a county's
new emergency-alert app ("Download the app, turn on notifications and pick your neighborhood"), canal-safety
rules, a date harvest in a fact box, a TV station's own Spanish-language newscast ("Watch weeknights at 6:30
p.m."), a news site raising its premium price ("Your subscription will renew automatically"), a media
commission's rules on corrections, the cedi's week, a local paper's subscription price rise and delivery change,
a cattle drive's road closures, river-rafting rules, a daily dropping its Saturday print edition, a
municipality's newsletter ("Sie können den Newsletter jederzeit abbestellen"), cross-border tax rules, an
Acadian site's new regional newsletter ("Pour vous abonner, il suffit d'entrer votre adresse"), lobster prices
at the wharf, a press council's correction policy, a football club's season-ticket prices, a federation's
match-sheet app, a cyclocross calendar, a city's works bulletin ("Suscríbete gratis"), a canyon's tourist-ticket
price rise, an earthquake with the civil-defence advice ("Mantén la calma"), a hurricane-alert app, a state law
on corrections and henequen growers.  Some use subheads, lists, quotations and fact boxes; abbreviations, times,
dates and decimals throughout."""

from __future__ import annotations

from bench.cleaning_set.cms import fact, fact_h, h2, li, quote

STORIES: dict[str, tuple[str, str, list[str]]] = {  # id ("h10-…", unique) -> (lang, title, paragraphs)
    # ---- en: the Yuma / Imperial Valley TV station --------------------------------------------------------------
    "h10-en-alertapp": ("en", "Yuma County moves its emergency alerts to a new app", [
        "Yuma County is retiring the text-message system it has used since 2014 to warn residents about floods, "
        "fires and road closures, and is asking everyone to move to a free app called Yuma Ready by Nov. 1.",
        "Emergency Management Director Karla Benavides said fewer than 9,000 of the county's 215,000 residents had "
        "signed up for the old texts, which could not be sent in Spanish.",
        "The county's instructions are short: “Download the app, turn on notifications and pick your "
        "neighborhood.” Alerts arrive in English or Spanish, depending on the phone's language setting.",
        quote("“In 2021 we had a canal break in Somerton and half the people on that street never got the "
              "message,” Benavides said. “The app lets us warn one neighborhood at a time.”"),
        "Residents without a smartphone can still get voice calls by dialing 211 and asking to be added to the "
        "county's list.",
        "The app collects the locations users choose but not their phones' live position, according to the "
        "county's privacy statement.",
    ]),
    "h10-en-canal": ("en", "After three drownings, Yuma officials repeat the canal rules", [
        "Three people have drowned in Yuma County's irrigation canals since June, the most in a single summer "
        "since 2017, the Yuma Fire Department said Tuesday.",
        "The canals look calm, but the water moves at up to 8 mph and the concrete sides are too steep and slick "
        "to climb, Fire Chief Dusty Ferris said at a news conference on the bank of the A Canal near 16th Street.",
        "The county and the irrigation districts are installing 40 new rescue ladders and signs in English and "
        "Spanish. The rules on the signs are the same ones crews have repeated for years:",
        li("Never swim, wade or fish from the canal banks."),
        li("If someone falls in, do not jump in after them; call 911 and throw anything that floats."),
        li("Keep children away from the banks, and fence backyards that border a canal."),
        quote("“Every one of these deaths was a person who thought they could get out,” Ferris said."),
        "The Wellton-Mohawk and Yuma County water users' associations said they would also add lighting at six "
        "crossings used by farmworkers walking to the fields before dawn.",
    ]),
    "h10-en-dates": ("en", "Bard Valley date growers expect a bigger Medjool harvest", [
        "Date growers in the Bard Valley, across the Colorado River from Yuma, expect to pick about 12% more "
        "Medjool dates this fall than last year, thanks to a cooler spring that helped the fruit set.",
        "Harvest began in late August and runs through October. Crews climb the palms on ladders or ride "
        "platforms up to 50 feet to cut the heavy bunches by hand.",
        fact_h("Medjool dates in the Bard Valley"),
        fact("About 12,000 acres of palms, most planted since 1990."),
        fact("A mature palm yields 150 to 250 pounds of fruit a year."),
        fact("Growers expect roughly 60 million pounds this season."),
        "“The fruit is big and the sugar is good. What worries us is the labor,” said grower Hal Stevenson, who "
        "farms 400 acres with his daughter, Dr. Emily Stevenson-Reyes.",
        "Most of the crop is shipped across the U.S., but exports to Canada and Europe have grown, the Bard "
        "Valley Date Growers Association said.",
    ]),
    "h10-en-noticias": ("en", "Desert Valley 11 launches a Spanish-language evening newscast", [
        "Desert Valley 11 will begin airing a half-hour Spanish-language newscast, Noticias 11, on Monday, "
        "Sept. 15, the station announced.",
        "The program will air weeknights at 6:30 p.m. on channel 11.2 and stream on the station's app and "
        "website. It is the first local Spanish newscast produced in Yuma since 2009.",
        "About 60% of Yuma County residents speak Spanish at home, according to U.S. Census estimates, and "
        "thousands more cross from San Luis Río Colorado every day to work in the fields.",
        "Anchor Verónica Lugo, who grew up in San Luis and has reported for the station since 2016, will lead the "
        "broadcast with meteorologist Joaquín Ruelas.",
        quote("“Our viewers told us they were watching the news in English and then calling their parents to "
              "explain it,” said General Manager Rick Dunleavy."),
        "The station said it was hiring two more reporters and a producer for the program.",
    ]),
    # ---- en: the Ghanaian news site -----------------------------------------------------------------------------
    "h10-en-premium": ("en", "Sankofa Online raises its premium price to GH¢25 a month", [
        "Sankofa Online will raise the price of its premium membership from GH¢15 to GH¢25 a month from Oct. 1, "
        "the company's managing director, Mrs. Efua Quansah, said on Monday.",
        "Premium members read investigations and the business section without advertisements, and receive the "
        "weekly digital magazine. News stories will remain free to read.",
        "Members received an email last week that explained the change and ended: “Your subscription will renew "
        "automatically at the new price unless you cancel before Sept. 30.”",
        quote("“Printing costs, data costs and salaries have all gone up, and the cedi lost value for most of last "
              "year. We held the price for three years,” Mrs. Quansah said."),
        "Members who pay for a year in advance will pay GH¢240, the equivalent of GH¢20 a month, she added.",
        "The company said it had about 14,000 paying members, most of them in Accra and Kumasi.",
    ]),
    "h10-en-corrections": ("en", "Media commission tells newsrooms to run corrections as prominently as errors", [
        "The National Media Commission (NMC) has issued new guidelines requiring newspapers, websites and "
        "broadcasters to publish corrections with the same prominence as the original mistake.",
        "Under the guidelines, which take effect on Jan. 1, an error on a front page must be corrected on a front "
        "page, and an online story that is changed must say what was changed and when.",
        "The commission also asks newsrooms to keep a public page listing every correction they publish.",
        h2("What newsrooms must do"),
        li("Correct factual errors within 48 hours of learning of them."),
        li("Add a dated note to any online story that has been changed."),
        li("Give people who are criticised a chance to reply in the same medium."),
        quote("“A correction hidden on page 23 is not a correction,” said the commission's chairman, Prof. Kwame "
              "Boafo-Arthur, at the launch in Accra."),
        "The Ghana Journalists Association welcomed the guidelines but said the commission should also protect "
        "reporters who are sued for stories that turn out to be true.",
    ]),
    "h10-en-cedi": ("en", "Cedi gains against the dollar for a third straight week", [
        "The Ghana cedi strengthened for a third consecutive week, trading at GH¢12.41 to the U.S. dollar on "
        "Friday on the interbank market, up 1.8% since the start of the month.",
        "Forex bureaus in Accra sold the dollar at about GH¢12.90, traders at Osu and Kwame Nkrumah Circle said.",
        "Analysts attributed the gains to strong gold and cocoa earnings and to the Bank of Ghana's weekly sales "
        "of dollars to banks.",
        "“Importers are buying less ahead of the Christmas season, which is taking pressure off,” said Dr. Yaw "
        "Nsiah-Peprah, an economist at the University of Cape Coast.",
        "The central bank's Monetary Policy Committee meets on Sept. 22 and is expected to keep its policy rate at "
        "27%.",
    ]),
    # ---- de: the Bavarian local paper -----------------------------------------------------------------------------
    "h10-de-abo": ("de", "Der Landbote wird teurer – und kommt in manchen Orten später", [
        "Der Tölzer Landbote erhöht zum 1. Januar seine Bezugspreise. Das Abonnement der gedruckten Zeitung kostet "
        "dann 49,90 Euro im Monat statt bisher 46,40 Euro, das Digitalabo 24,90 Euro.",
        "Verlagsleiter Dr. Andreas Rieger begründet den Schritt u. a. mit höheren Papier- und Energiekosten und "
        "dem Mindestlohn für die Zustellerinnen und Zusteller.",
        "In Jachenau, Wackersberg und Teilen von Lenggries wird die Zeitung künftig nicht mehr früh morgens "
        "ausgetragen, sondern mit der Post zugestellt, also meist erst am Vormittag.",
        "Die Abonnenten erhalten in diesen Tagen einen Brief. Darin heißt es: „Ihr Abonnement läuft zu den neuen "
        "Bedingungen weiter, Sie müssen nichts unternehmen.“",
        quote("„Wir wissen, dass das für viele ärgerlich ist. Aber eine Zustellung um 5 Uhr früh auf jeden "
              "Einödhof können wir nicht mehr bezahlen“, sagt Rieger."),
        "Wer kündigen möchte, kann das nach Angaben des Verlags mit einer Frist von einem Monat zum Monatsende "
        "tun, z. B. telefonisch beim Leserservice.",
    ]),
    "h10-de-almabtrieb": ("de", "Almabtrieb in Lenggries: Wann die Straßen gesperrt sind", [
        "Rund 400 Rinder kommen in den nächsten Wochen von den Almen rund um Lenggries zurück ins Tal. Für die "
        "Almabtriebe werden mehrere Straßen zeitweise gesperrt.",
        "Die Termine im Überblick:",
        li("Samstag, 13. September: Jachenau, Dorfstraße, ca. 10 bis 12 Uhr."),
        li("Samstag, 20. September: Lenggries, B 13 zwischen Fall und Hohenburg, ca. 9.30 bis 11.30 Uhr."),
        li("Samstag, 27. September: Wegscheid, Ortsdurchfahrt, ca. 11 bis 13 Uhr."),
        "Geschmückt wird das Vieh nur, wenn auf der Alm den Sommer über nichts passiert ist. Ist ein Tier "
        "verunglückt, kommt die Herde ohne Kranz ins Tal.",
        quote("„Die Leute sollen schauen und fotografieren, aber bitte nicht zwischen die Kühe laufen“, sagt "
              "Almbauer Sepp Bichler aus Fleck."),
        "Die Polizei bittet Autofahrer, die Sperrzeiten einzuplanen, und rät u. a. Pendlern, früher loszufahren.",
    ]),
    "h10-de-isar": ("de", "Boote auf der oberen Isar: Landratsamt verschärft die Regeln", [
        "Wer mit Schlauchboot, Kajak oder Floß auf der Isar zwischen Sylvensteinspeicher und Bad Tölz unterwegs "
        "ist, muss sich ab kommendem Jahr an strengere Regeln halten.",
        "Das Landratsamt reagiert damit auf Beschwerden über Müll, Lärm und Boote, die an den Kiesbänken im "
        "Naturschutzgebiet anlegen.",
        fact_h("Die neuen Regeln im Überblick"),
        fact("Befahren nur von 10 bis 18 Uhr, bei einem Pegel von mindestens 1,20 m in Lenggries."),
        fact("Anlegen nur an vier ausgeschilderten Stellen, z. B. an der Brücke in Arzbach."),
        fact("Alkohol an Bord ist verboten; Verstöße kosten bis zu 2.500 Euro."),
        "„Die Isar ist kein Partyschiff. Wir wollen niemanden aussperren, aber die Natur schützen“, sagte "
        "Landrat Josef Niedermaier.",
        "Gewerbliche Anbieter von Floßfahrten sind von der Zeitregel ausgenommen, müssen aber eine Genehmigung "
        "beantragen.",
    ]),
    # ---- de: the East Belgian daily ---------------------------------------------------------------------------
    "h10-de-samstag": ("de", "Venn-Kurier erscheint samstags bald nur noch digital", [
        "Ab dem 10. Januar erscheint der Venn-Kurier samstags nicht mehr auf Papier. Die Wochenendausgabe gibt es "
        "dann nur noch als E-Paper und in der App, die gedruckte Zeitung kommt von Montag bis Freitag.",
        "Chefredakteurin Ingrid Heinen begründet den Schritt mit den Zustellkosten: Für die Samstagsausgabe fehlen "
        "in der Eifel seit Monaten Zustellerinnen und Zusteller.",
        "Abonnenten der gedruckten Zeitung erhalten den Zugang zum E-Paper ohne Aufpreis.",
        "Für ältere Leser bietet der Verlag ab November Kurse an, in denen die App erklärt wird, u. a. in Eupen, "
        "St. Vith und Kelmis.",
        quote("„Niemand soll die Samstagszeitung verlieren, weil er kein Tablet bedienen kann“, sagt Heinen."),
        "Der Preis des Abonnements bleibt nach Angaben des Verlags bis Ende 2026 unverändert.",
    ]),
    "h10-de-newsletter": ("de", "Raeren startet Bürger-Newsletter – Kritik am Datenschutz", [
        "Die Gemeinde Raeren verschickt seit dieser Woche einen Newsletter mit Informationen aus dem Rathaus, "
        "Müllterminen und Baustellen. Rund 1.100 Menschen haben sich bereits angemeldet.",
        "Kritik kommt von der Opposition im Gemeinderat: Der Versanddienst speichere die Daten auf Servern in den "
        "USA, sagte Ratsmitglied Dr. Lothar Kessel.",
        "Die Gemeinde verweist auf die Vertragsklauseln des Anbieters. Jede Ausgabe endet mit dem Hinweis: „Sie "
        "können den Newsletter jederzeit über den Link am Ende dieser Nachricht abbestellen.“",
        "Bürgermeister Erwin Franzen kündigte an, die Frage vom Datenschutzbeauftragten der Deutschsprachigen "
        "Gemeinschaft prüfen zu lassen.",
        quote("„Wir wollen die Leute erreichen, die nicht jeden Tag auf die Internetseite der Gemeinde schauen“, "
              "sagte Franzen."),
    ]),
    "h10-de-grenzgaenger": ("de", "Grenzgänger: Was sich 2026 bei den Steuern ändert", [
        "Rund 6.000 Menschen aus Ostbelgien arbeiten in Deutschland oder Luxemburg. Für viele von ihnen ändern "
        "sich ab dem 1. Januar 2026 die Regeln für Homeoffice-Tage.",
        "Nach dem neuen Abkommen zwischen Belgien und Luxemburg dürfen Grenzgänger bis zu 34 Tage im Jahr von zu "
        "Hause arbeiten, ohne dass sie in Belgien steuerpflichtig werden.",
        fact_h("Das gilt ab 2026"),
        fact("Luxemburg: bis zu 34 Homeoffice-Tage im Jahr ohne Steuerfolgen in Belgien."),
        fact("Deutschland: weiterhin höchstens 45 Tage, bei Teilzeit anteilig weniger."),
        fact("Sozialversicherung: bis zu 49,9 % der Arbeitszeit im Wohnland bleiben möglich."),
        "„Wer die Tage nicht genau zählt, riskiert eine doppelte Steuererklärung“, sagt Steuerberaterin Monika "
        "Gansen aus St. Vith.",
        "Die Beratungsstelle Grenzinfo in Eupen bietet dazu im Oktober Sprechstunden an, jeweils dienstags von "
        "9.30 bis 12 Uhr.",
    ]),
    # ---- fr: the Acadian regional site ----------------------------------------------------------------------------
    "h10-fr-infolettre": ("fr", "Le Mascaret lance une infolettre consacrée à la Péninsule acadienne", [
        "Le Mascaret lancera le 6 octobre une nouvelle infolettre hebdomadaire consacrée à la Péninsule "
        "acadienne, de Caraquet à Tracadie en passant par Lamèque et Miscou.",
        "La lettre paraîtra chaque jeudi. Elle sera rédigée par la journaliste Josée Landry, installée à "
        "Shippagan depuis le printemps grâce à un financement fédéral.",
        "La page d'inscription explique : « Pour vous abonner, il suffit d'entrer votre adresse courriel ; "
        "l'infolettre est gratuite. »",
        quote("« Les gens de la Péninsule nous disaient qu'ils ne se reconnaissaient pas dans une couverture "
              "faite depuis Moncton. Ils avaient raison », admet la directrice, Mme Chantal Babineau."),
        "La coopérative compte ainsi trois infolettres, dont une quotidienne, qui rejoignent au total près de "
        "18 000 abonnés.",
    ]),
    "h10-fr-homard": ("fr", "Homard d'automne : un prix au quai de 7,25 $ la livre", [
        "Les pêcheurs de homard du détroit de Northumberland ont touché 7,25 $ la livre pour les prises de la "
        "première semaine de la saison d'automne, soit 0,75 $ de moins qu'à l'ouverture de l'an dernier.",
        "La saison, dans la zone de pêche 25, a ouvert le 9 août et se termine le 10 octobre.",
        "Les prix payés au quai, selon l'Union des pêcheurs des Maritimes :",
        li("Homard de marché (plus d'une livre) : 7,25 $ la livre ;"),
        li("Homard de conserverie : 6,50 $ la livre ;"),
        li("Homard à carapace molle : 5,75 $ la livre."),
        "« Les débarquements sont bons, mais les acheteurs disent que le marché américain est lent », explique "
        "M. Luc LeBlanc, pêcheur de Cap-Pelé depuis 31 ans.",
        "Le ministère des Pêches et des Océans doit publier à la fin de la saison le bilan des débarquements, "
        "p. ex. le volume total par port.",
    ]),
    "h10-fr-rectificatif": ("fr", "Le Conseil de presse atlantique adopte une politique commune sur les "
                                  "rectificatifs", [
        "Le Conseil de presse atlantique a adopté mercredi une politique commune sur les rectificatifs, que ses "
        "34 médias membres, dont Le Mascaret, devront appliquer à partir de janvier.",
        "Un média membre devra corriger une erreur de fait « rapidement et de façon visible », et indiquer la date "
        "de la correction au bas de l'article concerné.",
        "Les modifications mineures, p. ex. une faute d'orthographe, n'auront pas à être signalées.",
        h2("Une formule commune"),
        "Les rectificatifs commenceront tous par la même formule : « Une version précédente de cet article "
        "contenait une erreur. »",
        quote("« Le public ne fait plus la différence entre un journal et une page Facebook. Admettre nos erreurs, "
              "c'est ce qui nous distingue », a déclaré la présidente du conseil, Mme Rachel Gaudet."),
        "Les plaintes du public pourront toujours être déposées auprès du conseil, qui rend ses décisions dans un "
        "délai de 90 jours.",
    ]),
    # ---- fr: the Belgian sports site -------------------------------------------------------------------------------
    "h10-fr-abonnements": ("fr", "Le Standard augmente le prix de ses abonnements de 8 %", [
        "Le Standard de Liège a annoncé une hausse moyenne de 8 % du prix de ses abonnements pour la saison "
        "prochaine, la deuxième en deux ans.",
        "Le club justifie l'augmentation par les travaux de rénovation de la tribune 2 et par la hausse des coûts "
        "de sécurité lors des matchs à risque.",
        "Les nouveaux tarifs, pour un abonnement adulte :",
        li("Tribune 1, places centrales : 545 euros (contre 505 euros) ;"),
        li("Tribune 3 : 395 euros (contre 365 euros) ;"),
        li("Tribune 4, places debout : 215 euros (contre 199 euros)."),
        "Les abonnés actuels ont jusqu'au 15 mai pour renouveler au prix de cette saison, précise le communiqué.",
        quote("« On comprend les coûts, mais les supporters ne sont pas des tirelires », réagit M. Didier "
              "Gillard, porte-parole de l'association de supporters Ultras Inferno."),
    ]),
    "h10-fr-appli": ("fr", "L'ACFF lance une application pour remplacer la feuille de match papier", [
        "À partir du 1er octobre, les arbitres et les délégués des séries provinciales wallonnes rempliront la "
        "feuille de match sur leur téléphone, grâce à une application de l'ACFF.",
        "La fédération francophone promet la fin des feuilles illisibles et des résultats transmis le lundi "
        "matin par fax ou par photo floue.",
        "Le mode d'emploi envoyé aux clubs tient en une phrase : « Téléchargez l'application ACFF Match, "
        "connectez-vous avec votre numéro de licence et validez la composition avant 14 h 30. »",
        "Les clubs qui n'ont pas de connexion au stade pourront encoder les données jusqu'à dimanche 22 h.",
        quote("« Dans certains villages, il n'y a même pas de réseau dans la buvette », s'amuse M. Robert "
              "Dessart, secrétaire du RFC Sprimont depuis 1988."),
        "Une formation est organisée le 20 septembre à 9 h 30 au centre sportif de Seraing.",
    ]),
    "h10-fr-cyclocross": ("fr", "Cyclocross : le calendrier wallon de la saison 2025-2026", [
        "Le calendrier des cyclocross en Wallonie compte cette saison 14 manches, de Sprimont à Bastogne, avec un "
        "championnat provincial à Ciney le 28 décembre.",
        "Les dates principales :",
        li("Dimanche 12 octobre : cyclocross de Sprimont, au pied des carrières."),
        li("Dimanche 9 novembre : cyclocross de Marche-en-Famenne, circuit de la Wamme."),
        li("Dimanche 28 décembre : championnat provincial à Ciney."),
        li("Dimanche 18 janvier : finale du Trophée wallon à Bastogne."),
        "Les courses de jeunes commencent vers 11 h, les élites hommes vers 15 h.",
        quote("« Il faut de la boue, du public et une bonne friterie : le reste suit », résume l'organisateur de "
              "Sprimont, M. Jean-Marc Hanquet."),
    ]),
    # ---- es: the Peruvian regional daily -----------------------------------------------------------------------------
    "h10-es-boletin": ("es", "Municipalidad de Arequipa lanza un boletín digital de obras", [
        "La Municipalidad Provincial de Arequipa lanzó un boletín digital que informará cada semana sobre las "
        "obras en ejecución, los desvíos y los plazos de entrega.",
        "El boletín llegará por correo electrónico y por WhatsApp. El alcalde, Sr. Víctor Hugo Rivera, dijo que "
        "la idea surgió tras las quejas por las obras en la avenida Ejército.",
        "La invitación difundida por el municipio dice: “Suscríbete gratis y entérate de las obras de tu barrio "
        "antes que nadie.”",
        quote("“La gente no se molesta por la obra, se molesta porque nadie le avisa”, afirmó Rivera."),
        "La primera edición incluye las obras del puente Chilina, el mercado de San Camilo y el cercado, con "
        "fechas y porcentajes de avance, p. ej. el 63 % en el puente.",
    ]),
    "h10-es-colca": ("es", "El Colca recibe más turistas y el boleto turístico sube a S/ 80", [
        "El valle del Colca recibió 212.000 visitantes entre enero y agosto, un 12 % más que en el mismo periodo "
        "del año pasado, según la Autoridad Autónoma del Colca (Autocolca).",
        "Desde el 1 de octubre, el boleto turístico para extranjeros costará S/ 80, frente a los S/ 70 actuales. "
        "Para los peruanos seguirá en S/ 40 y los niños menores de 12 años no pagan.",
        "El boleto da acceso al mirador de la Cruz del Cóndor y a los pueblos del valle durante diez días.",
        quote("“Cada sol extra va al mantenimiento de la carretera y de los miradores”, aseguró el gerente de "
              "Autocolca, Sr. Edwin Cutipa."),
        "Los guías locales pidieron que parte del aumento se destine a baños públicos en Cabanaconde y Chivay, "
        "donde los turistas esperan los buses desde las 5.00 horas.",
    ]),
    "h10-es-sismo": ("es", "Sismo de magnitud 5,1 se sintió en Arequipa sin causar daños", [
        "Un sismo de magnitud 5,1 se sintió a las 3.42 horas de este martes en Arequipa, Moquegua y Tacna, "
        "informó el Instituto Geofísico del Perú (IGP).",
        "El epicentro se ubicó a 38 kilómetros al suroeste de Chuquibamba, a una profundidad de 112 kilómetros.",
        "El Centro de Operaciones de Emergencia Regional no reportó daños ni heridos.",
        "El Instituto Nacional de Defensa Civil (Indeci) recordó sus recomendaciones:",
        li("Mantén la calma y ubícate en las zonas seguras de tu vivienda."),
        li("Ten lista tu mochila para emergencias, con agua, linterna y botiquín."),
        li("No uses los ascensores durante ni después del movimiento."),
        quote("“Me levanté por el ruido de las ventanas, fue corto pero fuerte”, contó la Sra. Gladys Quispe, "
              "vecina de Cerro Colorado."),
    ]),
    # ---- es: the Yucatán state daily --------------------------------------------------------------------------------
    "h10-es-appciclon": ("es", "Protección Civil lanza una app de alertas de huracán para Yucatán", [
        "La Coordinación Estatal de Protección Civil presentó una aplicación gratuita que avisará a los usuarios "
        "de la llegada de ciclones tropicales y de la ubicación de los refugios temporales.",
        "La app, llamada Yucatán Alerta, funciona en español y en maya, y puede recibir avisos aun con poca señal, "
        "informó el titular de Procivy, Sr. Enrique Alcocer.",
        "La dependencia resume el uso en tres pasos: “Descarga la aplicación, activa la ubicación y elige tu "
        "municipio.”",
        h2("Los refugios, en el mapa"),
        "El mapa incluye los 1.150 refugios del estado, su capacidad y si admiten mascotas.",
        quote("“En 2020 mucha gente llegó al refugio equivocado porque la lista solo estaba en papel”, recordó "
              "Alcocer."),
        "La temporada de huracanes en el Atlántico termina oficialmente el 30 de noviembre.",
    ]),
    "h10-es-rectificacion": ("es", "El Congreso de Yucatán obliga a los medios a publicar rectificaciones en "
                                   "72 horas", [
        "El Congreso de Yucatán aprobó por 21 votos a favor y 4 en contra una reforma que obliga a los medios de "
        "comunicación del estado a publicar las rectificaciones en un plazo máximo de 72 horas.",
        "La rectificación deberá aparecer en el mismo espacio y con la misma extensión que la información "
        "original, y en el caso de los portales, al inicio de la nota corregida.",
        "La diputada Dra. Karla Reyna, autora de la iniciativa, dijo que la reforma protege a los ciudadanos "
        "que son mencionados en una nota falsa.",
        quote("“No se trata de censurar, sino de que el error tenga la misma visibilidad que el daño”, "
              "argumentó Reyna."),
        "Organizaciones de periodistas advirtieron que el plazo es muy corto para los medios pequeños y pidieron "
        "al gobernador que vete la reforma.",
        "La ley entrará en vigor 30 días después de su publicación en el Diario Oficial del Estado.",
    ]),
    "h10-es-henequen": ("es", "Renace el henequén: productores de Izamal exportan fibra a Alemania", [
        "Una cooperativa de productores de henequén de Izamal envió este mes su primer contenedor de fibra a "
        "Alemania, donde se usará para fabricar tableros de autos y aislantes.",
        "El envío, de 18 toneladas, se vendió a 3,5 dólares el kilo, casi el doble de lo que pagan los "
        "compradores locales, explicó el presidente de la cooperativa, Sr. Anastasio Canché.",
        fact_h("El henequén en cifras"),
        fact("En 1916 Yucatán tenía más de 300.000 hectáreas sembradas."),
        fact("Hoy quedan unas 8.000, la mayoría en el norte del estado."),
        fact("Una planta tarda siete años en dar la primera cosecha."),
        "“Nuestros abuelos vivían del oro verde. Queremos que nuestros hijos también puedan”, dijo Canché.",
        "La cooperativa reúne a 46 familias de Izamal, Tekantó y Sudzal.",
    ]),
}
