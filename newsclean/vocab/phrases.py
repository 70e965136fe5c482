"""Phrases that mark page furniture, by noise kind and language.

Each entry is a regular expression matched case-insensitively against a whole block (``^...$``
anchors are added where a phrase must be the entire block).  Keep entries general: a phrase belongs
here when it is common to many publishers, never because one page uses it.

The lists are written for English, German, French, Spanish, Italian, Portuguese and Dutch, the
languages most news archives hold.
"""

from __future__ import annotations

# A block made only of these words (and separators) is a share bar or menu.
SHARE_WORDS: tuple[str, ...] = (
    "share", "shares", "tweet", "email", "e-mail", "mail", "print", "facebook", "twitter", "x",
    "linkedin", "whatsapp", "telegram", "reddit", "pinterest", "flipboard", "messenger", "copy",
    "link", "copied", "send", "in", "on", "this", "article", "story", "via", "save", "saved",
    "gift", "comment", "comments", "teilen", "drucken", "partager", "imprimer", "compartir",
    "imprimir", "condividi", "stampa", "compartilhar", "delen", "permalink", "url", "bookmark",
    "listen", "font", "size", "text", "a", "aa", "a+", "a-", "twitter/x", "bluesky", "threads",
    "sms", "the", "to", "de", "par", "per", "por", "auf", "sur", "en", "op", "teilen:",
    "share:", "follow", "us", "subscribe", "toggle", "menu", "close", "open", "search", "home",
    "more", "options", "show", "hide", "reactions", "like", "google", "news", "apple", "podcasts",
)

NAVIGATION_PHRASES: tuple[str, ...] = (
    r"skip to (?:main )?(?:content|navigation|article)",
    r"(?:back|return) to (?:top|home(?:page)?)",
    r"(?:share|send) (?:this|the) (?:article|story|page|on \w+|via \w+)",
    r"share (?:on|via|to) (?:facebook|twitter|x|linkedin|whatsapp|email|e-mail|reddit)",
    r"copy (?:the )?link",
    r"link copied(?: to clipboard)?",
    r"(?:listen to|print) (?:this )?(?:article|story)",
    r"(?:\d+ )?min(?:ute)?s? read",
    r"gift (?:this )?article",
    r"save (?:for later|article|story)",
    r"follow us on .{1,40}",
    r"(?:auf|bei) (?:facebook|twitter|whatsapp) teilen",
    r"partager sur .{1,20}",
    r"compartir en .{1,20}",
    r"toggle (?:navigation|menu|search)",
    r"(?:open|close) (?:menu|navigation|search)",
    r"you are here:?",
    r"home\s*[>»/|]\s*.{1,60}",
    r"previous (?:article|story|post)|next (?:article|story|post)",
    r"font size|text size",
    r"(?:download|get) (?:the|our) app",
)

PAYWALL_PHRASES: tuple[str, ...] = (
    r"subscribe (?:now|today|to (?:continue|keep) reading|for (?:full|unlimited) access)",
    r"(?:to )?continue reading,? (?:subscribe|sign in|log in|register)",
    r"this (?:article|story|content) is (?:for|available to|reserved for) (?:subscribers|members)",
    r"(?:subscribers|members) only",
    r"(?:get|unlock|enjoy) (?:unlimited|full|digital|premium) (?:digital )?access",
    r"(?:from|just|only) [$€£]\s?\d+(?:[.,]\d+)?(?: ?(?:/|a|per) ?(?:month|week|year|mo))?",
    r"[$€£]\s?\d+(?:[.,]\d+)? (?:for|per|a|/) ?(?:the first |your first |one |1 )?(?:month|week|year|mo)",
    r"for the first (?:month|week|year)",
    r"you (?:have|'ve) (?:\w+ )?(?:free )?(?:articles?|stories|stories left|reads?) (?:left|remaining)",
    r"you(?:'ve| have) (?:reached|used) (?:your|all of your|the) (?:free |monthly )?(?:article |story )?limit",
    r"start (?:your|a) free trial",
    r"(?:try|get) (?:\d+ (?:days|weeks|months) )?(?:for )?free",
    r"cancel any ?time",
    r"(?:become|already) a (?:subscriber|member)",
    r"subscription (?:required|offer|plans?)",
    r"support (?:our|independent|quality) journalism",
    r"jetzt (?:abonnieren|weiterlesen|testen)",
    r"(?:mit|als) (?:\w+ )?abo(?:nnement)? weiterlesen",
    r"abonnez-vous",
    r"(?:réservé|réservée) aux abonnés",
    r"suscr[ií]bete",
    r"abbonati",
    r"assine (?:já|agora)",
    r"neem een abonnement",
)

