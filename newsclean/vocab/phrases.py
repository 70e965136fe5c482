"""Phrases that mark page furniture, by noise kind and language.

Each entry is a regular expression matched case-insensitively against a whole block (``^...$``
anchors are added where a phrase must be the entire block).  Keep entries general: a phrase belongs
here when it is common to many publishers, never because one page uses it.

The lists are written for English, German, French, Spanish, Italian, Portuguese and Dutch, the
languages most news archives hold.
"""

from __future__ import annotations

from .months import MONTHS

# A block made only of these words (and separators) is a share bar or menu.
SHARE_WORDS: tuple[str, ...] = (
    "share",
    "shares",
    "tweet",
    "email",
    "e-mail",
    "mail",
    "print",
    "facebook",
    "twitter",
    "x",
    "linkedin",
    "whatsapp",
    "telegram",
    "reddit",
    "pinterest",
    "flipboard",
    "messenger",
    "copy",
    "link",
    "copied",
    "send",
    "in",
    "on",
    "this",
    "article",
    "story",
    "via",
    "save",
    "saved",
    "gift",
    "comment",
    "comments",
    "teilen",
    "drucken",
    "partager",
    "imprimer",
    "compartir",
    "imprimir",
    "condividi",
    "stampa",
    "compartilhar",
    "delen",
    "permalink",
    "url",
    "bookmark",
    "listen",
    "font",
    "size",
    "text",
    "a",
    "aa",
    "a+",
    "a-",
    "twitter/x",
    "bluesky",
    "threads",
    "sms",
    "the",
    "to",
    "de",
    "par",
    "per",
    "por",
    "auf",
    "sur",
    "en",
    "op",
    "teilen:",
    "share:",
    "follow",
    "us",
    "subscribe",
    "toggle",
    "menu",
    "close",
    "open",
    "search",
    "home",
    "more",
    "options",
    "show",
    "hide",
    "reactions",
    "like",
    "google",
    "news",
    "apple",
    "podcasts",
)

NAVIGATION_PHRASES: tuple[str, ...] = (
    r"skip (?:to )?(?:the )?(?:main )?(?:content|navigation|article)",
    r"(?:table of contents?|contents|in this article|on this page)",
    r"jump to (?:the )?(?:list|section|recipe|content|comments|review)",
    r"pin (?:it |this )?(?:for later|now)",
    r"(?:back|return) to (?:top|home(?:page)?)",
    r"(?:share|send) (?:this|the) (?:article|story|page|on \w+|via \w+)",
    r"share this post",
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
    r"(?:back|return) to (?:the )?(?:blog|articles|news|posts|resources|insights|all (?:posts|articles|stories))",
    r"(?:categories|tags|archives|recent (?:posts|articles|comments)|popular (?:posts|articles)|latest posts)",
    r"(?:see|view|browse) (?:all|more)(?! about\b)(?: [\w&-]+){0,4}",
    # labels over a publisher's account of its own methods
    r"why (?:you can )?trust us\??",
    r"how we (?:reviewed|fact-checked|vetted) this (?:article|story|page):?",
    # an image viewer's controls: "Enlarge this image", "hide caption", "Toggle caption"
    r"^(?:enlarge|expand|zoom(?: in| on)?)(?: this| the)?(?: full)?(?:[- ]size)? (?:image|photo|picture)s?$",
    r"^(?:hide|show|toggle) (?:the )?(?:caption|images?)$",
    # a site-search box's label, and what a feed widget says while it fills
    r"search for:?",
    # a pager's place, a box's or a field's bare label, alone on its line ("Keep your contact
    # information current" is a sentence)
    r"^page \d+ (?:of|/) \d+$",
    r"^popular search(?:es| terms)$",
    r"^contact info(?:rmation)?$",
    r"loading (?:posts|comments|more(?: posts| articles| stories)?)\W*|loading…",
)

