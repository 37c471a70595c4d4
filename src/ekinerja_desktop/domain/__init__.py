"""Pure domain layer of e-Kinerja Desktop: rules and vocabulary, no I/O, no ORM, no Qt.

Everything the rest of the application needs is re-exported here; import from
``ekinerja_desktop.domain``. Items marked (verify) in docs/domain.md are data tables with
defaults that callers may override, never hard-coded logic.

Ratings and predikat (``ratings``)
    Rating, Predikat, OrgPredikat (StrEnum, value = Indonesian text, ``.parse`` tolerant);
    predikat(hasil, perilaku) from PREDIKAT_MATRIX; check_distribution(org, counts,
    guidance=None) -> Indonesian warnings using DEFAULT_DISTRIBUTION_GUIDANCE
    (DistributionRule rows); distribution_shares(counts) -> fraction per Predikat;
    PredikatCounts is the accepted counts type (e.g. a Counter[Predikat]).
NIP (``nip``)
    AsnStatus (PNS/PPPK), Sex, NipInfo, NipError(ValueError, ``.part``); parse_nip,
    format_nip, is_valid_nip, clean_nip.
Pangkat (``pangkat``)
    Pangkat, PppkGolongan, PANGKAT_PNS (I/a..IV/e), PPPK_GOLONGAN (I..XVII);
    pangkat_by_code, pppk_golongan_by_code.
Jabatan (``jabatan``)
    JabatanKind, JabatanLevel, LEVELS_BY_KIND; levels_for, validate_level, parse_level.
BerAKHLAK (``berakhlak``)
    CoreValue, BERAKHLAK (7 values x 3 behaviours); core_value(code).
Angka kredit (``angka_kredit``)
    AngkaKreditTable, DEFAULT_ANGKA_KREDIT_TABLE; angka_kredit(predikat, level, months, table).
Calendar (``calendar``)
    WorkCalendar, DayKind, DayInfo, WORK_START (07:00 WITA).
Periods (``periods``)
    PeriodScheme, Period, SkpPeriod; periods_for_year, final_period, parse_period,
    period_containing, skp_period.
SKP workflow (``skp``)
    SkpApproach, RhkType, Aspect, Perspektif, SkpStatus, LogStatus, EvaluationStatus,
    SkpAction, LogAction, EvaluationAction, *_TRANSITIONS tables; skp_transition,
    log_transition, evaluation_transition, allowed_skp_actions, allowed_log_actions,
    log_submission_deadline, keberatan_deadline.
Competency development (``jp``)
    DevRoute, JpMode, JpRule, DEFAULT_JP_CATALOGUE, PNS_MIN_JP_PER_YEAR,
    PPPK_MAX_JP_PER_YEAR; jp_rule, suggest_jp, jp_status.
Formatting (``fmt``)
    format_date, format_datetime_wita, format_number, format_percent, format_money,
    month_name, weekday_name, person_display_name.
Roles and time (``roles``, ``timeutil``)
    Role, NodeRole; WITA, now_utc, to_wita, today_wita.
"""

