"""Person names in bylines: splitting, normalising, and telling people from organisations."""

from __future__ import annotations

import re

from .agencies import agencies_in, canonical_agency, strip_agencies
from .dates import without_dates
from .textshape import STOPWORDS

# "By" in the languages of the news we read.  "De" is left out: it starts too many sentences.
BY_WORDS = ("by", "von", "par", "por", "di", "door", "av", "od", "przez", "af", "de la redacción")
# and the English leads that say the same: "Written by", "Posted by" (not "Author:", a book's
# or a paper's in a list of its details as often as the story's)
_BY = re.compile(
    # after a dash or a dot that set it apart on its line ("— by Jane Doe", "· by Jane Doe")
    r"^\s*(?:[—–·•|]\s*by|(?:written|posted|reported|words|text|article|story)\s+by|"
    + "|".join(BY_WORDS)
    + r")\s*:?\s+(?=\S)",
    re.IGNORECASE,
)
# The English leads among them: a first name alone may follow them ("by Amanda")
_ENGLISH_BY = re.compile(r"\bby\b", re.IGNORECASE)
# The names in a byline are parted by commas, "&", a bar and "and" in a dozen languages; the
# one-letter ones only in lower case and with no stop after them, as "E." and "I." are initials
# ("David E. Sanger")
_SPLIT = re.compile(
    r"\s*(?:,|;|&|\||\band\b|\bund\b|\bet\b|(?-i:\b[yei]\b)(?!\.)|\ben\b|\bog\b|\boch\b)\s*", re.IGNORECASE
)
# Role words and phrases that follow a name in a byline.
_ROLES = re.compile(
    r"\b(?:senior |chief |staff |special |foreign |political |business |associated press |ap |"
    r"contributing |deputy |assistant |managing |executive |national |international )*"
    r"(?:staff writer|writer|reporter|correspondent|editor|columnist|contributor|journalist|"
    r"photographer|producer|analyst|bureau chief|news service|staff|redakteur(?:in)?|korrespondent(?:in)?|"
    r"journaliste|envoyée? spéciale?|corresponsal|redacci[óo]n|redazione|redactie)\b.*$",
    re.IGNORECASE,
)
_IN_PLACE = re.compile(r"\s+(?:in|aus|à|en|a|from)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*\s*$")
_TRAILING_NOISE = re.compile(
    r"\s*(?:\s[|•·–—-]\s|\||\S+@\S+|\bupdated\b|\bpublished\b|\bposted\b|\bon\b\s+\w+\s+\d|\bon\s+behalf\s+of\b|"
    # the lead to a date on the next line: "By Alyssa Maio on", "By Jane Doe ·"
    r"(?-i:\s(?:on|at))\s*$|\s[|•·–—-]\s*$|"
    r"\d{1,2}[:/.]\d{1,2}).*$",
    re.IGNORECASE,
)
_PARTICLES = frozenset("de da di del della van von der den ter le la al el bin ibn abu dos das du st. y".split())
# Words of a job title: never part of a name, and a line of them under a name says who it is.
JOB_TITLE_WORDS = frozenset(
    """expert experts specialist founder co-founder cofounder ceo cto cfo coo president director manager
    officer head lead strategist consultant associate principal partner intern reviewer writer reporter
    correspondent columnist contributor journalist editor photographer producer analyst executive
    senior""".split()
)
# Words that make a name an organisation's: "British Heart Foundation", "Cleveland Clinic".
ORGANISATION_WORDS = frozenset(
    """foundation clinic university college institute association society council hospital center
    centre department ministry agency company corporation corp inc llc ltd gmbh group network
    organization organisation club school academy laboratory lab labs""".split()
)


def looks_like_organisation(name: str) -> bool:
    """Whether ``name`` has a word only organisations have ("Foundation", "Clinic", "Inc")."""
    return any(w.strip(".,").lower() in ORGANISATION_WORDS for w in name.split())