# A site's calls to action between its articles: "Book a demo", "Request a quote", "Contact us".
CALL_TO_ACTION_PHRASES: tuple[str, ...] = (
    r"(?:book|schedule|request|get|claim|download) (?:a |an |your |our |my )?(?:free |complimentary |personal(?:ized)? "
    r"|custom |no-obligation )?(?:demo|consultation|quote|call|session|trial|estimate|assessment|audit|proposal)s?"
    r"(?: today| now| here)?!?",
    r"(?:start|begin) (?:your |a )?(?:free )?(?:trial|project)(?: today| now)?!?",
    r"get started(?: for free| today| now)?!?",
    r"(?:apply|enroll|donate|order|buy|shop|book|join|download|subscribe) (?:now|today|here)!?",
    r"(?:download|get|grab|claim) (?:our|the|your|a|my) (?:free |complimentary )?(?:tools?|e-?books?|guides?|templates?|"
    r"checklists?|toolkit|report|white ?paper)!?",
    r"(?:see|view|compare) (?:our )?(?:packages|plans|pricing)",
    r"get in touch(?: today| now)?(?: to [\w ]{1,60})?!?",
    r"request (?:more )?information",
    r"(?:contact|call) (?:us|sales|our team)(?: today| now)?!?",
    r"talk to (?:an? |our )?(?:expert|specialist|sales|advisor|team)s?(?: today)?!?",
    r"(?:see|check|view|compare) (?:the )?(?:price|prices|deal|deals|offers?|availability)(?: (?:at|on) [\w .-]{1,30})?",
    r"(?:view|buy|shop) (?:it )?(?:on|at) \w+(?: \w+)?",
    # "Learn more about WebIDE", "... about performance": a link to the section on that topic, which
    # a page keeps as it keeps its other headings
    r"(?:learn|find out|discover) more(?! about (?!(?-i:us|Us|our|Our|OUR)\b))"
    r"(?: about (?:us|our [\w ]{1,30}))?",
    r"scan the qr code",
    r"(?:follow|like) us!?",
    r"take the next step",
    r"(?:like what you (?:see|read)\??\s*)?share (?:this |it )?with (?:a|your) friends?(?: (?:or|and) colleagues?)?!?",
    r"like what you (?:see|read)\?",
    r"(?:help (?:me|us) )?spread the word\b.{0,60}",
)

# The same calls to action written out as a sentence or two, opening the block they stand in
# ("Sign up to get our best stories in your inbox. You'll hear about ...", "Fill out the form below
# and our team will be in touch").  Anchored at the block's start: inside a paragraph the same words
# are the story's own ("customers sign up to receive emails").
READER_PROMPT_PHRASES: tuple[str, ...] = (
    r"^\W*(?:please )?fill (?:out |in )?(?:this|the|our) form\b.{0,240}",
    r"^\W*(?:subscribe|sign up|join)(?: [\w-]+){0,2}(?: for free)? (?:to|and) (?:get|receive)\b.{0,240}",
    r"^\W*subscribe to (?:the|our|my) [\w ]{1,30}(?:blog|channel|podcast|list|feed|updates)\b.{0,240}",
    r"^\W*(?:thank you!? |thanks!? )?please check your (?:inbox|e-?mail)\b.{0,160}",
    r"^\W*(?:we|i) (?:will )?never (?:sell|share|spam)\b.{0,160}",
    r"(?:modify your preferences or )?unsubscribe (?:at )?any ?time\.?",
    r"^\W*(?:get in touch|contact us|call us|reach out to us)(?: (?:today|now))? (?:to|and|for)\b.{0,160}",
    r"^\W*(?:order|get|grab|buy|pre-?order) your (?:free )?copy\b.{0,160}",
    r"^\W*buy (?:it )?now\b.{0,60}",
    r"^\W*(?:want to |looking to )?keep up with (?:the|all the|our) latest\b.{0,240}",
    r"^\W*get the latest (?:news|updates|stories|articles|insights)\b.{0,120}",
    r"^.{0,80}\btell your friends and (?:get|earn) (?:rewards?|perks)\b.{0,40}",
    # (not "Explore more posts": a label over related links, which the teaser filters read as one)
    r"^\W*explore other [\w&'’ -]{0,60}(?:topics|resources|articles|guides|posts|stories)\b.{0,20}",
    r"^\W*(?:use|try) our (?:[\w-]+ ){0,4}(?:calculator|quiz|tool)\b.{0,160}",
    r"^.{0,40}\bhere are (?:some|a few) (?:more |other )?(?:interesting |related |similar )?(?:articles|posts|reads|stories)\b.{0,40}",
    r"^.{0,80}\byour support is (?:greatly |much |very much )?appreciated\b.{0,40}",
    # a form's consent line: "By entering your email, you agree to ...", "I agree that X may contact me"
    r"^\W*(?:terms of submitting this form:?\s*)?i (?:agree|consent) (?:that|to)\b.{0,80}\b(?:contact me|receive|send me)\b.{0,240}",
    r"^\W*(?:would you like|do you want) to (?:receive|get) (?:notifications|updates|e-?mails|alerts)\b.{0,80}",
    # a recipe blog asking for ratings and follows
    r"^\W*did you (?:make|try|cook|bake) (?:this|one of (?:my|our)|any of (?:my|our)|my|our) (?:recipes?|dish)\b.{0,300}",
    r"^.{0,100}\b(?:follow|join) (?:us|me) on (?:facebook|instagram|twitter|x|tiktok|linkedin|youtube|pinterest|threads"
    r"|bluesky|social media)\b.{0,160}",
)

