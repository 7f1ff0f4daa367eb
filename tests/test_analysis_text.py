"""HTML -> visible text: what a person reads, one block per line, never an exception."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from valuation_spiders.analysis.text import PageText, decode_html, extract_text, looks_like_app_shell

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>  Acme Robotics \u2014
 Warehouse automation </title>
<style>body { color: red } .hidden { display: none }</style>
<script>window.__STATE__ = {"secret": "script text"};</script>
<script src="/static/app.3f9a2b1c.js?v=123"></script>
</head><body>
<a class="skip-link" href="#main">Skip to content</a>
<header><a class="logo" href="/">Acme</a>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/blog">Blog</a></li></ul></nav>
  <ul class="menu"><li><a href="/pricing">Pricing</a></li><li><a href="/careers">Careers</a></li></ul>
</header>
<main id="main">
  <h1>Robots that <em>pick</em> and pack</h1>
  <p>Acme Robotics <strong>raises</strong> <a href="/blog/series-b">$32M Series B</a> led by Northstar.</p>
  <ul><li>Fast</li><li>Safe <span>and</span> reliable</li></ul>
  <table><tr><td>Picks per hour</td><td>1,200</td></tr></table>
  <div hidden>hidden attribute text</div>
  <div style="display: none">inline hidden text</div>
  <span aria-hidden="true">decorative star</span>
  <input type="hidden" name="csrf" value="tok3n">
  <template><p>template text</p></template>
  <noscript>Please enable JavaScript</noscript>
  <svg><text>svg label</text></svg>
  <!-- a comment -->
  <p>Trusted by 1,649 customers</p>
</main>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience. <button>Accept</button></div>
<footer>
  <ul><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li></ul>
  <p>\u00a9 2024 Acme Robotics Inc. All rights reserved.</p>
</footer>
</body></html>"""


def test_visible_text_is_one_block_per_line_without_scripts_styles_or_hidden_things():
    page = extract_text(PAGE)
    assert page.title == "Acme Robotics \u2014 Warehouse automation"
    lines = page.text.split("\n")
    assert "Robots that pick and pack" in lines
    assert "Acme Robotics raises $32M Series B led by Northstar." in lines  # inline tags keep the sentence whole
    assert "Fast" in lines and "Safe and reliable" in lines
    assert "Picks per hour" in lines and "Trusted by 1,649 customers" in lines
    assert "\u00a9 2024 Acme Robotics Inc. All rights reserved." in lines
    for invisible in ("script text", "color: red", "hidden attribute text", "inline hidden text", "decorative star",
                      "tok3n", "template text", "Please enable JavaScript", "svg label", "a comment"):
        assert invisible not in page.text


def test_navigation_menus_skip_links_and_cookie_banners_are_boilerplate():
    text = extract_text(PAGE).text
    for boilerplate in ("Home", "Blog", "Pricing", "Careers", "Skip to content", "Privacy", "Terms",
                        "We use cookies", "Accept"):
        assert boilerplate not in text.split("\n"), boilerplate


def test_hints_carry_script_sources_for_the_parking_detector():
    assert "/static/app.3f9a2b1c.js?v=123" in extract_text(PAGE).hints


def test_a_content_list_of_links_in_main_is_kept():
    html = ("<body><main><h2>Latest news</h2><ul><li><a href='/a'>Acme raises $5M</a></li>"
            "<li><a href='/b'>Acme opens Berlin office</a></li></ul></main></body>")
    assert extract_text(html).text.split("\n") == ["Latest news", "Acme raises $5M", "Acme opens Berlin office"]


def test_a_big_element_that_mentions_cookies_in_its_class_is_not_removed_as_a_banner():
    essay = "We bake cookies every morning with butter from local farms. " * 40
    html = f"<body><main class='cookie-shop'><h1>Bakery</h1><p>{essay}</p></main></body>"
    assert "We bake cookies every morning" in extract_text(html).text


