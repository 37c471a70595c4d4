"""Shared builders for the SKP tests: an appraisal chain with accounts and SKP content."""

from __future__ import annotations

from dataclasses import dataclass

from ekinerja_desktop.domain.timeutil import today_wita
from ekinerja_desktop.services import master
from ekinerja_desktop.services import skp as svc
from ekinerja_desktop.services.skp import IndicatorData, LampiranData, RhkData
from tests.helpers.master import actor_for, make_employee, make_org

YEAR = today_wita().year

LAMPIRAN = LampiranData(
    dukungan_sumber_daya=("Anggaran kegiatan pengembangan kompetensi", "Aplikasi e-Kinerja"),
    skema_pertanggungjawaban=("Laporan triwulanan kepada pimpinan",),
    konsekuensi=("Rekomendasi pengembangan kompetensi bila target tidak tercapai",),
)


@dataclass
class Chain:
    """sekda -> kadis (JPT) -> kabid -> staf, staf2; guru is unrelated (other OPD)."""

    sekda: master.EmployeeDetail
    kadis: master.EmployeeDetail
    kabid: master.EmployeeDetail
    staf: master.EmployeeDetail
    staf2: master.EmployeeDetail
    guru: master.EmployeeDetail
    a_sekda: object
    a_kadis: object
    a_kabid: object
    a_staf: object
    a_guru: object


# The jabatan and pangkat of the chain's people (keyword arguments of make_employee).
JPT = {"jabatan_kind": "jpt", "jabatan_level": "Pratama", "pangkat_code": "IV/c"}
ADMINISTRATOR = {
    "jabatan_kind": "administrasi",
    "jabatan_level": "Administrator",
    "pangkat_code": "IV/a",
}
PELAKSANA = {"jabatan_kind": "administrasi", "jabatan_level": "Pelaksana", "pangkat_code": "III/a"}


def link_chain(ws, admin, year: int, sekda, kadis, kabid, *staff) -> None:
    """In ``year``: kadis reports to sekda, kabid to kadis, each of ``staff`` to kabid."""
    master.set_supervisor(ws, admin, kadis.id, sekda.id, year)
    master.set_supervisor(ws, admin, kabid.id, kadis.id, year)
    for employee in staff:
        master.set_supervisor(ws, admin, employee.id, kabid.id, year)


def make_chain(ws, admin, years: tuple[int, ...] = (YEAR,)) -> Chain:
    org = make_org(ws, admin)
    sekda = make_employee(
        ws, admin, 1, "Rahmat Lasimpo", org.b.id, jabatan_name="Sekretaris Daerah", **JPT
    )
    kadis = make_employee(
        ws,
        admin,
        2,
        "Andi Sulastri",
        org.a.id,
        front_title="dr.",
        back_title="M.Kes.",
        jabatan_name="Kepala Dinas Kesehatan",
        **JPT,
    )
    kabid = make_employee(
        ws,
        admin,
        3,
        "Moh. Rizal Tombolotutu",
        org.a_bidang.id,
        back_title="S.K.M., M.Kes.",
        jabatan_name="Kepala Bidang Pelayanan",
        **ADMINISTRATOR,
    )
    staf = make_employee(
        ws,
        admin,
        4,
        "Nurhayati Lamarauna",
        org.a_seksi.id,
        back_title="S.E.",
        jabatan_name="Penata Layanan Operasional",
        **PELAKSANA,
    )
    staf2 = make_employee(
        ws, admin, 5, "Ikhsan Bakri", org.a_seksi.id, jabatan_name="Pengolah Data", **PELAKSANA
    )
    guru = make_employee(
        ws, admin, 6, "Ni Made Sari", org.b_bidang.id, jabatan_name="Guru", **PELAKSANA
    )
    for year in years:
        link_chain(ws, admin, year, sekda, kadis, kabid, staf, staf2)
    roles = ["pegawai", "atasan"]
    return Chain(
        sekda,
        kadis,
        kabid,
        staf,
        staf2,
        guru,
        actor_for(ws, admin, "sekda", roles, sekda.id),
        actor_for(ws, admin, "kadis", roles, kadis.id),
        actor_for(ws, admin, "kabid", roles, kabid.id),
        actor_for(ws, admin, "staf", ["pegawai"], staf.id),
        actor_for(ws, admin, "guru", ["pegawai"], guru.id),
    )