PAYWALL_PHRASES: tuple[str, ...] = (
    r"subscribe (?:(?:now |today )?for (?:full|unlimited) (?:digital )?access|now|today|to (?:continue|keep) reading)",
    r"(?:to )?continue reading,? (?:subscribe|sign in|log in|register)",
    r"this (?:article|story|content|post) is (?:for|(?:only )?available (?:only )?to|reserved for|exclusive to|only for) "
    r"(?:[\w+]+ )?(?:subscribers|members)",
    r"this (?:story|article|reporting|work|journalism|site|podcast) (?:is|was) (?:funded|supported|made possible) "
    r"by (?:readers|listeners|members|people) like you\b.{0,200}",
    r"(?:subscribers|members) only",
    r"(?:get|unlock|enjoy) (?:unlimited|full|digital|premium) (?:digital )?access",
    # prices: "$1", "HK$38", "€4,99", "4,99 €", "£1 a week"
    r"(?:from|just|only) (?:[A-Z]{1,3})?[$€£¥]\s?\d+(?:[.,]\d+)? ?(?:/|a|per) ?(?:month|week|year|mo)",
    r"(?:[A-Z]{1,3})?[$€£¥]\s?\d+(?:[.,]\d+)? ?(?:for|a|an) (?:the first|your first|one|1) (?:month|week|year)",
    r"\d+(?:[.,]\d+)?\s?(?:€|euros?) (?:le|par|al|pro|per|im|au) ?(?:premier |primer |erste[nr]? )?(?:mois|mes|monat|month)",
    r"(?:to )?read unlimited (?:stories|articles|news)",
    r"for the first (?:month|week|year)",
    r"you (?:have|'ve) (?:\w+ )?(?:free )?(?:articles?|stories|stories left|reads?) (?:left|remaining)",
    r"you(?:'ve| have) (?:reached|used) (?:your|all of your|the) (?:free |monthly )?(?:article |story )?limit",
    r"start (?:your|a) free trial",
    r"(?:try|get) (?:\d+ (?:days|weeks|months) )?(?:for )?free",
    r"cancel any ?time",
    r"(?:become|already) a (?:subscriber|member)",
    # a label alone: "No cloud subscription required", "Affordable subscription plan" are a product's
    # pros and cons
    r"^subscription (?:required|offers?|plans?)[!?]*$",
    r"support (?:our|independent|quality) journalism",
    r"jetzt (?:abonnieren|weiterlesen|testen)",
    r"(?:mit|als) (?:\w+ )?abo(?:nnement)? weiterlesen",
    r"abonnez-vous",
    r"(?:réservé|réservée) aux abonnés",
    r"suscr[ií]bete",
    r"abbonati",
    r"assine (?:já|agora)",
    r"neem een abonnement",
    # a prompt of several words in the other languages ("Abbonati per leggere tutti gli articoli"),
    # each word that opens it a command: "abbonati" is the subscribers too ("gli abbonati a ...")
    r"^abbonati (?:ora|subito|adesso|per (?:leggere|continuare)|a [\w' ]{1,30}? per (?:leggere|continuare))\b.{0,40}",
    r"per continuare a leggere(?: (?:questo|l')\s?articolo)?,? (?:abbonati|accedi|registrati)\b.{0,40}",
    r"contenuto (?:riservato|esclusivo) (?:agli|per gli) abbonati",
    r"assine (?:para (?:continuar|ler|ter acesso)|e (?:leia|tenha))\b.{0,40}",
    r"(?:conteúdo|matéria) exclusiv[oa] para assinantes",
    r"para continuar (?:lendo|a ler),? (?:assine|fa[çc]a login|entre|cadastre-se)\b.{0,40}",
    r"suscr[ií]bete (?:para (?:seguir|leer|continuar)|y (?:lee|accede))\b.{0,40}",
    r"contenido exclusivo para suscriptores",
    r"para seguir leyendo,? (?:suscr[ií]bete|inicia sesi[oó]n|reg[ií]strate)\b.{0,40}",
    r"lee sin l[ií]mites",
    r"weiterlesen mit (?:[\w+]+ ){0,2}(?:plus|abo|\+)",
    r"abonnez-vous (?:pour (?:lire|continuer|acc[ée]der)|et (?:lisez|acc[ée]dez))\b.{0,40}",
)

