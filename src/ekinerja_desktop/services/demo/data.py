"""Demo master data for Kota Palu: units, employees, supervisor mapping and demo accounts.

Everything derives from one seeded ``random.Random`` (ids from a second one), so the same
seed builds the same workspace. Rows are inserted in bulk, so the sync columns that the
unit of work normally stamps are filled here, from one reserved ``origin_seq`` range.
"""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, update

from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.jabatan import JabatanKind, JabatanLevel
from ekinerja_desktop.domain.nip import AsnStatus, Sex
from ekinerja_desktop.domain.pangkat import PANGKAT_PNS
from ekinerja_desktop.domain.roles import Role
from ekinerja_desktop.domain.timeutil import now_utc, today_wita
from ekinerja_desktop.services import auth
from ekinerja_desktop.services.demo import catalogue as cat
from ekinerja_desktop.services.demo.bulk import Batch, insert_batches, record_demo
from ekinerja_desktop.services.demo.result import DEMO_PASSWORD
from ekinerja_desktop.store.models import (
    Employee,
    OrgUnit,
    SupervisorAssignment,
    User,
)

if TYPE_CHECKING:
    from ekinerja_desktop.services.demo.result import DemoResult
    from ekinerja_desktop.services.progress import Progress
    from ekinerja_desktop.services.workspace import Workspace


SCALES = ("office", "city")
PPPK_SHARE = {"office": 0.1, "city": 0.27}  # of non-structural staff; ~25% of all at city
WITHOUT_SUPERVISOR_SHARE = {"office": 0.0, "city": 0.01}
CHUNK = 2000

L = JabatanLevel
KEWILAYAHAN = ("pemerintahan", "umum")  # the disciplines of kecamatan and kelurahan staff
# Pangkat ranks (I/a = 1 ... IV/e = 17) allowed per jenjang.
RANK_RANGE: dict[JabatanLevel, tuple[int, int]] = {
    L.JPT_PRATAMA: (15, 16),
    L.ADMINISTRATOR: (13, 14),
    L.PENGAWAS: (11, 12),
    L.AHLI_PERTAMA: (9, 10),
    L.AHLI_MUDA: (11, 12),
    L.AHLI_MADYA: (13, 15),
    L.AHLI_UTAMA: (16, 17),
    L.PEMULA: (5, 5),
    L.TERAMPIL: (6, 8),
    L.MAHIR: (9, 10),
    L.PENYELIA: (11, 12),
}
MIN_SERVICE = {
    L.JPT_PRATAMA: 20,
    L.ADMINISTRATOR: 14,
    L.PENGAWAS: 8,
    L.AHLI_MADYA: 14,
    L.AHLI_MUDA: 6,
    L.MAHIR: 6,
    L.PENYELIA: 12,
}
# Fixed junior jenjang: nobody stays Ahli Pertama for 30 years.
MAX_SERVICE = {L.AHLI_PERTAMA: 8, L.PEMULA: 3, L.TERAMPIL: 10}
PELAKSANA_RANK_CAP = {"SMA": 10, "D3": 11, "S1": 11, "S2": 11, "PROF": 11}  # up to III/c
KELAS_FUNGSIONAL = {
    L.AHLI_UTAMA: 13,
    L.AHLI_MADYA: 11,
    L.AHLI_MUDA: 9,
    L.AHLI_PERTAMA: 8,
    L.PENYELIA: 8,
    L.MAHIR: 7,
    L.TERAMPIL: 6,
    L.PEMULA: 5,
}
TMT_MONTHS = (1, 1, 1, 2, 3, 3, 4, 4, 6, 12, 12)
PPPK_YEARS = ((2022, 15), (2023, 20), (2024, 25), (2025, 40))
PPPK_GOLONGAN = {"SMA": "V", "D3": "VII", "S1": "IX", "S2": "IX", "PROF": "IX"}
PPPK_GOLONGAN_BY_LEVEL = {L.AHLI_PERTAMA: "IX", L.TERAMPIL: "VII", L.PEMULA: "V"}
PPPK_MIDDLE = "21"
EDU_ORDER = ("PROF", "S2", "S1", "D3", "SMA")
PROFESSIONS = frozenset({"dokter", "dokter_spesialis", "dokter_gigi", "veteriner"})


def _keahlian_level(rank: int) -> JabatanLevel:
    if rank <= 10:
        return L.AHLI_PERTAMA
    if rank <= 12:
        return L.AHLI_MUDA
    return L.AHLI_MADYA


