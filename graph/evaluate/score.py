"""Scoring a system annotation against a gold file, by the rules of the dev set's README.

Each layer is matched one-to-one and greedily inside a file; counts are summed over files
(micro-average). Attributes are scored over matched pairs.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

Item = dict[str, Any]
TITLES = re.compile(
    r"^(?:presiden|perdana menteri|pm|menteri(?: luar negeri| keuangan| pertahanan)?|menlu|"
    r"wakil(?: presiden| ketua)?|ketua(?: umum)?|juru bicara|jubir|gubernur|jenderal|bapak|ibu|"
    r"pak|bu|dr\.?|raja|ratu|kanselir|sekretaris jenderal|sekjen|duta besar|dubes)\s+"
)
OLD_TYPES = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}
WORD = re.compile(r"\w+")


def normal_form(name: str) -> str:
    """Lower case, single spaces, leading titles and role words removed."""
    form = re.sub(r"\s+", " ", name).strip().lower()
    while (stripped := TITLES.sub("", form)) != form:
        form = stripped
    return form


def forms(actor: Item) -> set[str]:
    """Every normalised name an actor goes by."""
    return {normal_form(n) for n in [actor["name"], *actor.get("aliases", [])] if n}


def token_f1(a: str, b: str) -> float:
    """Token-level F1 of two strings (lower-cased word tokens)."""
    ta, tb = Counter(WORD.findall(a.lower())), Counter(WORD.findall(b.lower()))
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    p, r = common / sum(ta.values()), common / sum(tb.values())
    return 2 * p * r / (p + r)


def greedy(
    gold: list[Item],
    system: list[Item],
    match: Callable[[Item, Item], bool],
    prefer: Callable[[Item, Item], bool] = lambda g, s: False,
    exact: Callable[[Item, Item], bool] = lambda g, s: False,
) -> list[tuple[Item, Item]]:
    """One-to-one greedy matching in gold order; each system item is used once.

    Among the system items that match, those ``exact`` accepts are tried first, then those
    ``prefer`` accepts (a spokesperson named by the office is matched to the person, not to
    the office whose name is the same once the role is stripped).
    """
    used: set[int] = set()
    pairs = []
    for g in gold:
        order = sorted(range(len(system)),
                       key=lambda i: (not exact(g, system[i]), not prefer(g, system[i])))
        for i in order:
            s = system[i]
            if i not in used and match(g, s):
                used.add(i)
                pairs.append((g, s))
                break
    return pairs


class Resolver:
    """Maps system actor names to gold actor names through the actor alignment."""

    def __init__(self, gold_actors: list[Item], system_actors: list[Item]) -> None:
        self.pairs = greedy(
            gold_actors,
            system_actors,
            lambda g, s: bool(forms(g) & forms(s)),
            prefer=lambda g, s: normal_form(s["name"]) == normal_form(g["name"]),
            exact=lambda g, s: (s["name"], s.get("type")) == (g["name"], g.get("type")),
        )
        self.to_gold = {s["name"]: g["name"] for g, s in self.pairs}
        self.affiliation = {g["name"]: g.get("affiliation") for g in gold_actors}

    def gold_names(self, system_names: Iterable[str]) -> set[str]:
        """The gold actors the system actors align to."""
        return {self.to_gold[n] for n in system_names if n in self.to_gold}

    def same(self, gold_name: str, system_name: str) -> bool:
        """The system actor is the gold actor, or the gold actor's affiliation."""
        resolved = self.to_gold.get(system_name)
        return resolved is not None and resolved in {gold_name, self.affiliation.get(gold_name)}

    def overlap(self, gold_names: list[str], system_names: list[str]) -> bool:
        """Some system actor resolves to one of the gold actors (or its affiliation)."""
        return any(self.same(g, s) for g in gold_names for s in system_names)


@dataclass
class Layer:
    """Counts of one layer: matches, system items, gold items, and attribute agreement."""

    matched: int = 0
    system: int = 0
    gold: int = 0
    attributes: Counter[str] = field(default_factory=Counter)
    attribute_totals: Counter[str] = field(default_factory=Counter)
    missed: list[Item] = field(default_factory=list)
    spurious: list[Item] = field(default_factory=list)
    disagreements: list[tuple[str, Item, Item]] = field(default_factory=list)
    duplicates: list[Item] = field(default_factory=list)

    def add(self, other: Layer) -> None:
        """Sum another file's counts into this one."""
        self.matched += other.matched
        self.system += other.system
        self.gold += other.gold
        self.attributes.update(other.attributes)
        self.attribute_totals.update(other.attribute_totals)
        self.missed.extend(other.missed)
        self.spurious.extend(other.spurious)
        self.disagreements.extend(other.disagreements)
        self.duplicates.extend(other.duplicates)

    def record(self, gold: list[Item], system: list[Item], pairs: list[tuple[Item, Item]]) -> None:
        """Count the matches and keep the unmatched items of both sides."""
        self.matched = len(pairs)
        matched_gold, matched_system = {id(g) for g, _ in pairs}, {id(s) for _, s in pairs}
        self.missed = [g for g in gold if id(g) not in matched_gold]
        self.spurious = [s for s in system if id(s) not in matched_system]

    def prf(self) -> tuple[float, float, float]:
        """Precision, recall and F1."""
        p = self.matched / self.system if self.system else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def attribute(self, name: str, agrees: bool, applies: bool = True,
                  pair: tuple[Item, Item] | None = None) -> None:
        """Count one matched pair's agreement on an attribute (and keep the pair if not)."""
        if applies:
            self.attribute_totals[name] += 1
            self.attributes[name] += agrees
            if not agrees and pair is not None:
                self.disagreements.append((name, *pair))


