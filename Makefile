# The two commands a newcomer needs:  make run  (open the app)  and  make test  (all tests).
# Both create the virtual environment on first use.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)

.PHONY: run test lint forms translations bench screenshots template

# On Debian/Ubuntu the libraries Qt needs to open a window, and a CJK font, are installed first (as root; otherwise
# the exact apt-get line is printed): tools/ensure-system-packages.sh.
run: $(STAMP)
	@PYTHON=$(PYTHON) tools/ensure-system-packages.sh run
	$(BIN)/crm $(ARGS)

# tools/test-postgres.sh starts a throwaway PostgreSQL for the server tests (.cache/pgtest, port 54329)
# and leaves it running, so the next run starts in an instant; a CRM_TEST_DATABASE_URL already set wins.
test: $(STAMP)
	PYTHON=$(PYTHON) tools/ensure-system-packages.sh test
	[ -n "$$CRM_TEST_DATABASE_URL" ] || tools/test-postgres.sh >/dev/null
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy
	CRM_TEST_DATABASE_URL="$${CRM_TEST_DATABASE_URL:-$$(cat .cache/pgtest/url 2>/dev/null)}" $(BIN)/pytest

# The first use installs about 1.8 GB (Qt, OpenCV and onnxruntime are most of it): each step says what it does,
# and pip shows its own.
$(STAMP): pyproject.toml
	@PYTHON=$(PYTHON) tools/ensure-system-packages.sh venv
	@echo "==> Creating the virtual environment in $(VENV) (first use, or pyproject.toml changed)"
	$(PYTHON) -m venv $(VENV)
	@echo "==> Updating pip"
	$(BIN)/python -m pip install --quiet --upgrade pip
	@echo "==> Installing the app and its dependencies (PySide6, SQLCipher, ...): a few minutes the first time"
	$(BIN)/python -m pip install -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $@
	@echo "==> The environment is ready"

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
	$(BIN)/python bench/cards.py
	$(BIN)/python bench/attachments_sync.py

screenshots: $(STAMP)
	PYTHON=$(PYTHON) tools/ensure-system-packages.sh test
	$(BIN)/python tools/screenshots.py

template: $(STAMP)
	$(BIN)/python tools/make_import_template.py

# The installer (docs/installer.md): PyInstaller bundle in dist/FieldCRM, its smoke test on a fresh home,
# then this platform's package (.deb on Linux, setup.exe on Windows, .dmg on macOS).
.PHONY: bundle
bundle: $(STAMP)
	$(BIN)/python installer/build.py
