"""Stories written for the 'holdout11' half whose real sentences look like the chrome of its publishers: a Cebu
daily's copyright suit against an aggregator ("All rights reserved. No part of this story may be reproduced"), a
wire desk's new embargo policy, PAGASA's new alert app ("Download the app and allow notifications"), a radio
station's Fijian-language podcast ("New episodes every Tuesday on Spotify and Apple Podcasts"), the competition
regulator's probe of a radio giveaway ("Text WIN to 5555"), a cane growers' strike, Bolzano's new city app and
its push alerts, a market on Waltherplatz, a Windhoek paper's subscription price and print days, a photo
copyright dispute over a Facebook page, a wine-trade weekly's paid newsletter ("Abonnez-vous pour recevoir
chaque vendredi"), a wine fair's tickets, Roman vineyards ("Ier siècle av. J.-C."), a Beirut daily closing its
comment sections ("Les commentaires sont désormais fermés"), Électricité du Liban's app, a correction on a
minister's name, a TV station's telethon for flood victims ("Done al 809-555-2700"), the transport authority's
app, a hospital story with "Sra." and "núm. 3", a Cuenca daily's Kichwa edition, a parking-payment app
("Descargue la aplicación") and a daily's new digital subscription price.  Some use subheads, lists, quotations
and fact boxes; some paragraphs are one short line; abbreviations, times, dates and decimals throughout."""

from __future__ import annotations

from bench.cleaning_set.cms import fact, fact_h, h2, li, quote

