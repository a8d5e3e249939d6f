"""Stories written for the 'holdout9' half whose real sentences look like the chrome of its publishers: public
radio stations shortening their pledge drives (the on-air ask quoted: "Support for this program comes from
listeners like you"), a county board's AI-written minutes ("This summary was generated with the assistance of
artificial intelligence"), a missing man ("call 911 or the Alton Police Department at …"), low-water questions
answered under short question subheads, a police appeal ending with the Crime Stoppers numbers, a Carnival band
launch with its price list, fake lottery "winner" messages, a mobile-money reversal scam ("Forward suspicious
messages to 333"), an exam timetable with its rules, a news site's own Kiswahili edition ("switch between English
and Kiswahili from the menu"), a supplier's insolvency with the employment agency's hotline, a court ruling on
newsletter consent ("Sie erhalten diese E-Mail, weil …"), short-time work rules in a fact box, a city voucher's
fine print ("Keine Barablöse"), new trams ("Bitte zurückbleiben"), flea markets by date, a water cut with the
utility's toll-free number, a rum harvest, the cyclone kit ("Restez à l'écoute de la radio"), inter-island
flights ("Recuerde presentar su DNI"), a desalination breakdown with the utility's 24-hour number, Carnival's
programme, a social-security booking app ("Agendá tu consulta"), a dengue alert ("no te automediques") and new
moto-taxi rules.  Some use subheads, lists, quotations and fact boxes; abbreviations, times, dates and decimals
throughout."""

from __future__ import annotations

from bench.cleaning_set.cms import fact, fact_h, h2, li, quote

