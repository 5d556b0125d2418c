"""The ``custody-checklist`` command: no subcommand starts the GUI, a subcommand runs headless.

Each subcommand lives in its own module ``cmd_<name>.py`` exposing
``register(subparsers)``; the parser it adds sets ``handler`` to a function
``(args, context) -> int``. Errors are raised as ``CliError`` and printed as one clear
line on stderr, never as a traceback.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import sys
from collections.abc import Sequence

from custody_checklist import __version__
from custody_checklist.cli.context import CliContext, CliError

# Command modules, in the order they appear in --help.
COMMANDS = ("init", "import", "export", "demo", "check", "pdf", "users", "verify", "config", "backup", "restore", "audit")


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--database",
        metavar="URL",
        help="SQLAlchemy database URL (default: CUSTODY_CHECKLIST_DATABASE_URL, then the "
        "config file, then a SQLite file in the user data folder)",
    )
    parser.add_argument("--config", metavar="FILE", help="deployment config file (TOML)")
    parser.add_argument(
        "--user",
        metavar="NAME",
        help="act as this user account (default: CUSTODY_CHECKLIST_USER); the password is asked "
        "for, or read from CUSTODY_CHECKLIST_PASSWORD. Not needed before any account exists",
    )
    parser.add_argument("--debug", action="store_true", help="show the full traceback on an unexpected error")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="custody-checklist",
        description="Custody Child Checklist. Without a command, starts the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_global_options(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"custody_checklist.cli.cmd_{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"custody_checklist.cli.cmd_{name}":
                raise
            continue  # a command whose module is not part of this build
        module.register(subparsers)
    return parser


def parse_desktop_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """The arguments when they start the desktop app (global options only), else None.

    Starting the app is the common case and needs none of the twelve command modules
    that :func:`build_parser` imports (about 30 ms of every start); anything else (a
    command, --help, --version, a mistake) is left to the full parser.
    """
    parser = argparse.ArgumentParser(prog="custody-checklist", add_help=False, allow_abbrev=False,
                                     exit_on_error=False)
    _add_global_options(parser)
    try:
        args, rest = parser.parse_known_args(list(argv))
    except (argparse.ArgumentError, SystemExit):
        return None
    if rest:
        return None
    args.command = None
    return args


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parse_desktop_args(argv) or build_parser().parse_args(argv)
    context = CliContext(database=args.database, config_file=args.config, user=args.user)
    try:
        if args.command is None:
            # Start-up makes a few hundred thousand objects and no garbage worth collecting:
            # the collector is paused until the database is open (gui/startup.py resumes it).
            gc.disable()
            from custody_checklist.gui.app import run_gui

            return run_gui(context)
        return int(args.handler(args, context) or 0)
    except CliError as exc:
        print(f"custody-checklist: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug, not bad input: say so in one line unless debugging
        from custody_checklist.services.errors import PermissionDenied

        if isinstance(exc, PermissionDenied):  # refused by the services: words, exit 4
            print(f"custody-checklist: {exc}{context.login_hint()}", file=sys.stderr)
            return 4
        if args.debug:
            raise
        print(
            f"custody-checklist: unexpected error ({type(exc).__name__}: {exc}); "
            "nothing further was changed. Run again with --debug for details.",
            file=sys.stderr,
        )
        return 70
    finally:
        context.close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
