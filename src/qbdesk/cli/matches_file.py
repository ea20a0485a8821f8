"""``qbdesk plan --matches FILE``: the user's word on possible matches, read from a JSON file.

The file is what ``qbdesk plan --json`` printed, with a ``"decision"`` of ``"same"``
or ``"different"`` written into the pairs the user decided (pairs left without one
stay undecided) — or just a list of such pairs. Every mistake is a sentence naming
the pair (exit 2), and then nothing is stored.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from qbdesk.cli.common import UsageError
from qbdesk.sync.match_decisions import PairDecision
from qbdesk.sync.matching import Decision

FORMAT = ('a JSON list of {"entity", "local_id", "qbo_id", "decision": "same" | "different"}, or the output of '
          '`qbdesk plan --json` with a "decision" written into the possible matches you decided')


def read_decisions(path: str) -> list[PairDecision]:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise UsageError(f"{path}: no such file") from exc
    except UnicodeDecodeError as exc:
        raise UsageError(f"{path} is not a text file: the matches file is JSON ({FORMAT})") from exc
    except OSError as exc:
        raise UsageError(f"Cannot read {path}: {exc.strerror or exc}") from exc
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UsageError(f"{path} is not JSON (line {exc.lineno}: {exc.msg}); expected {FORMAT}") from exc
    pairs = _pairs(doc)
    if pairs is None:
        raise UsageError(f"{path} does not hold decisions; expected {FORMAT}")
    decisions: list[PairDecision] = []
    problems: list[str] = []
    for number, pair in enumerate(pairs, start=1):
        if not isinstance(pair, dict):
            problems.append(f"pair {number} is not an object")
            continue
        if isinstance(doc, dict) and pair.get("decision") in (None, ""):
            continue  # from `plan --json`: a pair the user left undecided
        made = _decision(pair)
        if isinstance(made, str):
            problems.append(f"pair {number}: {made}")
        else:
            decisions.append(made)
    if problems:
        raise UsageError(f"{path}: " + "; ".join(problems))
    if not decisions:
        raise UsageError(f'{path} decides no pair: write "decision": "same" or "different" into the pairs you '
                         f"decided")
    return decisions


def _pairs(doc: Any) -> list[Any] | None:
    if isinstance(doc, list):
        return doc
    if isinstance(doc, dict) and isinstance(doc.get("possible_matches"), dict):
        found: list[Any] = []
        for entity, pairs in doc["possible_matches"].items():
            if not isinstance(pairs, list):
                return None
            found.extend({"entity": entity, **p} if isinstance(p, dict) else p for p in pairs)
        return found
    return None


def _decision(pair: dict[str, Any]) -> PairDecision | str:
    missing = [k for k in ("entity", "local_id", "qbo_id", "decision") if pair.get(k) in (None, "")]
    if missing:
        return f"{', '.join(missing)} missing"
    try:
        decision = Decision(str(pair["decision"]).strip().casefold())
    except ValueError:
        return f'decision {pair["decision"]!r} is neither "same" nor "different"'
    local_id = str(pair["local_id"]).strip()
    if not local_id.isdigit():
        return f"local_id {pair['local_id']!r} is not a record id of this company (a number)"
    return PairDecision(str(pair["entity"]).strip(), local_id, str(pair["qbo_id"]).strip(), decision)