def _keterampilan_level(rank: int) -> JabatanLevel:
    if rank <= 5:
        return L.PEMULA
    if rank <= 8:
        return L.TERAMPIL
    if rank <= 10:
        return L.MAHIR
    return L.PENYELIA


@dataclass(frozen=True)
class _Post:
    """A place staff can sit: a unit and the person who appraises them there."""

    unit: str
    head: str
    section: bool
    parent: _Post | None = None  # where fungsional staff of a seksi/subbagian sit


@dataclass
class _OpdBuilt:
    unit: str
    head: str
    posts: list[_Post] = field(default_factory=list)
    heads: dict[str, tuple[str, str]] = field(default_factory=dict)  # unit name -> ids


class _Builder:
    """Builds plain row dicts in memory; nothing touches the database here."""

    def __init__(self, seed: int, year: int, scale: str) -> None:
        self.rng = random.Random(seed)
        self._id_rng = random.Random(seed * 1_000_003 + 17)
        self.year = year
        self.pppk_share = PPPK_SHARE[scale]
        self.units: list[dict[str, Any]] = []
        self.employees: list[dict[str, Any]] = []
        self.links: list[tuple[str, str]] = []  # (employee, supervisor)
        self.staff: list[str] = []  # plain staff: candidates for "no supervisor yet"
        self.accounts: dict[str, str] = {}  # username -> employee id
        self._nips: set[str] = set()
        self._sort: dict[str | None, int] = {}

    # --- primitives -------------------------------------------------------------------
    def new_id(self) -> str:
        return str(uuid.UUID(int=self._id_rng.getrandbits(128), version=4))

    def pick(self, weighted: Sequence[tuple[Any, int]]) -> Any:
        items = [item for item, _w in weighted]
        weights = [w for _item, w in weighted]
        return self.rng.choices(items, weights)[0]

    def unit(
        self,
        name: str,
        kind: str,
        parent: str | None = None,
        code: str = "",
        saturday: bool = False,
    ) -> str:
        unit_id = self.new_id()
        order = self._sort.get(parent, 0) + 1
        self._sort[parent] = order
        self.units.append(
            {
                "id": unit_id,
                "parent_id": parent,
                "code": code,
                "name": name,
                "kind": kind,
                "active": True,
                "saturday_workday": saturday,
                "sort_order": order,
            }
        )
        return unit_id

    def _birthday(self, year: int) -> date:
        return date(year, 1, 1) + timedelta(days=self.rng.randrange(365))

    def _name(self, sex: Sex) -> str:
        rng = self.rng
        group = self.pick(cat.ETHNIC_MIX)
        male = sex is Sex.MALE
        if group == "jawa":
            first = rng.choice(cat.JAVA_MALE if male else cat.JAVA_FEMALE)
            second = rng.choice(cat.JAVA_MALE_SECOND if male else cat.JAVA_FEMALE_SECOND)
            return f"{first} {second}"
        if group == "manado":
            first = rng.choice(cat.MANADO_MALE if male else cat.MANADO_FEMALE)
            return f"{first} {rng.choice(cat.MANADO_FAMILY)}"
        if group == "arab":
            first = rng.choice(cat.MUSLIM_MALE if male else cat.ARAB_FEMALE)
            if male and rng.random() < 0.4:
                first = f"Muhammad {first}"
            return f"{first} {rng.choice(cat.ARAB_FAMILY)}"
        parts: list[str] = []
        roll = rng.random()
        if group == "bugis" and roll < 0.45:
            parts.append("Andi")
        elif male and roll < 0.3:
            parts.append(rng.choice(("Moh.", "Muh.", "Muhammad")))
        elif not male and roll < 0.2:
            parts.append(rng.choice(("Sitti", "Nur")))
        parts.append(rng.choice(cat.MUSLIM_MALE if male else cat.MUSLIM_FEMALE))
        roll = rng.random()
        family = cat.BUGIS_FAMILY if group == "bugis" else cat.KAILI_FAMILY
        if roll < 0.3:
            parts.append(rng.choice(family))
        elif roll < 0.65:
            parts.append(rng.choice(cat.MUSLIM_MALE_SECOND if male else cat.MUSLIM_FEMALE_SECOND))
        # "Sitti Sitti Aminah" and "Nur Nurhayati" read wrong: drop the doubled prefix.
        if len(parts) > 1 and parts[1].startswith(parts[0].rstrip(".")):
            parts.pop(0)
        if len(parts) > 1 and parts[-1] in parts[-2].split():
            parts.pop()
        return " ".join(parts)

    def _titles(
        self, discipline: str, education: str, sex: Sex, born: int, doctorate: bool = False
    ) -> tuple[str, str]:
        table = cat.TITLES.get(discipline, cat.TITLES["umum"])
        options = table.get(education) or cat.TITLES["umum"].get(education, (("", ""),))
        front, back = self.rng.choice(options)
        old = cat.OLD_FRONT_DEGREE.get(discipline)
        if old and born < 1971 and education in ("S1", "S2") and self.rng.random() < 0.6:
            front = old[0] if sex is Sex.MALE else old[1]
            back = back.split(", ", 1)[1] if ", " in back else ""
        if doctorate and not front:
            front = "Dr."
        return front, back

    def _education(self, discipline: str, preferred: str) -> str:
        table = cat.TITLES.get(discipline, cat.TITLES["umum"])
        if preferred in table:
            return preferred
        return next((e for e in EDU_ORDER if e in table), "S1")

    def _nip(self, prefix: str, sex: Sex) -> str:
        sequence = self.rng.randint(1, 25)
        while True:
            nip = f"{prefix}{sex.value}{sequence:03d}"
            if nip not in self._nips:
                self._nips.add(nip)
                return nip
            sequence = sequence % 999 + 1

    def _pns_career(
        self, education: str, level: JabatanLevel | None, retire: int, hi_rank: int
    ) -> tuple[date, int, int, int]:
        """Birth date, TMT CPNS year and month, and pangkat rank for a PNS."""
        rng = self.rng
        start = cat.EDU_START_RANK[education]
        min_age = cat.EDU_MIN_AGE[education]
        min_service = MIN_SERVICE.get(level, 1) if level else 1
        lo_rank, hi = RANK_RANGE.get(level, (start, hi_rank)) if level else (start, hi_rank)
        age_at_tmt = rng.randint(min_age, 35)
        max_service = min(retire - 1 - age_at_tmt, 36, MAX_SERVICE.get(level, 36) if level else 36)
        if max_service < min_service:
            age_at_tmt = min_age
            max_service = retire - 1 - min_age
        service = rng.randint(min_service, max_service)
        tmt_year = self.year - service
        born = self._birthday(tmt_year - age_at_tmt)
        tmt_month = rng.choice(TMT_MONTHS)
        if (tmt_year, tmt_month) < (born.year + 20, born.month):
            tmt_month = born.month
        rank = start + service // 4 - rng.choice((0, 0, 1))
        return born, tmt_year, tmt_month, max(lo_rank, min(hi, rank))

    def _person(
        self,
        *,
        unit: str,
        supervisor: str | None,
        kind: JabatanKind,
        level: JabatanLevel | None,
        jabatan: str,
        discipline: str,
        education: str,
        female_share: float,
        kelas: int | None,
        head: bool = False,
        pppk: bool = False,
        terampil: bool = False,
        rank_cap: int = 15,
        fixed_rank: int | None = None,
    ) -> str:
        """One employee; ``level`` None means "derive the fungsional jenjang from rank"."""
        rng = self.rng
        sex = Sex.FEMALE if rng.random() < female_share else Sex.MALE
        if pppk:
            app_year = self.pick([(y, w) for y, w in PPPK_YEARS if y <= self.year])
            min_age = max(cat.EDU_MIN_AGE[education], 22)
            born = self._birthday(max(app_year - rng.randint(min_age, 50), self.year - 57))
            if level is None:
                if kind is JabatanKind.ADMINISTRASI:
                    level = L.PELAKSANA
                elif terampil:
                    level = L.PEMULA if education == "SMA" else L.TERAMPIL
                else:
                    level = L.AHLI_PERTAMA
            nip = self._nip(f"{born:%Y%m%d}{app_year}{PPPK_MIDDLE}", sex)
            pangkat = PPPK_GOLONGAN_BY_LEVEL.get(level) or PPPK_GOLONGAN[education]
            status = AsnStatus.PPPK
        else:
            retire = 60 if level in (L.JPT_PRATAMA, L.AHLI_MADYA) or discipline == "guru" else 58
            born, tmt_year, tmt_month, rank = self._pns_career(education, level, retire, rank_cap)
            if fixed_rank is not None:
                rank = fixed_rank
            if level is None:
                level = _keterampilan_level(rank) if terampil else _keahlian_level(rank)
            nip = self._nip(f"{born:%Y%m%d}{tmt_year}{tmt_month:02d}", sex)
            pangkat = PANGKAT_PNS[rank - 1].code
            status = AsnStatus.PNS
        if kind is JabatanKind.FUNGSIONAL:
            jabatan = f"{jabatan} {level.value}"
            kelas = KELAS_FUNGSIONAL[level]
        doctorate = level is L.JPT_PRATAMA and rng.random() < 0.08
        front, back = self._titles(discipline, education, sex, born.year, doctorate)
        employee_id = self.new_id()
        self.employees.append(
            {
                "id": employee_id,
                "nip": nip,
                "name": self._name(sex),
                "front_title": front,
                "back_title": back,
                "sex": sex.value,
                "birth_date": born,
                "status": status.value,
                "pangkat_code": pangkat,
                "jabatan_name": jabatan,
                "jabatan_kind": kind.value,
                "jabatan_level": level.label,  # as master.save_employee stores it
                "unit_id": unit,
                "kelas_jabatan": kelas,
                "is_unit_head": head,
                "active": True,
                "active_from": None,
                "active_to": None,
            }
        )
        if supervisor is not None:
            self.links.append((employee_id, supervisor))
        return employee_id

    # --- kinds of people --------------------------------------------------------------
    def structural(
        self,
        unit: str,
        supervisor: str | None,
        jabatan: str,
        level: JabatanLevel,
        *,
        kelas: int,
        disciplines: Sequence[str],
        head: bool = True,
        fixed_rank: int | None = None,
    ) -> str:
        share = {L.JPT_PRATAMA: 0.85, L.ADMINISTRATOR: 0.55, L.PENGAWAS: 0.2}[level]
        discipline = self.rng.choice(tuple(disciplines))
        education = self._education(discipline, "S2" if self.rng.random() < share else "S1")
        kind = JabatanKind.JPT if level is L.JPT_PRATAMA else JabatanKind.ADMINISTRASI
        return self._person(
            unit=unit,
            supervisor=supervisor,
            kind=kind,
            level=level,
            jabatan=jabatan,
            discipline=discipline,
            education=education,
            female_share=0.4,
            kelas=kelas,
            head=head,
            fixed_rank=fixed_rank,
        )

    def functional(
        self,
        unit: str,
        supervisor: str,
        key: str,
        *,
        level: JabatanLevel | None = None,
        head: bool = False,
        pns: bool = False,
    ) -> str:
        fn = cat.FUNCTIONALS[key]
        rng = self.rng
        if level is not None:
            terampil = not level.is_keahlian
        else:
            terampil = fn.keterampilan and (not fn.keahlian or rng.random() < fn.terampil_share)
        if terampil:
            education = self._education(fn.discipline, fn.terampil_edu)
        elif fn.discipline in PROFESSIONS:
            education = "S2" if fn.discipline == "dokter" and rng.random() < 0.1 else "PROF"
        else:
            education = self._education(fn.discipline, "S2" if rng.random() < 0.12 else "S1")
        pppk = not pns and level is None and rng.random() < self.pppk_share
        return self._person(
            unit=unit,
            supervisor=supervisor,
            kind=JabatanKind.FUNGSIONAL,
            level=level,
            jabatan=fn.name,
            discipline=fn.discipline,
            education=education,
            female_share=fn.female_share,
            kelas=None,
            head=head,
            pppk=pppk,
            terampil=terampil,
            rank_cap=12 if terampil else 15,
        )

    def pelaksana(
        self,
        unit: str,
        supervisor: str,
        disciplines: Sequence[str],
        jabatan: cat.Pelaksana | None = None,
    ) -> str:
        rng = self.rng
        post = jabatan or rng.choice(cat.PELAKSANA)
        usable = [d for d in disciplines if post.education in cat.TITLES.get(d, {})]
        discipline = rng.choice(usable) if usable else "umum"
        return self._person(
            unit=unit,
            supervisor=supervisor,
            kind=JabatanKind.ADMINISTRASI,
            level=L.PELAKSANA,
            jabatan=post.name,
            discipline=discipline,
            education=post.education,
            female_share=0.5,
            kelas=post.kelas,
            pppk=rng.random() < self.pppk_share,
            rank_cap=PELAKSANA_RANK_CAP[post.education],
        )

    def fill(
        self,
        posts: Sequence[_Post],
        count: int,
        functionals: Sequence[tuple[str, int]],
        functional_share: float,
        disciplines: Sequence[str],
    ) -> None:
        """Add ``count`` staff spread over ``posts`` (fungsional mostly in bidang)."""
        if not posts:
            return
        weights = [1.0 if p.section else 2.0 for p in posts]
        for _index in range(max(count, 0)):
            post = self.rng.choices(posts, weights)[0]
            share = functional_share * (0.4 if post.section else 1.0)
            if functionals and self.rng.random() < share:
                key = self.pick(functionals)
                # After penyetaraan jabatan, fungsional report to the bidang head.
                home = post.parent or post
                person = self.functional(home.unit, home.head, key)
            else:
                person = self.pelaksana(post.unit, post.head, disciplines)
            self.staff.append(person)


