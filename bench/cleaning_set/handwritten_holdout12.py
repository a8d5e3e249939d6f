"""Stories written for the 'holdout12' half whose real sentences look like the chrome of its publishers: a student
paper's WhatsApp newsletter ("send the word JOIN"), a student reporter's award (with a sentence that reads like a
bio: "a third-year student of Journalism who has reported for the Lantern since 2023"), a school-fees payment app
("Download the app, log in with your registration number"), a trade site putting its price reports behind a
paywall ("a subscription costs $9.99 a month"), a charity's lifejacket-loan drive ("Donations can be made at any
credit union branch"), a cod quota decision with a fact box, a Liechtenstein daily's own paywall, a copyright
case over copied hiking maps ("© Alpenverein. Alle Rechte vorbehalten."), a church's donation campaign for a
fortified church's roof (with its IBAN), a church weekly's new e-mail newsletter, a copyright case over a
business directory, a mobile-money app ("Téléchargez l'application"), a new chief executive's career (a
bio-like paragraph), a bank's half-year results in a fact box, a radio's audio-description service, the last
grocery on Miquelon, an airline's winter timetable, a radio's call for listeners' memories ("Envoyez-nous vos
photos"), a coffee-rust warning with the institute's advice as a list, a farm site's own WhatsApp price alerts,
a farm fair's tickets, a Cup of Excellence winner, a folk singer's copyright suit against a bus company, a
charity raffle for a sick boy ("Done por Yappy al 6555-0199"), a metro card app and the retirement of a tabloid's
horoscope writer.  Some use subheads, lists, quotations and fact boxes; some paragraphs are one short line;
abbreviations, initials, times, dates and decimals throughout."""

from __future__ import annotations

from bench.cleaning_set.cms import fact, fact_h, h2, li, quote

