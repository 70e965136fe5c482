"""Wire agencies: canonical name, aliases, and the forms in which they sign a story.

``ALIASES`` are the spellings that may stand in a dateline's parentheses, a wire prefix or a byline.
Matching is case-insensitive and whole-word.  Add an agency by adding a line here; nothing else
needs to change.
"""

from __future__ import annotations

# canonical name -> aliases (the canonical name itself is always an alias)
AGENCIES: dict[str, tuple[str, ...]] = {
    "Reuters": ("Reuters", "Thomson Reuters"),
    "Associated Press": ("AP", "Associated Press", "The Associated Press"),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse"),
    "dpa": ("dpa", "Deutsche Presse-Agentur"),
    "EFE": ("EFE", "Agencia EFE"),
    "ANSA": ("ANSA",),
    "Xinhua": ("Xinhua", "Xinhua News Agency"),
    "Kyodo": ("Kyodo", "Kyodo News"),
    "Jiji Press": ("Jiji", "Jiji Press"),
    "Yonhap": ("Yonhap", "Yonhap News Agency"),
    "UPI": ("UPI", "United Press International"),
    "Bloomberg": ("Bloomberg", "Bloomberg News"),
    "PA Media": ("PA", "PA Media", "Press Association"),
    "AAP": ("AAP", "Australian Associated Press"),
    "The Canadian Press": ("CP", "The Canadian Press", "Canadian Press"),
    "Anadolu": ("Anadolu", "Anadolu Agency", "AA"),
    "TASS": ("TASS", "ITAR-TASS"),
    "RIA Novosti": ("RIA Novosti", "RIA"),
    "Interfax": ("Interfax",),
    "Ukrinform": ("Ukrinform",),
    "PTI": ("PTI", "Press Trust of India"),
    "IANS": ("IANS", "Indo-Asian News Service"),
    "ANI": ("ANI", "Asian News International"),
    "Bernama": ("Bernama",),
    "Antara": ("Antara",),
    "Belga": ("Belga",),
    "ANP": ("ANP",),
    "NTB": ("NTB",),
    "TT": ("TT", "TT Nyhetsbyrån"),
    "Ritzau": ("Ritzau",),
    "CTK": ("CTK", "ČTK"),
    "PAP": ("PAP",),
    "MTI": ("MTI",),
    "JTA": ("JTA", "Jewish Telegraphic Agency"),
    "WAFA": ("WAFA",),
    "APA": ("APA", "Austria Presse Agentur"),
    "KNA": ("KNA",),
    "epd": ("epd",),
    "SDA": ("SDA", "Keystone-SDA"),
    "Europa Press": ("Europa Press",),
    "Lusa": ("Lusa",),
    "CNA": ("CNA", "Central News Agency"),
    "Agência Brasil": ("Agência Brasil", "Agencia Brasil"),
}

# Short aliases that are common words or initials: only trusted inside parentheses or as a whole
# wire prefix, never loose in a byline.
AMBIGUOUS_ALIASES: frozenset[str] = frozenset({"AP", "PA", "CP", "AA", "TT", "RIA", "CNA", "APA", "ANI"})


def alias_table() -> dict[str, str]:
    """lower-cased alias -> canonical name."""
    table: dict[str, str] = {}
    for canonical, aliases in AGENCIES.items():
        table[canonical.lower()] = canonical
        for alias in aliases:
            table[alias.lower()] = canonical
    return table
