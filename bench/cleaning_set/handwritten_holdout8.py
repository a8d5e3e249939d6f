"""Stories written for the 'holdout8' half whose real sentences look like the chrome of its publishers: a
county's text-alert sign-up ("Message and data rates may apply"), a storm told day by day a year on (dated
paragraphs in a plain story), an anchor's last sign-off ("Thanks for watching, and we'll see you
tomorrow"), a council website that sent Welsh readers to English pages ("This page is only available in
English"), a weekly raising its own cover price (its shop posters quoted), a lifeboat crew's advice ("call
999 and ask for the Coastguard"), a regulator fining "Reply YES" subscriptions ("texting STOP to 2442"), a
broadcasting code's sponsor line ("This programme is brought to you by"), a flood warning with its
emergency numbers, a radio switching off a frequency ("jetzt auf DAB+ umsteigen"), a storm surge told day
by day, farm-shop subscriptions ("Jederzeit kündbar"), fake subscription callers in the publisher's name
("Ihr Abonnement läuft aus"), a fine over a cookie banner ("En poursuivant votre navigation, vous acceptez
…"), a bankruptcy tally, a fake newsletter ("Pour vous désinscrire, cliquez ici"), a press regulator on
copied articles ("Toute reprise est soumise à l'accord préalable"), floods told day by day, a mobile-money
SMS ("Votre transfert a été effectué avec succès"), a daily dropping its Monday print edition
("Suscribite a la edición digital"), a river flood day by day, a border app ("Completá tu declaración en el
celular") and WhatsApp scams using a local paper's name ("Seguinos y participá del sorteo").  Some use
subheads, lists, quotations and fact boxes.  Full of abbreviations, times, dates and decimals."""

from __future__ import annotations

from bench.cleaning_set.cms import fact, fact_h, h2, li, quote

