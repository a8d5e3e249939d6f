"""Stories written for the 'holdout16' half whose real sentences look like the chrome of its publishers: a
community weekly starting to post on Sundays ("Subscribers can switch off Sunday alerts in the app"), an
interview about a Gaelic word-a-day app, a ferry petition ("Sign the petition at the council offices"), a
CHamoru-language newscast ("Text your questions to 671-555-0199"), free digital newspapers with a library card, a
musician's copyright win, the islands' newspaper delivery handed to the post ("Fragen beantwortet der
Leserservice"), an interview on a Low German newsletter, a lakeside webcam switched off, a charity run for the
mountain rescue ("Spenden sind weiterhin möglich"), a daily's new cover price, news by USSD code ("Composez
*555*7#"), an interview on the timber industry, a raid on pirated CDs, the time difference with Paris, a bus app
("Téléchargez l'application"), a newsletter in Drehu, a fund for a missing fisherman's family, a radio station
closing ("Gracias por acompañarnos"), a daily's digital subscription, an interview with a wind-farm engineer,
an oil workers' pay deal, a news site adding French, the national radio's app, a photo book's copyright ("Queda
prohibida la reproducción") and an Independence Day parade ("Síganos en las redes sociales").  Some use
subheads, lists, quotations and fact boxes; several are interviews with "Q:"/"A:" or speakers' names before a
colon; abbreviations, initials, times, dates and decimals throughout."""

from __future__ import annotations

from bench.cleaning_set.cms import fact, fact_h, h2, li, quote