STORIES: dict[str, tuple[str, str, list[str]]] = {  # id ("h12-…", unique) -> (lang, title, paragraphs)
    # ---- en: the Kampala student paper ----------------------------------------------------------------------
    "h12-en-whatsapp": ("en", "The Lantern starts a weekly WhatsApp newsletter", [
        "The Lantern will send a weekly summary of campus news to students' phones on WhatsApp from Friday, "
        "Sept. 12, the paper's editor-in-chief, Patience N. Akello, announced on Monday.",
        "Students who want it should send the word JOIN to the paper's number, 0701 555 230, and save the number "
        "in their contacts, she said. The digest will arrive every Friday at 6 p.m.",
        "The print edition, which has come out every second Wednesday since 1994, will continue, but its run "
        "will fall from 4,000 to 2,500 copies because of the price of paper.",
        quote("“Students don't walk to the Media Centre for a paper any more. They read on their phones between "
              "lectures, so that's where we have to be,” Akello said."),
        "The editors will not share the list of numbers with the Guild, the administration or advertisers.",
        "Messages can be stopped at any time by sending STOP.",
    ]),
    "h12-en-award": ("en", "Lantern reporter wins national student journalism award", [
        "Shamim Nakato, who covers the Guild for the Lantern, has won the Student Reporter of the Year prize at "
        "the Uganda National Journalism Awards, held at the Kampala Serena Hotel on Saturday night.",
        "Nakato is a third-year student of Journalism and Communication who has reported for the Lantern since "
        "2023.",
        "The judges singled out her three-part investigation into the sale of fake hostel receipts, which led to "
        "the suspension of two hall wardens in March.",
        fact_h("The award"),
        fact("The prize is UGX 2 million and a six-week internship at a national daily."),
        fact("It is open to students at any university in Uganda."),
        fact("Entries are judged by a panel of five editors and a media lawyer."),
        quote("“I want to thank the students who spoke to me when it was not safe to,” Nakato said as she "
              "received the award from Dr. Sarah K. Birungi."),
        "Two other Lantern writers, Ivan Ssemwanga and Derrick Ochieng, were on the shortlist for the feature "
        "prize.",
        "She graduates in 2026.",
    ]),
    "h12-en-feesapp": ("en", "University moves tuition payments to a mobile app", [
        "Students at Nakawa University will pay tuition and functional fees through a mobile app from the second "
        "semester, the Bursar, Mr. Godfrey K. Tumusiime, said on Tuesday.",
        "“Download the app, log in with your registration number and choose the bank or mobile-money account you "
        "want to pay from,” the Bursar's circular says.",
        h2("What changes"),
        li("Bank slips will no longer be accepted at the Finance office after Oct. 31."),
        li("Payments made on the app appear on the student portal within 24 hours."),
        li("Students can pay in instalments of not less than 25% of the semester's fees."),
        "Guild president Brian Kaggwa welcomed the change but asked the university to drop the UGX 1,500 charge "
        "on every transaction.",
        "The old queues at the bank branch on campus sometimes ran to three hours in the first week of term.",
    ]),
    # ---- en: the Newfoundland fishing trade site ------------------------------------------------------------
    "h12-en-paywall": ("en", "Harbour Log to put weekly price reports behind subscription", [
        "The Harbour Log will make its weekly dockside price reports available to subscribers only from Oct. 1, "
        "the publisher, Mr. Kevin J. Hynes, told readers in a note on Thursday.",
        "A subscription costs $9.99 a month or $99 a year, and harvesters who hold a valid fishing licence can "
        "get the yearly rate for $60.",
        "News stories, DFO notices and safety alerts will stay free to read.",
        quote("“The price report takes two people most of Friday to put together, calling buyers in every bay. "
              "Nobody else in the province does it,” Hynes said."),
        "Several harvesters' groups said the prices should stay public because buyers use them to set what they "
        "pay on the wharf.",
        "The Fish, Food and Allied Workers union said it would publish its own price list on its website.",
    ]),
    "h12-en-lifejackets": ("en", "Charity launches lifejacket loan drive in 40 harbours", [
        "A St. John's charity that supports the families of harvesters lost at sea has launched a drive to put "
        "free lifejackets in 40 harbours around the province before the fall fishery.",
        "The Safe Return Fund wants to raise $120,000 by Nov. 15. Donations can be made at any credit union "
        "branch in the province or online, and every $150 buys one inflatable lifejacket with a light and a "
        "whistle.",
        "The jackets will hang in loan stations on the wharf, where a harvester who forgot one, or whose own is "
        "worn out, can take one for the day.",
        quote("“My brother's jacket was in the wheelhouse,” said the fund's chair, Mrs. Jennifer Tobin. “It "
              "doesn't save you if you're not wearing it.”"),
        "According to the Transportation Safety Board, none of the harvesters who died in fishing accidents in "
        "the province in the past five years was wearing a flotation device.",
        "The first stations open in Petty Harbour and Bay de Verde next week.",
    ]),
    "h12-en-codquota": ("en", "DFO raises northern cod catch to 38,000 tonnes", [
        "Fisheries and Oceans Canada (DFO) will allow harvesters to catch 38,000 tonnes of northern cod this "
        "year, up 5.6% from last year, the federal fisheries minister announced in St. John's on "
        "Wednesday.",
        "The stock, off Newfoundland and Labrador's east coast in the NAFO zones 2J3KL, was closed to commercial "
        "fishing for more than 30 years after its collapse in 1992.",
        fact_h("Northern cod, by the numbers"),
        fact("The total allowable catch is 38,000 tonnes."),
        fact("Inshore harvesters get about 85% of it."),
        fact("The weekly limit per licence is 6,000 lb in the first month."),
        "Dr. Karen Dwyer, a DFO stock assessment scientist, said the spawning stock had been above the "
        "\"healthy zone\" line for two years in a row.",
        "Environmental groups said the increase was too fast.",
        "The fishery opens on Aug. 30 at 5 a.m.",
    ]),
    # ---- de: the Liechtenstein daily ----------------------------------------------------------------------
    "h12-de-bezahl": ("de", "Morgenblatt führt ein Digitalabo ein – Gemeindemeldungen bleiben frei", [
        "Das Liechtensteiner Morgenblatt stellt ab 1. Oktober einen Teil seiner Artikel im Internet hinter eine "
        "Bezahlschranke. Das teilte die Verlagsleitung am Montag mit.",
        "Ein Digitalabo kostet 14.90 Franken im Monat, für Abonnentinnen und Abonnenten der gedruckten Zeitung "
        "ist es im Preis inbegriffen. Frei lesbar bleiben u. a. Todesanzeigen, Polizeimeldungen und die "
        "Mitteilungen der elf Gemeinden.",
        quote("„Guter Journalismus kostet Geld. Wir sind die Einzigen, die jeden Abend an der Landtagssitzung "
              "sitzen“, sagte Chefredaktor Dr. Marco Ospelt."),
        "Der Verlag beschäftigt ca. 60 Personen, davon 24 in der Redaktion in Vaduz.",
        "Wer die Zeitung bisher nur online gelesen hat, kann das Abo drei Monate lang für 1 Franken testen.",
        "Die Medienförderung des Landes hatte der Landtag im Juni um 8 Prozent gekürzt.",
    ]),
    "h12-de-karten": ("de", "Urheberrecht: Wanderkarten dürfen nicht kopiert werden", [
        "Das Fürstliche Landgericht in Vaduz hat einem Tourismusbetrieb verboten, Wanderkarten des "
        "Liechtensteiner Alpenvereins (LAV) ohne Erlaubnis auf seiner Webseite zu zeigen.",
        "Der Betrieb hatte 14 Karten eingescannt, u. a. die Routen auf den Drei Schwestern und ins Saminatal, und "
        "den Vermerk „© Alpenverein. Alle Rechte vorbehalten.“ am Kartenrand abgeschnitten.",
        "Das Gericht sprach dem LAV 8'500 Franken Schadenersatz zu. Das Urteil ist noch nicht rechtskräftig.",
        "„Unsere Karten werden von Freiwilligen Jahr für Jahr nachgeführt. Das kann man nicht einfach "
        "abfotografieren“, sagte LAV-Präsident Hansjörg B. Frick.",
        "Der Anwalt des Betriebs kündigte an, das Urteil beim Obergericht anzufechten.",
    ]),
    # ---- de: the Lutheran community weekly in Sibiu -----------------------------------------------------
    "h12-de-dach": ("de", "Großau sammelt für das Dach seiner Kirchenburg", [
        "Die evangelische Kirchengemeinde Großau bittet um Spenden für die Sanierung des Kirchendachs. Bei einem "
        "Sturm im Juli hatte sich ein Teil der Ziegel über dem Chor gelöst, seither regnet es in die Kirche.",
        "Die Kosten schätzt das Bezirkskonsistorium auf ca. 85.000 Euro. Aus einem Programm des rumänischen "
        "Kulturministeriums kommen voraussichtlich 40.000 Euro, den Rest muss die Gemeinde selbst aufbringen.",
        fact_h("So können Sie helfen"),
        fact("Spenden bitte auf das Konto der Kirchengemeinde bei der Banca Transilvania, IBAN RO49 BTRL 0000 "
             "1205 5500 7XX1, mit dem Vermerk „Dach Großau“."),
        fact("Spenden aus Deutschland nimmt die Heimatortsgemeinschaft Großau e.V. entgegen."),
        fact("Ab 50 Euro wird eine Spendenbescheinigung ausgestellt."),
        "„Die Kirchenburg hat die Türken und zwei Weltkriege überstanden. Am Regen soll sie nicht scheitern“, "
        "sagte Kurator Michael Thal.",
        "Die Arbeiten sollen im Frühjahr beginnen.",
    ]),
    "h12-de-newsletter": ("de", "Gemeindebote kommt jetzt auch per E-Mail", [
        "Der Siebenbürgische Gemeindebote ist ab sofort auch als E-Mail-Newsletter erhältlich. Er erscheint jeden "
        "Freitag und enthält die Gottesdienste der Woche, die Nachrichten aus den Gemeinden und die Losung.",
        "Wer den Newsletter bekommen möchte, schreibt eine E-Mail an das Pfarramt Hermannstadt oder meldet sich "
        "nach dem Gottesdienst bei Frau Renate Klein.",
        "Die gedruckte Ausgabe bleibt, wie sie ist: 12 Seiten, jeden Donnerstag, für 3 Lei.",
        "Vor allem Gemeindeglieder in Deutschland und Österreich hatten um eine elektronische Ausgabe gebeten. "
        "Ca. ein Drittel der rund 1.900 Abonnenten lebt inzwischen im Ausland.",
        "„Der Bote soll die Gemeinden zusammenhalten, auch wenn die Leute weit weg wohnen“, sagte "
        "Bezirksdechant Dr. Friedrich G. Roth.",
    ]),
    # ---- fr: the Malagasy business wire ------------------------------------------------------------------
    "h12-fr-annuaire": ("fr", "Le tribunal ordonne le retrait d'un annuaire d'entreprises copié", [
        "Le tribunal de commerce d'Antananarivo a ordonné jeudi à une société de services en ligne de retirer de "
        "son site un annuaire de 6 200 entreprises malgaches, copié selon les juges sur celui de la Chambre de "
        "commerce et d'industrie (CCI).",
        "L'annuaire de la CCI porte sur chaque page la mention « Tous droits réservés – reproduction interdite ». "
        "La société attaquée l'avait supprimée, mais avait laissé les mêmes erreurs de numéros de téléphone.",
        "« Ce sont ces erreurs qui l'ont trahie », a expliqué l'avocat de la CCI, Me Rivo Andrianjaka.",
        "La société devra verser 48 millions d'ariary de dommages et intérêts. Elle dispose d'un mois pour faire "
        "appel.",
        "Le tribunal n'avait encore jamais jugé de litige sur une base de données en ligne, selon le greffe.",
    ]),
    "h12-fr-mobilemoney": ("fr", "Une banque lance une application pour payer ses factures d'électricité", [
        "La Banque de l'Océan Indien (BOI) a lancé lundi une application qui permet de régler les factures de "
        "la Jirama, d'acheter des unités prépayées et de payer les frais de scolarité dans 140 écoles.",
        "« Téléchargez l'application, scannez votre facture et validez avec votre code », résume la brochure "
        "distribuée dans les agences.",
        "Selon le directeur du numérique, M. Tojo R. Rasolofo, la banque vise 150 000 utilisateurs d'ici juin, "
        "contre 32 000 clients pour son service en ligne actuel.",
        h2("Une concurrence directe avec le mobile money"),
        "Les opérateurs de téléphonie proposent déjà ce type de paiement, mais facturent jusqu'à 1,5 % de la "
        "somme. La BOI promet des frais fixes de 300 ariary par opération.",
        "L'application fonctionne sur Android et iOS, en malgache et en français.",
    ]),
    "h12-fr-nomination": ("fr", "Sahondra Rabenarivo prend la tête du groupe Maison Vanille", [
        "Le conseil d'administration du groupe Maison Vanille a nommé mardi Mme Sahondra Rabenarivo au poste de "
        "directrice générale, à compter du 1er octobre.",
        "Diplômée de l'ESSEC et de l'université d'Antananarivo, elle a rejoint le groupe en 2011 comme "
        "responsable des achats dans la Sava, avant de diriger la filiale d'exportation à partir de 2019.",
        "Elle succède à M. Jean-Pierre L. Ratsimba, 67 ans, qui reste président du conseil.",
        "Fondé en 1972 à Antalaha, le groupe emploie 3 400 personnes, dont 2 800 saisonniers, et exporte chaque "
        "année environ 300 tonnes de vanille préparée.",
        "« La priorité, c'est la traçabilité », a déclaré la nouvelle directrice.",
        "C'est la première femme à diriger un grand exportateur de vanille.",
    ]),
    "h12-fr-resultats": ("fr", "BNM : le bénéfice semestriel progresse de 8 %", [
        "La Banque nationale de Madagascar (BNM) a publié jeudi ses résultats du premier semestre, marqués par "
        "une hausse de 8 % de son bénéfice net.",
        fact_h("Les chiffres du semestre"),
        fact("Le produit net bancaire atteint 142,6 milliards d'ariary, en hausse de 6,1 %."),
        fact("Le bénéfice net s'établit à 38,2 milliards d'ariary."),
        fact("Les crédits à la clientèle progressent de 11 %."),
        "Le directeur général, M. Faly Andriamihaja, a attribué la hausse aux crédits aux entreprises "
        "exportatrices et au nombre de comptes ouverts, passé à 412 000.",
        "La banque prévoit « une croissance plus modérée au second semestre », en raison de la hausse des taux "
        "de la Banque centrale, portés à 11 % en août.",
        "Le titre n'est pas coté.",
    ]),
    # ---- fr: the Saint-Pierre-et-Miquelon public broadcaster ---------------------------------------------
    "h12-fr-audiodesc": ("fr", "Les journaux de la radio désormais disponibles en version sous-titrée", [
        "Radio Archipel propose depuis lundi une version écrite et une version en gros caractères de ses "
        "journaux de 7 h et de 12 h 30, pour les auditeurs sourds, malentendants ou malvoyants.",
        "Les textes sont mis en ligne dans l'heure qui suit la diffusion et peuvent être lus avec un lecteur "
        "d'écran, a précisé la directrice régionale, Mme Anne-Marie Girardin.",
        "Le projet a été demandé par l'association des personnes handicapées de l'archipel, qui compte 90 membres.",
        quote("« Ma mère écoute la radio depuis 1960. Elle n'entend plus, mais elle veut toujours savoir qui est "
              "mort et à quelle heure part le bateau », raconte une adhérente, Mme Josiane Detcheverry."),
        "Les émissions de Miquelon suivront en janvier.",
    ]),
    "h12-fr-epicerie": ("fr", "À Miquelon, la dernière épicerie du bourg ferme ses portes", [
        "Après 46 ans, l'épicerie Vigneau, la dernière du bourg de Miquelon, fermera le 30 septembre.",
        "Ses propriétaires, M. et Mme Vigneau, partent à la retraite et n'ont pas trouvé de repreneur.",
        "Les 580 habitants devront faire leurs courses à la coopérative, ouverte trois jours par semaine, ou "
        "commander à Saint-Pierre par le bateau.",
        "La collectivité territoriale étudie l'ouverture d'un commerce municipal dans l'ancienne poste.",
        "« On vendait de tout, du pain, des hameçons et des cartes de vœux », sourit Mme Vigneau.",
        "Le dernier jour, le café sera offert.",
    ]),
    "h12-fr-horaires": ("fr", "Air Saint-Pierre publie ses horaires d'hiver", [
        "La compagnie Air Saint-Pierre a publié ses horaires d'hiver, valables du 26 octobre au 28 mars.",
        "Les principaux changements :",
        li("le vol n° PJ 501 vers Montréal partira à 9 h 40 le samedi, au lieu de 11 h ;"),
        li("la liaison vers Halifax passe de quatre à trois rotations par semaine ;"),
        li("les vols vers Miquelon sont maintenus deux fois par jour, sauf le dimanche."),
        "La compagnie explique la réduction vers Halifax par le faible remplissage de l'hiver dernier, 54 % en "
        "moyenne.",
        "Les billets sont en vente depuis ce matin.",
    ]),
    "h12-fr-souvenirs": ("fr", "Pour ses 70 ans, la radio recueille les souvenirs de ses auditeurs", [
        "Radio Archipel fêtera ses 70 ans le 12 décembre et prépare pour l'occasion une série de 20 émissions "
        "consacrées aux souvenirs de ses auditeurs.",
        "« Envoyez-nous vos photos, vos enregistrements et vos histoires de radio », lance l'animateur Pierre-Yves "
        "Briand, qui coordonne le projet. Les documents peuvent être déposés à l'accueil de la station ou "
        "envoyés par courriel.",
        "Les archives de la station, sur bandes magnétiques, ont été numérisées l'an dernier par l'INA. Elles "
        "remontent à 1955.",
        "Parmi les trésors retrouvés : le premier bulletin météo enregistré, lu par M. J.-B. Lemoine.",
        "Une exposition est prévue à l'Arche, le musée de Saint-Pierre, en février.",
    ]),
    # ---- es: the Costa Rican farm trade site --------------------------------------------------------------
    "h12-es-roya": ("es", "ICAFE alerta por brote de roya en la Zona de los Santos", [
        "El Instituto del Café de Costa Rica (ICAFE) emitió una alerta por un aumento de la roya en cafetales de "
        "Tarrazú, Dota y León Cortés, donde la incidencia pasó de 4 % a 11 % en un mes.",
        "Las lluvias de agosto, más intensas de lo normal, y las temperaturas de 18 a 22 °C favorecen al hongo, "
        "explicó la Ing. Marcela Ureña, del Centro de Investigaciones en Café (CICAFE).",
        h2("Lo que recomienda el ICAFE"),
        li("Revise las hojas del tercio inferior de la planta una vez por semana."),
        li("Aplique fungicidas solo con la recomendación de un técnico."),
        li("Regule la sombra para que entre más luz al cafetal."),
        "«No es una epidemia como la de 2012, pero el productor no puede dormirse», dijo don Rafael Mora, "
        "caficultor de San Marcos.",
        "La cosecha en la zona comienza en noviembre.",
    ]),
    "h12-es-alertas": ("es", "El Surco lanza alertas de precios por WhatsApp", [
        "El Surco empezará a enviar por WhatsApp los precios de la subasta ganadera de Upala y de la liquidación "
        "del café, a partir del lunes 15 de septiembre.",
        "El servicio es gratuito: «Escriba la palabra PRECIOS al 8555-0142 y elija qué mercados quiere recibir», "
        "explica la directora del medio, Lic. Silvia Quesada.",
        "Hasta ahora, los precios solo se publicaban en la web y en la edición impresa quincenal.",
        "Según la directora, el 70 % de los lectores de El Surco entra desde el celular y muchos viven en zonas "
        "con poca señal, donde un mensaje llega mejor que una página.",
        "Los números no se compartirán con anunciantes.",
    ]),
    "h12-es-expo": ("es", "Expo Pecuaria de San Carlos espera 40 mil visitantes", [
        "La Expo Pecuaria de San Carlos se realizará del 2 al 12 de octubre en el campo ferial de Ciudad Quesada, "
        "con subastas, juzgamiento de ganado y una feria de maquinaria.",
        "Las entradas cuestan ₡3.000 para adultos; los niños menores de 12 años y los adultos mayores entran "
        "gratis.",
        "La subasta principal de ganado Brahman será el sábado 4 de octubre a las 10 a. m.",
        "«Es la vitrina del ganadero de la zona norte», dijo el presidente de la Cámara de Ganaderos, Sr. Juan "
        "Diego Alfaro.",
        "Los organizadores esperan unos 40 mil visitantes y negocios por ₡900 millones.",
        "El tope será el domingo 5.",
    ]),
    "h12-es-taza": ("es", "Productora de Tarrazú gana la Taza de la Excelencia", [
        "El café de la finca La Bella Vista, en San Lorenzo de Tarrazú, ganó la Taza de la Excelencia 2025 con "
        "91,5 puntos, la calificación más alta de la competencia en Costa Rica desde 2019.",
        "Doña Flor María Navarro, de 67 años, cultiva café en la finca desde 1979 y la administra sola desde la "
        "muerte de su esposo, en 2015.",
        "El lote ganador, de 12 quintales de la variedad geisha, se subastará en línea el 28 de octubre. El año "
        "pasado, el primer lugar se vendió a US$84 por libra.",
        quote("«Yo solo hago lo que me enseñó mi papá: recoger el grano maduro y no apurar el secado», dijo."),
        "El jurado internacional estuvo integrado por 24 catadores de nueve países.",
    ]),
    # ---- es: the Panamanian tabloid --------------------------------------------------------------------
    "h12-es-tamborito": ("es", "Cantante de típico demanda a empresa de buses por usar su canción", [
        "El cantante de música típica Ulpiano «El Chino» Barría presentó una demanda contra una empresa de buses "
        "de Panamá Oeste por usar su canción «Mi pollera colorá» en un anuncio sin permiso.",
        "La demanda, presentada ante el Juzgado Octavo de Circuito Civil, pide B/.150,000 por daños.",
        "«Todos los derechos de esa canción son míos, la grabé en 1998 y la registré en la Dirección de Derecho "
        "de Autor», dijo Barría a Chiva Exprés.",
        "El anuncio, que circuló en redes sociales y en las pantallas de las terminales, tiene más de 300 mil "
        "reproducciones.",
        "La empresa no respondió.",
    ]),
    "h12-es-rifa": ("es", "Vecinos de Pedregal hacen rifa para operar a Josué, de 6 años", [
        "Los vecinos del sector de Pedregal organizan una rifa para pagar la operación de Josué Castillo, de 6 "
        "años, que necesita un implante coclear para poder oír.",
        "La operación cuesta B/.32,000 y la Caja de Seguro Social (CSS) cubre solo una parte, explicó su madre, "
        "la Sra. Yeimi Castillo.",
        "Los boletos cuestan B/.5 y el premio es una moto. «El que quiera ayudar puede comprar un boleto o donar "
        "por Yappy al 6555-0199, a nombre de Yeimi Castillo», dijo.",
        "La rifa será el domingo 28 de septiembre a las 3:00 p. m., con el número del primer premio de la "
        "Lotería.",
        "Hasta el viernes habían reunido B/.11,400.",
        "Josué quiere ser bombero.",
    ]),
    "h12-es-metro": ("es", "Metro de Panamá lanza app para recargar la tarjeta", [
        "El Metro de Panamá presentó la aplicación «Metro Pma», con la que los usuarios podrán recargar la "
        "tarjeta desde el celular y ver en tiempo real cuándo llega el próximo tren.",
        "«Descargue la aplicación, registre el número de su tarjeta y recargue con Yappy o con tarjeta de "
        "crédito», explicó el gerente, Ing. Héctor Ortega.",
        "Hasta ahora, las recargas solo se hacían en las máquinas de las estaciones, donde en las horas pico de "
        "6:00 a 8:00 a. m. se forman filas.",
        "La app también funcionará en los buses de MiBus desde enero.",
        "Las líneas 1 y 2 transportan unos 300 mil pasajeros al día.",
    ]),
    "h12-es-zodiaco": ("es", "Se despide el Profesor Zodiaco tras 31 años de horóscopos", [
        "El Profesor Zodiaco, el astrólogo que escribió el horóscopo diario de Chiva Exprés desde 1994, publicó "
        "este domingo su última columna.",
        "Detrás del seudónimo estaba el Sr. Aristides M. Pinilla, un profesor de matemáticas jubilado de "
        "Santiago de Veraguas, de 78 años.",
        "«Lea su horóscopo, pero no deje de ir al trabajo», era la frase que más repetía, y la que eligió para "
        "despedirse.",
        "Pinilla contó que escribía las predicciones de la semana cada lunes en la mañana, a mano, y que nunca "
        "usó computadora.",
        "Desde el lunes, el horóscopo lo escribirá una astróloga de Chitré.",
        "Él es Libra.",
    ]),
}
