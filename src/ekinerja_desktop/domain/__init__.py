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
Angka kredit (``credit``)
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
Supervision (``supervision``)
    MappingSpan; penilai_on(spans, day) - the one Pejabat Penilai rule.
Roles and time (``roles``, ``timeutil``)
    Role, NodeRole; WITA, now_utc, to_wita, today_wita.
"""

import importlib
from typing import TYPE_CHECKING, Any

# The names below load their module on first use (PEP 562), so importing one small
# module (e.g. ``domain.errors``) does not pull in babel and holidays at start-up.
if TYPE_CHECKING:
    from ekinerja_desktop.domain.berakhlak import BERAKHLAK, CoreValue, core_value
    from ekinerja_desktop.domain.calendar import WORK_START, DayInfo, DayKind, WorkCalendar
    from ekinerja_desktop.domain.credit import (
        DEFAULT_ANGKA_KREDIT_TABLE,
        AngkaKreditTable,
        angka_kredit,
    )
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
    from ekinerja_desktop.domain.supervision import MappingSpan, penilai_on
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
    "MappingSpan",
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
    "penilai_on",
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

_EXPORTS: dict[str, str] = {
    "AngkaKreditTable": "ekinerja_desktop.domain.credit",
    "AsnStatus": "ekinerja_desktop.domain.nip",
    "Aspect": "ekinerja_desktop.domain.skp",
    "BERAKHLAK": "ekinerja_desktop.domain.berakhlak",
    "CoreValue": "ekinerja_desktop.domain.berakhlak",
    "DEFAULT_ANGKA_KREDIT_TABLE": "ekinerja_desktop.domain.credit",
    "DEFAULT_DISTRIBUTION_GUIDANCE": "ekinerja_desktop.domain.ratings",
    "DEFAULT_JP_CATALOGUE": "ekinerja_desktop.domain.jp",
    "DayInfo": "ekinerja_desktop.domain.calendar",
    "DayKind": "ekinerja_desktop.domain.calendar",
    "DevRoute": "ekinerja_desktop.domain.jp",
    "DistributionRule": "ekinerja_desktop.domain.ratings",
    "EVALUATION_TRANSITIONS": "ekinerja_desktop.domain.skp",
    "EvaluationAction": "ekinerja_desktop.domain.skp",
    "EvaluationStatus": "ekinerja_desktop.domain.skp",
    "JabatanKind": "ekinerja_desktop.domain.jabatan",
    "JabatanLevel": "ekinerja_desktop.domain.jabatan",
    "JpMode": "ekinerja_desktop.domain.jp",
    "JpRule": "ekinerja_desktop.domain.jp",
    "LEVELS_BY_KIND": "ekinerja_desktop.domain.jabatan",
    "LOG_TRANSITIONS": "ekinerja_desktop.domain.skp",
    "LogAction": "ekinerja_desktop.domain.skp",
    "LogStatus": "ekinerja_desktop.domain.skp",
    "NipError": "ekinerja_desktop.domain.nip",
    "NipInfo": "ekinerja_desktop.domain.nip",
    "NodeRole": "ekinerja_desktop.domain.roles",
    "OrgPredikat": "ekinerja_desktop.domain.ratings",
    "PANGKAT_PNS": "ekinerja_desktop.domain.pangkat",
    "PNS_MIN_JP_PER_YEAR": "ekinerja_desktop.domain.jp",
    "PPPK_GOLONGAN": "ekinerja_desktop.domain.pangkat",
    "PPPK_MAX_JP_PER_YEAR": "ekinerja_desktop.domain.jp",
    "PREDIKAT_MATRIX": "ekinerja_desktop.domain.ratings",
    "Pangkat": "ekinerja_desktop.domain.pangkat",
    "Period": "ekinerja_desktop.domain.periods",
    "PeriodScheme": "ekinerja_desktop.domain.periods",
    "Perspektif": "ekinerja_desktop.domain.skp",
    "PppkGolongan": "ekinerja_desktop.domain.pangkat",
    "Predikat": "ekinerja_desktop.domain.ratings",
    "PredikatCounts": "ekinerja_desktop.domain.ratings",
    "Rating": "ekinerja_desktop.domain.ratings",
    "RhkType": "ekinerja_desktop.domain.skp",
    "Role": "ekinerja_desktop.domain.roles",
    "SKP_TRANSITIONS": "ekinerja_desktop.domain.skp",
    "MappingSpan": "ekinerja_desktop.domain.supervision",
    "Sex": "ekinerja_desktop.domain.nip",
    "SkpAction": "ekinerja_desktop.domain.skp",
    "SkpApproach": "ekinerja_desktop.domain.skp",
    "SkpPeriod": "ekinerja_desktop.domain.periods",
    "SkpStatus": "ekinerja_desktop.domain.skp",
    "WITA": "ekinerja_desktop.domain.timeutil",
    "WORK_START": "ekinerja_desktop.domain.calendar",
    "WorkCalendar": "ekinerja_desktop.domain.calendar",
    "allowed_log_actions": "ekinerja_desktop.domain.skp",
    "allowed_skp_actions": "ekinerja_desktop.domain.skp",
    "angka_kredit": "ekinerja_desktop.domain.credit",
    "check_distribution": "ekinerja_desktop.domain.ratings",
    "clean_nip": "ekinerja_desktop.domain.nip",
    "core_value": "ekinerja_desktop.domain.berakhlak",
    "distribution_shares": "ekinerja_desktop.domain.ratings",
    "evaluation_transition": "ekinerja_desktop.domain.skp",
    "final_period": "ekinerja_desktop.domain.periods",
    "format_date": "ekinerja_desktop.domain.fmt",
    "format_datetime_wita": "ekinerja_desktop.domain.fmt",
    "format_money": "ekinerja_desktop.domain.fmt",
    "format_nip": "ekinerja_desktop.domain.nip",
    "format_number": "ekinerja_desktop.domain.fmt",
    "format_percent": "ekinerja_desktop.domain.fmt",
    "is_valid_nip": "ekinerja_desktop.domain.nip",
    "jp_rule": "ekinerja_desktop.domain.jp",
    "jp_status": "ekinerja_desktop.domain.jp",
    "keberatan_deadline": "ekinerja_desktop.domain.skp",
    "levels_for": "ekinerja_desktop.domain.jabatan",
    "log_submission_deadline": "ekinerja_desktop.domain.skp",
    "log_transition": "ekinerja_desktop.domain.skp",
    "month_name": "ekinerja_desktop.domain.fmt",
    "now_utc": "ekinerja_desktop.domain.timeutil",
    "pangkat_by_code": "ekinerja_desktop.domain.pangkat",
    "parse_level": "ekinerja_desktop.domain.jabatan",
    "parse_nip": "ekinerja_desktop.domain.nip",
    "parse_period": "ekinerja_desktop.domain.periods",
    "period_containing": "ekinerja_desktop.domain.periods",
    "penilai_on": "ekinerja_desktop.domain.supervision",
    "periods_for_year": "ekinerja_desktop.domain.periods",
    "person_display_name": "ekinerja_desktop.domain.fmt",
    "pppk_golongan_by_code": "ekinerja_desktop.domain.pangkat",
    "predikat": "ekinerja_desktop.domain.ratings",
    "skp_period": "ekinerja_desktop.domain.periods",
    "skp_transition": "ekinerja_desktop.domain.skp",
    "suggest_jp": "ekinerja_desktop.domain.jp",
    "to_wita": "ekinerja_desktop.domain.timeutil",
    "today_wita": "ekinerja_desktop.domain.timeutil",
    "validate_level": "ekinerja_desktop.domain.jabatan",
    "weekday_name": "ekinerja_desktop.domain.fmt",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
