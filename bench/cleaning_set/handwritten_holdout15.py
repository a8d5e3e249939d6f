"""Stories written for the 'holdout15' half whose real sentences look like the chrome of its publishers: a daily
dropping its comment section ("Readers can still write to the editor"), a new WhatsApp channel for government
notices ("Join the channel by scanning the QR code"), a court ruling on a newspaper's copyright, a radio station's
Yugtun newscast, a village's broadband ("Sign up at the tribal office"), a fundraising drive for a new radio
tower, an avalanche app ("Laden Sie die App herunter"), a site's reader photos at the flood, a diocesan paper
cutting its print days ("Abonnenten erhalten die Zeitung ab Januar samstags"), a parish's online mass
registration, a Creole newscast, the power company's SMS schedule, a web site's copyright dispute with a radio,
the diaspora's remittances by mobile wallet, a Breton-language column, the market's move, a local correspondent
honoured, the end of a printed TV guide, a shellfish app, a fishing site's podcast, the Xunta's Galician-language
rules, a seafood auction going online, a lottery scam by WhatsApp ("No comparta sus datos"), a newspaper's 60th
anniversary, free data for news sites and a QR payment system.  Some use subheads, lists, quotations and fact
boxes; some paragraphs are one short line; abbreviations, initials, times, dates and decimals throughout."""

from __future__ import annotations

from bench.cleaning_set.cms import fact, fact_h, h2, li, quote