# --- organisation builders ------------------------------------------------------------
def _unit_kind(name: str, default: str) -> str:
    for prefix, kind in (("Subbagian", "subbagian"), ("Bagian", "bagian"), ("Seksi", "seksi")):
        if name.startswith(prefix):
            return kind
    return default


def _build_opd(b: _Builder, opd: cat.Opd, sekda: str, *, staff: bool = True) -> _OpdBuilt:
    first = len(b.employees)
    unit = b.unit(opd.name, "opd", None, opd.code)
    head = b.structural(
        unit, sekda, opd.head_title, L.JPT_PRATAMA, kelas=14, disciplines=opd.disciplines
    )
    built = _OpdBuilt(unit, head)
    disciplines = (*opd.disciplines, "umum")
    if opd.secretariat:
        sec = b.unit(opd.secretariat, "bagian", unit, f"{opd.code}.SEK")
        title = opd.secretary_title
        if title == "Sekretaris":
            title = f"Sekretaris {opd.name}"
        secretary = b.structural(
            sec, head, title, L.ADMINISTRATOR, kelas=11, disciplines=disciplines
        )
        built.heads[opd.secretariat] = (sec, secretary)
        sec_post = _Post(sec, secretary, False)
        for name in opd.subbag:
            sub = b.unit(name, "subbagian", sec)
            chief = b.structural(
                sub, secretary, f"Kepala {name}", L.PENGAWAS, kelas=9, disciplines=disciplines
            )
            built.heads[name] = (sub, chief)
            built.posts.append(_Post(sub, chief, True, sec_post))
    for index, bidang in enumerate(opd.bidang, start=1):
        bid = b.unit(bidang.name, _unit_kind(bidang.name, "bidang"), unit, f"{opd.code}.{index}")
        title = bidang.head_title or f"Kepala {bidang.name}"
        chief = b.structural(bid, head, title, L.ADMINISTRATOR, kelas=11, disciplines=disciplines)
        built.heads[bidang.name] = (bid, chief)
        bid_post = _Post(bid, chief, False)
        built.posts.append(bid_post)
        for name in bidang.sections:
            sec_unit = b.unit(name, _unit_kind(name, "seksi"), bid)
            kasi = b.structural(
                sec_unit, chief, f"Kepala {name}", L.PENGAWAS, kelas=9, disciplines=disciplines
            )
            built.heads[name] = (sec_unit, kasi)
            built.posts.append(_Post(sec_unit, kasi, True, bid_post))
    if staff:
        remaining = opd.size - (len(b.employees) - first)
        b.fill(built.posts, remaining, opd.functionals, opd.functional_share, disciplines)
    return built


