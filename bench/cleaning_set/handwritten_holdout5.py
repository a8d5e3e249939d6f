"""Stories written for the 'holdout5' half whose real sentences look like the chrome of its publishers: a
public-radio pledge drive that falls short ("become a sustaining member"), a station's on-air correction, an
Irish council's text-alert service and a paper's WhatsApp channel ("Follow us"), a market regulator's
crackdown on Telegram tip channels, a court ruling on a news agency's copyright ("All rights reserved"), a
warning about fake push notifications ("Benachrichtigungen aktivieren"), a ruling on affiliate links
("Transparenzhinweis"), a trilingual municipal newsletter, a club app's transfer alerts ("Activez les
notifications"), TV-rights piracy, a Telegram job scam ("Únete al canal") and a regional paper asking for
subscribers ("Apoyá el periodismo local").  Some use subheads, lists and quotations.  Full of abbreviations,
times, dates and decimals."""

from __future__ import annotations

from bench.cleaning_set.cms import fact, fact_h, h2, quote

STORIES: dict[str, tuple[str, str, list[str]]] = {  # id ("h5-…", unique) -> (lang, title, paragraphs)
    # ---- en ---------------------------------------------------------------------------------------------
    "h5-en-pledge": ("en", "KRPR's fall pledge drive ends $38,000 short of its goal", [
        "Kettle River Public Radio's eight-day fall membership drive ended at 7 p.m. Sunday with $212,400 in "
        "pledges, about $38,000 short of the $250,000 goal, the station said Monday.",
        "It is the first time since 2017 that a drive has missed its target. General manager Dr. Helen Marsh said "
        "the loss of federal money for public broadcasting, about 11% of KRPR's budget, made this drive the most "
        "important in the station's 51 years.",
        "“Every hour we asked listeners to become a sustaining member, and 1,140 of them did,” Marsh said. "
        "“That monthly gift is what keeps us on the air in February, when nobody is pledging.”",
        h2("What happens next"),
        "The station will not cut its 6 to 9 a.m. local newscasts, Marsh said, but it has frozen two open "
        "reporting jobs and will hold a one-day “catch-up” drive on Oct. 14.",
        "Pledges can still be made by phone at (715) 555-0100 until the end of the month, and thank-you gifts "
        "will be mailed by Nov. 1.",
    ]),
    "h5-en-correction": ("en", "KRPR corrects report on Alder water rates", [
        "KRPR reported on its 7 a.m. newscast Tuesday that water rates in the Town of Alder would double in "
        "January. That was wrong.",
        "The Alder Town Board voted Monday night to raise the quarterly base charge from $41 to $52.50, an "
        "increase of about 28%, not 100%. The error came from a draft budget that had been superseded.",
        "News director Tom Lindqvist said the station aired a correction at 8 a.m. and at noon and added an "
        "editor's note to the story online. “We got a number wrong on something that matters to people's bills, "
        "and we should say so as loudly as we said it the first time,” he said.",
        "KRPR's standards require a correction to be read on the air in the same newscast slot as the error, "
        "within one business day.",
    ]),
    "h5-en-textalerts": ("en", "Clare County Council asks residents to sign up for flood text alerts", [
        "Clare County Council is urging residents in Kilrush, Shannon and along the Fergus estuary to sign up for "
        "its free flood text alerts before the winter, after only 2,300 people registered last year.",
        "“Text CLARE FLOOD to 50100 and we will tell you when a warning is issued for your area,” senior "
        "engineer Eoin McNamara told a meeting of the Kilrush Municipal District on Monday.",
        "The alerts are sent when Met Éireann issues an orange or red warning or when tide gauges at Kilrush Creek "
        "and the Fergus pass set levels. Standard text rates do not apply.",
        "Cllr. Ian Lynch said many older residents do not use smartphone apps and would rather hear warnings on "
        "local radio. The council said it also sends warnings to Clare FM and to The Shannon Echo.",
    ]),
    "h5-en-whatsapp": ("en", "Shannon Echo's WhatsApp channel passes 10,000 followers", [
        "More than 10,000 people now follow The Shannon Echo's WhatsApp channel, a year after it was launched "
        "with a single post about the Ennis Christmas lights.",
        "Editor Gráinne Kelleher said the channel, which sends about five headlines a day, now brings more "
        "readers to the paper's website than Facebook does. “People told us: don't make me download another app. "
        "So we went where they already are,” she said.",
        "Followers' phone numbers are not visible to the paper, and the channel does not allow replies. Readers "
        "who want to send in news still have to email or call the newsroom in Ennis.",
        "The Echo is one of 14 Irish regional titles in a pilot, funded by Coimisiún na Meán, that is testing "
        "channels on WhatsApp and Telegram.",
    ]),
    "h5-en-telegram": ("en", "SEBI orders 12 Telegram stock-tip channels shut, freezes ₹17.2 crore", [
        "The Securities and Exchange Board of India on Thursday ordered the operators of 12 Telegram channels to "
        "stop giving stock tips and froze ₹17.2 crore in their bank accounts.",
        "The channels, with 4.6 lakh subscribers between them, told followers to “join the premium group for "
        "sure-shot calls” for fees of ₹4,999 to ₹24,999 a month, the regulator said in a 74-page order.",
        quote("“Investors should not act on tips from unregistered entities on social media,” SEBI whole-time "
              "member Ananth Narayan G. wrote."),
        "SEBI said the operators bought small-cap shares before recommending them and sold as followers piled "
        "in, in a pattern known as pump and dump.",
        "Investment advisers must be registered with SEBI and display their registration number; the regulator "
        "runs a search tool on its website to check it.",
    ]),
    "h5-en-copyright": ("en", "Delhi High Court: news agency's copyright covers its photos, not the facts", [
        "The Delhi High Court on Monday ruled that a news portal infringed the copyright of the Bharat News "
        "Agency by publishing 212 of its photographs without a licence, but said facts reported by the agency "
        "could be freely used.",
        "The agency's stories carry the line “All rights reserved. No part of this material may be reproduced "
        "without permission,” and it had argued that rewriting its stories was also infringement.",
        "Justice Prathiba M. Singh said copyright protects the expression of news, not the news itself. The "
        "portal was ordered to pay ₹12.5 lakh in damages and remove the photos within 7 days.",
        "Lawyers said the ruling matters for AI companies, which are being sued in the same court over the use "
        "of news articles to train chatbots.",
    ]),
    # ---- de ---------------------------------------------------------------------------------------------
    "h5-de-push": ("de", "BSI warnt vor gefälschten Push-Benachrichtigungen", [
        "Das Bundesamt für Sicherheit in der Informationstechnik (BSI) warnt vor Websites, die Nutzer dazu bringen, "
        "Push-Benachrichtigungen zu erlauben, und sie danach mit gefälschten Virenwarnungen überschwemmen.",
        "Typisch sei ein Fenster mit dem Text „Klicken Sie auf ‚Zulassen‘, um zu bestätigen, dass Sie kein Roboter "
        "sind“. Wer zustimmt, erhält z. B. Meldungen wie „Ihr PC ist mit 5 Viren infiziert“, die auf Abofallen "
        "bzw. Schadsoftware verlinken.",
        "Das BSI rät, in den Browser-Einstellungen unter „Benachrichtigungen“ alle unbekannten Seiten zu "
        "entfernen. Bei Chrome ist das in ca. 30 Sekunden erledigt.",
        "Seriöse Nachrichtenseiten fragten zwar ebenfalls, ob man ihre Benachrichtigungen aktivieren wolle, "
        "sagte ein BSI-Sprecher. Entscheidend sei, ob man die Seite kenne und ihr vertraue.",
    ]),
    "h5-de-affiliate": ("de", "Landgericht: Affiliate-Links müssen vor dem ersten Link gekennzeichnet werden", [
        "Das Landgericht München I hat einem Vergleichsportal untersagt, Affiliate-Links nur am Ende eines "
        "Artikels zu kennzeichnen (Az. 4 HK O 1234/25).",
        "Das Portal hatte unter seinen Kaufberatungen einen grauen „Transparenzhinweis“ platziert, wonach es für "
        "Käufe über die Links eine Provision erhalte. Das genüge nicht, so das Gericht, weil Leser den Hinweis "
        "erst nach den Links sähen.",
        fact_h("Das Urteil im Überblick"),
        fact("Kennzeichnung vor dem ersten Link"),
        fact("Ein Sternchen allein reicht nicht"),
        fact("Berufung zum OLG möglich"),
        "Geklagt hatte die Verbraucherzentrale Bundesverband. Ein Sprecher des Portals kündigte Berufung an; das "
        "Urteil ist noch nicht rechtskräftig.",
    ]),
    # ---- fr ---------------------------------------------------------------------------------------------
    "h5-fr-trilingue": ("fr", "Esch-sur-Alzette lance une newsletter en trois langues", [
        "La Ville d'Esch-sur-Alzette enverra à partir du 1er octobre une newsletter municipale en français, en "
        "allemand et en luxembourgeois, a annoncé le collège échevinal jeudi.",
        "« Abonnez-vous, c'est gratuit, et vous choisissez votre langue », a résumé l'échevine M. Claude Weis. La "
        "Ville compte 37 nationalités parmi ses 37 000 habitants, et près de 55 % d'étrangers.",
        "Le bulletin remplacera le journal municipal « Den Escher », dont l'impression coûtait env. 90 000 € par an. "
        "Une version papier restera disponible au Biergeramt, du lundi au vendredi de 8 h à 17 h.",
        "L'opposition regrette que le portugais n'ait pas été retenu, alors que la communauté lusophone est la plus "
        "importante de la ville.",
    ]),
    "h5-fr-appli": ("fr", "Le RC Lens lance une appli qui annonce ses transferts avant les réseaux sociaux", [
        "Le RC Lens a lancé mardi une application officielle qui promet à ses supporters d'apprendre les "
        "transferts du club « avant tout le monde ».",
        "« Activez les notifications et vous serez les premiers informés », a lancé le directeur marketing, "
        "M. Arnaud Pouille, lors de la présentation au stade Bollaert-Delelis.",
        "L'application, gratuite, propose aussi la billetterie et un programme de fidélité. Le club revendique "
        "120 000 téléchargements en 48 heures, soit plus que la capacité du stade (38 223 places) multipliée par "
        "trois.",
        "Les journalistes qui suivent le club relèvent que la première « exclusivité » de l'appli, la signature "
        "d'un défenseur, avait déjà été annoncée par la presse la veille au soir.",
    ]),
    "h5-fr-piratage": ("fr", "Piratage des matches : l'Arcom a bloqué 4 500 sites depuis le début de la saison", [
        "L'Arcom a ordonné le blocage de plus de 4 500 sites et adresses IPTV qui diffusaient illégalement des "
        "matches de Ligue 1 depuis la reprise, le 15 août, a indiqué l'autorité lundi.",
        "La plupart de ces sites affichaient en bas de page une mention « Tous droits réservés » ou un faux avis "
        "de droits d'auteur pour paraître légitimes, selon l'Arcom.",
        quote("« Le piratage prive le football français de centaines de millions d'euros », a déclaré le président "
              "de la LFP, qui estime le manque à gagner à 290 M€ par an."),
        "Les abonnés à une offre illégale risquent en théorie une amende, mais aucune poursuite individuelle n'a "
        "été engagée en France à ce jour.",
    ]),
    # ---- es ---------------------------------------------------------------------------------------------
    "h5-es-telegram": ("es", "Alertan por falsas ofertas de empleo en canales de Telegram", [
        "La Comisión Nacional para la Protección y Defensa de los Usuarios de Servicios Financieros (Condusef) "
        "alertó por ofertas de trabajo falsas que se difunden en canales de Telegram y WhatsApp.",
        "Los mensajes invitan a “dar like a videos desde casa y ganar hasta 3 mil pesos diarios” y piden al "
        "usuario: “Únete al canal para recibir tus primeras tareas”. Después exigen un depósito para “liberar” los "
        "pagos.",
        "Según la Condusef, en el primer semestre se registraron 1,870 quejas por este tipo de fraude, con un "
        "monto promedio de 14 mil 500 pesos.",
        "El organismo recomendó no compartir datos bancarios y denunciar los números en el 55 5340 0999. En EE. "
        "UU., la FTC ha emitido una alerta similar.",
    ]),
    "h5-es-suscripcion": ("es", "Diario Andino lanza su suscripción digital: “Apoyá el periodismo local”", [
        "Diario Andino de Cuyo lanzó este lunes su suscripción digital, que costará $3.500 por mes y dará acceso "
        "sin límite a las notas de la web y a la edición impresa en PDF.",
        "“Apoyá el periodismo local” es el lema de la campaña, que se verá en la web, en la radio y en los "
        "colectivos de Mendoza.",
        "El director, Sr. Horacio Funes, explicó que la publicidad oficial cayó un 60% en dos años. “Sin lectores "
        "que paguen, no hay redacción en San Rafael ni corresponsales en el Valle de Uco”, dijo.",
        "Las notas de servicio, como el estado del Paso Cristo Redentor o el calendario de la ANSES, seguirán "
        "siendo gratuitas.",
    ]),
}
