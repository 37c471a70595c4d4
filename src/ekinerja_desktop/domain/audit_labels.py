"""Words for the audit trail: what an action code and its recorded detail mean to a
person reading the audit viewer (the stored codes stay stable and language-free)."""

from __future__ import annotations

import json
from typing import Any

from ekinerja_desktop.domain.i18n import N_, _

ACTION_LABELS: dict[str, str] = {
    "audit.export": N_("Ekspor jejak audit"),
    "audit.keyed": N_("Jejak audit mulai ditandatangani dengan kunci"),
    "backup.create": N_("Cadangan dibuat"),
    "backup.rotate": N_("Cadangan lama dihapus"),
    "daily_log.copy": N_("Log harian disalin"),
    "daily_log.create": N_("Log harian ditambahkan"),
    "daily_log.delete": N_("Log harian dihapus"),
    "daily_log.evidence_add": N_("Bukti dukung dilampirkan"),
    "daily_log.evidence_remove": N_("Bukti dukung dilepas"),
    "daily_log.link": N_("Tautan bukti ditambahkan"),
    "daily_log.recurring": N_("Entri berulang diterapkan"),
    "daily_log.submit": N_("Log harian diajukan"),
    "daily_log.update": N_("Log harian diubah"),
    "daily_log.withdraw": N_("Log harian ditarik kembali"),
    "daily_log.review": N_("Log harian ditinjau"),
    "db.migrate_to": N_("Basis data dipindahkan"),
    "db.restore": N_("Data dipulihkan dari cadangan"),
    "db.restore_interrupted": N_("Pemulihan terputus; data lama tetap dipakai"),
    "demo.dailylog": N_("Data demo: log harian"),
    "demo.evaluation": N_("Data demo: penilaian"),
    "demo.populate": N_("Data demo dibuat"),
    "demo.skp": N_("Data demo: SKP"),
    "demo.training": N_("Data demo: pengembangan kompetensi"),
    "dev_plan.create": N_("Rencana pengembangan ditambahkan"),
    "dev_plan.delete": N_("Rencana pengembangan dihapus"),
    "dev_plan.link": N_("Rencana pengembangan ditautkan"),
    "dev_plan.update": N_("Rencana pengembangan diubah"),
    "document.issue": N_("Dokumen resmi diterbitkan (kode verifikasi)"),
    "document.verify": N_("Dokumen diperiksa keasliannya"),
    "employee.create": N_("Pegawai ditambahkan"),
    "employee.import": N_("Pegawai diimpor"),
    "employee.update": N_("Data pegawai diubah"),
    "encryption.enable": N_("Enkripsi data diaktifkan"),
    "encryption.recovery_failed": N_("Kunci pemulihan ditolak"),
    "encryption.recovery_ok": N_("Dibuka dengan kunci pemulihan"),
    "encryption.recovery_rotate": N_("Kunci pemulihan diganti"),
    "encryption.recovery_used": N_("Kunci pemulihan dipakai"),
    "evaluation.acknowledge": N_("Hasil evaluasi diterima pegawai"),
    "evaluation.receive": N_("Hasil evaluasi sampai kepada pegawai"),
    "evaluation.correct": N_("Evaluasi dikoreksi (revisi)"),
    "evaluation.create": N_("Evaluasi dibuka"),
    "evaluation.follow_up": N_("Tindak lanjut evaluasi"),
    "evaluation.objection": N_("Keberatan diajukan"),
    "evaluation.objection_decide": N_("Keberatan diputuskan"),
    "evaluation.org_predikat": N_("Predikat kinerja organisasi"),
    "evaluation.rate": N_("Rating evaluasi disimpan"),
    "evaluation.self_save": N_("Penilaian mandiri disimpan"),
    "evaluation.self_submit": N_("Penilaian mandiri diajukan"),
    "evaluation.sign": N_("Evaluasi ditandatangani"),
    "login.failed": N_("Gagal masuk (kata sandi salah)"),
    "login.ok": N_("Masuk"),
    "login.refused_locked": N_("Masuk ditolak (akun terkunci)"),
    "login.unknown_user": N_("Gagal masuk (pengguna tidak dikenal)"),
    "mapping.confirm": N_("Pemetaan penilai dikonfirmasi"),
    "mapping.copy": N_("Pemetaan penilai disalin dari tahun lalu"),
    "mapping.set": N_("Pejabat penilai ditetapkan"),
    "mapping.set_external": N_("Pejabat penilai dari luar data pegawai ditetapkan"),
    "mapping.set_external_atasan": N_("Atasan pejabat penilai dari luar data pegawai diubah"),
    "recurring_log.create": N_("Entri berulang dibuat"),
    "recurring_log.delete": N_("Entri berulang dihapus"),
    "setting.change": N_("Pengaturan diubah"),
    "skp.approve": N_("SKP disetujui"),
    "skp.create": N_("SKP dibuat"),
    "skp.expectations": N_("Ekspektasi pimpinan disimpan"),
    "skp.new_period": N_("SKP periode baru dibuat (mutasi/promosi)"),
    "skp.reject": N_("SKP dikembalikan"),
    "skp.revise": N_("Revisi SKP dimulai"),
    "skp.save": N_("SKP disimpan"),
    "skp.submit": N_("SKP diajukan"),
    "skp.withdraw": N_("SKP ditarik kembali"),
    "sync.bundle_seq": N_("Nomor urut bundel"),
    "sync.audit_anomaly": N_("Jejak audit node lain dipotong atau ditulis ulang"),
    "sync.conflict_resolve": N_("Konflik sinkronisasi diselesaikan"),
    "sync.enroll": N_("Node didaftarkan"),
    "sync.enroll_request": N_("Permintaan pendaftaran dibuat"),
    "sync.export": N_("Bundel diekspor"),
    "sync.import": N_("Bundel diimpor"),
    "sync.import_rejected": N_("Bundel ditolak"),
    "sync.revoke": N_("Node dicabut"),
    "training.bulk": N_("Kegiatan massal dicatat"),
    "training.create": N_("Pengembangan kompetensi dicatat"),
    "training.delete": N_("Pengembangan kompetensi dihapus"),
    "training.reject": N_("Pengembangan kompetensi ditolak"),
    "training.update": N_("Pengembangan kompetensi diubah"),
    "training.verify": N_("Pengembangan kompetensi diverifikasi"),
    "training_kind.save": N_("Katalog jenis kegiatan diubah"),
    "unit.activate": N_("Unit kerja diaktifkan"),
    "unit.create": N_("Unit kerja ditambahkan"),
    "unit.deactivate": N_("Unit kerja dinonaktifkan"),
    "unit.update": N_("Unit kerja diubah"),
    "user.change_password": N_("Kata sandi diganti"),
    "user.create": N_("Akun dibuat"),
    "user.lock": N_("Akun dikunci"),
    "user.reset_password": N_("Kata sandi diatur ulang"),
    "user.set_roles": N_("Peran akun diubah"),
    "user.unlock": N_("Akun dibuka kembali"),
    "workspace.init": N_("Ruang kerja dibuat"),
}

