"""Labelled sentence boundaries: a paragraph (its sentences joined by one space) and the sentences it holds.

Written for feedlake before its segmenter's repairs were, from the failures seen on real pages and the
usual traps of each language: times, dates, ordinals, titles, initials, decimals, abbreviations that end a
sentence and ones that do not.  ``tests/test_segment.py`` asserts every case; ``bench.boilerplate_eval``
counts them for the previous splitter, sentencex alone and ``ingest.segment``.
"""

from __future__ import annotations

CASES: list[tuple[str, list[str]]] = [
    # --- English -------------------------------------------------------------------------------
    ("en", ["An excessive heat warning is in effect from 9 a.m. Monday until 6 p.m. Wednesday, with highs near "
            "110 degrees.", "Residents should check on elderly neighbours."]),
    ("en", ["The meeting ended at 9 p.m.", "The council then voted on the budget."]),
    ("en", ["Doors open at 7 a.m. ET and the sale runs until noon.", "Queues formed early."]),
    ("en", ["The U.S. Department of Energy said Dr. Smith would attend.", "He declined to comment."]),
    ("en", ["Prices rose 3.5 percent to $1.2 million in the year to Jan. 5.", "Analysts had expected less."]),
    ("en", ["No. 5 seed J. R. Smith beat the champion at St. Mary's Park.", "It was his first win there."]),
    ("en", ["The company is based in the U.S.", "Its rival is based in Canada."]),
    ("en", ["Mr. and Mrs. Patel moved to St. Louis in Oct. 2019.", "They opened a bakery."]),
    ("en", ["Sen. Warren and Gov. Hochul spoke at 10:30 a.m. Tuesday.", "Both called for calm."]),
    ("en", ["The vote was 5-4, with Justice Roberts in the majority (see p. 12).", "Dissents followed."]),
    ("en", ["“We are not done yet,” she said.", "“Not by a long way.”"]),
    ("en", ["Is this the end?", "Officials say no!", "More talks are planned."]),
    ("en", ["The river peaked at 4.7 m on Friday, approx. 1.2 m above normal.", "Roads stayed open."]),
    ("en", ["Gen. Milley, Lt. Col. Vindman and Capt. Ortiz testified.", "The hearing lasted six hours."]),
    ("en", ["Services will be held at 11 a.m. Saturday at St. John's Church.", "Burial will follow."]),
    # --- German --------------------------------------------------------------------------------
    ("de", ["Die Warnung gilt ab 9 Uhr am 3. Mai bis zum 5. Mai, sagte Dr. Müller vom Wetterdienst.",
            "Danach wird es kühler."]),
    ("de", ["Der 1. FC Köln gewann am 12. März 2025 mit 2:1.", "Das Spiel war u. a. wegen des Regens schwer."]),
    ("de", ["Die Preise stiegen z. B. um 3,5 Prozent.", "Das teilte das Statistische Bundesamt mit."]),
    ("de", ["Am 24. Dezember bleiben die Geschäfte ab 14 Uhr geschlossen.", "Die Busse fahren nach Plan."]),
    ("de", ["Prof. Dr. Anna Weber leitet die Studie seit dem 1. Januar.", "Sie lehrt in Bonn."]),
    ("de", ["Die Sitzung findet im Raum Nr. 4 statt, bzw. im Ratssaal.", "Gäste sind willkommen."]),
    ("de", ["Der Pegel lag bei ca. 5,20 m und damit rd. 80 cm über dem Mittel.", "Keller liefen voll."]),
    ("de", ["Gegen 15.30 Uhr war die Straße wieder frei.", "Verletzt wurde niemand."]),
    ("de", ["Zum 3. Mal in Folge siegte der SV Werder.", "Der Trainer war zufrieden."]),
    # --- French --------------------------------------------------------------------------------
    ("fr", ["M. Dupont a déclaré que la vigilance court jusqu'au 3 juin à 18 h.", "Il fait chaud."]),
    ("fr", ["Selon Mme Martin, l'entreprise a gagné 2,5 millions d'euros.", "C'est un record."]),
    ("fr", ["Le mercure atteindra env. 40 degrés, selon Météo-France.", "Restez à l'ombre."]),
    ("fr", ["MM. Bernard et Leroy ont signé l'accord, cf. l'annexe.", "Le texte entre en vigueur lundi."]),
    ("fr", ["Le Dr Lefèvre et le Pr Garnier ont présenté l'étude.", "Elle porte sur 1 200 patients."]),
    ("fr", ["La séance a repris à 14 h 30 au n° 12 de la rue.", "Le maire était présent."]),
    # --- Spanish -------------------------------------------------------------------------------
    ("es", ["El Sr. García dijo que la alerta sigue vigente hasta las 6 p. m. del miércoles.",
            "Las temperaturas llegarán a 45 grados."]),
    ("es", ["La Dra. López, de EE. UU., habló con el núm. 5 del equipo.", "Fue una charla breve."]),
    ("es", ["El precio subió un 3,5 % hasta los 1,2 millones, según el Sr. Ruiz.", "Nadie lo esperaba."]),
    ("es", ["La Sra. Pérez llegó a las 9 a. m. del lunes.", "Se fue por la tarde."]),
    ("es", ["¿Habrá más lluvias?", "Según la Aemet, sí."]),
    ("es", ["El partido terminó 2-1 en el estadio de la Av. de América.", "Hubo 30 000 espectadores."]),
]
