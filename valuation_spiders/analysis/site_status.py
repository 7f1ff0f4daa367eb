"""Status detectors: where the homepage lands, parked domains, hosting "site not found" pages.

Pure and offline: the public-suffix list is tldextract's bundled snapshot, never fetched.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

import tldextract

from .grammar import company_name
from .kinds import Signal

__all__ = [
    "PARKING_HOSTS",
    "Placeholder",
    "detect_dead_page",
    "detect_domain_redirect",
    "detect_parked_domain",
    "detect_placeholder_page",
    "host_of",
    "registrable_domain",
]

# The bundled snapshot only: no suffix-list URL, no cache directory, so no network and no disk.
_EXTRACT = tldextract.TLDExtract(
    suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True, include_psl_private_domains=True
)


def host_of(host_or_url: str) -> str:
    """The lower-case host of a URL or a bare host ("Acme.com:8080/x" -> "acme.com")."""
    value = (host_or_url or "").strip()
    if not value:
        return ""
    if "://" not in value:
        value = "//" + value
    try:
        parts = urlsplit(value)
        host = parts.hostname or ""
    except ValueError:
        host = value.lstrip("/").split("/")[0].split("@")[-1].split(":")[0]
    host = host.strip().rstrip(".").lower()
    try:
        host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError:
        pass
    return host


@lru_cache(maxsize=8192)
def registrable_domain(host_or_url: str) -> str:
    """The registrable domain ("shop.acme.co.uk" -> "acme.co.uk"), public-suffix aware, offline.

    Private suffixes count (``acme.github.io`` and ``other.github.io`` are different sites). IP
    addresses come back as they are; hosts without a known suffix keep their last two labels.
    """
    host = host_of(host_or_url)
    if not host:
        return ""
    try:
        return str(ipaddress.ip_address(host.strip("[]")))
    except ValueError:
        pass
    result = _EXTRACT(host)
    domain = result.top_domain_under_public_suffix
    if domain:
        return domain.lower()
    labels = [label for label in host.split(".") if label]
    return ".".join(labels[-2:])


def detect_domain_redirect(url: str, final_url: str | None) -> Signal | None:
    """The page landed on another registrable domain (www. and http->https do not count)."""
    if not final_url or not url:
        return None
    before, after = registrable_domain(url), registrable_domain(final_url)
    if not before or not after or before == after:
        return None
    return Signal("domain_redirect", url, f"{url} now redirects to {final_url} ({after})")


# --- parked and for-sale domains --------------------------------------------------------------

PARKING_HOSTS = frozenset({
    "sedoparking.com", "sedo.com", "parkingcrew.net", "bodis.com", "dan.com", "afternic.com",
    "hugedomains.com", "above.com", "parklogic.com", "undeveloped.com", "domainmarket.com",
    "brandbucket.com", "squadhelp.com", "atom.com", "buydomains.com", "domainnamesales.com",
    "uniregistry.com", "parked.com", "smartname.com", "voodoo.com", "skenzo.com", "domcollect.com",
    "namebright.com", "epik.com", "sav.com", "efty.com", "dynadot.com", "domainlore.com",
    "parkingpage.namecheap.com", "domainsponsor.com", "trafficz.com", "fabulous.com", "cashparking.com",
    "rookmedia.net", "parkweb.co", "domainagents.com", "namesilo.com", "porkbun.com", "spaceship.com",
    "checkdomain.com", "ztomy.com", "searchvity.com", "domain.com", "1and1.com",
})
# Hosts whose specific pages are parking landers (the host itself also serves real sites).
_PARKING_URL = re.compile(
    r"godaddy\.com/(?:forsale|domainsearch|domain-?for-?sale)|namecheap\.com/(?:domains/)?(?:marketplace|parking)"
    r"|sedo\.com/search/details|/lander\b|/parking(?:page)?\b|\bforsale\.",
    re.I,
)
# a domain named after the word "domain" in a sale statement: "Die Domain feldmark.example kann erworben werden"
_NAMED_DOMAIN = r"(?:\s+[\w.-]+\.[a-z]{2,})?"
_PARKED_TEXT = re.compile(
    r"\b(?:this|the)\s+(?:premium\s+|exclusive\s+|great\s+|short\s+)?domain(?:\s+name)?(?:\s+[\w.-]+\.[a-z]{2,})?\s+(?:is|may\s+be|might\s+be|could\s+be)\s+(?:now\s+)?"
    r"(?:for\s+sale|available(?:\s+for\s+(?:sale|purchase|lease))?|parked|listed\s+for\s+sale)"
    r"|\b[\w-]+\.[a-z]{2,}(?:\.[a-z]{2})?\s+(?:is|may\s+be)\s+(?:for\s+sale|available\s+for\s+(?:sale|purchase))"
    r"|\bbuy\s+(?:this|the)\s+domain\b|\b(?:get|purchase|acquire|own)\s+this\s+domain\b(?!\s*\?)"
    r"|\bdomain(?:\s+name)?\s+(?:is\s+)?for\s+sale\b|\bmake\s+(?:an|us\s+an|a)\s+offer\b.{0,80}\bdomain\b"
    r"|\binquire\s+about\s+(?:this|the)\s+domain\b|\bparked\s+(?:for\s+)?free\s*,?\s*courtesy\s+of\b"
    r"|\b(?:domain|site|page)\b[^.!?\n]{0,60}?\bparked\s+(?:(?:for\s+)?free\s*,?\s*)?(?:courtesy\s+of|by|with|at)\b"
    # "this domain is (currently / temporarily / registered and) parked", "parked domain name on ..."
    r"|\bthis\s+(?:domain|web\s*page|page|site)(?:\s+name)?\s+(?:is|was|has\s+been)\s+(?:[a-z]+(?:ly)?\s+(?:and\s+)?){0,2}parked\b"
    r"|\bdomain\s+parking\b|\bparked\s+domain(?:\s+name)?\b"
    # "This domain has been registered with NameNest and is parked free of charge", "... and is currently parked"
    r"|\bthis\s+domain\b[^.!?\n]{0,80}?\band\s+(?:is|was|has\s+been)\s+(?:currently\s+|now\s+|temporarily\s+)?parked\b"
    r"|\bthis\s+domain\s+(?:name\s+)?(?:has\s+)?expired\b|\b(?:the\s+)?domain\s+[\w.-]+\s+has\s+expired\b"
    # a domain registered anew has changed hands (the company let it lapse); "registered at X, no
    # website yet" alone is a registrar's default page: the site is not there (site_down)
    r"|\bthis\s+domain(?:\s+name)?\s+(?:was|has\s+been|is)\s+(?:recently|newly|just)\s+registered\b"
    r"|\brenew\s+(?:this|the|your)\s+domain\b|\b(?:has\s+)?parked\s+(?:this|the)\s+domain\b|\binterested\s+in\s+(?:this|the)\s+domain\b"
    r"|\bthe\s+owner\s+of\s+[\w.-]+\s+(?:is\s+offering|has\s+put)\b|\bdomain\s+(?:owner|holder)\s+(?:is\s+)?(?:accepting|open\s+to)\s+offers\b"
    r"|\bowner\s+of\s+(?:this|the)\s+domain(?:\s+name)?\s+(?:is\s+)?(?:accepting|open\s+to|considering)\s+offers\b"
    r"|^\s*make\s+an\s+offer\s+(?:on|for)\s+[\w-]+(?:\.[\w-]+)+\s*$"
    # the same statements in the languages of the portfolio's sites: German, French, Spanish, Portuguese, Italian,
    # Dutch, Polish, Swedish ("Diese Domain steht zum Verkauf", "Ce nom de domaine est à vendre", "¡Este dominio está en
    # venta!", "Deze domeinnaam is te koop")
    r"|\b(?:diese|die)\s+domain" + _NAMED_DOMAIN + r"\s+(?:steht\s+zum\s+verkauf|ist\s+(?:zu\s+verkaufen|verk\u00e4uflich)|"
    r"kann\s+(?:k\u00e4uflich\s+)?erworben\s+werden)|\bdomain\s+zu\s+verkaufen\b"
    r"|\b(?:ce|le)\s+(?:nom\s+de\s+)?domaine" + _NAMED_DOMAIN + r"\s+est\s+(?:\u00e0\s+vendre|en\s+vente)"
    r"|\b(?:este|el)\s+(?:nombre\s+de\s+)?dominio" + _NAMED_DOMAIN + r"\s+est\u00e1\s+(?:en\s+venta|a\s+la\s+venta)"
    r"|\b(?:este|o)\s+dom\u00ednio" + _NAMED_DOMAIN + r"\s+est\u00e1\s+\u00e0\s+venda"
    r"|\b(?:questo|il)\s+(?:nome\s+di\s+)?dominio" + _NAMED_DOMAIN + r"\s+\u00e8\s+in\s+vendita"
    r"|\b(?:deze|dit|de)\s+(?:domeinnaam|domein)" + _NAMED_DOMAIN + r"\s+is\s+te\s+koop"
    r"|\bdomein(?:naam)?\b[^.!?\n]{0,60}?\bgeparkeerd\b"
    r"|\bdomena" + _NAMED_DOMAIN + r"\s+(?:jest\s+)?na\s+sprzeda\u017c"
    r"|\bdom\u00e4nen" + _NAMED_DOMAIN + r"\s+\u00e4r\s+till\s+salu",
    re.I | re.M,
)
_LINK_FARM = re.compile(r"\b(?:related\s+(?:searches|links|topics)|sponsored\s+(?:listings|links|results)|top\s+searches|trending\s+searches)\b", re.I)
_PARKING_SCRIPT = re.compile(
    r"/adsense/domains/caf\.js|syndicatedsearch\.goog|parking[-_]?(?:lander|page)|sedoparking|parkingcrew|"
    r"bodis\.com|above\.com/|parklogic|window\.park\b|dan\.com|afternic|hugedomains|domainmarket|"
    r"\bpark\.js\b|/park(?:ing)?/",
    re.I,
)
WORD_COUNT_CAP = 1000  # every word-count threshold here is at most this: longer pages are not counted to the end


def count_words(text: str, cap: int = WORD_COUNT_CAP) -> int:
    """The number of words of ``text``, or ``cap + 1`` when it has more: the tests here only ask
    whether a page is short, and splitting a long page to its end was a third of their cost."""
    return len(text.split(None, cap))


_PARKED_MAX_WORDS = 400  # a parking page is short; a long article about domains is not one
_LANDER_MAX_WORDS = 800  # a lander titled with its bare domain may carry many sponsored listings
_BARE_DOMAIN = re.compile(r"\s*(?:www\.)?[\w-]+(?:\.[\w-]+)+\s*")
_PARKED_KEYWORDS = re.compile(r"domain|parked|for sale|future home|offer|owner|related|sponsored|trending|top searches|"
                              r"domein|dom\u00e4n|dominio|dom\u00ednio|domena|geparkeerd")


def _is_parking_host(host: str) -> bool:
    host = host_of(host)
    return any(host == parked or host.endswith("." + parked) for parked in PARKING_HOSTS)


def detect_parked_domain(
    url: str, final_url: str | None, title: str, text: str, html_hints: str = "", *, words: int | None = None
) -> Signal | None:
    """A parking or for-sale page, recognised by its landing host, its text or its scripts.
    ``words``: ``count_words(text)`` when the caller has it already."""
    title = title or ""
    text = text or ""
    if final_url:
        landed = host_of(final_url)
        if landed and registrable_domain(final_url) != registrable_domain(url):
            if _is_parking_host(landed) or _PARKING_URL.search(final_url):
                return Signal("parked_domain", url, f"redirects to a domain parking/sale service: {final_url}")
    words = count_words(text) if words is None else words
    # a long page is read only when its title already says "for sale" (the keyword scan of a
    # long text is the costly part, and most pages are long)
    lander = words <= _LANDER_MAX_WORDS and _BARE_DOMAIN.fullmatch(title) is not None
    if (words <= _PARKED_MAX_WORDS or lander or _PARKED_TEXT.search(title)) and _PARKED_KEYWORDS.search(
        f"{title}\n{text}".lower()
    ):
        for source in (title, text):
            match = _parked_text(source)
            if match:
                quote = _around(source, match.group())
                return Signal("parked_domain", url, f"parking/for-sale page: \u201c{quote}\u201d")
        if _LINK_FARM.search(text) and (lander or (words <= 250 and _link_farm_shape(text))):
            return Signal("parked_domain", url, "parking page: a short list of sponsored \u201crelated searches\u201d")
    if html_hints and words <= 80 and _PARKING_SCRIPT.search(html_hints):
        return Signal("parked_domain", url, f"parking page script: {_PARKING_SCRIPT.search(html_hints).group()}")
    return None


def _parked_text(source: str) -> re.Match[str] | None:
    """A sale or parking statement; "If you own this domain, connect it" is the owner's help text."""
    for match in _PARKED_TEXT.finditer(source):
        if not (match.group().lower().startswith("own") and re.search(r"\b(?:if|do)\s+you\s+$", source[max(0, match.start() - 8):match.start()], re.I)):
            return match
    return None