# Words that make a capitalised line a section name or a menu item, not a person (with the facets
# of a menu's "Solutions by Role", "By Industry", "By Use Case").
NOT_NAME_WORDS = (
    frozenset(
        """news world politics business sport sports opinion home latest video videos live culture
    science health tech technology travel weather markets money economy middle east west north
    south europe africa asia america americas us uk more menu search newsletter subscribe share
    email print comments comment follow photos photo gallery read related top stories story
    breaking local national international editorial editor's editors analysis podcast podcasts
    lifestyle entertainment arts books food style life magazine sign log in out up today the
    of and for privacy policy terms contact about advertise careers help services events
    times post herald tribune journal courier gazette daily press chronicle observer guardian telegraph
    express mail star sun record review monitor kurier zeitung diario gazzetta corriere tageblatt
    rundschau nachrichten presse allgemeine écho echo quotidien matin monde figaro libération nouvelles
    periódico noticias el la il le der die das radio tv television channel network media group
    redazione redacción redaccion redaktion rédaction redactie newsroom desk agencia agency agence
    written posted edited reviewed updated published author authors staff team editors contributors
    join calculate now why how what when where who which get view download learn book shop buy call
    start try watch listen explore discover request schedule visit apply find see click sign save
    development software services service solutions solution management program programs platform app
    apps logo homepage facility recovery goods products product pricing plans features company careers
    consulting marketing design engineering analytics insights resources support customer customers
    free new best top more your our my this that these all home page
    category categories topic topics tag tags date type name popularity relevance price rating
    role roles industry industries region regions location locations department departments use
    function functions need needs challenge challenges modality modalities goal goals persona
    personas segment segments size sizes audience audiences specialty specialties""".split()
    )
    | JOB_TITLE_WORDS
)
_CONTACT = re.compile(r"[(<\[]\s*\S*(?:://|@|www\.)\S*?\s*[)>\]]")
_LEFT_OF_DATE = re.compile(r"(?:\s+(?:on|at))?[\s|•·–—,-]*$", re.IGNORECASE)
MIN_FIRST_NAME_LETTERS = 3
# A team a byline credits: "the Lavazza Team", "Podium Staff", "Team SimplyThrilled".
_TEAM = re.compile(
    r"^(?:(?:the\s+)?(?:[A-Z0-9][\w.&'’-]*\s+){1,3}(?:[Tt]eam|[Ss]taff|[Ee]ditors|[Nn]ewsroom)|[Tt]eam\s+[A-Z][\w'’.-]*)$"
)
# Degrees and certifications written after a name without a comma ("Jeffrey A. Slotnick CPP",
# "Michael Greger M.D."): not part of it.
CREDENTIALS = frozenset(
    """md phd dvm vmd rn np pa-c ms msc mba mph rd rdn ld cpp psp cfp cpa jd dds dmd pharmd edd psyd
    lcsw lpc cscs facs faan facp dacvb lvt cdces ibclc""".split()
)
# Words that open a job title ("Senior Research Executive", "Chief Marketing Officer").
_ROLE_MODIFIERS = frozenset("chief deputy assistant associate managing principal lead head vice".split())
# A bare line this long could be a name; longer ones are headings.
MAX_NAME_TOKENS = 4
# Given names that are also common words: "Will Judd" is a name where "Will" opens it.
_GIVEN_NAME_STOPWORDS = frozenset({"will"})
_INITIAL = re.compile(r"^[A-ZÀ-ÖØ-Þ]\.$")
_INITIALS = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ]\.)+$")
_NAME_TOKEN = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|[A-ZÀ-ÖØ-Þ]\.)$")


def is_team(text: str) -> bool:
    """Whether ``text`` names a team a byline credits: "the Lavazza Team", "Podium Staff"."""
    return _TEAM.match(text) is not None


def strip_by(text: str) -> str | None:
    """The rest of a byline after its "By" word, or None if it does not start with one."""
    m = _BY.match(text)
    return text[m.end() :] if m else None


