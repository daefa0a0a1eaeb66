"""`rm-tui introduce PROGRAM -o DIR`: introductions of the confirmed pairs, ready to send."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rm_tui.cli.common import (
    add_db_argument,
    add_program_argument,
    open_workspace,
    program_lang,
    warn,
)
from rm_tui.i18n import Said, t

if TYPE_CHECKING:
    from rm_tui.core.introductions import Introduction
    from rm_tui.core.program import Program
    from rm_tui.templating import Templates

PERSONAL = 0o600  # names, emails and why two people were paired: personal data
WORDS = {
    "fr": {"title": "Les binômes", "pairs": "binômes", "contact": "Une question ? Contactez"},
    "en": {"title": "The pairs", "pairs": "pairs", "contact": "Questions? Contact"},
}


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "introduce",
        help="write introductions of the confirmed pairs: mail files, Markdown, printable cards",
        description=(
            "For the latest confirmed plan, write one introduction per pair into DIR: `eml` "
            "(default) is one mail file per pair, To both partners, From/Reply-To the program's "
            "facilitator, that any mail client opens (nothing is sent); `md` the same text as "
            "Markdown; `html` one printable A4 page of pair cards for the kickoff reveal. Each "
            "says who the partner is, the strongest reasons for the pair in plain words, a first-"
            "meeting agenda and the no-fault way out; never answers, scores or facilitator notes. "
            "Written in the pair's common language (both when they share none)."
        ),
    )
    add_program_argument(parser)
    add_db_argument(parser)
    parser.add_argument("-o", "--output", metavar="DIR", type=Path, required=True,
                        help="folder to write into (created if missing)")  # fmt: skip
    parser.add_argument("--format", choices=("eml", "md", "html"), default="eml",
                        help="eml (default), md or html")  # fmt: skip
    parser.add_argument("--lang", choices=("fr", "en"), default=None,
                        help="write every introduction in this language (default: each pair's own)")  # fmt: skip
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from rm_tui.core.errors import InputError, OperationError, Problem
    from rm_tui.core.introductions import file_stem, introductions
    from rm_tui.services.workspace import excluded_in_confirmed, require_confirmed
    from rm_tui.templating import Templates

    ws = open_workspace(args)
    program = ws.program
    if args.format == "eml" and (program.facilitator is None or not program.facilitator.email):
        raise InputError(Problem(str(args.program), Said("args.mail_needs_address",
                                                         example="facilitator: {name: ..., email: ...}")))
    stored = require_confirmed(ws)
    program_lang(args, program)  # the warning below in the language introduce speaks
    warn(args, *excluded_in_confirmed(stored, ws.program.roster))
    fac = program.facilitator
    facilitator = {"name": fac.name if fac else None, "email": fac.email if fac else None}
    lang = args.lang
    if args.format == "html":  # one page, one language: the program's first unless --lang
        lang = lang or (program.languages[0] if program.languages else "en")
    intros = introductions(stored["plan"], ws.people, program, facilitator=facilitator, lang=lang)
    if args.output.exists() and not args.output.is_dir():
        raise InputError(Problem("--output", Said("args.not_folder_output", path=args.output)))
    try:
        args.output.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OperationError.coded("args.cannot_create_path", path=args.output, why=exc.strerror or exc) from None
    templates = Templates(_override(program))
    if args.format == "html":
        written = [_write_cards(args.output, intros, templates, program, str(lang))]
    else:
        written = [_write_one(args.output / file_stem(intro, n), intro, templates, args.format)
                   for n, intro in enumerate(intros, start=1)]  # fmt: skip
    missing = [i for i in intros if not (i.mentor.email and i.mentee.email)]
    said = args.lang or (program.languages[0] if program.languages else "en")  # the facilitator's
    print(t("cli.introduce.wrote", said, n=len(written), folder=args.output, pairs=len(intros),
            version=stored.get("version")))
    for intro in missing:
        name = intro.mentor.name if not intro.mentor.email else intro.mentee.name
        print(t("cli.introduce.no_email", said, name=name))
    return 0


def _override(program: Program) -> Path | None:
    if not program.introductions_dir:
        return None
    return Path(program.path).parent / program.introductions_dir


def texts(intro: Introduction, templates: Templates) -> tuple[str, str]:
    """(subject, body) in the pair's language(s); both languages one after the other if needed."""
    subjects, bodies = [], []
    for lang in intro.langs:
        ctx = intro.contexts[lang]
        subjects.append(templates.render(f"subject.{lang}.txt", ctx).strip())
        bodies.append(templates.render(f"body.{lang}.md", ctx).strip())
    return " / ".join(subjects), "\n\n---\n\n".join(bodies) + "\n"


def _write_one(stem: Path, intro: Introduction, templates: Templates, fmt: str) -> Path:
    from rm_tui.yaml_io import write_text

    subject, body = texts(intro, templates)
    if fmt == "md":
        path = stem.with_suffix(".md")
        write_text(path, f"# {subject}\n\n{body}", mode=PERSONAL)
        return path
    path = stem.with_suffix(".eml")
    write_text(path, _message(intro, subject, body), mode=PERSONAL)
    return path


def _message(intro: Introduction, subject: str, body: str) -> str:
    from email import policy
    from email.message import EmailMessage
    from email.utils import formataddr, formatdate, make_msgid

    fac = intro.contexts[intro.langs[0]]["facilitator"]
    msg = EmailMessage()
    msg["Subject"] = subject
    msg["From"] = formataddr((fac["name"] or "", fac["email"]))
    msg["Reply-To"] = formataddr((fac["name"] or "", fac["email"]))
    msg["To"] = ", ".join(formataddr((p.name, p.email)) for p in (intro.mentor, intro.mentee) if p.email)
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain=str(fac["email"]).rpartition("@")[2] or None)
    msg["Content-Language"] = ", ".join(intro.langs)
    msg.set_content(body)
    return msg.as_string(policy=policy.SMTP)


def _write_cards(folder: Path, intros: list[Introduction], templates: Templates, program: Program,
                 code: str) -> Path:  # fmt: skip
    from rm_tui.yaml_io import write_text

    pairs: list[dict[str, Any]] = [intro.contexts[code] for intro in intros]
    words = WORDS.get(code, WORDS["en"])
    first = pairs[0] if pairs else {"facilitator": {"name": None, "email": None}}
    context = {"lang": code, "program": {"id": program.id, "name": program.name}, "pairs": pairs,
               "facilitator": first["facilitator"], "title": words["title"],
               "pairs_word": words["pairs"], "contact": words["contact"]}  # fmt: skip
    path = folder / "pairs.html"
    write_text(path, templates.render("cards.html", context), mode=PERSONAL)
    return path
