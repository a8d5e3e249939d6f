"""Stories written for the 'holdout7' half whose real sentences look like the chrome of its publishers:
lawmakers' taxpayer-funded newsletters ("Sign up for my weekly e-newsletter"), public notices leaving
newspapers ("no subscription required"), a budget impasse told date by date (dated paragraphs in a plain
story), a library archive behind a paywall ("Subscribe to continue reading"), scam texts ("Reply STOP to opt
out"), zero-rated news sites ("Read for free, without using your data"), a city app that leaked data
("Update the app now"), a press ombud's correction order ("Correction: An earlier version …"), the end of
teletext ("Mehr dazu auf Seite 100"), influencers' mountain tips ("Folgt mir für mehr Geheimtipps"), a trade
paper ending print ("Jetzt auf das E-Paper umsteigen"), a toll newsletter with the wrong rates ("Sie
erhalten diese E-Mail, weil …"), a regulator on disguised advertising ("Cet article vous est offert par
…"), the print press asking readers to pay ("Abonnez-vous pour lire la suite"), a ferry app ("Mettez à jour
l'application"), a cancel button for subscriptions ("Résiliez en un clic"), a survey on paying for news
("Soutenez le journalisme local"), a parking app, a fine for subscriptions nobody could cancel ("Cancele
cuando quiera"), a metro card app ("Descargue la aplicación"), a flower parade told hour by hour and
threats against reporters ("Si tiene información, escríbanos").  Some use subheads, lists, quotations and
fact boxes.  Full of abbreviations, times, dates and decimals."""

from __future__ import annotations

from bench.cleaning_set.cms import fact, fact_h, h2, li, quote

