"""Stories written for the 'holdout2' half whose real sentences look like chrome: a city's emergency text
alerts ("Sign up today"), a public radio pledge drive ("Become a member today"), a county's warning app
("Aktivieren Sie die Benachrichtigungen"), a town's corrected election notices and a city hall's
"Rectificatif" (corrections that are the story), a flood-alert app, a cinema saved by its supporters
("Rejoignez-nous"), a shop fined for fake reviews and undisclosed commissions, a city WhatsApp channel
("Únete al canal"), a call for public jobs.  Several are structured as news sites structure them:
subheads, bullet lists, block quotations and a fact box ("Das Wichtigste in Kürze") that belong to the
story.  Full of abbreviations, times, dates and decimals."""

from __future__ import annotations

from bench.cleaning_set.cms import fact, fact_h, h2, li, quote

STORIES: dict[str, tuple[str, str, list[str]]] = {  # id -> (lang, title, paragraphs)
    "en-alerts": ("en", "Lakeshore launches text alerts for floods, heat and boil-water notices", [
        "Lakeshore residents can now get emergency warnings by text message, email or phone call under a new city "
        "alert system that went live at 9 a.m. Monday, Mayor Denise K. Albright said.",
        "The system, called LakeAlert, replaces a patchwork of social media posts and sirens that left thousands of "
        "residents in the dark during the July 14 flash flood, when 4.3 inches of rain fell in under two hours.",
        h2("How to sign up"),
        li("Text LAKEALERT to 55211 to get alerts by text message"),
        li("Call 311 to sign up a landline or to get alerts in Spanish, Polish or Arabic"),
        li("Register on the city's website to choose alerts by neighborhood, such as the 4th Ward or St. Ann's"),
        "Signing up is free, and the city says it will not share phone numbers or addresses with outside companies. "
        "Standard message rates may apply.",
        h2("What the alerts will cover"),
        "Alerts will go out for flash flooding, extreme heat, boil-water advisories and road closures lasting more "
        "than six hours, said Dr. Samuel Oyelowo, the city's emergency management director. Tornado warnings will "
        "still come from the National Weather Service and the outdoor sirens.",
        quote("We learned in July that a siren doesn't tell you your basement is about to flood. A text message "
              "can."),
        "Albright made that case at a news conference at the Carver Street pumping station. Ald. Teresa Vukovich, "
        "whose 4th Ward was among the hardest hit in July, said she would push to sign up every senior-housing "
        "building by Oct. 1. “Don't wait for the next storm,” she said. “Sign up today.”",
    ]),
    "en-ballot": ("en", "What's on the Nov. 4 ballot in Lakeshore: three questions, explained", [
        "Lakeshore voters will decide three ballot questions on Nov. 4, including a $48.5 million bond to replace the "
        "city's oldest fire stations and a proposal to move municipal elections to even-numbered years.",
        "Early voting begins Oct. 20 at City Hall, 121 N. LaSalle St., and at the Carver and Northpoint branch "
        "libraries, the Lakeshore Board of Elections said Tuesday.",
        h2("Question 1: Fire station bond"),
        "The bond would pay to rebuild Stations No. 5 and No. 11, both built before 1930, and to add a training "
        "center on Harbor Avenue. The owner of a home assessed at $250,000 would pay about $62 more a year in "
        "property taxes, according to the city's finance department.",
        h2("Question 2: Election dates"),
        "The measure would move the mayoral and aldermanic races from April of odd-numbered years to November of "
        "even-numbered years, starting in 2028. Supporters point to turnout: 19.6% in the April 2023 city election, "
        "compared with 61% in November 2024.",
        quote("When four out of five voters stay home, a few hundred people pick the mayor."),
        "Ald. Marcus Bell, who co-sponsored the measure, made that argument at a City Council hearing in June. "
        "Opponents, including the League of Neighborhood Councils, say local races would be buried at the bottom of "
        "long ballots.",
        h2("Question 3: Sunday library hours"),
        "The advisory question asks whether the city should keep all nine branch libraries open on Sundays from 1 "
        "p.m. to 5 p.m. The vote is not binding, but council members have said they will use the result in budget "
        "talks this winter.",
        "Voters can check their registration and find their polling place through the Board of Elections, which is "
        "open from 8:30 a.m. to 5 p.m. weekdays at 69 W. Washington St., Room 600.",
    ]),
    "en-pledge": ("en", "Public radio station WHRT opens its biggest pledge drive as federal money ends", [
        "Public radio station WHRT-FM began its fall pledge drive at 6 a.m. Monday with a goal of $1.2 million, the "
        "largest in its 52-year history, after Congress ended federal funding for public broadcasting.",
        "The Norfolk station received about $640,000 a year from the Corporation for Public Broadcasting, or "
        "roughly 14% of its budget, said its president, Lorraine T. Mabry.",
        "“Become a member today” is a line listeners have heard for decades, Mabry said, but the pitch has changed. "
        "“We used to say the money helps. Now we say it keeps the lights on.”",
        "The drive runs through Sept. 19. Donors who give $10 a month get a tote bag; those who give $25 a month get "
        "two tickets to the station's Oct. 18 concert at the Harrison Opera House.",
        "Prof. Daniel Ruiz, who studies nonprofit media at Hampton Roads State University, said stations in smaller "
        "markets would be hit hardest. “In a city like Norfolk, listeners can make up the gap,” he said. “In a county "
        "of 20,000 people, they can't.”",
    ]),
    "de-warnapp": ("de", "Probealarm im Kreis Ahrweiler: Das müssen Sie über die neue Warnung wissen", [
        "Der Kreis Ahrweiler testet am Donnerstag, 11. September, um 11 Uhr sein neues Warnsystem. Dann heulen im "
        "ganzen Kreis die Sirenen, und auf den Handys erscheint eine Probewarnung, teilte die Kreisverwaltung am "
        "Montag mit.",
        fact_h("Das Wichtigste in Kürze"),
        fact("Probealarm am 11. September um 11 Uhr im ganzen Kreis Ahrweiler"),
        fact("Getestet werden Sirenen, Cell Broadcast und die Warn-Apps"),
        fact("Entwarnung gegen 11.45 Uhr, niemand muss etwas tun"),
        "Seit der Flut im Juli 2021 hat der Kreis nach eigenen Angaben 128 neue Sirenen aufgestellt, z. B. in "
        "Altenahr, Dernau und Mayschoß. Die Kosten von rund 4,2 Mio. Euro tragen zu 80 Prozent Bund und Land.",
        h2("So funktioniert die Warnung aufs Handy"),
        "Beim sogenannten Cell Broadcast geht die Warnung an alle Handys, die in einer Funkzelle eingebucht sind. Eine "
        "App braucht man dafür nicht, das Gerät muss aber eingeschaltet sein und ein aktuelles Betriebssystem haben.",
        "Wer zusätzlich eine Warn-App nutzen möchte, hat die Wahl:",
        li("Nina, die Warn-App des Bundesamts für Bevölkerungsschutz"),
        li("Katwarn, die u. a. Hinweise der Feuerwehr verschickt"),
        li("Biwapp, die in Rheinland-Pfalz viele Kommunen nutzen"),
        quote("„Aktivieren Sie die Benachrichtigungen, und stellen Sie das Handy nicht auf lautlos. Eine Warnung, die "
              "niemand hört, nützt nichts.“"),
        "Das sagte Landrätin Dr. Helga Brück-Steffens bei der Vorstellung des Warnkonzepts in Bad Neuenahr-Ahrweiler. "
        "Wer beim Probealarm etwas bemerkt, z. B. eine Sirene, die nicht zu hören war, kann das bis 19. September "
        "über ein Formular der Kreisverwaltung oder unter Tel. 02641 555-210 melden.",
    ]),
    "de-bruecke": ("de", "Neue Ahrbrücke in Rech: Freigabe verschiebt sich auf Ende Oktober", [
        "Die neue Brücke über die Ahr in Rech wird später fertig als geplant. Statt Mitte September soll sie nun Ende "
        "Oktober für den Verkehr freigegeben werden, teilte der Landesbetrieb Mobilität (LBM) am Dienstag in Cochem "
        "mit.",
        "Grund seien Lieferschwierigkeiten bei den Stahlträgern, sagte Projektleiter Dipl.-Ing. Markus Lenz. Die 48 "
        "Meter lange Brücke ersetzt das Bauwerk, das die Flut im Juli 2021 zerstört hatte.",
        h2("Die Umleitung bleibt"),
        "Bis zur Freigabe gilt weiter die Umleitung über die L 85 und Dernau. Für die Busse der Linie 841 bleibt die "
        "Ersatzhaltestelle Nr. 3 am Ortseingang bestehen, z. B. auch für Schülerinnen und Schüler.",
        h2("Was die Anwohner sagen"),
        quote("„Wir haben vier Jahre gewartet, da kommt es auf sechs Wochen auch nicht mehr an. Aber dann muss es "
              "wirklich klappen.“"),
        "So fasst es Ortsbürgermeister Hans-Jürgen Ostermann zusammen. Die Kosten für den Neubau liegen nach "
        "LBM-Angaben bei 6,8 Mio. Euro, sie werden vollständig aus dem Wiederaufbaufonds bezahlt.",
        "Eine Eröffnungsfeier ist für Samstag, 1. November, um 10.30 Uhr geplant; die Ortsgemeinde lädt dazu alle "
        "Bürgerinnen und Bürger auf den Platz vor der Kirche St. Luzia ein.",
    ]),
    "de-korrektur": ("de", "Falsches Wahllokal: Spremberg verschickt korrigierte Wahlbenachrichtigungen", [
        "Rund 2.300 Wählerinnen und Wähler in Spremberg bekommen in diesen Tagen eine zweite Wahlbenachrichtigung. Auf "
        "den ersten Schreiben zur Bürgermeisterwahl am 21. September stand für den Wahlbezirk Nr. 7 ein falsches "
        "Wahllokal, teilte die Stadtverwaltung am Mittwoch mit.",
        "Korrektur: Das Wahllokal befindet sich nicht in der Grundschule Kollerberg, sondern im Bürgerhaus am "
        "Georgenberg 4. So steht es auf dem neuen Schreiben, das bis Samstag in allen betroffenen Briefkästen sein "
        "soll.",
        "Schuld war nach Angaben der Stadt ein Fehler in der Software eines externen Dienstleisters. Wer die alte "
        "Benachrichtigung mitbringt, darf trotzdem wählen, sagte Wahlleiterin Dr. Sabine Kschenka. Entscheidend sei "
        "der Personalausweis.",
        "Die Stadt entschuldigte sich für den Fehler. „Das ist ärgerlich, und es tut uns leid“, sagte der "
        "stellvertretende Bürgermeister Uwe Kaschner am Mittwoch um 15.30 Uhr im Hauptausschuss.",
        "Briefwahl ist noch bis Freitag, 19. September, um 12 Uhr möglich, z. B. online über das Portal der Stadt oder "
        "im Wahlbüro im Rathaus, Markt 1.",
    ]),
    "fr-crues": ("fr", "Crues : le Jura teste une application d'alerte pour ses rivières", [
        "Le département du Jura teste depuis lundi une application gratuite d'alerte aux crues, baptisée « Alerte "
        "Rivières 39 », qui prévient les habitants lorsque le niveau de la Loue, du Doubs ou de l'Ain dépasse un "
        "seuil critique.",
        "L'application est disponible sur Android et iOS. Elle s'appuie sur 23 capteurs installés depuis le "
        "printemps, p. ex. au pont de Parcey et à Chissey-sur-Loue, a précisé M. Gérard Vuillermoz, vice-président "
        "du département chargé des routes.",
        h2("Trois niveaux d'alerte"),
        li("Jaune : montée des eaux, restez attentifs"),
        li("Orange : débordements localisés, évitez les berges et les parkings inondables"),
        li("Rouge : crue importante, suivez les consignes des mairies"),
        "Selon Mme A. Girod, ingénieure au service des routes, le temps gagné peut atteindre deux heures à Dole, où "
        "la crue de janvier 2018 avait atteint 1,95 m au-dessus de la cote d'alerte.",
        quote("« Activez les notifications, même si vous n'habitez pas au bord de l'eau. Une route coupée, ça "
              "concerne tout le monde. »"),
        "C'est le conseil de Mme Girod. Une réunion publique est prévue le jeudi 18 septembre à 18 h 30 à la salle "
        "des fêtes de Parcey.",
    ]),
    "fr-comte": ("fr", "Comté : le prix du lait payé aux producteurs atteint un record", [
        "Le prix du lait à comté payé aux producteurs a atteint 672 € les 1 000 litres au premier semestre, un "
        "record, selon l'interprofession du comté, réunie mardi à Poligny.",
        "La production a pourtant reculé de 1,5 % sur un an, à cause de la sécheresse du printemps dans le "
        "Haut-Jura. Les ventes, elles, progressent de 2,1 %, portées p. ex. par l'export vers l'Allemagne et la "
        "Belgique.",
        h2("Une filière qui recrute"),
        "Les fruitières cherchent des fromagers : env. 80 postes seraient à pourvoir dans le massif, d'après M. "
        "P.-É. Jeunet, directeur d'une coopérative à Mouthe.",
        quote("« Le comté se vend bien parce qu'il a des règles strictes. Le jour où on les lâche, on devient un "
              "fromage comme les autres. »"),
        "Ces mots de M. Jeunet résument la position de la filière, qui a refusé en juin d'augmenter les volumes "
        "autorisés. Le prochain point sur les prix est prévu le 12 décembre à 9 h 30.",
    ]),
    "fr-rectif": ("fr", "Taxe foncière : la mairie de Dole publie un rectificatif après une erreur de taux", [
        "La mairie de Dole a publié lundi un rectificatif à sa délibération sur la taxe foncière, adoptée le 30 juin. "
        "Le taux voté n'est pas de 25,8 %, comme indiqué par erreur dans le document, mais de 24,8 %.",
        "« Rectificatif : le taux communal de la taxe foncière sur les propriétés bâties est fixé à 24,8 % », indique "
        "le nouveau texte, affiché depuis lundi à l'hôtel de ville et transmis à la préfecture.",
        "L'erreur, une simple faute de frappe selon l'adjoint aux finances, M. Jean-Marc Sauria, n'a aucune "
        "conséquence sur les avis d'imposition, calculés à partir du bon taux par la direction des finances "
        "publiques.",
        "L'opposition municipale a demandé que la délibération soit de nouveau soumise au vote lors du conseil du 22 "
        "septembre à 19 h. « Une erreur de ce type, sur un document officiel, ça ne devrait pas arriver », a estimé "
        "Mme Claire Bichet.",
    ]),
    "fr-avis": ("fr", "Faux avis clients : une boutique en ligne de Caen condamnée à 40 000 € d'amende", [
        "Le tribunal correctionnel de Caen a condamné mardi une boutique en ligne de produits cosmétiques à 40 000 € "
        "d'amende pour avoir publié plus de 1 200 faux avis clients sur son site, entre 2022 et 2024.",
        "Selon la Direction départementale de la protection des populations, la société rémunérait des internautes "
        "2 € par avis et supprimait les commentaires négatifs. Son gérant, M. T. Lemarchand, a aussi écopé de six "
        "mois de prison avec sursis.",
        "La boutique touchait en outre une commission sur chaque produit vendu par des sites partenaires, sans "
        "l'indiquer clairement, ce que le tribunal a également sanctionné au titre des pratiques commerciales "
        "trompeuses.",
        "« Un avis en ligne, c'est un témoignage. Quand il est acheté, c'est une publicité déguisée », a rappelé la "
        "procureure, Mme Hélène Duval, lors de l'audience, le 9 septembre à 14 h.",
        "L'avocat de la société a annoncé qu'il ferait appel. Depuis 2023, la loi oblige les sites à indiquer si les "
        "avis publiés ont été vérifiés, p. ex. par une mention sous chaque commentaire.",
    ]),
    "fr-cinema": ("fr", "À Bayeux, le cinéma Le Méliès sauvé par 2 400 soutiens", [
        "Le cinéma associatif Le Méliès, à Bayeux, ne fermera pas. Sa campagne de financement participatif, lancée en "
        "juin, a réuni 2 400 soutiens et 86 300 €, plus que les 80 000 € nécessaires pour remplacer son projecteur "
        "numérique et refaire sa toiture.",
        "« Rejoignez-nous, même pour 5 € » : le message, diffusé avant chaque séance depuis trois mois, a été "
        "entendu, se félicite la présidente de l'association, Mme Odile Marie.",
        "La salle de 180 places, ouverte en 1957, accueille env. 38 000 spectateurs par an. Elle restera fermée du 6 "
        "au 20 octobre pour les travaux, puis rouvrira avec une séance gratuite le 21 octobre à 20 h 30.",
        "La communauté de communes a promis une subvention de 15 000 €. « Un cinéma dans une ville de 13 000 "
        "habitants, ce n'est pas un luxe, c'est un service public », estime M. Lucas Thibaut, vice-président chargé "
        "de la culture.",
    ]),
    "es-whatsapp": ("es", "Ciudad Real abre un canal de WhatsApp para avisar de cortes y emergencias", [
        "El Ayuntamiento de Ciudad Real ha puesto en marcha este lunes un canal de WhatsApp para informar a los "
        "vecinos de cortes de agua, cambios en el tráfico y avisos de emergencia, según ha anunciado la alcaldesa, "
        "la Sra. Remedios Lozano.",
        "«Únete al canal y activa la campanita», ha pedido Lozano en la presentación, celebrada a las 11 h en el "
        "salón de plenos. El canal tenía a mediodía 3.150 seguidores.",
        h2("Qué avisos se enviarán"),
        li("Cortes de agua y de luz programados, con al menos 24 horas de antelación"),
        li("Cambios de tráfico por obras, procesiones o la Feria de agosto"),
        li("Alertas de la Aemet de nivel naranja o rojo"),
        "El concejal de Participación, el Sr. Óscar Villalta, ha explicado que el canal no permite responder ni enviar "
        "mensajes al Ayuntamiento, y que los números de los seguidores no son visibles para nadie, tampoco para el "
        "consistorio.",
        "Para quejas y sugerencias sigue disponible el teléfono 010, de 8 a 15 h, así como la sede electrónica "
        "municipal, recordó Villalta.",
    ]),
    "es-empleo": ("es", "La Diputación de Toledo convoca 48 plazas de empleo público", [
        "La Diputación Provincial de Toledo ha publicado este martes en el Boletín Oficial de la Provincia la "
        "convocatoria de 48 plazas de empleo público, la mayor oferta de los últimos diez años.",
        h2("Plazas convocadas"),
        li("24 plazas de auxiliar administrativo (grupo C2)"),
        li("12 plazas de operario de vías y obras"),
        li("8 plazas de técnico de gestión (grupo A2)"),
        li("4 plazas de ingeniero técnico agrícola"),
        "El plazo para presentar solicitudes es de 20 días hábiles desde el día siguiente a la publicación en el "
        "Boletín Oficial del Estado, prevista para la próxima semana. Las tasas van de 10,50 a 24 euros.",
        "El diputado de Recursos Humanos, el Sr. Jaime Corrales, ha señalado que los exámenes se celebrarán a partir "
        "de febrero, previsiblemente los sábados a las 9 h, en el campus de la Fábrica de Armas.",
        "«Queremos que la gente joven de los pueblos pueda trabajar para la provincia sin irse a Madrid», ha dicho "
        "Corrales, que ha recordado que el 30 % de las plazas se reserva para la promoción interna.",
    ]),
    "es-feria": ("es", "La Feria de Albacete cierra con 2,6 millones de visitas y menos incidencias", [
        "La Feria de Albacete cerró el domingo su edición de 2025 con 2,6 millones de visitas, un 3,5 % más que el "
        "año pasado, según el balance presentado este lunes por el Ayuntamiento y la Subdelegación del Gobierno.",
        "Las asistencias sanitarias bajaron a 1.412, frente a las 1.530 de 2024, y la Policía Local tramitó 37 "
        "denuncias, la mayoría por venta ambulante sin licencia, explicó la Sra. Carmen García, concejala de "
        "Seguridad.",
        "El recinto ferial abrió cada día a las 9 h y las atracciones funcionaron hasta las 4 h; el día del niño, con "
        "precios reducidos a 1,50 euros, volvió a ser el más concurrido, con unas 210.000 personas.",
        "«Ha sido una feria tranquila y muy familiar», resumió el alcalde, el Sr. Emilio Sáez Cuenca, que ya ha "
        "anunciado que la de 2026 se celebrará del 7 al 17 de septiembre.",
    ]),
}
