"""Check-ins and outcomes: the follow-up of pairs during and at the end of a program.

A check-in is one partner's answer (monthly by default): did we meet, and four 1-5 ratings.
An outcome closes a pair (at the end, or when it is split): each partner's quality rating,
goals reached, whether they would pair again, and whether it ended early (with a reason code;
no-fault by default). Values are validated with messages; records are plain dicts in storage.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

from rm_tui.core.dates import looks_like_iso, parse_date
from rm_tui.i18n import Said

MET_VALUES: tuple[str, ...] = ("yes", "cancelled", "no")
RESPONDENTS: tuple[str, ...] = ("mentor", "mentee")
RATINGS: tuple[str, ...] = ("useful", "openness", "explains_well", "progress")
RATING_TEXT: dict[str, str] = {
    "useful": "our exchanges were useful to me",
    "openness": "I can speak openly with my partner",
    "explains_well": "my partner explains in a way that works for me",
    "progress": "we are progressing toward our goals",
}
NO_FAULT = "no_fault"
# Why a pair ended early or was split. `no_fault` is the default: nobody is blamed.
REASON_CODES: dict[str, str] = {
    NO_FAULT: "no fault: the pairing did not work out",
    "availability": "schedules or workload made meetings impossible",
    "left_program": "a partner left the program or the company",
    "role_change": "a partner changed role (e.g. now in the same reporting line)",
    "mismatch": "goals or expectations did not match",
    "confidentiality": "a confidentiality concern",
    "other": "another reason",
}


class CheckInError(ValueError):
    """A value that does not fit; `field` names it, the message says what is expected (in
    English, for files and logs), `code` says which rule it broke so forms can say it in the
    person's language without reading the English: "required", "range", "need_quality" or
    "invalid" (any other value; `field` tells which)."""

    def __init__(self, field: str, message: str, code: str = "invalid") -> None:
        super().__init__(message)
        self.field = field
        self.code = code


def _rating(field: str, value: Any, required: bool) -> int | None:
    if value is None or value == "":
        if required:
            raise CheckInError(field, Said("check.checkin.required", field=field), "required")
        return None
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise CheckInError(field, Said("check.checkin.range", field=field, got=repr(value)), "range")
    return value


def _text_id(field: str, value: Any) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or not value.strip():
        raise CheckInError(field, Said("check.checkin.id", field=field, got=repr(value)))
    return value.strip()


def _date(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str) or not looks_like_iso(value):
        raise CheckInError("date", Said("check.checkin.date", got=repr(value)))
    iso = parse_date(value, iso_only=True)
    if iso is None:
        raise CheckInError("date", Said("check.checkin.real_date", got=repr(value)))
    return iso


def parse_bool(field: str, value: Any, default: bool | None = None) -> bool | None:
    """true/false, also yes/no, oui/non, 1/0 (as CSV files write them)."""
    if value is None or value == "":
        return default
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("true", "yes", "y", "oui", "o", "1"):
        return True
    if text in ("false", "no", "n", "non", "0"):
        return False
    raise CheckInError(field, Said("check.checkin.boolean", field=field, got=repr(value)))


def _reason(value: Any, ended_early: bool) -> str | None:
    if value is None or value == "":
        return NO_FAULT if ended_early else None
    if value not in REASON_CODES:
        raise CheckInError("reason", Said("check.checkin.reason", codes=", ".join(REASON_CODES), got=repr(value)))
    return str(value)


@dataclass(frozen=True)
class CheckIn:
    mentor: str
    mentee: str
    respondent: str  # mentor | mentee
    date: str  # YYYY-MM-DD
    met: str  # yes | cancelled | no
    useful: int | None = None
    openness: int | None = None
    explains_well: int | None = None
    progress: int | None = None
    comment: str | None = None  # seen by the facilitator only

    @property
    def key(self) -> tuple[str, str]:
        return (self.mentor, self.mentee)

    @property
    def month(self) -> str:
        return self.date[:7]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CheckIn:
        """Validate a record; raises CheckInError naming the first bad field.

        Ratings are required when the partners met; after a missed meeting they are optional.
        """
        respondent = data.get("respondent")
        if respondent not in RESPONDENTS:
            raise CheckInError("respondent", Said("check.checkin.respondent", got=repr(respondent)))
        met = data.get("met")
        met = {True: "yes", False: "no"}.get(met, met) if isinstance(met, bool) else met
        met = met.strip().lower() if isinstance(met, str) else met
        if met not in MET_VALUES:
            raise CheckInError("met", Said("check.checkin.met", got=repr(met)))
        ratings = {f: _rating(f, data.get(f), required=met == "yes") for f in RATINGS}
        comment = data.get("comment")
        if comment is not None and not isinstance(comment, str):
            comment = str(comment)
        return cls(
            mentor=_text_id("mentor", data.get("mentor")),
            mentee=_text_id("mentee", data.get("mentee")),
            respondent=respondent,
            date=_date(data.get("date")),
            met=met,
            comment=(comment.strip() or None) if comment else None,
            **ratings,
        )

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Outcome:
    mentor: str
    mentee: str
    quality_mentor: int | None = None
    quality_mentee: int | None = None
    goals: int | None = None
    would_pair_again: bool | None = None
    ended_early: bool = False
    reason: str | None = None  # a REASON_CODES key; no_fault when ended early without one

    @property
    def key(self) -> tuple[str, str]:
        return (self.mentor, self.mentee)

    @property
    def quality(self) -> float | None:
        """Mean of the partners' quality ratings that were given."""
        given = [q for q in (self.quality_mentor, self.quality_mentee) if q is not None]
        return sum(given) / len(given) if given else None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Outcome:
        ended = bool(parse_bool("ended_early", data.get("ended_early"), False))
        out = cls(
            mentor=_text_id("mentor", data.get("mentor")),
            mentee=_text_id("mentee", data.get("mentee")),
            quality_mentor=_rating("quality_mentor", data.get("quality_mentor"), False),
            quality_mentee=_rating("quality_mentee", data.get("quality_mentee"), False),
            goals=_rating("goals", data.get("goals"), False),
            would_pair_again=parse_bool("would_pair_again", data.get("would_pair_again")),
            ended_early=ended,
            reason=_reason(data.get("reason"), ended),
        )
        if out.quality_mentor is None and out.quality_mentee is None and not ended:
            raise CheckInError("quality_mentor", Said("check.checkin.need_quality"), "need_quality")
        return out

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