def test_bytes_are_decoded_with_the_declared_charset_or_the_given_encoding():
    cyrillic = '<html><head><meta charset="windows-1251"><title>Привет</title></head><body><p>Мир</p></body></html>'
    assert extract_text(cyrillic.encode("windows-1251")) == PageText(title="Привет", text="Мир", hints="")
    latin = "<html><body><p>Caf\u00e9 cr\u00e8me</p></body></html>".encode("latin-1")
    assert extract_text(latin, encoding="latin-1").text == "Caf\u00e9 cr\u00e8me"
    assert extract_text("<p>caf\u00e9</p>".encode()).text == "caf\u00e9"


def test_undecodable_or_empty_input_gives_empty_text_not_an_exception():
    assert extract_text(b"") == PageText(title="", text="")
    assert extract_text("") == PageText(title="", text="")
    assert extract_text(None) == PageText(title="", text="")  # type: ignore[arg-type]
    assert extract_text(b"\xff\xfe\x00<<<>>>\x00\x00", encoding="no-such-codec").title == ""
    assert decode_html(b"\x81\x82 ok") .endswith(" ok")


def test_line_breaks_in_the_source_do_not_split_a_paragraph():
    html = "<body><p>Acme Robotics has\n    been acquired\r\n by Globex.</p>\n<ul>\n  <li>One</li>\n  <li>Two</li>\n</ul></body>"
    assert extract_text(html).text.split("\n") == ["Acme Robotics has been acquired by Globex.", "One", "Two"]


def test_comments_do_not_split_a_sentence():
    assert extract_text("<p>Acme has<!-- x --> been acquired.</p>").text == "Acme has been acquired."


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(max_size=3000), st.binary(max_size=3000)))
def test_extract_text_never_raises(html):
    page = extract_text(html)
    assert isinstance(page.title, str) and isinstance(page.text, str)
    assert "\n\n" not in page.text


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(["<div>", "</div>", "<p>", "<a href=x>", "</a>", "<script>", "</script>",
                                 "<nav>", "</nav>", "<!--", "-->", "<b>", "text ", "\x00", "&amp;", "<svg>"]),
                max_size=60))
def test_extract_text_never_raises_on_broken_markup(parts):
    assert isinstance(extract_text("".join(parts)).text, str)


# --- app shells ------------------------------------------------------------------------------

SHELL = """<!DOCTYPE html><html><head><title>Dashboards</title>
<script src="/static/js/runtime.8f3a2c1.js"></script><script src="/static/js/vendor.8f3a2c1.js"></script>
</head><body><noscript>You need to enable JavaScript to run this app.</noscript><div id="root"></div>
<script src="/static/js/main.8f3a2c1.js"></script></body></html>"""


def test_an_empty_mount_node_and_a_javascript_noscript_are_an_app_shell():
    is_shell, reason = looks_like_app_shell(SHELL, extract_text(SHELL))
    assert is_shell
    assert "#root" in reason and "JavaScript" in reason


def test_a_nextjs_shell_without_server_rendering_is_an_app_shell():
    html = '<html><body><div id="__next"></div><script src="/_next/a.js"></script></body></html>'
    assert looks_like_app_shell(html, extract_text(html))[0]


def test_normal_pages_are_not_app_shells():
    assert looks_like_app_shell(PAGE, extract_text(PAGE)) == (False, "")
    short = "<html><head><title>Coming soon</title></head><body><h1>Coming soon</h1><p>Sign up for news.</p></body></html>"
    assert looks_like_app_shell(short, extract_text(short)) == (False, "")
    rendered = ('<html><body><div id="__next"><h1>Acme</h1><p>' + "Real server-rendered text. " * 40
                + '</p></div><script src="/a.js"></script></body></html>')
    assert looks_like_app_shell(rendered, extract_text(rendered)) == (False, "")


def test_app_shell_check_never_raises():
    assert looks_like_app_shell(b"\xff\x00", PageText("", "")) == (False, "")
