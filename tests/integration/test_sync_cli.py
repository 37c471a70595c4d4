"""The sync and bundle commands, run in-process through ``main``."""

from __future__ import annotations

from ekinerja_desktop.cli import main
from ekinerja_desktop.domain.roles import NodeRole
from tests.helpers.cli_login import cli_login
from tests.helpers.master import make_employee, make_org
from tests.helpers.sync import add_skp, make_node


def test_enroll_export_import_from_the_command_line(tmp_path, capsys, monkeypatch):
    cli_login(monkeypatch)  # CLI commands name their user (plain workspace too)
    central, c_admin = make_node(tmp_path / "central", NodeRole.CENTRAL)
    office, o_admin = make_node(tmp_path / "office", NodeRole.OFFICE)
    try:
        org = make_org(central, c_admin)
        budi = make_employee(central, c_admin, 1, "Budi", org.a.id)
    finally:
        central.close()
    c_dir, o_dir = (
        ["--data-dir", str(tmp_path / "central")],
        ["--data-dir", str(tmp_path / "office")],
    )
    req, enroll_bundle = tmp_path / "req.json", tmp_path / "enroll.ekb"

    assert main(["sync", "enroll-request", *o_dir, "--out", str(req)]) == 0
    out = capsys.readouterr().out
    fingerprint = out.split("Sidik jari: ")[1].splitlines()[0]
    assert main(["sync", "show-fingerprint", *o_dir]) == 0
    assert fingerprint in capsys.readouterr().out

    code = main(
        [
            "sync",
            "enroll",
            *c_dir,
            "--request",
            str(req),
            "--unit",
            "DINKES",
            "--role",
            "office",
            "--out",
            str(enroll_bundle),
        ]
    )
    assert code == 0
    out = capsys.readouterr().out
    assert fingerprint in out
    central_fp = out.split("Sidik jari pusat: ")[1].splitlines()[0]
    # a wrong expected fingerprint refuses the enrollment bundle
    assert main(["bundle", "import", *o_dir, str(enroll_bundle), "--fingerprint", "0000"]) == 1
    assert "DITOLAK" in capsys.readouterr().err
    assert main(["bundle", "import", *o_dir, str(enroll_bundle), "--fingerprint", central_fp]) == 0
    assert "baru" in capsys.readouterr().out

    add_skp(office, o_admin, budi.id)
    office.close()
    out_dir = tmp_path / "outbox"
    export = ["bundle", "export", *o_dir, "--to", "pusat", "--out", str(out_dir)]
    assert main([*export, "--max-mb", "1"]) == 0
    assert "(no. 1): 1 baris" in capsys.readouterr().out
    files = sorted(out_dir.glob("*.ekb"))
    assert [f.name for f in files] == [f"{office.node.id}-1.ekb"]
    assert not list(out_dir.glob("*.partial"))

    assert main(["bundle", "import", *c_dir, "--dry-run", str(out_dir)]) == 0
    assert "Uji coba" in capsys.readouterr().out
    assert main(["bundle", "import", *c_dir, str(out_dir)]) == 0
    assert "1 baru" in capsys.readouterr().out
    assert main(["bundle", "import", *c_dir, str(files[0])]) == 0
    assert "sudah diimpor" in capsys.readouterr().out

    broken = tmp_path / "broken.ekb"
    broken.write_bytes(files[0].read_bytes()[:-10])
    assert main(["bundle", "import", *c_dir, str(broken)]) == 1
    assert "DITOLAK" in capsys.readouterr().err
