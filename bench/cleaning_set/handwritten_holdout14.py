"""Stories written for the 'holdout14' half whose real sentences look like the chrome of its publishers: the Bass
Strait ferries' delay ("Passengers can check their booking online"), a daily moving its death notices online
("Families can place a notice by phone or online"), a council's acknowledgement of country, a radio's new
transmitter and frequency, an aurora-alert app ("Download the app and turn on notifications"), a request show's
30 years, the hop growers' stand at a trade fair ("Halle 4A, Stand 210"), a trade weekly going digital-only, a
daily's Danish summaries, the end of letter delivery by the Danish post ("Abonnenten erhalten die Zeitung ab 1.
Januar durch eigene Zusteller"), the end of the Publisac flyers, a city's community calendar ("Les organismes
peuvent y inscrire leurs activités gratuitement"), a ferry's shortened season, a weekly's voluntary
subscription, a fine for unsolicited advertising SMS, a newspaper's new cover price, a copyright society's
royalties, floods in Douala, a clean-up campaign's hashtag, a community radio's frequency, remittances and the
exchange rate, a disaster agency's alert app, a region's stand at a London trade fair, an occupancy report
published for download, a public vote for tourism awards and a higher tourist tax.  Some use subheads, lists,
quotations and fact boxes; some paragraphs are one short line; abbreviations, initials, times, dates and
decimals throughout."""

from __future__ import annotations

from bench.cleaning_set.cms import fact, fact_h, h2, li, quote

