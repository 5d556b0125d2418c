# The two README commands: `make run` and `make test`. Both create the virtual
# environment on first use, so a fresh clone needs nothing else.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint screenshots bench clean installer installer-smoke

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/custody-checklist

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check custody_checklist tests benchmarks

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_storage.py
	$(BIN)/python benchmarks/bench_rules.py
	$(BIN)/python benchmarks/bench_pdf.py
	$(BIN)/python benchmarks/bench_autosave.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_gui.py

# PNGs of the real app on the demo data, for docs/screenshots/ and the README.
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py

# The frozen one-folder app (PyInstaller) in dist/custody-checklist/, and its headless
# smoke test (installer/smoke_test.sh). PyInstaller goes into the venv only for this.
installer: $(STAMP)
	$(BIN)/pip install --quiet -e '.[installer]'
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller installer/custody-checklist.spec
	@du -sh dist/custody-checklist

installer-smoke: installer
	installer/smoke_test.sh dist/custody-checklist

clean:
	rm -rf $(VENV) build dist *.egg-info