def _link_farm_shape(text: str) -> bool:
    """Mostly short lines (search-term links), few sentences."""
    lines = [line for line in text.split("\n") if line.strip()]
    short = sum(1 for line in lines if len(line.split()) <= 4)
    return len(lines) >= 4 and short >= 0.7 * len(lines)


def _around(text: str, phrase: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    index = text.lower().find(phrase.lower())
    if index < 0 or len(text) <= limit:
        return text[:limit]
    start = max(0, index - 40)
    return text[start:start + limit].strip()


# --- hosting provider "nothing here" pages ----------------------------------------------------

_DEAD_PAGES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.I | re.S), reason)
    for pattern, reason in (
        (r"there\s+isn't\s+a\s+github\s+pages\s+site\s+here", "GitHub Pages: no site here"),
        (r"\bno\s+such\s+app\b", "Heroku: no such app"),
        (r"heroku\s*\|\s*(?:no\s+such\s+app|application\s+error)|there's\s+nothing\s+here,\s+yet", "Heroku: no app"),
        (r"\bsite\s+not\s+found\b.{0,300}(?:netlify|doesn't\s+exist\s+on\s+this\s+site|broken\s+link)|netlify.{0,200}\bnot\s+found\b", "Netlify: site not found"),
        (r"\bdeployment_not_found\b|deployment\s+could\s+not\s+be\s+found\s+on\s+vercel|\b404:\s*not_found\b", "Vercel: deployment not found"),
        (r"\bdomain\s+(?:is\s+)?not\s+configured\b|\bwebsite\s+(?:is\s+)?not\s+configured\b|\bsite\s+(?:is\s+)?not\s+configured\b", "domain not configured at the host"),
        (r"this\s+site\s+can(?:'|no)t\s+be\s+reached", "site can't be reached"),
        (r"\baccount\s+(?:has\s+been\s+)?suspended\b|\bthis\s+account\s+has\s+been\s+suspended\b|\bwebsite\s+(?:has\s+been\s+)?suspended\b|\bsite\s+(?:has\s+been\s+)?suspended\b", "hosting account suspended"),
        (r"\bsorry,\s+this\s+shop\s+is\s+currently\s+unavailable\b|\bthis\s+store\s+(?:is\s+)?(?:currently\s+)?(?:unavailable|does\s+not\s+exist)\b", "Shopify: store unavailable"),
        (r"\b(?:this\s+)?(?:website|site|domain)\s+(?:has\s+)?expired\b|\bwebsite\s+expired\b", "website expired at the host"),
        (r"\bdomain\s+(?:is\s+)?not\s+(?:claimed|connected)\b|isn't\s+connected\s+to\s+a\s+website|\bnot\s+connected\s+to\s+a\s+(?:site|website)\b", "domain not connected to a site"),
        (r"\bfastly\s+error:\s+unknown\s+domain\b", "Fastly: unknown domain"),
        (r"\bnosuchbucket\b|\bthe\s+specified\s+bucket\s+does\s+not\s+exist\b", "S3: no such bucket"),
        (r"\berror\s+10(?:0[0-9]|1[0-9])\b.{0,80}(?:dns|cloudflare)|\bdns\s+resolution\s+error\b|\borigin\s+dns\s+error\b", "Cloudflare: DNS error"),
        (r"\b(?:web\s+server\s+is\s+down|connection\s+timed\s+out|origin\s+is\s+unreachable)\b.{0,120}\berror\s+code\s+52\d\b|\berror\s+52[0-9]\b", "Cloudflare: origin down"),
        (r"\bthe\s+request\s+could\s+not\s+be\s+satisfied\b", "CloudFront: request could not be satisfied"),
        (r"\bapache2?\s+(?:ubuntu|debian)\s+default\s+page\b|\btest\s+page\s+for\s+the\s+(?:apache|nginx)\s+http\s+server\b|\bwelcome\s+to\s+nginx!?", "bare web server default page"),
        (r"\bweb\s+server's\s+default\s+page\b|\bdefault\s+(?:web\s+)?(?:site|page)\s+page\b|\bplesk\b.{0,80}\bdefault\s+page\b", "hosting default page"),
        (r"\bthis\s+site\s+(?:has\s+been|is)\s+(?:archived|deleted|disabled)\b|\bthis\s+(?:site|blog)\s+(?:is\s+)?no\s+longer\s+available\b", "site archived or deleted at the host"),
        (r"\b(?:this\s+)?(?:site|page|project)\s+(?:is\s+)?(?:paused|unpublished|disabled)\b.{0,80}\b(?:owner|plan|billing|host)", "site paused at the host"),
        (r"\bthis\s+domain(?:\s+name)?\s+(?:has\s+(?:just\s+)?been|was|is)\s+(?:just\s+)?registered\s+(?:at|with|by|through)\b"
         r"|\b(?:owner|registrant)\s+has\s+(?:not|n't)\s+(?:yet\s+)?(?:set\s+up|built|published|connected)\s+a\s+(?:web)?site\b",
         "registrar's default page: no website"),
        (r"\bfuture\s+home\s+of\s+(?:something|a\s+(?:new\s+)?(?:web)?site)\b", "registrar's placeholder: no website yet"),
        (r"\bproject\s+not\s+found\b|\bapp\s+not\s+found\b|\bapplication\s+not\s+found\b|\bno\s+application\s+(?:is\s+)?(?:deployed|configured)\b", "host: app not found"),
    )
)
_DEAD_MAX_WORDS = 200
_DEAD_LONG_MAX_WORDS = 1000
_DEAD_TITLE = re.compile(r"\bdefault\s+(?:web\s*)?(?:site\s+|server\s+)?page\b|\btest\s+page\b|\bwelcome\s+to\s+nginx\b|\bit\s+works\b"
                         r"|\bIIS\s+Windows\s+Server\b", re.I)
