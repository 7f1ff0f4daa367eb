"""Scrapy settings for valuation_spiders.

Secrets (AIRTABLE_API_KEY, passwords in DATABASE_URL) are read from the environment where they are
used and never become settings, so Scrapy's settings dump and Scrapyd's job listings cannot show
them. Everything here can be overridden with ``-s NAME=value``.
"""

from valuation_spiders.items import EXPORTED_FIELDS

BOT_NAME = "valuation_spiders"
SPIDER_MODULES = ["valuation_spiders.spiders"]
NEWSPIDER_MODULE = "valuation_spiders.spiders"
COMMANDS_MODULE = "valuation_spiders.commands"

# --- Source fields (Airtable or CSV/JSON export) ----------------------------------------------
AIRTABLE_NAME_FIELD = "Name"
AIRTABLE_URL_FIELDS = ["Website", "URLs"]
AIRTABLE_RENDER_FIELD = None  # optional checkbox column that forces the browser for a company
AIRTABLE_RETRY_SECONDS = 75  # keep retrying Airtable's 429/5xx this long (its rate-limit penalty is 30 s)
# Write flagged signal kinds back to this Airtable field (None: off), e.g. "Valuation Flags".
AIRTABLE_FLAGS_FIELD = None

# --- Being a good citizen on real sites ---------------------------------------------------------
USER_AGENT = "valuation_spiders/1.0 (portfolio website monitor; +https://github.com/valuation-spiders)"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 64
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_IDLE_CONNECTION_TIMEOUT = 5.0  # seconds a keep-alive connection may stay idle (Twisted: 240)
# HTTP client of plain (not rendered) fetches: "aiohttp" (Scrapy 2.19's aiohttp handler with the
# crawl's resolver guard; less CPU per page) or "twisted" (Scrapy's HTTP/1.1 handler).
DOWNLOAD_CLIENT = "aiohttp"
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
DOWNLOAD_FAIL_ON_DATALOSS = True
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
RETRY_AFTER_MAX = 60  # seconds: a longer Retry-After is not waited for (the 429/503 is recorded)
REDIRECT_MAX_TIMES = 10
HTTPERROR_ALLOW_ALL = True  # every status is a snapshot (404, 410, 500 all matter)
COOKIES_ENABLED = True
DNSCACHE_ENABLED = True
DNS_TIMEOUT = 20
REACTOR_THREADPOOL_MAXSIZE = 20
# Items processed at once *per response*. A response here yields exactly one item, and Scrapy
# starts this many worker tasks for every response whatever it yields: 64 cost ~12 % of the
# crawl process's CPU for nothing. Items of different responses still run concurrently.
CONCURRENT_ITEMS = 1
# Worker processes that extract text and detect signals (0: in the crawl process; "auto": one per
# core but the crawl's own, at least one). On two cores that is one: the reactor and the
# database writes keep the first core.
ANALYSIS_PROCESSES = "auto"
# Items the snapshot pipeline works on at once (read, analysis, write); more wait their turn.
SNAPSHOT_PIPELINE_CONCURRENCY = 32
# Scrapy's default DownloaderAwarePriorityQueue scans every host's queue on each pop: with
# thousands of portfolio hosts that scan, not the network, becomes the limit.
SCHEDULER_PRIORITY_QUEUE = "scrapy.pqueues.ScrapyPriorityQueue"
REFERER_ENABLED = False  # a monitor has no referer to send, and it costs a policy lookup per request
# Send If-None-Match / If-Modified-Since from the last snapshot: an unchanged page answers 304.
CONDITIONAL_REQUESTS = True

# --- Safety ----------------------------------------------------------------------------------------
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
# URLs that resolve to loopback/private/link-local/reserved addresses are refused unless this is on.
ALLOW_PRIVATE_NETWORKS = False
# Pin host names to addresses, like curl --resolve: {"acme.example": "127.0.0.1", "*": "127.0.0.1"}.
RESOLVE_OVERRIDES: dict[str, str] = {}
TWISTED_DNS_RESOLVER = "valuation_spiders.network.resolver.GuardedResolver"

DOWNLOADER_MIDDLEWARES = {
    "valuation_spiders.middlewares.ssrf.SSRFGuardMiddleware": 50,
    # robots.txt per scheme too: the http fallback of a URL written without a scheme obeys http's
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "valuation_spiders.middlewares.robotstxt.RobotsTxtMiddleware": 100,
    # Scrapy's retries, plus Retry-After on 429/503 and no retry of a URL the guard refused
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "valuation_spiders.middlewares.retry.RetryMiddleware": 550,
    # below Retry/Redirect/Compression: sees the final, decoded plain response
    "valuation_spiders.middlewares.render.RenderMiddleware": 540,
    # Scrapy's defaults this crawl has no use for, off so no request pays for them: the spider
    # sets no allowed_domains (Offsite lets everything through) and no http_user/http_pass.
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    "scrapy.downloadermiddlewares.httpauth.HttpAuthMiddleware": None,
    # byte and status counters of every request and response (downloader/*): each snapshot
    # stores its status, and the valuation/* stats count what the run did
    "scrapy.downloadermiddlewares.stats.DownloaderStats": None,
}
SPIDER_MIDDLEWARES = {
    # The spider yields items, never follow-up requests: nothing for depth limits or meta-copy
    # warnings to look at. UrlLength would drop a company URL over 2,083 characters without an
    # item, which breaks "one item per URL": such a URL is fetched like any other.
    "scrapy.spidermiddlewares.depth.DepthMiddleware": None,
    "scrapy.spidermiddlewares.urllength.UrlLengthMiddleware": None,
    "scrapy.spidermiddlewares.metacopy.MetaCopyDetectionMiddleware": None,
}
DUPEFILTER_CLASS = "valuation_spiders.dupefilter.CompanyURLDupeFilter"

