"""``ekinerja audit``: check the audit trail's hash chain."""

from __future__ import annotations

import argparse
import sys

from ekinerja_desktop.cli._common import Subparsers, command_group, open_workspace, plain_command


def add_parsers(sub: Subparsers) -> None:
    audit_sub = command_group(sub, "audit", "jejak audit")
    plain_command(
        audit_sub, "verify", "periksa rantai hash jejak audit", cmd_audit_verify, actor=False
    )


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import integrity

    with open_workspace(args) as ws:
        report = integrity.verify_audit(ws)
    print(report.text(), file=sys.stdout if report.ok else sys.stderr)
    return 0 if report.ok else 1
