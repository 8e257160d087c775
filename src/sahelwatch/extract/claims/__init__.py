"""Claims: what an article says beyond events, in English and French.

- statistic: aggregate figures ('a record 54 attacks across Burkina Faso in July',
  'an estimated 64% of violent events in the Sahel since 2017'), statistics.py;
- quote: quoted words with their speaker and the speaker's role, quotes.py;
- warning: forecasts and warnings, who warns, about which armed group and place,
  warnings.py.

Every field is read from the claim's ``evidence`` spans (offsets into the text); what
the text does not give stays None. Cues are data (data/lexicons/<lang>/claims.yaml).

    ClaimExtractor("en").extract(text, doc_id, published) -> list[Claim]

Reads the document once, sentence by sentence, in order: people named with a role or
as the subject of a verb of speech first (a cheap pass), then each sentence's quotes,
warnings and statistics, each kind behind its own regex first pass. Modules: cues.py
(the lexicon), context.py (the document; actors, places, periods), people.py (names,
roles, speakers), evaluation.py (scoring against expected claims).
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from sahelwatch.extract.actors import actor_finder
from sahelwatch.extract.claims.context import Context, Doc
from sahelwatch.extract.claims.cues import claim_cues
from sahelwatch.extract.claims.people import People
from sahelwatch.extract.claims.quotes import QuoteReader
from sahelwatch.extract.claims.statistics import StatisticReader
from sahelwatch.extract.claims.warnings import WarningReader
from sahelwatch.extract.numbers import number_reader
from sahelwatch.extract.text import fold
from sahelwatch.geocode.gazetteer import gazetteer
from sahelwatch.models import Claim
from sahelwatch.normalize.sentences import SentenceSplitter


def _version() -> str:
    from sahelwatch.extract.engine import EXTRACTOR_VERSION  # lazily: engine imports much of extract/

    return EXTRACTOR_VERSION


class ClaimExtractor:
    """Statistics, quotes and warnings of one language."""

    def __init__(self, lang: str, region: str = "sahel"):
        self.lang = lang
        self.cues = claim_cues(lang)
        self.context = Context(lang, self.cues, actor_finder(lang, region), gazetteer(region))
        self.people = People(self.cues, self.context)
        self.quotes = QuoteReader(self.cues, self.people, self.context)
        self.warnings = WarningReader(self.cues, self.people, self.context)
        self.statistics = StatisticReader(lang, self.cues, self.people, number_reader(lang), self.context)
        self.splitter = SentenceSplitter()

    def extract(self, text: str, doc_id: str, published: date | None = None) -> list[Claim]:
        if not text or not text.strip():
            return []
        doc = Doc(doc_id, text, fold(text), self.splitter(text), published)
        self.people.register(doc)
        found = self.quotes.find(text)
        claims: list[Claim] = []
        q = 0
        for i, (_, e) in enumerate(doc.sentences):
            while q < len(found) and found[q].open < e:
                claim = self.quotes.read(doc, found[q], doc.sentence_of(found[q].open))
                if claim is not None:
                    claims.append(claim)
                q += 1
            claims.extend(self.warnings.read(doc, i))
            claims.extend(self.statistics.read(doc, i))
        version = _version()
        for claim in claims:
            claim.extractor_version = version
        return claims


@lru_cache(maxsize=None)
def claim_extractor(lang: str, region: str = "sahel") -> ClaimExtractor:
    return ClaimExtractor(lang, region)


__all__ = ["ClaimExtractor", "claim_extractor"]
