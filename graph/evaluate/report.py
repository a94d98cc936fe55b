"""Printing an evaluation as tables."""

from __future__ import annotations

from graph.evaluate.run import Evaluation


def percent(n: int, d: int) -> str:
    """``n/d`` as a percentage with its counts."""
    return f"{100 * n / d:5.1f}% ({n}/{d})" if d else "    - (0/0)"


def layer_table(evaluation: Evaluation) -> list[str]:
    """One row per layer: counts, precision, recall, F1."""
    lines = [f"{'layer':18} {'gold':>5} {'system':>6} {'match':>5}  {'P':>5} {'R':>5} {'F1':>5}"]
    for name, layer in evaluation.layers.items():
        p, r, f = layer.prf()
        lines.append(
            f"{name:18} {layer.gold:5} {layer.system:6} {layer.matched:5}  "
            f"{p:5.2f} {r:5.2f} {f:5.2f}"
        )
    return lines


def attribute_table(evaluation: Evaluation) -> list[str]:
    """Attribute agreement over matched pairs."""
    lines = ["attribute (over matched pairs)"]
    for name in ("statements", "events"):
        layer = evaluation.layers[name]
        for attribute, total in sorted(layer.attribute_totals.items()):
            agreed = percent(layer.attributes[attribute], total)
            lines.append(f"  {name:11} {attribute:10} {agreed}")
    actors = evaluation.layers["actors"]
    lines.append(
        f"  {'actors':11} {'type':10} "
        f"{percent(actors.attributes['type'], actors.attribute_totals['type'])}"
    )
    lines.append(f"  {'actors':11} duplicate nodes: {len(actors.duplicates)}")
    right, total = evaluation.dates()
    lines.append(f"  {'dates':11} {'exact':10} {percent(right, total)}")
    return lines


def file_table(evaluation: Evaluation) -> list[str]:
    """F1 of each layer per file."""
    lines = [f"{'file':24} {'actors':>6} {'stmts':>6} {'events':>6}"]
    for name, layers in evaluation.files.items():
        f1 = [layers[n].prf()[2] for n in ("actors", "statements", "events")]
        lines.append(f"{name:24} " + " ".join(f"{v:6.2f}" for v in f1))
    return lines


def describe(layer: str, item: dict) -> str:
    """One line naming an actor, statement or event the way the gold files do."""
    if layer == "actors":
        return f"{item['name']} ({item['type']})"
    if layer == "statements":
        return f"{item['speaker']} -> {item.get('addressee')}: {item['content'][:70]!r}"
    return (
        f"{item['type']} {item.get('trigger')!r} {item['source']} -> {item['target']}"
        f" date={item.get('date')}"
    )


def error_lines(evaluation: Evaluation) -> list[str]:
    """Per file and layer, the gold items missed, the system items matched to none and the
    matched pairs that disagree on an attribute (~)."""
    lines = ["errors (- missed gold, + unmatched system, ~ matched but an attribute differs, "
             "= a second node for a gold actor)"]
    for name, layers in evaluation.files.items():
        for layer_name in ("actors", "statements", "events"):
            layer = layers[layer_name]
            lines += [f"{name} {layer_name} - {describe(layer_name, g)}" for g in layer.missed]
            lines += [f"{name} {layer_name} + {describe(layer_name, s)}" for s in layer.spurious]
            lines += [f"{name} {layer_name} ~ {attr} {g.get(attr)} (system {s.get(attr)}): "
                      f"{describe(layer_name, g)}" for attr, g, s in layer.disagreements]
        lines += [f"{name} actors = {describe('actors', s)}" for s in layers["actors"].duplicates]
    return lines


def render(evaluation: Evaluation, per_file: bool, errors: bool = False) -> str:
    """The full report."""
    blocks = [layer_table(evaluation), attribute_table(evaluation)]
    if per_file:
        blocks.append(file_table(evaluation))
    if errors:
        blocks.append(error_lines(evaluation))
    return "\n\n".join("\n".join(b) for b in blocks)