LOGIN_PHRASES: tuple[str, ...] = (
    r"already (?:signed up|registered|a subscriber|have an account|a member)\??,?(?: (?:log ?in|sign ?in))?",
    r"(?:log ?in|sign ?in)(?: to (?:continue|read|comment|your account))?",
    r"(?:register|sign[- ]?up)(?: for free)?(?: to (?:continue|keep) reading| now)?!?",
    r"create (?:a |your )?(?:free )?account",
    r"(?:forgot|reset) (?:your )?password\??",
    r"my account|log ?out|sign ?out",
    r"(?:sie haben bereits ein konto\??\s*)?(?:anmelden|einloggen|registrieren)",
    r"(?:se )?connecter|connexion|s'inscrire|inscrivez-vous",
    r"iniciar sesi[oó]n|reg[ií]strate",
    r"accedi|registrati",
    r"(?:sei )?già abbonat[oa]\?,?(?: accedi)?",
    r"(?:já é )?assinante\?,?(?: (?:faça (?:o )?login|entre|acesse))?",
    r"¿?ya eres suscriptora?\?,?(?: inicia sesi[oó]n)?",
    r"(?:sie sind )?bereits abonnent(?:in)?\?,?(?: (?:hier )?(?:anmelden|einloggen))?",
    r"déjà abonnée? ?\?,?(?: (?:se connecter|connectez-vous))?",
)

NEWSLETTER_PHRASES: tuple[str, ...] = (
    r"(?:sign up|subscribe|register) (?:for|to) (?:our|the|my) .{0,40}newsletters?",
    r"(?:get|receive) (?:our|the) .{0,40}(?:newsletter|in your inbox)",
    r"newsletter",
    r"(?:enter|your) email(?: address)?",
    r"delivered (?:straight |directly )?to your inbox",
    r"(?:thanks|thank you) for (?:signing up|subscribing)",
    r"by (?:signing up|subscribing|clicking|entering your (?:email|e-mail)|submitting (?:this|your))\b.{0,120}(?:privacy|terms)\b.{0,20}",
    r"invalid email",
    r"sign up here\.?",
    r"(?:subscribe|sign up|join)(?: now| today)?(?: for free)? (?:to|for) (?:get|receive|the latest|our latest|updates|new posts)\b.{0,120}",
    r"(?:join|subscribe to) (?:our|my|the) (?:mailing|email|e-mail) list\b.{0,80}",
    r"^.{0,60}\bjoin our mailing list\b.{0,80}",
    r"be the first to (?:know|hear)\b.{0,80}",
    r"(?:get|receive) .{1,60}delivered (?:straight |directly )?to your inbox\b.{0,40}",
    r"subscribe to (?:this|our|my) (?:site|blog|feed)",
    r"^.{0,60}\b(?:join|subscribe to|sign up for|get) (?:our|the|my) [\w'’ &-]{0,40}newsletter\b.{0,80}",
    r"don'?t miss (?:any|a|out on)? ?(?:news|updates|posts|stories|a thing)\b.{0,40}",
    # a newsletter plug: the word and a call to action in one short block (anchored at the start
    # of the block: a leading ".{0,120}" tried at every position costs more than all other phrases)
    r"^.{0,120}\bnewsletters?\b.{0,120}\b(?:sign up|subscribe|register|delivered|inbox)\b.{0,80}",
    r"^.{0,80}\b(?:sign up|subscribe|register)\b.{0,80}\bnewsletters?\b.{0,120}",
    # a newsletter's name, alone on its line: "Sign up to First Edition", "Sign up to Down to Earth"
    # (in title case: "Sign up to vote by Friday", "Sign up to Medicare by March 31." are sentences)
    r"^sign up to (?-i:[A-Z])[\w'’&-]*(?: (?-i:[A-Z][\w'’&-]*|to|of|the|and|a|in|on|for|at)){0,5}$",
    r"^(?:free |our |the )?(?:daily|weekly|bi-?weekly|monthly|fortnightly) (?:e-?)?newsletters?$",
    r"(?:after|skip past) newsletter promotion",
)