def ind(text: str, value: str = "4", unit: str = "Dokumen", aspect: str = "Kuantitas"):
    return IndicatorData(aspect=aspect, text=text, target_value=value, target_unit=unit)


def row(text: str, *indicators: IndicatorData, parent=None, kind="Utama", perspektif=""):
    return RhkData(
        kind=kind,
        text=text,
        indicators=indicators or (ind(f"Jumlah dokumen {text.lower()}"),),
        parent_rhk_id=parent,
        perspektif=perspektif,
    )


KADIS_RHK = (
    row(
        "Meningkatnya derajat kesehatan masyarakat Kota Palu",
        ind("Persentase puskesmas terakreditasi paripurna", "80", "%"),
        perspektif="Penerima Layanan",
    ),
    row(
        "Terwujudnya tata kelola keuangan dinas yang akuntabel",
        ind("Opini BPK atas laporan keuangan", "1", "Opini WTP", "Kualitas"),
        perspektif="Anggaran",
    ),
)


def diklat_row(parent: str, *more: IndicatorData) -> RhkData:
    """The kabid's RHK on training needs under the kadis' RHK ``parent``: four documents,
    then the ``more`` indicators."""
    return row(
        "Terlaksananya analisis kebutuhan diklat pegawai",
        ind("Jumlah dokumen analisis kebutuhan diklat", "4", "Dokumen"),
        *more,
        parent=parent,
    )


def approved(ws, author, approver, rhk, year: int = YEAR, **kw) -> svc.SkpDetail:
    """Create, fill, submit and approve an SKP of ``author`` (approved by ``approver``)."""
    detail = svc.create_skp(ws, author, year, **kw)
    return fill_and_approve(
        ws,
        author,
        approver,
        detail.summary.id,
        rhk,
        expectations={"akuntabel": "Menyelesaikan laporan tepat waktu tanpa catatan"},
    )


def save_kuantitatif(ws, actor, skp_id: str, rhk, *, lampiran=LAMPIRAN) -> svc.SkpDetail:
    """Save ``rhk`` and ``lampiran`` as the content (quantitative approach) of the SKP
    ``skp_id``, as ``actor``."""
    return svc.save_content(ws, actor, skp_id, approach="Kuantitatif", rhk=rhk, lampiran=lampiran)


def fill_and_approve(
    ws, author, approver, skp_id: str, rhk, *, lampiran=LAMPIRAN, expectations=None
) -> svc.SkpDetail:
    """Fill the draft SKP ``skp_id`` (quantitative approach), have ``approver`` set the
    ``expectations`` when given, submit it and have ``approver`` approve it."""
    save_kuantitatif(ws, author, skp_id, rhk, lampiran=lampiran)
    if expectations:
        svc.set_expectations(ws, approver, skp_id, expectations)
    svc.submit(ws, author, skp_id)
    return svc.approve(ws, approver, skp_id)


def lead_skps(ws, chain: Chain, year: int) -> tuple[svc.SkpDetail, svc.SkpDetail]:
    """The approved SKPs of the kadis (``KADIS_RHK``) and of the kabid (accreditation of
    the puskesmas, cascading from the kadis' first RHK) of ``year``."""
    kadis = approved(ws, chain.a_kadis, chain.a_sekda, KADIS_RHK, year=year)
    kabid = approved(
        ws,
        chain.a_kabid,
        chain.a_kadis,
        (
            row(
                "Terlaksananya akreditasi puskesmas",
                ind("Jumlah puskesmas yang terakreditasi", "6", "Puskesmas"),
                parent=kadis.rhk[0].id,
            ),
        ),
        year=year,
    )
    return kadis, kabid
