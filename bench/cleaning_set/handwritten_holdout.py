"""Stories written for the 'holdout' half whose real sentences look like boilerplate: newspapers closing
("Thank you for reading", "Gracias por leernos", "Merci de nous avoir lus" are quotes here), app launches
("download it from the App Store and Google Play"), subscriptions and their cancellation, a copyright suit
over "all rights reserved" notices, a newsletter that ends.  Full of abbreviations, times and dates; each
ends with a real quote."""

from __future__ import annotations

STORIES: dict[str, tuple[str, str, list[str]]] = {  # id -> (lang, title, paragraphs)
    "en-closing": ("en", "Dunmore Weekly Herald will print its last edition after 112 years", [
        "The Dunmore Weekly Herald, which has covered the farm town north of Riverton since 1913, will print its "
        "final edition Sept. 24, publisher Gail McAllister said Thursday.",
        "The paper's 1,900 print subscribers will receive refunds for the rest of their subscriptions by Oct. 1, "
        "McAllister said, and the Herald's free weekly email newsletter will end with the last issue.",
        "Print advertising at the Herald fell by about 60% over the past decade, and the cost of newsprint rose "
        "28% in 2022 alone, according to figures McAllister shared with the Courier-Gazette.",
        "Prof. Alan Whitcomb, who tracks news deserts at the University of Oregon, said the county would be left "
        "with one newspaper. “When a weekly like the Herald goes, nobody covers the water district anymore,” he "
        "said.",
        "McAllister, 67, said she spent 14 months looking for a buyer. Her farewell column, which runs on the "
        "front page of the final edition, ends with four words: “Thank you for reading.”",
    ]),
    "en-app": ("en", "Transit riders can now pay fares with a phone app, but cash isn't going away", [
        "Riders on the Capital Area Transit Authority's buses and trains can pay their fares with a smartphone "
        "starting Monday, when the agency launches its long-delayed CapTap app.",
        "The app is free to download from the App Store and Google Play, and riders who sign up before Oct. 31 "
        "get their first 10 rides free, the agency said in a statement released at 9 a.m.",
        "The agency spent $14.2 million on the system, about $3 million more than planned, according to a 2024 "
        "audit by its inspector general.",
        "Advocates for older riders had worried the app would replace cash. General Manager Dr. Renee Okoro said "
        "it would not: “Nobody has to download anything to ride a bus in this city.”",
        "Asked whether the app collects location data, agency spokesman Paul Treviño said it does so only while "
        "a trip is active. “Read the privacy policy,” he said. “It's two pages, and we wrote it so people would "
        "actually read it.”",
    ]),
    "en-lawsuit": ("en", "Regional newspapers sue AI start-up, saying it copied thousands of articles", [
        "Eleven regional newspapers sued an artificial intelligence start-up in federal court in New York on "
        "Tuesday, accusing it of copying more than 40,000 of their articles to build a chatbot that answers "
        "questions about local news.",
        "The complaint, filed in the U.S. District Court for the Southern District of New York, says the "
        "company, Quillborne Inc., ignored the “all rights reserved” notices and the terms of use printed at the "
        "bottom of each story.",
        "Quillborne's chief executive, Evan J. Roarke, said the company had done nothing wrong. The articles "
        "were “publicly available on the open web,” he wrote in a statement, and training an AI system on them "
        "is fair use.",
        "The newspapers are asking for damages of up to $150,000 per article, the maximum for willful "
        "infringement under the Copyright Act of 1976.",
        "“Every one of these stories was reported by someone who sat through a meeting or knocked on a door,” "
        "said Linda Osei, publisher of the Harlow Daily Courier, one of the plaintiffs. “Copying them is not "
        "innovation. It's taking.”",
    ]),
    "de-closing": ("de", "Nach 76 Jahren: Der „Kraichgau-Bote“ erscheint zum letzten Mal gedruckt", [
        "Der „Kraichgau-Bote“ aus Eppingen erscheint am 27. September zum letzten Mal als gedruckte Zeitung. Das "
        "teilte Verleger Dr. Hans-Peter Lienhard am Montag den rund 40 Mitarbeiterinnen und Mitarbeitern mit.",
        "Die knapp 6.800 Abonnentinnen und Abonnenten erhalten ab dem 1. Oktober automatisch das E-Paper, das "
        "u. a. auf Tablets und Smartphones gelesen werden kann. Wer das nicht möchte, kann sein Abo zum "
        "Monatsende kündigen.",
        "Seit 2015 hat die Zeitung nach Verlagsangaben mehr als ein Drittel ihrer Auflage verloren. Zugleich "
        "seien die Kosten für Papier und Zustellung z. B. allein 2023 um rund 18 Prozent gestiegen.",
        "Der Deutsche Journalisten-Verband Baden-Württemberg kritisierte den Schritt. Gerade ältere Leserinnen "
        "und Leser würden abgehängt, sagte der Landesvorsitzende am Dienstag um 11 Uhr in Stuttgart.",
        "Lienhard selbst will die letzte Ausgabe am Samstag um 5 Uhr früh persönlich an einige Abonnenten "
        "austragen. „Ich habe als Zwölfjähriger hier Zeitungen ausgetragen“, sagte er. „Dann trage ich auch die "
        "letzte aus.“",
    ]),
    "de-abo": ("de", "Abofalle per Klick: Verbraucherzentrale verklagt Streamingdienst", [
        "Die Verbraucherzentrale Hamburg hat den Streamingdienst FlimmerBox vor dem Landgericht Hamburg verklagt. "
        "Der Vorwurf: Wer sein Abo kündigen wolle, müsse sich durch bis zu sieben Seiten klicken.",
        "Seit dem 1. Juli 2022 schreibt § 312k BGB vor, dass Verträge, die online geschlossen werden, auch online "
        "mit einer gut sichtbaren Schaltfläche beendet werden können, z. B. mit der Aufschrift „Verträge hier "
        "kündigen“.",
        "Bei FlimmerBox heiße der Knopf dagegen „Jetzt Vorteile sichern“, heißt es in der Klageschrift. Erst "
        "danach folge, klein gedruckt, der Hinweis auf die Kündigung.",
        "Das Unternehmen mit Sitz in Berlin wies die Vorwürfe zurück. Man habe den Ablauf im Frühjahr "
        "überarbeitet, sagte eine Sprecherin; mehr als 90 Prozent der Kündigungen dauerten heute weniger als "
        "zwei Minuten.",
        "Eine Verhandlung ist für den 14. November um 10 Uhr angesetzt. „Abonnieren geht mit einem Klick“, sagte "
        "die Verbraucherschützerin Dr. Karin Vossberg. „Kündigen muss genauso einfach sein.“",
    ]),
    "es-app": ("es", "Zaragoza estrena una aplicación para pagar la zona azul desde el móvil", [
        "El Ayuntamiento de Zaragoza ha presentado este lunes ZaraParking, una aplicación gratuita que permite "
        "pagar el estacionamiento regulado desde el móvil y ampliar el tiempo sin volver al coche.",
        "La app puede descargarse desde hoy en App Store y Google Play. Quienes se registren antes del 30 de "
        "septiembre tendrán un saldo de bienvenida de 5 euros, según el consistorio.",
        "La concejala de Movilidad, la Sra. Elena Marín, explicó que los parquímetros seguirán funcionando y "
        "aceptarán monedas y tarjeta. El sistema ha costado 1,2 millones de euros, financiados en parte con "
        "fondos europeos.",
        "La Asociación de Vecinos del Actur pidió que la aplicación no recoja más datos de los necesarios. La "
        "empresa adjudicataria, con sede en Madrid y filiales en EE. UU. y México, aseguró que cumple el "
        "reglamento europeo de protección de datos.",
        "«Lo que queremos es que nadie tenga que salir corriendo de una consulta médica para echar otra "
        "moneda», dijo Marín. «Descárgatela, pruébala y, si no te convence, el parquímetro sigue ahí.»",
    ]),
    "es-suscripcion": ("es", "Un juzgado obliga a un gimnasio a permitir darse de baja por internet", [
        "Un juzgado de Zaragoza ha condenado a la cadena de gimnasios FitAragón a permitir que sus clientes "
        "cancelen la suscripción por internet, igual que se dan de alta, y a devolver 340 euros a un socio.",
        "El demandante, un profesor de 41 años, intentó darse de baja en enero a través de la web. El gimnasio le "
        "exigió acudir en persona a un centro, con cita previa y de 10 a 13 h, y siguió cobrándole la cuota "
        "durante cinco meses.",
        "La sentencia, núm. 212/2025, recuerda que la ley de consumidores obliga a que la baja sea tan sencilla "
        "como el alta. Según una encuesta de la asociación Consumidores Aragoneses, una de cada cinco "
        "suscripciones se mantiene activa contra la voluntad del cliente.",
        "El gimnasio, que tiene once centros en Aragón, ha anunciado que recurrirá. Su abogado, el Sr. Iñaki "
        "Larrea, alegó que el formulario de la web «nunca estuvo pensado para bajas».",
        "«Me suscribí en dos minutos desde el sofá y tardé cinco meses en salir», resumió el socio tras conocer "
        "el fallo. «Si te dejan entrar por internet, te tienen que dejar salir por internet.»",
    ]),
    "es-cierre": ("es", "Cierra «El Heraldo del Bajo Aragón» tras 104 años: «Gracias por leernos»", [
        "El semanario «El Heraldo del Bajo Aragón», fundado en Alcañiz en 1921, publicará su último número el "
        "próximo viernes, 19 de septiembre, según ha comunicado su editora, la Sra. Pilar Gascón.",
        "Los cerca de 1.400 suscriptores recibirán la parte proporcional de su suscripción antes de fin de año. "
        "La web seguirá activa como archivo, aunque ya no se actualizará.",
        "La publicidad local, que suponía el 70 % de los ingresos, ha caído a menos de la mitad desde 2019. «Sin "
        "anunciantes no hay periódico, y sin periódico los pueblos desaparecen de la conversación», dijo Gascón.",
        "La Asociación de la Prensa de Aragón lamentó el cierre y recordó que en la última década han "
        "desaparecido en la comunidad al menos siete cabeceras locales.",
        "La portada del último número, ya maquetada, lleva un solo titular a toda página. «Gracias por leernos», "
        "se lee. «Durante 104 años, nos habéis dejado contar vuestra historia.»",
    ]),
    "fr-fermeture": ("fr", "Après 88 ans, l'hebdomadaire « Le Léonard » publie son dernier numéro", [
        "L'hebdomadaire « Le Léonard », installé à Lesneven depuis 1937, publie ce jeudi son dernier numéro. Son "
        "directeur, M. Yann Kerbrat, l'a annoncé aux 2 300 abonnés dans un courrier reçu lundi.",
        "Les abonnés seront remboursés au prorata d'ici au 31 octobre. Ceux qui le souhaitent peuvent reporter "
        "leur abonnement sur La Vigie du Finistère, qui reprend une partie des pages locales.",
        "Le journal a perdu env. 40 % de ses lecteurs en dix ans, et le prix du papier a doublé entre 2021 et "
        "2023, selon M. Kerbrat. Les quatre salariés se verront proposer un reclassement.",
        "Mme Anne Quéré, maire de Lesneven, a salué « un journal qui a raconté chaque kermesse, chaque conseil "
        "municipal et chaque tempête depuis presque un siècle ».",
        "La dernière une est déjà imprimée. « Merci de nous avoir lus », y écrit M. Kerbrat. « Et continuez à "
        "lire un journal, n'importe lequel, pourvu que ce soit un journal. »",
    ]),
    "fr-appli": ("fr", "Déchetteries : une application pour réserver son créneau dès lundi", [
        "À partir du lundi 15 septembre, les usagers des six déchetteries de Brest métropole devront réserver "
        "leur passage, soit par téléphone, soit via une nouvelle application gratuite baptisée « TriRésa ».",
        "L'application est téléchargeable sur l'App Store et Google Play. Il suffit de créer un compte avec son "
        "adresse et sa plaque d'immatriculation, puis de choisir un créneau de 15 minutes, de 9 h à 18 h 30.",
        "Selon Mme Gwenaëlle Le Bris, vice-présidente chargée des déchets, l'objectif est d'en finir avec les "
        "files d'attente du samedi matin, qui dépassent parfois 45 minutes à la déchetterie du Spernot.",
        "Les associations de consommateurs s'inquiètent pour les personnes âgées, peu à l'aise avec le "
        "numérique. La métropole assure qu'un numéro gratuit, le 0 800 55 29 29, restera ouvert du lundi au "
        "samedi.",
        "« Personne ne sera refoulé la première semaine », a promis Mme Le Bris. « Après, on appliquera la "
        "règle : pas de réservation, pas de passage. »",
    ]),
    "fr-abonnement": ("fr", "Piscines : le prix de l'abonnement annuel augmente de 12 %", [
        "Le conseil de Brest métropole a voté jeudi soir une hausse de 12 % du prix de l'abonnement annuel aux "
        "piscines, qui passera de 245 € à 274 € au 1er janvier.",
        "Les abonnés actuels conservent leur tarif jusqu'à l'échéance de leur abonnement. Les étudiants, les "
        "demandeurs d'emploi et les plus de 65 ans gardent un tarif réduit de 40 %, a précisé M. Loïc Tanguy, "
        "adjoint aux sports.",
        "La métropole justifie la hausse par le coût de l'énergie : le chauffage de l'eau des cinq bassins a "
        "coûté env. 1,9 million d'euros en 2024, contre 1,1 million en 2021.",
        "L'opposition a voté contre. Mme Soizic Le Gall a dénoncé « une double peine pour les familles », "
        "rappelant que le prix de l'entrée unitaire avait déjà augmenté de 50 centimes en 2023.",
        "Une pétition en ligne, lancée par un club de natation, a recueilli plus de 3 000 signatures. « On ne "
        "demande pas la gratuité », explique son président. « On demande de pouvoir continuer à nager. »",
    ]),
}