STORIES: dict[str, tuple[str, str, list[str]]] = {  # id ("h16-…", unique) -> (lang, title, paragraphs)
    # ---- en: the Stornoway weekly ---------------------------------------------------------------------------
    "h16-en-sunday": ("en", "Gazette website to be updated on Sundays for the first time", [
        "Subscribe to the Gazette's morning alerts and you will soon get them seven days a week: the paper's "
        "website will be updated on Sundays from 2 Nov., its editor, Mrs. Catriona M. Macdonald, announced.",
        "The Gazette has not published anything on the Sabbath since it was founded in 1917, and the decision "
        "has divided readers in Lewis and Harris.",
        "Mrs. Macdonald said only urgent news, such as ferry cancellations, road closures and emergencies, would "
        "be posted, and no staff would be asked to work on Sundays against their beliefs.",
        quote("“When the power went off across Ness last winter on a Sunday, people had nowhere local to turn. "
              "That is what changed our minds,” she said."),
        "The Free Church of Scotland's Stornoway congregation said it regretted the move.",
        "Subscribers who prefer not to receive Sunday alerts can switch them off in the app's settings.",
    ]),
    "h16-en-gaelic": ("en", "Q&A: the teacher behind the Gaelic word-a-day app", [
        "More than 40,000 people now get a Gaelic word on their phone every morning from Facal, an app built by "
        "Barvas teacher Ms. Iseabail N. Morrison. We asked her how it started.",
        "Q: Where did the idea come from?",
        "A: My pupils wanted something shorter than a lesson. A word, a sound file and a sentence take 30 seconds.",
        "Q: Who uses it?",
        "A: About a third are in Scotland, a third in North America and the rest everywhere, from Japan to Chile.",
        "Q: Is it free?",
        "A: Yes. Bòrd na Gàidhlig paid for the first year, and you can donate in the app if you want to keep it "
        "going.",
        "Facal can be downloaded from the usual app stores; the Gazette prints the week's words on page 14.",
    ]),
    "h16-en-ferry": ("en", "Ferry petition passes 5,000 signatures", [
        "A petition asking for a second vessel on the Stornoway to Ullapool route has passed 5,000 signatures in "
        "nine days, its organisers said on Tuesday.",
        "The MV Loch Seaforth missed 41 sailings between June and August, most of them for technical faults, "
        "according to figures from CalMac.",
        "Hotelier Mr. D. J. Mackay: “We had guests stranded in Ullapool three weekends running. Some of them say "
        "they will not come back.”",
        "Crofter Mrs. Kirsty Maciver: “It is the lambs I worry about. The sales do not wait for a ferry.”",
        "Transport Scotland said a new vessel would enter service in 2027.",
        "Sign the petition at the council offices on Sandwick Road or online before 30 Sept.",
    ]),
    # ---- en: the Guam radio ---------------------------------------------------------------------------------
    "h16-en-chamoru": ("en", "Island Radio adds a CHamoru-language newscast", [
        "Håfa adai: from Monday, Island Radio's 7 a.m. newscast will be read in CHamoru as well as English, the "
        "station's news director, Ms. Therese L. Quinata, said.",
        "The five-minute bulletin will be presented by retired teacher Mr. Ben Salas, 71, of Inarajan.",
        "The Kumisión i Fino' CHamoru said fewer than one in five people on the island now speak the language "
        "at home.",
        quote("“My grandchildren hear it from me, but they need to hear it on the radio too, the way they hear "
              "English,” Mr. Salas said."),
        "The bulletin will also be posted as a podcast.",
        "Listeners can text their questions to 671-555-0199.",
    ]),
    "h16-en-library": ("en", "Library card now comes with free digital newspapers", [
        "Guam Public Library System card holders can read three newspapers and 20 magazines online for free from "
        "Oct. 1, the library's board said Thursday.",
        "Sign up with your library card number at any branch, or at the front desk of the Hagåtña main library.",
        "The service, paid for with a $48,000 federal grant, includes the Pacific Daily News and two Saipan "
        "papers, said board chairman Dr. Victor A. Artero.",
        "Until now, residents had to pay up to $14.99 a month for each subscription.",
        "The library said about 9,300 people have active cards, and it expects more to sign up.",
    ]),
    "h16-en-song": ("en", "Musician wins copyright case over song used in campaign ad", [
        "A Guam musician has won $25,000 in damages from a former senatorial candidate who used his song in a "
        "2022 campaign ad without permission, the District Court of Guam ruled.",
        "All rights to the song, “Tåsi,” belong to its writer, Mr. Jesse J. Taitague, who registered it with the "
        "U.S. Copyright Office in 2019, Judge Frances M. Tydingco-Gatewood wrote.",
        "The candidate had argued that the song was widely shared on social media and was therefore free to use.",
        h2("What the ruling means"),
        li("Posting a song online does not give up the writer's rights."),
        li("Political ads need a licence like any other use."),
        "Registering a copyright costs $65 online, Mr. Taitague's lawyer said.",
    ]),
    # ---- de: the Leer daily ---------------------------------------------------------------------------------
    "h16-de-zustellung": ("de", "Auf den Inseln kommt die Zeitung künftig mit der Post", [
        "Der Ostfriesische Rundblick wird auf Borkum, Juist und Norderney ab dem 1. Oktober nicht mehr von "
        "eigenen Botinnen und Boten zugestellt, sondern von der Post.",
        "Für die Leserinnen und Leser bedeutet das: Die Zeitung liegt erst gegen Mittag im Briefkasten statt "
        "vor 6 Uhr morgens.",
        "Verlagsleiter Dr. Hauke J. Onken begründete den Schritt mit dem Mindestlohn und den Kosten für die "
        "Fähre, die bei ca. 1,40 Euro pro Exemplar lägen.",
        "Abonnentinnen und Abonnenten auf den Inseln erhalten das E-Paper ohne Aufpreis dazu.",
        "Der Inselrat von Juist kritisierte die Entscheidung: Gerade Ältere läsen die Zeitung beim Frühstück.",
        "Fragen beantwortet der Leserservice unter 0491 555 0100.",
    ]),
    "h16-de-platt": ("de", "„Plattdüütsch is keen Museumsstück“: Ein Gespräch über den Newsletter Moin Moin", [
        "Jeden Freitag verschickt die Ostfriesische Landschaft einen Newsletter auf Plattdeutsch, inzwischen an "
        "mehr als 11.000 Adressen. Wir haben mit der Redakteurin Anke Hinrichs gesprochen.",
        "Rundblick: Frau Hinrichs, wer liest einen Newsletter auf Platt?",
        "Hinrichs: Viel mehr Junge, als wir dachten. Etwa ein Drittel ist unter 40, und viele lernen die Sprache "
        "gerade erst.",
        "Rundblick: Was steht drin?",
        "Hinrichs: Ein kurzer Text, ein Wort der Woche, Termine u. a. von Theatern und Lesungen, und ein Rezept.",
        "Rundblick: Und wie meldet man sich an?",
        "Hinrichs: Ganz einfach über die Homepage der Landschaft, abbestellen geht mit einem Klick.",
    ]),
    # ---- de: the Pinzgau weekly -----------------------------------------------------------------------------
    "h16-de-webcam": ("de", "Webcam an der Seepromenade wird abgeschaltet", [
        "Die Webcam an der Seepromenade in Zell am See geht Ende des Monats vom Netz, hat die Stadtgemeinde "
        "beschlossen.",
        "Anrainer hatten sich beschwert, weil die Kamera in Badesaison Personen am Ufer erkennbar zeigte; die "
        "Datenschutzbehörde hatte ein Verfahren eingeleitet.",
        "Laut Tourismusverband wurde die Kamera im Sommer bis zu 9.000 Mal am Tag aufgerufen.",
        "Eine neue Kamera auf dem Dach des Ferry-Porsche-Congress-Centers soll ab Dezember nur den See und die "
        "Berge zeigen, sagte Bgm. Andreas Wimmreuter.",
        "Die Bilder der Schmittenhöhe sind weiterhin auf der Website des Tourismusverbands abrufbar.",
    ]),
    "h16-de-spendenlauf": ("de", "Spendenlauf bringt 48.000 Euro für die Bergrettung", [
        "Rund 1.300 Läuferinnen und Läufer haben beim Spendenlauf um den Zeller See am Samstag 48.250 Euro für "
        "die Bergrettung Pinzgau gesammelt.",
        "Das Geld fließt in ein neues Einsatzfahrzeug und in Funkgeräte, sagt Landesleiter Mag. Balthasar "
        "Laireiter.",
        fact_h("Der Lauf in Zahlen"),
        fact("Strecke: 11,2 km um den See"),
        fact("Schnellster: Lukas R. Hofer, 38:12 Min."),
        fact("Älteste Teilnehmerin: 86 Jahre"),
        "Die Idee hatte eine Gruppe von Jugendlichen aus Maishofen, die im Vorjahr selbst von der Bergrettung "
        "vom Hundstein geholt worden war.",
        "Spenden sind weiterhin auf das Konto der Ortsstelle möglich, Verwendungszweck „Spendenlauf“.",
    ]),
    # ---- fr: the Libreville daily ---------------------------------------------------------------------------
    "h16-fr-prix": ("fr", "Gabon Aurore passe à 500 FCFA le numéro", [
        "À partir du lundi 3 novembre, Gabon Aurore sera vendu 500 FCFA au lieu de 400 FCFA, a annoncé la "
        "direction du journal.",
        "Le prix du papier importé a augmenté de près de 30 % en deux ans, explique le directeur de la "
        "publication, M. Guy-Roger N. Bibang.",
        "Les vendeurs à la criée, qui touchent une commission de 25 %, gagneront 125 FCFA par exemplaire.",
        quote("« Nous n'avons pas augmenté depuis 2016. Nous préférons un journal plus cher à un journal qui "
              "disparaît », dit M. Bibang."),
        "Le quotidien tire à environ 12 000 exemplaires, surtout à Libreville, Port-Gentil et Franceville.",
        "L'abonnement numérique reste à 3 000 FCFA par mois.",
    ]),
    "h16-fr-ussd": ("fr", "Les informations arrivent par code USSD sur les téléphones simples", [
        "Composez *555*7# et recevez trois titres de l'actualité par jour : c'est le nouveau service lancé par un "
        "opérateur de téléphonie avec quatre médias gabonais.",
        "Il fonctionne sans connexion Internet, ce qui le rend accessible dans les villages de l'intérieur, "
        "souligne la directrice commerciale, Mme Nadège M. Ossouka.",
        "Chaque message coûte 25 FCFA, prélevés sur le crédit d'appel.",
        "L'Autorité de régulation des communications électroniques et des postes (ARCEP) a validé l'offre pour "
        "un an.",
        "Pour se désabonner, il suffit d'envoyer STOP au 7555.",
    ]),
    "h16-fr-bois": ("fr", "« Le bois reste notre pétrole vert » : entretien avec un exploitant de Lambaréné", [
        "Le Gabon interdit depuis 2010 l'exportation de grumes. Quinze ans après, M. Paul-Marie Ndong, "
        "exploitant forestier à Lambaréné, fait le bilan.",
        "Gabon Aurore : La transformation locale a-t-elle tenu ses promesses ?",
        "Paul-Marie Ndong : En partie. Nous avons créé 200 emplois à la scierie, mais l'électricité coûte cher "
        "et les routes sont mauvaises.",
        "Gabon Aurore : Que demandez-vous à l'État ?",
        "Paul-Marie Ndong : Des pistes praticables en saison des pluies, et que les grumiers ne paient plus trois "
        "fois le même péage.",
        "Gabon Aurore : Et la certification ?",
        "Paul-Marie Ndong : Sans le label FSC, l'Europe n'achète plus. C'est devenu notre passeport.",
    ]),
    "h16-fr-piratage": ("fr", "Près de 6 000 CD et DVD piratés saisis au marché de Mont-Bouët", [
        "Le Bureau gabonais du droit d'auteur (BUGADA) a saisi jeudi près de 6 000 CD et DVD contrefaits au marché "
        "de Mont-Bouët, à Libreville, avec l'appui de la police.",
        "Reproduire une œuvre sans l'autorisation de son auteur est un délit, passible de deux ans de prison et "
        "d'une amende de 10 millions de FCFA, rappelle son directeur, M. Jean-Claude Moussavou.",
        "Les vendeurs affirment acheter la marchandise au Cameroun pour 100 FCFA l'unité.",
        "Plusieurs artistes, dont la chanteuse Mme Pierrette A. Adams, étaient présents lors de l'opération.",
        "Les disques saisis seront détruits en public, comme l'an dernier.",
    ]),
    # ---- fr: the Nouméa site --------------------------------------------------------------------------------
    "h16-fr-decalage": ("fr", "Le décalage horaire, casse-tête des démarches avec Paris", [
        "Il est 10 heures de plus à Nouméa qu'à Paris en été austral, 9 heures en hiver : pour les Calédoniens, "
        "une simple démarche administrative en métropole peut tourner au parcours d'obstacles.",
        "Les plateformes téléphoniques des ministères ouvrent de 9 h à 17 h, heure de Paris, soit de 19 h à "
        "3 h du matin à Nouméa.",
        "Mme Rose-Marie K. Wamytan, étudiante à Bordeaux, raconte avoir appelé la CAF « à 2 h du matin, "
        "avec un réveil ».",
        "Le haut-commissariat a ouvert un guichet qui transmet les dossiers aux administrations métropolitaines.",
        "Il reçoit sur rendez-vous du lundi au vendredi, de 7 h 30 à 11 h 30.",
    ]),
    "h16-fr-taneo": ("fr", "Une application pour suivre les bus Tanéo en temps réel", [
        "Téléchargez l'application Tanéo et vous saurez à la minute près quand passe votre bus : le syndicat "
        "mixte des transports urbains du Grand Nouméa a présenté son nouvel outil mardi.",
        "Les 90 véhicules du réseau sont équipés de balises GPS depuis l'été.",
        "L'application permet aussi d'acheter des tickets, à 210 F CFP le trajet.",
        "M. Jean-Pierre T. Djaïwé, président du syndicat, promet une version en anglais pour les croisiéristes.",
        "L'application est gratuite sur les boutiques Apple et Android.",
    ]),
    "h16-fr-drehu": ("fr", "Caillou Info lance une lettre d'information en drehu", [
        "Caillou Info enverra chaque vendredi une lettre d'information en drehu, la langue de Lifou, avec les "
        "principales nouvelles de la semaine.",
        "L'Académie des langues kanak (ALK) assure la traduction, et un enregistrement audio accompagne chaque "
        "envoi.",
        "Environ 15 000 personnes parlent le drehu, ce qui en fait l'une des langues kanak les plus répandues.",
        quote("« Nos jeunes à Nouméa lisent les nouvelles en français toute la journée. Le vendredi, ils les "
              "liront dans la langue de leurs grands-parents », dit M. Wanakam Wahnyamalla, de l'ALK."),
        "L'inscription est gratuite ; il suffit de laisser son adresse électronique sur la page d'accueil.",
    ]),
    "h16-fr-cagnotte": ("fr", "Une cagnotte pour la famille d'un pêcheur disparu à Lifou", [
        "Plus de 4 millions de F CFP ont été réunis en une semaine pour la famille de M. Édouard H. Wadra, pêcheur "
        "de Wé disparu en mer le 12 septembre.",
        "Les recherches du MRCC ont été suspendues au bout de cinq jours, malgré l'engagement d'un avion Falcon "
        "des Forces armées.",
        "Le pêcheur, âgé de 46 ans, laisse une épouse et quatre enfants.",
        "La chefferie de Wé a organisé une coutume samedi, à laquelle ont assisté plusieurs centaines de "
        "personnes.",
        "Les dons peuvent être déposés à la mairie de Wé ou versés sur le compte ouvert par la paroisse.",
    ]),
    # ---- es: the Comodoro daily -----------------------------------------------------------------------------
    "h16-es-radio": ("es", "Se despide LU4, la radio que acompañó a Comodoro durante 60 años", [
        "LU4 Radio Patagonia dejará de transmitir el viernes a las 24 h, después de 60 años en el aire, confirmó "
        "su dueño, el Sr. Alberto E. Ruiz.",
        "La emisora, fundada en 1965, transmitió la llegada del agua potable a Km 3 y las grandes nevadas de "
        "1984 y 2016.",
        "Los 14 trabajadores recibirán la indemnización completa, según el Sindicato de Locutores.",
        "El archivo de cintas será donado al Museo Nacional del Petróleo.",
        quote("«Gracias por acompañarnos todos estos años; esta radio fue de ustedes», dijo entre lágrimas el "
              "locutor Néstor Cabrera en el último programa de la mañana."),
    ]),
    "h16-es-suscripcion": ("es", "Crónica del Golfo lanza su suscripción digital", [
        "Suscribite por $2.500 al mes y leé Crónica del Golfo sin límites: así presenta el diario el modelo de "
        "pago que empieza a regir el 1.º de octubre.",
        "Los lectores podrán seguir leyendo diez notas gratis por mes, explicó la directora, Lic. Laura M. "
        "Sepúlveda.",
        "Los jubilados y los estudiantes de la UNPSJB pagarán la mitad.",
        "El diario, que tiene 46 periodistas, dice que la publicidad de las petroleras cayó un 40 % desde 2023.",
        "La edición impresa de los domingos se mantiene a $1.800.",
    ]),
    "h16-es-eolico": ("es", "«El viento de acá no tiene comparación»: entrevista con una ingeniera eólica", [
        "El parque eólico Antonio Morán, en el cerro Chenque, fue el primero del país. Hablamos con su jefa de "
        "mantenimiento, la Ing. Valeria S. Orozco.",
        "P: ¿Qué tiene de especial el viento de Comodoro?",
        "R: Es fuerte y constante. Acá un molino trabaja el 50 % del tiempo a plena carga; en Europa, un 25 %.",
        "P: ¿Y el problema?",
        "R: Las ráfagas de más de 120 km/h. Los aerogeneradores se frenan solos a 90 km/h para no romperse.",
        "P: ¿Hay trabajo para los jóvenes de la zona?",
        "R: Sí, y mucho. Este año tomamos a seis técnicos de la escuela industrial.",
    ]),
    "h16-es-petroleros": ("es", "Petroleros aceptan la oferta salarial y levantan el paro", [
        "El Sindicato de Petroleros Privados de Chubut aceptó en asamblea una suba salarial del 18 % en tres "
        "tramos y levantó el paro que afectaba a 40 yacimientos.",
        "El secretario general, Sr. Jorge Á. Ávila: «No es lo que pedíamos, pero garantiza que nadie pierda "
        "contra la inflación».",
        "Las operadoras: la Cámara de Empresas Productoras de Hidrocarburos dijo que el acuerdo «da "
        "previsibilidad» hasta marzo.",
        "La producción del golfo San Jorge había caído unos 18.000 barriles diarios durante los tres días de "
        "medida de fuerza.",
        "La próxima revisión está prevista para el 15 de enero.",
    ]),
    # ---- es: the Malabo site --------------------------------------------------------------------------------
    "h16-es-frances": ("es", "Bioko Hoy publicará también en francés", [
        "Bioko Hoy publicará a partir de noviembre una selección diaria de sus noticias en francés, la segunda "
        "lengua oficial del país, anunció su director, D. Rafael N. Esono.",
        "La edición en francés tendrá cinco notas al día, pensadas sobre todo para los lectores de Camerún y "
        "Gabón, con los que Guinea Ecuatorial comparte frontera.",
        "Según la redacción, el 22 % de las visitas al sitio ya llegan desde esos dos países.",
        "La traducción estará a cargo de dos periodistas formados en la Universidad Nacional (UNGE).",
        "El botón para cambiar de idioma estará arriba, junto al buscador.",
    ]),
    "h16-es-appradio": ("es", "Radio Nacional estrena aplicación para escuchar en directo", [
        "Descargue la aplicación de Radio Nacional de Guinea Ecuatorial y escuche la emisora desde cualquier "
        "lugar del mundo: así anunció el ministerio de Información el nuevo servicio el lunes.",
        "La aplicación ofrece las emisiones de Malabo y de Bata, los informativos en fang y bubi y un archivo de "
        "programas.",
        "Hasta ahora, la radio solo se podía escuchar en onda media y FM dentro del país.",
        "El director técnico, Ing. Crisantos M. Obama, explicó que consume unos 40 MB por hora de escucha.",
        "La aplicación es gratuita y está disponible en español, francés e inglés.",
    ]),
    "h16-es-annobon": ("es", "Un libro reúne 200 fotografías de Annobón", [
        "Queda prohibida la reproducción de las imágenes sin permiso del autor: así reza la primera página de "
        "«Pagalu», el libro de fotografías de Annobón que presentó el martes el Centro Cultural de España en "
        "Malabo.",
        "Su autor, el fotógrafo D. Teodoro B. Mba, viajó once veces a la isla entre 2015 y 2024.",
        "El libro muestra la pesca con cayuco, las fiestas de San Antonio y la vida en San Antonio de Palé.",
        "Se han impreso 1.000 ejemplares, que se venden a 15.000 francos CFA.",
        "Todos los derechos de autor se donarán a la escuela de la isla, dijo Mba.",
    ]),
    "h16-es-desfile": ("es", "Malabo celebra el 12 de octubre con un gran desfile", [
        "Miles de personas asistieron el domingo en Malabo al desfile por el 57.º aniversario de la "
        "Independencia, que recorrió el paseo marítimo durante tres horas.",
        "Desfilaron escolares, asociaciones de mujeres, bomberos y unidades de las Fuerzas Armadas.",
        "El Gobierno había decretado dos días festivos, el 12 y el 13 de octubre.",
        "La ministra de Información, Dña. Mercedes O. Eworo, invitó a quienes no pudieron asistir a ver los "
        "vídeos en internet.",
        quote("«Síganos en las redes sociales del ministerio: colgaremos el desfile completo esta noche», dijo."),
    ]),
}
