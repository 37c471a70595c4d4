# Every target bootstraps .venv itself.
.PHONY: run test bench bench-more bench-sync bench-central build lint
run:
	bash scripts/run.sh
test:
	bash scripts/test.sh
# One table (start-up, login, the city pages); the city workspace is built once into
# EKINERJA_BENCH_CITY (default ~/.cache/ekinerja-bench/city, 5 GB, minutes) and reused.
bench:
	bash scripts/bootstrap.sh --test && nice .venv/bin/python bench/table.py
bench-more:
	bash scripts/bootstrap.sh --test && .venv/bin/python bench/master.py && .venv/bin/python bench/dailylog.py && .venv/bin/python bench/frozen.py
bench-sync:
	bash scripts/bootstrap.sh --test && .venv/bin/python bench/sync.py
# City scale with a year of daily logs: builds for several minutes.
bench-central:
	bash scripts/bootstrap.sh --test && .venv/bin/python bench/central.py
build:
	bash scripts/bootstrap.sh --test && .venv/bin/python installer/build.py
lint:
	bash scripts/bootstrap.sh --test && .venv/bin/ruff check src tests bench scripts installer && .venv/bin/mypy && .venv/bin/lint-imports
