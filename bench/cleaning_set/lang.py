"""Calendar words and date/time formats per language (as the publishers of the set print them)."""

from __future__ import annotations

import datetime as dt

BASE_DATE = dt.date(2025, 8, 25)  # day 0 of the timeline (a Monday)

AP_MONTHS = "Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.".split()
EN_MONTHS = "January February March April May June July August September October November December".split()
EN_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
DE_MONTHS = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
DE_DAYS = "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split()
FR_MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
FR_DAYS = "lundi mardi mercredi jeudi vendredi samedi dimanche".split()
ES_MONTHS = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
ES_DAYS = "lunes martes miércoles jueves viernes sábado domingo".split()


def day_date(day: int) -> dt.date:
    return BASE_DATE + dt.timedelta(days=day)


def weekday(d: dt.date, lang: str) -> str:
    return {"en": EN_DAYS, "de": DE_DAYS, "fr": FR_DAYS, "es": ES_DAYS}[lang][d.weekday()]


def long_date(d: dt.date, lang: str) -> str:
    if lang == "en":
        return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"
    if lang == "de":
        return f"{d.day}. {DE_MONTHS[d.month - 1]} {d.year}"
    if lang == "fr":
        return f"{'1er' if d.day == 1 else d.day} {FR_MONTHS[d.month - 1]} {d.year}"
    return f"{d.day} de {ES_MONTHS[d.month - 1]} de {d.year}"


def ap_date(d: dt.date) -> str:
    return f"{AP_MONTHS[d.month - 1]} {d.day}"


def day_month(d: dt.date, lang: str) -> str:
    """A weekday with its date, no year, as a notice dates itself: "Montag, 1. September", "lundi 1er
    septembre", "lunes 1 de septiembre"."""
    if lang == "de":
        return f"{DE_DAYS[d.weekday()]}, {d.day}. {DE_MONTHS[d.month - 1]}"
    if lang == "fr":
        return f"{FR_DAYS[d.weekday()]} {'1er' if d.day == 1 else d.day} {FR_MONTHS[d.month - 1]}"
    if lang == "es":
        return f"{ES_DAYS[d.weekday()]} {d.day} de {ES_MONTHS[d.month - 1]}"
    raise ValueError(f"no weekday-and-date form for {lang!r}")


def next_monday(when: dt.date) -> dt.date:
    """``when`` itself if it is a Monday, else the Monday after it."""
    return when + dt.timedelta(days=(7 - when.weekday()) % 7)


def decimal_comma(x: float, k: int = 1) -> str:
    """``x`` with ``k`` decimals and a decimal comma: 4,75."""
    return f"{x:.{k}f}".replace(".", ",")


def thousands(n: int, sep: str) -> str:
    """``n`` with ``sep`` between groups of thousands: 1.915.000, 1 915 000."""
    return f"{n:,}".replace(",", sep)


def short_date(d: dt.date, lang: str) -> str:
    if lang == "en":
        return f"{d.month}/{d.day}/{d.year}"
    return f"{d.day:02d}.{d.month:02d}.{d.year}" if lang == "de" else f"{d.day:02d}/{d.month:02d}/{d.year}"


def clock(minutes: int, lang: str) -> str:
    """A time of day as written in running text: 3:10 p.m., 15:10 Uhr, 15 h 10, 15.10 h."""
    h, m = divmod(minutes % 1440, 60)
    if lang == "en":
        return f"{(h - 1) % 12 + 1}:{m:02d} {'a.m.' if h < 12 else 'p.m.'}"
    if lang == "de":
        return f"{h}:{m:02d} Uhr"
    if lang == "fr":
        return f"{h} h {m:02d}" if m else f"{h} h"
    return f"{h}.{m:02d} h"


def iso(day: int, minutes: int, lang: str = "de") -> str:
    t = dt.datetime.combine(day_date(day), dt.time()) + dt.timedelta(minutes=minutes)
    return t.strftime("%Y-%m-%dT%H:%M:00") + ("-05:00" if lang == "en" else "+02:00")
