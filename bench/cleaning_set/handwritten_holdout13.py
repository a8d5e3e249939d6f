"""Stories written for the 'holdout13' half whose real sentences look like the chrome of its publishers: a TV
anchor's retirement after 34 years (a career paragraph that reads like a bio), a TV station's weather app
("Download the app and turn on alerts"), a TV station's transmitter move ("viewers who watch over the air must
rescan their TVs"), a copyright case over a Bihu song, a flood-relief donation drive ("Donations can be made by
UPI"), the IT rules that make news sites name a grievance officer, a car recall ("Betroffene Halter werden
schriftlich benachrichtigt"), new fuel-consumption labels, the hunting licence fee ("Die Jagdkarte ist bis 31.
März zu verlängern"), a copyright case over wildlife photographs, a community radio's new podcast, its rules for the
election campaign, a host's retirement, its e-mail newsletter, a network of mountain webcams, a right-of-reply
case, a donation campaign for a rescue helicopter, a TV station's ad-free subscription, a duty-pharmacy app, a
donation drive for volunteer firefighters, a journalist's award, a daily's WhatsApp bulletin, tickets for a
baseball final, a radio announcer's career, the players' licence deadline and a federation's app.  Some use
subheads, lists, quotations and fact boxes; some paragraphs are one short line; abbreviations, initials, times,
dates and decimals throughout."""

from __future__ import annotations

from bench.cleaning_set.cms import fact, fact_h, h2, li, quote

