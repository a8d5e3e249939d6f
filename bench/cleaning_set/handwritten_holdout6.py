"""Stories written for the 'holdout6' half whose real sentences look like the chrome of its publishers: a
broadcaster switching off its last AM transmitter ("find us on 88.3 FM"), an emergency alert explained
("This is not a test"), an evacuation told hour by hour (timestamped paragraphs in a plain story), a court
ruling on readers' comments ("Comments are closed"), a shark-alert app ("Download the app"), a journalism
fund ("funded through NZ On Air"), rural mail cuts ("your paper will arrive on Thursday"), an aggregator
whose police briefs are drafted by software ("Diese Meldung wurde automatisch erstellt"), a cookie-banner
ruling ("Alle akzeptieren"), a rate cut full of figures, a donation scam ("Soutenez votre média"), a
regulator's notice on copied articles ("Tous droits réservés"), sheep prices before Tabaski, exam results
("Consultez les résultats en ligne"), a flood day told minute by minute, a frequency change ("Retrouvez-nous
sur …"), DAB+ in Lozère, a wolf attack, a tsunami drill ("Descarga la app"), fake newspaper subscriptions
("Suscríbete por $990"), a fire told minute by minute and a funicular reopening.  Some use subheads, lists,
quotations and fact boxes.  Full of abbreviations, times, dates and decimals."""

from __future__ import annotations

from bench.cleaning_set.cms import fact, fact_h, h2, li, quote