ENTITY_LABELS: dict[str, str] = {
    "employee": N_("Pegawai"),
    "org_unit": N_("Unit kerja"),
    "unit": N_("Unit kerja"),
    "user": N_("Akun"),
    "skp": N_("SKP"),
    "daily_log": N_("Log harian"),
    "evaluation": N_("Evaluasi"),
    "objection": N_("Keberatan"),
    "training": N_("Pengembangan kompetensi"),
    "training_kind": N_("Jenis kegiatan"),
    "dev_plan": N_("Rencana pengembangan"),
    "supervisor_assignment": N_("Pemetaan penilai"),
    "setting": N_("Pengaturan"),
    "node": N_("Node"),
    "bundle": N_("Bundel"),
    "backup": N_("Cadangan"),
    "workspace": N_("Ruang kerja"),
    "recurring_log": N_("Entri berulang"),
    "evidence": N_("Bukti dukung"),
    "conflict": N_("Konflik"),
    "recap": N_("Rekap log harian"),
    "public_report": N_("Laporan publik"),
    "issued_document": N_("Dokumen terbit"),
}

FIELD_LABELS: dict[str, str] = {
    "name": N_("Nama"),
    "nip": N_("NIP"),
    "status": N_("Status"),
    "year": N_("Tahun"),
    "revision": N_("Revisi"),
    "part": N_("Periode SKP ke"),
    "start_date": N_("Mulai berlaku"),
    "previous_end": N_("SKP sebelumnya berakhir"),
    "roles": N_("Peran"),
    "username": N_("Nama pengguna"),
    "note": N_("Catatan"),
    "reason": N_("Alasan"),
    "title": N_("Judul"),
    "day": N_("Tanggal"),
    "period": N_("Periode"),
    "period_code": N_("Periode"),
    "predikat": N_("Predikat"),
    "rating_hasil": N_("Rating hasil kerja"),
    "rating_perilaku": N_("Rating perilaku kerja"),
    "jabatan": N_("Jabatan"),
    "pangkat": N_("Pangkat"),
    "key": N_("Pengaturan"),
    "value": N_("Nilai"),
    "count": N_("Jumlah"),
    "rows": N_("Baris"),
    "file": N_("Berkas"),
    "path": N_("Berkas"),
    "active": N_("Aktif"),
    "valid_from": N_("Berlaku mulai"),
    "valid_to": N_("Berlaku sampai"),
    "jp_credited": N_("JP diakui"),
    "code": N_("Kode verifikasi"),
    "kind": N_("Jenis dokumen"),
    "verdict": N_("Hasil pemeriksaan"),
}


def action_label(code: str) -> str:
    """ "skp.approve" -> "SKP disetujui"; an unknown code is shown as it is."""
    label = ACTION_LABELS.get(code)
    return _(label) if label else code


def entity_label(code: str) -> str:
    label = ENTITY_LABELS.get(code)
    return _(label) if label else code


def _value_text(value: Any) -> str:
    if value is None or value == "":
        return "-"
    if isinstance(value, bool):
        return _("ya") if value else _("tidak")
    if isinstance(value, list | tuple):
        return ", ".join(_value_text(v) for v in value) or "-"
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_value_text(v)}" for k, v in value.items())
    return str(value)


def detail_text(detail: str) -> str:
    """The stored JSON detail as a readable line: "Status: Draft → Diajukan; Tahun: 2026".

    A [before, after] pair is shown as a change; record ids (``*_id``) are left out -
    the row's own ID column identifies the record."""
    try:
        data = json.loads(detail) if detail else {}
    except ValueError:
        return detail
    if not isinstance(data, dict):
        return _value_text(data)
    parts: list[str] = []
    for key, value in data.items():
        if key == "id" or key.endswith("_id") or key.endswith("_ids"):
            continue
        label = FIELD_LABELS.get(key)
        name = _(label) if label else key.replace("_", " ")
        if isinstance(value, list) and len(value) == 2 and not isinstance(value[0], dict):
            parts.append(f"{name}: {_value_text(value[0])} → {_value_text(value[1])}")
        else:
            parts.append(f"{name}: {_value_text(value)}")
    return "; ".join(parts)
