"""A questionnaire's `recommended_intentions`: which intentions go together, shipped with it.

```yaml
recommended_intentions:
  item: intentions              # a choice item offering options to both roles
  matrix: {MENTEE_OPTION: {MENTOR_OPTION: 0.8, ...}, ...}   # each in [0, 1]
```
The program wizard (`rm-tui new`) offers it as the default intentions matrix, so Enter keeps a
matrix that tells pairs apart.
"""

from __future__ import annotations

from typing import Any

from rm_tui.core.questionnaire import Item
from rm_tui.core.source import Checker, KeyPath
from rm_tui.i18n import Said

RECOMMENDED_KEYS = {"item", "matrix"}


def parse_recommended(check: Checker, value: Any, items: dict[str, Item],
                      ) -> tuple[str | None, dict[str, dict[str, float]]]:  # fmt: skip
    if value is None:
        return None, {}
    keys: KeyPath = ("recommended_intentions",)
    spec = check.mapping(value, keys, "'recommended_intentions'")
    check.unknown_keys(spec, RECOMMENDED_KEYS, keys, "'recommended_intentions'")
    item = items.get(str(spec.get("item")))
    if item is None or item.kind not in ("single", "multi"):
        check.error(keys + ("item",) if "item" in spec else keys, Said("check.matrix.item"))
        return None, {}
    mentee_opts = {o.id for o in item.options_for("mentee")}
    mentor_opts = {o.id for o in item.options_for("mentor")}
    matrix: dict[str, dict[str, float]] = {}
    rows = check.mapping(spec.get("matrix") or {}, keys + ("matrix",), "'recommended_intentions.matrix'")
    for mentee_opt, row in rows.items():
        k = keys + ("matrix", mentee_opt)
        if mentee_opt not in mentee_opts:
            check.error(k, Said("check.matrix.mentee", value=mentee_opt, item=item.id))
        matrix[str(mentee_opt)] = {}
        for mentor_opt, fit in check.mapping(row, k, Said("check.what.row", row=mentee_opt)).items():
            if mentor_opt not in mentor_opts:
                check.error(k + (mentor_opt,), Said("check.matrix.mentor", value=mentor_opt, item=item.id))
            number = check.number(fit, k + (mentor_opt,), Said("check.what.fit"), lo=0, hi=1)
            if number is not None:
                matrix[str(mentee_opt)][str(mentor_opt)] = float(number)
    return item.id, matrix
