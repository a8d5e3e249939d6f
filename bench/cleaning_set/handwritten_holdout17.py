"""Stories written for the 'holdout17' half whose real sentences look like the chrome of its publishers: a
Jamestown newsagent closing ("The Wirebird is now on sale at the Post Office"), an interview with the hospital's
blood bank ("Donors can book on 22500"), a second weekly flight ("Bookings can be made at the travel office"), a
smart speaker learning Faroese ("Ask it to play the news"), a wind-power record on the islands' grid, a
newsroom apprenticeship ("Applications close on 30 Sept."), an island weekly's 125th birthday, an interview with
the island's lost-property office, a trade paper's regional editions ("Wählen Sie Ihre Ausgabe"), a farm
succession, an app that saves the news for the river villages ("Téléchargez les articles avant de partir"),
planned power cuts explained, an interview on illegal gold mining, pupils at a launch, a library printing the
paper for the elderly ("Pour imprimer un article, adressez-vous à l'accueil"), a snow-depth record, the
Fontina's new rules, an interview on Francoprovençal lessons, the longest night in Ushuaia ("El sol sale a las
9.59 h"), a daily closing its comments ("Los comentarios seguirán abiertos en Facebook"), an interview with an
Antarctic base cook, the king-crab season, the Tapati festival programme ("Faltan pocos días"), a radio taking
WhatsApp voice messages ("Envíe su audio al +56 9 5555 0101"), a moai restoration and an interview on a Rapa Nui
language school.  Some use subheads, lists, quotations and fact boxes; several are interviews with "Q:"/"A:",
"P:"/"R:" or speakers' names before a colon; abbreviations, initials, times, dates and decimals throughout."""

from __future__ import annotations

from bench.cleaning_set.cms import fact, fact_h, h2, li, quote

