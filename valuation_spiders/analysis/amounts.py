"""Amounts of money as the world writes them, shared by the rules (``text_signals.py``) and the
sentence model's features (``learned.py``).

An amount is a number with a currency before or after it: a symbol ("$4.5m", "₦1.2 billion",
"1.8M€", "18 mln zł"), an ISO code ("KES 450 million", "38 million SEK"), a local prefix ("KSh 650
million", "R$ 25 million", "Rs 40 crore", "R90 million") or a currency's name ("5 billion won",
"2 million of euros", "4.5 million dollars"). A count with a scale and no currency ("5 million users")
is not money.

Pure code: regular-expression source strings, to be embedded in larger patterns, and what an amount comes to.
"""

from __future__ import annotations

import re

__all__ = ["AMOUNT", "CURRENCY_SIGNS", "MONEY", "NUMBER_WORD", "ROUND_SIZED", "SCALE", "amount_value"]

# Unicode's currency signs (category Sc) as the texts use them: $ ¢ £ ¤ ¥, the ₠ to ₿ block (€ ₹ ₦ ₩ ₪ ₫ ₱ ₺ ₽ ₴ ₵ …),
# ฿ ֏ ৳ ﷼ and the full-width forms
CURRENCY_SIGNS = ("$\u00a2\u00a3\u00a4\u00a5\u058f\u060b\u09f2\u09f3\u0e3f\u17db" + "".join(map(chr, range(0x20A0, 0x20C1)))
                  + "\ufdfc\ufe69\uff04\uffe0\uffe1\uffe5\uffe6")
_SIGN = "[" + re.escape(CURRENCY_SIGNS) + "]"
AMOUNT = r"\d[\d,]*(?:\.\d+)?"
SCALE = (r"(?:k|m|mm|mn|mln|mio|b|bn|bln|mld|mrd|tn|million|billion|trillion|thousand|mil|millions|billions|crores?|lakhs?|"
         r"lacs?|cr)")
# ISO 4217 codes, upper case only (so "the 5 million users" is not money), and local prefixes
_ISO = (r"(?-i:\b(?:USD|EUR|GBP|CHF|CAD|AUD|NZD|SEK|NOK|DKK|ISK|PLN|CZK|HUF|RON|BGN|TRY|UAH|INR|PKR|BDT|LKR|"
        r"NPR|JPY|CNY|RMB|HKD|SGD|MYR|IDR|THB|VND|KRW|TWD|ILS|AED|SAR|QAR|EGP|NGN|KES|GHS|ZAR|UGX|TZS|RWF|"
        r"MAD|BRL|MXN|ARS|CLP|COP|PEN|PHP|KZT|ETB|XOF|XAF|TND|JOD|KWD|BHD|OMR)\b)")
_PREFIX = (r"(?:" + _ISO + r"\s?(?:" + _SIGN + r"\s?)?|(?-i:\b[A-Z]{1,3})\$\s?|(?-i:\b(?:Rs|KSh|Ksh|Kshs|Tk|Rp|RM))\.?\s?"
           r"|" + _SIGN + r"\s?)")
# the currency's name after the amount ("5 billion won", "2 million of euros")
_NAMES = (r"(?:dollars|euros?|pounds|sterling|francs|kronor|krona|kroner|kronur|rupees|yen|yuan|renminbi|won|naira|"
          r"shillings|rand|reais|reals|pesos|zlotys?|zloty|złotych|zł|lira|liras|dirhams?|riyals?|ringgit|baht|dong|"
          r"rupiah|forint|lei|hryvnias?|cedis?|taka|soles|usd|eur|gbp|chf)")
# a count in words: "eleven roles", "forty staff"
# (a count of tens and ones written with a hyphen or a space is one number: "Fifty-five colleagues", "twenty two staff")
NUMBER_WORD = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s](?:one|two|three|four|five|six|seven|eight|nine)\b|"
               r"thirteen|fourteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|"
               r"seventy|eighty|ninety)")
_WORD_NUM = r"(?:" + NUMBER_WORD + r"|a\s+hundred|hundred)"
MONEY = (
    _PREFIX + AMOUNT + r"(?:\s?" + SCALE + r"\b)?"
    # "R90 million": the rand's "R" only with a scale, so "R2" or "R&D" are not money
    + r"|(?-i:\bR)\s?" + AMOUNT + r"\s?(?:million|billion|bn|m)\b"
    # the currency after: "1.8M€", "4,5 M€", "18 mln zł", "38 million SEK", "2 million of euros"
    + r"|\b" + AMOUNT + r"\s?(?:" + SCALE + r"\s?)?" + _SIGN
    + r"|\b" + AMOUNT + r"\s?" + SCALE + r"\s+(?:of\s+)?(?:US\s+|Hong\s+Kong\s+|Singapore\s+|Australian\s+|Canadian\s+|"
    r"New\s+Zealand\s+|Swiss\s+|Swedish\s+|Norwegian\s+|Danish\s+|Icelandic\s+|Japanese\s+|Korean\s+|Indian\s+|"
    r"Nigerian\s+|Kenyan\s+|South\s+African\s+|Brazilian\s+|Mexican\s+|Polish\s+)?(?:" + _NAMES + r"\b|" + _ISO + r")"
    + r"|\b" + _WORD_NUM + r"\s+(?:million|billion)\s+(?:" + _NAMES + r")\b"
    + r"|\b" + AMOUNT + r"\s?(?:dollars|euros?|pounds)\b"
)


# the least a round of funding is made of: "$12", "$4.99", "\u00a318/m" are prices, "up to $5k" a grant
ROUND_SIZED = 10_000
_MULTIPLIERS = {"k": 1e3, "thousand": 1e3, "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5, "crore": 1e7, "crores": 1e7,
                "cr": 1e7, "b": 1e9, "bn": 1e9, "bln": 1e9, "mld": 1e9, "mrd": 1e9, "billion": 1e9, "billions": 1e9,
                "tn": 1e12, "trillion": 1e12}  # (the other scales are millions: m, mm, mn, mln, mio, mil, million)
_SCALE_AFTER = re.compile(r"(?<=\d)\s?(" + SCALE + r")\b", re.I)
_NUMBER = re.compile(AMOUNT)


def amount_value(money: str) -> float:
    """What an amount comes to in its currency's units: its number times its scale ("$7.5M" 7,500,000, "\u20b925 crore"
    250,000,000); without a scale, every separator read as a thousands mark but a lone decimal point ("\u20ac1.500.000"
    1,500,000, "$2,500,000" 2,500,000, "$12.50" 12)."""
    scale = _SCALE_AFTER.search(money)
    if scale:
        number = _NUMBER.search(money)
        return float(number.group().replace(",", "")) * _MULTIPLIERS.get(scale.group(1).lower(), 1e6) if number else 0.0
    whole = money.split(".")[0] if money.count(".") == 1 and "," not in money else money
    digits = re.sub(r"\D", "", whole)
    return float(digits) if digits else 0.0
