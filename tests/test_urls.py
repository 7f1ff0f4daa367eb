import pytest

from valuation_spiders.urls import (
    InvalidURL,
    fetch_plan,
    normalise_url,
    parse_url_cells,
    read_url,
    split_cell,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("acme.com", "https://acme.com/"),
        ("HTTP://WWW.Acme.COM:80/", "http://www.acme.com/"),
        ("https://acme.com:443/blog/", "https://acme.com/blog"),
        ("https://acme.com/blog#latest", "https://acme.com/blog"),
        ("acme.com:8080/path", "https://acme.com:8080/path"),
        ("//acme.com/x", "https://acme.com/x"),
        ("<https://acme.com/careers>", "https://acme.com/careers"),
        ("https://bücher.de/", "https://xn--bcher-kva.de/"),
        ("https://acme.com/a%20b?q=1", "https://acme.com/a%20b?q=1"),
        ("http://127.0.0.1:8000/", "http://127.0.0.1:8000/"),
        ("acme.com.", "https://acme.com/"),
    ],
)
def test_normalise(raw, expected):
    assert normalise_url(raw) == expected


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("mailto:founders@acme.com", "unsupported_scheme"),
        ("javascript:void(0)", "unsupported_scheme"),
        ("ftp://acme.com/file", "unsupported_scheme"),
        ("TBD", "not_a_url"),
        ("n/a", "not_a_url"),
        ("https://user:pw@acme.com/", "credentials_in_url"),
        ("https://acme.com:99999/", "bad_port"),
        ("https://acme..com/", "bad_host"),
        ("https://-acme.com/", "bad_host"),
        ("x" * 3000 + ".com", "too_long"),
    ],
)
def test_junk_is_rejected_with_a_reason(raw, reason):
    with pytest.raises(InvalidURL) as info:
        normalise_url(raw)
    assert info.value.reason == reason


def test_cells_split_on_every_separator_and_drop_duplicates():
    cells = [
        "acme.com",
        "https://acme.com/blog\nhttps://acme.com/careers, acme.com/pricing; https://ACME.com/ | mailto:x@acme.com TBD",
    ]
    parsed = parse_url_cells(cells)
    assert parsed.urls == [
        "https://acme.com/",
        "https://acme.com/blog",
        "https://acme.com/careers",
        "https://acme.com/pricing",
    ]
    assert dict(parsed.rejected_reasons) == {"unsupported_scheme": 1, "not_a_url": 1}


def test_empty_cells():
    assert parse_url_cells(["", "   ", "\n"]).urls == []
    assert split_cell("") == []


# --- URLs written without a scheme: https first, then http once (issue 12) -------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("acme.com/", ("https://acme.com/", False)),
        ("www.acme.com/blog/", ("https://www.acme.com/blog", False)),
        ("acme.com:8080/path", ("https://acme.com:8080/path", False)),
        ("//acme.com/x", ("https://acme.com/x", False)),
        ("https://acme.com/", ("https://acme.com/", True)),
        ("HTTP://acme.com", ("http://acme.com/", True)),
        ("http://127.0.0.1:8000/", ("http://127.0.0.1:8000/", True)),
    ],
)
def test_read_url_says_whether_the_scheme_was_written(raw, expected):
    assert read_url(raw) == expected
    assert normalise_url(raw) == expected[0]  # the stored form is the same either way


def test_cells_remember_urls_written_without_a_scheme():
    parsed = parse_url_cells(["acme.com", "acme.com/blog https://acme.com/careers http://old.acme.com"])
    assert parsed.urls == [
        "https://acme.com/", "https://acme.com/blog", "https://acme.com/careers", "http://old.acme.com/",
    ]
    assert parsed.without_scheme == {"https://acme.com/", "https://acme.com/blog"}


def test_a_url_written_with_its_scheme_anywhere_is_fetched_as_written():
    parsed = parse_url_cells(["acme.com", "https://acme.com/"])
    assert parsed.urls == ["https://acme.com/"] and parsed.without_scheme == set()


@pytest.mark.parametrize(
    ("url", "scheme_given", "working", "plan"),
    [
        ("https://acme.com/", True, None, ("https://acme.com/", None)),
        ("http://acme.com/", True, None, ("http://acme.com/", None)),
        ("https://acme.com/", True, "http", ("https://acme.com/", None)),  # written: as written
        ("https://acme.com/", False, None, ("https://acme.com/", "http://acme.com/")),
        ("https://acme.com/a?b=1", False, "https", ("https://acme.com/a?b=1", "http://acme.com/a?b=1")),
        ("https://acme.com/", False, "http", ("http://acme.com/", "https://acme.com/")),
        ("https://acme.com:8080/", False, None, ("https://acme.com:8080/", "http://acme.com:8080/")),
        ("https://acme.com:80/", False, None, ("https://acme.com:80/", "http://acme.com/")),
        ("https://acme.com/", False, "gopher", ("https://acme.com/", "http://acme.com/")),
    ],
)
def test_fetch_plan(url, scheme_given, working, plan):
    assert fetch_plan(url, scheme_given, working) == plan
