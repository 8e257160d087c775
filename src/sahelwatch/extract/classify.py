"""ACLED event type and sub-event type from the trigger groups of an event's
sentence and who takes part in it. A decision list, most specific first."""

from __future__ import annotations

from dataclasses import dataclass

BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
VAC = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
SD = "Strategic developments"

VIOLENT = ("attack", "ambush", "clash", "kill", "execute", "harm", "gunfire")
ENGAGED = ("ambush", "clash", "gunfire")


@dataclass
class Scene:
    """What the classifier sees of one event."""

    groups: set[str]  # trigger groups present (asserted)
    armed_state: bool  # state forces take part
    armed_nonstate: bool  # a non-state armed actor takes part
    civilian_victims: bool  # civilians are the ones attacked
    armed_target: bool  # the attacked are armed (soldiers, a post, a convoy, militants)
    two_armed_sides: bool  # two distinct armed actors
    deaths: int  # fatalities found
    property_target: bool = False  # buildings, vehicles, goods are what is attacked
    state_acts: bool = False  # state forces alone are the ones acting (actor1)
    unarmed: bool = False  # the text says the victims were unarmed, off duty, retired
    crowd_acts: bool = False  # people with no arms named before the verb do what it says ('locals beat a thief')

    def has(self, *groups: str) -> bool:
        return any(g in self.groups for g in groups)


# within one event type, the reading that says more wins when sentences are joined
SUB_RANK = {
    "Sexual violence": 3, "Attack": 2, "Abduction/forced disappearance": 1,
    "Excessive force against protesters": 3, "Protest with intervention": 2, "Peaceful protest": 1,
    "Mob violence": 2, "Violent demonstration": 1,
}


def refine_with(event_type: str, sub_type: str, groups: set[str], state_present: bool) -> str:
    """A joined sentence that shows the police dispersing a protest, or killing in it."""
    if event_type == PROTESTS:
        if "kill" in groups and state_present:
            return "Excessive force against protesters"
        if ("intervention" in groups or ("arrest" in groups and state_present)) and SUB_RANK.get(sub_type, 0) < 2:
            return "Protest with intervention"
    return sub_type


