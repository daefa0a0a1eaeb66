"""Responses files: `responses: {PARTICIPANT_ID: {QUESTIONNAIRE_ID: {ITEM_ID: value}}}`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rm_tui.core.coded_problem import CodedProblem, problem
from rm_tui.core.errors import InputError
from rm_tui.core.participant import Participant
from rm_tui.core.program import Program
from rm_tui.core.questionnaire import Item
from rm_tui.core.source import Checker, KeyPath, SourceMap
from rm_tui.i18n import LANGS, Said

Answers = dict[str, dict[str, dict[str, Any]]]  # participant -> questionnaire -> item -> value


def _person_problem(item: Item, person: Participant, value: Any,
                    role_of: Mapping[str, str]) -> CodedProblem | None:
    """What `check_answer` cannot know without the roster: who is asked, and whom one may pick.
    Roles are named in the file's words (`mentors`, `mentees`): they are the format's keys."""
    if not item.applies_to(person.role):
        return problem("not_asked", roles=" and ".join(r + "s" for r in item.roles))
    if item.kind != "roster" or not isinstance(value, list):
        return None
    other_role = "mentee" if person.role == "mentor" else "mentor"
    wanted = {"mentor": "mentor", "mentee": "mentee", "other_role": other_role}.get(item.pick_from)
    for pid in value:
        if pid == person.id:
            return problem("picks_self")
        if wanted and role_of.get(pid, wanted) != wanted:
            return problem("picks_role", value=pid, role=role_of[pid], wanted=wanted + "s")
    return None


def _as_written(check: Checker, item: Item, value: Any, keys: KeyPath) -> Any:
    """Choices and roster picks are ids, and a free text is text: `010` or `yes` in the file is
    that text, not 8 or true."""
    if item.kind in ("multi", "roster") and isinstance(value, list):
        return [check.as_written(v, keys + (i,)) for i, v in enumerate(value)]
    return check.as_written(value, keys) if item.kind in ("single", "text") else value


def parse_responses(data: Any, source: SourceMap, program: Program | None = None) -> Answers:
    """Check a responses document; with a program, check every id and answer against it.

    Partial answers are fine (people answer over time); invalid values are not.
    """
    check = Checker(source)
    if data is None:
        check.error((), Said("check.answers.empty", shape="responses: {PARTICIPANT_ID: {QUESTIONNAIRE_ID: {ITEM_ID: value}}}"))
        raise InputError(check.problems)
    doc = check.mapping(data, (), Said("check.what.a_responses_file"))
    check.unknown_keys(doc, {"responses"}, (), Said("check.what.a_responses_file"))
    out: Answers = {}
    if doc and "responses" not in doc:
        check.error((), Said("check.answers.no_top"))
    roster_ids = {p.id for p in program.roster} if program else None
    role_of = {p.id: p.role for p in program.roster} if program else {}
    for pid, per_q in check.mapping(doc.get("responses") or {}, ("responses",), "'responses'").items():
        keys: KeyPath = ("responses", pid)
        pid = str(pid)
        person = program.participant(pid) if program else None
        if program and person is None:
            check.error(keys, Said("check.answers.not_on_roster", pid=pid))
            continue
        out[pid] = {}
        for qid, answers in check.mapping(per_q, keys, Said("check.what.answers_of", pid=pid)).items():
            qkeys = keys + (qid,)
            questionnaire = None
            if program and person is not None:
                if qid not in program.questionnaire_ids.get(person.role, ()):
                    check.error(qkeys, Said("check.answers.not_given", qid=qid, roles=Said(f"check.roles.{person.role}")))
                    continue
                questionnaire = program.questionnaires[qid]
            out[pid][str(qid)] = {}
            for item_id, value in check.mapping(answers, qkeys, Said("check.what.answers_to", qid=qid)).items():
                ikeys = qkeys + (item_id,)
                if questionnaire is not None:
                    if item_id not in questionnaire.item_ids():
                        check.error(ikeys, Said("check.program.no_item", qid=qid, item=item_id))
                        continue
                    if value is None:
                        continue
                    item = questionnaire.item(item_id)
                    value = _as_written(check, item, value, ikeys)
                    found: CodedProblem | str | None = item.check_answer(
                        value, person.role if person else None, roster_ids)
                    if found is None and person is not None:
                        found = _person_problem(item, person, value, role_of)
                    if found:
                        why = found if isinstance(found, str) else {lang: found.text(lang) for lang in LANGS}
                        check.error(ikeys, Said("check.answers.refused", item=f"{qid}.{item_id}", why=why, got=repr(value)))
                        continue
                out[pid][str(qid)][str(item_id)] = value
    if check.problems:
        raise InputError(check.problems)
    return out
