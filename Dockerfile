FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app

# Chromium renders chart exports (PNG, SVG, PDF) through kaleido; nothing is downloaded at run time.
RUN apt-get update && apt-get install -y --no-install-recommends chromium && rm -rf /var/lib/apt/lists/*
ENV BROWSER_PATH=/usr/bin/chromium

COPY pyproject.toml README.md ./
COPY config ./config
COPY positions ./positions
COPY ingest ./ingest
COPY review ./review
COPY exports ./exports
COPY api ./api
COPY templates ./templates
COPY static ./static
COPY manage.py ./
RUN pip install . && useradd --system --home /app tracker

# collectstatic needs settings to import: give it a throwaway key and a database URL it never connects to.
RUN SECRET_KEY=collectstatic DATABASE_URL=postgres://build@localhost/build python manage.py collectstatic --noinput

USER tracker
EXPOSE 8000
CMD ["gunicorn", "config.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "2"]
