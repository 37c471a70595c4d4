"""``ekinerja audit``: check the audit trail's hash chain."""

from __future__ import annotations

import argparse
import sys

from ekinerja_desktop.cli._common import Subparsers, common_options, open_workspace
from ekinerja_desktop.domain.i18n import _


def add_parsers(sub: Subparsers) -> None:
    p = sub.add_parser("audit", help="jejak audit")
    audit_sub = p.add_subparsers(dest="audit_command", metavar="AKSI", required=True)
    pv = audit_sub.add_parser("verify", help="periksa rantai hash jejak audit")
    common_options(pv)
    pv.set_defaults(handler=cmd_audit_verify)


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import audit

    with open_workspace(args) as ws:
        report = audit.verify(ws)
    if report.ok:
        print(_("Jejak audit utuh: {n} peristiwa diperiksa.").format(n=report.checked))
        return 0
    print(
        _(
            "Jejak audit RUSAK pada peristiwa #{seq} ({reason}); {n} peristiwa sebelumnya utuh."
        ).format(seq=report.broken_at, reason=report.reason, n=report.checked),
        file=sys.stderr,
    )
    return 1
