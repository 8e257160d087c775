"""Merging reports into events, in memory: compatibility, refinement, deaths, ids."""

from datetime import date

from sahelwatch.dedupe import EventMerger, IdAllocator, Matcher, MemberReport, conservative_deaths, merge_order

JNIM = "JNIM: Group for Support of Islam and Muslims"
ISGS = "Islamic State (Greater Sahara)"
ARMY = "Military Forces of Mali (2021-)"


def rep(rid, doc, **kw):
    base = dict(event_type="Battles", sub_event_type="Armed clash", actor1=JNIM, inter1=2, actor2=ARMY, inter2=1,
                event_date=date(2025, 3, 2), time_precision=1, country="Mali", location="Boni",
                latitude=15.05, longitude=-1.98, geo_precision=1, fatalities=5, counted=True, confidence=0.8)
    base.update(kw)
    return MemberReport(report_id=rid, doc_id=doc, **base)


def merger(counters=None):
    return EventMerger(Matcher(), 0.5, IdAllocator(counters))


def place(reports, m=None):
    m = m or merger()
    return m, [m.add(r) for r in merge_order(reports)]


def test_two_outlets_reporting_one_ambush_make_one_event():
    m, decisions = place([rep("a", "d1"), rep("b", "d2", fatalities=7, location="Boni", latitude=15.06, longitude=-1.97)])
    assert len(m.events) == 1
    assert [d.action for d in decisions] == ["new", "merge"]
    event = next(iter(m.events.values()))
    assert event.event_id == "MLI-1" and len(event.members) == 2
    assert event.fatalities == 5 and "5, 7" in event.fatalities_note  # the lowest figure, the disagreement noted


def test_one_article_never_reports_an_event_twice():
    m, _ = place([rep("a", "d1"), rep("b", "d1")])
    assert len(m.events) == 2


def test_a_vague_report_joins_the_precise_event_which_keeps_its_precision():
    precise = rep("a", "d1")
    # 'last week, near Hombori' (some 40 km west of Boni)
    vague = rep("b", "d2", event_date=date(2025, 2, 28), time_precision=2, location="Hombori", latitude=15.28, longitude=-1.70, geo_precision=2)
    m, _ = place([vague, precise])
    assert len(m.events) == 1
    head = next(iter(m.events.values())).head
    assert (head.event_date, head.time_precision, head.location, head.geo_precision) == (date(2025, 3, 2), 1, "Boni", 1)


def test_different_days_places_or_named_groups_are_different_events():
    m, _ = place([rep("a", "d1"), rep("b", "d2", event_date=date(2025, 3, 9))])
    assert len(m.events) == 2
    m, _ = place([rep("a", "d1"), rep("b", "d2", location="Gao", latitude=16.27, longitude=-0.04)])
    assert len(m.events) == 2
    m, _ = place([rep("a", "d1"), rep("b", "d2", actor1=ISGS)])
    assert len(m.events) == 2  # JNIM here, the Islamic State there
    m, _ = place([rep("a", "d1"), rep("b", "d2", actor1="Unidentified Armed Group (Mali)", inter1=2)])
    assert len(m.events) == 1  # 'gunmen' does not contradict JNIM
    head = next(iter(m.events.values())).head
    assert head.actor1 == JNIM  # the report that names the group sets the actors


def test_types_that_sources_confuse_merge_others_do_not():
    m, _ = place([rep("a", "d1"), rep("b", "d2", event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED")])
    assert len(m.events) == 1
    m, _ = place([rep("a", "d1"), rep("b", "d2", event_type="Protests", sub_event_type="Peaceful protest")])
    assert len(m.events) == 2


def test_deaths_silent_reports_and_syndicated_copies():
    silent = rep("c", "d3", fatalities=0, counted=False)
    assert conservative_deaths([rep("a", "d1", fatalities=12), silent]) == (12, None)
    assert conservative_deaths([silent]) == (0, None)
    copy1, copy2 = rep("a", "d1", story_id="s", fatalities=9), rep("b", "d2", story_id="s", fatalities=11)
    assert conservative_deaths([copy1, copy2]) == (9, None)  # one source, its lowest figure
    m, _ = place([copy1, copy2, rep("x", "d4")])
    assert next(iter(m.events.values())).sources == 2


def test_ids_continue_from_the_store_and_never_change():
    m = merger({"MLI": 41})
    first = m.add(rep("a", "d1"))
    assert first.event_id == "MLI-42"
    m.add(rep("b", "d2", event_date=date(2025, 3, 1), time_precision=2))
    assert list(m.events) == ["MLI-42"]
    other = m.add(rep("c", "d3", country="Niger", location="Ayorou", latitude=14.73, longitude=0.92))
    assert other.event_id == "NER-1"


def test_an_undone_merge_stays_undone():
    m = merger()
    m.seed("MLI-7", [rep("a", "d1")], forbidden={"b"})
    assert m.add(rep("b", "d2")).event_id != "MLI-7"


def test_a_month_level_date_stands_for_its_whole_month_whichever_day_was_coded():
    matcher = Matcher()
    for day in (1, 15, 3):  # the 1st (older reports), mid-month (ACLED), the publication day early in the month
        r = rep("b", "d2", event_date=date(2025, 3, day), time_precision=3)
        assert matcher.span(r) == (date(2025, 3, 1).toordinal(), date(2025, 3, 31).toordinal())
    m, _ = place([rep("a", "d1", event_date=date(2025, 3, 28)), rep("b", "d2", event_date=date(2025, 3, 15), time_precision=3)])
    assert len(m.events) == 1
    m, _ = place([rep("a", "d1", event_date=date(2025, 4, 2)), rep("b", "d2", event_date=date(2025, 3, 15), time_precision=3)])
    assert len(m.events) == 2  # April is not 'in March'