STORIES: dict[str, tuple[str, str, list[str]]] = {  # id ("h13-…", unique) -> (lang, title, paragraphs)
    # ---- en: the Montana TV station -------------------------------------------------------------------------
    "h13-en-anchor": ("en", "After 34 years, KBZM's Carol Whitcomb signs off", [
        "Carol Whitcomb, who has anchored the 6 p.m. news on KBZM 7 since 1991, will read her last newscast on "
        "Friday, Sept. 26.",
        "Whitcomb is a Livingston native and a graduate of the University of Montana School of Journalism who "
        "joined the station as a weekend reporter in 1989.",
        "She covered the Yellowstone fires of 1988 as an intern, the 2022 Yellowstone River flood and eleven "
        "legislative sessions in Helena.",
        quote("“I never planned to stay this long. Every year there was one more story I wanted to tell,” "
              "Whitcomb said."),
        "She plans to spend the winter skiing at Bridger Bowl and writing a book about Montana's small-town "
        "newspapers.",
        "Co-anchor Mike D. Sandoval will anchor the 6 p.m. news alone until a successor is named.",
        "A farewell special airs Sunday at 7 p.m.",
    ]),
    "h13-en-app": ("en", "KBZM 7 launches new weather app with hyperlocal alerts", [
        "KBZM 7 has released a new weather app that sends alerts for a user's exact location instead of for a "
        "whole county, the station said Wednesday.",
        "“Download the app, allow location access and turn on alerts, and you'll get a warning when lightning is "
        "within 10 miles of you,” chief meteorologist Dr. Ann L. Price said.",
        h2("What's new"),
        li("Radar updates every two minutes."),
        li("Avalanche and fire-danger layers from the Forest Service."),
        li("A 10-day forecast for 40 trailheads in the Gallatin and Madison ranges."),
        "The app is free on iOS and Android and carries no ads for the first year, the station said.",
        "The old app stops working Oct. 1.",
    ]),
    "h13-en-signal": ("en", "KBZM moves its transmitter; antenna viewers must rescan", [
        "Viewers who watch KBZM 7 over the air with an antenna will have to rescan their TVs after the station "
        "moves its transmitter to Mt. Ellis on Tuesday, Sept. 16.",
        "The signal will be off from about 1 a.m. to 5 a.m. while engineers switch over, chief engineer Rob "
        "T. Haskins said.",
        "Cable, satellite and streaming viewers do not need to do anything.",
        fact_h("How to rescan"),
        fact("Open your TV's menu and choose Settings, then Channels."),
        fact("Select Auto Scan or Channel Scan and wait for it to finish."),
        fact("If KBZM 7 is still missing, point the antenna toward Mt. Ellis, southeast of Bozeman."),
        "The new site will reach about 18,000 more homes in the Shields Valley and around Three Forks, the "
        "station says.",
        "The move was approved by the FCC in June.",
    ]),
    # ---- en: the Guwahati regional site ---------------------------------------------------------------------
    "h13-en-copyright": ("en", "Gauhati High Court bars use of Bihu song in cola advertisement", [
        "The Gauhati High Court on Tuesday restrained a soft-drink company from using a popular Bihu song in its "
        "television and online advertisements until the copyright suit filed by the song's composer is decided.",
        "The composer, 71-year-old Dr. Bhupen K. Saikia, says the company used his 1986 song without a licence "
        "and changed its words.",
        "“All rights in the song, its music and its lyrics belong to the composer,” his lawyer, Ms. Rimjhim "
        "Deka, told the court.",
        "Justice A. K. Bora said the advertisement could not be shown on any platform, including YouTube and "
        "Instagram, until the next hearing on Oct. 14.",
        "The company's lawyers argued that the tune was a traditional folk melody and not protected.",
        "The case is the first copyright suit over a Bihu song to reach the High Court.",
    ]),
    "h13-en-donate": ("en", "Students' union launches flood relief drive for Majuli", [
        "The Cotton University students' union has launched a drive to collect money, dry food and medicines for "
        "flood-hit families in Majuli, its general secretary, Pranjal Bora, said on Monday.",
        "Donations can be made by UPI to the union's account or in cash at the collection desk near the main "
        "gate, which is open from 10 a.m. to 5 p.m.",
        "The union wants to send the first truck on Saturday.",
        h2("What is needed"),
        li("Rice, dal, flattened rice (chira) and jaggery."),
        li("ORS packets, paracetamol and water purification tablets."),
        li("Mosquito nets and tarpaulin sheets."),
        quote("“Please do not send old clothes. The camps have enough, and they get wet,” Bora said."),
        "Every donor gets a receipt, and the union will publish its accounts on its Facebook page after the drive.",
    ]),
    "h13-en-grievance": ("en", "News sites in Assam told to name grievance officers", [
        "Digital news publishers in Assam must name a grievance officer and publish the officer's contact "
        "details on their websites within 30 days, the state's information department said in a circular on "
        "Thursday.",
        "The circular cites the Information Technology Rules, 2021, which require a publisher to acknowledge a "
        "complaint within 24 hours and decide it within 15 days.",
        "About 140 news portals are registered with the department, and fewer than half have a grievance "
        "officer, its director, Mr. N. K. Das, said.",
        quote("“Readers must know whom to write to when a story is wrong,” he said."),
        "The Guwahati Press Club called the circular unnecessary and said most of the portals are run by two or "
        "three people.",
        "Publishers that do not comply may lose government advertisements.",
    ]),
    # ---- de: the Swiss motoring magazine --------------------------------------------------------------------
    "h13-de-rueckruf": ("de", "Rückruf: 4200 Kompakt-SUV in der Schweiz betroffen", [
        "Wegen eines möglichen Defekts an der Lenksäule ruft ein Autohersteller weltweit rund 310 000 Fahrzeuge "
        "zurück, in der Schweiz sind es nach Angaben des Importeurs 4200.",
        "Betroffen sind Fahrzeuge der Baujahre 2022 bis 2024, die zwischen März 2022 und Juli 2024 gebaut wurden.",
        "Betroffene Halter werden schriftlich benachrichtigt und gebeten, einen Termin mit ihrer Garage zu "
        "vereinbaren.",
        "Die Reparatur dauert ca. 45 Minuten und ist kostenlos.",
        fact_h("Bin ich betroffen?"),
        fact("Die Fahrgestellnummer steht im Fahrzeugausweis unter Ziffer 23."),
        fact("Auf der Website des Importeurs lässt sich prüfen, ob ein Fahrzeug zum Rückruf gehört."),
        fact("Das Bundesamt für Strassen (Astra) führt eine Liste aller laufenden Rückrufe."),
        "Unfälle wegen des Defekts sind laut Hersteller bisher keine bekannt.",
    ]),
    "h13-de-wltp": ("de", "Neue Energieetikette: Was die Farben ab Januar bedeuten", [
        "Ab dem 1. Januar müssen Autohändler in der Schweiz eine neue Energieetikette an jedes Neufahrzeug "
        "hängen, hat der Bundesrat am Mittwoch beschlossen.",
        "Die Etikette zeigt den Verbrauch nach WLTP in Litern pro 100 km bzw. bei Elektroautos in kWh pro 100 km, "
        "den CO₂-Ausstoss in g/km und neu eine Effizienzkategorie von A bis G.",
        "Kategorie A erhalten nur noch Autos, die weniger als 95 g CO₂/km ausstossen.",
        quote("«Für viele Käufer wird es überraschend sein, dass ihr Hybrid plötzlich in der Kategorie D steht», "
              "sagt Markus Peter vom Autogewerbe-Verband."),
        "Auch Werbung, Prospekte und Onlineinserate müssen die Angaben künftig enthalten.",
        "Händler haben bis Ende März Zeit, alte Etiketten zu ersetzen.",
    ]),
    # ---- de: the Carinthian hunting magazine ----------------------------------------------------------------
    "h13-de-jagdkarte": ("de", "Jagdkarte wird teurer: Landtag erhöht Jagdabgabe", [
        "Die Kärntner Jagdkarte kostet ab 2026 um 18 Euro mehr, der Landtag hat die Erhöhung der Jagdabgabe am "
        "Donnerstag mit den Stimmen von SPÖ und ÖVP beschlossen.",
        "Die Jagdkarte ist wie bisher bis 31. März zu verlängern; wer später einzahlt, darf bis dahin nicht jagen.",
        "Mit dem Geld sollen die Wildschadensberatung und die Ausbildung der Jungjäger bezahlt werden.",
        h2("Was die Jagdkarte künftig kostet"),
        li("Jahresjagdkarte: 96 Euro (bisher 78 Euro)."),
        li("Jagdgastkarte für vier Wochen: 42 Euro."),
        li("Jungjäger bis 24 Jahre zahlen die Hälfte."),
        quote("„Wir wissen, dass das viel Geld ist, aber die Abgabe ist seit 2011 nicht erhöht worden“, sagt "
              "Landesjägermeister Dr. Walter Brunner."),
        "Die FPÖ stimmte dagegen.",
    ]),
    "h13-de-fotorecht": ("de", "Gericht: Wildfoto darf nicht ohne Zustimmung verwendet werden", [
        "Ein Berufsjäger aus dem Mölltal hat vor dem Landesgericht Klagenfurt einen Prozess um ein Foto eines "
        "Steinbocks gewonnen.",
        "Ein Tourismusverband hatte das Bild ohne seine Zustimmung auf Plakaten und in einem Prospekt verwendet.",
        "Das Gericht sprach dem Fotografen 3400 Euro zu und hielt fest, dass auch ein Schnappschuss "
        "urheberrechtlich geschützt ist.",
        quote("„Alle Rechte liegen beim Fotografen. Das gilt auch, wenn das Bild auf Instagram steht“, sagte die "
              "Richterin Mag. Eva K. Lassnig."),
        "Der Tourismusverband hat das Urteil angenommen und die Plakate entfernt.",
        "Das Urteil ist rechtskräftig.",
    ]),
    # ---- fr: the Manitoba community radio -------------------------------------------------------------------
    "h13-fr-balado": ("fr", "Radio Prairie Rouge lance un balado sur l'histoire des Métis", [
        "Radio Prairie Rouge lance mardi Les Voix de la Rivière, un balado en dix épisodes sur l'histoire des "
        "Métis de la rivière Rouge.",
        "Chaque épisode dure environ 25 min et sera publié le mardi à 6 h.",
        "L'animatrice, Mme Danielle Carrière, a enregistré une quarantaine d'aînés à Saint-Laurent, à "
        "Saint-Norbert et à Sainte-Anne.",
        quote("« Beaucoup de ces voix n'avaient jamais été enregistrées. Certaines personnes parlent encore le "
              "michif », dit-elle."),
        "Le balado est offert gratuitement sur le site de la radio et sur les principales plateformes d'écoute.",
        "La série a reçu 48 000 $ du Fonds des médias.",
    ]),
    "h13-fr-elections": ("fr", "Élections provinciales : comment la radio couvrira la campagne", [
        "Radio Prairie Rouge a publié jeudi les règles qu'elle appliquera pendant la campagne électorale "
        "provinciale, qui commence officiellement le 9 septembre.",
        "Chaque parti représenté à l'Assemblée législative aura droit au même temps d'antenne dans les débats, "
        "et les candidats ne pourront pas animer d'émission pendant la campagne.",
        h2("Trois débats"),
        li("Le 18 septembre à Saint-Boniface, sur la santé."),
        li("Le 24 septembre à Saint-Pierre-Jolys, sur l'agriculture."),
        li("Le 29 septembre à Winnipeg, débat des chefs."),
        "« Notre rôle est d'informer, pas de choisir », a déclaré le directeur de l'information, M. Luc R. "
        "Desjardins.",
        "Les auditeurs peuvent envoyer leurs questions pour les débats par courriel.",
    ]),
    "h13-fr-animatrice": ("fr", "Après 29 ans au micro du matin, Lise Gauthier passe la main", [
        "Lise Gauthier, la voix du réveil de Radio Prairie Rouge depuis 1996, animera sa dernière matinale le "
        "vendredi 26 septembre.",
        "Originaire de La Broquerie, elle a commencé à la radio comme chroniqueuse agricole avant de prendre la "
        "barre de l'émission du matin.",
        "Elle a animé plus de 7000 émissions et interviewé quatre premiers ministres du Canada.",
        quote("« Ce sont les auditeurs qui vont me manquer, ceux qui m'appelaient à 6 h pour me dire qu'il y "
              "avait du brouillard sur la 59 », a-t-elle confié."),
        "Son successeur sera nommé en octobre.",
        "Une émission spéciale sera diffusée en direct de la Maison Gabrielle-Roy.",
    ]),
    "h13-fr-infolettre": ("fr", "La radio lance une infolettre du matin", [
        "Radio Prairie Rouge envoie depuis lundi une infolettre quotidienne à ses auditeurs, avec les nouvelles "
        "du Manitoba français, la météo et les avis de fermeture d'écoles.",
        "L'inscription se fait sur le site de la radio, avec une adresse courriel; l'infolettre arrive chaque "
        "jour de semaine à 6 h 30.",
        "Plus de 2300 personnes s'y sont déjà abonnées, selon la radio.",
        "Les adresses ne seront pas transmises à des tiers, précise la politique de confidentialité de la "
        "station.",
        "On peut se désabonner en tout temps en un clic.",
    ]),
    # ---- fr: the Valais TV station ---------------------------------------------------------------------------
    "h13-fr-webcams": ("fr", "Quarante nouvelles webcams pour surveiller les glaciers", [
        "Le canton du Valais installe cet automne quarante webcams sur les glaciers et les zones instables, afin "
        "de surveiller les chutes de séracs et les laves torrentielles.",
        "Les images seront prises toutes les dix minutes et analysées par un logiciel de l'EPFL.",
        "Une partie des webcams sera accessible au public sur le site du canton dès décembre.",
        fact_h("Le dispositif"),
        fact("Coût : 2,4 millions de francs sur quatre ans."),
        fact("Sites prioritaires : Blatten, Saas-Grund, Zinal et le val de Bagnes."),
        fact("Alimentation par panneaux solaires, transmission par le réseau 4G."),
        "« Après Blatten, nous ne voulons plus être surpris », a déclaré le conseiller d'État Stéphane G. Ganzer.",
    ]),
    "h13-fr-droitreponse": ("fr", "Droit de réponse : le tribunal donne raison à un hôtelier", [
        "Le Tribunal de Sion a ordonné à un site d'information de publier le droit de réponse d'un hôtelier de "
        "Crans-Montana, qu'il avait refusé en juin.",
        "L'hôtelier contestait un article affirmant qu'il employait des saisonniers sans contrat.",
        "Selon le Code civil, toute personne directement touchée par la présentation de faits dans un média a "
        "droit à une réponse, rappelle le jugement.",
        "Le site devra publier la réponse dans les dix jours, au même endroit que l'article.",
        "Il n'a pas encore dit s'il ferait recours.",
    ]),
    "h13-fr-don": ("fr", "Une collecte pour un nouvel hélicoptère de sauvetage", [
        "La fondation de la Maison du sauvetage lance une collecte de 1,5 million de francs pour compléter le "
        "financement d'un nouvel hélicoptère à Sion.",
        "Les dons sont déductibles des impôts et peuvent être faits par virement ou par TWINT.",
        "L'appareil actuel, en service depuis 2009, a effectué 1100 interventions l'an dernier.",
        quote("« Chaque franc compte, mais nous ne demandons pas aux guides ou aux victimes de payer leur "
              "sauvetage », dit le directeur, M. Jean-Marc Bonvin."),
        "La livraison est prévue au printemps 2027.",
    ]),
    "h13-fr-abonnement": ("fr", "Rhône TV lance un abonnement sans publicité", [
        "Rhône TV proposera dès le 1er novembre un abonnement de 6,90 francs par mois pour regarder ses émissions "
        "en ligne sans publicité, a annoncé la direction de la chaîne lundi.",
        "La diffusion à l'antenne et le replay resteront gratuits, avec publicité.",
        "La chaîne, financée à 60 % par la redevance, dit vouloir compenser la baisse de ses recettes "
        "publicitaires, de 11 % en deux ans.",
        "« Nous préférons demander quelques francs à ceux qui le veulent plutôt que de supprimer des postes à la "
        "rédaction », a dit la rédactrice en chef, Mme Carole Pellissier.",
        "Rhône TV compte 38 employés.",
    ]),
    # ---- es: the Santa Cruz daily ---------------------------------------------------------------------------
    "h13-es-farmacias": ("es", "Una app muestra las farmacias de turno en Santa Cruz", [
        "El Colegio de Bioquímica y Farmacia de Santa Cruz lanzó una aplicación que muestra las farmacias de turno "
        "más cercanas, con su dirección y su teléfono.",
        "La app es gratuita y se actualiza cada día a las 20:00, cuando empiezan los turnos.",
        "Hasta ahora, el rol de turnos se publicaba solo en los periódicos y en las puertas de las farmacias.",
        "«Descargue la aplicación, active la ubicación y verá las farmacias abiertas a menos de 3 km», explicó "
        "la presidenta del Colegio, la Dra. Rosario M. Cuéllar.",
        "Unas 60 farmacias hacen turno cada noche en la ciudad.",
    ]),
    "h13-es-bomberos": ("es", "Campaña para equipar a los bomberos voluntarios de la Chiquitania", [
        "Una campaña ciudadana busca reunir Bs 500.000 para comprar equipos a los bomberos voluntarios que "
        "combaten los incendios en la Chiquitania.",
        "Las donaciones se reciben en la plaza 24 de Septiembre de 9:00 a 18:00, y también por QR y transferencia "
        "bancaria.",
        h2("Lo que más falta"),
        li("Botas, guantes y cascos."),
        li("Mochilas de agua de 20 litros."),
        li("Sueros, colirio y alimentos no perecibles."),
        "«No tenemos sueldo ni seguro; lo único que pedimos es equipo para no quemarnos», dijo el comandante "
        "Sr. Alcides Roca.",
        "Hasta el martes se habían reunido Bs 182.000.",
    ]),
    "h13-es-periodista": ("es", "Periodista de El Oriental gana premio nacional por reportaje sobre el humo", [
        "La periodista Mariela Saucedo, de El Oriental, ganó el Premio Nacional de Periodismo Ambiental por su "
        "serie sobre los efectos del humo en la salud de los niños.",
        "Saucedo es licenciada en Comunicación Social por la UAGRM y trabaja en el diario desde 2016, donde cubre "
        "medio ambiente y salud.",
        "El jurado destacó que la serie usó datos de 12 hospitales y entrevistas con 40 familias.",
        "«Este premio es de las madres que nos abrieron sus casas», dijo al recibirlo en La Paz.",
        "Es la segunda vez que un periodista cruceño gana el premio.",
    ]),
    "h13-es-boletin": ("es", "El Oriental envía su resumen de noticias por WhatsApp", [
        "El Oriental comenzó a enviar un resumen diario de noticias por WhatsApp, cada mañana a las 6:30.",
        "Para recibirlo, los lectores deben guardar el número del diario y enviar la palabra ALTA.",
        "El resumen incluye las cinco noticias más importantes del día, el clima y el precio del dólar.",
        "«La gente ya no compra el periódico en el quiosco, pero todos tienen WhatsApp», dijo el director, "
        "Lic. Gonzalo P. Vaca.",
        "El servicio es gratuito.",
    ]),
    # ---- es: the Nicaraguan baseball federation -------------------------------------------------------------
    "h13-es-boletos": ("es", "Boletos para la final del Campeonato, a la venta desde el lunes", [
        "Los boletos para la serie final del Campeonato Nacional de Béisbol Superior se venderán desde el lunes "
        "en las taquillas del Estadio Nacional y en línea, informó la Federación.",
        "Los precios van de C$ 50 en las graderías de sol a C$ 400 en los palcos.",
        "Cada persona podrá comprar un máximo de seis boletos por juego.",
        fact_h("La serie final"),
        fact("Al mejor de siete juegos."),
        fact("Juegos 1, 2, 6 y 7 en el Estadio Nacional; 3, 4 y 5 en la sede del rival."),
        fact("Los juegos empiezan a las 7:00 p. m."),
        "Los niños menores de 10 años entran gratis acompañados de un adulto.",
    ]),
    "h13-es-narrador": ("es", "Muere Rodolfo “el Profe” Sánchez, la voz del béisbol nicaragüense", [
        "Rodolfo Sánchez, el narrador que durante 45 años transmitió el béisbol nacional por la radio, murió el "
        "domingo en Managua a los 81 años.",
        "Sánchez nació en Masaya, fue maestro de primaria y comenzó a narrar en 1978 en una emisora de Granada.",
        "Narró 38 series finales y los Juegos Centroamericanos de 1997.",
        quote("«¡Se va, se va, y se fue!», su grito de jonrón, lo repetían los niños en todos los barrios."),
        "La Federación guardará un minuto de silencio antes de cada juego de la jornada.",
        "Le sobreviven su esposa, cuatro hijos y nueve nietos.",
    ]),
    "h13-es-licencias": ("es", "Clubes deben inscribir a sus peloteros antes del 30 de septiembre", [
        "Los clubes tienen hasta el 30 de septiembre para inscribir a sus peloteros para el Campeonato Juvenil, "
        "recordó la Federación.",
        "Cada licencia cuesta C$ 150 y requiere partida de nacimiento, cédula o carné escolar y un certificado "
        "médico.",
        "Los jugadores que no tengan licencia no podrán ser alineados, y el club perderá el juego por "
        "forfeit.",
        "La Federación espera inscribir a más de 4.200 jugadores de 15 a 18 años.",
        "Las inscripciones se hacen en las oficinas departamentales, de lunes a viernes de 8:00 a. m. a 4:00 p. m.",
    ]),
    "h13-es-app": ("es", "La Federación lanza app con resultados en vivo", [
        "La Federación lanzó una aplicación gratuita con resultados en vivo, estadísticas y la tabla de "
        "posiciones del Campeonato Nacional.",
        "La app se actualiza jugada por jugada gracias a los anotadores oficiales, que usan tabletas en cada "
        "estadio.",
        "También permite comprar boletos y ver los resúmenes en video de cada juego.",
        "«Queremos que el aficionado de Bluefields sepa lo que pasa en Rivas al mismo tiempo que el que está en "
        "la gradería», dijo el presidente de la Federación, Ing. Marvin J. Reyes.",
        "Está disponible para Android y iPhone.",
    ]),
}