def looks_like_name(text: str) -> bool:
    """Two to five capitalised words (particles allowed), none of them a section or menu word."""
    toks = text.replace(",", " ").split()
    if not 2 <= len(toks) <= MAX_NAME_TOKENS + 1:
        return False
    caps = 0
    for i, tok in enumerate(toks):
        low = tok.lower().strip(".")
        if _INITIAL.match(tok) and i < len(toks) - 1:
            caps += 1  # "A. J. Neal": an initial, not the word "a", when a surname follows
            continue
        if i == len(toks) - 1 and low in _PARTICLES and tok[0].isupper():
            caps += 1  # a particle cannot end a name: there it is the surname ("Mahua Das", "Thi Le")
            continue
        if low in _PARTICLES and i > 0:
            continue  # "Marna van der Merwe": "der" inside a name is no newspaper's "der"
        if low in NOT_NAME_WORDS:
            return False
        if low in _PARTICLES:
            continue
        if low in STOPWORDS and not (i == 0 and low in _GIVEN_NAME_STOPWORDS and tok.istitle()):
            return False
        if not _NAME_TOKEN.match(tok) or any(c.isdigit() for c in tok):
            return False
        caps += 1
    return caps >= 2


def without_place(text: str) -> str:
    """``text`` without a trailing "in Paris" or "in Project Management" (a place, a category)."""
    return _IN_PLACE.sub("", text).strip(" ,")


MAX_ACRONYM_CHARS = 4


def normalise_name(name: str) -> str:
    """``JANE DOE`` -> ``Jane Doe``; other casing is kept (``Ursula von der Leyen``, ``McDonald``),
    and so are acronyms: a name of up to MAX_ACRONYM_CHARS capitals alone (``CDC``) or as the
    first word before words that are not in capitals (``CBC Bank``; a longer one is a surname
    set first, ``MOREAU Clément``).

    Lower-case text stays lower case: "providing your information" is not a name.
    """
    name = " ".join(name.split()).strip(' ,;:.-–—"“”')  # a CMS's field in quotes: '"David Kim"'
    shout = name.isupper()
    if shout and " " not in name and len(name) <= MAX_ACRONYM_CHARS:
        return name
    parts: list[str] = []
    for tok in name.split():
        if _INITIALS.match(tok):
            parts.append(tok)  # "J.R.R. Tolkien", "J.R.R. TOLKIEN": initials stay capitals
            continue
        # a surname in capitals ("Clément MOREAU") is a house style, not an acronym
        if shout or (tok.isupper() and len(tok) > 2 and (parts or len(tok) > MAX_ACRONYM_CHARS)):
            low = tok.lower()
            tok = low if low in _PARTICLES and parts else "-".join(p.capitalize() for p in low.split("-"))
        parts.append(tok)
    return " ".join(parts)


MAX_BYLINE_CHARS = 500


def split_byline(text: str) -> tuple[list[str], list[str]]:
    """(people, agencies) named in a byline such as ``By JANE DOE and John Roe, Reuters``."""
    if len(text) > MAX_BYLINE_CHARS:
        # no more than a byline holds, cut after its last whole part: the patterns below would
        # otherwise try each position of a long run of spaces or dashes against the rest of it
        cut = max(text.rfind(sep, 0, MAX_BYLINE_CHARS) for sep in (",", ";", "|", "&", " and "))
        text = text[: cut if cut > 0 else MAX_BYLINE_CHARS]
    text = _CONTACT.sub(" ", text)  # "Bradley M. Kuhn (http://ebb.org/bkuhn/)"
    rest = strip_by(text)
    body = rest if rest is not None else text
    signed_by = rest is not None and _ENGLISH_BY.search(text[: len(text) - len(rest)]) is not None
    people: list[str] = []
    agencies: list[str] = []
    noise = _TRAILING_NOISE.search(body)
    if noise:
        # "By Jane Doe and John Roe - Reuters": the agency after a dash or a bar is the byline's
        tail = canonical_agency(noise.group().strip(" |•·–—-"))
        if tail:
            agencies.append(tail)
        body = body[: noise.start()]
    # a date with no separator before it: "Luke Kim December 17, 2025", "By Jane Doe on May 3, 2025"
    undated = without_dates(body)
    if undated != " ".join(body.split()):
        body = _LEFT_OF_DATE.sub("", undated)
    wordy = False  # a part of several words that named no one came first: a sentence, not a byline
    for part in _SPLIT.split(body):
        part = part.strip(" .:()")
        if "@" in part or "://" in part:
            continue
        if not part:
            continue
        whole = canonical_agency(part)
        named = [whole] if whole else agencies_in(part)
        agencies.extend(a for a in named if a not in agencies)
        if named:
            # "John Roe (Reuters)", "MARIA GARCIA and TOM LEE Associated Press": the agency
            # follows a name with no comma between them; the name is the rest
            part = "" if whole else strip_agencies(part).strip(" .:()-–—")
            if not part or not looks_like_name(normalise_name(_ROLES.sub("", part).strip(" ,"))):
                continue
        if is_team(part):
            # "By the Lavazza Team": the page credits a team, kept as it writes it
            if part not in people:
                people.append(" ".join(part.split()))
            continue
        part = _ROLES.sub("", part).strip(" ,")
        part = without_place(part)
        part = without_credentials(part)  # "Jeffrey A. Slotnick CPP" (", PSP" is split off)
        if part and _is_credential(part.split()[0]):
            continue  # "Michael Greger, M.D. FACLM": the degrees after the comma
        if not part:
            continue
        name = normalise_name(part)
        if rest is not None and not people and not looks_like_name(name):
            # after "By", the name before the page's buttons: "By A. J. Neal View In Digital Edition"
            name = _name_before_furniture(name) or name
        # after an English "By", a first name alone is a name too: bloggers sign "by Amanda".  Not
        # after "Door" or "Von" ("Door Locks" is a menu's heading), nor after words that name no
        # one ("By signing up, I accept the Terms & Conditions")
        if looks_like_name(name) or (signed_by and not people and not wordy and _looks_like_first_name(part)):
            if name not in people:
                people.append(name)
        elif people:
            break  # "Jane Doe, Senior Director, Content & Marketing": the rest describes her
        else:
            wordy = wordy or len(part.split()) > 1
    return people, agencies