ITEM_PIPELINES = {
    "valuation_spiders.pipelines.snapshots.SnapshotPipeline": 300,
}
EXTENSIONS = {
    "valuation_spiders.extensions.log_hygiene.LogHygiene": 0,
    "valuation_spiders.extensions.runs.RunRecorder": 500,
    "valuation_spiders.extensions.progress.Progress": 510,
    "valuation_spiders.extensions.airtable_flags.AirtableFlagsWriter": 520,
    "valuation_spiders.extensions.alerts.AlertSender": 530,  # on when VALUATION_ALERT_URLS is set
}

# --- Rendering (scrapy-playwright) ---------------------------------------------------------------
RENDER_MODE = "auto"  # auto | never | always; the render= spider argument overrides it
# Chromium to launch; None: Playwright's downloaded Chromium, else the system's (apt-get install chromium)
BROWSER_EXECUTABLE_PATH = None
RENDER_SCREENSHOTS = False  # PNG of each rendered homepage, stored with its snapshot
RENDER_PAGE_TIMEOUT = 45.0  # seconds a page may take in the browser, all included; then the plain fetch
RENDER_SETTLE_TIMEOUT = 2.0  # after `load`, wait up to this for the network to go quiet (0: don't)
RENDER_ABORT_RESOURCE_TYPES = ["image", "media", "font"]  # never downloaded by the browser
# One handler serves plain and browser requests; only requests the render middleware marks use Chromium.
DOWNLOAD_HANDLERS = {
    "http": "valuation_spiders.rendering.handler.BrowserDownloadHandler",
    "https": "valuation_spiders.rendering.handler.BrowserDownloadHandler",
}
PLAYWRIGHT_BROWSER_TYPE = "chromium"  # the only one supported: the launch flags are Chromium's
PLAYWRIGHT_LAUNCH_OPTIONS = {"headless": True}  # executable and flags are added by the handler
RENDER_PAGES_PER_CONTEXT = 100  # then a fresh browser context (cookies, site storage) replaces it
PLAYWRIGHT_MAX_CONTEXTS = 2  # the current context and the one being retired
PLAYWRIGHT_MAX_PAGES_PER_CONTEXT = 4  # pages open at once, in all contexts: bounds Chromium's memory
PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT = 20_000  # ms
PLAYWRIGHT_DOWNLOAD_TIMEOUT = 10_000  # ms; also how long an aborted navigation is waited on

# --- Progress and runs ---------------------------------------------------------------------------
PROGRESS = "auto"  # auto (bar on a terminal, log lines otherwise) | bar | log | off
RUN_HEARTBEAT_INTERVAL = 30.0

# --- Crawl health (health.py): each failed check is an ERROR line, stored on the run, in the
# report, in `scrapy runs` and in the alert ----------------------------------------------------------
HEALTH_MAX_FAILED_URL_SHARE = 0.20  # more than this share of the run's URLs could not be fetched
HEALTH_MIN_ITEMS = 1  # fewer URLs stored than this: the run crawled (next to) nothing
# the sync dropped more than this share of the known companies (absent from the source) or of the
# companies' active URLs (deactivated): a wrong Airtable view or table, a truncated export
HEALTH_MAX_REMOVED_SHARE = 0.20
HEALTH_MAX_DURATION_RATIO = 3.0  # took more than this many times the last run with the same arguments
HEALTH_MIN_DURATION_SECONDS = 60  # a run shorter than this is never called slow

# --- Alerts (targets: VALUATION_ALERT_URLS in the environment, Apprise URLs) ---------------------------
ALERT_TIMEOUT = 60  # seconds all targets together may take; a slower one is reported as failed
ALERT_MAX_COMPANIES = 50  # companies listed in one message; the rest are counted (scrapy flags has all)

# --- Feeds -----------------------------------------------------------------------------------------
FEED_EXPORT_FIELDS = EXPORTED_FIELDS  # no raw HTML or page text in -O feeds
FEED_EXPORT_ENCODING = "utf-8"
FEED_EXPORTERS = {"csv": "valuation_spiders.exporters.JsonCellCsvItemExporter"}

LOG_LEVEL = "INFO"