STORIES: dict[str, tuple[str, str, list[str]]] = {  # id ("h7-…", unique) -> (lang, title, paragraphs)
    # ---- en ---------------------------------------------------------------------------------------------
    "h7-en-franking": ("en", "Pennsylvania lawmakers spent $3.1 million mailing newsletters to voters last year", [
        "Members of the Pennsylvania House and Senate spent $3.1 million in taxpayer money on printed newsletters "
        "and postage in 2024, an election year, according to expense records obtained by Capitol Keystone.",
        "Most of the mailers close with the same invitation: “Sign up for my weekly e-newsletter at my website.” "
        "By law they must also carry the line “Prepared, published and mailed at taxpayer expense.”",
        "The biggest spender, Rep. Harold Quigley, R-Bucks, mailed 14 newsletters at a cost of $186,400. His "
        "office said every one was “about services, not politics.”",
        h2("What the rules allow"),
        li("Mass mailings are banned in the 60 days before a primary or general election."),
        li("There is no limit on how many a member may send the rest of the year."),
        li("Newsletters may not ask for votes or campaign donations."),
        "Sen. Carla Benning, D-Berks, has introduced a bill, SB 1120, to cap each office at $25,000 a year. It "
        "has not had a committee vote.",
    ]),
    "h7-en-notices": ("en", "House votes to let counties move legal notices out of newspapers", [
        "The state House voted 104-99 on Wednesday to let counties and school districts publish legal notices on "
        "their own websites instead of in local newspapers, a change papers say would cost them $30 million a "
        "year.",
        "Supporters said the 1929 rules were written for a world of print. “Most residents never open the "
        "classifieds,” said Rep. Dana Moulton, R-Adams, the bill's sponsor.",
        quote("“Public notices on our sites are free to read — no subscription required, no login, no paywall,” "
              "said Karen Whitfield of the Pennsylvania NewsMedia Association. “A county website can change a "
              "notice after the fact. A printed page can't.”"),
        "The bill, HB 1634, now goes to the Senate, where a similar measure died in committee in 2023.",
        "Counties spent about $4.8 million on notices last year, according to the County Commissioners "
        "Association of Pennsylvania.",
    ]),
    "h7-en-timeline": ("en", "How Pennsylvania's budget impasse unfolded, date by date", [
        "Pennsylvania has now gone longer without a budget than in any year since 2015. Here is how it got here, "
        "from public statements and Capitol Keystone's reporting.",
        "Feb. 4 — The governor proposes a $51.5 billion budget with a minimum-wage increase and legal "
        "recreational marijuana.",
        "June 30 — The deadline passes. The House has passed a plan; the Senate has not voted on it.",
        "July 15 — The Senate passes its own $47.6 billion plan, 28-22, without new taxes.",
        "Aug. 1 — The first payments to counties for child welfare and mental-health services are held back.",
        "Aug. 19 — Leaders meet in the governor's office at 9 a.m. for the first time in three weeks. No deal.",
        "Sept. 2 — Three school districts in Dauphin County say they have drawn on lines of credit.",
        "The longest impasse in state history, in 2015-16, lasted 270 days.",
    ]),
    "h7-en-archive": ("en", "Dundee libraries lose free access to the newspaper archive", [
        "Library users in Dundee can no longer read old editions of local newspapers for free online after the "
        "archive's provider moved its digital collection behind a paywall on Monday.",
        "Visitors who try to open a page are now met with the message “Subscribe to continue reading,” even on "
        "the public computers at the Central Library in the Wellgate, Leisure & Culture Dundee said.",
        "The city had paid £18,500 a year for unlimited access since 2016. The provider asked for £46,000 to "
        "renew.",
        "“Family historians are our busiest users. Some come in every week,” said librarian Morag Bell, who "
        "added that the microfilm readers on the second floor are still free.",
        "Leisure & Culture Dundee said it hoped to reach a deal by the end of October.",
    ]),
    "h7-en-scamtext": ("en", "Patients in Tayside ignore real NHS texts after scam wave", [
        "Hundreds of patients in Tayside have missed hospital appointments since July because they took genuine "
        "reminder texts from the NHS for scams, the health board said on Thursday.",
        "Fraudsters have been sending messages that end “Reply STOP to opt out” and link to a fake booking page. "
        "NHS Tayside's own texts use the same wording, which has made patients wary of both.",
        quote("“We will never ask for bank details by text,” said Dr. Emma Fowler, the board's associate medical "
              "director. “If in doubt, phone the number on your appointment letter.”"),
        "Did-not-attend rates at Ninewells rose from 6.8% in June to 9.1% in August, board papers show.",
        "Police Scotland said 212 scam texts using the NHS name had been reported in Tayside and Fife since "
        "July 1.",
    ]),
    "h7-en-zerorated": ("en", "Three news sites zero-rated by mobile networks from October", [
        "Customers of South Africa's three biggest mobile networks will be able to read three news sites without "
        "using their data from Oct. 1, under a deal announced in Johannesburg on Tuesday.",
        "Pages on the sites will carry a banner reading “Read for free, without using your data,” said the "
        "South African National Editors' Forum (Sanef), which brokered the deal.",
        "The networks will carry the cost, estimated at R14 million a year. Video and outside links are not "
        "covered.",
        fact_h("The deal in numbers"),
        fact("3 news sites, 3 networks"),
        fact("About 38 million prepaid customers"),
        fact("Text and photos only; video still uses data"),
        "“A gigabyte still costs more here than in most of the continent,” said Prof. Nomsa Khumalo of Wits "
        "University. “This is a start, not a fix.”",
    ]),
    "h7-en-cityapp": ("en", "City's service app exposed residents' details, says Information Regulator", [
        "The City of Johannesburg's service-request app exposed the names, cellphone numbers and home addresses "
        "of about 61,000 residents for at least four months, the Information Regulator said on Monday.",
        "Residents who used the app to report potholes, burst pipes and outages have received a push notification "
        "that reads “Update the app now to keep your account secure.”",
        "The regulator found the city in breach of the Protection of Personal Information Act (Popia) and gave "
        "it 30 days to report on what it had fixed.",
        "A city spokesperson, Lethabo Mokoena, said the flaw was closed on Aug. 22 and that “no financial "
        "information was involved.”",
    ]),
    "h7-en-ombud": ("en", "Press ombud orders site to correct report on Soweto clinic", [
        "The Press Ombud has ordered a Johannesburg news site to correct a report that said a clinic in Soweto "
        "had run out of ARV medication, finding that the claim was not checked with the provincial health "
        "department.",
        "The site must publish, at the top of the article, a note beginning “Correction: An earlier version of "
        "this article stated that the clinic had no stock.”",
        "Deputy ombud Mr. Sandile Ngubane said the breach was of section 1.3 of the Press Code and was “serious "
        "but not malicious.”",
        "The Gauteng health department said the clinic in Zola had never been without stock. The site said it "
        "would comply.",
    ]),
    # ---- de ---------------------------------------------------------------------------------------------
    "h7-de-teletext": ("de", "ALP stellt den Teletext Ende Jänner ein", [
        "Der Alpenland Rundfunk wird seinen Teletext mit 31. Jänner abschalten. Das hat der Stiftungsrat am "
        "Donnerstag in Wien beschlossen.",
        "Jahrzehntelang endeten Fernsehmeldungen mit dem Satz „Mehr dazu auf Seite 100“. Zuletzt nutzten den "
        "Dienst laut ALP aber nur noch ca. 180.000 Menschen pro Tag, vor allem ältere.",
        "Für gehörlose Zuseherinnen und Zuseher ist der Teletext wichtig, weil Untertitel über Seite 777 laufen. "
        "Diese sollen künftig direkt über das digitale Signal (DVB) kommen.",
        quote("„Seite 100 war für viele die erste Nachrichtenseite des Tages“, sagt Medienforscherin Dr. Ulrike "
              "Prader von der Universität Innsbruck. „Das Ende ist vernünftig, aber es ist ein Abschied.“"),
        "Die Einsparung beziffert der ALP auf rund 2,4 Mio. Euro im Jahr.",
    ]),
    "h7-de-geheimtipp": ("de", "Bergrettung warnt vor „Geheimtipps“ aus sozialen Netzwerken", [
        "Die Tiroler Bergrettung hat in diesem Sommer 41 Einsätze gezählt, bei denen Verunglückte einer Route "
        "aus einem Video in sozialen Netzwerken gefolgt waren. Im Vorjahr waren es 17.",
        "Viele der Clips enden mit „Folgt mir für mehr Geheimtipps“ oder „Link in der Bio“, sagt Landesleiter "
        "Martin Kößler. Gezeigt werde meist der Gipfel, nicht der Abstieg.",
        h2("Was die Bergrettung rät"),
        li("Tourenbeschreibungen aus Führern oder vom Alpenverein nutzen."),
        li("Umkehrzeit festlegen, z. B. 13 Uhr bei Gewittergefahr."),
        li("Bei Notfällen 140 wählen, auch ohne eigenen Empfang."),
        "Allein am Seekarlspitz im Rofan musste die Bergrettung Maurach im August sechsmal ausrücken.",
    ]),
    "h7-de-epaper": ("de", "Fachverlag stellt Printausgabe ein – Abonnenten sollen aufs E-Paper wechseln", [
        "Der Hamburger Fachverlag Nordkai Medien stellt die gedruckte Ausgabe seiner Zeitschrift „Hafen & "
        "Umschlag“ nach 63 Jahren zum 31. Dezember ein.",
        "In einem Schreiben an die rund 4.100 Abonnenten heißt es: „Jetzt auf das E-Paper umsteigen und drei "
        "Monate gratis lesen.“ Wer nicht reagiert, erhält das Digitalabo automatisch.",
        "Der Verlag begründet den Schritt mit gestiegenen Papier- und Zustellkosten; diese seien seit 2021 um "
        "ca. 38 Prozent gestiegen.",
        "Verbraucherschützer der Verbraucherzentrale Hamburg halten die automatische Umstellung für rechtlich "
        "fragwürdig, weil Abonnenten nicht ausdrücklich zugestimmt hätten.",
    ]),
    "h7-de-mautnews": ("de", "Maut-Newsletter des Bundesamts nannte falsche Tarife", [
        "Das Bundesamt für Logistik und Mobilität (BALM) hat am Dienstag einen Newsletter mit falschen "
        "Mautsätzen an rund 95.000 Empfänger verschickt und am Abend eine Korrektur nachgereicht.",
        "Die Mail begann wie üblich mit „Sie erhalten diese E-Mail, weil Sie den BALM-Newsletter abonniert "
        "haben“. Darunter stand für Lkw der Schadstoffklasse Euro 6 ein Satz von 3,5 Cent je Kilometer zu wenig.",
        "Die korrekten Tarife gelten unverändert seit dem 1. Juli; an der Abrechnung ändert sich nichts, betonte "
        "eine Sprecherin.",
        fact_h("Lkw-Maut in Kürze"),
        fact("Pflicht für Fahrzeuge ab 3,5 Tonnen"),
        fact("Sätze je nach CO₂-Klasse, Achszahl und Gewicht"),
        fact("Emissionsfreie Lkw zahlen bis Ende 2025 keine Maut"),
        "Der Bundesverband Güterkraftverkehr Logistik und Entsorgung (BGL) sprach von „einem ärgerlichen, aber "
        "folgenlosen Fehler“.",
    ]),
    # ---- fr ---------------------------------------------------------------------------------------------
    "h7-fr-haca": ("fr", "La HACA sanctionne une radio privée pour publicité déguisée", [
        "La Haute autorité de la communication audiovisuelle (HACA) a infligé mardi un avertissement à une radio "
        "privée de Casablanca qui présentait des contenus payés par une promotrice immobilière comme de "
        "l'information.",
        "Les chroniques étaient suivies sur le site de la station de la mention « Cet article vous est offert par "
        "notre partenaire », sans que le nom de l'annonceur soit donné, relève la décision n° 41-25.",
        "La loi 77-03 impose que toute publicité soit « clairement identifiée comme telle ». La radio a trois "
        "mois pour revoir ses procédures.",
        "Son directeur, M. Rachid Benali, a indiqué que la station « prenait acte » et séparerait désormais les "
        "deux rédactions.",
    ]),
    "h7-fr-papier": ("fr", "Presse écrite : les quotidiens misent sur l'abonnement numérique", [
        "Les quotidiens marocains ont perdu près de 40 % de leurs ventes papier en cinq ans, selon l'OJD Maroc, "
        "et se tournent vers l'abonnement en ligne.",
        "Sur la plupart des sites, les articles s'interrompent désormais après quelques lignes sur un bandeau "
        "« Abonnez-vous pour lire la suite ». Le prix moyen tourne autour de 60 DH par mois.",
        h2("Le modèle gratuit résiste"),
        "Les sites gratuits, financés par la publicité, restent de loin les plus lus. « Le lecteur marocain n'a "
        "pas encore l'habitude de payer en ligne », estime M. Driss Alaoui, enseignant à l'ISIC de Rabat.",
        "Le ministère de la Communication a prolongé jusqu'à fin 2026 l'aide publique exceptionnelle versée aux "
        "entreprises de presse depuis la pandémie.",
    ]),
    "h7-fr-appmarhaba": ("fr", "Marhaba : l'application de suivi des traversées saturée samedi", [
        "L'application officielle de suivi des traversées du détroit a cessé de fonctionner pendant près de six "
        "heures samedi, au plus fort des départs vers l'Europe.",
        "Les voyageurs qui tentaient de s'enregistrer recevaient le message « Mettez à jour l'application pour "
        "continuer », alors qu'aucune mise à jour n'était disponible, ont rapporté plusieurs usagers à Tanger "
        "Med.",
        "L'ANP a expliqué la panne par « un afflux inhabituel de connexions », env. 120 000 en une heure. Les "
        "contrôles ont repris à la main, avec des guichets supplémentaires.",
        "Aucune traversée n'a été annulée, mais l'attente a dépassé 5 h pour certains camping-cars.",
    ]),
    "h7-fr-resiliation": ("fr", "Abonnements: le Grand Conseil veut un bouton de résiliation", [
        "Le Grand Conseil vaudois a accepté mardi, par 98 voix contre 31, un postulat demandant que tout "
        "abonnement souscrit en ligne puisse être résilié en ligne.",
        "«On peut s'abonner en trente secondes, mais il faut une lettre recommandée pour en sortir», a résumé la "
        "députée Mme Sophie Gaudard. Elle cite des offres qui promettent «Résiliez en un clic» sans lien de "
        "résiliation.",
        "Le Conseil d'État a un an pour répondre. La compétence relève en grande partie de la Confédération, "
        "a rappelé le conseiller d'État en charge de l'économie.",
        "En France, un tel bouton est obligatoire depuis le 1er juin 2023.",
    ]),
    "h7-fr-sondage": ("fr", "Près de six Romands sur dix ne paient pas pour s'informer", [
        "58% des habitants de Suisse romande ne paient pour aucun média d'information, selon une enquête de "
        "l'Université de Zurich publiée lundi.",
        "Les sites qui affichent un appel comme «Soutenez le journalisme local» convertissent en moyenne 1,8% "
        "de leurs lecteurs réguliers en abonnés, indique l'étude.",
        fact_h("Ce que dit l'enquête"),
        fact("58% ne paient pour aucun média"),
        fact("23% paient pour un seul titre"),
        fact("Prix jugé acceptable: CHF 12.– par mois"),
        "«Le journalisme régional coûte cher et rapporte peu», observe la chercheuse Mme Aline Perrenoud, qui "
        "plaide pour une aide publique indépendante de l'audience.",
    ]),
    "h7-fr-parking": ("fr", "Lausanne remplace ses horodateurs par une application", [
        "La Ville de Lausanne va retirer d'ici mars 2026 les 480 horodateurs de ses zones bleues et payantes, "
        "remplacés par le paiement à la minute sur téléphone.",
        "Sur les panneaux, un autocollant indique désormais «Téléchargez l'application et payez à la minute». "
        "Le paiement par SMS reste possible au 939, pour 20 centimes de frais.",
        "Les personnes sans smartphone pourront acheter des cartes de stationnement au guichet de la police, "
        "place Chauderon 7, a précisé le municipal M. Pierre-Alain Rochat.",
        "L'économie annoncée atteint env. CHF 600 000 par an, surtout en entretien et en relève de pièces.",
    ]),
    # ---- es ---------------------------------------------------------------------------------------------
    "h7-es-sic": ("es", "SIC multa a plataforma de video por suscripciones imposibles de cancelar", [
        "La Superintendencia de Industria y Comercio (SIC) multó con $1.423 millones a una plataforma de video "
        "que no permitía cancelar en línea las suscripciones contratadas en línea.",
        "La publicidad prometía “Cancele cuando quiera”, pero los usuarios debían llamar a una línea que "
        "atendía de 8:00 a. m. a 12:00 m., según la resolución 58214 de 2025.",
        "Desde la Ley 2300 de 2023, los proveedores deben ofrecer el retiro por el mismo medio por el que se "
        "contrató el servicio.",
        "La empresa puede presentar recursos en los próximos 10 días hábiles.",
    ]),
    "h7-es-civica": ("es", "La tarjeta Cívica del metro ya se puede recargar desde el celular", [
        "Los usuarios del Metro de Medellín podrán recargar la tarjeta Cívica desde el celular a partir del "
        "lunes 15 de septiembre, anunció la empresa.",
        "En las estaciones, los avisos dicen “Descargue la aplicación y recargue sin filas”. La recarga mínima "
        "es de $5.000 y se acredita en unos 10 minutos en los torniquetes.",
        "Hoy se hacen unas 310.000 recargas diarias en taquilla, sobre todo en las estaciones San Antonio, "
        "Niquía e Itagüí.",
        "Las personas que no tengan teléfono inteligente podrán seguir recargando en taquillas y en 1.200 "
        "tiendas de barrio, p. ej. las que tienen el logo de la red de recarga.",
    ]),
    "h7-es-silleteros": ("es", "Desfile de Silleteros: así transcurrió la jornada", [
        "Más de 500 silleteros de Santa Elena recorrieron el domingo la avenida Guayabal en el Desfile de "
        "Silleteros, cierre de la Feria de las Flores. Este fue el minuto a minuto.",
        "9:30 a. m. | Los silleteros se concentran en la glorieta de Aguacatala con sus silletas.",
        "1:00 p. m. | Arranca el desfile; encabezan los silleteros mayores de 80 años.",
        "2:45 p. m. | La silleta monumental, de 1,8 metros de diámetro, pasa frente al palco de los jurados.",
        "4:10 p. m. | Un aguacero obliga a cubrir las silletas; el público se queda.",
        "6:00 p. m. | El jurado anuncia a los ganadores en las categorías tradicional, emblemática y comercial.",
        "La Alcaldía calculó en 1,2 millones los visitantes de la feria, un 9 % más que el año pasado.",
    ]),
    "h7-es-flip": ("es", "FLIP alerta por amenazas a periodistas del Bajo Cauca", [
        "La Fundación para la Libertad de Prensa (FLIP) denunció este jueves que cuatro periodistas de emisoras "
        "comunitarias del Bajo Cauca antioqueño recibieron amenazas por WhatsApp en la última semana.",
        "Uno de ellos, el Sr. Wilmar Tuberquia, había cerrado su programa con la frase “Si tiene información, "
        "escríbanos”, para pedir datos sobre la desaparición de dos mineros en El Bagre.",
        quote("“Nos dicen que dejemos de preguntar o nos vamos del pueblo”, contó otro de los periodistas, que "
              "pidió no ser identificado."),
        "La Unidad Nacional de Protección (UNP) evalúa medidas para los cuatro. En 2024 la FLIP registró 37 "
        "amenazas contra periodistas en Antioquia.",
    ]),
}