STORIES: dict[str, tuple[str, str, list[str]]] = {  # id ("h11-…", unique) -> (lang, title, paragraphs)
    # ---- en: the Cebu wire desk ------------------------------------------------------------------------------
    "h11-en-copyright": ("en", "Cebu daily sues news aggregator over copied stories", [
        "The publisher of the Cebu Morning Star has sued a Manila-based news app, claiming it copied more than "
        "2,300 of the paper's stories word for word over 18 months without permission or payment.",
        "The complaint, filed at the Regional Trial Court Branch 12 in Cebu City on Monday, seeks ₱48 million in "
        "damages from Balita Now Inc., which runs an app with about 1.2 million users.",
        "Every story on the paper's website ends with the line “All rights reserved. No part of this story may "
        "be reproduced without written permission,” and the same line appeared under the copied versions, "
        "according to screenshots attached to the complaint.",
        quote("“They did not even take our copyright notice off,” said Atty. Ma. Cristina Uy, the paper's "
              "lawyer. “That tells you how the copying was done.”"),
        "Balita Now said in a statement that it used “automated tools” to summarize news and would remove any "
        "article a publisher objected to.",
        "The Intellectual Property Office of the Philippines said it had received 14 similar complaints from "
        "provincial papers since January.",
        "A hearing is set for Oct. 7 at 8:30 a.m.",
    ]),
    "h11-en-embargo": ("en", "Visayas Newswire changes how it handles embargoed reports", [
        "Visayas Newswire will no longer accept embargoes from government agencies that send the same report to "
        "social media pages before the agreed time, the cooperative's board decided on Saturday.",
        "Under the old practice, an agency could send a report marked “Embargoed until 6 a.m.” and member "
        "papers would hold it until then. In three cases this year, the same report was posted on Facebook hours "
        "earlier.",
        h2("What changes for member papers"),
        li("Reports marked with an embargo will be checked against the agency's public pages before release."),
        li("If the report is already public, the wire will move it at once, with a note to members."),
        li("Embargoes for court decisions and scientific studies are not affected."),
        "“An embargo is a promise on both sides. We keep ours,” said editor-in-chief Rodolfo “Rudy” Abellana Jr.",
        "The wire serves 31 papers and 19 radio stations in the Visayas and Mindanao.",
    ]),
    "h11-en-pagasaapp": ("en", "PAGASA launches an app for local storm warnings", [
        "The state weather bureau PAGASA has launched a free mobile app that sends storm and rainfall warnings "
        "to users down to the level of their town.",
        "“Download the app and allow notifications, then choose up to three places you want to follow,” the "
        "bureau's Visayas chief, Dr. Alfredo Quiblat Jr., told reporters in Mandaue City.",
        "The app also shows the tropical cyclone wind signals on a map and works offline once a bulletin has "
        "loaded, which matters on islands where the signal drops during storms.",
        "Fishermen's groups in Bantayan and Camotes welcomed the app but said many of their members still use "
        "basic phones.",
        "For them, PAGASA said, warnings will continue to be read on AM radio every three hours.",
        "The app is in English, Cebuano and Waray.",
    ]),
    # ---- en: the Fijian radio station ------------------------------------------------------------------------
    "h11-en-podcast": ("en", "Coral FM starts a weekly podcast in iTaukei", [
        "Coral FM will launch Veitalanoa, a weekly podcast in the iTaukei language about village life, land and "
        "family, on Tuesday, Sept. 16.",
        "New episodes will be released every Tuesday on Spotify and Apple Podcasts, and each will be aired on the "
        "station's Suva and Labasa frequencies at 7 p.m. the same day.",
        "The host, Mrs. Litia Naivalu, presented the station's morning show for 12 years before retiring in 2023.",
        quote("“Our grandparents tell the best stories, and they are not on TikTok,” Naivalu said."),
        "The podcast is funded for its first year by a grant of FJ$45,000 from the Ministry of iTaukei Affairs.",
        "The station said a Fiji Hindi podcast would follow in 2026.",
    ]),
    "h11-en-giveaway": ("en", "Regulator looks into radio giveaway after listeners complain", [
        "The Fiji Competition and Consumer Commission (FCCC) is investigating a radio giveaway after listeners "
        "complained that they were charged for text messages but never entered the draw.",
        "The promotion, run by a Lautoka station that is not Coral FM, asked listeners to “Text WIN to 5555 for "
        "your chance to win a trip for two to Nadi.” Each text cost 45 cents.",
        "The FCCC said it had received 86 complaints and had asked the station and the mobile operator for their "
        "records.",
        "“A competition has to say how many times you can enter, what it costs and when the winner is drawn,” "
        "said the commission's chief executive, Mr. Joel Abraham.",
        "Under the Consumer Protection Act, a company found to have misled consumers can be fined up to FJ$100,000.",
    ]),
    "h11-en-canestrike": ("en", "Cane cutters in Ba stop work over pay", [
        "About 300 cane cutters in the Ba district stopped work on Wednesday, demanding FJ$10 more per tonne, "
        "three weeks into the crushing season.",
        "The cutters, most of them from Rakiraki and Tavua, are paid by the tonne by the growers who employ "
        "them. They say rising food and bus fares have eaten up their pay.",
        "The growers say they cannot pay more until the Fiji Sugar Corporation confirms the second cane payment.",
        "The Rarawai Mill, which depends on cane from Ba, ran at half its capacity on Thursday, the FSC said.",
        "Talks between the growers' council and the cutters were set for Friday at 10 a.m. in Ba town.",
    ]),
    # ---- de: the Bolzano city weekly ------------------------------------------------------------------------
    "h11-de-stadtapp": ("de", "Bozen bekommt eine eigene Stadt-App – mit Push-Meldungen bei Smogalarm", [
        "Die Gemeinde Bozen hat am Dienstag ihre neue App „Bozen/Bolzano“ vorgestellt. Sie soll Bürgerinnen und "
        "Bürgern u. a. Müllkalender, Parkplätze und Baustellen in beiden Landessprachen zeigen.",
        "Die App ist kostenlos im App Store und bei Google Play erhältlich. Wer Push-Mitteilungen aktiviert, "
        "wird z. B. bei Smogalarm, Straßensperren oder Hochwasser der Talfer gewarnt.",
        fact_h("Was die App kann"),
        fact("Müllkalender für jede Straße, mit Erinnerung am Vorabend."),
        fact("Freie Plätze in den Parkhäusern Bozen Mitte und Waltherplatz."),
        fact("Meldungen von Schäden, z. B. an Straßenlampen, mit Foto."),
        "„Wir wollen weniger Zettel an den Haustüren und mehr Informationen dort, wo die Leute sie lesen“, sagte "
        "Stadträtin Dr. Johanna Ramoser.",
        "Die Entwicklung hat ca. 180.000 Euro gekostet. Die Daten werden nach Angaben der Gemeinde auf Servern in "
        "Italien gespeichert.",
    ]),
    "h11-de-markt": ("de", "Bauernmarkt auf dem Waltherplatz zieht um – vorübergehend", [
        "Der Bauernmarkt, der seit 1995 jeden Samstag auf dem Waltherplatz stattfindet, zieht ab 4. Oktober für "
        "ca. sechs Monate auf den Silvius-Magnago-Platz.",
        "Grund sind Arbeiten an der Tiefgarage unter dem Platz. Betroffen sind 34 Stände, u. a. aus dem "
        "Sarntal, dem Eggental und dem Überetsch.",
        "Die Marktzeiten bleiben gleich: samstags von 7.30 bis 13 Uhr.",
        "„Für uns ist der Waltherplatz die beste Lage der Stadt. Wir hoffen, dass die Kunden mitkommen“, sagt "
        "Obstbäuerin Maria Kofler aus Eppan, Stand Nr. 5.",
        "Die Stadtbuslinie 10A hält künftig direkt am neuen Standort.",
    ]),
    # ---- de: the Windhoek daily ---------------------------------------------------------------------------
    "h11-de-abopreis": ("de", "Anzeiger erscheint ab November nur noch dreimal pro Woche gedruckt", [
        "Der Windhoeker Anzeiger erscheint ab dem 3. November nur noch montags, mittwochs und freitags auf "
        "Papier. An den anderen Tagen gibt es die Zeitung als E-Zeitung und in der App.",
        "Zugleich steigt der Preis des Print-Abonnements von N$ 380 auf N$ 420 im Monat. Das Digitalabo bleibt "
        "bei N$ 190.",
        "Chefredakteurin Dr. Heike Brandt nannte als Gründe die Papierpreise, die in Südafrika gedruckt und "
        "eingeführt werden müssen, und die Kosten für den Transport nach Swakopmund, Otjiwarongo und Lüderitz.",
        quote("„Wir drucken seit 1958 jeden Werktag. Der Schritt ist uns nicht leichtgefallen“, sagte Brandt."),
        "Abonnenten auf Farmen, die keinen Internetzugang haben, können die Zeitung weiterhin per Post "
        "beziehen – dann allerdings gebündelt einmal pro Woche.",
        "Für Fragen ist der Leserservice montags bis freitags von 8 bis 16.30 Uhr erreichbar.",
    ]),
    "h11-de-fotostreit": ("de", "Streit um Fotos: Facebook-Seite muss Bilder löschen", [
        "Das Obergericht in Windhoek hat einer Facebook-Seite mit ca. 90.000 Followern untersagt, Fotos eines "
        "Naturfotografen aus Swakopmund ohne Erlaubnis zu verwenden.",
        "Der Fotograf Jan-Hendrik Meyer hatte geklagt, weil die Seite „Namibia Daily Pics“ 212 seiner Bilder "
        "von Wüstenelefanten und Robben veröffentlicht hatte – ohne Namen und ohne Bezahlung.",
        "Unter jedem seiner Bilder steht auf Meyers eigener Webseite der Hinweis „© Jan-Hendrik Meyer. Alle "
        "Rechte vorbehalten.“ Die Betreiber der Facebook-Seite hatten ihn entfernt.",
        "Das Gericht sprach Meyer N$ 65.000 Schadenersatz zu. Die Betreiber können innerhalb von 21 Tagen "
        "Berufung einlegen.",
        "Meyers Anwalt, Dr. Tobias Kühn, sprach von einem wichtigen Urteil für alle Fotografen im Land.",
    ]),
    # ---- fr: the Bordeaux wine-trade weekly ---------------------------------------------------------------
    "h11-fr-lettre": ("fr", "La Gazette du Chai lance une lettre payante sur le marché du vrac", [
        "La Gazette du Chai lancera le 3 octobre « La Lettre du vrac », une lettre hebdomadaire consacrée aux "
        "transactions et aux prix du vin en vrac dans le Bordelais.",
        "« Abonnez-vous pour recevoir chaque vendredi les cotations commentées », résume le texte de "
        "présentation envoyé aux lecteurs. L'abonnement coûtera 190 € HT par an.",
        "La lettre sera rédigée par M. Bertrand Lafitte, ancien courtier, qui a rejoint la rédaction en juin.",
        "Les abonnés au journal papier bénéficieront d'un tarif réduit de 120 € HT pendant la première année.",
        quote("« Les viticulteurs nous demandaient des chiffres plus fréquents et plus détaillés », explique la "
              "directrice de la publication, Mme Claire Dubourg."),
        "La lettre sera envoyée par courriel et consultable dans l'espace abonnés du site.",
    ]),
    "h11-fr-salon": ("fr", "Salon des vins de Blaye : 120 exposants et une soirée des millésimes", [
        "Le Salon des vins des Côtes de Blaye se tiendra les 18 et 19 octobre à la citadelle de Blaye, avec 120 "
        "exposants, un record depuis sa création en 2002.",
        "Les billets sont en vente sur le site du salon et à l'office de tourisme, au prix de 15 € l'entrée, "
        "verre de dégustation compris. L'entrée est gratuite pour les moins de 18 ans, qui ne dégustent pas.",
        "La nouveauté de cette édition est une « soirée des millésimes », le samedi à 19 h, où les vignerons "
        "ouvriront des bouteilles de 1990 à 2020.",
        "Une navette gratuite reliera la gare de Saint-André-de-Cubzac à la citadelle toutes les 30 minutes.",
        "« Nous voulons que les Bordelais traversent l'estuaire », dit le président du syndicat, M. Patrick "
        "Rousseau.",
    ]),
    "h11-fr-romains": ("fr", "À Saint-Émilion, des fouilles révèlent un vignoble romain", [
        "Des archéologues de l'Inrap ont mis au jour à Saint-Émilion les traces d'un vignoble planté au Ier "
        "siècle av. J.-C., l'un des plus anciens connus en Aquitaine.",
        "Les fouilles, menées avant la construction d'un chai, ont révélé 240 fosses de plantation alignées "
        "tous les 1,5 m environ.",
        "Jusqu'ici, les plus anciennes traces de vigne dans la région dataient du Ier siècle apr. J.-C.",
        h2("Un cépage encore inconnu"),
        "Des pépins retrouvés dans un puits seront analysés à Montpellier pour déterminer leur origine.",
        quote("« Cela ne veut pas dire que le merlot est romain ! », sourit la responsable du chantier, Mme "
              "Hélène Réchin."),
        "Le site sera recouvert à la fin du mois, et le chai construit comme prévu.",
    ]),
    # ---- fr: the Beirut daily -----------------------------------------------------------------------------
    "h11-fr-commentaires": ("fr", "Le Cèdre ferme les commentaires sous ses articles", [
        "À partir du 1er octobre, les lecteurs du Cèdre ne pourront plus commenter les articles publiés sur notre "
        "site.",
        "La direction de la rédaction a pris cette décision après plusieurs mois de messages injurieux, parfois "
        "confessionnels, que l'équipe de modération ne parvenait plus à filtrer.",
        "Le message qui s'affichera sous les articles sera simple : « Les commentaires sont désormais fermés sur "
        "l'ensemble de nos articles. »",
        "Les lecteurs pourront toujours écrire à la rédaction, et une sélection de leurs lettres sera publiée "
        "chaque samedi.",
        quote("« Nous aimons le débat. Nous n'aimons pas la haine », écrit le rédacteur en chef, M. Fady Khoury, "
              "dans un éditorial."),
        "Plusieurs grands journaux européens ont pris des mesures semblables ces dernières années.",
    ]),
    "h11-fr-edl": ("fr", "EDL lance une application pour suivre les heures de courant", [
        "Électricité du Liban (EDL) a lancé une application qui indique, quartier par quartier, les heures "
        "auxquelles le courant sera fourni.",
        "« Téléchargez l'application, choisissez votre quartier et activez les notifications », indique le "
        "communiqué de l'établissement publié lundi.",
        "À Beyrouth, la fourniture varie actuellement entre 4 et 8 heures par jour, selon l'état des centrales de "
        "Zahrani et Deir Ammar.",
        "Les propriétaires de générateurs de quartier devront aussi afficher leurs tarifs dans l'application à "
        "partir de novembre, a précisé le ministre de l'Énergie.",
        "Le prix du kilowattheure fixé par le ministère pour septembre est de 0,36 $.",
    ]),
    "h11-fr-rectif": ("fr", "Après une erreur de nom, un ministère publie un rectificatif… de son rectificatif", [
        "Le ministère des Travaux publics a publié mardi un second rectificatif, après s'être trompé deux fois "
        "sur le nom d'un entrepreneur chargé des travaux du port de Tripoli.",
        "Le premier communiqué citait M. Rami Haddad ; le rectificatif, M. Rami Hadad ; le nom exact est Rami "
        "el-Haddad.",
        "« Rectificatif : une erreur s'est glissée dans notre communiqué d'hier », écrit le ministère, reprenant "
        "mot pour mot la formule de son message de lundi.",
        "L'entreprise concernée a obtenu le marché de 4,2 millions de dollars pour la réfection du quai n° 3.",
        "Oui, encore.",
    ]),
    # ---- es: the Dominican TV station ----------------------------------------------------------------------
    "h11-es-teleton": ("es", "Caribe TV recauda RD$38 millones en su teletón para damnificados", [
        "El teletón «Unidos por el Sur», transmitido por Caribe TV durante 12 horas el sábado, recaudó más de "
        "RD$38 millones para las familias afectadas por las inundaciones en San Cristóbal y Azua.",
        "Durante la transmisión, los presentadores repitieron: «Done al 809-555-2700 o en cualquier sucursal del "
        "Banco de Reservas». La línea seguirá abierta hasta el 30 de septiembre.",
        "La Sra. Altagracia Méndez, directora de la Fundación Techo Digno, que administrará los fondos, dijo que "
        "se construirán 140 viviendas.",
        "«Cada peso será auditado y publicado», afirmó el director de la planta, Lic. Ramón Almonte.",
        "Más de 300 voluntarios atendieron los teléfonos en los estudios de la avenida 27 de Febrero.",
    ]),
    "h11-es-intrant": ("es", "INTRANT lanza una app para pagar multas y consultar puntos de la licencia", [
        "El Instituto Nacional de Tránsito y Transporte Terrestre (INTRANT) presentó una aplicación con la que "
        "los conductores podrán pagar multas y consultar los puntos de su licencia.",
        "«Descargue la app, regístrese con su cédula y reciba alertas cuando tenga una multa pendiente», explicó "
        "el director del organismo, Ing. Milton Morrison, en un acto en Santo Domingo.",
        "Las multas pagadas en los primeros 15 días tendrán un descuento de 20 %.",
        h2("Lo que se puede hacer en la app"),
        li("Consultar y pagar multas con tarjeta o transferencia."),
        li("Ver el saldo de puntos de la licencia."),
        li("Agendar la cita para renovar la licencia en Santo Domingo, Santiago o La Romana."),
        "La aplicación está disponible para Android y iPhone.",
    ]),
    "h11-es-hospital": ("es", "Hospital Cabral y Báez abre nueva unidad de quemados", [
        "El Hospital Regional Universitario José María Cabral y Báez, en Santiago, inauguró una unidad de quemados "
        "con 12 camas, la primera de la región norte.",
        "La unidad ocupa el pabellón núm. 3 y cuenta con dos quirófanos y una sala de hidroterapia, según la "
        "Sra. Yokasta Núñez, directora del centro.",
        "Hasta ahora, los pacientes con quemaduras graves eran trasladados a la capital, a unas dos horas por "
        "carretera.",
        "«Un quemado grave no puede esperar dos horas», dijo el Dr. Rafael A. Peña, jefe de cirugía plástica.",
        "La obra costó RD$96,5 millones, financiados por el Servicio Nacional de Salud (SNS).",
    ]),
    # ---- es: the Cuenca regional daily ---------------------------------------------------------------------
    "h11-es-kichwa": ("es", "El Tomebamba publicará una página semanal en kichwa", [
        "Diario El Tomebamba publicará desde el 5 de octubre una página semanal en kichwa, con noticias de las "
        "comunidades de Azuay y Cañar.",
        "La página, llamada «Willaykuna», saldrá cada domingo en la edición impresa y en la web, donde cada texto "
        "tendrá su traducción al español.",
        "La traducción estará a cargo de la Lcda. Rosa Guamán, docente de la Universidad de Cuenca.",
        "«Hay más de 60 mil hablantes de kichwa en la provincia y casi nunca se leen en el periódico», dijo el "
        "director del diario, Sr. Hernán Malo.",
        "El proyecto cuenta con el apoyo de la Casa de la Cultura, núcleo del Azuay.",
    ]),
    "h11-es-parqueo": ("es", "Cuenca cobrará el parqueo tarifado con una aplicación", [
        "Desde el 1 de noviembre, el estacionamiento rotativo tarifado (SERT) del Centro Histórico de Cuenca se "
        "pagará con una aplicación móvil, en lugar de las tarjetas de cartón.",
        "«Descargue la aplicación, registre su placa y pague por minuto», indica la guía publicada por la Empresa "
        "Municipal de Movilidad.",
        "La hora costará US$0,80, igual que ahora. Las tarjetas se seguirán vendiendo hasta fin de año en los "
        "puntos autorizados.",
        "Los agentes de tránsito verificarán las placas con un lector portátil.",
        "Los comerciantes de la calle Gran Colombia pidieron una tarifa especial para sus clientes.",
        "No hubo respuesta.",
    ]),
    "h11-es-suscripcion": ("es", "El Tomebamba lanza su suscripción digital", [
        "Diario El Tomebamba cobrará desde octubre por una parte de sus contenidos en internet. La suscripción "
        "digital costará US$4,99 al mes.",
        "Las noticias de última hora, los obituarios y los servicios seguirán siendo gratuitos; los reportajes y "
        "las investigaciones quedarán para suscriptores.",
        "«Suscríbase y apoye el periodismo local», dice el mensaje que verán los lectores al llegar al límite de "
        "cinco notas gratuitas al mes.",
        "Los suscriptores de la edición impresa tendrán acceso digital sin costo adicional.",
        "El gerente general, Ing. Pablo Vintimilla, dijo que el diario necesita 8.000 suscriptores para cubrir los "
        "costos de la redacción web.",
    ]),
}