def _build_bkpsdm(b: _Builder, sekda: str) -> _OpdBuilt:
    """BKPSDM with the people behind the documented demo accounts."""
    opd = cat.BKPSDM
    first = len(b.employees)
    built = _build_opd(b, opd, sekda, staff=False)
    bidang_unit, kabid = built.heads["Bidang Penilaian Kinerja Aparatur dan Penghargaan"]
    umum_unit, kasubbag = built.heads["Subbagian Umum dan Kepegawaian"]
    pegawai = b.functional(
        bidang_unit, kabid, "Analis Sumber Daya Manusia Aparatur", level=L.AHLI_PERTAMA, pns=True
    )
    admin = b.functional(umum_unit, kasubbag, "Pranata Komputer", level=L.AHLI_PERTAMA, pns=True)
    b.accounts.update({"kaban": built.head, "kabid": kabid, "pegawai": pegawai, "admin": admin})
    remaining = opd.size - (len(b.employees) - first)
    b.fill(built.posts, remaining, opd.functionals, opd.functional_share, (*opd.disciplines,))
    return built


def _build_setda(b: _Builder, *, full: bool) -> str:
    unit = b.unit("Sekretariat Daerah", "opd", None, "SETDA")
    sekda = b.structural(
        unit,
        None,
        "Sekretaris Daerah",
        L.JPT_PRATAMA,
        kelas=15,
        disciplines=("pemerintahan", "umum", "ekonomi"),
        fixed_rank=16,
    )
    if not full:
        return sekda
    disciplines = ("pemerintahan", "umum", "hukum", "ekonomi")
    for title in cat.SETDA_STAF_AHLI:
        b.structural(
            unit, sekda, title, L.JPT_PRATAMA, kelas=13, disciplines=disciplines, head=False
        )
    posts: list[_Post] = []
    for index, (asisten_title, bagian) in enumerate(cat.SETDA_ASISTEN, start=1):
        asisten = b.structural(
            unit, sekda, asisten_title, L.JPT_PRATAMA, kelas=14, disciplines=disciplines, head=False
        )
        for sub_index, name in enumerate(bagian, start=1):
            bagian_unit = b.unit(name, "bagian", unit, f"SETDA.{index}.{sub_index}")
            kabag = b.structural(
                bagian_unit,
                asisten,
                f"Kepala {name}",
                L.ADMINISTRATOR,
                kelas=11,
                disciplines=disciplines,
            )
            bagian_post = _Post(bagian_unit, kabag, False)
            posts.append(bagian_post)
            for sub in cat.SETDA_SUBBAG[name]:
                sub_unit = b.unit(sub, "subbagian", bagian_unit)
                chief = b.structural(
                    sub_unit, kabag, f"Kepala {sub}", L.PENGAWAS, kelas=9, disciplines=disciplines
                )
                posts.append(_Post(sub_unit, chief, True, bagian_post))
    remaining = cat.SETDA_SIZE - sum(1 for e in b.employees if e["unit_id"] == unit)
    remaining -= sum(1 for e in b.employees if e["unit_id"] in {p.unit for p in posts})
    b.fill(posts, remaining, cat.SETDA_FUNCTIONALS, 0.3, disciplines)
    return sekda