from ekinerja_desktop.domain.angka_kredit import (
    DEFAULT_ANGKA_KREDIT_TABLE,
    AngkaKreditTable,
    angka_kredit,
)
from ekinerja_desktop.domain.berakhlak import BERAKHLAK, CoreValue, core_value
from ekinerja_desktop.domain.calendar import WORK_START, DayInfo, DayKind, WorkCalendar
from ekinerja_desktop.domain.fmt import (
    format_date,
    format_datetime_wita,
    format_money,
    format_number,
    format_percent,
    month_name,
    person_display_name,
    weekday_name,
)
from ekinerja_desktop.domain.jabatan import (
    LEVELS_BY_KIND,
    JabatanKind,
    JabatanLevel,
    levels_for,
    parse_level,
    validate_level,
)
from ekinerja_desktop.domain.jp import (
    DEFAULT_JP_CATALOGUE,
    PNS_MIN_JP_PER_YEAR,
    PPPK_MAX_JP_PER_YEAR,
    DevRoute,
    JpMode,
    JpRule,
    jp_rule,
    jp_status,
    suggest_jp,
)
from ekinerja_desktop.domain.nip import (
    AsnStatus,
    NipError,
    NipInfo,
    Sex,
    clean_nip,
    format_nip,
    is_valid_nip,
    parse_nip,
)
from ekinerja_desktop.domain.pangkat import (
    PANGKAT_PNS,
    PPPK_GOLONGAN,
    Pangkat,
    PppkGolongan,
    pangkat_by_code,
    pppk_golongan_by_code,
)
from ekinerja_desktop.domain.periods import (
    Period,
    PeriodScheme,
    SkpPeriod,
    final_period,
    parse_period,
    period_containing,
    periods_for_year,
    skp_period,
)
from ekinerja_desktop.domain.ratings import (
    DEFAULT_DISTRIBUTION_GUIDANCE,
    PREDIKAT_MATRIX,
    DistributionRule,
    OrgPredikat,
    Predikat,
    PredikatCounts,
    Rating,
    check_distribution,
    distribution_shares,
    predikat,
)
from ekinerja_desktop.domain.roles import NodeRole, Role
from ekinerja_desktop.domain.skp import (
    EVALUATION_TRANSITIONS,
    LOG_TRANSITIONS,
    SKP_TRANSITIONS,
    Aspect,
    EvaluationAction,
    EvaluationStatus,
    LogAction,
    LogStatus,
    Perspektif,
    RhkType,
    SkpAction,
    SkpApproach,
    SkpStatus,
    allowed_log_actions,
    allowed_skp_actions,
    evaluation_transition,
    keberatan_deadline,
    log_submission_deadline,
    log_transition,
    skp_transition,
)
from ekinerja_desktop.domain.timeutil import WITA, now_utc, to_wita, today_wita

__all__ = [
    "BERAKHLAK",
    "DEFAULT_ANGKA_KREDIT_TABLE",
    "DEFAULT_DISTRIBUTION_GUIDANCE",
    "DEFAULT_JP_CATALOGUE",
    "EVALUATION_TRANSITIONS",
    "LEVELS_BY_KIND",
    "LOG_TRANSITIONS",
    "PANGKAT_PNS",
    "PNS_MIN_JP_PER_YEAR",
    "PPPK_GOLONGAN",
    "PPPK_MAX_JP_PER_YEAR",
    "PREDIKAT_MATRIX",
    "SKP_TRANSITIONS",
    "WITA",
    "WORK_START",
    "AngkaKreditTable",
    "AsnStatus",
    "Aspect",
    "CoreValue",
    "DayInfo",
    "DayKind",
    "DevRoute",
    "DistributionRule",
    "EvaluationAction",
    "EvaluationStatus",
    "JabatanKind",
    "JabatanLevel",
    "JpMode",
    "JpRule",
    "LogAction",
    "LogStatus",
    "NipError",
    "NipInfo",
    "NodeRole",
    "OrgPredikat",
    "Pangkat",
    "Period",
    "PeriodScheme",
    "Perspektif",
    "PppkGolongan",
    "Predikat",
    "PredikatCounts",
    "Rating",
    "RhkType",
    "Role",
    "Sex",
    "SkpAction",
    "SkpApproach",
    "SkpPeriod",
    "SkpStatus",
    "WorkCalendar",
    "allowed_log_actions",
    "allowed_skp_actions",
    "angka_kredit",
    "check_distribution",
    "clean_nip",
    "core_value",
    "distribution_shares",
    "evaluation_transition",
    "final_period",
    "format_date",
    "format_datetime_wita",
    "format_money",
    "format_nip",
    "format_number",
    "format_percent",
    "is_valid_nip",
    "jp_rule",
    "jp_status",
    "keberatan_deadline",
    "levels_for",
    "log_submission_deadline",
    "log_transition",
    "month_name",
    "now_utc",
    "pangkat_by_code",
    "parse_level",
    "parse_nip",
    "parse_period",
    "period_containing",
    "periods_for_year",
    "person_display_name",
    "pppk_golongan_by_code",
    "predikat",
    "skp_period",
    "skp_transition",
    "suggest_jp",
    "to_wita",
    "today_wita",
    "validate_level",
    "weekday_name",
]
