"""Fixtures for the report builder tests."""

from __future__ import annotations

import pytest

from ekinerja_desktop.reports.documents import EvaluationCover, EvaluationDocument, SkpDocument
from tests.helpers.report_samples import make_cover, make_evaluation, make_skp


@pytest.fixture
def skp_doc() -> SkpDocument:
    return make_skp()


@pytest.fixture
def evaluation_doc() -> EvaluationDocument:
    return make_evaluation()


@pytest.fixture
def cover_doc() -> EvaluationCover:
    return make_cover()