def _build_schools(b: _Builder, disdik: _OpdBuilt) -> None:
    for prefix, count, bidang, (low, high) in cat.SCHOOLS:
        _unit, kabid = disdik.heads[bidang]
        for number in range(1, count + 1):
            school = b.unit(f"{prefix} {number} Palu", "uptd", disdik.unit, saturday=True)
            level = L.AHLI_MADYA if b.rng.random() < 0.75 else L.AHLI_MUDA
            head = b.functional(school, kabid, "Guru", level=level, head=True, pns=True)
            size = b.rng.randint(low, high)
            admins = 1 if size < 30 else 2
            for _index in range(admins):
                post = b.rng.choice(cat.PELAKSANA[:4])
                b.staff.append(b.pelaksana(school, head, ("umum",), post))
            for _index in range(size - 1 - admins):
                b.staff.append(b.functional(school, head, "Guru"))


def _build_health_uptd(b: _Builder, dinkes: _OpdBuilt) -> None:
    disciplines = ("kesmas", "dokter", "umum")
    for name in cat.PUSKESMAS:
        unit = b.unit(f"UPTD Puskesmas {name}", "uptd", dinkes.unit, saturday=True)
        head = b.structural(
            unit,
            dinkes.head,
            f"Kepala UPTD Puskesmas {name}",
            L.PENGAWAS,
            kelas=9,
            disciplines=disciplines,
        )
        size = b.rng.randint(*cat.PUSKESMAS_SIZE) - 1
        b.fill([_Post(unit, head, False)], size, cat.PUSKESMAS_FUNCTIONALS, 0.88, disciplines)
    extra = {
        "UPTD Laboratorium Kesehatan Daerah": (("Pranata Laboratorium Kesehatan", 1),),
        "UPTD Instalasi Farmasi": (("Apoteker", 1), ("Asisten Apoteker", 2)),
    }
    for name, size in cat.DINKES_UPTD:
        unit = b.unit(name, "uptd", dinkes.unit)
        head = b.structural(
            unit, dinkes.head, f"Kepala {name}", L.PENGAWAS, kelas=9, disciplines=disciplines
        )
        b.fill([_Post(unit, head, False)], size - 1, extra[name], 0.7, disciplines)