STORIES: dict[str, tuple[str, str, list[str]]] = {  # id ("h15-…", unique) -> (lang, title, paragraphs)
    # ---- en: the Valletta daily -----------------------------------------------------------------------------
    "h15-en-comments": ("en", "The Valletta Ledger closes its comment section", [
        "The Valletta Ledger will switch off comments under its online articles from Monday, 6 Oct., the paper's "
        "editor, Ms. Claire Zammit, said.",
        "Readers can still write to the editor, and a selection of letters will be published every Saturday in "
        "print and online.",
        "Moderators had removed about 1,900 comments a month in 2025, many of them anonymous attacks on people "
        "named in court reports.",
        quote("“We are not closing the door on readers; we are closing it on the trolls,” Ms. Zammit said."),
        "The Institute of Maltese Journalists welcomed the decision, and two other news sites said they were "
        "considering the same step.",
        "The Ledger's Facebook page will keep its comments open, with stricter rules.",
    ]),
    "h15-en-whatsapp": ("en", "Government launches WhatsApp channel for official notices", [
        "Official notices, from water cuts to road closures, will now be sent through a government WhatsApp "
        "channel, the Ministry for Public Works said on Thursday.",
        "Join the channel by scanning the QR code on the ministry's posters or by searching for “Gov.mt Notices” "
        "in the app, a spokesman said.",
        "More than 22,000 people signed up in the first 24 hours.",
        "The Data Protection Commissioner said the channel does not show subscribers' phone numbers to one another.",
        "Opposition MP Dr. Mark A. Anastasi said the notices should also stay in the Government Gazette, since "
        "many older people do not use smartphones.",
    ]),
    "h15-en-copyright": ("en", "Court orders news site to pay for copied Ledger photos", [
        "A Maltese news portal must pay €14,500 to The Valletta Ledger for 37 photos it copied from the paper's "
        "website, the First Hall of the Civil Court ruled on Tuesday.",
        "All rights in a photo belong to the photographer or the employer, and a credit line does not make copying "
        "lawful, Mr. Justice Toni Abela wrote.",
        "The portal had argued that the photos were already on social media.",
        h2("What the law says"),
        li("Copying a photo needs the owner's permission, even with a credit."),
        li("Short quotations of text are allowed for news reporting."),
        li("Damages can be set per image."),
        "The portal, which has 14 days to appeal, said it was studying the judgment.",
    ]),
    # ---- en: the Bethel radio -------------------------------------------------------------------------------
    "h15-en-yugtun": ("en", "KDLT's Yugtun newscast turns 40", [
        "For 40 years, KDLT has read the day's news in Yugtun every weekday at noon, and on Friday the station's "
        "longest-serving translator, Ms. Evelyn Alexie, marked the anniversary on the air.",
        "“Elders in the villages told us they wanted the news in their own language, so we started with five "
        "minutes and a typewriter,” she said.",
        "The newscast is now 15 minutes long and is also posted as a podcast, which is listened to in about 50 "
        "villages.",
        "A grant from the Corporation for Public Broadcasting will pay for two trainee translators starting "
        "Jan. 1.",
        "Listeners can hear the anniversary program again on Saturday at 10 a.m.",
    ]),
    "h15-en-broadband": ("en", "Fiber internet reaches the first Delta villages", [
        "Households in Kwethluk and Akiachak can sign up for fiber internet this month, the first villages on the "
        "Delta to be connected, the tribal consortium building the network said.",
        "Sign up at the tribal office or call 907-555-0188; the first three months are free for elders, a "
        "spokeswoman said.",
        "The $240 million project is paid for mostly by federal infrastructure money.",
        fact_h("By the numbers"),
        fact("9 villages connected by the end of 2026"),
        fact("about 400 miles of cable on the tundra and river bottom"),
        fact("plans start at $60 a month"),
        "Until now, most homes relied on satellite plans that cost up to $300 a month and slowed down after 20 GB.",
    ]),
    "h15-en-tower": ("en", "Radio station raises $310,000 for a new tower after storm", [
        "KDLT has raised $310,000 from listeners, tribes and businesses to replace the radio tower that the "
        "remnants of Typhoon Merbok bent in half, general manager Mr. Shane Iverson said.",
        "The station has broadcast at reduced power from a temporary antenna since the storm, and listeners in "
        "the lower villages often lost the signal.",
        "Donations came from 1,100 listeners, and some gave in furs and fish that were auctioned at the Camai "
        "festival.",
        quote("“This station is how we find out the river is open, or that somebody is missing,” said Mr. Jimmy "
              "Paul of Tuntutuliak."),
        "The new 300-foot tower should go up by April, when the ground is still frozen and barges can land parts.",
    ]),
    # ---- de: the Vorarlberg site ----------------------------------------------------------------------------
    "h15-de-lawinenapp": ("de", "Lawinenwarndienst bringt eigene App heraus", [
        "Der Lawinenwarndienst Vorarlberg hat eine App veröffentlicht, die den täglichen Lagebericht und die "
        "Gefahrenstufe für jede Region anzeigt.",
        "„Laden Sie die App herunter und aktivieren Sie die Mitteilungen, dann wissen Sie schon beim Frühstück, "
        "ob die Tour geht“, sagt der Leiter des Warndienstes, Mag. Andreas Pecl.",
        "Der Bericht erscheint wie bisher um 7.30 Uhr, bei Bedarf gibt es ein Update gegen 17 Uhr.",
        "Die App kostet nichts und funktioniert auch ohne Netz, wenn der Bericht vorher geladen wurde.",
        "Im vergangenen Winter starben in Vorarlberg vier Menschen bei Lawinenabgängen, zwei davon abseits der "
        "gesicherten Pisten am Arlberg.",
    ]),
    "h15-de-leserfotos": ("de", "Hochwasser am Rhein: Tausende Fotos von Leserinnen und Lesern", [
        "Mehr als 3.400 Fotos und Videos haben Leserinnen und Leser von Ländle Heute seit Freitag vom Hochwasser "
        "an Rhein, Ill und Dornbirner Ach geschickt.",
        "Viele zeigen die überfluteten Wege am Rheindamm bei Lustenau, wo der Pegel am Samstag um 4 Uhr früh "
        "6,87 m erreichte.",
        "„Wir haben so etwas seit 2005 nicht gesehen“, sagt der Bürgermeister von Hohenems, Dieter Egger.",
        "Die Redaktion prüft jedes Bild, bevor es veröffentlicht wird, und nennt die Namen der Fotografen nur mit "
        "deren Zustimmung.",
        h2("Wo es am schlimmsten war"),
        li("Keller in Altach und Mäder standen bis zu 1,5 m unter Wasser."),
        li("Die L 203 bei Koblach war von Freitagabend bis Sonntag gesperrt."),
        "Die Feuerwehren im Land rückten zu ca. 700 Einsätzen aus.",
    ]),
    # ---- de: the Münster church weekly ----------------------------------------------------------------------
    "h15-de-druck": ("de", "Der Domspiegel erscheint künftig nur noch samstags gedruckt", [
        "Der Domspiegel, die Wochenzeitung des Bistums Münster, erscheint ab Januar gedruckt nur noch am Samstag "
        "statt am Donnerstag, teilte der Verlag mit.",
        "Abonnenten erhalten die Zeitung ab dem 10. Januar samstags, der Preis von 9,80 Euro im Monat bleibt "
        "gleich.",
        "Grund sind die höheren Kosten für die Zustellung, die sich seit 2021 fast verdoppelt haben.",
        "Chefredakteur Dr. Markus Nolte sagte, die digitale Ausgabe stehe wie bisher schon am Mittwochabend zur "
        "Verfügung.",
        quote("„Wir sparen nicht an den Inhalten, sondern am Transport“, sagte er."),
        "Die Zeitung hat nach eigenen Angaben noch ca. 38.000 Abonnentinnen und Abonnenten.",
    ]),
    "h15-de-anmeldung": ("de", "Christmette nur mit Anmeldung: Pfarrei reagiert auf Andrang", [
        "Wer an Heiligabend die Christmette im St.-Paulus-Dom besuchen möchte, muss sich in diesem Jahr vorher "
        "anmelden, teilt die Dompfarrei mit.",
        "Die kostenlosen Platzkarten gibt es ab 1. Dezember online und im Pfarrbüro, pro Person höchstens vier.",
        "Im vergangenen Jahr hatten Ordner um 22.30 Uhr die Türen schließen müssen, Hunderte blieben draußen.",
        "Für Familien mit kleinen Kindern gibt es um 15 Uhr eine Krippenfeier ohne Anmeldung.",
        "Dompropst Hans-Bernd Köppen bat um Verständnis: „Niemand soll an Heiligabend in der Kälte stehen.“",
    ]),
    # ---- fr: the Cap-Haïtien site ---------------------------------------------------------------------------
    "h15-fr-kreyol": ("fr", "Haïti Matin lance un journal parlé en créole", [
        "Haïti Matin diffuse depuis lundi un journal parlé de dix minutes en créole, chaque soir à 18 h, sur son "
        "site et sur trois radios partenaires du Nord.",
        "« La majorité de nos lecteurs parlent créole à la maison, il était temps », explique la rédactrice en "
        "chef, Mme Rose-Andrée Pierre-Louis.",
        "Le journal est aussi envoyé sous forme de message vocal aux abonnés de la liste WhatsApp du site, qui "
        "compte près de 40 000 numéros.",
        "Le linguiste M. Michel DeGraff, joint par téléphone, a salué « un geste qui respecte la langue des "
        "gens ».",
        "L'Académie du créole haïtien conseillera la rédaction sur l'orthographe des noms propres.",
    ]),
    "h15-fr-edh": ("fr", "L'EDH publiera ses horaires de courant par SMS", [
        "Électricité d'Haïti (EDH) enverra désormais chaque matin par SMS les horaires de distribution du "
        "courant dans les quartiers du Cap-Haïtien, a annoncé la direction régionale.",
        "Pour s'inscrire, envoyez le mot COURANT au 5555-0142 ; le service est gratuit, précise l'EDH.",
        "La ville ne reçoit en moyenne que 9 h d'électricité par jour depuis l'arrêt d'une turbine de la centrale "
        "de Caracol.",
        h2("Ce qui change"),
        li("Un message par jour, vers 6 h."),
        li("Les coupures imprévues seront aussi signalées."),
        "Les commerçants du boulevard du Cap disent dépenser jusqu'à 15 000 gourdes par semaine en carburant pour "
        "leurs génératrices.",
    ]),
    "h15-fr-droits": ("fr", "Une radio accusée de lire les articles d'un site sans autorisation", [
        "Le site d'information Haïti Matin a mis en demeure une radio de Port-de-Paix qui lisait chaque matin ses "
        "articles à l'antenne sans le citer.",
        "Tous droits de reproduction réservés : la mention figure sous chaque article, rappelle l'avocat du site, "
        "Me Jean-Robert Constant.",
        "La radio affirme qu'elle ne faisait qu'une revue de presse, comme le font la plupart des stations du pays.",
        "Le Bureau haïtien du droit d'auteur (BHDA) dit recevoir de plus en plus de plaintes de médias en ligne.",
        "Les deux parties doivent se rencontrer le 14 octobre à 10 h au siège de l'Association des médias "
        "indépendants.",
    ]),
    "h15-fr-moncash": ("fr", "Les transferts par portefeuille mobile dépassent les agences", [
        "Pour la première fois, plus de la moitié des transferts de la diaspora vers le Nord arrivent sur un "
        "portefeuille mobile plutôt qu'au guichet d'une agence, selon une étude de l'Université Roi-Henri-"
        "Christophe.",
        "Il suffit d'un téléphone et d'une pièce d'identité pour ouvrir un compte, rappelle l'auteur de l'étude, "
        "le Pr Wilson Laleau.",
        "Les frais sont en moyenne de 3,2 % contre 6,5 % en agence.",
        "Mais les retraits restent difficiles dans les communes sans point de service, comme Pilate ou Bahon.",
        quote("« Mon fils à Miami m'envoie l'argent le soir, je paie l'école le matin », raconte Mme Lucienne "
              "Jean-Baptiste, marchande au marché Cluny."),
        "La BRH prépare une réglementation sur les plafonds de retrait, attendue d'ici la fin de l'année.",
    ]),
    # ---- fr: the Aven weekly --------------------------------------------------------------------------------
    "h15-fr-brezhoneg": ("fr", "L'Écho de l'Aven ouvre une page en breton", [
        "À partir de ce jeudi, L'Écho de l'Aven publie chaque semaine une page entière en breton, écrite par des "
        "élèves et des enseignants de Diwan Kemperle.",
        "Les lecteurs qui ne parlent pas breton trouveront un résumé en français en bas de page, précise le "
        "directeur de la publication, M. Goulven Le Naour.",
        "Le département du Finistère finance l'opération à hauteur de 6 000 € pour la première année.",
        "Selon l'Office public de la langue bretonne, environ 107 000 personnes parlent encore breton, dont 20 % "
        "ont moins de 40 ans.",
        "« Un journal local qui parle la langue du pays, c'est naturel », estime Mme Annaïg K. Riou, institutrice "
        "à Riec-sur-Bélon.",
    ]),
    "h15-fr-marche": ("fr", "Le marché du vendredi quitte la place Saint-Michel", [
        "Le marché du vendredi de Quimperlé s'installera sur les quais de la Laïta à partir du 7 novembre, le "
        "temps des travaux de la place Saint-Michel.",
        "Les horaires ne changent pas : de 8 h à 13 h, précise la mairie.",
        "Une quarantaine de commerçants, dont une dizaine de producteurs bio, y sont attendus.",
        "Certains craignent de perdre des clients, le stationnement étant plus rare en basse ville.",
        quote("« Les gens de la haute ville ne descendront pas, surtout l'hiver », prédit M. Hervé Le Corre, "
              "maraîcher à Mellac."),
        "Les travaux, évalués à 2,4 M€, doivent durer jusqu'en juin.",
    ]),
    "h15-fr-correspondant": ("fr", "Quarante ans de correspondance locale à Névez", [
        "Depuis 1985, Jean-Yves Gourlaouen a couvert plus de 9 000 événements pour L'Écho de l'Aven, du conseil "
        "municipal de Névez aux pardons de Trégunc.",
        "Devenir correspondant, dit-il, « c'est surtout aimer les gens et avoir un appareil photo toujours "
        "chargé ».",
        "Il a été décoré de la médaille de la ville samedi, en présence de l'ancien maire, M. Dominique Guillou.",
        "À 74 ans, il passe la main à une jeune retraitée de l'enseignement, Mme Maryvonne Le Dé.",
        "Le journal compte aujourd'hui 31 correspondants dans les 16 communes du pays de Quimperlé.",
    ]),
    "h15-fr-programmetele": ("fr", "La fin du supplément télé : les lecteurs partagés", [
        "L'Écho de l'Aven ne publiera plus son supplément de programmes télé à partir de janvier, a annoncé le "
        "journal à ses lecteurs.",
        "Le supplément coûtait plus de 40 000 € par an en droits et en papier, pour un journal vendu 1,60 €.",
        "Les programmes resteront consultables sur le site, sur une page simplifiée sans publicité.",
        h2("Le courrier des lecteurs"),
        "En deux semaines, la rédaction a reçu 212 lettres et courriels, dont une majorité de regrets.",
        "« À 86 ans, je n'ai pas d'ordinateur, je fais comment ? », écrit une lectrice de Scaër.",
        "Le journal étudie une grille d'une page, en noir et blanc, pour les abonnés qui la demanderont.",
    ]),
    # ---- es: the Galician fishing site ----------------------------------------------------------------------
    "h15-es-appmarisco": ("es", "Una app permitirá a las mariscadoras registrar sus capturas", [
        "Las mariscadoras de a pie de Galicia podrán registrar desde el móvil lo que extraen cada día, gracias a "
        "una aplicación que la Consellería do Mar presentó el lunes en Cambados.",
        "Descargue la aplicación, identifíquese con el número de permiso de explotación y anote el peso antes de "
        "llegar a la lonja, explicó la técnica del proyecto, Sra. Lucía M. Outeiral.",
        "Hasta ahora, las capturas se anotaban en papel y se pasaban al ordenador días después.",
        "La app funciona sin conexión y sincroniza los datos al volver a tener cobertura.",
        "Unas 3.800 mariscadoras tienen permiso en Galicia, el 90 % de ellas mujeres.",
    ]),
    "h15-es-podcast": ("es", "Lonja Digital estrena un podcast sobre la vida a bordo", [
        "Lonja Digital estrena este jueves «Mar de fondo», un podcast semanal en el que patrones, marineros y "
        "rederas cuentan su trabajo.",
        "El primer episodio, de 28 minutos, sigue a la tripulación del palangrero Novo Esperanza durante una "
        "marea de 21 días en Gran Sol.",
        "Suscríbase en su plataforma habitual o escúchelo en nuestra web, dijo el director del medio, Sr. "
        "Xosé Lois Fandiño, durante la presentación en el Club Financiero de Vigo.",
        "El proyecto cuenta con una ayuda de 18.000 euros del Fondo Europeo Marítimo.",
        quote("«Hay mucha gente que come pescado y no sabe lo que cuesta traerlo», dijo el patrón Manuel "
              "Chapela, de Marín."),
    ]),
    "h15-es-galego": ("es", "La Xunta exigirá etiquetas en gallego en las lonjas públicas", [
        "Las lonjas gestionadas por Portos de Galicia deberán rotular en gallego las especies y los precios a "
        "partir del 1 de marzo, según una orden publicada el viernes en el DOG.",
        "La orden no obliga a retirar el castellano: las etiquetas pueden ser bilingües.",
        "Los compradores extranjeros, sobre todo portugueses e italianos, recibirán las facturas en la lengua que "
        "elijan.",
        "La Federación Galega de Confrarías pidió un plazo más largo para cambiar los sistemas informáticos.",
        "La medida afecta a 22 lonjas, desde Ribadeo hasta A Guarda.",
    ]),
    "h15-es-subastaonline": ("es", "La lonja de Vigo abre la puja por internet a compradores de toda Europa", [
        "La lonja de O Berbés permitirá desde noviembre pujar por internet en la subasta de pescado fresco, con "
        "compradores registrados en cualquier país de la UE.",
        "Para pujar hay que darse de alta en la web de la lonja, depositar una fianza de 3.000 euros y tener un "
        "transportista autorizado, explicó el gerente, Sr. Ramón B. Iglesias.",
        fact_h("La lonja en cifras"),
        fact("82.000 t de pescado fresco en 2024"),
        fact("unos 400 compradores habituales"),
        fact("subastas desde las 5:00 h, de lunes a viernes"),
        "Los mayoristas locales temen que suban los precios.",
        "Otras lonjas, como la de Burela, ya subastan por internet desde 2021.",
    ]),
    # ---- es: the San Pedro Sula daily -----------------------------------------------------------------------
    "h15-es-estafa": ("es", "Alertan de estafa por WhatsApp que usa el nombre de la Lotería", [
        "La Policía Nacional alertó este lunes de una estafa por WhatsApp en la que falsos funcionarios "
        "anuncian premios de la Lotería Nacional y piden un depósito para cobrarlos.",
        "No comparta sus datos ni haga depósitos: la Lotería nunca cobra por entregar un premio, recordó el "
        "vocero policial, comisario Miguel A. Martínez.",
        "En septiembre se recibieron 146 denuncias en el valle de Sula, con pérdidas de unos L 2,3 millones.",
        "Los mensajes usan el logotipo de la Lotería y, a veces, el de este diario.",
        "Diario del Valle aclara que no envía mensajes para pedir dinero ni datos bancarios a sus lectores.",
        "Las denuncias pueden hacerse al 911 o en cualquier posta policial.",
    ]),
    "h15-es-aniversario": ("es", "Diario del Valle cumple 60 años", [
        "Diario del Valle cumple este sábado 60 años desde que salió su primera edición, de 8 páginas, el 15 de "
        "octubre de 1965 en el barrio El Benque.",
        "«Empezamos con una prensa usada traída de Guatemala y cuatro periodistas», recordó su fundador, don "
        "Rodolfo E. Bueso, de 91 años.",
        "Hoy el periódico imprime unos 24.000 ejemplares diarios y su web recibe 1,2 millones de visitas al mes.",
        h2("Una historia con la ciudad"),
        "El diario cubrió el huracán Fifí en 1974, el Mitch en 1998 y las tormentas Eta e Iota en 2020.",
        "La celebración incluye una exposición de portadas en el Museo de Antropología, abierta hasta el 30 de "
        "noviembre.",
    ]),
    "h15-es-datosgratis": ("es", "Operadora ofrecerá navegación gratis en sitios de noticias", [
        "Una operadora de telefonía permitirá desde noviembre leer los principales sitios de noticias del país "
        "sin gastar saldo, en un plan piloto de seis meses.",
        "Entre los sitios incluidos están Diario del Valle y dos periódicos de Tegucigalpa, informó la "
        "Comisión Nacional de Telecomunicaciones (Conatel).",
        "Los videos y las páginas externas sí consumirán datos.",
        "Asociaciones de consumidores advierten que el plan favorece a unos medios frente a otros.",
        "Según Conatel, el 38 % de los hondureños se conecta solo con recargas de menos de L 50.",
    ]),
    "h15-es-pagoqr": ("es", "Mercados de San Pedro Sula aceptarán pagos con código QR", [
        "Los vendedores del mercado Guamilito y del mercado Medina-Concepción podrán cobrar con código QR a partir "
        "de diciembre, anunció la alcaldía.",
        "Escanee el código con la app de su banco y confirme el monto: el dinero llega al instante, explicó la "
        "gerente de mercados, Lic. Doris A. Mejía.",
        "El sistema no cobra comisión a los vendedores durante el primer año.",
        "Unos 1.300 puestos se han inscrito, sobre todo de comida y artesanías.",
        quote("«Así no ando con tanto efectivo, que es lo que buscan los extorsionadores», dijo doña Marta "
              "Orellana, que vende baleadas desde hace 20 años."),
    ]),
}