STORIES: dict[str, tuple[str, str, list[str]]] = {  # id ("h8-…", unique) -> (lang, title, paragraphs)
    # ---- en ---------------------------------------------------------------------------------------------
    "h8-en-textalert": ("en", "Mobile County swaps its alert app for text messages, but few have signed up", [
        "Mobile County's Emergency Management Agency will stop sending warnings through its old smartphone app on "
        "Oct. 1 and switch to text messages, but only about 14,000 of the county's 414,000 residents have signed "
        "up so far, the agency said Tuesday.",
        "Flyers at libraries and fire stations tell residents to “Text MOBILEREADY to 55511 to get alerts for "
        "your neighborhood,” followed by the line “Message and data rates may apply.”",
        quote("“People see that last line and think it's a sales pitch,” said EMA director Lt. Col. Renee "
              "Haskins. “It's a warning system, and it is free.”"),
        h2("How to get the alerts"),
        li("Text the keyword to 55511, or sign up on the county's website with a street address."),
        li("Choose tornado warnings, evacuation orders, boil-water notices or all three."),
        li("People with only a landline can register by calling 251-555-0130 from 8 a.m. to 5 p.m. on "
           "weekdays."),
        "The county paid $186,000 for the new system, which can reach a single ZIP code, or a few blocks around "
        "a chemical spill.",
    ]),
    "h8-en-hollis": ("en", "A year after Hollis: how the storm unfolded, day by day", [
        "Tropical Storm Hollis was never a hurricane, but a year ago this week it flooded more homes in Mobile "
        "and Baldwin counties than any storm since Sally in 2020. Here is how it unfolded, from National "
        "Hurricane Center advisories and WBYX's own coverage.",
        "Sept. 2 — Forecasters flag a tropical wave near the Cabo Verde Islands and give it a 20% chance of "
        "development.",
        "Sept. 6 — The system becomes Tropical Depression Nine over the central Caribbean at 4 a.m. and "
        "Tropical Storm Hollis by 10 p.m.",
        "Sept. 8 — A tropical storm warning goes up from Pascagoula to Destin. Baldwin County schools close for "
        "two days.",
        "Sept. 9, 11:40 p.m. — Hollis comes ashore on the west end of Dauphin Island with winds of 65 mph. The "
        "surge at the island's tide gauge peaks at 5.8 feet.",
        "Sept. 10 — About 71,000 Alabama Power customers are without electricity at midday, and water in "
        "downtown Mobile stays above flood stage until evening.",
        "Sept. 12 — FEMA approves individual assistance for Mobile and Baldwin counties.",
        "The final damage estimate, released in March, was $312 million. About 40 families are still waiting "
        "for buyouts of flood-prone homes along Dog River.",
    ]),
    "h8-en-signoff": ("en", "Ray Delacroix signs off after 38 years at the WBYX anchor desk", [
        "Ray Delacroix, who anchored WBYX's evening news for 38 years, said goodbye to viewers on Friday's 6 p.m. "
        "newscast, his last from the station's studio on Government Street.",
        "He ended it the way he has ended thousands of others: “That's the news. Thanks for watching, and we'll "
        "see you tomorrow.” This time he added, “Well, you'll see somebody.”",
        quote("“Ray told Mobile about Frederic, Ivan and Katrina. People trusted him to tell them when to leave "
              "and when it was safe to come home,” said WBYX news director Alicia Monroe."),
        "Delacroix, 67, joined the station in 1987 as a weekend reporter covering city council meetings and "
        "Mardi Gras parades.",
        "He plans to stay in Mobile and volunteer with the Dauphin Island Sea Lab's school programs.",
        "Co-anchor Tasha Greene and meteorologist Marcus Lebeau will present the 6 p.m. news until a successor is "
        "named.",
    ]),
    "h8-en-welshpage": ("en", "Council website told Welsh readers: ‘This page is only available in English’", [
        "Ceredigion County Council has apologised after hundreds of pages on its new website showed visitors who "
        "chose Welsh the message “Mae’r dudalen hon ar gael yn Saesneg yn unig – This page is only available in "
        "English.”",
        "The Welsh Language Commissioner’s office has opened an investigation under the Welsh Language Standards, "
        "which require councils to treat both languages equally.",
        "A council spokesperson said 312 pages had been affected and that translations would be in place "
        "“within weeks”. The contract for the site cost £148,000.",
        quote("“You press the button that says Cymraeg and it sends you straight back to English. It’s 2025,” "
              "said Eleri Pugh, a retired teacher from Llandysul who complained."),
        "About 45% of Ceredigion’s residents aged three and over speak Welsh, according to the 2021 census.",
    ]),
    "h8-en-coverprice": ("en", "Observer cover price goes up to £1.60 from next week", [
        "The cover price of the Teifi Valley Observer will rise from £1.40 to £1.60 from next Thursday’s "
        "edition, the first increase since 2022.",
        "Editor Sian Probert said the cost of newsprint had gone up by 38% in three years, and the cost of "
        "delivering the paper to 61 shops between Cardigan and Lampeter by a fifth.",
        "Readers who have the paper posted or reserved at a newsagent will pay the old price until their next "
        "renewal. New posters in the shops read “Still the best-read paper in the valley – still made in "
        "Cardigan.”",
        fact_h("The Observer in numbers"),
        fact("Founded in 1898 as the Teifi Valley Advertiser"),
        fact("Weekly sale: about 6,100 copies"),
        fact("Staff: four reporters, one photographer and two sub-editors"),
        "“We’d rather put the price up than cut pages,” Ms Probert said. “The court reports, the eisteddfod "
        "results and the planning lists are why people buy us.”",
    ]),
    "h8-en-lifeboat": ("en", "Cardigan lifeboat crew’s busiest summer in a decade", [
        "Volunteers at Cardigan lifeboat station launched 41 times between June and August, their busiest summer "
        "since 2015, the RNLI said on Monday.",
        "Most calls were to paddleboarders and kayakers blown out to sea by offshore winds, and to walkers cut "
        "off by the tide at Mwnt and Poppit Sands.",
        quote("“If you get into trouble at the coast, call 999 and ask for the Coastguard. Don’t try to swim for "
              "it,” said the station’s helm, Rhys Penry."),
        "The station, at Patch on the Gwbert road, has 26 volunteer crew. Its inshore boat was replaced in May "
        "after 12 years in service.",
        "An open day with boat demonstrations will be held on Saturday 13 September from 10am to 4pm.",
    ]),
    "h8-en-vasfine": ("en", "NCC fines two telcos over ‘Reply YES’ subscriptions customers never asked for", [
        "The Nigerian Communications Commission (NCC) has fined two mobile network operators a total of ₦1.2 "
        "billion for signing customers up to paid content services without clear consent, the regulator said in "
        "Abuja on Wednesday.",
        "Subscribers complained of text messages reading “Reply YES to get daily football news at ₦50/day” that "
        "began charging them even when they did not reply.",
        "The Commission reminded users that they can block all promotional messages by texting STOP to 2442, its "
        "Do-Not-Disturb short code, free of charge.",
        quote("“Consent is not silence,” said the NCC’s director of consumer affairs, Mrs. Ifeoma Chukwu. “If a "
              "customer does not say yes, the answer is no.”"),
        "The operators have 30 days to refund the affected subscribers. Neither company had responded to "
        "requests for comment by 6 p.m.",
    ]),
    "h8-en-nbccode": ("en", "Stations must name sponsors at start and end of paid programmes, says NBC", [
        "Radio and television stations in Nigeria must name the sponsor of any paid programme at the start and "
        "at the end of each broadcast, under amendments to the Nigeria Broadcasting Code that took effect on "
        "Monday.",
        "The required wording is “This programme is brought to you by” followed by the sponsor’s name, the "
        "National Broadcasting Commission (NBC) said in a statement.",
        h2("What changes for listeners"),
        li("Paid political programmes must carry the sponsor line before and after, not only at the start."),
        li("News bulletins may not be sponsored in a way that suggests the sponsor chose the stories."),
        li("Stations that break the rule face fines of ₦500,000 per breach."),
        "The Radio, Television, Theatre and Arts Workers’ Union (RATTAWU) welcomed the change but said many "
        "community stations could not afford to turn sponsors away.",
    ]),
    "h8-en-floodwatch": ("en", "LASEMA warns residents of low-lying areas as heavy rain returns", [
        "The Lagos State Emergency Management Agency (LASEMA) has told residents of low-lying areas such as "
        "Lekki, Ajah, Ikorodu and parts of Surulere to prepare for flooding after the Nigerian Meteorological "
        "Agency (NiMet) forecast heavy rain for the rest of the week.",
        "Flooded roads brought traffic to a standstill on the Lekki-Epe Expressway for about four hours on "
        "Tuesday, from 5 p.m. until after 9 p.m.",
        fact_h("LASEMA’s advice"),
        fact("Do not drive or walk through moving water."),
        fact("Clear the drains around your home before the rain."),
        fact("In an emergency, call 767 or 112, toll-free."),
        "The state’s environment commissioner, Mr. Adekunle Bakare, said 14 canals had been dredged since May "
        "and that structures built on drainage channels would be removed.",
    ]),
    # ---- de ---------------------------------------------------------------------------------------------
    "h8-de-ukw": ("de", "NKF schaltet UKW-Frequenz auf Usedom ab", [
        "Der Norddeutsche Küstenfunk schaltet am 30. September seine UKW-Frequenz 98,1 MHz auf Usedom ab. Das "
        "Programm von NKF Vorpommern ist auf der Insel dann nur noch über DAB+ und im Internet zu hören.",
        "Seit Wochen läuft vor den Nachrichten der Hinweis „Diese Frequenz wird bald abgeschaltet – jetzt auf "
        "DAB+ umsteigen“. Vor allem ältere Hörerinnen und Hörer haben sich nach Angaben des Senders beschwert.",
        quote("„Ein Küchenradio mit DAB+ gibt es ab etwa 40 Euro. Wer keins hat, hört uns ab Oktober eben gar "
              "nicht mehr“, sagt Programmchefin Dr. Anke Sellin."),
        "Der Sender spart durch die Abschaltung nach eigenen Angaben ca. 180.000 Euro im Jahr. Die übrigen "
        "UKW-Frequenzen in Vorpommern bleiben vorerst in Betrieb.",
        "Die Verbraucherzentrale bietet am 17. September in Wolgast eine Beratung zum Umstieg an, von 10 bis 14 "
        "Uhr im Bürgerhaus.",
    ]),
    "h8-de-sturmflut": ("de", "Die Sturmflut vom Januar: Chronik eines Wochenendes", [
        "Die Sturmflut Mitte Januar war die schwerste an der vorpommerschen Küste seit Jahrzehnten. Eine Chronik "
        "nach Angaben der Behörden und der Berichterstattung von NKF Vorpommern.",
        "Freitag, 17. Januar: Das Bundesamt für Seeschifffahrt und Hydrographie warnt am Vormittag vor "
        "Wasserständen von bis zu 1,40 m über dem mittleren Wasserstand.",
        "Samstag, 18. Januar, 4 Uhr: Der Pegel in Greifswald-Wieck erreicht 1,72 m. In Lubmin trägt das Wasser die "
        "Düne auf 300 Metern ab.",
        "Samstag, 18. Januar, 14 Uhr: Der Landkreis ruft den Katastrophenfall aus. Rund 600 Einsatzkräfte von "
        "Feuerwehr, THW und DLRG sind unterwegs.",
        "Sonntag, 19. Januar: Das Wasser geht zurück. Auf Usedom sind die Promenaden in Zinnowitz und Koserow "
        "beschädigt.",
        "Montag, 20. Januar: Erste Schätzungen beziffern den Schaden auf ca. 25 Mio. Euro.",
        "Das Land hat inzwischen 14 Mio. Euro für neue Dünen und Buhnen bereitgestellt; die Arbeiten sollen bis "
        "zum Frühjahr abgeschlossen sein.",
    ]),
    "h8-de-hofabo": ("de", "Hofabos: «Jederzeit kündbar» steht oft nur im Werbetext", [
        "Immer mehr Bauernbetriebe verkaufen Gemüse, Fleisch und Eier im Abonnement. Die Stiftung für "
        "Konsumentenschutz hat 40 solche Angebote geprüft und bei 11 unklare Kündigungsregeln gefunden.",
        "Auf den Websites heisst es meist «Jederzeit kündbar», in den AGB stehen dann aber Fristen von drei "
        "Monaten oder Kündigungen nur per eingeschriebenem Brief.",
        h2("Was Fachleute raten"),
        li("Kündigungsfrist und Mindestlaufzeit klar auf der Bestellseite nennen."),
        li("Eine Kündigung per E-Mail annehmen, nicht nur per Post."),
        li("Während Lieferpausen in den Ferien nicht automatisch weiter belasten."),
        quote("«Die meisten Betriebe wollen niemanden festhalten, sie haben die AGB einfach irgendwo kopiert», "
              "sagt Agrarjuristin Barbara Zysset von der Beratungsstelle Hof & Recht."),
    ]),
    "h8-de-fakeabo": ("de", "Falsche Abo-Verkäufer rufen im Namen von Agrarzeitungen an", [
        "Bei mehreren Bauernfamilien im Emmental und im Oberaargau haben sich in den letzten Wochen Anrufer als "
        "Mitarbeitende der Bauernpost ausgegeben. Sie boten eine «Verlängerung zum Vorzugspreis» an und "
        "verlangten die Kontonummer.",
        "In einem Fall folgte ein Brief mit dem Satz «Ihr Abonnement läuft aus – verlängern Sie jetzt und sichern "
        "Sie sich die Treueprämie». Die Bauernpost verschickt solche Briefe nicht.",
        "Die Kantonspolizei Bern rät, am Telefon keine Bankdaten zu nennen und im Zweifel selbst beim Verlag "
        "zurückzurufen, unter der Nummer auf der letzten Rechnung.",
        "Laut Polizei sind seit Juli mindestens 17 Fälle gemeldet worden; der Schaden liegt bei rund Fr. 9000.",
    ]),
    # ---- fr ---------------------------------------------------------------------------------------------
    "h8-fr-cookies": ("fr", "Bandeau cookies trompeur : l'APD sanctionne une boutique en ligne liégeoise", [
        "L'Autorité de protection des données (APD) a infligé une amende de 40 000 euros à une boutique en ligne "
        "de Liège dont le bandeau cookies ne proposait qu'un bouton « J'accepte tout ».",
        "Sous ce bouton figurait la mention « En poursuivant votre navigation, vous acceptez l'utilisation de "
        "cookies », que la Chambre contentieuse juge contraire au RGPD : continuer à lire une page ne vaut pas "
        "consentement.",
        "L'entreprise, qui emploie septante personnes, a trente jours pour modifier son site. Elle peut faire "
        "appel devant la Cour des marchés, à Bruxelles.",
        quote("« Refuser doit être aussi simple qu'accepter, en un seul clic », rappelle Me Claire Dubois, "
              "avocate spécialisée en droit du numérique."),
        "Depuis 2023, l'APD a prononcé onze amendes liées aux cookies, dont quatre visant des sociétés wallonnes.",
    ]),
    "h8-fr-bilan": ("fr", "Faillites : la Wallonie dépasse le millier de dossiers depuis janvier", [
        "Les tribunaux de l'entreprise wallons ont prononcé 1 046 faillites entre le 1er janvier et le 31 août, "
        "soit une hausse de 6,8 % sur un an, selon les chiffres de Statbel publiés jeudi.",
        "L'horeca et la construction restent les secteurs les plus touchés, avec respectivement 231 et 198 "
        "faillites. Le Hainaut en compte à lui seul nonante de plus que l'an dernier.",
        fact_h("Les faillites en chiffres"),
        fact("1 046 faillites en Wallonie de janvier à août"),
        fact("2 874 emplois perdus, contre 2 410 un an plus tôt"),
        fact("Brabant wallon : seule province en baisse (−3,1 %)"),
        "« On paie encore la fin des reports de TVA et des prêts accordés pendant la crise sanitaire », analyse "
        "M. Pierre Lejeune, économiste à l'UCLouvain.",
    ]),
    "h8-fr-fauxnl": ("fr", "Une fausse lettre d'information piège les clients d'un assureur namurois", [
        "Des centaines de clients d'un assureur établi à Namur ont reçu lundi un faux courriel imitant sa lettre "
        "d'information mensuelle, avec un lien vers une page de paiement frauduleuse.",
        "Le message se terminait par les formules habituelles : « Vous recevez ce message car vous êtes abonné à "
        "notre lettre d'information. Pour vous désinscrire, cliquez ici. »",
        "L'assureur a déposé plainte et rappelle qu'il ne demande jamais de données bancaires par courriel. Le "
        "Centre pour la cybersécurité Belgique invite à lui transférer ce genre de messages.",
        "Selon le Centre, 6,2 millions de messages suspects lui ont été signalés en 2024, soit env. 17 000 par "
        "jour.",
    ]),
    "h8-fr-anp": ("fr", "L'ANP rappelle aux sites d'information l'obligation de citer leurs sources", [
        "L'Autorité nationale de la presse (ANP) a adressé mardi une mise en demeure à neuf sites d'information "
        "qui reprennent des articles d'autres médias sans citer leur origine.",
        "Dans certains cas, la mention « Toute reprise est soumise à l'accord préalable de la rédaction » de "
        "l'article d'origine avait même été recopiée telle quelle, a relevé le président de l'ANP lors d'une "
        "conférence de presse au Plateau.",
        "Les sites concernés ont quinze jours pour se mettre en conformité. En cas de récidive, l'ANP peut "
        "prononcer une suspension de un à trois mois.",
        quote("« Reprendre une information, c'est normal. La signer de son propre nom, c'est du vol », a déclaré "
              "M. Koné Drissa, journaliste et membre du conseil de l'ANP."),
        "La Côte d'Ivoire compte plus de 400 sites d'information déclarés, selon l'Autorité.",
    ]),
    "h8-fr-crue": ("fr", "Pluies diluviennes à Abidjan : trois jours d'inondations, jour après jour", [
        "Les pluies de la mi-juin ont fait 24 morts dans le District d'Abidjan, selon le dernier bilan du "
        "gouvernement. Retour, jour après jour, sur ces journées.",
        "Dimanche 15 juin, 22 h : de fortes averses s'abattent sur la ville. La SODEXAM relève plus de 150 mm de "
        "pluie en six heures à l'aéroport Félix-Houphouët-Boigny.",
        "Lundi 16 juin, 5 h : à Abobo et à Yopougon, des habitations s'effondrent. Les sapeurs-pompiers "
        "militaires mènent 60 interventions avant midi.",
        "Lundi 16 juin, 14 h : le gouvernement ferme les écoles des communes touchées jusqu'au mercredi.",
        "Mardi 17 juin : le Premier ministre se rend au quartier Mossikro, à Attécoubé, et annonce une aide "
        "d'urgence de 500 millions de FCFA.",
        "Mercredi 18 juin : l'eau se retire. Les opérations de libération des zones à risque reprennent.",
    ]),
    "h8-fr-mobilemoney": ("fr", "Mobile Money : les frais de transfert baissent à partir du 1er octobre", [
        "Les trois opérateurs de Mobile Money en Côte d'Ivoire réduiront à partir du 1er octobre les frais des "
        "transferts de moins de 20 000 FCFA, à la demande de la BCEAO.",
        "Les clients recevront un SMS annonçant « Votre transfert a été effectué avec succès, frais : 0 FCFA ». "
        "Pour vérifier son solde, il suffira de taper le code habituel de son opérateur.",
        h2("Ce qui change"),
        li("Transferts de 1 à 5 000 FCFA : gratuits."),
        li("De 5 001 à 20 000 FCFA : 1 % au lieu de 1,5 %."),
        li("Retraits : pas de changement."),
        "« Pour les commerçantes du marché d'Adjamé, c'est plusieurs milliers de francs par mois », se réjouit "
        "Mme Aya Kouadio, présidente d'une association de vendeuses.",
    ]),
    # ---- es ---------------------------------------------------------------------------------------------
    "h8-es-lunes": ("es", "El Litoral Oriental deja de imprimirse los lunes", [
        "El Litoral Oriental dejará de publicar su edición impresa los lunes a partir del 6 de octubre; ese día "
        "el diario saldrá solo en su versión digital.",
        "En los quioscos de Paysandú ya hay carteles que dicen “Suscribite a la edición digital y leé el diario "
        "en el celular”. La suscripción digital costará $ 290 por mes.",
        quote("“Los lunes vendíamos la mitad que un domingo y el papel subió un 40 %. No había forma de "
              "sostenerlo”, explicó el director, Gustavo Ferreira."),
        "Los suscriptores en papel recibirán el lunes un código para leer la edición digital sin costo adicional.",
        "El diario, fundado en 1921, tiene unos 4.800 suscriptores en Paysandú, Río Negro y Salto.",
    ]),
    "h8-es-crecida": ("es", "La crecida del río Uruguay, día a día", [
        "La crecida del río Uruguay de mayo obligó a evacuar a 1.900 personas en Paysandú y Salto. Así se "
        "vivieron las dos semanas más difíciles, según los partes del Cecoed y la cobertura de este diario.",
        "Jueves 8 de mayo: la CTM de Salto Grande anuncia que abrirá más compuertas por las lluvias en Brasil. "
        "El río marca 4,90 m en Paysandú.",
        "Sábado 10 de mayo, 18:00: se supera la cota de evacuación de 6,50 m. Las primeras 120 familias del "
        "barrio Chaplin dejan sus casas.",
        "Martes 13 de mayo: el río llega a 8,12 m, el nivel más alto desde 2019. La Costanera norte queda cortada "
        "al tránsito.",
        "Viernes 16 de mayo: comienza el descenso, de unos 15 cm por día.",
        "Jueves 22 de mayo: regresan a sus casas las últimas familias evacuadas. La Intendencia estima en US$ 3,4 "
        "millones los daños en calles y en el puerto.",
    ]),
    "h8-es-puente": ("es", "Puente General Artigas: la declaración de aduana se podrá hacer en el celular", [
        "Quienes crucen el puente General Artigas entre Paysandú y Colón podrán completar la declaración de "
        "aduana desde el celular a partir del 1 de octubre, anunció la Dirección Nacional de Aduanas.",
        "En la cabecera uruguaya ya hay carteles con la frase “Completá tu declaración en el celular y cruzá más "
        "rápido”. Según Aduanas, el trámite lleva unos tres minutos.",
        "En los fines de semana largos de este año la espera llegó a superar las 4 horas, con más de 9.000 "
        "vehículos por día.",
        "Quienes no tengan teléfono inteligente podrán seguir haciendo el trámite en la ventanilla, como hasta "
        "ahora.",
    ]),
    "h8-es-estafa": ("es", "Estafadores usan el nombre de medios del litoral en WhatsApp", [
        "Al menos una docena de vecinos de Paysandú y Salto denunciaron en setiembre que recibieron mensajes de "
        "WhatsApp de supuestos periodistas que les ofrecían “sumarse al canal oficial” de un medio local.",
        "El mensaje terminaba con “Seguinos y participá del sorteo de una moto” y pedía un código de seis "
        "dígitos que, en realidad, servía para robar la cuenta.",
        h2("Cómo protegerse"),
        li("Nunca compartir el código de verificación que envía WhatsApp."),
        li("Activar la verificación en dos pasos en la configuración de la aplicación."),
        li("Ante la duda, llamar al medio a su número fijo publicado."),
        quote("“Nosotros no sorteamos motos ni pedimos códigos por WhatsApp”, aclaró la jefa de redacción de El "
              "Litoral Oriental, Lucía Techera."),
        "La Jefatura de Policía de Paysandú recibió 37 denuncias por robo de cuentas de WhatsApp en lo que va del "
        "año.",
    ]),
}