LOGIN_PHRASES: tuple[str, ...] = (
    r"already (?:signed up|registered|a subscriber|have an account|a member)\??,?(?: (?:log ?in|sign ?in))?",
    r"(?:log ?in|sign ?in)(?: to (?:continue|read|comment|your account))?",
    r"(?:register|sign up)(?: for free)?(?: to (?:continue|keep) reading| now)?",
    r"create (?:a |your )?(?:free )?account",
    r"(?:forgot|reset) (?:your )?password\??",
    r"my account|log ?out|sign ?out",
    r"anmelden|einloggen|registrieren",
    r"(?:se )?connecter|connexion|s'inscrire|inscrivez-vous",
    r"iniciar sesi[oó]n|reg[ií]strate",
    r"accedi|registrati",
)

NEWSLETTER_PHRASES: tuple[str, ...] = (
    r"(?:sign up|subscribe|register) (?:for|to) (?:our|the|my) .{0,40}newsletters?",
    r"(?:get|receive) (?:our|the) .{0,40}(?:newsletter|in your inbox)",
    r"newsletter",
    r"(?:enter|your) email(?: address)?",
    r"delivered (?:straight |directly )?to your inbox",
    r"(?:thanks|thank you) for (?:signing up|subscribing)",
    r"by (?:signing up|subscribing|clicking).{0,80}(?:privacy|terms)",
    r"invalid email",
)

COOKIE_PHRASES: tuple[str, ...] = (
    r"(?:we|this (?:site|website)) uses? cookies",
    r"(?:accept|allow|reject|manage) (?:all )?cookies",
    r"cookie (?:settings|preferences|policy|consent)",
    r"by (?:continuing to (?:use|browse)|using) (?:this|our) (?:site|website)",
    r"(?:wir verwenden|diese (?:web)?seite verwendet) cookies",
    r"(?:nous utilisons|ce site utilise) (?:des )?cookies",
    r"utilizamos cookies",
)

COMMENTS_PHRASES: tuple[str, ...] = (
    r"\d+ comments?",
    r"comments? \(\d+\)",
    r"(?:show|view|read|load|see) (?:all )?(?:\d+ )?(?:more )?comments",
    r"(?:leave|post|add|write) a (?:comment|reply)",
    r"join the (?:conversation|discussion|debate)",
    r"comments (?:are|have been) closed",
    r"(?:automatic )?approval of (?:subscriber )?comments\.?",
    r"(?:be the first to|click to) comment",
    r"commenting (?:is|has been) (?:disabled|closed)",
    r"(?:your comment|comment policy|community (?:guidelines|standards))",
    r"kommentare?(?: \(\d+\))?",
    r"commentaires?(?: \(\d+\))?",
    r"comentarios?(?: \(\d+\))?",
    r"reply|report|flag|upvote|downvote",
)

ADVERTISEMENT_PHRASES: tuple[str, ...] = (
    r"advertisement|advertising|advert|ad|sponsored(?: content| by .{1,40})?|promoted(?: content)?",
    r"story continues (?:below|after) (?:this )?(?:advertisement|ad)",
    r"(?:article|story) continues below",
    r"scroll to continue(?: with content)?",
    r"anzeige|werbung|publicit[ée]|publicidad|pubblicit[àa]",
    r"paid (?:content|post|partner content)",
)

LEGAL_PHRASES: tuple[str, ...] = (
    r"(?:©|\(c\)|copyright)\s*(?:\d{4}|[a-z]).{0,160}",
    r"all rights reserved\.?",
    r"(?:terms (?:of (?:use|service)|and conditions)|privacy (?:policy|notice)|accessibility)(?:\s*[|·•]\s*.{1,40})*",
    r"this material may not be published, broadcast, rewritten,? or redistributed\.?",
    r"alle rechte vorbehalten\.?|tous droits r[ée]serv[ée]s\.?|todos los derechos reservados\.?",
)

# Lines that introduce another story inside or after the body: "Read more: ...", "Related: ...".
TEASER_PREFIXES: tuple[str, ...] = (
    r"read (?:more|also|next)",
    r"(?:see|watch|listen) (?:also|more|next)",
    r"related(?: (?:articles?|stories|coverage|content|reading))?",
    r"more (?:from|on|about|stories|news|coverage)",
    r"recommended(?: for you| stories| reading)?",
    r"most (?:read|popular|viewed|shared)",
    r"(?:top|trending|latest) (?:stories|news|articles)",
    r"you (?:may|might) (?:also )?(?:like|be interested in)",
    r"(?:lesen sie|lies) (?:auch|mehr)|mehr zum thema|weitere artikel",
    r"lire aussi|[àa] lire aussi|voir aussi|sur le m[êe]me sujet",
    r"lea tambi[ée]n|le puede interesar|m[aá]s noticias",
    r"leggi anche|potrebbe interessarti",
    r"leia (?:tamb[ée]m|mais)",
    r"lees ook|meer over",
)
