import pytest

from valuation_spiders.urls import InvalidURL, normalise_url, parse_url_cells, split_cell


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
