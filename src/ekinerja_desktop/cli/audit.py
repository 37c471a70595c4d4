"""``ekinerja audit``: check the audit trail's hash chain."""

from __future__ import annotations

import argparse
import sys

from ekinerja_desktop.cli._common import Subparsers, common_options, open_workspace


def add_parsers(sub: Subparsers) -> None:
    p = sub.add_parser("audit", help="jejak audit")
    audit_sub = p.add_subparsers(dest="audit_command", metavar="AKSI", required=True)
    pv = audit_sub.add_parser("verify", help="periksa rantai hash jejak audit")
    common_options(pv)
    pv.set_defaults(handler=cmd_audit_verify)


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import integrity

    with open_workspace(args) as ws:
        report = integrity.verify_audit(ws)
    print(report.text(), file=sys.stdout if report.ok else sys.stderr)
    return 0 if report.ok else 1