def event_type(item: Item) -> str:
    """The PLOVER type after mapping older names."""
    return OLD_TYPES.get(item["type"], item["type"])


def score_statements(gold: list[Item], system: list[Item], resolve: Resolver) -> Layer:
    """Statements match on speaker and content token-F1 >= 0.5."""
    layer = Layer(system=len(system), gold=len(gold))
    pairs = greedy(
        gold,
        system,
        lambda g, s: (
            resolve.same(g["speaker"], s["speaker"]) and token_f1(g["content"], s["content"]) >= 0.5
        ),
    )
    layer.record(gold, system, pairs)
    for g, s in pairs:
        layer.attribute("kind", g["kind"] == s["kind"], pair=(g, s))
        has_addressee = g.get("addressee") is not None
        layer.attribute("addressee", addressee_agrees(g, s, resolve), has_addressee, (g, s))
        layer.attribute("date", g.get("date") == s.get("date"), g.get("date") is not None,
                        (g, s))
        layer.attribute("negated", g.get("negated", False) == s.get("negated", False),
                        pair=(g, s))
    return layer


def addressee_agrees(gold: Item, system: Item, resolve: Resolver) -> bool:
    """The addressee is the same actor, or the same plain noun."""
    g, s = gold.get("addressee"), system.get("addressee")
    if g is None or s is None:
        return g == s
    return resolve.same(g, s) or normal_form(g) == normal_form(s)


def event_matches(g: Item, s: Item, resolve: Resolver, typed: bool) -> bool:
    """Same type (if typed), intersecting sources and targets (or their unions)."""
    if typed and event_type(g) != event_type(s):
        return False
    if not g["target"]:
        return resolve.overlap(g["source"], s["source"] + s["target"])
    return resolve.overlap(g["source"], s["source"]) and resolve.overlap(g["target"], s["target"])


def score_events(gold: list[Item], system: list[Item], resolve: Resolver, typed: bool) -> Layer:
    """Events match on type and on intersecting resolved source and target sets."""
    layer = Layer(system=len(system), gold=len(gold))
    pairs = greedy(
        gold,
        system,
        lambda g, s: event_matches(g, s, resolve, typed),
        prefer=lambda g, s: event_type(g) == event_type(s),
    )
    layer.record(gold, system, pairs)
    for g, s in pairs:
        layer.attribute("negated", g.get("negated", False) == s.get("negated", False),
                        pair=(g, s))
        layer.attribute("date", g.get("date") == s.get("date"), g.get("date") is not None,
                        (g, s))
        place, found = g.get("place"), s.get("place")
        layer.attribute(
            "place",
            place is not None and found is not None
            and (resolve.same(place, found) or normal_form(place) == normal_form(found)),
            place is not None,
            (g, s),
        )
    return layer


def duplicate_actors(resolve: Resolver, system_actors: list[Item],
                     gold_actors: list[Item]) -> list[Item]:
    """System actors that are a second node for a gold actor already matched."""
    return [
        s
        for s in system_actors
        if s["name"] not in resolve.to_gold and any(forms(s) & forms(g) for g in gold_actors)
    ]


def score_file(gold: dict[str, list[Item]], system: dict[str, list[Item]]) -> dict[str, Layer]:
    """Every layer's counts for one file."""
    resolve = Resolver(gold["actors"], system["actors"])
    actors = Layer(system=len(system["actors"]), gold=len(gold["actors"]))
    actors.record(gold["actors"], system["actors"], resolve.pairs)
    for g, s in resolve.pairs:
        actors.attribute("type", g["type"] == s["type"])
    actors.duplicates = duplicate_actors(resolve, system["actors"], gold["actors"])
    return {
        "actors": actors,
        "statements": score_statements(gold["statements"], system["statements"], resolve),
        "events": score_events(gold["events"], system["events"], resolve, typed=True),
        "events (untyped)": score_events(gold["events"], system["events"], resolve, typed=False),
    }
