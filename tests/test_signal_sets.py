"""The labelled signal sets hold their scores (benchmarks/signal_quality.py).

``dev`` is written by whoever changes a rule; ``train1`` to ``train23`` were written by independent sessions as
training data (sentences only); ``heldout`` to ``heldout12`` were each written by someone
who never read the detectors, scored untouched at the end of their rounds, then made development
sets (heldout4 to heldout7 in round 9, heldout8 to heldout12 in round 12: their mistakes are now read and
the sentence model trains on them). ``heldout13`` and later were written the same way and nobody tuning rules reads
their mistakes (except ``heldout21``, made a development set in round 16): they are scored only on the final code of a round (README: their scores before and
after). The floors are the scores measured when each set was last scored, so a detector change that
loses precision or recall on any of them fails here instead of surfacing in a partner's report.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.signal_quality import score_set

SETS = Path(__file__).parent / "fixtures" / "signals"

# (precision, recall) floors, all cases of the set together
FLOORS = {
    # 27 of 2144 expected kinds missed by the rules and the trained sentence model together (--show-mistakes lists
    # them), most of them passages of rounds 7 (acquisitions) and 8 (layoffs, shutdowns) written for the model:
    # "operates under", "belongs to", "picks up", "flogged to", "lives inside"; "servers go dark", "turning the lights
    # off"; "given notice", "leave without pay", "put in their papers"; and first-snapshot ones the model does not
    # read. Which of them the model reads moves a little with each retraining. 9 false flags, among them a purchase
    # order, dated ownership histories, a buyout guide, doors closed "to new members". Since round 15, "Following its
    # acquisition by Globex, Fernhill's workforce was reduced" is read as the sale it tells; dev labels that passage []
    # and the same wording for Pennyroyal an acquisition, as every later set does. Since round 16, two closed Kickstarter
    # campaigns with their totals ("Gridlock Games' Kickstarter for Nightfall raised $310,000 from 9,000 backers") are
    # funding, as every later set labels closed reward crowdfunding; dev labels them []; and "Nimbus has been part of
    # Oracle since 2015" is read as the sale it tells (a sale is the company's state, whenever it was made).
    # Since round 20 borrowed money alone is no round (README, Signals): dev, heldout, heldout2-12 and train1-20, written
    # before that convention, label loans, credit facilities and venture debt funding, and their recall floors fell by
    # those passages (dev 17, train1-20 about 100); so did heldout13-17's, whose writers' briefs counted debt as funding.
    # Since round 21 a sale dated in an earlier year is history (README, Signals): the sets written before train26 label
    # "acquired by Globex in 2022" and "part of Globex since 2022" an acquisition, and their recall floors fell by those
    # passages (about 100 over the development sets; heldout15 and heldout20 among the held-out sets).
    "dev": (0.995, 0.979),
    "heldout": (1.000, 0.996),
    # heldout2 and heldout4 were written for a crawl in 2025: read in 2026 (READ_YEAR), a release datelined
    # "March 4, 2025" and a news list's "1 December 2025" round are history (round 14), as every later set labels them;
    # heldout4 also labels an SBIR award funding, against the grant convention of all later sets
    # (since round 40 a day's date written out, "on 3 February 2025", "on 14.03.2025", dates a sale as "in 2025" did: two
    # sales of 2025 are history)
    "heldout2": (1.000, 0.972),
    # heldout3 labels "sunsetting its consumer app to focus entirely on its B2B platform" a shutdown; train5 labels the
    # same wording [] (round 14 reads one product closed for another as no closure of the company)
    "heldout3": (1.000, 0.986),
    # development sets since round 9 (the model trains on them): their floors are no longer a test of unseen text
    "heldout4": (0.997, 0.977),
    "heldout5": (0.981, 0.963),
    "heldout6": (0.986, 0.982),
    "heldout7": (1.000, 0.990),
    # development sets since round 12
    "heldout8": (0.997, 0.987),
    "heldout9": (0.984, 0.988),
    "heldout10": (0.983, 0.957),
    "heldout11": (0.979, 0.936),
    # heldout12 has "Our parent company, Corbridge Bank, announced 1,000 job cuts" twice: on Wagtail's page, labelled [],
    # and on Corbridge Bank's, labelled layoffs. Since round 15 "our parent company" is another company, so the second
    # is missed.
    "heldout12": (0.989, 0.950),  # precision restated in round 38 (retrained): 269/2/12 -> 270/3/11
    # written as training data by independent sessions in round 12 (sentences only)
    "train1": (0.996, 0.871),
    "train2": (0.996, 0.953),
    "train3": (0.995, 0.930),  # recall restated in round 44: 214/1/15 -> 213/1/16 (a term loan is no round, README round 20)
    "train4": (0.992, 0.912),
    "train5": (0.981, 0.950),
    "train6": (0.990, 0.930),
    # written as training data by independent sessions in round 13
    "train7": (0.976, 0.948),
    "train8": (0.993, 0.939),  # recall restated in round 41 (retrained): "It resulted in 17 colleagues leaving Tarn" unread
    "train9": (0.979, 0.925),
    "train10": (0.981, 0.951),
    "train11": (0.983, 0.954),
    "train12": (0.967, 0.929),
    "train13": (0.993, 0.924),
    "train14": (0.976, 0.893),
    # written as training data by independent sessions in round 14
    "train15": (0.977, 0.892),
    "train16": (0.990, 0.964),
    "train17": (0.990, 0.963),
    "train18": (0.996, 0.964),
    "train19": (0.981, 0.916),  # recall restated in round 39 (retrained): 263/5/23 -> 262/5/24
    "train20": (0.986, 0.961),  # precision restated in round 37 (the retrained model reads a Discord server closing)
    # written as training data by independent sessions in round 15
    "train21": (0.986, 0.956),  # precision restated in round 39 (retrained): 218/2/9 -> 218/3/9
    "train22": (0.979, 0.975),
    "train23": (0.979, 0.944),
    # written as training data by independent sessions in round 17
    "train24": (0.992, 0.980),  # precision restated in round 42 (retrained): 250/1/4 -> 250/2/4
    "train25": (0.978, 1.000),
    # written as training data by independent sessions in round 18 (train27 with 105 page companies, most of them the
    # status kinds in many forms and languages)
    "train26": (0.976, 1.000),
    "train27": (0.989, 1.000),
    # written as training data by independent sessions in round 19 (train28: news inside clauses and compressed forms,
    # many legal forms and some passages in other languages; train29: several organisations in one sentence, 73 page
    # companies)
    "train28": (0.942, 0.883),
    "train29": (0.963, 0.983),
    # written as training data by independent sessions in round 20 (train30: every way of saying each kind; train31:
    # international English, compressed; train32: people talking about the company, second-hand and informal; train33:
    # when and whether: dates, tense, plans and pending deals)
    "train30": (0.982, 0.986),
    "train31": (0.968, 0.941),
    "train32": (0.992, 0.934),
    "train33": (0.960, 0.981),  # recall restated in round 38 (retrained): 265/8/4 -> 264/8/5
    # written in round 21 (train34: long sentences; train35: informal text written fast; train36: compressed and
    # translated; train37: the ordinary web of a portfolio); before the round changed anything, rules and model, all
    # cases: train34 0.892 / 0.901, train35 0.970 / 0.879, train36 0.951 / 0.724, train37 0.944 / 0.937
    "train34": (0.948, 0.968),
    "train35": (0.980, 0.973),
    "train36": (1.000, 0.959),
    "train37": (0.988, 0.996),
    # held out in round 15, a development set since round 16 (its false flag on a healthy first crawl was read then:
    # "Where to buy | Coastline Seafood Co", a page title)
    "heldout21": (0.996, 0.986),
    # never read by anyone tuning the detectors; scored on the final code of each round (README)
    "heldout13": (0.948, 0.869),
    "heldout14": (0.959, 0.892),
    "heldout15": (0.957, 0.871),
    "heldout16": (0.930, 0.898),
    "heldout17": (0.963, 0.877),
    "heldout18": (0.926, 0.783),
    "heldout19": (0.932, 0.892),
    "heldout20": (0.972, 0.916),
    "heldout22": (0.965, 0.988),
    # written in round 16 before any change of that round; floors: their scores on the round's starting code (82def7b)
    "heldout23": (0.974, 0.906),
    "heldout24": (0.966, 0.875),
    # written in round 17 before any change of that round; on its starting code (44af5e1) they scored heldout25
    # 0.962/0.977 and heldout26 0.950/0.821 (README, round 17); floors: their scores at the round's end
    "heldout25": (0.988, 0.984),
    "heldout26": (0.968, 0.897),
    # written in round 18 before any change of that round; on its starting code (6d8269b) they scored heldout27
    # 0.988/0.889 and heldout28 0.935/0.912 (README, round 18); floors: their scores at the round's end
    "heldout27": (0.989, 0.948),  # precision restated in round 37
    "heldout28": (0.975, 0.930),  # precision restated in round 36 (the retrained model's readings, counts only)
    # written in round 19 before any change of that round (heldout29: whole page sections, the news one sentence among
    # marketing copy; heldout30: each sector's own words); on its starting code (cb835ca) they scored heldout29
    # 0.960/0.974 and heldout30 0.905/0.899 (README, round 19); floors: their scores at the round's end
    "heldout29": (0.985, 0.981),
    "heldout30": (0.940, 0.933),  # restated at the end of round 38: 268/16/18 -> 267/17/19
    # written in round 20 before any change of that round (heldout31: time, tense and whose news; heldout32: the web's
    # informal voices carried on the company's site); on its starting code (e55128b) they scored heldout31 0.919/0.829 and
    # heldout32 0.909/0.726 (README, round 20); floors: their scores at the round's end
    "heldout31": (0.938, 0.857),  # precision restated at the end of round 38: 246/14/40 -> 246/16/40
    "heldout32": (0.948, 0.803),
    # written in round 21 before any change of that round (heldout33: the ordinary web of a venture portfolio, every
    # register; heldout34: the event inside long sentences); on its starting code (fa23f02) they scored heldout33
    # 0.972/0.989 and heldout34 0.919/0.835 (README, round 21); floors: their scores at the round's end
    "heldout33": (0.986, 0.986),  # precision restated in round 37
    "heldout34": (0.923, 0.875),
    # written in round 22 before any change of that round (heldout35: the ordinary web of a venture portfolio;
    # heldout36: what a portfolio's sites said this year, in plain words, by people who are not press officers);
    # scored on its starting code (3aab150): heldout35 0.973/0.937, heldout36 0.964/0.763 (README, round 22); floors: their
    # scores at the round's end
    "heldout35": (0.973, 0.944),  # precision restated at the end of round 38: 258/5/11 -> 260/7/9
    "heldout36": (0.955, 0.862),  # precision restated in round 41: 252/10/31 -> 254/12/29
    # written in round 23 before any change of that round (heldout37: how a portfolio's news really reaches its own site;
    # heldout38: every corner of a site, and the people who write there); scored on its starting code (fb1e57c):
    # heldout37 0.980/0.914, heldout38 0.988/0.877 (README, round 23); floors: their scores at the round's end
    "heldout37": (0.977, 0.947),
    "heldout38": (0.988, 0.913),
    # written in round 24 before any change of that round (heldout39: news in terse, structured and aggregated forms;
    # heldout40: companies outside software, in second-language English and local legal words); scored on its starting
    # code (4fceb96): heldout39 0.960/0.940, heldout40 0.948/0.707 (README, round 24); floors: their scores at the round's
    # end
    "heldout39": (0.961, 0.958),
    "heldout40": (0.958, 0.791),
    # written in round 25 before any change of that round (heldout41: companies' own regular communications, updates,
    # letters, changelogs and careers pages; heldout42: formal, legal and regulatory wording and its retelling); scored on
    # its starting code (6321e65): heldout41 0.950/0.950, heldout42 0.938/0.779 (README, round 25); floors: their scores at
    # the round's end
    "heldout41": (0.947, 0.961),
    "heldout42": (0.930, 0.815),  # precision restated in round 37
    # written in round 26 before any change of that round (heldout43: events told indirectly, and signal words used
    # figuratively; heldout44: consumer brands and apps talking to their customers); scored on its starting code
    # (7a087e3): heldout43 0.988/0.633, heldout44 0.979/0.982 (README, round 26); floors: their scores at the round's end
    "heldout43": (0.980, 0.686),  # precision restated in round 37, and in round 40 (retrained): 199/3/65 -> 198/4/66
    "heldout44": (0.969, 0.982),
    # written in round 27 before any change of that round (heldout45: a venture portfolio's own websites across sectors;
    # heldout46: founders', employees' and customers' voices on the company's own channels); scored on its starting code
    # (99972c6): heldout45 0.980/0.913, heldout46 0.967/0.657 (README, round 27); floors: their scores at the round's end
    "heldout45": (0.976, 0.935),
    "heldout46": (0.957, 0.690),  # precision restated in round 36
    # written in round 28 before any change of that round (heldout47: a venture portfolio's websites as a stranger finds
    # them, across countries and sectors; heldout48: people telling the company's news in their own voices, informally);
    # scored on its starting code (d983258): heldout47 0.967/0.791, heldout48 0.992/0.905 (README, round 28); floors: their
    # scores at the round's end
    "heldout47": (0.971, 0.791),
    "heldout48": (0.989, 0.912),
    # written in round 29 before any change of that round (heldout49: a venture portfolio's websites across sectors and
    # countries, news wherever a site shows it; heldout50: each sector's own jargon for its news and its look-alikes);
    # scored on its starting code (3fc9d8b): heldout49 0.938/0.961, heldout50 0.968/0.914 (README, round 29); floors: their
    # scores at the round's end
    "heldout49": (0.935, 0.965),
    "heldout50": (0.957, 0.929),  # precision restated in round 40 (retrained): 249/10/17 -> 248/11/18; in round 42: 247/9/19 -> 247/11/19
    # written in round 30 before any change of that round (heldout51: a whole portfolio in every sentence shape;
    # heldout52: news and its look-alikes in short forms: headlines, banners, status lines, release notes); scored on
    # its starting code (be60b56), after relabelling to the development sets' conventions (a round still being raised
    # is no round; a sale dated in an earlier year is history): heldout51 0.991/0.982, heldout52 0.985/0.959 (README,
    # round 30)
    "heldout51": (0.985, 0.977),
    "heldout52": (0.985, 0.951),
    # written in round 31 before any change of that round (a portfolio's long-form prose: founder letters, blog posts,
    # FAQ answers, investor updates, the news often after a sentence or three of context); scored on its starting code
    # (cc1a167), after relabelling to the development sets' conventions (an insolvency the business trades on through is
    # no shutdown): 0.965/0.973 (README, round 31)
    "heldout53": (0.957, 0.973),
    # written in round 32 before any change of that round (a portfolio as a stranger writes it: press releases with
    # datelines, founder posts, shutdown notices, FAQ answers, release notes, newsletters, footers and bylines, in several
    # countries); scored on its starting code (83c8671), counts only: 258 true, 10 false, 13 missed (README, round 32)
    "heldout54": (0.963, 0.948),
    # written in round 33 before any change of that round (a portfolio as a stranger writes it, in fragments and across
    # sentences: headlines, timelines, bullet lists, social posts, captions, banners, Q&A, the company named once and then
    # "we", "the company", "it"); scored on its starting code (ed232c9), counts only: 294 true, 8 false, 19 missed (README,
    # round 33)
    "heldout55": (0.971, 0.939),  # precision restated in round 37
    # written in round 34 before any change of that round (a broad portfolio in every register: press releases, founder
    # letters, local notices, social posts, Q&A, insolvency notices, investor updates, the news told tidily or buried in a
    # clause or across sentences); scored on its starting code (111edef), counts only: 293 true, 19 false, 24 missed
    # (README, round 34); its precision floor is its score at the round's end (295 true, 20 false, 22 missed)
    "heldout56": (0.934, 0.924),  # precision restated at the end of round 38: 296/18/21 -> 297/21/20
    # written in round 35 before any change of that round (companies outside software telling their news in their own
    # voices: owners' notes, staff posts, notices on the door, newsletters, FAQ answers, banners, the news told plainly, in
    # passing or across sentences); scored on its starting code (b24d420), counts only: 354 true, 7 false, 37 missed
    # (README, round 35)
    "heldout57": (0.978, 0.905),  # precision restated in round 36
    # written in round 36 before any change of that round (an international portfolio writing English as a second language
    # or in its own country's register: literal translations, local legal terms, local currencies and dates, with the
    # look-alikes of the same writers); scored on its starting code (5d40dc1), counts only: 296 true, 8 false, 18 missed
    # (README, round 36)
    "heldout58": (0.971, 0.936),  # precision restated at the end of round 39: 294/8/20 -> 297/9/17
    # written in round 37 before any change of that round (a portfolio at year's end: year-in-review posts, annual letters,
    # anniversary and "our story" pages, December notices and "what's next for 2027" posts, mixing 2026's news with history
    # and plans); scored on its starting code (154d92f), counts only: 255 true, 13 false, 25 missed (README, round 37)
    "heldout59": (0.948, 0.911),  # precision restated at the end of round 37: 255/13/25 -> 257/14/23
    # round 38's held-out set (questions and answers: FAQs, founder interviews, AMAs, support articles, investor and careers
    # FAQs, the news in the question, the answer or both); scored on its starting code (d30b8f0), counts only: 232 true,
    # 13 false, 51 missed (README, round 38)
    "heldout60": (0.945, 0.819),  # round 38's held-out set, at its start code d30b8f0: 232/13/51; precision restated in
    # round 40 (retrained): 237/13/46 -> 240/14/43
    # round 39's held-out set (press rooms: releases with their boilerplates, media kits and fact sheets, "in the news"
    # lists quoting other outlets, dated archives, updates appended to releases); scored on its starting code (157f9ce),
    # counts only: 274 true, 7 false, 15 missed (README, round 39)
    "heldout61": (0.968, 0.945),  # restated at the end of round 39: 274/7/15 -> 273/8/16; precision in round 40: 274/9/15
    # round 40's held-out set (investor relations and governance: shareholder letters, general meeting notices and votes,
    # annual and directors' reports, filings, board changes, investor FAQs); scored on its starting code (b534774), counts
    # only: 224 true, 13 false, 22 missed (README, round 40)
    "heldout62": (0.945, 0.907),  # recall restated at the end of round 40: 224/13/22 -> 223/12/23
    # round 41's held-out set (trouble and its look-alikes: outage and incident reports, status pages, breach notices,
    # recalls, lawsuits, insolvency and administration notices, statements after a scandal); scored on its starting code
    # (7f1f2e1), counts only: 283 true, 12 false, 11 missed (README, round 41)
    "heldout63": (0.959, 0.963),
    # round 42's held-out set (change of face: rebrands and renamings, new domains, "we've moved" notices, merged, archived
    # and read-only sites, notice-only homepages); scored on its starting code (1c1f807), counts only: 304 true, 9 false,
    # 11 missed (README, round 42)
    "heldout64": (0.971, 0.959),  # recall restated at the end of round 42 (retrained): 304/9/11 -> 302/9/13
    # round 43's held-out set (the back pages: help-centre articles, status pages, changelogs, legal, privacy and imprint
    # pages, footers, app listings, job ads); scored on its starting code (b887d80), counts only: 298 true, 9 false,
    # 24 missed (README, round 43)
    "heldout65": (0.971, 0.922),  # recall restated at the end of round 44 (retrained): 298/8/24 -> 297/5/25
    # round 44's held-out set (the spoken word: podcast, webinar, interview, all-hands and AMA transcripts, captions and
    # show notes); scored on its starting code (bb36c52), counts only: 257 true, 16 false, 38 missed (README, round 44)
    "heldout66": (0.941, 0.864),  # recall restated at the end of round 44 (retrained): 257/16/38 -> 255/16/40
    # round 45's held-out set (the makers' pages: changelogs, release notes, developer docs and API deprecation notices,
    # status pages, app-store listings, open-source READMEs); scored on its starting code (16d2226), counts only: 270 true,
    # 22 false, 7 missed (README, round 45)
    "heldout67": (0.924, 0.974),
    # round 46's held-out set (the company's blog on its own industry: market roundups, competitor comparisons and "switch
    # from X" pages, funding-landscape posts, trend reports); scored on its starting code (6ede7ee), counts only: 292 true,
    # 21 false, 23 missed (README, round 46)
    "heldout68": (0.932, 0.923),  # recall restated at the end of round 46 (retrained): 292/21/23 -> 291/21/24
    # development sets written in round 22 (train38: short and compressed; train39: time, tense and who; train40: the
    # ordinary web of a portfolio; train41: people talking), trained on
    "train38": (0.950, 0.967),  # recall restated in round 39: 265/11/8 -> 264/11/9 ("Parrish & Hume + Tolland Advisory
    # merged", read before only through the name's own "&", which the reader now sees inside one word)
    "train39": (0.957, 0.980),
    "train40": (0.989, 0.989),
    "train41": (0.973, 0.981),
    # development sets written in round 23 (train42: plain words from people who are not press officers; train43: short,
    # compressed and listed; train44: first sight of a site; train45: informal voices and long sentences), trained on
    "train42": (1.000, 0.965),
    "train43": (0.984, 0.946),
    "train44": (0.997, 0.993),
    "train45": (0.954, 0.873),
    # development sets written in round 24 (train46: short and structured text; train47: informal voices and context in
    # a neighbouring sentence), trained on; before any change of round 24 (rules and the start's model): train46
    # 0.946/0.876, train47 0.957/0.918
    "train46": (0.965, 0.982),
    "train47": (0.972, 0.976),
    # development sets written in round 25 (train48: small businesses outside software in second-language English;
    # train49: short text), trained on; before any change of round 25 (rules and the start's model): train48 0.934/0.687,
    # train49 0.984/0.940
    "train48": (0.958, 0.920),
    "train49": (0.985, 0.996),
    # development sets written in round 26 (train50: ownership and capital of family businesses in second-language and
    # translated English; train51: informal voices; train52: softened and implied announcements), trained on; before any
    # change of round 26 (rules and the start's model): train50 0.930/0.664, train51 0.908/0.954, train52 0.984/0.808
    "train50": (0.971, 0.908),
    "train51": (0.967, 0.979),
    "train52": (0.986, 0.974),  # precision restated in round 46 (retrained: a page's false shutdown, 224/2/5 -> 224/3/5)
    # development sets written in round 27 (train53: events told through euphemism and consequence; train54: short feed and
    # headline text; train55: formal, legal and regulatory wording outside software), trained on; before any change of round
    # 27 (rules and the start's model): train53 0.977/0.649, train54 0.969/0.864, train55 0.920/0.660
    "train53": (0.987, 0.874),
    "train54": (0.972, 0.960),
    "train55": (0.977, 0.869),
    # development sets written in round 28 (train56: news told in first person by founders, staff and customers; train57:
    # long and complex sentences, headline fragments, and passages in other languages), trained on; before any change of
    # round 28 (rules and the start's model): train56 0.951/0.752, train57 0.957/0.717
    "train56": (0.985, 0.878),
    "train57": (0.982, 0.801),
    # development sets written in round 29 (train58: the company's news in people's own voices, euphemism and lowercase;
    # train59: each sector's own jargon), trained on; before any change of round 29 (rules and the start's model): train58
    # 0.970/0.794, train59 0.980/0.929
    "train58": (0.978, 0.879),
    "train59": (0.989, 0.985),
    # development sets written in round 30 (train60: a whole portfolio in every sentence shape; train61: sentences whose
    # structure decides the label, in pairs), trained on; before any change of round 30 (rules and the start's model):
    # train60 0.983/0.983, train61 0.943/0.954
    "train60": (0.986, 0.994),
    "train61": (0.964, 0.976),
    # development sets written in round 31 (train62: news told indirectly, in nominalisations, consequences, subordinate
    # clauses and long asides; train63: a portfolio across countries, in local business English), relabelled before any
    # change (an insolvency the business trades on through is no shutdown), trained on
    "train62": (0.976, 0.967),
    "train63": (0.978, 0.972),
    # development sets written in round 32 (train64: news hedged, qualified and conditioned, in pairs; train65: news in
    # everyday words and idioms), trained on; before any change of round 32 (rules and the start's model): train64
    # 0.921/0.890, train65 0.948/0.831
    "train64": (0.976, 0.958),  # round 36: a sister company's sale read by the retrained model
    "train65": (0.973, 0.970),
    # development sets written in round 33 (train66: the scope of the news, how much, whose and when; train67: news told
    # in fragments and across sentences), trained on; before any change of round 33 (rules and the start's model): train66
    # 0.926/0.957, train67 0.945/0.891
    "train66": (0.958, 0.979),
    "train67": (0.975, 0.965),
    # development sets written in round 34 (train68: news across sentences and in exchanges, Q&A, fields, "it" and "its
    # owners"; train69: long-form pages by writers of many Englishes), trained on; before any change of round 34 (rules and
    # the start's model): train68 0.960/0.815, train69 0.929/0.857
    "train68": (0.979, 0.932),
    "train69": (0.954, 0.968),
    # development sets written in round 35 by three sessions that did not see each other's sets (train70: news a reader
    # infers, in founders', staff's and customers' voices; train71: one event told several ways; train72: short and
    # compressed text), trained on; before any change of round 35 (rules and the start's model, not trained on them):
    # train70 0.996/0.736, train71 0.970/0.731, train72 0.977/0.836
    "train70": (0.996, 0.885),
    "train71": (0.988, 0.881),
    "train72": (0.989, 0.940),
    # development sets written in round 36 by three sessions that did not see each other's sets (train73: the formal and
    # investor-relations register; train74: whose news it is, the company's own site talking about others; train75: news as
    # one clause of an ordinary page), trained on; before any change of round 36 (rules and the start's model, not trained
    # on them): train73 0.978/0.966, train74 0.942/0.974, train75 0.968/0.902
    "train73": (0.990, 0.990),
    "train74": (0.970, 0.992),
    "train75": (0.976, 0.963),
    # development sets written in round 37 by three sessions that did not see each other's sets (train76: every way a sale
    # is announced, and its look-alikes; train77: news told with numbers; train78: every way a closure is told, and its
    # look-alikes), trained on; before any change of round 37 (rules and the start's model, not trained on them): train76
    # 0.886/0.947, train77 0.963/0.977, train78 0.948/0.939
    "train76": (0.963, 0.992),
    "train77": (0.985, 0.988),
    "train78": (0.979, 0.990),
    # development sets written in round 38 (train79: cuts to staff told every way; train80: money raised told every way;
    # train81: people's own voices and signal words used figuratively), trained on; before training (shipped model and
    # rules): 0.974 / 0.870, 0.966 / 0.880, 0.980 / 0.912
    "train79": (0.976, 0.935),
    "train80": (0.979, 0.941),
    "train81": (0.985, 0.959),
    # development sets written in round 39 (train82: questions and answers; train83: follow-ups and updates; train84: sales
    # told every way), trained on; before training (shipped model and rules): 0.973 / 0.858, 0.933 / 0.931, 0.956 / 0.935
    "train82": (0.982, 0.932),
    "train83": (0.938, 0.961),  # recall restated in round 42 (retrained): 320/20/11 -> 319/19/12; and in round 43: 318/14/13
    # ("Correction: an earlier version of this post ... said 40 roles would be cut. The correct number is 24." is read as
    # the post's hearsay now, as four corrections of the same shape that deny the news are)
    "train84": (0.978, 0.953),
    # development sets written in round 40 (train85: careers, team and people pages; train86: English written by non-native
    # writers and in regional registers; train87: time told every way), trained on; before training (shipped model and
    # rules): 0.968 / 0.875, 0.955 / 0.888, 0.884 / 0.932
    "train85": (0.977, 0.949),
    "train86": (0.965, 0.968),  # recall restated in round 44 (retrained): 304/10/9 -> 303/9/10
    "train87": (0.953, 0.966),
    # development sets written in round 41 (train88: customers told the news; train89: ownership and structure told every
    # way; train90: numbers and amounts), trained on; before training (shipped model and rules): 0.971 / 0.990, 0.953 /
    # 0.828, 0.976 / 0.902
    "train88": (0.978, 0.997),  # precision restated in round 42 (retrained): 308/6/1 -> 308/7/1
    "train89": (0.977, 0.950),
    "train90": (0.980, 0.937),  # precision restated in round 42 (retrained): 296/5/20 -> 296/6/20
    # development sets written in round 42 (train91: the founder's own voice; train92: hedged, reported and disputed news;
    # train93: regulated and physical businesses), trained on; before training (shipped model and rules): 0.971 / 0.927,
    # 0.916 / 0.947, 0.979 / 0.940
    "train91": (0.975, 0.969),
    "train92": (0.960, 0.985),
    "train93": (0.990, 0.960),
    # development sets written in round 43 (train94: timelines and lists; train95: letters and newsletters; train96: news
    # carried over several sentences), trained on; before any change of the round they scored 0.969 / 0.900, 0.980 / 0.958
    # and 0.907 / 0.977
    "train94": (0.977, 0.958),
    "train95": (0.990, 0.984),
    "train96": (0.963, 0.994),  # recall restated in round 45 (retrained): 309/12/1 -> 308/12/2 ("It cost 28 jobs" after
    # "Mintsfeet Software's restructuring is complete", read by the model only)
    # development sets written in round 44 (train97: the smallest texts on a site; train98: long sentences; train99: the
    # company as the other party), trained on; before training (shipped model and rules): 0.986 / 0.930, 0.903 / 0.828,
    # 0.933 / 0.952
    "train97": (0.986, 0.967),
    "train98": (0.945, 0.914),
    "train99": (0.964, 0.972),
    # development sets written in round 45 (train100: the spoken word; train101: jobs and staff told every way; train102:
    # news carried across sentences by reference), trained on; before any change of the round (shipped model and rules):
    # 0.930 / 0.843, 0.975 / 0.883, 0.934 / 0.882
    "train100": (0.934, 0.913),
    "train101": (0.979, 0.928),
    "train102": (0.952, 0.938),
    # development sets written in round 46 (train103: the makers' pages; train104: firms whose work is other companies' news;
    # train105: shops, venues and chains), trained on; before any change of the round (shipped model and rules): 0.993 /
    # 0.974, 0.859 / 0.967, 0.970 / 0.901
    "train103": (0.996, 0.983),
    "train104": (0.930, 0.991),
    "train105": (0.974, 0.953),
}
# Healthy companies flagged on their first crawl, where a held-out set has some: counted, not read (reading them is
# tuning on them). heldout24's one was there at its first scoring, on round 16's starting code (`82def7b`); heldout32's
# two at its first scoring, on round 20's starting code (`e55128b`); heldout33's one at its first scoring, on round 21's
# starting code (`fa23f02`), still there at the round's end.
# train29's two were read: Ferrous Labs "has been a subsidiary of Kilnworth Group since 2019" (a sale is the company's
# state, whatever its date: README, Signals) and Sundown & Co, a wind-down service whose client story "We wound down
# Marlin Bikes" reads as its own closure (left as it is: "we wound down <a product>" is how companies tell their own).
# Since round 21 train29's Ferrous Labs is no longer flagged (its sale "since 2019" is history). train37's Orrin Labs was
# read: its about page says "Orrin is a Greyfriars company." beside "acquired by Greyfriars Software in 2022" in another
# sentence, and the date of one sentence does not reach the other (left).
# heldout31's one came in round 24, when the sentence model began to read first snapshots (a sale or a closure, at 0.8):
# counted, not read (README, round 24). heldout50's one came in round 30's final code (its start raised none): counted,
# not read (README, round 30). heldout62's one was there at its first scoring, on round 40's starting code (`b534774`):
# counted, not read. heldout63's one was there at its first scoring, on round 41's starting code (`7f1f2e1`): counted,
# not read. heldout47's one came with round 43's retrained model (its start, and the round's rules with the start's model,
# raised none): counted, not read (README, round 43); round 44's retrained model raises none there again.
# train104's one was there at its first scoring, on round 46's starting code (three then: the client-service lever of round
# 46 took two away): Tallis & Pike, a PR agency whose first page lists its "Recent work" as its clients' news ("Fieldnote
# Apps: acquisition by Okapi"), read as its own sale (left: a row of a list, its client named at the row's start).
FIRST_CRAWL_FLAGGED = {"heldout24": 1, "train29": 1, "heldout31": 1, "heldout32": 2, "heldout33": 1, "train37": 1,
                       "heldout50": 1, "heldout62": 1, "heldout63": 1, "train104": 1}
HELD_OUT = {"heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20",
            "heldout22", "heldout23", "heldout24", "heldout25", "heldout26", "heldout27", "heldout28",
            "heldout29", "heldout30", "heldout31", "heldout32", "heldout33", "heldout34",
            "heldout35", "heldout36", "heldout37", "heldout38",
            "heldout39", "heldout40", "heldout41", "heldout42", "heldout43", "heldout44",
            "heldout45", "heldout46", "heldout47", "heldout48", "heldout49", "heldout50",
            "heldout51", "heldout52", "heldout53", "heldout54", "heldout55",
            "heldout56", "heldout57", "heldout58", "heldout59", "heldout60",
            "heldout61", "heldout62", "heldout63", "heldout64", "heldout65",
            "heldout66", "heldout67", "heldout68"}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_labelled_set_keeps_its_precision_and_recall(name):
    folder = SETS / name
    sentences, before, after, total = score_set(folder)
    # (the older train sets are sentences only; a development set written with pages since round 20 has 30 page companies
    # or more, a held-out set 40)
    assert sentences.cases >= 300 and (after.cases >= (30 if name.startswith("train") else 40)
                                       or not (folder / "pages.jsonl").exists())
    # a held-out set's mistakes are not shown: whoever reads them starts tuning on them (nor is the score, whose mistakes
    # pytest would print beside a failed assertion on it: the figures are taken out of it first)
    shown = (lambda mistakes: f"{len(mistakes)} mistakes, not shown") if name in HELD_OUT else "\n".join
    healthy_flagged, mistakes = before.flagged_healthy, total.mistakes
    precision, recall = round(total.precision, 3), round(total.recall, 3)
    del sentences, before, after, total
    # healthy first states stay unflagged (a site already dead at the first crawl is scored with the rest)
    assert len(healthy_flagged) <= FIRST_CRAWL_FLAGGED.get(name, 0), shown(healthy_flagged)
    precision_floor, recall_floor = FLOORS[name]
    assert precision >= precision_floor, shown(mistakes)
    assert recall >= recall_floor, shown(mistakes)