def _head_and_secretary(  # noqa: PLR0917 - who, where, and their two titles and classes
    b: _Builder,
    unit: str,
    supervisor: str,
    titles: tuple[str, str],
    level: JabatanLevel,
    kelas: tuple[int, int],
) -> tuple[str, str]:
    """The head of a kecamatan or kelurahan and its secretary (not a unit head)."""
    disciplines = KEWILAYAHAN
    head = b.structural(unit, supervisor, titles[0], level, kelas=kelas[0], disciplines=disciplines)
    secretary = b.structural(
        unit, head, titles[1], level, kelas=kelas[1], disciplines=disciplines, head=False
    )
    return head, secretary


def _build_kecamatan(b: _Builder, sekda: str) -> None:
    disciplines = KEWILAYAHAN
    for index, (name, kelurahan) in enumerate(cat.KECAMATAN, start=1):
        unit = b.unit(f"Kecamatan {name}", "kecamatan", None, f"KEC{index:02d}")
        titles = (f"Camat {name}", f"Sekretaris Kecamatan {name}")
        camat, sekcam = _head_and_secretary(b, unit, sekda, titles, L.ADMINISTRATOR, (12, 10))
        posts: list[_Post] = []
        for sub in cat.SEKRETARIAT_SUBBAG:
            sub_unit = b.unit(sub, "subbagian", unit)
            chief = b.structural(
                sub_unit, sekcam, f"Kepala {sub}", L.PENGAWAS, kelas=9, disciplines=disciplines
            )
            posts.append(_Post(sub_unit, chief, True, _Post(unit, sekcam, False)))
        for seksi in cat.KECAMATAN_SEKSI:
            seksi_unit = b.unit(seksi, "seksi", unit)
            kasi = b.structural(
                seksi_unit, camat, f"Kepala {seksi}", L.PENGAWAS, kelas=9, disciplines=disciplines
            )
            posts.append(_Post(seksi_unit, kasi, True, _Post(unit, camat, False)))
        size = b.rng.randint(*cat.KECAMATAN_STAFF)
        b.fill(posts, size, cat.KECAMATAN_FUNCTIONALS, 0.35, disciplines)
        for kel_index, kel in enumerate(kelurahan, start=1):
            kel_unit = b.unit(f"Kelurahan {kel}", "kelurahan", unit, f"KEC{index:02d}.{kel_index}")
            titles = (f"Lurah {kel}", f"Sekretaris Kelurahan {kel}")
            _lurah, sekel = _head_and_secretary(b, kel_unit, camat, titles, L.PENGAWAS, (9, 8))
            size = b.rng.randint(*cat.KELURAHAN_STAFF)
            b.fill([_Post(kel_unit, sekel, True)], size, (), 0.0, disciplines)