def _name_before_furniture(text: str) -> str:
    """The name that opens ``text`` when a menu or button word follows it ("A. J. Neal View In
    Digital Edition" -> "A. J. Neal"), else ``""``."""
    toks = text.split()
    for i, tok in enumerate(toks):
        if tok.lower().strip(".:") in NOT_NAME_WORDS:
            head = " ".join(toks[:i])
            return head if looks_like_name(head) else ""
    return ""


MAX_ROLE_WORDS = 6  # "Senior Vice President of Marketing"
_ROLE_OPENERS = NOT_NAME_WORDS | _ROLE_MODIFIERS  # the first word of a job title after a name


def is_role_line(text: str) -> bool:
    """A job title on a line of its own: "Co-Founder & Marketing Director", "Tech Writer"."""
    words = [w for w in re.split(r"[\s,&/]+", text.lower()) if w and w not in ("of", "and", "at")]
    return (
        0 < len(words) <= MAX_ROLE_WORDS
        and any(w in JOB_TITLE_WORDS for w in words)
        and not any(c.isdigit() for c in text)
    )


def without_trailing_role(text: str) -> str:
    """The name that opens ``text`` when the rest is a job title in capitals with no comma before
    it ("Oliver Simpson Senior Research Executive" -> "Oliver Simpson"), else ``""``."""
    toks = text.split()
    if len(toks) < 3 or toks[-1].lower() not in JOB_TITLE_WORDS:
        return ""
    for i in range(2, len(toks)):
        role = toks[i:]
        if all(t[0].isupper() for t in role) and role[0].lower() in _ROLE_OPENERS:
            head = " ".join(toks[:i])
            return head if looks_like_name(head) else ""
    return ""


def without_credentials(name: str) -> str:
    """``name`` without the degrees written after it in capitals ("Jeffrey A. Slotnick CPP",
    "Michael Greger M.D."); a name of two words keeps both ("Wei MA" may be a surname)."""
    toks = name.split()
    while len(toks) > 2 and _is_credential(toks[-1]):
        toks.pop()
    return " ".join(toks)


def _is_credential(token: str) -> bool:
    """A degree written as one ("MD", "M.D.", "PhD"), not a word of a name ("Ms", "Md")."""
    return token.replace(".", "").lower() in CREDENTIALS and sum(c.isupper() for c in token) >= 2


def _looks_like_first_name(text: str) -> bool:
    """One capitalised word that is no title, credential ("DVM"), particle or common word."""
    low = text.lower()
    return (
        text.isalpha()
        and len(text) >= MIN_FIRST_NAME_LETTERS
        and text[0].isupper()
        and not text.isupper()
        and low not in NOT_NAME_WORDS
        and low not in STOPWORDS
        and low not in _PARTICLES
    )
