"""normalize: RawDocument -> Article (clean text, sentences, language, published date, story)."""