STORIES: dict[str, tuple[str, str, list[str]]] = {  # id ("h6-…", unique) -> (lang, title, paragraphs)
    # ---- en ---------------------------------------------------------------------------------------------
    "h6-en-amclose": ("en", "BPB will switch off its last AM transmitter in Kenora on Nov. 30", [
        "Boreal Public Broadcasting will shut down its 1,000-watt AM transmitter in Kenora at 11:59 p.m. on Nov. "
        "30, ending 71 years of AM service in the city, the broadcaster said Tuesday.",
        "Listeners are being told on air to “find us on 88.3 FM, on the BPB Listen app or on your smart speaker.” "
        "The FM signal already reaches about 96% of the people the AM transmitter served.",
        "Regional director Dr. Lorraine Kakegamic said the 1950s-era tower on Tenth St. N. needs $1.4 million "
        "in repairs. “We'd rather spend that on reporters than on steel,” she said.",
        h2("Who loses the signal"),
        "Some camp owners on Lake of the Woods and truckers on Hwy. 71 say AM is the only station they can pick "
        "up. BPB says it will lend 200 FM antennas, free, through the Kenora Public Library.",
        "The Canadian Radio-television and Telecommunications Commission (CRTC) approved the change on Sept. 4.",
    ]),
    "h6-en-alertready": ("en", "Why phones across the northwest blared at 2:14 a.m.", [
        "Thousands of phones in northwestern Ontario sounded an emergency alert at 2:14 a.m. Thursday, warning of "
        "a wildfire near the Red Lake Rd. and ordering residents of two cottage areas to leave.",
        "The message began “This is not a test” and told people to “follow the directions of local officials.” "
        "Several people told BPB the alert woke them in Thunder Bay, about 500 km away.",
        "Ontario's emergency management office said the alert was meant for a 40-km radius but was sent to the "
        "entire Kenora and Thunder Bay districts because of a mapping error.",
        quote("“We would rather wake up someone who doesn't need it than miss someone who does,” said Cpt. Joel "
              "Martel, the duty officer that night. “But we got the map wrong, and we're fixing it.”"),
        "Phones on a Canadian network cannot opt out of alerts like this one. The next scheduled test of the "
        "system is on Nov. 12 at 1:55 p.m. ET.",
    ]),
    "h6-en-asithappened": ("en", "How the Kenora evacuation unfolded, hour by hour", [
        "The order to leave three neighbourhoods on Kenora's east side came just after dawn Saturday. Here is "
        "how the day went, from BPB's reporting and officials' statements.",
        "6:10 a.m. — The fire, known as Kenora 51, jumps Hwy. 17A. Wind gusts reach 60 km/h.",
        "7:05 a.m. — Mayor Andrew Poirier signs an evacuation order for Rabbit Lake, Pine Portage Rd. and the "
        "Keewatin Channel area, about 1,800 people.",
        "8:30 a.m. — The Kenora Recreation Centre opens as a reception centre. Red Cross volunteers register "
        "412 people in the first hour.",
        "11:45 a.m. — Water bombers from Dryden and Sioux Lookout start dropping on the fire's north flank.",
        "3:20 p.m. — The Ontario Provincial Police say all homes in the order area have been checked.",
        "9:00 p.m. — The fire is listed at 2,350 hectares and “not under control.” The order stays in place "
        "overnight.",
        "As of Sunday morning, no homes had been lost, the ministry said.",
    ]),
    "h6-en-comments": ("en", "Why so many WA news stories now say 'Comments are closed'", [
        "Western Australian news sites are switching off readers' comments on more stories, a year after the High "
        "Court found publishers can be liable for defamatory comments left under their posts.",
        "The Swan Courier closed comments on 41% of its stories in August, up from 12% a year earlier, according "
        "to figures the paper shared with the Media, Entertainment & Arts Alliance.",
        "“‘Comments are closed on this story’ used to be a line for murder trials and not much else,” said "
        "Assoc. Prof. Kate Fitz-Gibbon of Curtin University. “Now it's on a story about a new bike path.”",
        h2("What the law says"),
        li("Publishers who host a comment can be treated as its publisher."),
        li("Removing a comment quickly after a complaint does not always end the risk."),
        li("The federal government's review of defamation laws is due to report in March."),
        "The Courier's editor, Nick Prendergast, said the paper reads every comment before it goes live, which "
        "costs about $180,000 a year in staff time.",
    ]),
    "h6-en-sharkapp": ("en", "Shark-alert app downloads triple after Trigg sighting", [
        "Downloads of the state government's SharkSmart app tripled in the week after a 4.5 m white shark was "
        "filmed metres from swimmers at Trigg Beach, Fisheries Minister Jackie Jarvis said on Monday.",
        "“Download the app and turn on notifications for the beaches you use” has been the message on billboards "
        "along West Coast Dr. since the sighting on Oct. 3.",
        "The app sends an alert when a tagged shark swims within 500 m of one of 38 receivers along the coast, "
        "or when Surf Life Saving WA or the Water Police confirm a sighting.",
        "Researchers at UWA say about 1 in 4 alerts comes from a tagged shark; most sharks off Perth are not "
        "tagged.",
    ]),
    "h6-en-ruralfund": ("en", "Journalism fund to pay for two rural reporters in Southland", [
        "Two reporters covering farming and local councils in Southland will be paid for by the Rural Reporting "
        "Fund for the next three years, the fund announced on Wednesday.",
        "Stories the reporters write must carry the line “This story was funded through NZ On Air” and be free "
        "for any outlet to republish, said fund manager Dr. Rebecca Tohu.",
        fact_h("The fund at a glance"),
        fact("NZ$4.2 million over three years"),
        fact("14 reporters in 11 regions"),
        fact("Stories free to republish with credit"),
        "Southland Farm Weekly, one of five papers that will host the reporters, said it would keep full "
        "editorial control. Editor Murray Bell said the first hire would start on Nov. 3.",
    ]),
    "h6-en-ruralmail": ("en", "Rural mail cut to three days a week from January", [
        "NZ Post will deliver to rural addresses in Southland three days a week from Jan. 12, down from five, "
        "the company confirmed on Tuesday.",
        "For readers of weekly papers the change may mean a late copy. “If your paper usually comes on "
        "Wednesday, it will arrive on Thursday,” NZ Post's rural manager, Sam Whaanga, said.",
        "Federated Farmers Southland president Bernadette Hunt said the cut was “another thing rural people are "
        "asked to just put up with,” citing prescriptions, bank cards and parts for machinery.",
        "NZ Post says rural mail volumes fell 62% between 2015 and 2025, and that parcels, which are growing, "
        "will still be delivered five days a week.",
    ]),
    # ---- de ---------------------------------------------------------------------------------------------
    "h6-de-kiticker": ("de", "Ortsticker lässt Polizeimeldungen künftig von einer Software vorformulieren", [
        "Das Nachrichtenportal Ortsticker Osthessen lässt kurze Polizeimeldungen ab dem 1. Oktober von einer "
        "Software vorformulieren und von einer Redakteurin bzw. einem Redakteur prüfen.",
        "Unter solchen Texten soll der Satz „Diese Meldung wurde automatisch erstellt und redaktionell geprüft“ "
        "stehen, kündigte Geschäftsführer Dr. Jens Möller an.",
        "Betroffen sind z. B. Meldungen über Unfälle ohne Verletzte, Einbrüche und Sachbeschädigungen, nicht "
        "aber Berichte über schwere Straftaten. Diese schreibe weiterhin ein Mensch, so Möller.",
        "Der Deutsche Journalisten-Verband Hessen kritisierte den Schritt. Die Software mache aus einer "
        "Pressemitteilung der Polizei nur eine zweite, sagte eine Sprecherin in Frankfurt a. M.",
    ]),
    "h6-de-cookies": ("de", "EDÖB rügt Zürcher Onlinehändler wegen irreführendem Cookie-Banner", [
        "Der Eidgenössische Datenschutz- und Öffentlichkeitsbeauftragte (EDÖB) hat einen Zürcher Onlinehändler "
        "aufgefordert, sein Cookie-Banner bis Ende Jahr zu ändern.",
        "Der Knopf „Alle akzeptieren“ sei grün und gross, die Ablehnung nur als grauer Link unter „Weitere "
        "Optionen“ zu finden gewesen, heisst es im Schlussbericht vom 16. September.",
        "Das revidierte Datenschutzgesetz verlange zwar keine Einwilligung für jedes Cookie, wohl aber eine "
        "transparente Information. Bussen bis CHF 250 000 drohen allerdings nur natürlichen Personen, nicht "
        "Firmen.",
        "Der Händler, der ca. 1,2 Mio. Kundinnen und Kunden zählt, will die Empfehlung laut einer Sprecherin "
        "umsetzen.",
    ]),
    "h6-de-snb": ("de", "SNB senkt den Leitzins auf 0 Prozent", [
        "Die Schweizerische Nationalbank (SNB) senkt ihren Leitzins um 0,25 Prozentpunkte auf 0 %. Das gab sie am "
        "Donnerstag um 9.30 Uhr in Bern bekannt.",
        "Präsident Martin Schlegel begründete den Schritt mit der tiefen Teuerung von zuletzt 0,1 % und dem "
        "starken Franken. Negativzinsen schloss er nicht aus, „wenn nötig“.",
        h2("Was das für Sparer und Hypothekarnehmer heisst"),
        "Für Saron-Hypotheken sinkt der Zins in der Regel sofort; Festhypotheken waren schon vorher günstiger "
        "geworden, z. B. zehnjährige auf rund 1,6 %.",
        "Sparkonten werfen bei vielen Banken bereits 0,1 % oder weniger ab. Die Zürcher Kantonalbank kündigte an, "
        "ihre Sätze per 1. Oktober zu überprüfen.",
        "Der EUR/CHF-Kurs stieg nach dem Entscheid kurz auf 0,9405 und fiel dann wieder unter 0,94.",
    ]),
    # ---- fr ---------------------------------------------------------------------------------------------
    "h6-fr-wave": ("fr", "Faux appels aux dons : des escrocs se font passer pour des sites d'information", [
        "Des messages WhatsApp invitant à « soutenir votre média préféré » par un transfert Wave ou Orange Money "
        "circulent depuis une semaine au Sénégal, a alerté jeudi la Division spéciale de cybersécurité.",
        "Les messages reprennent le logo de plusieurs sites, dont Téranga Actu, et promettent un « abonnement "
        "premium sans publicité » contre 2 500 F CFA.",
        "« Nous ne demandons jamais d'argent par message privé », a rappelé le directeur de publication de "
        "Téranga Actu, M. Abdoulaye Sarr. Les numéros utilisés commencent par +221 76 ou +221 78.",
        "La police conseille de ne rien envoyer, de signaler le numéro et de porter plainte au commissariat le "
        "plus proche, avec des captures d'écran.",
    ]),
    "h6-fr-cnra": ("fr", "Reprise d'articles sans autorisation : le CNRA met en demeure trois sites", [
        "Le Conseil national de régulation de l'audiovisuel (CNRA) a mis en demeure mardi trois sites "
        "d'information qui reprenaient, parfois mot pour mot, des articles de confrères sans les citer.",
        "Certains de ces articles portaient pourtant la mention « Tous droits réservés » ou « Reproduction "
        "interdite », selon la décision n° 2025-014.",
        "Le Code de la presse de 2017 impose de citer la source et l'auteur d'un article repris. Les sites ont "
        "un mois pour se conformer, sous peine de suspension.",
        "Le Syndicat des professionnels de l'information et de la communication du Sénégal (Synpics) a salué la "
        "décision, tout en demandant des moyens pour l'appliquer.",
    ]),
    "h6-fr-tabaski": ("fr", "Tabaski : le mouton plus cher que l'an dernier sur les foirails de Dakar", [
        "À une semaine de la Tabaski, les prix des moutons ont augmenté de 10 à 15 % par rapport à l'an dernier "
        "sur les foirails de Dakar, selon un relevé du ministère de l'Élevage.",
        "Au foirail de Pikine, un mouton « moyen » se négociait mardi entre 150 000 et 250 000 F CFA, et les "
        "béliers de race ladoum jusqu'à plusieurs millions.",
        "Plus de 800 000 têtes sont attendues, dont une partie venue du Mali et de la Mauritanie. L'État a "
        "suspendu les taxes sur le transport du bétail jusqu'au 10 juin.",
        "« Les gens achètent plus tard, et plus petit », résume M. Modou Fall, vendeur à Thiaroye.",
    ]),
    "h6-fr-bac": ("fr", "Bac 2025 : 51,3 % d'admis au premier tour", [
        "Le taux de réussite au baccalauréat général s'établit à 51,3 % au premier tour, contre 48,8 % l'an "
        "dernier, a annoncé l'Office du bac jeudi à Dakar.",
        "Les candidats peuvent consulter leurs résultats en ligne avec leur numéro de table ou par SMS au 21 000 "
        "(50 F CFA le message).",
        h2("Les épreuves du second tour"),
        "Les candidats admissibles au second tour passeront des oraux du 22 au 25 juillet. Les résultats "
        "définitifs sont attendus le 1er août.",
        "Le meilleur résultat du pays, 18,42 de moyenne, revient à une élève du lycée Seydina Limamou Laye de "
        "Guédiawaye, en série S1.",
    ]),
    "h6-fr-directcrue": ("fr", "Crue du Tarn : le fil de la journée de samedi", [
        "Le Tarn est sorti de son lit samedi à Florac et à Ispagnac après 180 mm de pluie en 24 heures sur le "
        "mont Lozère. Voici le déroulé de la journée.",
        "6 h 40 – La préfecture place la Lozère en vigilance rouge « pluie-inondation ».",
        "8 h 15 – La D 907 bis est coupée entre Ispagnac et Sainte-Enimie.",
        "10 h 30 – Une trentaine de campeurs sont évacués du camping municipal de Florac.",
        "13 h – Le Tarn atteint 4,12 m à la station de Florac, un niveau inédit depuis 1994.",
        "17 h 50 – La décrue s'amorce ; la vigilance repasse à l'orange à 22 h.",
        "Aucun blessé n'était à déplorer dimanche matin, selon les pompiers.",
    ]),
    "h6-fr-frequence": ("fr", "RCC change de fréquence à Florac le 1er octobre", [
        "À partir du 1er octobre, Radio Causses et Cévennes (RCC) émettra sur le 101,2 FM à Florac, au lieu du "
        "94,7, a annoncé la station lundi.",
        "« Retrouvez-nous sur le 101,2, c'est le seul changement : mêmes voix, mêmes infos », a résumé la "
        "directrice de l'antenne, Mme Élodie Pantel.",
        "Le changement, décidé par l'Arcom, doit mettre fin aux interférences avec un émetteur du Gard. Les "
        "auditeurs de Mende (98,4) et de Marvejols (99,1) ne sont pas concernés.",
        "Les autoradios à mémoire devront être réglés à nouveau ; RCC diffusera le message toutes les heures "
        "pendant la première semaine.",
    ]),
    "h6-fr-dab": ("fr", "La radio numérique DAB+ arrive en Lozère", [
        "Vingt-deux radios seront diffusées en DAB+ en Lozère à partir du 14 octobre, depuis les émetteurs du "
        "Truc de Fortunio et du mont Lozère, a annoncé l'Arcom.",
        "Parmi elles, RCC, France Bleu Occitanie et plusieurs radios nationales. Il faut un poste compatible : "
        "depuis 2020, les voitures neuves vendues en France en sont équipées.",
        fact_h("Le DAB+ en Lozère"),
        fact("22 radios à partir du 14 octobre"),
        fact("2 émetteurs, 78 % de la population couverte"),
        fact("Aucun abonnement, écoute gratuite"),
        "Les vallées les plus encaissées, comme celle du Tarn à Sainte-Enimie, devront attendre un troisième "
        "émetteur, prévu en 2027.",
    ]),
    "h6-fr-loup": ("fr", "Loup : nouvelle attaque sur un troupeau du causse Méjean", [
        "Huit brebis ont été tuées et trois blessées dans la nuit de mercredi à jeudi sur une exploitation de "
        "Hures-la-Parade, sur le causse Méjean, a indiqué la préfecture.",
        "C'est la 14e attaque attribuée au loup en Lozère depuis le 1er janvier, contre 9 l'an dernier à la même "
        "date.",
        quote("« On fait les nuits dehors, on a les chiens, les filets, et ça ne suffit plus », a témoigné l'éleveur, "
              "M. Pierre Causse, au micro de RCC."),
        "La préfète a autorisé un tir de défense renforcée pour une durée de deux mois. L'Office français de la "
        "biodiversité (OFB) doit confirmer l'attaque dans les 48 heures.",
    ]),
    # ---- es ---------------------------------------------------------------------------------------------
    "h6-es-simulacro": ("es", "Simulacro de tsunami en Valparaíso: horarios y zonas de seguridad", [
        "Más de 60 mil personas participarán este jueves a las 10:00 horas en el simulacro de evacuación por "
        "tsunami en el plan de Valparaíso y en el borde costero de Viña del Mar.",
        "Senapred pidió a los vecinos: “Descarga la app Senapred y revisa cuál es tu punto de encuentro más "
        "cercano”. La evacuación se considera exitosa si se completa en menos de 20 minutos.",
        h2("Qué calles se cortan"),
        li("Av. Errázuriz, entre calle Blanco y Av. Francia, de 9:45 a 10:40 horas."),
        li("Av. Perú y Av. San Martín, en Viña del Mar, en el mismo horario."),
        li("El Metro Valparaíso (Merval) no se detendrá, pero sus estaciones costeras serán evacuadas."),
        "La alcaldesa de Valparaíso, Sra. Camila Nieto, recordó que la zona de seguridad comienza sobre la cota 30, "
        "señalizada con letreros azules.",
    ]),
    "h6-es-estafa": ("es", "Alertan por falsas suscripciones a diarios regionales en redes sociales", [
        "El Servicio Nacional del Consumidor (Sernac) alertó por anuncios en redes sociales que ofrecen "
        "“suscripciones” a diarios regionales a precios muy bajos y que terminan en cobros recurrentes.",
        "Los avisos dicen, por ejemplo, “Suscríbete por $990 y lee sin límites” y usan el logo de medios como El "
        "Vigía, que negó cualquier relación con la oferta.",
        "Según el Sernac, se han recibido 214 reclamos desde julio, con cargos de hasta $39.990 mensuales en "
        "tarjetas de crédito.",
        "El organismo recomienda revisar que el pago se haga en el sitio oficial del diario y bloquear la tarjeta "
        "ante cualquier cargo desconocido.",
    ]),
    "h6-es-incendio": ("es", "Incendio forestal en Viña del Mar: así avanzó el domingo", [
        "Un incendio forestal obligó el domingo a evacuar los sectores de Forestal Alto y Villa Independencia, en "
        "Viña del Mar. Este es el recuento de la jornada.",
        "13:20 | Conaf detecta un foco en el fundo El Olivar; el viento sopla a 45 km/h.",
        "14:05 | Senapred envía un mensaje SAE para evacuar Forestal Alto.",
        "15:40 | Se suman cuatro helicópteros y un avión cisterna de la Fuerza Aérea.",
        "18:30 | El fuego ha consumido unas 320 hectáreas y tres viviendas, según Conaf.",
        "21:00 | La Delegación Presidencial decreta alerta roja para la comuna.",
        "El lunes por la mañana el incendio seguía activo, aunque “controlado en su flanco sur”, informó Conaf.",
    ]),
    "h6-es-ascensor": ("es", "El ascensor El Peral vuelve a funcionar tras dos años de reparaciones", [
        "El ascensor El Peral, que une la Plaza Sotomayor con el Paseo Yugoslavo, volvió a funcionar este lunes "
        "tras dos años cerrado por reparaciones.",
        "La obra, a cargo de la empresa Maestranza Porteña S.A., costó $1.850 millones e incluyó el cambio de "
        "los carros, los rieles y el sistema de frenos.",
        "El pasaje cuesta $100 y el horario es de 7:00 a 23:00 horas. “Es parte de la identidad de Valparaíso”, "
        "dijo la Dra. Marcela Vergara, de la Corporación del Patrimonio.",
        "De los 16 ascensores que aún existen en la ciudad, siete están operativos, según el municipio.",
    ]),
}
