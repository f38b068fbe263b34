"""Canonical display names of news outlets and wire agencies.

Keys are lower-case spellings seen in leads, credit lines, site names and
dataset ``source`` fields; values are the display form the site shows.
"""

from __future__ import annotations

import re

#: Wire agencies (display form). A wire named in a lead or credit line is
#: listed in ``Metadata.wire``.
WIRES = frozenset(
    {
        "Reuters", "AP", "AFP", "Antara", "Bloomberg", "Xinhua", "Bernama", "Kyodo",
        "Yonhap", "dpa", "UPI", "Anadolu Agency", "EFE", "TASS", "ANSA", "PTI", "IANS",
        "PA Media",
    }
)  # fmt: skip

OUTLETS: dict[str, str] = {
    # Indonesian
    "tempo.co": "Tempo.co", "tempo.co.id": "Tempo.co", "tempo": "Tempo.co",
    "en.tempo.co": "Tempo.co", "koran tempo": "Koran Tempo",
    "kompas.com": "Kompas.com", "kompas": "Kompas.com", "kompas.id": "Kompas.id",
    "harian kompas": "Kompas.id", "kompastv": "Kompas TV", "kompas tv": "Kompas TV",
    "kontan.co.id": "Kontan.co.id", "kontan": "Kontan.co.id",
    "bisnis.com": "Bisnis.com", "bisnis": "Bisnis.com", "bisnis indonesia": "Bisnis.com",
    "antara": "Antara", "antara news": "Antara", "antaranews": "Antara",
    "antaranews.com": "Antara", "antara foto": "Antara",
    "cnn indonesia": "CNN Indonesia", "cnnindonesia.com": "CNN Indonesia",
    "cnnindonesia": "CNN Indonesia",
    "cnbc indonesia": "CNBC Indonesia", "cnbcindonesia.com": "CNBC Indonesia",
    "liputan6.com": "Liputan6.com", "liputan6": "Liputan6.com",
    "suara.com": "Suara.com", "suara": "Suara.com",
    "merdeka.com": "Merdeka.com", "merdeka": "Merdeka.com",
    "rimanews": "Rimanews", "rimanews.com": "Rimanews",
    "juara.net": "Juara.net", "juara": "Juara.net",
    "pos kota": "Pos Kota", "poskota": "Pos Kota", "poskotanews": "Pos Kota",
    "poskotanews.com": "Pos Kota",
    "kumparan": "kumparan", "kumparan.com": "kumparan",
    "dailysocial.id": "DailySocial.id", "dailysocial": "DailySocial.id",
    "goal indonesia": "Goal Indonesia", "goal.com": "Goal Indonesia", "goal": "Goal Indonesia",
    "detik.com": "Detik.com", "detikcom": "Detik.com", "detik": "Detik.com",
    "detiknews": "Detik.com", "detikfinance": "Detik.com",
    "tribunnews.com": "Tribunnews.com", "tribunnews": "Tribunnews.com",
    "okezone.com": "Okezone.com", "okezone": "Okezone.com",
    "viva.co.id": "VIVA.co.id", "viva": "VIVA.co.id",
    "republika.co.id": "Republika", "republika": "Republika",
    "jpnn.com": "JPNN.com", "jpnn": "JPNN.com",
    "sindonews.com": "Sindonews.com", "sindonews": "Sindonews.com",
    "the jakarta post": "The Jakarta Post", "jakarta post": "The Jakarta Post",
    "thejakartapost.com": "The Jakarta Post",
    "jawapos.com": "JawaPos.com", "jawa pos": "JawaPos.com",
    "beritasatu.com": "Beritasatu.com", "beritasatu": "Beritasatu.com",
    "idn times": "IDN Times", "idntimes.com": "IDN Times",
    "tirto.id": "Tirto.id", "katadata.co.id": "Katadata.co.id", "katadata": "Katadata.co.id",
    "medcom.id": "Medcom.id", "inews.id": "iNews.id", "media indonesia": "Media Indonesia",
    "mediaindonesia.com": "Media Indonesia", "gatra.com": "Gatra.com",
    "voa indonesia": "VOA Indonesia", "bbc indonesia": "BBC News Indonesia",
    "bbc news indonesia": "BBC News Indonesia",
    # Wires
    "reuters": "Reuters", "thomson reuters": "Reuters",
    "ap": "AP", "associated press": "AP", "the associated press": "AP",
    "afp": "AFP", "agence france-presse": "AFP", "agence france presse": "AFP",
    "bloomberg": "Bloomberg", "bloomberg news": "Bloomberg",
    "xinhua": "Xinhua", "bernama": "Bernama", "kyodo": "Kyodo", "kyodo news": "Kyodo",
    "yonhap": "Yonhap", "dpa": "dpa", "upi": "UPI", "anadolu": "Anadolu Agency",
    "anadolu agency": "Anadolu Agency", "efe": "EFE", "tass": "TASS", "ansa": "ANSA",
    "pti": "PTI", "ians": "IANS", "pa media": "PA Media", "press association": "PA Media",
    # English-language outlets
    "bbc news": "BBC News", "bbc": "BBC News", "bbc news online": "BBC News",
    "bbc sport": "BBC Sport", "cnn": "CNN", "cnbc": "CNBC",
    "the guardian": "The Guardian", "guardian": "The Guardian",
    "the new york times": "The New York Times", "new york times": "The New York Times",
    "nytimes": "The New York Times",
    "the washington post": "The Washington Post", "washington post": "The Washington Post",
    "al jazeera": "Al Jazeera", "nikkei asia": "Nikkei Asia", "nikkei": "Nikkei Asia",
    "scmp": "South China Morning Post", "south china morning post": "South China Morning Post",
    "the straits times": "The Straits Times", "straits times": "The Straits Times",
    "npr": "NPR", "abc news": "ABC News", "nbc news": "NBC News", "cbs news": "CBS News",
    "fox news": "Fox News", "the independent": "The Independent",
    "financial times": "Financial Times", "the wall street journal": "The Wall Street Journal",
    "wall street journal": "The Wall Street Journal", "wsj": "The Wall Street Journal",
    "the telegraph": "The Telegraph", "sky news": "Sky News", "axios": "Axios",
    "politico": "Politico", "the hill": "The Hill",
    "deutsche welle": "DW", "dw": "DW", "voa": "VOA", "voice of america": "VOA",
}  # fmt: skip