# Words at least one placeholder pattern needs: most pages have none, and skip the patterns.
_DEAD_KEYWORDS = re.compile(
    r"github|heroku|no such app|nothing here|not.found|not configured|reached|suspended|unavailable|"
    r"does not exist|expired|connected|claimed|fastly|bucket|error|could not be satisfied|default|nginx|"
    r"test page|archived|deleted|disabled|no longer available|paused|unpublished|registered|future home|has not set up"
)


def detect_dead_page(status: int | None, title: str, text: str, *, words: int | None = None) -> str | None:
    """The reason when a served page is really a host's 'nothing here' page, else None."""
    if status is not None and not 200 <= status < 600:
        return None
    text = text or ""
    words = count_words(text) if words is None else words
    if words > _DEAD_MAX_WORDS:
        # a server's long default page ("Apache2 Ubuntu Default Page", ~300 words) says so in its
        # title and first line; a long page is judged on those alone
        if words > _DEAD_LONG_MAX_WORDS or not title or not _DEAD_TITLE.search(title):
            return None
        text = text[:200]
    haystack = f"{title or ''}\n{text}".replace("\u2019", "'").replace("\u2018", "'")
    if not _DEAD_KEYWORDS.search(haystack.lower()):
        return None
    for pattern, reason in _DEAD_PAGES:
        if _stated(pattern, haystack):  # "Domain not configured yet? Read our guide" is help text
            return reason
    return None


