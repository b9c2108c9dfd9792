# The two commands a newcomer needs:  make run  (open the app)  and  make test  (all tests).
# Both create the virtual environment on first use.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)

.PHONY: run test lint forms translations bench screenshots template

run: $(STAMP)
	$(BIN)/crm $(ARGS)

# tools/test-postgres.sh starts a throwaway PostgreSQL for the server tests (.cache/pgtest, port 54329)
# and leaves it running, so the next run starts in an instant; a CRM_TEST_DATABASE_URL already set wins.
test: $(STAMP)
	tools/ensure-system-packages.sh
	[ -n "$$CRM_TEST_DATABASE_URL" ] || tools/test-postgres.sh >/dev/null
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy
	CRM_TEST_DATABASE_URL="$${CRM_TEST_DATABASE_URL:-$$(cat .cache/pgtest/url 2>/dev/null)}" $(BIN)/pytest

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $@

lint: $(STAMP)
	$(BIN)/ruff check .

forms: $(STAMP)
	$(BIN)/python tools/build_forms.py

translations: $(STAMP)
	$(BIN)/python tools/update_translations.py

bench: $(STAMP)
	$(BIN)/python bench/search.py
	$(BIN)/python bench/customer_list.py
	$(BIN)/python bench/startup.py
	$(BIN)/python bench/import_export.py
	$(BIN)/python bench/pipeline.py
	$(BIN)/python bench/tickets.py
	$(BIN)/python bench/dashboard.py
	$(BIN)/python bench/segments.py
	$(BIN)/python bench/sync_offline.py
	$(BIN)/python bench/fixture_csv.py

screenshots: $(STAMP)
	tools/ensure-system-packages.sh
	$(BIN)/python tools/screenshots.py

template: $(STAMP)
	$(BIN)/python tools/make_import_template.py

# The installer (docs/installer.md): PyInstaller bundle in dist/FieldCRM, its smoke test on a fresh home,
# then this platform's package (.deb on Linux, setup.exe on Windows, .dmg on macOS).
.PHONY: bundle
bundle: $(STAMP)
	$(BIN)/python installer/build.py