STORIES: dict[str, tuple[str, str, list[str]]] = {  # id ("h14-…", unique) -> (lang, title, paragraphs)
    # ---- en: the Launceston daily -------------------------------------------------------------------------
    "h14-en-ferry": ("en", "New Spirit ships delayed again, bookings to be moved", [
        "The two new Spirit of Tasmania ships will not enter service before late 2026, TT-Line said on Tuesday, "
        "and about 14,000 passengers booked on the new vessels will be moved to the old ones.",
        "Passengers can check their booking online or call the company; nobody needs to rebook, a spokeswoman "
        "said.",
        "The ships, built in Finland, have been waiting for a berth in Devonport since 2024.",
        quote("“It's embarrassing for the state, and it's the people of the North-West who pay for it,” Braddon MP "
              "Mr. Craig J. Garland said."),
        "The berth, at East Devonport, is now expected to cost about $1.1 billion.",
        "The Premier said an independent review of the project would be released in October.",
    ]),
    "h14-en-notices": ("en", "The Courier's death notices move online on weekdays", [
        "From Monday, Oct. 6, death and funeral notices will appear in the printed Courier only on Saturdays, and "
        "every day on the website.",
        "Families can place a notice by phone or online, and the price of a standard notice falls from $96 to "
        "$60, the paper's general manager, Ms. Lyn Atherton, said.",
        "The change follows a drop in weekday print sales of about 30% in three years.",
        "Funeral directors in Launceston had asked for the notices to stay in print.",
        quote("“Older readers still open the paper at the notices first,” said Mr. Rob Finney of Finney & Sons "
              "Funerals in Kings Meadows."),
        "The Saturday notices page will be printed in a larger type size.",
    ]),
    "h14-en-country": ("en", "Council votes to open meetings with an acknowledgement of country", [
        "Launceston City Council will open every meeting with an acknowledgement of country after a vote of 8-4 "
        "on Thursday night.",
        "The wording was drafted with the Aboriginal community and names the palawa people as the traditional "
        "owners of the land around kanamaluka, the Tamar River.",
        "Cr. Danny Gibson, who moved the motion, said it was “a small thing that means a lot to a lot of people”.",
        "Cr. Andrea Dawkins voted against it, saying the council should first settle a decade-old dispute over "
        "the Cataract Gorge sign.",
        "Hobart, Kingborough and George Town councils already read an acknowledgement at each meeting.",
        "The first will be read at the council's meeting on Sept. 25 at 1 p.m.",
    ]),
    # ---- en: the Whitehorse radio ---------------------------------------------------------------------------
    "h14-en-transmitter": ("en", "CKYN now on the air in Haines Junction", [
        "CKYN has switched on a new transmitter in Haines Junction, and listeners there can now hear the station "
        "on 103.5 FM.",
        "The transmitter sits on a tower shared with the Village and cost about $85,000, half paid by a federal "
        "grant for northern broadcasters.",
        "Listeners between Champagne and Destruction Bay should get a clear signal along most of the Alaska Hwy., "
        "said chief engineer Mr. Len A. Skookum.",
        "The station now broadcasts on seven frequencies in the territory, from Watson Lake to Dawson City.",
        "CKYN said it plans to add Carmacks and Mayo next year if the CRTC approves.",
    ]),
    "h14-en-auroraapp": ("en", "Yukon University launches an aurora alert app", [
        "Researchers at Yukon University have released a free app that warns users when the northern lights are "
        "likely to be visible where they are.",
        "“Download the app, allow it to use your location and turn on notifications, and it will wake you up "
        "when there is a good display,” said physicist Dr. Tina M. Rochelle.",
        h2("How it works"),
        li("It combines NOAA's solar wind data with a cloud forecast from Environment Canada."),
        li("Users can report what they see, which helps the forecast."),
        li("It works offline on the Dempster and the North Klondike Hwy."),
        "The app was funded by the territory's tourism department, which expects aurora tourism to bring in "
        "$40 million this winter.",
        "It is available in English and French, and a Southern Tutchone version is planned.",
    ]),
    "h14-en-request": ("en", "Thirty years of Yukon requests: CKYN's morning show marks a milestone", [
        "When Marnie Kwong took her first call on CKYN's morning request show in September 1995, the song was "
        "“Four Strong Winds”, and the caller was a miner at Faro.",
        "Thirty years and, by her count, more than 40,000 requests later, she is still taking calls at 6 a.m., "
        "Monday to Friday.",
        "Listeners call the request line, leave a message or text the station, and Kwong plays about 20 songs a "
        "morning.",
        quote("“People don't just ask for a song. They tell you that their dog died, that the road to Carcross is "
              "icy, that the baby came,” she said."),
        "The station will mark the anniversary with a live show from the Kwanlin Dün Cultural Centre on Friday, "
        "Sept. 26.",
        "Kwong says she has no plans to retire.",
    ]),
    # ---- de: the hop-growers' weekly --------------------------------------------------------------------------
    "h14-de-messe": ("de", "Hopfenpflanzer stellen erstmals gemeinsam auf der BrauBeviale aus", [
        "Der Verband deutscher Hopfenpflanzer wird auf der BrauBeviale in Nürnberg vom 25. bis 27. November "
        "erstmals mit einem Gemeinschaftsstand vertreten sein.",
        "Auf dem Stand in Halle 4A, Stand 210, stellen 14 Betriebe aus der Hallertau, aus Spalt und Tettnang "
        "ihre Sorten vor, u. a. die neue Züchtung Hallertauer Tango.",
        "Die Kosten von ca. 60.000 Euro teilen sich der Verband und das bayerische Landwirtschaftsministerium.",
        quote("„Wir wollen den Craft-Brauern zeigen, dass es den Hopfen mit Gesicht gibt, nicht nur den aus dem "
              "Katalog“, sagt Verbandspräsident Adolf M. Schapfl."),
        "Betriebe, die sich noch beteiligen wollen, können sich bis 15. Oktober beim Verband melden.",
    ]),
    "h14-de-digital": ("de", "Der Hopfenkurier erscheint ab 2026 nur noch digital", [
        "Der Hopfenkurier wird ab der ersten Ausgabe 2026 nicht mehr gedruckt, sondern nur noch als E-Paper und "
        "in einer App erscheinen.",
        "Abonnenten, die weiterhin Papier wollen, können sich das E-Paper zum Selbstkostenpreis von 4,50 Euro im "
        "Monat ausdrucken und zuschicken lassen, teilte der Verlag mit.",
        "Grund seien die Portokosten, die sich seit 2022 fast verdoppelt hätten, und die steigenden Papierpreise.",
        fact_h("Was sich ändert"),
        fact("Die Ausgabe erscheint weiter freitags, ab 6 Uhr."),
        fact("Der Marktbericht kommt zusätzlich jeden Dienstag per E-Mail."),
        fact("Der Abopreis sinkt von 118 auf 89 Euro im Jahr."),
        "Der Hopfenkurier erscheint seit 1951 und hat nach eigenen Angaben rund 2.300 Abonnenten, die meisten "
        "davon Hopfenpflanzer.",
    ]),
    # ---- de: the North Schleswig daily ------------------------------------------------------------------------
    "h14-de-dansk": ("de", "Grenzland-Echo bietet Zusammenfassungen auf Dänisch an", [
        "Das Grenzland-Echo stellt ab sofort unter ausgewählte Artikel eine kurze Zusammenfassung auf Dänisch.",
        "Damit wolle man auch Leserinnen und Leser erreichen, die zwar zur Minderheit gehören, aber im Alltag "
        "vor allem Dänisch sprechen, sagt Chefredakteur Gwyn Nissen.",
        "Die Zusammenfassungen schreiben die Redakteure selbst, eine Übersetzung per KI sei nicht geplant.",
        quote("„Wer in Tingleff aufwächst, spricht beides. Wir wollen niemanden verlieren, nur weil ihm ein "
              "Fremdwort fehlt“, so Nissen."),
        "Nach einer Umfrage des Bundes Deutscher Nordschleswiger liest gut ein Drittel der Mitglieder lieber "
        "dänische Medien.",
    ]),
    "h14-de-post": ("de", "Ohne Briefträger: Wie die Zeitung künftig zu den Lesern kommt", [
        "Weil die dänische Post PostNord zum Jahresende die Briefzustellung einstellt, muss auch das "
        "Grenzland-Echo neu verteilt werden.",
        "Abonnenten erhalten die Zeitung ab 1. Januar durch eigene Zusteller, die sie bis 7 Uhr in den "
        "Briefkasten stecken sollen.",
        "In entlegenen Orten wie Hoyer oder auf Kegnæs werde das nicht immer möglich sein, räumt der Verlag ein; "
        "dort komme die Zeitung am Nachmittag.",
        "Der Verlag arbeitet dafür mit einem Verteildienst aus Sonderburg zusammen, der auch dänische "
        "Lokalzeitungen austrägt.",
        "Für die Leser ändert sich am Preis nichts, heißt es.",
    ]),
    # ---- fr: the Rimouski weekly ----------------------------------------------------------------------------
    "h14-fr-circulaires": ("fr", "La fin du Publisac : les circulaires passent au numérique", [
        "Les résidents de Rimouski ne trouveront plus de sac de circulaires accroché à leur porte à compter du "
        "1er octobre, a confirmé le distributeur.",
        "Les circulaires des épiceries et des quincailleries seront désormais offertes en ligne et dans une "
        "application, ou en papier sur demande dans certains commerces.",
        "La Ville estime que la fin du sac réduira de 600 t par année les matières envoyées au centre de tri.",
        quote("« Ma mère de 84 ans regardait les spéciaux du jeudi. Elle n'a pas de tablette », a dit une "
              "résidente de Pointe-au-Père, Mme Ghislaine Bérubé."),
        "Certaines bannières ont annoncé qu'elles imprimeraient un feuillet au comptoir.",
    ]),
    "h14-fr-calendrier": ("fr", "La Ville lance un calendrier communautaire en ligne", [
        "La Ville de Rimouski a mis en ligne un calendrier des activités communautaires, culturelles et sportives.",
        "Les organismes peuvent y inscrire leurs activités gratuitement, après avoir créé un compte vérifié par "
        "le Service des loisirs.",
        h2("Ce qu'on y trouve"),
        li("Les activités des maisons des jeunes et des clubs de l'âge d'or."),
        li("Les heures de patin libre et de bain libre."),
        li("Les spectacles de la salle Desjardins-Telus."),
        "Selon le conseiller M. Rodrigue Joncas, le calendrier remplace les trois pages d'annonces que la Ville "
        "achetait chaque mois dans les journaux.",
        "Le coût du projet est de 42 000 $.",
    ]),
    "h14-fr-traversier": ("fr", "La traverse Rimouski–Forestville termine sa saison plus tôt", [
        "Le traversier entre Rimouski et Forestville fera sa dernière traversée le 28 septembre, deux semaines "
        "plus tôt que prévu.",
        "L'armateur invoque un manque de matelots et une panne sur l'un des deux moteurs, réparée en août.",
        "Les passagers qui avaient réservé après le 28 seront remboursés automatiquement, sans frais.",
        "La traverse a transporté environ 38 000 passagers et 11 000 véhicules cette année, selon la Société des "
        "traversiers du Québec.",
        quote("« Pour la Côte-Nord, c'est un lien essentiel. On ne peut pas se contenter d'une saison de quatre "
              "mois », a déclaré la mairesse de Forestville, Mme Micheline Anctil."),
    ]),
    "h14-fr-abonnement": ("fr", "L'Estuaire demande à ses lecteurs de contribuer", [
        "Distribué gratuitement depuis 1987, L'Estuaire invite désormais ses lecteurs à payer un abonnement "
        "volontaire de 5 $ par mois.",
        "Le journal restera gratuit et son site, ouvert à tous, a précisé le directeur, M. Jean-François Pelletier.",
        "Les revenus publicitaires ont baissé de 35 % depuis la fin des avis publics municipaux dans les "
        "journaux, en 2023.",
        "Quelque 400 lecteurs ont déjà répondu à l'appel, selon le journal.",
        "Les contributions ne donnent pas droit à un reçu fiscal, L'Estuaire n'étant pas un organisme de "
        "bienfaisance.",
    ]),
    # ---- fr: the Douala daily -------------------------------------------------------------------------------
    "h14-fr-sms": ("fr", "SMS publicitaires : un opérateur mis en demeure par l'ART", [
        "L'Agence de régulation des télécommunications (ART) a mis en demeure un opérateur de téléphonie mobile "
        "de cesser l'envoi de SMS publicitaires non sollicités.",
        "Selon l'ART, des abonnés recevaient jusqu'à quinze messages par jour, p. ex. pour des jeux, des "
        "horoscopes ou des abonnements facturés 100 FCFA.",
        "L'opérateur a trente jours pour permettre à chaque abonné de se désabonner gratuitement en envoyant STOP.",
        "En cas de récidive, l'amende pourrait atteindre 2 % de son chiffre d'affaires.",
        quote("« Le client doit donner son accord avant de recevoir une publicité, ce n'est pas à lui de courir "
              "après le désabonnement », a indiqué le directeur général de l'ART, M. Philémon Zo'o Zame."),
    ]),
    "h14-fr-kiosque": ("fr", "Le Messager du Wouri passe à 400 FCFA", [
        "Le prix du Messager du Wouri en kiosque passe de 300 à 400 FCFA à compter du lundi 8 septembre.",
        "La direction justifie la hausse par le prix du papier, importé, qui a augmenté de 40 % en deux ans, et "
        "par le coût de l'électricité à l'imprimerie de Bassa.",
        "L'abonnement numérique reste à 2 000 FCFA par mois, payable par Orange Money ou MTN MoMo.",
        "Le journal avait maintenu son prix depuis 2016.",
        "Deux autres quotidiens de Douala ont relevé leurs prix cette année.",
    ]),
    "h14-fr-droits": ("fr", "Droits d'auteur : les musiciens attendent toujours leur répartition", [
        "Des artistes de la Société nationale camerounaise de l'art musical (Sonacam) ont manifesté jeudi devant "
        "son siège, à Bonanjo, pour réclamer la répartition des droits d'auteur de 2024.",
        "Les sommes collectées auprès des radios, des bars et des hôtels atteindraient 1,2 milliard de FCFA.",
        "« Nos chansons passent partout, mais nous ne voyons pas un franc », a dit le chanteur de makossa "
        "M. Ben Decca Jr.",
        "La direction de la Sonacam affirme que la répartition aura lieu « avant la fin du mois », après un audit "
        "demandé par le ministère des Arts et de la Culture.",
        "La dernière répartition, en 2023, avait donné entre 50 000 et 3 millions de FCFA par artiste.",
    ]),
    "h14-fr-inondations": ("fr", "Inondations : des quartiers de Douala sous les eaux après une nuit de pluie", [
        "Plusieurs quartiers de Douala ont été inondés dans la nuit de mardi à mercredi après des pluies "
        "continues de près de neuf heures.",
        "À Makepe Missoké et à Bonabéri, l'eau atteignait 1,5 m dans certaines maisons mercredi matin.",
        "Les sapeurs-pompiers ont évacué une quarantaine de familles, selon la mairie de la ville.",
        "Le délégué du gouvernement, M. Roger Mbassa Ndine, a demandé aux riverains des drains de ne plus y jeter "
        "leurs ordures.",
        "La météo annonce encore des pluies abondantes jusqu'à dimanche.",
    ]),
    # ---- es: the Quetzaltenango site ------------------------------------------------------------------------
    "h14-es-xelalimpia": ("es", "Vecinos limpian el río Seco con la campaña #XelaLimpia", [
        "Unos 600 voluntarios recogieron el sábado 14 toneladas de basura del cauce del río Seco, en la zona 3, "
        "en la tercera jornada de la campaña #XelaLimpia.",
        "La iniciativa nació en redes sociales: los organizadores piden a los participantes que publiquen fotos "
        "con la etiqueta para sumar a más vecinos.",
        "La Municipalidad prestó dos camiones y la Avda. Las Américas se cerró de 7:00 a 12:00 horas.",
        quote("“Cada invierno el río se desborda porque está tapado de plástico”, dijo la coordinadora, "
              "Sra. Ana Lucía Xicará."),
        "La próxima jornada será el 12 de octubre en el río Xequijel.",
    ]),
    "h14-es-radio": ("es", "Radio comunitaria de Cantel obtiene por fin su frecuencia", [
        "Radio Ixchel, una emisora comunitaria de Cantel, recibió de la Superintendencia de Telecomunicaciones "
        "una licencia para transmitir en el 95.3 FM.",
        "La radio funcionó sin licencia durante 14 años y en 2019 le decomisaron el transmisor.",
        "Transmitirá en k'iche' y español, de 5:00 a 22:00 horas, con programas de salud, agricultura y música.",
        "Según el director, Sr. Tomás Ajanel, es la primera radio comunitaria del departamento con frecuencia "
        "propia.",
        "La Ley de Radios Comunitarias sigue sin aprobarse en el Congreso.",
    ]),
    "h14-es-remesas": ("es", "Las remesas a Quetzaltenango crecen 18 % en el año", [
        "Las familias de Quetzaltenango recibieron US$ 1.240 millones en remesas entre enero y agosto, un 18 % "
        "más que un año antes, según el Banco de Guatemala.",
        "El aumento se explica en parte por el temor de los migrantes a nuevas deportaciones en EE. UU., que los "
        "lleva a enviar sus ahorros, explicó el economista Lic. Héctor R. Coyoy.",
        "Con el tipo de cambio en torno a Q7,70 por dólar, las familias reciben algo menos que en 2023.",
        h2("En qué se gastan"),
        li("Construcción y compra de terrenos."),
        li("Estudios de los hijos."),
        li("Pago de deudas con coyotes o prestamistas."),
        "El Banguat publica las cifras mensuales en la primera semana de cada mes.",
    ]),
    "h14-es-alertas": ("es", "La Conred lanza una app para avisar de sismos y erupciones", [
        "La Coordinadora Nacional para la Reducción de Desastres (Conred) presentó el martes una aplicación que "
        "envía alertas de sismos, erupciones y crecidas de ríos.",
        "La app es gratuita, funciona en teléfonos Android y iPhone y pide permiso para usar la ubicación.",
        "En el occidente, la Conred probará también alertas por mensaje de texto para quienes no tienen teléfono "
        "inteligente.",
        quote("“La alerta no sustituye a las sirenas ni al plan familiar de emergencia”, recordó el secretario "
              "ejecutivo, Sr. Claudinne Ogaldes."),
        "La aplicación avisa unos 20 segundos antes de un sismo fuerte en la costa sur.",
    ]),
    # ---- es: the Balearic tourism trade daily -----------------------------------------------------------------
    "h14-es-wtm": ("es", "Baleares llevará stand propio a la World Travel Market de Londres", [
        "Las Islas Baleares tendrán por primera vez un stand propio en la World Travel Market (WTM) de Londres, "
        "del 4 al 6 de noviembre, separado del de Turespaña.",
        "El espacio, de 420 m², estará en el pabellón Europe y acogerá a unas 60 empresas de las cuatro islas.",
        "La Conselleria de Turismo invertirá 1,1 millones de euros, un 20 % más que en la edición anterior.",
        "El conseller, Sr. Jaume Bauzà, dijo que el objetivo es reforzar el mercado británico en temporada baja.",
        "Las empresas interesadas pueden inscribirse hasta el 3 de octubre.",
    ]),
    "h14-es-informe": ("es", "El Govern publicará en abierto los datos de ocupación", [
        "El Govern balear publicará a partir de octubre, en abierto y cada mes, los datos de ocupación de hoteles "
        "y viviendas turísticas por municipio.",
        "Hasta ahora solo se conocían las cifras de la FEHM y de las asociaciones de cada zona, que no siempre "
        "coinciden.",
        "Los datos podrán descargarse en una hoja de cálculo desde el portal de la Agencia de Estrategia "
        "Turística.",
        "La patronal hotelera ha pedido que se incluyan también las plazas ilegales detectadas por las "
        "inspecciones.",
        "El primer informe recogerá los meses de junio a septiembre.",
    ]),
    "h14-es-premios": ("es", "Abre la votación de los premios al turismo sostenible", [
        "Los Premios al Turismo Sostenible de Mallorca abren este año una categoría de votación popular, en la "
        "que cualquier persona puede elegir entre diez proyectos finalistas.",
        "Entre ellos hay un hotel de Sóller que riega con aguas depuradas, una ruta de bicicleta por el Pla y una "
        "cooperativa de guías de Menorca.",
        "Se puede votar una vez por persona en la web del Consell hasta el 31 de octubre.",
        fact_h("Los premios"),
        fact("Cinco categorías, con un jurado de nueve expertos."),
        fact("Dotación de 10.000 euros para el ganador del voto popular."),
        fact("Entrega el 28 de noviembre en el Palau de Congressos."),
        "El año pasado se presentaron 112 candidaturas.",
    ]),
    "h14-es-ecotasa": ("es", "La ecotasa subirá hasta 6 euros por noche en temporada alta", [
        "El impuesto de turismo sostenible subirá en 2026 hasta 6 euros por persona y noche en los hoteles de "
        "cinco estrellas en julio y agosto, según el proyecto de ley del Govern.",
        "En temporada baja, de noviembre a marzo, el impuesto bajará a 1 euro para todas las categorías.",
        "Los cruceristas pagarán 4 euros por escala, frente a los 2 actuales.",
        quote("“Es un mensaje equivocado a los mercados en plena promoción de la temporada”, dijo la presidenta de "
              "la FEHM, Sra. María Frontera."),
        "El Govern calcula recaudar 175 millones de euros al año, que se destinarán a agua, vivienda y "
        "patrimonio.",
    ]),
}
