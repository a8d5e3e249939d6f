"""Stories written for the set whose real sentences look like boilerplate: stories ABOUT a newsletter or
a copyright case ("subscribe", "newsletter", "all rights reserved" are story text here), full of
abbreviations, times and dates, each ending with a real quote."""

from __future__ import annotations

STORIES: dict[str, tuple[str, str, list[str]]] = {  # id -> (lang, title, paragraphs)
    "en-newsletter": ("en", "Subscribers flock to a one-person newsletter covering City Hall", [
        "When Dana Whitfield left the Evening Post in Jan. 2023, she started a free email newsletter about City "
        "Hall from her kitchen table in St. Louis.",
        "Two years later, the newsletter has about 14,000 subscribers, and roughly 3.5 percent of them pay $8 a "
        "month for a weekly deep dive, Whitfield said.",
        "“People subscribe because they want someone to sit through the 9 a.m. budget hearings so they don't "
        "have to,” she said. “Nobody reads a newsletter out of duty.”",
        "Dr. Lena Hart, who studies local news at Washington University, said single-author newsletters have "
        "grown quickly in the U.S., but few cover a beat as narrow as one city council.",
        "Whitfield said she plans to hire a second reporter by Sept. 1 and to keep the basic edition free. “The "
        "day I put the council votes behind a paywall is the day I should quit,” she said.",
    ]),
    "en-copyright": ("en", "Judge rules 'All rights reserved' notice does not protect recipe cards", [
        "A federal judge in St. Louis ruled on Jan. 5 that a bakery chain's recipe cards were not protected by "
        "copyright, even though each card ended with the line “All rights reserved.”",
        "The phrase has had no legal effect in the U.S. for decades, U.S. District Judge J. R. Alvarez wrote in a "
        "14-page opinion, because copyright protects expression, not a notice printed beneath it.",
        "The case, No. 4:24-cv-01187, was brought by Sweet Prairie Bakeries Inc., which accused a former "
        "franchisee of copying 26 recipes into its newsletter and selling printed copies at 9 a.m. farmers "
        "markets.",
        "Lists of ingredients and steps are facts, the judge found. The bakery's lawyer, Mark D. Chen, said his "
        "client would ask the 8th U.S. Circuit Court of Appeals to review the decision.",
        "“A copyright notice is a warning sign, not a fence,” said Prof. Ruth Ellison, who teaches intellectual "
        "property law at Saint Louis University. “You can print all rights reserved on every page, but the law "
        "decides what it protects.”",
    ]),
    "de-copyright": ("de", "Landgericht: „Alle Rechte vorbehalten“ schützt kein Foto allein", [
        "Das Landgericht Köln hat am 3. Mai entschieden, dass der Vermerk „Alle Rechte vorbehalten“ unter einem "
        "Foto für sich genommen keinen zusätzlichen urheberrechtlichen Schutz begründet.",
        "Geklagt hatte ein Fotograf aus Bonn, dessen Bild vom Pokalspiel des 1. FC Köln u. a. auf mehreren "
        "Fanseiten erschienen war. Er verlangte rund 4.500 Euro Schadenersatz.",
        "Der Vorsitzende Richter Dr. Müller stellte in der Verhandlung um 9 Uhr klar, der Zusatz sei z. B. für "
        "die Frage der Lizenz ohne Bedeutung. Entscheidend sei allein, wer die Nutzungsrechte besitze.",
        "Der Anwalt des Fotografen kündigte an, in Berufung zu gehen. Auch der Deutsche Journalisten-Verband "
        "will das Urteil prüfen, weil viele Redaktionen ihre Bilder mit dem Hinweis versehen.",
        "„Wer glaubt, mit einem Satz unter dem Bild sei alles geregelt, irrt sich“, sagte die Medienrechtlerin "
        "Prof. Dr. Anja Berger nach dem Urteil. „Alle Rechte vorbehalten heißt juristisch erst einmal gar nichts.“",
    ]),
    "de-newsletter": ("de", "Stadtwerke verschicken Newsletter mit falschen Abschlagsbeträgen", [
        "Rund 12.000 Kunden der Stadtwerke Göttingen haben am 3. März einen Newsletter mit falschen "
        "Abschlagsbeträgen erhalten.",
        "Betroffen sind u. a. Haushalte, die den Newsletter erst seit Jahresbeginn abonniert haben. In der E-Mail "
        "war z. B. ein monatlicher Abschlag von 1.250 Euro statt 125 Euro genannt.",
        "Geschäftsführer Dr. Thomas Müller entschuldigte sich am Dienstag um 9 Uhr auf einer Pressekonferenz. "
        "„Niemand muss etwas tun, abgebucht wird der korrekte Betrag“, sagte er.",
        "Wer den Newsletter abbestellen möchte, kann das laut Stadtwerken weiterhin über den Link am Ende jeder "
        "Ausgabe tun. Die Verbraucherzentrale rät, die Kontoauszüge der kommenden Wochen zu prüfen.",
        "Der Fehler geht nach Angaben des Unternehmens auf eine Software-Umstellung zurück, die am 1. März "
        "abgeschlossen worden war. „Wir haben die Prüfschritte inzwischen verdoppelt“, sagte Müller.",
    ]),
    "fr-copyright": ("fr", "Droits d'auteur : un photographe lyonnais fait condamner un site de recettes", [
        "Le tribunal judiciaire de Lyon a condamné mardi un site de recettes à verser 8 000 € à M. Dupont, "
        "photographe, pour avoir repris 42 de ses clichés sans autorisation.",
        "Sous chaque image figurait pourtant la mention « Tous droits réservés », a rappelé à l'audience de "
        "14 h son avocate, Mme Lefèvre. Le site affirmait avoir trouvé les photos sur un réseau social.",
        "Le photographe estime avoir perdu env. 15 000 € de ventes depuis 2021, un montant que le tribunal n'a "
        "pas retenu.",
        "Selon le jugement, la mention n'a aucune valeur juridique en elle-même : le droit d'auteur naît de la "
        "seule création de l'œuvre, sans formalité.",
        "« Je ne demandais pas d'argent au départ, seulement qu'on cite mon nom », a déclaré M. Dupont à la "
        "sortie de l'audience, vers 18 h. « Tous droits réservés, ça veut dire quelque chose pour moi. »",
    ]),
    "fr-newsletter": ("fr", "La newsletter municipale suspendue après une fuite d'adresses", [
        "La mairie a suspendu lundi sa newsletter hebdomadaire après l'envoi d'un message dans lequel les "
        "adresses de quelque 9 000 abonnés étaient visibles de tous.",
        "Mme Garcia, adjointe au numérique, a présenté ses excuses à 18 h lors du conseil municipal. « Pour vous "
        "abonner ou vous désabonner, rien ne change », a-t-elle assuré, promettant un nouvel outil d'ici env. "
        "trois semaines.",
        "La Commission nationale de l'informatique et des libertés a été informée, comme l'exige le règlement "
        "européen. M. Roux, délégué à la protection des données, a précisé qu'aucun mot de passe n'avait fuité.",
        "Plusieurs abonnés ont reçu depuis des courriels frauduleux les invitant à « confirmer leur inscription "
        "à la newsletter » via un lien. La mairie appelle à ne pas cliquer.",
        "« C'est une erreur humaine, pas une attaque », a résumé M. Roux. « Mais une erreur humaine sur 9 000 "
        "adresses, c'est 9 000 fois trop. »",
    ]),
    "es-copyright": ("es", "Un juzgado da la razón a una fotógrafa: «Todos los derechos reservados» no basta", [
        "Un juzgado de lo mercantil de Madrid ha condenado a una cadena de restaurantes a pagar 6.000 euros a la "
        "fotógrafa Dra. Lucía Ferrer por usar sus imágenes en su carta sin permiso.",
        "Las fotos se publicaron en la web de la cadena con la leyenda «Todos los derechos reservados», pero a "
        "nombre del restaurante, según la sentencia, fechada el 3 de marzo.",
        "El abogado de la cadena, el Sr. Ortega, alegó que las imágenes se habían comprado a una agencia de "
        "EE. UU., algo que el juez no consideró probado.",
        "La sentencia, núm. 5/2025, recuerda que en España los derechos de autor nacen con la obra y no dependen "
        "de ninguna fórmula ni de su registro.",
        "«No se trata del dinero, sino de que se respete el trabajo», dijo Ferrer a las 6 p. m., a la salida del "
        "juzgado. «Cualquiera puede escribir todos los derechos reservados debajo de una foto ajena.»",
    ]),
}