_DOMAIN = re.compile(r"^[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|id|co|info|news|tv|my|sg|uk)$")


def canonical_outlet(name: str | None) -> str | None:
    """Display form of an outlet name; None when ``name`` is empty.

    Known names map to their display form; an unknown domain keeps its
    letters, lower-cased when it was shouted (``FOO.COM`` -> ``Foo.com``); any
    other unknown name is returned tidied but unchanged.
    """
    if not name:
        return None
    cleaned = " ".join(name.replace("\u00a0", " ").split()).strip(" .,:;-|()[]")
    if not cleaned:
        return None
    key = cleaned.lower()
    if key in OUTLETS:
        return OUTLETS[key]
    for prefix in ("www.", "m.", "en."):
        if key.startswith(prefix) and key[len(prefix) :] in OUTLETS:
            return OUTLETS[key[len(prefix) :]]
    if _DOMAIN.match(key) and cleaned.isupper():
        return key[:1].upper() + key[1:]
    return cleaned


def known_outlet(name: str) -> str | None:
    """Display form when ``name`` is a known outlet or wire, else None."""
    key = " ".join(name.lower().split()).strip(" .,:;-|()[]")
    return OUTLETS.get(key)


def is_domain(name: str) -> bool:
    return bool(_DOMAIN.match(name.lower()))


def wire_of(name: str) -> str | None:
    """Display form when ``name`` is a wire agency, else None."""
    outlet = known_outlet(name)
    return outlet if outlet in WIRES else None