STORIES: dict[str, tuple[str, str, list[str]]] = {  # id ("h9-…", unique) -> (lang, title, paragraphs)
    # ---- en: the Midwest public-radio collaborative ---------------------------------------------------------
    "h9-en-pledge": ("en", "Public radio stations shorten pledge drives as federal money runs out", [
        "Listeners to three public radio stations in Missouri and Illinois will hear fewer on-air fundraising "
        "breaks this fall, even though the stations have lost the federal grants that paid for about 11% of their "
        "budgets.",
        "Station managers say long pledge drives drive listeners away. This year the drives will last five days "
        "instead of ten, and the stations will lean on monthly donors, who now give about 60% of individual "
        "contributions.",
        "The familiar script stays: “Support for this program comes from listeners like you,” hosts will say "
        "between segments, before reading the phone number and thanking new members by first name.",
        quote("“People don't tune in to hear us ask for money. They tune in for the news, and the news is what "
              "makes them give,” said Tamara Lindqvist, general manager of KRVW in St. Louis."),
        h2("What the stations lost"),
        "Together the three stations received about $2.4 million a year from the Corporation for Public "
        "Broadcasting. Two have frozen hiring; the third has cut its overnight classical music service.",
        "Rural stations are in a harder position, said Dr. Ellen Marsh, who studies nonprofit media at Mississippi "
        "Valley College: some relied on federal money for more than a third of their budgets.",
    ]),
    "h9-en-aiminutes": ("en", "A county board let AI write its meeting minutes. Residents found the mistakes.", [
        "For four months this year, the official minutes of the Kaskaskia County Board in southern Illinois "
        "were drafted by an artificial intelligence program, and nobody on the board read them closely before "
        "voting to approve them.",
        "Each set ended with the same line: “This summary was generated with the assistance of artificial "
        "intelligence and may contain errors.”",
        "It did. The minutes of the May 14 meeting recorded a 5-2 vote to rezone a farm near Vandalia that the "
        "board had actually tabled. The June minutes named a commissioner who had not attended.",
        "A retired schoolteacher, Gail Vos, noticed the errors when she compared the minutes with the meeting "
        "video on the county's YouTube channel.",
        quote("“I'm not against technology. I'm against a public record that nobody checks,” Vos said."),
        "County Clerk Ron Szabo said the pilot had ended and that staff would again write the minutes by hand. "
        "The board is to vote on corrected versions of all four sets at its Oct. 8 meeting at 6:30 p.m.",
    ]),
    "h9-en-missing": ("en", "Alton police ask for help finding a 79-year-old man with dementia", [
        "Police in Alton, Ill., are asking for help finding Walter J. Brandt, 79, who walked away from his home in "
        "the 2400 block of State Street on Tuesday afternoon.",
        "Brandt has dementia and may be confused. He was last seen at about 3:15 p.m. near the Alton Square mall.",
        "He is 5 feet 9 inches tall and weighs about 160 pounds.",
        "He was wearing a gray St. Louis Cardinals cap, a blue windbreaker and khaki pants.",
        "He does not have a phone with him, his daughter, Karen Brandt-Ellis, said.",
        "Anyone who sees him should call 911 or the Alton Police Department at 618-555-0120.",
    ]),
    "h9-en-lowwater": ("en", "Why is the Mississippi so low again? Your questions, answered", [
        "For the fourth fall in a row, the Mississippi River at St. Louis has dropped close to its lowest levels on "
        "record. Listeners sent the Confluence Desk dozens of questions. Here are answers to the most common ones.",
        h2("Why is the river so low?"),
        "Very little rain has fallen across the Missouri and upper Mississippi basins since July, and reservoirs on "
        "the Missouri River are releasing the minimum allowed.",
        h2("Is my drinking water safe?"),
        "Yes. Water utilities in St. Louis and the Metro East draw from deep enough intakes, and none has reported "
        "a problem. Farther south, salt water moving up the river from the Gulf has become a concern for towns in "
        "Louisiana.",
        h2("What does it mean for farmers?"),
        "Barges can carry less, so shipping grain costs more. In late September, moving a ton of soybeans from St. "
        "Louis to New Orleans cost about $48, roughly twice the usual rate.",
        h2("What can I do?"),
        "Not much about the river itself. But the Corps of Engineers asks boaters to stay out of the main channel, "
        "where tows have less room to maneuver.",
    ]),
    # ---- en: the Trinidad evening daily ---------------------------------------------------------------------
    "h9-en-crimestop": ("en", "Police seek two men after armed robbery at Arima supermarket", [
        "Police are searching for two men who robbed a supermarket on Broadway, Arima, at gunpoint on Sunday night "
        "and escaped with about $38,000 in cash.",
        "According to a police report, the men entered the store at about 8.40 p.m., shortly before closing. One "
        "of them pointed a gun at a cashier while the other emptied three registers.",
        "No one was injured. The men ran east along Broadway and got into a silver Nissan Tiida driven by a third "
        "man.",
        "Superintendent Curtis Boodram of the Northern Division said officers had collected footage from cameras in "
        "the area.",
        "Anyone with information is asked to call the Arima CID at 667-555-3528, Crime Stoppers at 800-8477 "
        "(TIPS), 999 or 555, or send a message through the TTPS app.",
    ]),
    "h9-en-mas": ("en", "Band launch: ‘Sea of Stars’ unveils its Carnival 2026 costumes", [
        "Carnival band Moonrise Mas launched its 2026 presentation, “Sea of Stars,” at the Queen's Park Oval on "
        "Saturday night with 14 sections and a price list that starts at $1,850.",
        "Bandleader Dr. Kerwin Alleyne said the designs were inspired by the night sky over Tobago, where his "
        "grandmother taught him the names of the constellations.",
        "The band's sections and their prices, as announced at the launch:",
        li("Frontline, Orion: $4,200."),
        li("Backline, Milky Way: $2,650."),
        li("Backline, Southern Cross: $2,400."),
        li("Children's band, Little Stars: $1,850."),
        quote("“Mas is expensive, we know that. So we are offering payment plans over six months, with no "
              "interest,” Alleyne said."),
        "Registration opens on Oct. 1 at the band's camp on Ariapita Avenue, Woodbrook, from 10 a.m. to 7 p.m.",
    ]),
    "h9-en-nlcbscam": ("en", "NLCB warns of fake ‘winner’ messages on WhatsApp", [
        "The National Lotteries Control Board (NLCB) has warned the public about WhatsApp messages that tell people "
        "they have won a prize and ask them to pay a “processing fee” to collect it.",
        "One message seen by the Evening Mail read: “Congratulations! Your number was selected in the NLCB "
        "Mega Draw. Send $500 in phone credit to release your $50,000 prize.”",
        "The NLCB said it never contacts winners by WhatsApp and never asks for money before paying a prize.",
        "It said genuine prizes could only be claimed with the original winning ticket.",
        "The fraud squad said it had received 27 complaints since August, mostly from people over 60.",
    ]),
    # ---- en: the Kenyan news site ---------------------------------------------------------------------------
    "h9-en-mpesa": ("en", "‘Wrong number’ M-Pesa reversal scam returns, Safaricom warns", [
        "Safaricom has warned M-Pesa users about a surge in a familiar scam in which fraudsters send a fake "
        "transaction message and then call to ask for the money to be “returned”.",
        "The fake message imitates the real one almost exactly: “Confirmed. Ksh3,500.00 received from JOHN "
        "KAMAU 0712XXX345 on 2/9/25 at 7:41 PM.”",
        "Minutes later, the caller claims to have sent the money by mistake and begs the recipient to send it "
        "back. No money was ever received.",
        "Safaricom will never call you to ask for your M-Pesa PIN.",
        "Forward suspicious messages to 333 free of charge.",
        "Those two lines, the company's standard advice, appear on posters at its shops across the country. "
        "Safaricom said it had blocked more than 4,000 lines linked to the scam since July.",
        "The Directorate of Criminal Investigations (DCI) said 11 suspects had been arrested in Kisumu and "
        "Nakuru.",
    ]),
    "h9-en-kcse": ("en", "KCSE exams begin on November 3: what candidates need to know", [
        "More than 960,000 candidates will sit the Kenya Certificate of Secondary Education (KCSE) examination, "
        "which starts on Nov. 3 with the practical papers and ends on Nov. 21.",
        "The Kenya National Examinations Council (KNEC) released the timetable on Tuesday, together with rules "
        "that schools must read out to every candidate.",
        fact_h("Rules for candidates"),
        fact("Candidates must be seated by 7.30 a.m. for the morning papers."),
        fact("Mobile phones and smartwatches are not allowed in examination rooms."),
        fact("A candidate who is more than 30 minutes late may not sit the paper."),
        "KNEC chief executive Dr. Julius Onyango said containers holding the papers would be opened only "
        "in the presence of a security officer.",
        "Results are expected in January.",
    ]),
    "h9-en-kiswahili": ("en", "Nyota Daily launches a Kiswahili edition", [
        "Nyota Daily will publish its main stories in Kiswahili as well as English from Monday, the company said, "
        "making it one of the few Kenyan news sites with a full daily edition in both languages.",
        "Readers can switch between English and Kiswahili from the menu at the top of every article.",
        "Managing editor Wanjiku Ndegwa said 14 journalists had been hired for the edition, most of them in "
        "Mombasa and Kisumu.",
        quote("“More than half of our readers tell us they prefer to read the news in Kiswahili. We should have "
              "done this years ago,” she said."),
        "The Kiswahili edition will carry the same stories as the English one, along with a daily football page "
        "and a section on county news.",
    ]),
    # ---- de: the Saxon business daily -------------------------------------------------------------------------
    "h9-de-zulieferer": ("de", "Zulieferer aus Zwickau meldet Insolvenz an – 420 Jobs betroffen", [
        "Der Automobilzulieferer Westsachsen Präzisionsteile GmbH hat beim Amtsgericht Chemnitz Insolvenz in "
        "Eigenverwaltung beantragt. Betroffen sind rund 420 Beschäftigte an den Standorten Zwickau und Werdau.",
        "Das Unternehmen stellt u. a. Lenkungsteile und Gehäuse für Elektromotoren her. Größter Kunde ist ein "
        "Autowerk in der Region, das seine Abrufe seit dem Frühjahr um ca. 30 Prozent gesenkt hat.",
        "Zum vorläufigen Sachwalter bestellte das Gericht Dr. Henning Lausberg von der Kanzlei Lausberg & Partner "
        "in Leipzig. Der Geschäftsbetrieb läuft nach seinen Angaben uneingeschränkt weiter.",
        quote("„Wir haben volle Bücher bis Jahresende, aber zu wenig Liquidität, um die Durststrecke zu "
              "überbrücken“, sagte Geschäftsführer Matthias Röder."),
        "Die Löhne für September, Oktober und November sind über das Insolvenzgeld abgesichert.",
        "Die Agentur für Arbeit Zwickau bietet den Beschäftigten am 23. September eine Sprechstunde im Werk an, "
        "von 10 bis 16 Uhr.",
        "Fragen beantwortet außerdem die Hotline der Agentur unter 0800 4 5555 00.",
    ]),
    "h9-de-doi": ("de", "Landgericht: Newsletter ohne Bestätigung ist unzulässig", [
        "Ein Leipziger Onlinehändler darf seinen Kunden keine Werbe-Newsletter mehr schicken, ohne dass diese ihre "
        "Anmeldung vorher per E-Mail bestätigt haben. Das hat das Landgericht Leipzig in einem noch "
        "unveröffentlichten Urteil entschieden.",
        "Geklagt hatte die Verbraucherzentrale Sachsen. Der Händler hatte Käufer automatisch in seinen Verteiler "
        "aufgenommen und jede Mail mit dem Satz beendet: „Sie erhalten diese E-Mail, weil Sie sich für unseren "
        "Newsletter angemeldet haben.“",
        "Das stimme schlicht nicht, befand die Kammer. Ein Häkchen im Bestellformular reiche als Einwilligung nicht "
        "aus, wenn es bereits voreingestellt sei.",
        quote("„Viele Shops halten das für eine Formalie. Das Urteil zeigt, dass es teuer werden kann“, sagt "
              "Rechtsanwältin Dr. Sabine Kröber aus Dresden."),
        "Bei jedem weiteren Verstoß droht dem Händler ein Ordnungsgeld von bis zu 250.000 Euro. Das Urteil ist "
        "noch nicht rechtskräftig.",
    ]),
    "h9-de-kurzarbeit": ("de", "Kurzarbeit in Sachsen: Zahl der Anzeigen steigt deutlich", [
        "Sächsische Betriebe haben im August für rund 18.600 Beschäftigte Kurzarbeit angezeigt, fast doppelt so "
        "viele wie ein Jahr zuvor. Das geht aus Zahlen der Regionaldirektion Sachsen der Bundesagentur für Arbeit "
        "hervor.",
        "Besonders betroffen sind die Metall- und Elektroindustrie sowie Zulieferer der Autobranche, z. B. im "
        "Raum Chemnitz und Zwickau.",
        "Eine Anzeige bedeutet nicht, dass tatsächlich kurzgearbeitet wird; erfahrungsgemäß nimmt ein Teil der "
        "Betriebe die Kurzarbeit am Ende nicht in Anspruch.",
        fact_h("Kurzarbeit: die Regeln"),
        fact("Das Kurzarbeitergeld beträgt 60 Prozent des ausgefallenen Nettolohns, mit Kind 67 Prozent."),
        fact("Mindestens ein Drittel der Beschäftigten muss vom Arbeitsausfall betroffen sein."),
        fact("Die Bezugsdauer beträgt derzeit bis zu 24 Monate."),
        "„Die Betriebe halten ihre Fachkräfte, so lange es geht“, sagte Regionaldirektor Klaus-Peter Hansen.",
    ]),
    # ---- de: the Graz city magazine ---------------------------------------------------------------------------
    "h9-de-gutschein": ("de", "Der Grazer Stadtgutschein kommt zurück – jetzt auch digital", [
        "Ab 1. Oktober gibt es den Grazer Stadtgutschein wieder, erstmals auch als App. Die Stadt legt bis "
        "Jahresende auf jeden gekauften Gutschein zehn Prozent drauf, insgesamt bis zu 500.000 Euro.",
        "Auf der Rückseite steht wie bisher das Kleingedruckte: „Einlösbar in über 300 Grazer Geschäften. Keine "
        "Barablöse.“ Neu ist, dass der Gutschein drei statt zwei Jahre gilt.",
        "Erhältlich ist er:",
        li("im Servicecenter im Amtshaus, Schmiedgasse 26,"),
        li("in allen Filialen der Steiermärkischen Sparkasse in Graz,"),
        li("in der App „Graz Gutschein“ für iOS und Android."),
        quote("„Jeder Euro bleibt in der Stadt, beim Greißler ums Eck genauso wie im Kino“, sagt Wirtschaftsstadträtin "
              "Elke Rauch."),
        "Im Vorjahr wurden Gutscheine im Wert von 3,4 Mio. Euro verkauft.",
    ]),
    "h9-de-bim": ("de", "Die neuen Bims sind da: Was sich für Fahrgäste ändert", [
        "Seit Montag fährt auf der Linie 7 die erste von 15 neuen Straßenbahnen der Graz Linien. Bis Ende 2026 "
        "sollen alle im Einsatz sein.",
        h2("Mehr Platz, weniger Stufen"),
        "Die neuen Garnituren sind 42 Meter lang und durchgehend niederflurig. Sie bieten Platz für 250 Fahrgäste, "
        "rund 40 mehr als die alten Wagen.",
        h2("Neue Durchsagen"),
        "Auch die Ansagen sind neu, gesprochen von der Grazer Schauspielerin Martina Haberl. Vor dem Schließen der "
        "Türen heißt es jetzt: „Bitte zurückbleiben, die Türen schließen.“",
        "Fahrgäste, die mit Rollstuhl oder Kinderwagen unterwegs sind, drücken den blauen Knopf neben der Tür.",
        quote("„Die alten Wagen sind fast 30 Jahre alt. Wir haben sie so lange repariert, wie es ging“, sagt "
              "Betriebsleiter Walter Jöbstl."),
    ]),
    "h9-de-flohmarkt": ("de", "Stöbern im Herbst: Die schönsten Flohmärkte in Graz", [
        "Vintage-Kleider, alte Schallplatten, Omas Kaffeeservice: Im Herbst haben die Grazer Flohmärkte "
        "Hochsaison. Wir haben die Termine bis Ende Oktober gesammelt.",
        li("Samstag, 13. September: Flohmarkt am Lendplatz, 7 bis 13 Uhr."),
        li("Sonntag, 21. September: Kinderflohmarkt im Volksgarten, 10 bis 15 Uhr, Standplatz gratis."),
        li("Samstag, 4. Oktober: Nachtflohmarkt in der Seifenfabrik, 17 bis 23 Uhr, Eintritt 3 Euro."),
        li("Sonntag, 19. Oktober: Bücherflohmarkt der Stadtbibliothek Zanklhof, 9 bis 14 Uhr."),
        "Wer selbst verkaufen will, muss sich bei den meisten Märkten vorher anmelden; beim Lendplatz-Flohmarkt "
        "reicht es, um 6 Uhr da zu sein.",
        quote("„Die besten Stücke sind um halb acht weg. Wer ausschlafen will, findet mittags die besten Preise“, "
              "sagt Händlerin Renate Gollner, die seit 1998 am Lendplatz steht."),
    ]),
    # ---- fr: the Martinique daily ---------------------------------------------------------------------------
    "h9-fr-eau": ("fr", "Coupures d'eau dans le Centre : la SME promet un retour à la normale d'ici dimanche", [
        "Plus de 20 000 foyers du Lamentin, de Saint-Joseph et de Fort-de-France sont privés d'eau depuis mardi, "
        "après la rupture d'une canalisation de 600 mm à Rivière-Lézarde.",
        "La Société martiniquaise des eaux (SME) indique que les réparations ont débuté mercredi à 6 h et "
        "qu'elles devraient durer au moins trois jours.",
        "Des citernes sont installées aux endroits suivants :",
        li("place de l'église du Lamentin ;"),
        li("stade de Saint-Joseph ;"),
        li("parking du centre commercial de Dillon, à Fort-de-France."),
        "Le numéro vert 0 800 555 972 est joignable 24 h/24.",
        quote("« Nous avons mobilisé toutes nos équipes, y compris celles du Nord », assure M. Régis Lucien, "
              "directeur d'exploitation de la SME."),
        "L'eau pourra rester trouble quelques heures après la remise en service ; la SME recommande de la faire "
        "couler quelques minutes avant de la consommer.",
    ]),
    "h9-fr-rhum": ("fr", "Rhum agricole : une récolte de canne en baisse de 12 %", [
        "La campagne sucrière s'est achevée fin juin avec 198 000 tonnes de canne broyées par les distilleries de "
        "l'île, soit 12 % de moins que l'an dernier, selon l'interprofession.",
        "La sécheresse du premier trimestre a pesé sur les rendements, surtout dans le Sud. Le taux de sucre, lui, "
        "est resté bon, à 11,8 % en moyenne.",
        "« La canne a souffert, mais le jus était riche », résume Mme Nadège Larose-Sainte-Rose, planteuse au "
        "Saint-Esprit.",
        "Les distilleries promettent que la production de rhum AOC ne sera pas affectée grâce aux stocks. Le rhum "
        "blanc est commercialisé à 50 % ou 55 % vol.",
        "M. Bertrand Clément, président de l'interprofession, plaide pour une hausse du prix payé aux planteurs, "
        "fixé à 63 euros la tonne depuis 2023.",
    ]),
    "h9-fr-kit": ("fr", "Saison cyclonique : le kit à préparer avant la prochaine alerte", [
        "Le pic de la saison cyclonique approche et la préfecture appelle chaque foyer à préparer un kit "
        "d'urgence, de quoi tenir au moins trois jours sans eau ni électricité.",
        fact_h("Le kit cyclone"),
        fact("Trois litres d'eau potable par personne et par jour."),
        fact("Des conserves, un ouvre-boîte et des biscuits."),
        fact("Une lampe torche, une radio à piles et des piles de rechange."),
        fact("Les médicaments habituels et une trousse de premiers secours."),
        fact("Les papiers importants dans une pochette étanche."),
        "Restez à l'écoute de la radio et suivez les consignes de la préfecture.",
        "C'est le message que répète le préfet à chaque alerte. Lors de la dernière vigilance rouge, plus de 40 000 "
        "foyers avaient été privés d'électricité pendant près de deux jours.",
    ]),
    # ---- es: the Canary Islands site --------------------------------------------------------------------------
    "h9-es-binter": ("es", "El descuento de residente en los vuelos entre islas ya no exige el certificado en papel", [
        "Los residentes en Canarias ya no tendrán que llevar el certificado de empadronamiento en papel para volar "
        "entre islas con el descuento del 75 %. La comprobación se hará de forma automática al comprar el billete.",
        "Hasta ahora, los carteles de los mostradores de facturación advertían: “Recuerde presentar su DNI y el "
        "certificado de residencia en el embarque”. El DNI seguirá siendo obligatorio.",
        "Según el Ministerio de Transportes, unos 2,3 millones de pasajeros utilizaron el descuento en los vuelos "
        "interinsulares el año pasado.",
        quote("“Era absurdo que una señora de La Gomera tuviera que ir al ayuntamiento cada vez que quería ir al "
              "médico a Tenerife”, dijo la consejera de Transportes, Dña. Rosa Cabrera."),
        "Si el sistema no reconoce a un pasajero, este podrá acreditar su residencia en el aeropuerto, como hasta "
        "ahora.",
    ]),
    "h9-es-desaladora": ("es", "Una avería en la desaladora deja sin agua a 14.000 vecinos de Lanzarote", [
        "Unos 14.000 vecinos de Arrecife, Tías y San Bartolomé llevan desde el lunes con cortes de agua por la "
        "avería de una de las plantas desaladoras de la isla.",
        "El Consorcio del Agua de Lanzarote explicó que la rotura de una bomba de alta presión ha reducido la "
        "producción en un 30 %. La pieza de repuesto llegó el miércoles en un barco desde Cádiz.",
        "El suministro se restablecerá por turnos, barrio a barrio, hasta el viernes.",
        "Para cualquier incidencia, los abonados pueden llamar al 900 555 210, gratuito, las 24 horas.",
        quote("“Tengo cuatro niños y llevo tres días fregando con agua de garrafa”, contaba Yurena Betancort, "
              "vecina de Titerroy."),
        "El Cabildo ha pedido al Gobierno de Canarias que declare la emergencia hídrica en la isla.",
    ]),
    "h9-es-carnaval": ("es", "El Carnaval de Santa Cruz 2026 ya tiene fechas y alegoría", [
        "El Carnaval de Santa Cruz de Tenerife de 2026 se celebrará del 6 al 22 de febrero y estará dedicado a "
        "los años 80, según anunció el Ayuntamiento.",
        "El programa provisional incluye:",
        li("gala de elección de la Reina, miércoles 11 de febrero, 21.00 horas;"),
        li("coso apoteosis, martes 17 de febrero, 16.00 horas;"),
        li("entierro de la sardina, miércoles 18 de febrero, 19.30 horas."),
        "Las murgas podrán inscribirse hasta el 31 de octubre. Este año el concurso tendrá un máximo de 20 "
        "agrupaciones.",
        quote("“Queremos un carnaval que se viva en la calle y no solo en el recinto ferial”, dijo la concejala de "
              "Fiestas, Nayra Delgado."),
    ]),
    # ---- es: the Paraguayan national site ---------------------------------------------------------------------
    "h9-es-ips": ("es", "IPS habilita turnos por aplicación en todos sus hospitales", [
        "El Instituto de Previsión Social (IPS) extenderá desde el lunes la reserva de turnos por aplicación a "
        "todos sus hospitales y unidades sanitarias del país.",
        "En las salas de espera ya hay carteles con la frase “Agendá tu consulta desde la app y evitá las filas”. "
        "Hasta ahora, la aplicación funcionaba solo en el Hospital Central.",
        "Los asegurados necesitan su número de cédula y un correo electrónico para registrarse.",
        "Quienes no tengan teléfono inteligente podrán seguir llamando al call center, que atiende de 06.00 a "
        "20.00.",
        quote("“Hay gente que llega a las tres de la mañana para conseguir un turno. Eso se tiene que terminar”, "
              "dijo el presidente del IPS, Dr. Hernán Vera."),
        "Según la institución, el Hospital Central atiende unas 9.000 consultas por día.",
    ]),
    "h9-es-dengue": ("es", "Salud declara alerta epidemiológica por dengue en Central y Asunción", [
        "El Ministerio de Salud declaró este martes la alerta epidemiológica por dengue en el departamento Central "
        "y en Asunción, tras registrar 1.340 casos sospechosos en las últimas tres semanas.",
        "La directora de Vigilancia de la Salud, Dra. Mirta Insaurralde, dijo que la mayoría de los casos se concentra "
        "en Luque, San Lorenzo y Fernando de la Mora.",
        fact_h("Signos de alarma"),
        fact("Dolor abdominal intenso y continuo."),
        fact("Vómitos persistentes."),
        fact("Sangrado de encías o de nariz."),
        "Ante síntomas, acudí al centro de salud más cercano y no te automediques.",
        "Con esa frase cierra la campaña que el Ministerio difunde desde el lunes en radios y redes sociales. Las "
        "autoridades piden además eliminar los recipientes que acumulan agua en patios y terrazas.",
    ]),
    "h9-es-mototaxi": ("es", "Luque reglamenta los mototaxis: casco, chaleco y tarifa fija", [
        "La Junta Municipal de Luque aprobó una ordenanza que obliga a los mototaxistas a registrarse, usar "
        "chaleco numerado y llevar un segundo casco para el pasajero.",
        "En la ciudad circulan unos 1.200 mototaxis, según la Municipalidad, pero solo 300 tienen habilitación.",
        "Los principales puntos de la ordenanza:",
        li("tarifa fija de G. 10.000 dentro del casco urbano;"),
        li("prohibición de llevar más de un pasajero;"),
        li("multas de hasta G. 1.500.000 para quienes circulen sin habilitación."),
        quote("“No estamos en contra del mototaxi, que da de comer a muchas familias, pero tiene que ser seguro”, "
              "dijo el intendente, Rubén Acuña."),
        "Los conductores tendrán 90 días para registrarse sin costo.",
    ]),
}