COOKIE_PHRASES: tuple[str, ...] = (
    r"(?:we|this (?:site|website))(?: and our (?:partners|vendors))? uses? cookies",
    r"(?:accept|allow|reject|manage) (?:all )?cookies",
    r"cookie (?:settings|preferences|policy|consent)",
    r"by (?:continuing to (?:use|browse)|using) (?:this|our) (?:site|website)",
    r"(?:wir verwenden|diese (?:web)?seite verwendet) cookies",
    r"(?:questo sito|utilizziamo) (?:utilizza )?cookie",
    r"(?:nous utilisons|ce site utilise) (?:des )?cookies",
    r"utilizamos cookies",
)

# A consent tool's account of the cookies it sets, a paragraph per category: "These cookies allow us
# to count visits ...", "Necessary cookies are absolutely essential ...".  Long, and it opens with
# its subject, so the phrases are anchored at the block's start (or are the tools' own formulas:
# "store and/or access information on a device"): inside an article, the same words are the story's.
CONSENT_PHRASES: tuple[str, ...] = (
    r"^\W*(?:these|necessary|essential|strictly necessary|functional|functionality|performance|analytics?|"
    r"analytical|advertising|advertisement|targeting|marketing|social media|preference|statistics?|"
    r"other uncategori[sz]ed|any|optional|third[- ]party) cookies "
    r"(?:are|is|allow|enable|may|help|ensure|track|collect|remember|do|cannot|that)\b"
    # and what a consent tool says to the visitor, not a story about tracking ("Marketing cookies
    # track users from one website to the next") nor a batch of biscuits
    r"(?=.{0,300}\b(?:for the (?:web)?site to function|cannot be (?:switched off|disabled)|allows? us|help us|"
    r"we (?:use|may|will)|you (?:do not|don't) allow|set (?:by|through) (?:us|our site)|our (?:site|website)|"
    r"this category|you (?:have|visit|make|see)|your (?:browser|device|preferences|consent|experience|interests|"
    r"online|browsing))\b)",
    r"^\W*cookies,? (?:are small (?:data |text )?files|and similar technologies are|collect information about|"
    r"device or similar online identifiers)\b",
    r"^\W*(?:this (?:web)?site|we(?: and our (?:\d+ )?(?:third[- ]party )?partners)?) uses? cookies\b"
    r"(?=.{0,160}\b(?:your (?:browsing )?experience|a better experience|to function|personali[sz]e|consent|"
    r"your preferences|site traffic)\b)",
    r"\buses cookies and (?:similar|other) technologies\b"
    r"(?=.{0,100}\b(?:your (?:browsing )?experience|a better experience|personali[sz]e|consent|your preferences)\b)",
    r"^\W*(?:we(?: and our (?:\d+ )?(?:third[- ]party )?(?:partners|vendors))?|when you visit any (?:web)?site, it may)"
    r" stores? (?:and/or |or |and )(?:access|retrieve) information (?:on|from) (?:a|your) (?:device|browser)\b",
    r"^\W*(?:with your consent, we|we)(?: and (?:our|named) (?:\d+ )?(?:third[- ]party )?partners)? use cookies, "
    r"pixels,? (?:or|and) other tracking technologies\b",
    r"^\W*these technologies (?:are (?:strictly )?necessary|help us understand how our site|"
    r"are used (?:by|our site) (?:by )?or on behalf)\b",
)

COMMENTS_PHRASES: tuple[str, ...] = (
    r"\d+ comments?",
    r"\d+ responses?",
    # the heading over a comment thread, at the start of its line and with the title in quotes:
    # "59 Comments on “Title”", "One Reply to “Title”", "3 Gedanken zu „Titel“", "12 réflexions sur « Titre »"
    r"^(?:\d+|one|no) (?:comments?|responses?|thoughts?|repl(?:y|ies)) (?:on|to)\s[“\"'‘«„].{1,200}",
    r"^(?:\d+|ein|eine) (?:kommentare?|antwort(?:en)?|gedanken?) (?:zu|auf)\s[„“\"'‚‘«»].{1,200}",
    r"^(?:\d+|un|une) (?:commentaires?|réponses?|réflexions?) (?:sur|à|au)\s[«“\"'‘]\s?.{1,200}",
    r"^(?:\d+|un) (?:comentarios?|respuestas?) (?:a|en|para)\s[«“\"'‘].{1,200}",
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
    r"discussion about this (?:post|article|story)",
    r"reply (?:by|via) e-?mail",
)