# --- generic placeholder pages ----------------------------------------------------------------
# Any host's "nothing here" page, recognised by what it is rather than by whose it is: a few
# words, a title or heading that says the site is missing, suspended, not configured, a server's
# default page or not built yet, and no trace of the company.

_PLACEHOLDER_MAX_WORDS = 200
_PLACEHOLDER_ANYWHERE_WORDS = 80
_SITE_NOUN = r"(?:site|website|web\s*site|web\s*page|page|domain|app|application|project|store|shop|account|hosting)"
_MISSING = re.compile(
    r"\b" + _SITE_NOUN + r"\s+(?:is\s+|has\s+been\s+|was\s+)?(?:currently\s+|temporarily\s+)?"
    r"(?:not\s+found|unavailable|not\s+available|does\s*n[o']t\s+exist|not\s+configured|not\s+connected|"
    r"suspended|expired|disabled|deactivated|deleted|removed|inactive|not\s+(?:yet\s+)?set\s+up|offline|"
    r"taken\s+(?:down|offline)|no\s+longer\s+(?:active|online|live)|"
    r"can(?:not|'t|\s+not)\s+be\s+(?:displayed|found|reached))\b"
    r"|\b(?:suspended|deactivated|disabled|expired)\s+" + _SITE_NOUN + r"\b"
    r"|\bno\s+(?:web\s*)?site\s+(?:is\s+)?(?:configured|published|here|at\s+this\s+address)\b"
    r"|\bbandwidth\s+limit\s+exceeded\b|\bindex\s+of\s+/|^\s*it\s+works!?\s*$"
    r"|\bwelcome\s+to\s+(?:nginx|apache|openresty|caddy|iis|lighttpd|litespeed|tomcat|your\s+new\s+(?:site|website))\b"
    r"|\bdefault\s+(?:web\s*)?(?:site\s+|server\s+|index\s+)?page\b|\bcontact\s+your\s+(?:hosting|service)\s+provider\b"
    r"|\b(?:upload|publish)\s+your\s+(?:website|site|content|files)\b|\breplace\s+this\s+(?:page|file)\b"
    r"|\bpublic_html\b|\bhosting\s+account\s+is\s+(?:ready|active|set\s+up)\b"
    r"|\biis\s+windows\s+server\b|\binternet\s+information\s+services\b|\btest\s+page\s+for\s+the\b"
    r"|\bhttp\s+server\s+test\s+page\b|\bproper\s+operation\s+of\s+(?:an?|the)\s+(?:\w+\s+){0,2}(?:http|web)\s+server\b"
    # any web server's first page: "If you see this page, the WebServe web server is successfully installed and working"
    r"|\b(?:web|http)\s+server\s+is\s+(?:successfully\s+)?(?:installed|up\s+and\s+running|working)\b"
    r"|\bfurther\s+configuration\s+is\s+required\b"
    r"|\b(?:error\s+)?404\b[^\n]{0,20}\bnot\s+found\b|\bnot\s+found\s+on\s+this\s+server\b"
    # an error body or a fresh install served as the page
    r"|^\s*(?:50[0234]\s+)?(?:bad\s+gateway|service\s+(?:temporarily\s+)?unavailable|gateway\s+time-?out|"
    r"internal\s+server\s+error)\b|^\s*(?:403\s+)?forbidden\s*$"
    r"|\bwelcome\s+to\s+wordpress\b|\bjust\s+another\s+wordpress\s+site\b|\bthis\s+is\s+a\s+temporary\s+(?:landing\s+)?page\b"
    # a CMS waiting to be installed: "WordPress \u203a Installation", "five-minute WordPress installation process"
    r"|\bwordpress\s*(?:\u203a|>)\s*(?:installation|setup\s+configuration\s+file)\b|\bfive-minute\s+wordpress\s+installation\b"
    r"|\b(?:joomla!?|drupal|magento|prestashop|typo3)\s+(?:web\s+)?install(?:ation|er)\s+(?:wizard|process)\b"
    r"|\bsetup\s+configuration\s+file\b"
    # a host's "nothing here yet" in German, French, Spanish, Italian, Dutch, Portuguese, Polish: "Hier entsteht eine
    # neue Internetpr\u00e4senz", "Der Inhaber hat noch keine eigenen Inhalte hochgeladen", "Ce site n'est pas encore
    # configur\u00e9"
    r"|\bhier\s+entsteht\s+(?:eine\s+)?(?:neue\s+)?(?:internetpr\u00e4senz|webseite|website|homepage)\b"
    r"|\bnoch\s+keine\s+(?:eigenen\s+)?inhalte\b|\bdiese\s+domain\s+wurde\s+(?:soeben|gerade|erfolgreich)\b"
    r"|\bce\s+(?:site|domaine)\s+n'est\s+pas\s+(?:encore\s+)?(?:configur\u00e9|disponible)\b"
    r"|\b(?:este|el)\s+sitio\s+(?:web\s+)?no\s+(?:est\u00e1\s+disponible|existe)\b|\bsito\s+non\s+disponibile\b"
    r"|\b(?:account|sito|dominio)\s+(?:\u00e8\s+stato\s+)?sospeso\b|\bcuenta\s+(?:ha\s+sido\s+)?suspendida\b"
    r"|\b(?:konto|account|webseite)\s+(?:wurde\s+)?(?:gesperrt|deaktiviert)\b|\bcompte\s+(?:a\s+\u00e9t\u00e9\s+)?suspendu\b"
    r"|\bn'a\s+pas\s+encore\s+(?:publi\u00e9|mis\s+en\s+ligne)\b|\bhat\s+noch\s+keine\s+(?:website|webseite)\b"
    r"|\bnon\s+\u00e8\s+ancora\s+stato\s+pubblicato\b|\btodav\u00eda\s+no\s+ha\s+sido\s+publicado\b"
    r"|\bdeze\s+(?:website|site)\s+is\s+(?:niet\s+beschikbaar|opgeschort)\b|\bstrona\s+(?:jest\s+)?(?:niedost\u0119pna|zawieszona)\b",
    re.I | re.M,
)
# Not built yet: a placeholder only when the site was real before (a teaser kept is a relaunch).
_TEASER = re.compile(
    r"\b(?:coming\s+soon|launching\s+soon|opening\s+soon|under\s+construction|(?:new\s+)?(?:web)?site\s+is\s+on\s+its\s+way)\b"
    # ... and in the portfolio's other languages: "Sitio en construcci\u00f3n", "Site en construction", "Sito in costruzione",
    # "Website in aanbouw", "Site em constru\u00e7\u00e3o", "Strona w budowie", "Seite im Aufbau", "Demn\u00e4chst"
    r"|\b(?:sitio|p\u00e1gina|web)\s+en\s+construcci\u00f3n\b|\b(?:site|page)\s+en\s+(?:cours\s+de\s+)?construction\b"
    r"|\bsito\s+in\s+costruzione\b|\b(?:website|site)\s+in\s+aanbouw\b|\b(?:site|p\u00e1gina)\s+em\s+constru\u00e7\u00e3o\b"
    r"|\bstrona\s+w\s+budowie\b|\b(?:seite|webseite|website)\s+(?:ist\s+)?(?:im|in)\s+(?:aufbau|bau|arbeit)\b|\bdemn\u00e4chst\b"
    r"|\bpr\u00f3ximamente\b|\bbient\u00f4t\s+(?:en\s+ligne|disponible)\b|\bprossimamente\b|\bbinnenkort\s+(?:online|beschikbaar)\b",
    re.I,
)
_TEASER_MAX_WORDS = 120
# Literal words at least one of _MISSING/_TEASER needs (a cheap test before the costly patterns).
_PLACEHOLDER_WORDS = re.compile(
    r"found|unavailable|available|exist|configured|connected|suspended|expired|disabled|deactivated|deleted|"
    r"removed|inactive|set up|displayed|reached|no site|no web|bandwidth|index of|works|welcome to|default|"
    r"provider|upload your|publish your|replace this|public_html|hosting|iis|information services|test page|"
    r"proper operation|404|soon|construction|on its way|offline|taken|no longer|gateway|server error|forbidden|"
    r"server is|further configuration|"
    r"wordpress|temporary|install|setup|entsteht|inhalte|domain|configur|disponib|existe|sospeso|beschikbaar|opgeschort|"
    r"niedost|zawieszona|construcci|construction|costruzione|aanbouw|constru\u00e7|budowie|aufbau|im bau|demn\u00e4chst|"
    r"pr\u00f3ximamente|bient\u00f4t|prossimamente|binnenkort|suspendid|suspendu|gesperrt|deaktiviert|pas encore|noch keine|ancora|todav\u00eda"
)
_DOMAIN_TOKEN = re.compile(r"\b[\w-]+(?:\.[\w-]+)+\b")


