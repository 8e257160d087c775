"""Language detection with lingua, restricted to a configured set of languages."""

from __future__ import annotations

from sahelwatch.settings import Languages

UNDETERMINED = "und"


class LanguageDetector:
    """Detects among ``settings.detect``; ``is_coded`` says whether later stages code it."""

    def __init__(self, settings: Languages):
        self.settings = settings
        self.coded = frozenset(settings.coded)
        self._detector = None

    def _build(self):
        from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

        languages = []
        for code in self.settings.detect:
            try:
                iso = getattr(IsoCode639_1, code.upper())
                languages.append(Language.from_iso_code_639_1(iso))
            except (AttributeError, ValueError):
                raise ValueError(f"languages.detect: unknown language code {code!r}") from None
        if len(languages) == 1:
            return None
        return LanguageDetectorBuilder.from_languages(*languages).build()

    def detect(self, text: str, hint: str | None = None) -> str:
        hint = (hint or "").strip().lower()[:2] or None
        if len(text) < self.settings.min_chars:
            return hint or UNDETERMINED
        if self._detector is None:
            self._detector = self._build() or False
        if self._detector is False:  # a single language configured
            return self.settings.detect[0]
        sample = text[: self.settings.sample_chars] if self.settings.sample_chars else text
        language = self._detector.detect_language_of(sample)
        if language is None:
            return hint or UNDETERMINED
        return language.iso_code_639_1.name.lower()

    def is_coded(self, lang: str) -> bool:
        return lang in self.coded
