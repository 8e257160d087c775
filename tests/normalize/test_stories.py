from sahelwatch.normalize.stories import StoryIndex
from sahelwatch.settings import Stories

WIRE = ("Suspected jihadist fighters ambushed a convoy of fuel tankers near Sandaré in western Mali on Sunday, "
        "burning at least 23 trucks and killing three drivers, transport unions and a local official said. "
        "The convoy was travelling from Dakar to Bamako under army escort when it was attacked. "
        "The attack is the latest in a campaign against fuel supplies that has caused shortages in the capital.")


def test_light_edits_join_the_story_and_other_texts_do_not():
    index = StoryIndex(Stories())
    first, _, joined = index.assign("a", WIRE)
    assert first == "a" and not joined
    edited = "DAKAR (Ledger) - " + WIRE.replace("a local official", "officials").replace(" in the capital", "")
    story, _, joined = index.assign("b", edited)
    assert (story, joined) == ("a", True)
    other = "Des hommes armés ont enlevé douze passagers d'un car entre Ouahigouya et Titao mardi, selon des témoins."
    story, _, joined = index.assign("c", other)
    assert (story, joined) == ("c", False)


def test_signatures_round_trip_through_the_store_format():
    index = StoryIndex(Stories())
    _, blob, _ = index.assign("a", WIRE)
    fresh = StoryIndex(Stories())
    assert fresh.load([("a", "a", blob)]) == 1
    story, _, joined = fresh.assign("b", WIRE + " More.")
    assert (story, joined) == ("a", True)


def test_signatures_of_other_sizes_are_skipped():
    blob = StoryIndex(Stories(num_perm=32)).assign("a", WIRE)[1]
    assert StoryIndex(Stories(num_perm=64)).load([("a", "a", blob)]) == 0