def classify(scene: Scene) -> tuple[str, str] | None:
    g = scene.has
    # 'to demand', 'to denounce': a protest's purpose, unless armed men kill or attack, or anyone abducts
    # ('to demand a ransom', 'the kidnappers called to demand money')
    protest = g("protest") or (g("protest_purpose") and not (g("abduct") or (g(*VIOLENT) and scene.armed_nonstate)))
    if protest and not (g("attack", "ambush", "clash") and scene.armed_nonstate):
        if g("mob", "lynch"):
            return RIOTS, "Mob violence"
        if g("riot", "clash") or (g("loot", "destroy") and not scene.armed_nonstate):
            # demonstrators who fight ('clashes erupted with security forces'): a riot (ACLED), even if killed
            return RIOTS, "Violent demonstration"
        if g("kill") and scene.armed_state and scene.deaths:
            return PROTESTS, "Excessive force against protesters"  # force against peaceful demonstrators
        if g("intervention") or (g("arrest") and scene.armed_state):
            return PROTESTS, "Protest with intervention"
        return PROTESTS, "Peaceful protest"
    if g("lynch"):
        return RIOTS, "Mob violence"  # whoever the victims were ('residents lynched two armed robbers')
    if g("riot") and not scene.armed_nonstate and not scene.state_acts:
        return RIOTS, "Violent demonstration"  # not 'soldiers fired in the air': no crowd
    if g("mob") and not scene.armed_nonstate and g("kill", "attack", "destroy", "loot", "riot", "harm"):
        return RIOTS, "Mob violence"
    if scene.crowd_acts and g("attack", "harm", "kill", "destroy", "loot") and not (scene.armed_nonstate and g("attack", "harm", "kill")) \
            and not g("abduct", "sexual", "ied", "air", "shelling", "communal", "ambush", "gunfire", "shooting"):
        # residents, students or traders who beat, stone or burn, with no armed group: a riot (ACLED)
        return (RIOTS, "Violent demonstration") if scene.armed_target or scene.property_target else (RIOTS, "Mob violence")
    engaged = g(*ENGAGED) and (scene.armed_target or scene.two_armed_sides)
    # a ground assault on armed men that also used explosives ('attacked the barracks, took control of it and
    # blew it up', 'attacked the position and seized weapons; a car bomb failed to go off'): a battle (ACLED)
    assault = g("attack") and scene.armed_target and g("takeover", "loot")
    if g("suicide"):
        return (BATTLES, "Armed clash") if engaged or assault else (EXPLOSIONS, "Suicide bomb")
    if g("chemical"):
        return EXPLOSIONS, "Chemical weapon"
    if g("air") or (g("drone") and g("attack", "kill", "shelling", "ied", "harm")):
        # airstrikes with ground fighting ('air/ground operation', 'exchanges of gunfire'): a battle (ACLED)
        return (BATTLES, "Armed clash") if engaged else (EXPLOSIONS, "Air/drone strike")
    if g("disrupt") and not (g("kill") and scene.deaths) and not g("attack", "ambush", "clash", "gunfire"):
        return SD, "Disrupted weapons use"  # in an attack, 'seized weapons' is the attackers' loot
    if g("disrupt") and scene.armed_state and scene.deaths:
        return BATTLES, "Armed clash"  # an operation that seized weapons and killed fighters
    if g("ied") and g("discovery") and not scene.deaths and not g("attack", "ambush", "clash", "gunfire", "kill", "harm", "shooting"):
        return SD, "Disrupted weapons use"  # 'the discovery, last Tuesday, of an explosive device on a track'
    if g("ied") and not (engaged or assault):
        return EXPLOSIONS, "Remote explosive/landmine/IED"
    if g("shelling") and not (engaged or assault):
        return EXPLOSIONS, "Shelling/artillery/missile attack"
    if g("grenade") and not (engaged or assault):
        return EXPLOSIONS, "Grenade"
    if g("recapture") and scene.armed_state:
        return BATTLES, "Government regains territory"
    if g("takeover") and scene.armed_nonstate and g("attack", "clash", "kill", "takeover"):
        return BATTLES, "Non-state actor overtakes territory"
    if g("agreement") and not g(*VIOLENT):
        return SD, "Agreement"
    if g("sexual"):
        return VAC, "Sexual violence"
    killed = g("kill", "execute") or scene.deaths > 0
    if g("abduct") and not killed and not g("clash", "gunfire", "ambush", "harm") and not (scene.armed_target and not scene.civilian_victims):
        # abducted and also beaten, wounded or tortured: an attack (ACLED)
        return VAC, "Abduction/forced disappearance"
    if g("communal") and g("clash", "kill", "harm", "attack", "communal") and not scene.armed_state:
        return BATTLES, "Armed clash"  # communities fighting as such: identity militias (ACLED)
    if g("clash", "harm", "kill") and not (scene.armed_state or scene.armed_nonstate or scene.armed_target):
        # groups of residents, miners or villagers fighting, with no armed organisation: mob violence
        if g("clash") and scene.deaths and not g("mob", "lynch", "riot", "protest"):
            return BATTLES, "Armed clash"  # factions or communities fighting to the death: communal militias (ACLED)
        if g("clash") or (g("harm", "kill") and scene.civilian_victims and g("mob", "lynch")):
            return RIOTS, "Mob violence"
    if scene.unarmed and g("kill", "execute", "harm", "abduct") and not g("gunfire", "ambush"):
        return VAC, "Attack"  # 'executed seven unarmed individuals ... while conducting clearing operations'
    if g("execute") and scene.civilian_victims and not g("clash", "gunfire", "ambush", "attack"):
        return VAC, "Attack"  # an assassination or execution of civilians, whoever else is named: no fight
    if g(*VIOLENT) or g("abduct") or (g("shooting") and (scene.armed_nonstate or scene.armed_state)):
        harmed = g("kill", "execute", "harm", "abduct") or scene.deaths > 0
        armed = scene.two_armed_sides or scene.armed_target or g("clash", "return_fire")
        if g("unmanned") and not harmed and g("loot", "destroy") and not g("clash", "return_fire", "gunfire", "ambush", "shooting"):
            # 'attacked the police station while it was unmanned, the interior ransacked and burned': nobody there to
            # fight, nobody hurt (ACLED)
            return SD, "Looting/property destruction"
        if armed and not (scene.civilian_victims and not scene.armed_target and not g("clash", "gunfire")):
            return BATTLES, "Armed clash"
        if not harmed and not g("shooting") and g("loot", "destroy") and (scene.property_target or not scene.civilian_victims):
            return SD, "Looting/property destruction"  # 'attacked the village and seized livestock, no casualties'
        if harmed or scene.civilian_victims or g("attack", "ambush"):
            return VAC, "Attack"
    if g("loot", "destroy") and not (g("arrest") and scene.state_acts):  # ('arrested nine people ... and seized motorcycles')
        return SD, "Looting/property destruction"
    if g("arrest") and scene.armed_state and scene.deaths and not g("protest"):
        return VAC, "Attack"  # 'soldiers arrested an elderly man, the corpse was found': killed in custody
    if g("arrest") and scene.armed_state:
        return SD, "Arrests"
    if g("base"):
        return SD, "Headquarters or base established"
    if g("withdraw"):
        return SD, "Non-violent transfer of territory"
    if g("group_change"):
        return SD, "Change to group/activity"
    if g("other_sd"):
        return SD, "Other"
    return None