def build(seed: int, scale: str, year: int) -> _Builder:
    """The whole data set in memory (pure: no database), deterministic for a seed."""
    if scale not in SCALES:
        raise ValueError(f"Skala demo tidak dikenal: {scale!r} (pilih: {', '.join(SCALES)}).")
    b = _Builder(seed, year, scale)
    city = scale == "city"
    sekda = _build_setda(b, full=city)
    if not city:
        _build_bkpsdm(b, sekda)
    else:
        for opd in cat.CITY_OPD:
            if opd.code == "BPKAD":
                _build_bkpsdm(b, sekda)
            built = _build_opd(b, opd, sekda)
            if opd.code == "DISDIKBUD":
                _build_schools(b, built)
            elif opd.code == "DINKES":
                _build_health_uptd(b, built)
        _build_kecamatan(b, sekda)
    share = WITHOUT_SUPERVISOR_SHARE[scale]
    if share:
        protected = set(b.accounts.values())
        candidates = [s for s in b.staff if s not in protected]
        orphans = set(b.rng.sample(candidates, round(len(b.employees) * share)))
        b.links = [(e, s) for e, s in b.links if e not in orphans]
    return b


# The demo's Wali Kota (a made-up name): external penilai of the Sekda.
DEMO_WALI_KOTA = {"nama": "H. Andi Mappaturung, S.E.", "jabatan": "Wali Kota Palu", "nip": ""}


