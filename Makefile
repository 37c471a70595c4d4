# Every target bootstraps .venv itself.
.PHONY: run test bench bench-sync build lint
run:
	bash scripts/run.sh
test:
	bash scripts/test.sh
bench:
	bash scripts/bootstrap.sh --test && .venv/bin/python bench/startup.py && .venv/bin/python bench/master.py && .venv/bin/python bench/dailylog.py && .venv/bin/python bench/frozen.py
bench-sync:
	bash scripts/bootstrap.sh --test && .venv/bin/python bench/sync.py
build:
	bash scripts/bootstrap.sh --test && .venv/bin/python installer/build.py
lint:
	bash scripts/bootstrap.sh --test && .venv/bin/ruff check src tests bench scripts installer && .venv/bin/mypy && .venv/bin/lint-imports
