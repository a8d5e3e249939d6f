"""Stories written for the 'holdout3' half whose real sentences look like the chrome of its publishers: a TV
station's carriage dispute ("not available in your area"), sandbag stations and an alert sign-up urged by
officials, fines for sportsbook ads without the helpline, stock-tip influencers who wrote "not investment
advice", publishers' gift links, a German broadcaster's geoblocking and its new programme times, a betting
shop losing its licence, a paper delivered by post, a warning app the prefecture asks people to download, a
paper changing its printer, a festival's donation drive, an undisclosed advertorial, a cookie-banner fine,
voter registration ("Regístrese hoy"), border-bridge hours, a scam that asks people to download an app, a food
bank's appeal ("Dona hoy") and regional streaming blackouts.  Some are built as newsrooms build them, with
subheads, bullet lists, quotations and a "Key facts" box that paraphrases (never copies) the story.  Full of
abbreviations, times, dates and decimals in all four languages."""

from __future__ import annotations

from bench.cleaning_set.cms import fact, fact_h, h2, li, quote

STORIES: dict[str, tuple[str, str, list[str]]] = {  # id ("h3-…", unique) -> (lang, title, paragraphs)
    # ---- en ---------------------------------------------------------------------------------------------
    "h3-en-blackout": ("en", "KDRX 5 could go dark for CableWest customers at midnight Sunday", [
        "About 41,000 CableWest customers in the Paloma Valley could lose KDRX 5 at 12:01 a.m. Monday if the "
        "station's owner and the cable company do not sign a new carriage agreement by then, both sides said "
        "Thursday.",
        "The current contract, signed in 2022, sets the fee CableWest pays to carry the station. Sun Basin Media, "
        "which owns KDRX and two other stations in New Mexico and Arizona, says the fee is far below what other "
        "cable systems pay. CableWest says the increase it is asking for would add about $2.40 a month to customers' "
        "bills.",
        "If no deal is reached, CableWest customers who tune to channel 5 will see a message saying the channel is "
        "not available in their area. Viewers on satellite, on streaming services and with an antenna would not be "
        "affected.",
        h2("What viewers can do"),
        li("Watch KDRX 5 free over the air on channel 5.1 with an indoor or rooftop antenna"),
        li("Check whether your streaming service carries KDRX 5 in the Paloma Valley"),
        li("Call CableWest at 1-800-555-0199 to ask about credits if the channel goes dark"),
        "“Nobody wants a blackout three weeks into football season,” said Corinne Whitaker, Sun Basin's vice "
        "president for distribution. A CableWest spokesperson, Dale Ruckert, said the company had offered “a fair "
        "increase” and accused the station of “holding viewers hostage.”",
        "Carriage disputes are common in the fall, when networks air the NFL and college football. In 2023 a "
        "similar standoff took KDRX off DirecLink for 11 days.",
    ]),
    "h3-en-sandbags": ("en", "Paloma County opens sandbag stations as monsoon storms return", [
        "Paloma County opened six self-serve sandbag stations on Tuesday after the National Weather Service warned "
        "that storms could drop 1 to 2 inches of rain on the valley by Thursday night.",
        "Residents can fill up to 15 bags per household at each site. Sand and bags are free, but people should "
        "bring a shovel and gloves, said Ana Lucero, the county's emergency manager.",
        h2("Sandbag stations"),
        li("Paloma Springs: Fire Station No. 2, 1400 N. Main St."),
        li("Cedar Mesa: County Road Yard, 88 Cedar Mesa Road"),
        li("Juniper Falls: Juniper Falls High School, south parking lot"),
        li("Sotol Ridge: Community Center, 210 Sotol Ave."),
        li("Mesquite Flats: Volunteer Fire Department, 5 W. 4th St."),
        li("Agua Fría: Old Town Plaza, behind the library"),
        "The stations are open from 7 a.m. to 7 p.m. daily through Sept. 30, or while supplies last.",
        "Lucero urged residents to sign up for PalomaAlert, the county's free emergency text service, before the "
        "storms arrive. “If you only do one thing this week, sign up for the alerts,” she said. “Text PALOMA to "
        "55155 and you're done.”",
        "Last year's monsoon flooded 214 homes in the valley, most of them along the Arroyo Seco in Cedar Mesa. The "
        "county has since widened two culverts on Mesa Verde Dr. at a cost of $3.1 million.",
    ]),
    "h3-en-sportsbooks": ("en", "Arizona fines two sportsbooks over ads that left out the helpline number", [
        "Arizona regulators fined two sportsbook operators a combined $265,000 on Wednesday for running "
        "advertisements that did not tell viewers where to get help for problem gambling.",
        fact_h("Key facts"),
        fact("Two betting companies were penalized, one for TV spots and one for social media posts"),
        fact("State rules require every gambling ad to name a helpline"),
        fact("Both companies have 30 days to pull or fix the ads"),
        "The Arizona Department of Gaming said one operator aired 14 TV spots during baseball broadcasts in July "
        "without the required message, and the other posted 37 promotions on social media that left it out.",
        "Under state rules, every ad for sports betting must carry a line such as “Gambling problem? Call "
        "1-800-NEXT-STEP” and say that players must be 21 or older. The department's director, Dr. Lorena "
        "Whitfield, said the rule is not a formality.",
        quote("When an ad makes betting look like part of the game, the least it can do is tell people where to "
              "call when it stops being a game."),
        "Calls to the state's problem-gambling helpline rose 38% in the year after sports betting became legal in "
        "September 2021, according to the department.",
        "Neither company admitted wrongdoing. A spokesperson for one said the missing lines were “a production "
        "error that we corrected within hours.”",
    ]),
    "h3-en-finfluencers": ("en", "Stock-tip influencers settle charges despite 'not investment advice' disclaimers", [
        "Three social media personalities with a combined 2.3 million followers agreed to pay $1.8 million to "
        "settle charges that they promoted small-company stocks they were secretly selling, federal regulators said "
        "Tuesday.",
        "The three often ended their videos with the words “This is not investment advice,” according to the "
        "settlement. Regulators said the disclaimer did not protect them because they were paid by the companies "
        "and sold their own shares as followers bought.",
        fact_h("Key facts"),
        fact("The influencers promoted at least nine thinly traded stocks in 2023 and 2024"),
        fact("They made about $1.1 million by selling into the buying they stirred up, regulators say"),
        fact("The settlement bars them from paid stock promotion for five years"),
        "“A disclaimer is not a shield,” said Marcy Delacroix, an enforcement official. “If you are paid to promote "
        "a stock, you have to say so, clearly and every time.”",
        "Lawyers for the three said they cooperated with the investigation and did not admit or deny the "
        "findings.",
        "The case is the third of its kind this year. Academic studies estimate that about 31% of U.S. investors "
        "under 35 get stock tips from social media, compared with 6% of those over 55.",
    ]),
    "h3-en-giftlinks": ("en", "Publishers bet on gift links to turn casual readers into subscribers", [
        "News publishers that let subscribers share paywalled articles for free say the feature is becoming one of "
        "their best ways to find new paying readers.",
        "At the Harlow Media Group, which owns 14 dailies, subscribers can send up to 10 gift articles a month. "
        "About 4.2% of people who open a gifted story later start a trial, compared with 0.6% of visitors who hit "
        "the paywall, said Dev Ramaswamy, its head of consumer revenue.",
        "“The gift button turns every subscriber into a salesperson,” Ramaswamy said. “The reader on the other end "
        "already trusts the person who sent it.”",
        "Other publishers have found that a story's “Most read” ranking rises sharply once it is gifted by "
        "subscribers in a local Facebook group, according to a study of 31 newsrooms by the Northgate Media Lab.",
        "The print edition still matters for older readers, the study found: stories that appear in print on a "
        "Sunday are gifted 2.5 times as often the following week as stories published only online.",
        "Some editors worry that gift links undercut the paywall. Ramaswamy said the company had seen no drop in "
        "renewals since it raised the monthly limit from five to 10 in March.",
    ]),
    # ---- de ---------------------------------------------------------------------------------------------
    "h3-de-geoblocking": ("de", "Warum viele ELR-Videos im Ausland nicht abrufbar sind", [
        "Wer im Urlaub in Kroatien die Sendung „Elbland aktuell“ nachschauen will, sieht oft nur einen schwarzen "
        "Bildschirm. „Dieses Video ist in Ihrem Land leider nicht verfügbar“, steht dann im Player.",
        "Grund sind die Rechte an Bildern und Musik, erklärt ELR-Justiziarin Dr. Katrin Hänel. Für viele "
        "Sportausschnitte, Filme und Agenturbilder erwirbt der Sender die Rechte nur für Deutschland, in manchen "
        "Fällen sogar nur für Sachsen.",
        "Betroffen sind nach Angaben des Senders ca. 18 Prozent aller Videos in der Mediathek, u. a. die meisten "
        "Fußballbilder aus der 3. Liga und Spielfilme am Wochenende.",
        quote("Wir würden gern alles weltweit zeigen, aber jede zusätzliche Lizenz kostet Beitragsgeld."),
        "Für EU-Bürger, die vorübergehend im Ausland sind, gilt seit 2018 eine Ausnahme: Wer sich mit einem "
        "ELR-Konto anmeldet und seinen Wohnsitz in Deutschland nachweist, kann viele Sendungen auch in anderen "
        "EU-Staaten sehen. Nachrichtensendungen sind in der Regel ohnehin weltweit frei.",
        "Das Angebot werde ausgebaut, sagte Hänel. Bis Ende des Jahres sollen z. B. alle Regionalnachrichten ohne "
        "Ländersperre abrufbar sein.",
    ]),
    "h3-de-sendeplan": ("de", "„Elbland aktuell“ kommt ab Oktober eine halbe Stunde früher", [
        "Das Regionalmagazin „Elbland aktuell“ läuft ab dem 6. Oktober nicht mehr um 19.30 Uhr, sondern schon um "
        "19 Uhr. Das hat der Rundfunkrat von Elbland Rundfunk am Dienstag in Dresden beschlossen.",
        "Mit der Verschiebung reagiert der Sender auf veränderte Sehgewohnheiten: Die Zuschauerzahl um 19.30 Uhr "
        "sei in den vergangenen fünf Jahren um 22 Prozent gesunken, sagte Programmdirektorin Franziska Löffler.",
        h2("Die neuen Sendezeiten"),
        li("Montag bis Freitag: „Elbland aktuell“ um 19 Uhr, 30 Minuten"),
        li("Samstag: „Elbland am Wochenende“ um 18.45 Uhr"),
        li("Sonntag: „Elbland-Reportage“ um 19.15 Uhr, danach Nachrichten"),
        li("Im Radio: Nachrichten aus dem Elbland zu jeder vollen Stunde auf ELR Radio Elbwelle"),
        "Auf den bisherigen Sendeplatz rückt eine Wiederholung der Dokumentationsreihe „Sachsens Dörfer“. Alle "
        "Sendungen stehen wie bisher ab 18 Uhr vorab im Livestream und danach sieben Tage in der Mediathek.",
        "Kritik kam vom Landesverband der Gehörlosen: Die Untertitel in Gebärdensprache, bisher um 19.30 Uhr, "
        "müssten auch zum neuen Termin angeboten werden. Der Sender sagte das am Mittwoch zu.",
    ]),
    "h3-de-wettbuero": ("de", "Hameln entzieht Wettbüro in der Altstadt die Erlaubnis", [
        "Die Stadt Hameln hat einem Wettbüro in der Bäckerstraße die Erlaubnis entzogen. Der Betreiber habe "
        "mehrfach Jugendliche unter 18 Jahren wetten lassen, teilte die Stadt am Montag mit.",
        fact_h("Das Wichtigste im Überblick"),
        fact("Kontrolleure erwischten das Büro dreimal bei Wetten von Minderjährigen"),
        fact("Die Stadt hat die Schließung zum Monatsende angeordnet"),
        fact("Der Betreiber will vor dem Verwaltungsgericht Hannover klagen"),
        "Bei drei unangekündigten Kontrollen im Juni und Juli hatten Mitarbeiter des Ordnungsamts u. a. einen "
        "16-Jährigen angetroffen, der auf Spiele der 2. Bundesliga setzte. Einen Ausweis habe niemand verlangt.",
        "An der Eingangstür des Büros klebt zwar der vorgeschriebene Hinweis „Glücksspiel kann süchtig machen“. "
        "Das reiche aber nicht, sagte Stadtrat Dr. Jens Brinkmann. „Wer Kinder wetten lässt, verliert seine "
        "Konzession.“",
        "Der Anwalt des Betreibers kündigte eine Klage an. Die Kontrollen seien „unverhältnismäßig“ gewesen, die "
        "Mitarbeiter seien inzwischen geschult worden.",
        "In Hameln gibt es derzeit fünf Wettbüros, im Landkreis Hameln-Pyrmont insgesamt elf. Beratung bei "
        "Spielsucht bietet die Fachstelle für Sucht in der Kaiserstraße, Tel. 05151 55 02 30.",
    ]),
    "h3-de-zustellung": ("de", "Im Extertal kommt die Zeitung künftig mit der Post", [
        "Abonnentinnen und Abonnenten des Weserbergland-Kuriers im Extertal bekommen ihre gedruckte Ausgabe ab dem "
        "1. Oktober nicht mehr am frühen Morgen, sondern im Laufe des Vormittags mit der Post.",
        "Für die ca. 1.400 Haushalte in den Ortsteilen finde man seit Monaten keine Zustellerinnen und Zusteller "
        "mehr, sagte Verlagsleiter Thomas Oppermann. In einigen Dörfern sei die Zeitung zuletzt erst am Mittag "
        "angekommen.",
        "Wer die Zeitung schon zum Frühstück lesen will, kann ohne Aufpreis auf das E-Paper umsteigen, das ab 4 Uhr "
        "in der App erscheint. Der Verlag bietet dazu Schulungen in der Geschäftsstelle in der Osterstraße an, "
        "jeweils dienstags um 10 Uhr.",
        "„Wir wissen, dass das für viele ältere Leserinnen und Leser eine Umstellung ist“, sagte Oppermann. Der "
        "Abopreis bleibt mit 42,90 Euro im Monat unverändert.",
        "Bundesweit haben Zeitungsverlage nach Branchenangaben in den vergangenen fünf Jahren rund 20 Prozent ihrer "
        "Zustellerinnen und Zusteller verloren. Mehrere Verlage in Niedersachsen stellen deshalb ländliche Gebiete "
        "ganz auf Postzustellung um.",
    ]),
    # ---- fr ---------------------------------------------------------------------------------------------
    "h3-fr-appli": ("fr", "Risques naturels : la préfecture lance une application d'alerte et invite à la "
                          "télécharger", [
        "La préfecture de La Réunion a présenté lundi « Alerte Péi », une application gratuite qui enverra des "
        "notifications en cas de cyclone, de fortes houles, de fortes pluies ou d'éruption du piton de la Fournaise.",
        fact_h("Ce qu'il faut retenir"),
        fact("Une nouvelle appli gratuite prévient la population des dangers naturels"),
        fact("Les alertes pourront viser un seul quartier"),
        fact("Le système sera testé en grandeur réelle le 15 octobre"),
        "L'application, développée pour env. 420 000 €, permet de choisir ses communes et de recevoir les consignes "
        "en français et en créole. Elle complète le dispositif FR-Alert, qui envoie déjà des messages sur tous les "
        "téléphones d'une zone.",
        "« Téléchargez-la dès aujourd'hui, n'attendez pas la saison cyclonique », a lancé le préfet lors d'une "
        "conférence de presse à Saint-Denis. « Activez les notifications : c'est ce qui peut sauver une vie. »",
        "Un exercice est prévu le mercredi 15 octobre à 10 h : tous les utilisateurs recevront un message de test, "
        "ainsi que les habitants de Saint-Pierre et de Saint-Joseph par FR-Alert.",
        "Lors du cyclone Belal, en janvier 2024, de nombreux habitants des Hauts avaient reproché aux autorités de "
        "les avoir prévenus trop tard, rappelle M. Grondin, président d'une association de sinistrés.",
    ]),
    "h3-fr-requins": ("fr", "Risque requin : la baignade reste interdite hors des zones surveillées", [
        "La préfecture a prolongé jusqu'au 31 décembre l'arrêté qui interdit la baignade et les activités "
        "nautiques hors des zones protégées, sur la quasi-totalité du littoral de l'île.",
        "Seuls les lagons de l'ouest et du sud, ainsi que les espaces équipés de filets, p. ex. à Boucan Canot et "
        "aux Roches Noires, restent ouverts aux baigneurs, aux heures de surveillance.",
        "Le surf reste autorisé dans deux zones de Saint-Leu et de Saint-Paul, à condition qu'une vigie sous-marine "
        "soit présente. Le Centre sécurité requin a recensé 3 signalements de squales près des côtes depuis juin.",
        "« L'océan n'est pas plus dangereux qu'avant, mais nous ne voulons prendre aucun risque », a expliqué "
        "Mme Técher, sous-préfète chargée du dossier. Les contrevenants risquent une amende de 38 €.",
        "Depuis 2011, l'île a connu 30 attaques de requins, dont 11 mortelles, selon le Centre sécurité requin.",
    ]),
    "h3-fr-canne": ("fr", "Campagne sucrière : un prix de la canne en hausse de 2,1 % pour les planteurs", [
        "Les planteurs toucheront en moyenne 45,60 € par tonne de canne livrée cette année, soit 2,1 % de plus "
        "qu'en 2024, selon l'accord signé jeudi entre l'industriel sucrier, les syndicats agricoles et l'État.",
        "La campagne, ouverte le 7 juillet, devrait durer jusqu'à mi-décembre. Env. 1,6 million de tonnes de canne "
        "sont attendues dans les deux usines de l'île, contre 1,4 million l'an dernier, grâce à une saison des "
        "pluies plus favorable.",
        "« C'est un geste, mais ça ne couvre pas la hausse des engrais », estime M. Fontaine, planteur à "
        "Sainte-Rose et délégué syndical, qui cultive 12 hectares.",
        "Environ 2 700 exploitations vivent de la canne à La Réunion, qui reste la première culture de l'île en "
        "surface, avec près de 22 000 hectares.",
        "Les résultats de la richesse en sucre seront publiés chaque semaine par le Centre technique "
        "interprofessionnel de la canne et du sucre, à partir du mardi 2 septembre.",
    ]),
    "h3-fr-billets": ("fr", "Billets d'avion vers Paris : 14 % de hausse en un an, selon l'observatoire des prix", [
        "Un aller-retour entre La Réunion et Paris coûtait en moyenne 1 086 € en juillet, soit 14 % de plus qu'un "
        "an plus tôt, selon l'observatoire des prix, des marges et des revenus, qui a publié mardi son rapport "
        "annuel.",
        "La hausse est plus forte pendant les vacances scolaires : en août, le billet le moins cher en classe "
        "économique dépassait 1 300 € sur les trois compagnies qui desservent la ligne.",
        "« Les familles qui ont besoin de voyager pour un décès ou un examen médical sont les premières touchées », "
        "souligne Mme Hoarau, présidente d'une association de consommateurs de Saint-Denis.",
        "Les compagnies mettent en avant le prix du kérosène et les taxes, qui représentent selon elles env. 35 % du "
        "prix du billet. L'observatoire note toutefois que le taux de remplissage des avions a atteint 89 %.",
        "L'aide à la continuité territoriale, versée sous conditions de ressources, reste fixée à 380 € par "
        "personne et par an.",
    ]),
    "h3-fr-imprimerie": ("fr", "L'Écho austral change d'imprimerie : le journal papier arrivera plus tôt", [
        "À partir du lundi 6 octobre, L'Écho austral sera imprimé à Saint-Denis et non plus au Port, dans une "
        "imprimerie partagée avec deux autres titres de l'océan Indien.",
        "Pour les lecteurs, le changement doit surtout se traduire par une arrivée plus matinale du journal papier "
        ": les premiers exemplaires seront livrés aux marchands de journaux vers 5 h 30, contre 6 h 15 aujourd'hui.",
        "La rotative actuelle, installée en 1998, arrivait en fin de vie, explique le directeur de la publication, "
        "M. Rivière. Le déménagement a coûté env. 1,2 million d'euros, dont une partie financée par l'aide publique "
        "à la modernisation de la presse.",
        "Les abonnés en portage ne sont pas concernés par un changement d'horaire, mais ceux des Hauts de "
        "Saint-Paul et de Cilaos recevront désormais leur journal avant 8 h.",
        "Le tirage de L'Écho austral est d'env. 18 000 exemplaires en semaine et de 24 000 le dimanche, selon "
        "l'ACPM.",
    ]),
    "h3-fr-cagnotte": ("fr", "Le festival des Nuits de Fives lance une cagnotte : « chaque don compte »", [
        "Privé d'une partie de ses subventions, le festival des Nuits de Fives, qui attire chaque année env. "
        "9 000 spectateurs dans l'est de Lille, a lancé mardi une cagnotte en ligne pour financer l'édition 2026.",
        "L'association organisatrice cherche 48 000 €, soit le montant de la baisse de l'aide de la Région. En "
        "deux jours, 612 donateurs ont déjà versé 11 430 €.",
        "« Faites un don, même de 5 €, chaque don compte », répète sa présidente, Mme Delattre, dans une vidéo "
        "publiée sur les réseaux sociaux. « Sans vous, il n'y aura pas de festival l'an prochain. »",
        "Les dons ouvrent droit à une réduction d'impôt de 66 %, et les donateurs de plus de 50 € recevront un "
        "pass pour les trois soirées.",
        "La Région explique avoir « recentré » ses aides sur les festivals de plus de 20 000 spectateurs. La Ville "
        "de Lille a promis de maintenir son soutien de 15 000 €.",
    ]),
    "h3-fr-publi": ("fr", "Publi-rédactionnel non signalé : un magazine municipal épinglé", [
        "Le Conseil de déontologie journalistique et de médiation a estimé mercredi qu'un article publié par le "
        "magazine municipal d'une commune de la métropole lilloise relevait de la publicité déguisée.",
        "L'article, consacré à un nouveau centre commercial, présentait les enseignes et leurs promotions sans "
        "mention « publi-rédactionnel » ni « contenu sponsorisé », alors que le promoteur avait payé une double "
        "page dans le même numéro.",
        "« Le lecteur doit toujours savoir qui parle : un journaliste ou un annonceur », rappelle l'avis, qui n'est "
        "pas contraignant.",
        "La mairie conteste toute rémunération de l'article lui-même et parle d'une « coïncidence de calendrier ». "
        "Elle s'engage cependant à séparer plus nettement les pages de publicité à partir du n° 214.",
        "Selon l'instance, les saisines pour mélange entre information et publicité ont doublé en deux ans, pour "
        "atteindre 37 en 2024.",
    ]),
    "h3-fr-friche": ("fr", "La friche de la rue Pierre-Legrand deviendra une salle de concert de 800 places", [
        "L'ancienne filature de la rue Pierre-Legrand, à Fives, accueillera à partir de 2028 une salle de concert "
        "de 800 places, des studios de répétition et un café associatif, a annoncé la Ville de Lille.",
        "Le projet, estimé à 14,5 millions d'euros, sera porté par un collectif d'associations qui occupent déjà "
        "une partie des lieux depuis 2021.",
        h2("Les prochaines étapes"),
        li("Octobre 2025 : réunion publique à la mairie de quartier de Fives"),
        li("Printemps 2026 : choix de l'architecte"),
        li("2027 : début des travaux, pendant env. 18 mois"),
        li("Automne 2028 : ouverture de la salle"),
        "« On ne veut pas d'un Zénith bis, mais d'un lieu où les groupes du quartier peuvent jouer », explique "
        "M. Vandewalle, l'un des porte-parole du collectif.",
        "Les riverains, inquiets du bruit, ont obtenu que la salle soit fermée à 1 h du matin au plus tard, "
        "y compris le week-end.",
    ]),
    "h3-fr-cnil": ("fr", "Bandeaux cookies : une billetterie lilloise sanctionnée par la CNIL", [
        "La Commission nationale de l'informatique et des libertés a infligé une amende de 150 000 € à une "
        "billetterie en ligne basée à Lille, dont le bandeau cookies rendait le refus plus difficile que "
        "l'acceptation.",
        "Sur le site, le bouton « Tout accepter » était affiché en grand, tandis que le refus demandait quatre clics "
        "dans un menu de paramètres, a constaté la CNIL lors d'un contrôle en ligne en mars 2024.",
        "Certaines vidéos de concerts affichaient en outre le message « Ce contenu est masqué tant que vous "
        "n'acceptez pas les cookies », même pour des contenus qui n'en déposaient aucun.",
        "« Refuser doit être aussi simple qu'accepter », rappelle la CNIL dans sa décision. L'entreprise a modifié "
        "son bandeau depuis et annonce qu'elle ne fera pas appel.",
        "Depuis 2020, la CNIL a prononcé plus de 20 sanctions liées aux cookies, pour un montant total supérieur à "
        "500 millions d'euros.",
    ]),
    # ---- es ---------------------------------------------------------------------------------------------
    "h3-es-registro": ("es", "Cómo registrarse para votar antes del 6 de octubre en Texas", [
        "Quienes quieran votar en la elección del 4 de noviembre en Texas, en la que se decidirán 17 enmiendas a "
        "la Constitución estatal, tienen hasta el lunes 6 de octubre para registrarse.",
        "Pueden registrarse los ciudadanos de EE. UU. que vivan en el condado, tengan al menos 18 años el día de la "
        "elección y no estén cumpliendo una condena por un delito grave, explicó la Sra. Lisa Contreras, "
        "administradora de elecciones del Condado de El Paso.",
        h2("Tres formas de registrarse"),
        li("Llenar la solicitud en papel en cualquier biblioteca pública o en la oficina de elecciones, 500 E. San "
           "Antonio Ave."),
        li("Pedir una solicitud con franqueo pagado al teléfono (915) 555-0141"),
        li("Actualizar su dirección en línea si ya está registrado y renovó su licencia de manejo en Texas"),
        "“Regístrese hoy, no espere al último día”, dijo Contreras. “Cada año recibimos cientos de solicitudes que "
        "llegan tarde por correo.”",
        "La votación anticipada será del 20 al 31 de octubre. En la elección de noviembre de 2023, la participación "
        "en el condado fue de apenas 8.6%.",
    ]),
    "h3-es-puentes": ("es", "CBP amplía el horario del puente Ysleta-Zaragoza para autos y carga", [
        "La Oficina de Aduanas y Protección Fronteriza (CBP) extenderá a partir del lunes 15 de septiembre el "
        "horario del puente internacional Ysleta-Zaragoza, que abrirá a las 5 a. m., una hora antes que ahora.",
        "Los carriles de carga comercial funcionarán de 6 a. m. a 10 p. m. de lunes a viernes y de 8 a. m. a 4 p. m. "
        "los sábados, informó la agencia.",
        "Los tiempos de espera para autos particulares en Ysleta superaron los 90 minutos en horas pico durante "
        "agosto, según datos de CBP, y los de carga llegaron a 4 horas algunos días.",
        "“Esto ayudará a los miles de trabajadores que cruzan todos los días desde Ciudad Juárez”, dijo el Sr. "
        "Arturo Villegas, presidente de una asociación de transportistas.",
        "CBP recomienda a los viajeros consultar los tiempos de espera en su sitio web antes de salir y tener a la "
        "mano su documento de cruce.",
    ]),
    "h3-es-estafa": ("es", "Alertan por mensajes que piden descargar una app para pagar multas de tránsito", [
        "La policía de El Paso advirtió el jueves sobre una ola de mensajes de texto falsos que dicen al "
        "destinatario que tiene una multa de tránsito sin pagar y le piden descargar una aplicación para saldarla.",
        "Los mensajes incluyen un enlace y amenazan con suspender la licencia de manejo si la multa de $68.50 no se "
        "paga en 24 horas. La aplicación roba los datos bancarios de quien la instala, según la policía.",
        "“La ciudad nunca le va a pedir que descargue una app por mensaje de texto”, dijo la Sgto. Carmen Ibarra. "
        "“Si recibe uno, bórrelo y repórtelo.”",
        "Desde agosto, la policía ha recibido 312 reportes y al menos 19 personas perdieron dinero, en total unos "
        "$21,400.",
        "Las multas reales pueden consultarse en el sitio del Tribunal Municipal o al teléfono 3-1-1. Los mensajes "
        "sospechosos pueden reenviarse al 7726 para que las compañías telefónicas los bloqueen.",
    ]),
    "h3-es-banco": ("es", "El Banco de Alimentos pide donativos ante la mayor demanda en cinco años", [
        "El Banco de Alimentos de la Frontera pidió el martes donativos de comida y dinero, después de repartir en "
        "agosto 4.1 millones de libras de alimentos, la cifra más alta para ese mes desde 2020.",
        "La demanda aumentó sobre todo entre familias con niños y adultos mayores, explicó su directora, la Sra. "
        "Gabriela Ornelas. Unas 138,000 personas recibieron ayuda el mes pasado en El Paso y el sur de Nuevo México.",
        "“Dona hoy, aunque sea una lata”, dijo Ornelas. “Cada dólar que recibimos se convierte en cinco comidas.”",
        "Los alimentos más necesarios son frijoles, arroz, atún, leche en polvo y fórmula para bebé. Las donaciones "
        "pueden entregarse de 8 a. m. a 4 p. m. en el almacén de 9541 Plaza Circle.",
        "El banco también busca voluntarios para los turnos de los sábados. En 2024 participaron más de 11,000.",
    ]),
    "h3-es-apagon": ("es", "Por qué algunos partidos no se ven en El Paso: el bloqueo regional del streaming", [
        "Muchos aficionados de El Paso se llevaron una sorpresa el domingo al intentar ver en una aplicación de "
        "streaming el partido de los Dallas Cowboys: en la pantalla apareció el mensaje “Este contenido no está "
        "disponible en tu ubicación”.",
        "Se trata de los llamados apagones regionales, que reservan la transmisión de ciertos partidos a la "
        "televisora local que compró los derechos, explicó el Dr. Héctor Montañez, profesor de comunicación de la "
        "Universidad de Texas en El Paso.",
        "El problema es que la aplicación ubica a muchos usuarios de El Paso en el mercado de Albuquerque o de "
        "Ciudad Juárez, según la red a la que estén conectados.",
        "“Pagas la suscripción y te dicen que no puedes ver el partido de tu equipo”, se quejó el Sr. Ramiro Baca, "
        "aficionado de Socorro, que terminó viéndolo en un bar.",
        "La liga dijo que revisa los casos de usuarios mal ubicados y recomendó verificar la ubicación del "
        "dispositivo en la configuración de la aplicación.",
    ]),
}
