"""A small example portfolio in two states (before and after) for ``scrapy demo``.

Eight companies: a funding round, an acquisition, a shutdown, a parked domain, a dead site, a
redirect to another company, and two healthy ones (one steady, one whose dates and counters move).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from valuation_spiders.demo.sitefarm import SiteFarm

NAV = '<nav><a href="/">Home</a> <a href="/blog">Blog</a> <a href="/careers">Careers</a></nav>'


def page(name: str, title: str, *paragraphs: str, footer_year: int = 2025) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!doctype html><html><head><meta charset=utf-8><title>{title} | {name}</title>"
        f"<script>window.analytics=[];</script></head><body>{NAV}<main><h1>{title}</h1>{body}</main>"
        f"<footer>&copy; {footer_year} {name}. All rights reserved.</footer></body></html>"
    )


@dataclass
class DemoCompany:
    name: str
    host: str
    before: dict[str, str]
    after: dict[str, str] = field(default_factory=dict)
    after_redirect: str | None = None  # absolute URL every path redirects to
    after_dead: bool = False
    expected: tuple[str, ...] = ()


def companies() -> list[DemoCompany]:
    steady_home = page("Northwind Analytics", "Analytics for supply chains",
                       "Northwind Analytics helps retailers forecast demand across 40 markets.")
    return [
        DemoCompany(
            "Northwind Analytics", "northwind-analytics.com",
            before={"/": steady_home, "/blog": page("Northwind Analytics", "Blog", "How we model seasonality.")},
            after={"/": steady_home, "/blog": page("Northwind Analytics", "Blog", "How we model seasonality.")},
        ),
        DemoCompany(
            "Tailspin Robotics", "tailspin-robotics.com",
            before={"/": page("Tailspin Robotics", "Warehouse robots", "Trusted by 1,204 warehouses.",
                              "Last updated March 3, 2026.", footer_year=2025)},
            after={"/": page("Tailspin Robotics", "Warehouse robots", "Trusted by 1,649 warehouses.",
                             "Last updated November 28, 2026.", footer_year=2026)},
        ),
        DemoCompany(
            "Fabrikam Health", "fabrikam-health.com",
            before={"/": page("Fabrikam Health", "Care coordination", "Fabrikam Health connects clinics and patients."),
                    "/blog": page("Fabrikam Health", "News", "Meet our new clinical advisory board.")},
            after={"/": page("Fabrikam Health", "Care coordination", "Fabrikam Health connects clinics and patients."),
                   "/blog": page("Fabrikam Health", "News",
                                 "Fabrikam Health raises $42 million Series B led by Contoso Ventures to expand into Europe.",
                                 "Meet our new clinical advisory board.")},
            expected=("funding",),
        ),
        DemoCompany(
            "Contoso Ledger", "contoso-ledger.com",
            before={"/": page("Contoso Ledger", "Accounting for startups", "Close your books in a day.")},
            after={"/": page("Contoso Ledger", "Accounting for startups",
                             "Contoso Ledger has been acquired by Globex Financial. We are excited for the next chapter.",
                             "Close your books in a day.")},
            expected=("acquisition",),
        ),
        DemoCompany(
            "Wingtip Travel", "wingtip-travel.com",
            before={"/": page("Wingtip Travel", "Corporate travel, simplified", "Book flights and hotels in one place.")},
            after={"/": page("Wingtip Travel", "An update from our founders",
                             "After six years, Wingtip Travel is shutting down. The service will cease operations on January 31, 2027.",
                             "Thank you to every customer who travelled with us.")},
            expected=("shutdown",),
        ),
        DemoCompany(
            "Litware Labs", "litware-labs.com",
            before={"/": page("Litware Labs", "Developer tools", "Ship faster with Litware.")},
            after={"/": "<!doctype html><html><head><title>litware-labs.com is for sale</title></head><body>"
                        "<h1>litware-labs.com</h1><p>This domain is for sale! Buy this domain today.</p>"
                        "<p>Related searches: Developer Tools, Cloud Hosting, Online Courses</p></body></html>"},
            expected=("parked_domain",),
        ),
        DemoCompany(
            "Adatum Energy", "adatum-energy.com",
            before={"/": page("Adatum Energy", "Solar for small business", "Install panels with no upfront cost.")},
            after_dead=True,
            expected=("site_down",),
        ),
        DemoCompany(
            "Proseware Mobile", "proseware-mobile.com",
            before={"/": page("Proseware Mobile", "Mobile banking apps", "White-label apps for credit unions.")},
            after_redirect="http://bigbank-group.com:{port}/digital",
            after={"bigbank-group.com/digital": page("BigBank Group", "Digital banking",
                                                    "Proseware Mobile is now part of BigBank Group.")},
            expected=("domain_redirect", "acquisition"),
        ),
    ]


def serve_state(farm: SiteFarm, state: str) -> dict[str, str]:
    """Put the portfolio's ``before`` or ``after`` state on the farm. Returns the host overrides
    the crawl needs (dead sites resolve to an address nothing listens on)."""
    farm.clear()
    overrides: dict[str, str] = {"*": "127.0.0.1"}
    for company in companies():
        if state == "before" or (not company.after_dead and not company.after_redirect):
            for path, html in (company.before if state == "before" else company.after).items():
                farm.page(company.host, path, html)
            continue
        if company.after_dead:
            overrides[company.host] = "127.0.0.2"
            continue
        for path in company.before:
            farm.redirect(company.host, path, company.after_redirect or "")
        for key, html in company.after.items():
            host, _, path = key.partition("/")
            farm.page(host, "/" + path, html)
    return overrides


def portfolio_csv(farm: SiteFarm) -> str:
    lines = ["Name,Website,URLs"]
    for company in companies():
        paths = list(company.before)
        others = "\n".join(farm.url(company.host, p) for p in paths[1:])
        lines.append(f'{company.name},{farm.url(company.host, paths[0])},"{others}"')
    return "\n".join(lines) + "\n"