STORIES: dict[str, tuple[str, str, list[str]]] = {  # id ("h17-…", unique) -> (lang, title, paragraphs)
    # ---- en: the Saint Helena weekly ------------------------------------------------------------------------
    "h17-en-stockists": ("en", "Main Street newsagent closes after 61 years", [
        "Thorpe's newsagent in Main Street, Jamestown, closed its doors on Saturday after 61 years, and with it "
        "went the island's last shop selling only papers, stationery and sweets.",
        "Owner Mrs. Rita M. Thorpe, 74, said she could no longer get stock on the ship every three weeks at a "
        "price islanders would pay.",
        quote("“People came in for the Wirebird on a Friday and stayed an hour. I will miss the talk more than "
              "the till,” she said."),
        "The shop's lottery and phone top-up counter will move to the Post Office from Monday.",
        "The Wirebird is now on sale at the Post Office, at the Star in Longwood and at Rose and Crown, price "
        "£1.20.",
        "Subscribers who collected their copy at Thorpe's will have it delivered at no extra cost until the end "
        "of the year.",
    ]),
    "h17-en-bloodbank": ("en", "Q&A: why the hospital needs O negative donors", [
        "The General Hospital's blood bank holds fewer than 30 units at any time, and every one of them is "
        "given by an islander. We spoke to the laboratory manager, Mr. Kevin J. George.",
        "Q: Why is blood such a problem on St Helena?",
        "A: We cannot fly it in. The nearest blood service is in Cape Town, and a flight can be cancelled by wind "
        "for days.",
        "Q: Who can give?",
        "A: Anyone aged 17 to 65 who weighs more than 50 kg and is in good health. O negative is what we are "
        "always short of.",
        "Q: How long does it take?",
        "A: About 40 minutes, including a cup of tea and a biscuit afterwards.",
        "Donors can book an appointment by calling the laboratory on 22500, Monday to Friday from 9 a.m.",
    ]),
    "h17-en-airlink": ("en", "Second weekly flight to Johannesburg from November", [
        "Airlink will add a second weekly flight between St Helena and Johannesburg from 8 Nov., the "
        "government announced on Wednesday.",
        "The extra flight will leave on Tuesdays and stop at Windhoek on the way back, said the Tourism "
        "Director, Ms. Helena Bennett.",
        "The island received 2,480 visitors in the last financial year, most of them on the Saturday flight, "
        "which is often full weeks in advance.",
        h2("What changes for travellers"),
        li("Tuesday departures at 1.30 p.m., arriving in Johannesburg at 7.05 p.m."),
        li("Fares from £980 return, the same as on Saturdays."),
        "Bookings can be made at Solomon's travel office on the Wharf or online.",
    ]),
    # ---- en: the Faroe site ---------------------------------------------------------------------------------
    "h17-en-speaker": ("en", "Smart speakers learn Faroese", [
        "Smart speakers sold in the Faroe Islands can now be spoken to in Faroese, after a three-year project "
        "by the University of the Faroe Islands and a Danish start-up.",
        "Until now, islanders had to speak English or Danish to their devices, which linguist Dr. Jógvan í Lon "
        "Jacobsen called “a small daily defeat for a language of 80,000 people”.",
        "The team recorded more than 1,200 hours of speech from volunteers in every village, from Viðareiði to "
        "Sumba.",
        "Ask it to play the news, and it will read the morning bulletin of Kringvarp Føroya, the national "
        "broadcaster.",
        "The software is free, and older speakers receive it with an update this month.",
    ]),
    "h17-en-grid": ("en", "Wind and water cover the whole grid for a day", [
        "For the first time, the Faroe Islands ran on renewable power alone for a full 24 hours on Sunday, the "
        "utility SEV said.",
        "Strong westerly winds and full reservoirs at Eiði allowed the oil-fired station at Sund to shut down "
        "from midnight to midnight.",
        fact_h("The day in figures"),
        fact("Wind: 61 per cent"),
        fact("Hydro: 34 per cent"),
        fact("Solar and batteries: 5 per cent"),
        "SEV's target is a fossil-free grid on land by 2030, a goal its director, Mr. Hákun Djurhuus, called "
        "“ambitious but within sight”.",
        "The utility publishes the live mix of the grid on its website every 15 minutes.",
    ]),
    "h17-en-hiring": ("en", "Island media offer first journalism apprenticeships", [
        "Three Faroese news outlets will take on four apprentice reporters next year, in the first scheme of "
        "its kind in the islands.",
        "The apprentices will spend two years in newsrooms in Tórshavn and Klaksvík and study one day a week "
        "at the Glasir college, said project leader Ms. Sunnvá Joensen.",
        "Most young Faroese who want to work in journalism now study in Denmark, and few come back, she said.",
        "Applicants must be over 18 and speak Faroese and English; no degree is required.",
        "Applications close on 30 Sept., and interviews will be held in October.",
    ]),
    # ---- de: the Helgoland weekly ---------------------------------------------------------------------------
    "h17-de-jubilaeum": ("de", "125 Jahre Inselkurier: Die Zeitung, die mit dem Schiff kam", [
        "Am 1. Oktober 1900 erschien die erste Ausgabe des Helgoländer Inselkuriers, vier Seiten, gedruckt in "
        "Cuxhaven und mit dem Dampfer auf die Insel gebracht.",
        "In 125 Jahren hat die Zeitung zwei Weltkriege, die Evakuierung der Insel 1945 und die Rückkehr 1952 "
        "überstanden, schreibt der Chronist Dr. Ernst P. Rickmers.",
        "Während der Jahre im Exil wurde der Kurier in Hamburg gemacht und an Helgoländer in ganz Deutschland "
        "verschickt.",
        quote("„Die Zeitung war damals das Einzige, was die Gemeinschaft zusammengehalten hat“, sagt Rickmers."),
        "Heute hat der Kurier ca. 1.900 Abonnentinnen und Abonnenten, davon mehr als die Hälfte auf dem Festland.",
        "Zum Jubiläum erscheint eine Sonderausgabe mit 48 Seiten, die im Museum z. B. neben der ersten Ausgabe "
        "ausgestellt wird.",
    ]),
    "h17-de-fundbuero": ("de", "„Einmal war es ein Gebiss“: Ein Gespräch im Fundbüro", [
        "Im Fundbüro der Gemeinde Helgoland landet alles, was Tagesgäste auf der Insel verlieren. Wir haben mit "
        "Sachbearbeiterin Telse Friedrichs gesprochen.",
        "Inselkurier: Frau Friedrichs, was wird am häufigsten abgegeben?",
        "Friedrichs: Sonnenbrillen, Mützen und Handys, im Sommer z. B. 30 Stück pro Woche.",
        "Inselkurier: Und das Ungewöhnlichste?",
        "Friedrichs: Einmal war es ein Gebiss, das auf der Düne im Sand lag. Der Besitzer hat sich nach drei "
        "Tagen aus Bremen gemeldet.",
        "Inselkurier: Wie bekommt man seine Sachen zurück?",
        "Friedrichs: Anrufen, beschreiben, und wir schicken es per Post aufs Festland, gegen Porto.",
        "Fundsachen werden ein halbes Jahr aufbewahrt, danach gehen sie an die Kleiderkammer.",
    ]),
    # ---- de: the Allgäu dairy trade paper -------------------------------------------------------------------
    "h17-de-ausgaben": ("de", "Milchspiegel erscheint künftig in drei Regionalausgaben", [
        "Der Allgäuer Milchspiegel erscheint ab Januar in drei Ausgaben: Oberallgäu, Ostallgäu und "
        "Westallgäu mit dem württembergischen Allgäu.",
        "Die Marktberichte bleiben für alle gleich, die Seiten mit Versammlungen, Hofübergaben und "
        "Stellenanzeigen werden regional.",
        "Chefredakteur Martin Zettler sagte, viele Leserinnen und Leser hätten sich mehr Nachrichten aus ihrem "
        "eigenen Landkreis gewünscht.",
        "Wählen Sie Ihre Ausgabe einfach beim nächsten Einloggen; wer nichts wählt, bekommt weiterhin die "
        "Gesamtausgabe.",
        "Der Preis des Abonnements ändert sich nicht.",
    ]),
    "h17-de-hofnachfolge": ("de", "Nur jeder dritte Milchviehbetrieb hat einen Nachfolger", [
        "Von den rund 5.800 Milchviehbetrieben im Allgäu hat nur jeder dritte eine geregelte Hofnachfolge, "
        "ergab eine Umfrage des Amts für Ernährung, Landwirtschaft und Forsten in Kempten.",
        "Besonders betroffen sind kleine Betriebe mit weniger als 40 Kühen, z. B. im Oberallgäu.",
        fact_h("Die Umfrage"),
        fact("Befragte Betriebe: 1.214"),
        fact("Nachfolge geregelt: 34 Prozent"),
        fact("Nachfolge unklar: 41 Prozent"),
        "Als Gründe nannten die Befragten u. a. die Arbeit an 365 Tagen im Jahr und den unsicheren Milchpreis.",
        "Der Bauernverband bietet ab Herbst eine kostenlose Beratung zur Hofübergabe an, Anmeldung beim "
        "Kreisverband.",
    ]),
    # ---- fr: the Cayenne daily ------------------------------------------------------------------------------
    "h17-fr-horsligne": ("fr", "Une application pour lire les nouvelles sans réseau sur le fleuve", [
        "Dans les villages du Maroni et de l'Oyapock, où le réseau mobile ne passe souvent qu'au bourg, une "
        "nouvelle application permet de lire les journaux hors connexion.",
        "Développée par une association de Saint-Laurent, elle enregistre les articles, la météo et les avis "
        "de la préfecture dès que le téléphone capte le Wi-Fi.",
        "« Téléchargez les articles avant de partir en pirogue, et vous les lirez à Grand-Santi », explique "
        "son créateur, M. Wilfried A. Adjako.",
        "L'application est traduite en aluku et en sranan tongo, et coûte 0 €.",
        "Elle a déjà été installée env. 3 400 fois depuis son lancement en juin.",
    ]),
    "h17-fr-coupures": ("fr", "Pourquoi EDF coupe le courant le jeudi matin", [
        "Depuis la rentrée, des quartiers de Matoury et de Rémire-Montjoly sont privés d'électricité presque "
        "chaque jeudi matin, de 8 h à 12 h.",
        "Ces coupures programmées permettent de remplacer les lignes aériennes abîmées par la végétation, "
        "explique EDF Guyane.",
        "Plus de 40 km de câbles doivent être changés d'ici à mars, selon Mme Sandra Lapierre, directrice "
        "régionale.",
        "Les habitants concernés sont prévenus par SMS la veille, et la liste des rues est affichée en mairie.",
        "Les commerçants de la Chaumière réclament p. ex. que les travaux aient lieu le dimanche.",
    ]),
    "h17-fr-orpaillage": ("fr", "« Le fleuve est devenu brun » : entretien sur l'orpaillage illégal", [
        "Plus de 9 000 orpailleurs clandestins travailleraient dans la forêt guyanaise. Nous avons interrogé "
        "Mme Aline Tiouka, qui suit le sujet depuis vingt ans.",
        "Courrier de Guyane : Qu'est-ce qui a changé ces dernières années ?",
        "Aline Tiouka : Les sites sont plus petits et plus mobiles. Ils démontent tout en une nuit quand les "
        "gendarmes arrivent.",
        "Courrier de Guyane : Et pour les villages ?",
        "Aline Tiouka : Le mercure est partout. Dans certains villages, les enfants en ont trois fois plus dans "
        "les cheveux que la norme.",
        "Courrier de Guyane : Que faudrait-il faire ?",
        "Aline Tiouka : Contrôler le fleuve côté Suriname aussi, sinon on vide la mer avec une cuillère.",
    ]),
    "h17-fr-fusee": ("fr", "300 écoliers de Kourou assistent à leur premier lancement", [
        "Ils étaient 300 élèves de CM2 sur le site de Toucan, mardi soir, pour voir décoller Ariane 6 à 21 h 12.",
        "L'opération, organisée par le Centre spatial guyanais et le rectorat, doit être renouvelée à chaque "
        "lancement.",
        "« On a senti le bruit dans le ventre avant de l'entendre », raconte Inès, 10 ans, de l'école "
        "Émile-Nézès.",
        h2("Un métier à portée de main"),
        "Près de 1 700 personnes travaillent au CSG, mais peu de jeunes Guyanais y font carrière, reconnaît "
        "M. Jean-Luc Voyer, son directeur.",
        "Des stages de 3e seront proposés dès janvier aux collégiens de Kourou et de Sinnamary.",
    ]),
    # ---- fr: the Aosta site ---------------------------------------------------------------------------------
    "h17-fr-imprimer": ("fr", "À Châtillon, la bibliothèque imprime le journal pour les aînés", [
        "Chaque matin, la bibliothèque de Châtillon imprime une quinzaine d'articles de presse en gros "
        "caractères pour les résidents de la maison de retraite.",
        "L'idée vient de la bibliothécaire, Mme Lucia Frassy, qui voyait des lecteurs âgés renoncer aux "
        "journaux en ligne.",
        "Pour imprimer un article, il suffit de le demander à l'accueil, en français ou en italien.",
        "Le service est gratuit jusqu'à dix pages par jour et par personne.",
        "La Région envisage de l'étendre à toutes les bibliothèques de la Vallée d'ici à 2026.",
    ]),
    "h17-fr-neige": ("fr", "Record de neige en octobre à Cervinia", [
        "Il est tombé 82 cm de neige fraîche en 24 heures à Breuil-Cervinia, un record pour un mois d'octobre "
        "depuis le début des relevés en 1951.",
        "Les pistes du Plateau Rosa ouvriront avec deux semaines d'avance, le samedi 8 novembre, a annoncé la "
        "société des remontées mécaniques.",
        fact_h("Hauteurs de neige, dimanche 7 h"),
        fact("Breuil-Cervinia : 118 cm"),
        fact("Courmayeur, Pavillon : 74 cm"),
        fact("Pila : 41 cm"),
        "Le risque d'avalanche reste marqué au-dessus de 2 500 m, selon le bulletin régional.",
        "Les randonneurs sont invités à ne pas partir sans ARVA, pelle et sonde.",
    ]),
    "h17-fr-fontina": ("fr", "La fontina AOP change son cahier des charges", [
        "Le consortium de la fontina a fait approuver par Bruxelles un nouveau cahier des charges, qui entrera "
        "en vigueur au printemps.",
        "Les principales nouveautés :",
        li("le lait devra provenir de vaches nourries à au moins 70 % de foin valdôtain ;"),
        li("l'affinage en grotte passe de 80 à 90 jours minimum ;"),
        li("la mention « d'alpage » est réservée aux meules produites au-dessus de 1 500 m."),
        "Le président du consortium, M. Luc Dayné, estime que ces règles protègent les petits producteurs.",
        "Env. 3 300 tonnes de fontina sont produites chaque année dans la Vallée d'Aoste.",
    ]),
    "h17-fr-patois": ("fr", "« Le patois, on le parlait à l'étable » : entretien avec une enseignante", [
        "Depuis septembre, 600 adultes suivent des cours de francoprovençal dans la Vallée d'Aoste. Mme Ivana "
        "Cerise les coordonne.",
        "La Doire Info : Qui s'inscrit à ces cours ?",
        "Ivana Cerise : Beaucoup de grands-parents qui veulent parler à leurs petits-enfants, et des gens venus "
        "de Turin ou de Milan.",
        "La Doire Info : Le patois est-il le même partout ?",
        "Ivana Cerise : Non, celui de Cogne n'est pas celui d'Ayas. On enseigne la variante du village.",
        "La Doire Info : Et après ?",
        "Ivana Cerise : Le concours Cerlogne réunit chaque année les écoles au printemps. C'est là qu'on voit si "
        "la langue vit.",
    ]),
    # ---- es: the Ushuaia daily ------------------------------------------------------------------------------
    "h17-es-luz": ("es", "Ushuaia celebra la noche más larga del año", [
        "Con 17 horas y 20 minutos de oscuridad, Ushuaia vivió el sábado la noche más larga del año, y miles "
        "de personas la celebraron con la tradicional Fiesta de la Noche Más Larga.",
        "El sol sale a las 9.59 h y se pone a las 16.52 h en el solsticio de invierno, recordó el Planetario "
        "de la ciudad.",
        "Hubo fogones, chocolate caliente y un recital en el Paseo del Centenario, con temperaturas de -4 °C.",
        "La Sra. Laura Ávila, secretaria de Turismo, dijo que los hoteles estuvieron al 85 % de ocupación.",
        "Desde el domingo, cada día suma unos dos minutos de luz.",
    ]),
    "h17-es-comentarios": ("es", "La Gaceta Fueguina cierra los comentarios en su sitio", [
        "Desde el lunes, las notas de La Gaceta Fueguina ya no admiten comentarios de los lectores en el sitio "
        "web, informó la dirección del diario.",
        "La decisión se tomó tras meses de insultos y mensajes falsos que obligaban a moderar más de 400 "
        "comentarios por día, explicó el director, Sr. Gonzalo Zamora.",
        "Los comentarios seguirán abiertos en Facebook, donde rigen las normas de la plataforma.",
        "Las cartas de lectores se siguen recibiendo por correo electrónico y se publican los domingos.",
        "Otros diarios patagónicos tomaron la misma medida en los últimos dos años.",
    ]),
    "h17-es-antartida": ("es", "«En la base se come mejor que en casa»: entrevista con un cocinero antártico", [
        "El cabo principal Darío Cárdenas pasó 13 meses como cocinero en la base Marambio. Volvió a Ushuaia la "
        "semana pasada.",
        "P: ¿Qué es lo más difícil de cocinar en la Antártida?",
        "R: El pan. Con el frío la masa no leva, así que horneaba de noche, junto a la caldera.",
        "P: ¿Y los productos frescos?",
        "R: Llegan con el avión Hércules cuando el tiempo deja, a veces una vez por mes.",
        "P: ¿Volvería?",
        "R: Mañana mismo. Cocinar para 60 personas que te esperan es lo más lindo que hice.",
    ]),
    "h17-es-centolla": ("es", "Abre la temporada de centolla en el canal Beagle", [
        "La temporada de pesca de centolla abrió el 1 de septiembre con 23 embarcaciones habilitadas en el "
        "canal Beagle, informó la Secretaría de Pesca.",
        "Solo pueden capturarse machos de más de 11 cm de caparazón, y las hembras deben devolverse al mar.",
        fact_h("La temporada en números"),
        fact("Cupo total: 420 toneladas"),
        fact("Precio en muelle: $18.000 el kilo"),
        fact("Cierre: 31 de diciembre"),
        "El Sr. Rubén Lavalle, de la cooperativa de pescadores, pidió más controles contra la pesca furtiva.",
        "Los restaurantes de la avenida San Martín ya ofrecen centolla fresca a partir de hoy.",
    ]),
    # ---- es: the Rapa Nui radio -----------------------------------------------------------------------------
    "h17-es-tapati": ("es", "La Tapati Rapa Nui presenta su programa", [
        "La comisión organizadora presentó el programa de la Tapati Rapa Nui, la fiesta que durante dos "
        "semanas de febrero reúne a toda la isla.",
        "Las competencias más esperadas:",
        li("el Haka Pei, descenso en troncos de plátano por la ladera del Maunga Pu'i;"),
        li("el Tau'a Rapa Nui, triatlón en la laguna del Rano Raraku;"),
        li("el Riu, canto tradicional de las familias."),
        "Faltan pocos días para elegir a las dos candidatas a reina, dijo la Sra. Marta Hotus, presidenta de la "
        "comisión.",
        "Las entradas a las tribunas son gratuitas para los residentes.",
    ]),
    "h17-es-audios": ("es", "La radio recibe ahora audios de WhatsApp de los oyentes", [
        "Desde esta semana, los oyentes pueden enviar mensajes de voz por WhatsApp al programa de la mañana, "
        "que los pone al aire entre las 8 y las 10 h.",
        "La idea es que los mayores, que hablan más cómodos en rapanui que por escrito, participen más, explicó "
        "el locutor Sr. Juan Carlos Tuki.",
        "Envíe su audio al +56 9 5555 0101 con su nombre y su sector, pidió Tuki al presentar la iniciativa.",
        "El primer día llegaron 74 audios, la mayoría sobre el agua potable en Vaitea.",
        "Los mensajes no se guardan después de la emisión.",
    ]),
    "h17-es-moai": ("es", "Restauran tres moai dañados por el incendio de 2022", [
        "Un equipo de conservadores terminó la restauración de tres moai de las laderas del Rano Raraku que se "
        "agrietaron en el incendio de octubre de 2022.",
        "El trabajo duró 14 meses y costó unos 180 millones de pesos, financiados por la comunidad indígena "
        "Ma'u Henua y el Estado, informó el Sr. Ricardo Haoa.",
        "Se usó un mortero de cal y ceniza volcánica para rellenar las grietas, sin cambiar el aspecto de la "
        "piedra, explicó la Dra. Mónica Bahamondez.",
        quote("«Para nosotros no son piedras, son nuestros antepasados», dijo el Sr. Haoa."),
        "El sector seguirá cerrado a los visitantes hasta fin de mes.",
    ]),
    "h17-es-lengua": ("es", "«Los niños sueñan en rapanui»: entrevista con la directora de la escuela de inmersión", [
        "La escuela Lorenzo Baeza Vega enseña desde hace diez años solo en rapanui hasta el cuarto básico. "
        "Hablamos con su directora, Sra. Virginia Haoa.",
        "Radio Motu Nui: ¿Cuántos niños hablan rapanui hoy?",
        "Virginia Haoa: En nuestra escuela, todos. Fuera de ella, quizás uno de cada cuatro.",
        "Radio Motu Nui: ¿Qué dicen los padres?",
        "Virginia Haoa: Al principio tenían miedo por el castellano. Hoy los niños son bilingües y les va "
        "igual de bien en la PAES.",
        "Radio Motu Nui: ¿Qué falta?",
        "Virginia Haoa: Libros. Escribimos y dibujamos nosotros mismos casi todo lo que leen.",
    ]),
}