def _fold_quotes(text: str) -> str:
    return text.replace("\u2019", "'").replace("\u2018", "'") if "\u2019" in text or "\u2018" in text else text


def _stated(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """A match that is stated, not asked ("Site not found? Check the URL" is help text)."""
    for match in pattern.finditer(text):
        rest = re.match(r"[^.!?\n]*", text[match.end():]).group()
        if not text[match.end() + len(rest):].startswith("?"):
            return match
    return None


@dataclass(frozen=True)
class Placeholder:
    """A served page that is a host's or a server's placeholder: why, and whether it only says
    the site is not built yet (``teaser``), which flags only where a real site was before."""

    reason: str
    teaser: bool


def detect_placeholder_page(
    title: str, text: str, company: str | None = None, *, words: int | None = None
) -> Placeholder | None:
    """A short page that says the site is missing, suspended, unconfigured, a server default or
    coming soon, and shows no trace of the company (its name outside of domain names)."""
    text = text or ""
    words = count_words(text) if words is None else words
    if words > _PLACEHOLDER_MAX_WORDS:
        # a server's long default or test page says what it is in its title; read the head only
        if words > _DEAD_LONG_MAX_WORDS or not title or not _DEAD_TITLE.search(title):
            return None
        text = text[:300]
    # what the page says it is: its title and first lines (a host's page may add a paragraph of
    # sales copy below; on a very short page any line will do)
    first_lines = [line[:100] for line in text[:400].split("\n") if line.strip()][:2]
    head = _fold_quotes("\n".join([title or "", *first_lines]))
    haystack = _fold_quotes(f"{title or ''}\n{text}") if words <= _PLACEHOLDER_ANYWHERE_WORDS else ""
    scope = haystack or head
    if not _PLACEHOLDER_WORDS.search(scope.lower()):
        return None  # nearly every page: none of the words a placeholder says
    missing = _stated(_MISSING, scope)
    # "coming soon" must be the page's message, not a line about a feature
    teaser = None if missing or words > _TEASER_MAX_WORDS else _stated(_TEASER, head)
    if not missing and not teaser:
        return None
    name = company_name(company) if company else None
    if name and name.matches(_DOMAIN_TOKEN.sub(" ", haystack or _fold_quotes(f"{title or ''}\n{text}"))):
        return None  # the company's own notice ("Acme is getting a new look") is not a host's page
    found = missing or teaser
    quote = _around(scope, found.group().strip() or found.group(), 80)
    if missing:
        return Placeholder(f"a placeholder page (\u201c{quote}\u201d)", teaser=False)
    return Placeholder(f"a \u2018coming soon\u2019 placeholder (\u201c{quote}\u201d)", teaser=True)