ADVERTISEMENT_PHRASES: tuple[str, ...] = (
    r"advertisement|advertising|advert|ad|sponsored(?: content| by .{1,40})?|promoted(?: content)?",
    r"story continues (?:below|after) (?:this )?(?:advertisement|ad)",
    r"(?:article|story) continues below",
    r"scroll to continue(?: with content)?",
    r"anzeige|werbung|publicit[ée]|publicidad|pubblicit[àa]",
    r"paid (?:content|post|partner content)",
    r"(?:advertisement|advert|ad)\s*[-–—:|]?\s*(?:continue|keep) reading below",
    r"(?:continue|keep) reading below",
    # a label before the advertised thing: "Advertisement: New course"
    r"(?:advertisement|sponsored|promoted|paid post)\s*:.{0,80}",
    # a headline marked as paid for: "Tracing made simple (Sponsored)"
    r"^.{0,150}[(\[](?:sponsored|advertisement|promoted|paid post|partner content)[)\]]",
    r"sponsor (?:message|this (?:newsletter|podcast|post|site|show))|become a sponsor",
)

# Affiliate disclosures: a shop pays the site for what readers buy through its links.  Required
# by consumer-protection rules in many countries, so the wording recurs across publishers.
DISCLOSURE_PHRASES: tuple[str, ...] = (
    r"(?:we|i)(?: may| might| will)? (?:earn|receive|get|make) (?:a )?(?:small |tiny |financial )?(?:commissions?|compensation|fees?|a share of sales)\b.{0,160}",
    r"(?:we|i) (?:may|might|will|can) be compensated\b.{0,200}",
    r"(?:(?:affiliate )?disclosure|advertiser disclosure|editorial disclosure)\s*:.{0,240}",
    r"^.{0,80}\baffiliate (?:links?|commissions?|partners?|programs?)\b.{0,200}",
    r"(?:products?|items?|services?) (?:are|is|were|was) (?:independently )?(?:chosen|selected|reviewed) (?:independently )?by (?:our )?(?:editors|editorial team).{0,160}",
    r"(?:is|are) supported by (?:commissions|affiliate|the providers).{0,160}",
    r"(?:our|this) (?:site|website|content) (?:is|may be) (?:reader-supported|supported by (?:our )?readers).{0,160}",
    # the wording an affiliate programme requires of its members
    r".{0,60}\b(?:i|we) earn from qualifying purchases\b.{0,80}",
)

LEGAL_PHRASES: tuple[str, ...] = (
    # "Copyright 2024 ...", "© The Times": not the word in a sentence ("copyright of the code", "copyright law")
    r"(?:©|\(c\)|copyright)\s*(?:\d{4}|(?!(?:of|over|to|in|on|for|is|was|are|and|or|laws?|infringements?|issues?"
    r"|holders?|owners?|protection|claims?|violations?)\b)[a-z]).{0,160}",
    r"all rights reserved\.?",
    r"(?:the )?(?:material|content|text|images?) (?:on|of) this (?:website|site|blog) (?:may|must) not be (?:copied|reproduced|republished)\b.{0,240}",
    r"by (?:using|utilizing|accessing) (?:this|any of the|the) .{0,60}\byou (?:are )?(?:agreeing|agree) to\b.{0,120}",
    r"(?:terms (?:of (?:use|service)|and conditions)|privacy (?:policy|notice)|accessibility)(?:\s*[|·•]\s*.{1,40})*",
    r"this material may not be published, broadcast, rewritten,? or redistributed\.?",
    r"alle rechte vorbehalten\.?|tous droits r[ée]serv[ée]s\.?|todos los derechos reservados\.?",
    r"(?:affiliate|advertiser|advertising|editorial) (?:disclosure|policy|guidelines)",
    # the notice of a form's bot check
    r"this (?:site|page|form) is protected by recaptcha\b.{0,200}",
    r"we use google recaptcha\b.{0,200}",
    r"^recaptcha(?: verification| not verified)?$",
)

