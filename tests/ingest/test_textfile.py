from sahelwatch.ingest import IngestContext, iter_documents
from sahelwatch.models import RawDocument, Rejection


def read(settings, *paths):
    return list(iter_documents([str(p) for p in paths], IngestContext(settings)))


def test_markdown_front_matter_fields_and_meta(settings, tmp_path):
    path = tmp_path / "a.md"
    path.write_text(
        "---\ntitle: Attack near Djibo\nurl: https://wire.example/a\noutlet: Wire (synthetic)\n"
        "published: 2025-03-16\nlang: en\nsynthetic: true\n---\n# Headline\n\nSome **bold** text about [Djibo](https://x.example).\n",
        "utf-8",
    )
    [doc] = read(settings, path)
    assert isinstance(doc, RawDocument)
    assert (doc.title, doc.url, doc.outlet, doc.lang) == ("Attack near Djibo", "https://wire.example/a", "Wire (synthetic)", "en")
    assert str(doc.published) == "2025-03-16"
    assert doc.meta == {"synthetic": True}
    assert "**" not in doc.text and "# " not in doc.text and "(https" not in doc.text
    assert "Some bold text about Djibo." in doc.text


def test_plain_text_without_front_matter(settings, tmp_path):
    path = tmp_path / "b.txt"
    path.write_text("Les FAMa ont repoussé une attaque à Boni.\n", "utf-8")
    [doc] = read(settings, path)
    assert doc.text.startswith("Les FAMa") and doc.title is None and doc.published is None


def test_bad_files_are_rejected_with_reasons(settings, tmp_path):
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "empty.md").write_text("", "utf-8")
    (tmp_path / "only-front.md").write_text("---\ntitle: x\n---\n   \n", "utf-8")
    (tmp_path / "latin1.txt").write_bytes("Une attaque à Kayes".encode("latin-1"))
    (tmp_path / "bad-yaml.md").write_text("---\ntitle: [unclosed\n---\nbody text here\n", "utf-8")
    (tmp_path / "open.md").write_text("---\ntitle: x\nbody without end\n", "utf-8")
    items = {item.input_ref.rsplit("/", 1)[-1]: item for item in read(settings, tmp_path)}
    assert all(isinstance(i, Rejection) for i in items.values())
    assert items["binary.txt"].reason == "binary"
    assert items["empty.md"].reason == "empty"
    assert items["only-front.md"].reason == "empty"
    assert items["latin1.txt"].reason == "encoding" and "--encoding" in items["latin1.txt"].message
    assert items["bad-yaml.md"].reason == "malformed_front_matter" and "line" in items["bad-yaml.md"].message
    assert items["open.md"].reason == "malformed_front_matter"


def test_encoding_option_reads_latin1(make_settings, tmp_path):
    (tmp_path / "latin1.txt").write_bytes("Une attaque à Kayes a fait trois morts.".encode("latin-1"))
    settings = make_settings(ingest={"encoding": "latin-1"})
    [doc] = read(settings, tmp_path / "latin1.txt")
    assert "à Kayes" in doc.text


def test_missing_path_and_unreadable_file(settings, tmp_path):
    missing = read(settings, tmp_path / "nope.txt")
    assert missing[0].reason == "not_found"
    locked = tmp_path / "locked.txt"
    locked.write_text("text", "utf-8")
    locked.chmod(0)
    try:
        items = read(settings, locked)
        # root can read anything; everyone else must get a clear rejection
        assert isinstance(items[0], RawDocument) or items[0].reason == "unreadable"
    finally:
        locked.chmod(0o644)


def test_directories_are_recursive_and_skip_hidden_and_unknown(settings, tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "sub" / "deeper" / "a.txt").write_text("Deep article text about an attack.", "utf-8")
    (tmp_path / "b.md").write_text("Top article text about a blockade.", "utf-8")
    (tmp_path / ".hidden.txt").write_text("hidden", "utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00\x00")
    refs = [i.input_ref for i in read(settings, tmp_path)]
    assert sorted(r.rsplit("/", 1)[-1] for r in refs) == ["a.txt", "b.md"]
