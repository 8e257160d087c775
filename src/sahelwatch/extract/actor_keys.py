"""The organisation behind an ACLED-style actor name: actors of one family
(data/actors.yaml `org`) are one organisation, a country's state forces are one,
and generic actors ('Unidentified Armed Group (Mali)') keep their country.
Used to tell whether two reports blame the same side, and by the benchmarks."""

from __future__ import annotations

import re
from functools import lru_cache

from sahelwatch.datafiles import load_yaml

_STATE = re.compile(r"^(?:Military|Police) Forces of (.+?) \(")
_GOV = re.compile(r"^Government of (.+?) \(")
GENERIC = ("unidentified", "civilians", "protesters", "rioters", "communal")


class ActorKeys:
    def __init__(self):
        data = load_yaml("actors.yaml")
        self.exact: dict[str, str] = {}
        self._organisations: dict[str | None, frozenset[str]] = {}
        self.templates: list[tuple[re.Pattern, str]] = []
        for actor in data["actors"]:
            if "{country}" in actor["name"]:
                self.templates.append((_template(actor["name"]), actor["org"]))
            else:
                self.exact[actor["name"]] = actor["org"]
            for other in actor.get("acled_names", []):
                self.exact[other] = actor["org"]
        for entry in data["generic"].values():
            self.templates.append((_template(entry["name"]), entry["org"]))
        for combo in data.get("combined", []):
            self.exact[combo["name"]] = "+".join(sorted(combo["members"]))

    def key(self, name: str | None) -> str | None:
        """'jnim', 'state:Mali', 'unidentified:Mali', 'is_sahel+jnim' (a combined attribution)."""
        if not name:
            return None
        m = _STATE.match(name) or _GOV.match(name)
        if m:
            return f"state:{m.group(1)}"
        if name in self.exact:
            return self.exact[name]
        for pattern, org in self.templates:
            m = pattern.match(name)
            if m:
                return f"{org}:{m.group(1)}" if org in GENERIC else org
        return name.split(":")[0].strip()

    def organisations(self, name: str | None) -> frozenset[str]:
        """The named organisations an actor stands for ('JNIM and/or ISGS' -> both); generic
        actors (unidentified gunmen, civilians, crowds) stand for none. Remembered per name:
        the merger asks for the same few names again and again."""
        found = self._organisations.get(name)
        if found is None:
            found = self._organisations[name] = self._read_organisations(name)
        return found

    def _read_organisations(self, name: str | None) -> frozenset[str]:
        key = self.key(name)
        if key is None or key.split(":")[0] in GENERIC:
            return frozenset()
        return frozenset(key.split("+")) if not key.startswith("state:") else frozenset([key])


def _template(name: str) -> re.Pattern:
    return re.compile("^" + re.escape(name).replace(r"\{country\}", "(.+)") + "$")


@lru_cache(maxsize=1)
def actor_keys() -> ActorKeys:
    return ActorKeys()