# "Not advice" disclaimers: the site says what its pages are not.  One clause is enough, as the
# rest of the paragraph is the fine print around it ("... consult a qualified professional").
DISCLAIMER_PHRASES: tuple[str, ...] = (
    r"\b(?:this|the|our) (?:material|information|content|contents|article|post|site|website|blog|page|portion of our website)"
    r"(?: (?:and content )?(?:provided |contained )?(?:on|in|of) this (?:site|website|page|blog|article))?,?"
    r" (?:is|are|has been) (?:not intended (?:to (?:be|replace|provide|serve)|as)"
    r"|(?:provided |written )?(?:solely )?for (?:general )?"
    r"(?:informational|information|educational)(?: (?:or|and) (?:informational|educational|entertainment))? purposes"
    r"|not (?:a substitute for|meant (?:to (?:be|replace|provide)|as)|to be (?:taken|construed|considered) as))",
    r"\b(?:is|are) (?:provided )?for (?:general information|(?:general )?(?:informational|information|educational) purposes) only\b",
    # "does not constitute financial advice", "do not provide tax, legal or accounting advice"
    r"\b(?:does|do|should) not (?:constitute|provide|offer) (?:any |an? )?(?:personal )?"
    r"(?:legal|financial|medical|investment|tax|accounting|professional)"
    r"(?:,? (?:or |and )?(?:legal|financial|medical|investment|tax|accounting|professional)){0,3} advice\b",
    r"\bnot (?:intended|meant) (?:as|to (?:be|replace|provide|serve as|offer)) (?:a substitute for |an? )?"
    r"(?:personal )?(?:legal|financial|medical|investment|tax|professional) advice",
    # a financial firm's regulatory notice: "Advisory services are only offered to clients ...",
    # "Securities offered through X, member FINRA/SIPC"
    r"(?:^|(?<=[.!?]\s))(?:investment )?advisory services (?:are )?(?:only )?offered (?:through|to|by)\b",
    r"\bsecurities (?:are )?offered through\b.{0,80}\bmember (?:finra|sipc)\b",
)

# A publisher's colophon under the story: "Playful Void is a production of Idle Cartulary.",
# "This podcast is a publication of ...", with the blurb that follows it in the same paragraph.
# At the paragraph's start, its subject a name (each word capitalised): "Her latest film is a
# production of Warner Bros." is no colophon.
COLOPHON_PHRASES: tuple[str, ...] = (
    r"^(?:this (?:podcast|newsletter|site|website|blog|show|magazine|publication) "
    r"|(?-i:[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,4}) )is (?:a|an) (?:production|publication) of\b",
)

# Lines that introduce another story inside or after the body: "Read more: ...", "Related: ...".
TEASER_PREFIXES: tuple[str, ...] = (
    r"read (?:more|also|next)",
    r"(?:see|watch|listen) (?:also|more|next)",
    # (not "Related Videos:", a shop's videos of the product)
    r"related(?: (?:articles?|stories|coverage|content|reading|searches|companies|topics|tags))?",
    r"more (?:from|on|about|stories|news|coverage)",
    r"other (?:stories|news|articles|headlines)",
    # not "Recommended for: small businesses", a product's spec row
    r"recommended(?! for\b(?! you))(?: for you| stories| reading)?",
    r"most (?:read|popular|viewed|shared)",
    r"(?:top|latest) (?:stories|news|articles)",
    r"trending(?: now| stories| news| articles)?",
    r"you (?:may|might) (?:also )?(?:like|enjoy|be interested in|find (?:this |these )?(?:interesting|useful))"
    r"(?: the following| these)?",
    r"(?:recently|also|more posts|other posts|latest posts|more articles) by",
    r"(?:more|other|recent|popular|similar|related) (?:related |interesting )?(?:articles|posts|reads|guides)",
    r"keep reading",
    r"(?:lesen sie|lies) (?:auch|mehr)|mehr zum thema|weitere artikel",
    r"lire aussi|[àa] lire aussi|voir aussi|sur le m[êe]me sujet",
    r"lea tambi[ée]n|lee tambi[ée]n|le puede interesar|m[aá]s noticias",
    r"leggi anche|potrebbe interessarti",
    r"leia (?:tamb[ée]m|mais)",
    r"lees ook|meer over",
)

# Labels over a box of paid links: what stands under them is advertising, however it reads.
SPONSORED_LABELS: tuple[str, ...] = (
    r"(?:paid|sponsored|promoted|partner) (?:content|stories|links|posts|articles)",
    r"sponsored|promoted|advertorial|around the web|from (?:our|the web's) partners|recommended by",
    r"anzeige|gesponsert|contenu (?:sponsoris[ée]|partenaire)|contenido patrocinado|contenuti sponsorizzati",
)

