"""Stories written for the 'holdout4' half whose real sentences look like the chrome of its publishers: a
wire service's correction policy, a weekly raising its subscription price and moving to mail delivery, a
regulator's ruling on undisclosed affiliate links ("we may earn a commission"), a Swiss town's WhatsApp
channel ("Folgen Sie uns"), an Austrian helpline's busiest year ("Telefonseelsorge 142"), Belgian papers no
longer delivered by bpost, a fake "itsme" text message ("Cliquez sur ce lien"), the Meta news block in
Canada ("Suivez-nous directement sur notre site"), a Québec town's newsletter ("Abonnez-vous à
l'infolettre"), a Spanish regional paper's centenary and its subscribers, a "Hola mamá" WhatsApp scam and a
town hall's WhatsApp channel ("Únete").  Some use subheads, lists and quotations.  Full of abbreviations,
times, dates and decimals."""

from __future__ import annotations

from bench.cleaning_set.cms import h2, li, quote

STORIES: dict[str, tuple[str, str, list[str]]] = {  # id ("h4-…", unique) -> (lang, title, paragraphs)
    # ---- en ---------------------------------------------------------------------------------------------
    "h4-en-corrections": ("en", "Why news agencies print corrections at the top of a story, not the bottom", [
        "When a wire service gets something wrong, the fix often arrives as a single line at the end of the story: "
        "“This story has been corrected to show the mayor's name is spelled Kowalczyk, not Kowalczik.”",
        "That line is the product of decades of rules. At Continental Press, editors must decide within 30 minutes "
        "whether an error requires a correction, a clarification or a “kill,” the rarest step, which asks every "
        "client to remove the story entirely.",
        "“A correction that nobody sees is worth nothing,” said Dr. Miriam Okafor, who teaches media ethics at the "
        "University of Missouri. She said some newspapers that take wire copy cut the correction line to save "
        "space, which means their readers never learn what changed.",
        "The agency issued 1,214 corrections last year, up from 1,090 in 2023, according to its annual standards "
        "report. About 40% involved names, titles or ages; 11% involved numbers.",
        "The report also notes that the phrase “All rights reserved” at the foot of every story is not decoration: "
        "member papers may publish the copy, but other sites that copy it without a license are asked to take it "
        "down, and in 2024 the agency sent 3,870 such notices.",
    ]),
    "h4-en-clarionprice": ("en", "Clarion subscription price to rise Oct. 1; paper will arrive by mail", [
        "Beginning Oct. 1, a one-year subscription to The Harlan Creek Clarion will cost $52 in Harlan County and "
        "$68 elsewhere, the first increase since 2019.",
        "Publisher Gail Oberbroeckling said the cost of newsprint has risen 31% in two years and postage has gone "
        "up four times since 2022. “We held off as long as we could,” she said.",
        "The Clarion will also end carrier delivery in town. Starting with the Oct. 8 issue, every copy will arrive "
        "by mail on Wednesday, the same day it is printed in Oelwein.",
        h2("What subscribers need to know"),
        li("Current subscriptions will be honored at the old price until they expire"),
        li("Subscribers who renew before Sept. 30 can lock in the $46 rate for one more year"),
        li("Single copies will stay $1.25 at Fareway, Casey's and the Clarion office"),
        "“If you want to support your hometown paper, the best thing you can do is subscribe, and tell a neighbor "
        "to subscribe,” Oberbroeckling said. The Clarion has been published every week since 1874.",
    ]),
    "h4-en-affiliate": ("en", "Watchdog rules shopping sites must flag affiliate links in the headline", [
        "Britain's advertising regulator ruled on Tuesday that three shopping websites broke the rules by burying "
        "the fact that they earn money from links to retailers.",
        "The Advertising Standards Authority said readers could not tell that the sites were paid a commission on "
        "sales from their “best buys” lists. One site's only disclosure was a grey line at the foot of the page "
        "reading “We may earn a commission when you buy through links on our site.”",
        "“A disclosure at the bottom of a 2,000-word article is not a disclosure,” said Guy Parker, the ASA's chief "
        "executive. The regulator said the label must appear before the first link.",
        "The ruling does not ban affiliate links, which many publishers now rely on. An industry group, the "
        "Professional Publishers Association, said its members already tell readers “how we make money” and "
        "would review the guidance.",
        "The ASA can refer repeat offenders to Trading Standards, which can fine companies up to 10% of turnover "
        "under the Digital Markets, Competition and Consumers Act 2024.",
    ]),
    # ---- de ---------------------------------------------------------------------------------------------
    "h4-de-whatsapp": ("de", "Schlieren informiert neu über einen eigenen WhatsApp-Kanal", [
        "Die Stadt Schlieren informiert ihre Einwohnerinnen und Einwohner ab sofort auch über einen eigenen "
        "WhatsApp-Kanal. Dort sollen u. a. Baustellen, Veranstaltungen und Warnungen der Feuerwehr erscheinen.",
        "«Folgen Sie uns, wenn Sie nichts mehr verpassen wollen», sagte Stadtpräsident Markus Bärtschiger an der "
        "Medienkonferenz vom Dienstag. Der Kanal sei kostenlos, Telefonnummern der Abonnentinnen und Abonnenten "
        "sehe die Stadt nicht.",
        "Die Stadt rechnet mit Kosten von ca. 4000 Franken pro Jahr, v. a. für die Redaktion der Beiträge. Der "
        "gedruckte «Stadtanzeiger» erscheint weiterhin alle zwei Wochen.",
        "Kritik kommt von der Datenschutzbeauftragten des Kantons Zürich. Sie empfiehlt Gemeinden, wichtige "
        "Informationen nicht nur auf Plattformen ausländischer Konzerne zu veröffentlichen. Die Stadt verweist auf "
        "ihre Website und den Newsletter, die beide bestehen bleiben.",
    ]),
    "h4-de-seelsorge": ("de", "Telefonseelsorge verzeichnet so viele Anrufe wie nie", [
        "Die Telefonseelsorge Oberösterreich hat im ersten Halbjahr 2025 mehr als 21.000 Gespräche geführt, so "
        "viele wie noch nie in einem Halbjahr. Das geht aus dem Bericht hervor, den die Leiterin Dr. Silvia "
        "Breitwieser am Montag in Linz vorgestellt hat.",
        "Jeder fünfte Anruf kam nach 22 Uhr. Häufigste Themen waren Einsamkeit, psychische Erkrankungen und "
        "Geldsorgen, bei rund 6 % der Gespräche ging es um Suizidgedanken.",
        quote("„Niemand muss warten, bis es ganz schlimm ist. Wer reden will, soll die 142 wählen, Tag und Nacht, "
              "anonym und kostenlos“, sagte Breitwieser."),
        "Die Telefonseelsorge ist eine Einrichtung der katholischen und der evangelischen Kirche. Von den rund 150 "
        "Mitarbeiterinnen und Mitarbeitern sind ca. 90 % ehrenamtlich tätig; heuer werden zwölf neue gesucht, die "
        "Ausbildung dauert ein Jahr.",
    ]),
    # ---- fr ---------------------------------------------------------------------------------------------
    "h4-fr-bpost": ("fr", "Fin de la distribution des journaux par bpost : les éditeurs cherchent des solutions", [
        "Depuis le 1er juillet, bpost ne distribue plus les quotidiens dans une grande partie de la Wallonie, après "
        "la fin de la concession de distribution de la presse qui la liait à l'État.",
        "Pour les abonnés du Courrier mosan, le journal arrive désormais par porteur, parfois plus tard qu'avant. "
        "« Nous savons que certains lecteurs le reçoivent après 9 h, et nous le regrettons », a reconnu la "
        "directrice de la distribution, Mme Anne-Sophie Collard.",
        "Dans certains villages de l'Entre-Sambre-et-Meuse, aucun porteur n'a été trouvé. Les abonnés concernés "
        "se voient proposer la version numérique sans supplément, ou le remboursement de leur abonnement.",
        "Le ministre fédéral en charge de la Poste a annoncé une évaluation pour la fin de l'année. L'Association "
        "des éditeurs belges estime que 60 000 à 70 000 abonnés sont touchés.",
    ]),
    "h4-fr-itsme": ("fr", "Faux SMS « itsme » : la police de Namur met en garde", [
        "La zone de police Namur Capitale a reçu une trentaine de plaintes en une semaine pour un faux SMS qui "
        "prétend venir de l'application d'identification itsme.",
        "Le message annonce que « votre compte itsme expire aujourd'hui » et invite à « cliquer sur ce lien pour "
        "le renouveler ». Le lien mène vers une copie du site de la banque, où les victimes encodent leurs codes.",
        "« Ni itsme ni aucune banque ne vous enverra jamais un lien par SMS », rappelle le commissaire Didier "
        "Jonckheere. Un habitant de Jambes a perdu 4 850 euros en quelques minutes.",
        "En cas de doute, la police conseille de transférer le message au 8844, le numéro gratuit de Safeonweb, et "
        "d'appeler Card Stop au 078 170 170 si des codes ont été communiqués.",
    ]),
    "h4-fr-meta": ("fr", "Deux ans sans nouvelles sur Facebook : les médias régionaux s'adaptent", [
        "Depuis août 2023, les Canadiens ne peuvent plus voir ni partager de nouvelles sur Facebook et Instagram, "
        "Meta ayant bloqué ce contenu en réponse à la Loi sur les nouvelles en ligne.",
        "Au Saguenay–Lac-Saint-Jean, la page Facebook du Phare n'affiche plus ses articles. « Suivez-nous "
        "directement sur notre site ou abonnez-vous à notre infolettre, c'est le message qu'on répète depuis deux "
        "ans », explique la rédactrice en chef, Mme Julie Gauthier.",
        "Selon une étude de l'Université McGill, les médias locaux ont perdu en moyenne 85 % de leur engagement "
        "sur les réseaux sociaux depuis le blocage. Le trafic vers les sites, lui, a moins baissé que prévu.",
        "Google, qui a accepté de verser 100 millions de dollars par année aux médias canadiens, reste la "
        "principale source de visiteurs pour la plupart des journaux régionaux.",
    ]),
    "h4-fr-infolettre": ("fr", "Saguenay lance une infolettre pour remplacer l'avis public dans les journaux", [
        "La Ville de Saguenay publiera désormais ses avis publics dans une infolettre municipale plutôt que dans "
        "les pages des journaux, a annoncé le conseil municipal lundi soir.",
        "« Abonnez-vous à l'infolettre, c'est gratuit et ça prend 30 secondes », a lancé la mairesse, qui estime "
        "l'économie à environ 180 000 $ par année.",
        "Le Phare du Saguenay, qui publiait ces avis depuis 1979, dit perdre ainsi près de 8 % de ses revenus "
        "publicitaires. Le directeur, M. Luc Harvey, craint que les citoyens qui ne vont pas sur Internet ne soient "
        "plus informés.",
        "La loi québécoise permet depuis 2023 aux municipalités de choisir le mode de diffusion de leurs avis, à "
        "condition d'adopter un règlement.",
    ]),
    # ---- es ---------------------------------------------------------------------------------------------
    "h4-es-centenario": ("es", "El Heraldo del Sil cumple cien años con más lectores que nunca", [
        "El Heraldo del Sil cumple este mes cien años. El primer número salió a la calle en Ponferrada el 15 de "
        "septiembre de 1925, con cuatro páginas y una tirada de 800 ejemplares.",
        "Hoy el diario tiene 6.400 suscriptores en papel y 11.200 digitales, según sus propios datos.",
        quote("“Cada suscripción es un voto de confianza en el periodismo local”, dijo su directora, Dña. Elena "
              "Merayo, en el acto celebrado el sábado en el Teatro Bergidum."),
        "Al acto asistieron el alcalde de Ponferrada y el presidente del Consejo Comarcal. Merayo recordó que el "
        "periódico dejó de publicarse solo una vez, durante tres semanas en 1936.",
        "Con motivo del aniversario, la hemeroteca completa del diario podrá consultarse gratis en la Biblioteca "
        "Municipal a partir de octubre.",
    ]),
    "h4-es-holamama": ("es", "La Guardia Civil alerta de un repunte de la estafa del «Hola mamá» en el Bierzo", [
        "La Guardia Civil ha recibido en agosto 23 denuncias en el Bierzo por la estafa conocida como «Hola mamá», "
        "en la que los delincuentes se hacen pasar por un hijo que ha perdido el móvil.",
        "El mensaje, por WhatsApp, dice: «Hola mamá, se me ha roto el teléfono, este es mi número nuevo, "
        "guárdalo». Después piden dinero para una supuesta factura urgente.",
        "Una vecina de Bembibre de 71 años transfirió 2.300 euros antes de darse cuenta. “Hay que llamar al número "
        "de siempre antes de hacer nada”, aconsejó el sargento D. Rubén Álvarez.",
        "Los agentes recuerdan que los bancos pueden frenar una transferencia si se avisa en los primeros minutos, "
        "y que las denuncias pueden presentarse en cualquier cuartel o en el 062.",
    ]),
    "h4-es-canal": ("es", "El Ayuntamiento de Ponferrada abre un canal de WhatsApp para avisos municipales", [
        "El Ayuntamiento de Ponferrada ha abierto un canal oficial de WhatsApp para informar de cortes de agua, "
        "obras, actividades culturales y avisos de emergencia.",
        "“Únete al canal y recibirás solo lo importante, nada de publicidad”, explicó la concejala de Participación "
        "Ciudadana, Sra. Lorena González, en la presentación del martes.",
        "En sus primeras 48 horas el canal sumó 3.150 seguidores. El consistorio no puede ver los números de "
        "teléfono de quienes lo siguen, según WhatsApp.",
        "El Ayuntamiento mantiene además su boletín por correo electrónico y la web municipal, donde se publican "
        "los bandos y las convocatorias.",
    ]),
}