def populate(
    ws: Workspace,
    result: DemoResult,
    *,
    scale: str,
    seed: int,
    progress: Progress,
    log_weeks: int | None = None,
) -> None:
    """Fill ``ws`` with the demo data of ``scale`` (office: BKPSDM, ~60 employees;
    city: ~11,000 employees in all OPD and kecamatan of Kota Palu). Daily logs cover the
    year to date, or only the last ``log_weeks`` weeks (tests keep the city scale short)."""
    year = today_wita().year
    progress(0, 1, _("Menyusun data induk"))
    b = build(seed, scale, year)
    mapping: list[dict[str, Any]] = []
    map_years = (year, year - 1, year - 2) if scale == "office" else (year, year - 1)
    for map_year in map_years:
        for employee, supervisor in b.links:
            mapping.append(
                {
                    "id": b.new_id(),
                    "employee_id": employee,
                    "supervisor_id": supervisor,
                    "year": map_year,
                    "valid_from": date(map_year, 1, 1),
                    "valid_to": date(map_year, 12, 31),
                    "needs_confirmation": False,
                    "note": "",
                    "external_penilai": "",
                    "external_atasan": "",
                }
            )
        # The Sekda is appraised by the Wali Kota (not in the employee data): the
        # external penilai, and so the Atasan Pejabat Penilai of every Kepala OPD.
        for sekda in (e["id"] for e in b.employees if e["jabatan_name"] == "Sekretaris Daerah"):
            mapping.append(
                {
                    "id": b.new_id(),
                    "employee_id": sekda,
                    "supervisor_id": None,
                    "year": map_year,
                    "valid_from": date(map_year, 1, 1),
                    "valid_to": date(map_year, 12, 31),
                    "needs_confirmation": False,
                    "note": "",
                    "external_penilai": json.dumps(DEMO_WALI_KOTA, sort_keys=True),
                    "external_atasan": "",
                }
            )
    usernames = ("kaban", "kabid", "pegawai")
    batches: list[Batch] = [
        (OrgUnit, b.units, _("Unit organisasi")),
        (Employee, b.employees, _("Pegawai")),
        (SupervisorAssignment, mapping, _("Pemetaan atasan")),
    ]
    sync_rows = sum(len(rows) for _model, rows, _label in batches)
    total = sync_rows + len(usernames)
    with ws.write(actor="demo") as session:
        done = insert_batches(
            session,
            ws.node.id,
            batches,
            chunk=CHUNK,
            made_at=now_utc(),
            progress=progress,
            total=total,
        )
        names = {e["id"]: e["name"] for e in b.employees}
        for username in usernames:
            roles = {Role.PEGAWAI} if username == "pegawai" else {Role.PEGAWAI, Role.ATASAN}
            employee_id = b.accounts[username]
            auth.create_user_unchecked(
                session,
                username=username,
                password=DEMO_PASSWORD,
                roles=roles,
                display_name=names[employee_id],
                employee_id=employee_id,
            )
            result.accounts.append((username, DEMO_PASSWORD, ",".join(sorted(roles))))
            done += 1
            progress(done, total, _("Akun pengguna"))
        # The admin OPD account acts inside the OPD of its own employee record.
        session.execute(
            update(User)
            .where(func.lower(User.username) == "admin", User.employee_id.is_(None))
            .values(employee_id=b.accounts["admin"])
        )
        pppk = sum(1 for e in b.employees if e["status"] == AsnStatus.PPPK.value)
        counts = {
            _("OPD / kecamatan"): sum(1 for u in b.units if u["parent_id"] is None),
            _("Unit organisasi"): len(b.units),
            _("Pegawai"): len(b.employees),
            "PNS": len(b.employees) - pppk,
            "PPPK": pppk,
            _("Pemetaan atasan {year}").format(year=year): len(b.links),
            _("Pegawai tanpa atasan {year}").format(year=year): len(b.employees)
            - len(b.links)
            - sum(1 for e in b.employees if e["jabatan_name"] == "Sekretaris Daerah"),
        }
        result.counts.update(counts)
        record_demo(
            session, ws, "demo.populate", {"scale": scale, "seed": seed, "year": year, **counts}
        )
    progress(total, total, _("Selesai"))
    from ekinerja_desktop.services.demo import skp as demo_skp

    last = [total, total]

    def skp_progress(step: int, steps: int, label: str) -> None:
        last[:] = [total + step, total + steps]
        progress(total + step, total + steps, label)

    def hold(_step: int, _steps: int, label: str) -> None:
        """Past years: the bar waits where the SKP step ended (it never moves back)."""
        progress(last[0], last[1], label)

    demo_skp.populate_skps(ws, result, seed=seed, year=year, progress=skp_progress)
    from ekinerja_desktop.services.demo import training as demo_training

    demo_training.populate_trainings(ws, result, seed=seed, year=year)
    office = scale == "office"
    if office:
        # Past years' annual results and follow-ups, and a mid-year transfer this year
        # (before the logs, which follow the transfer's two SKP periods).
        from ekinerja_desktop.services.demo import annual as demo_annual
        from ekinerja_desktop.services.demo import discipline as demo_discipline
        from ekinerja_desktop.services.demo import transfer as demo_transfer

        demo_annual.populate_past_years(ws, result, seed=seed, year=year, progress=hold)
        demo_transfer.make_transfer(ws, result, seed=seed, year=year)
        demo_discipline.add_discipline(
            ws, result, poor=demo_annual.repeated_poor_candidate(ws, year)
        )
    from ekinerja_desktop.services.demo import dailylog as demo_dailylog

    demo_dailylog.populate_logs(
        ws, result, seed=seed, year=year, progress=skp_progress, weeks=log_weeks
    )
    from ekinerja_desktop.services.demo import evidence as demo_evidence

    demo_evidence.attach_evidence(ws, result, seed=seed, year=year)
    from ekinerja_desktop.services.demo import evaluation as demo_evaluation

    demo_evaluation.populate_evaluations(
        ws, result, seed=seed, year=year, progress=lambda *_a: None
    )