# An author's short biography under the story: "Jane Doe covers courts for the Tribune. Reach her at ..."
AUTHOR_BIO: tuple[str, ...] = (
    # a byline's label alone on its line, the name beside it in another element
    r"(?:written|reviewed|edited|fact[- ]checked|medically reviewed)(?: by)?:?\s*$",
    r"(?:you can )?(?:reach|contact|email|follow) (?:her|him|them|the (?:author|writer|reporter)) (?:at|on|via)\b.{0,80}",
    r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3} (?:is|was) (?:a|an|the) (?:senior |staff |chief |political |business |"
    r"foreign |freelance )?(?:reporter|writer|correspondent|editor|journalist|columnist) (?:for|at|with|covering|who covers)\b.{0,160}",
    r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3} covers [\w ,&]{3,80} for (?:the )?[A-Z].{0,120}",
    r"about the author\b.{0,200}",
    r"more (?:by|from) (?:the|this) (?:author|writer)\b.{0,40}",
    r"(?:view|see) all (?:posts|articles|stories) by\b.{1,40}",
)

# The author's biography as the last paragraph of a story: "Jane Doe is a freelance writer and
# researcher based in Lisbon."  Only at the article's end: inside a story the same words introduce
# the people it is about.
AUTHOR_BIO_AT_END: tuple[str, ...] = (
    r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3},? (?:is|was) (?:a|an|the|our) [\w ,&'’-]{0,50}?"
    r"(?:writer|editor|reporter|journalist|columnist|contributor|author|blogger|researcher|founder|co-founder|"
    r"ceo|instructor|producer|correspondent|strategist|photographer)\b.{0,300}",
)

# The subject and role of a biography: "Jane Doe is a Gear Editor at ...", "John Roe is the CEO and
# co-founder of ...".  Only a bio when the name also stands on its own line next to it (an author box:
# the name, then the blurb, then "View all posts by Jane Doe").
BIO_SUBJECT = (
    r"^(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}),? (?:is|was|has been) (?:a|an|the|our) [\w ,&'’-]{0,50}?"
    r"(?:writer|editor|reporter|journalist|columnist|contributor|author|blogger|researcher|founder|co-founder|"
    r"ceo|instructor|producer|correspondent|strategist|photographer|expert|specialist|consultant|director|"
    r"manager|coach|analyst)\b"
)

# Words of a biography's blurb: a trade or a title, experience, a degree, where the person lives.
BIO_CUE = (
    r"\b(?:writer|editor|journalist|reporter|columnist|contributor|author|blogger|founder|co-founder|ceo|owner|"
    r"expert|specialist|consultant|coach|trainer|instructor|researcher|photographer|years of experience|"
    r"(?:has|with) (?:over |more than )?\w+\+? years|degree in|graduated?|certified|based in|lives in|passion for|"
    r"writes about|covers|covered|worked (?:in|as|for|at|with)|started (?:this|my|the) (?:blog|site|company|business)|"
    r"(?:is|was) (?:a|an))\b"
)

# Month names that are also English words, given names or common abbreviations: a line of one of
# them and figures alone ("Mars 2020", "Marco 2024", "Mag 7") is a heading, not a date line
AMBIGUOUS_DATE_WORDS = frozenset({"mars", "marco", "mayo", "mag", "gen", "mai", "mei", "domingo", "ago", "dic", "ene"})

GERMAN_DAYS = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")

# Words that may stand in a line that only says when the story was published or updated.
DATE_WORDS: frozenset[str] = (
    frozenset(
        """published updated posted modified submitted last on at by am pm a.m. p.m. et est edt pt pst pdt ct cst
    cdt gmt utc bst cet cest ist jst aest mon tue wed thu fri sat sun monday tuesday wednesday thursday
    friday saturday sunday jan feb mar apr may jun jul aug sep sept oct nov dec january february march
    april june july august september october november december hours hour minutes minute ago days day
    min mins read reading time in
    today yesterday veröffentlicht aktualisiert am um uhr publié mis à jour le publicado actualizado
    el de del pubblicato aggiornato il alle gepubliceerd bijgewerkt op om em às lundi mardi mercredi
    jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes sábado domingo lunedì martedì mercoledì
    giovedì venerdì sabato domenica segunda-feira terça-feira quarta-feira quinta-feira sexta-feira
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag""".split()
    )
    | frozenset(GERMAN_DAYS)
    | frozenset(
        # the month names dates.py reads, in the seven languages ("Mis à jour le 12 octobre 2023"),
        # but Portuguese "set" and "out", which are English words
        name
        for names in MONTHS.values()
        for name in names
        if name not in ("set", "out")
    )
)
