"""Settings, read from the environment in one place (see README.md for every variable).

With nothing configured the project runs on an embedded PostgreSQL and runs tasks in-process, so that
``make run`` works on a bare machine; production sets DATABASE_URL, REDIS_URL, SECRET_KEY and
ALLOWED_HOSTS.
"""

from datetime import timedelta
from pathlib import Path

from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

from config.csp import sha256_source
from config.embedded import embedded_database_url
from config.env import check_redis_url, env_bool, env_int, env_list, env_rate, env_str, parse_database_url

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env_str("SECRET_KEY")
if SECRET_KEY is None:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is false.")
    SECRET_KEY = "insecure-development-key-only-for-debug"
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "simple_history",
    "django_celery_beat",
    "positions",
    "ingest",
    "review",
    "exports",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "api",
    "backups",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "config.middleware.RefuseNulMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "review.middleware.DashboardAccessMiddleware",
    "positions.middleware.FreshSeriesMiddleware",
    # Last, as django-axes asks: it turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Database: DATABASE_URL, or an embedded PostgreSQL kept in EMBEDDED_DB_DIR.
EMBEDDED_DB_DIR = Path(env_str("EMBEDDED_DB_DIR", str(BASE_DIR / ".pgdata")))
DATABASE_URL = env_str("DATABASE_URL") or embedded_database_url(EMBEDDED_DB_DIR)
DATABASES = {"default": parse_database_url("DATABASE_URL", DATABASE_URL).as_django()}
DATABASES["default"]["CONN_MAX_AGE"] = env_int("DB_CONN_MAX_AGE", 60, minimum=0)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Redis: the Celery broker and the cache. Without it, tasks run in-process and the cache is local memory.
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    check_redis_url("REDIS_URL", REDIS_URL)
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            # A Redis that hangs costs a page at most this long per call, then the page computes without it.
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_RESULT_BACKEND = REDIS_URL or "cache+memory://"
CELERY_TASK_ALWAYS_EAGER = REDIS_URL is None
CELERY_TASK_DEFAULT_QUEUE = env_str("CELERY_QUEUE", "celery")
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = env_int("CELERY_TASK_TIME_LIMIT", 300, minimum=1)
CELERY_TASK_SOFT_TIME_LIMIT = env_int("CELERY_TASK_SOFT_TIME_LIMIT", 240, minimum=1)
CELERY_RESULT_EXPIRES = 24 * 3600
CELERY_WORKER_MAX_TASKS_PER_CHILD = 1000
# A task taken by a worker that dies without acknowledging it goes back to the queue after this many
# seconds; it must exceed the longest task and the longest retry countdown.
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": env_int("CELERY_VISIBILITY_TIMEOUT", 3600, minimum=1),
    # Every running worker sweeps for such tasks every 10 s, so one lost with a dead worker is handed
    # on once its visibility timeout passes, not only when some worker restarts.
    "unacked_restore_interval": 10,
    "unacked_restore_throttle": 1,
}
# Fetch retries on network errors only: exponential backoff with full jitter from the base, at most this often.
INGEST_FETCH_MAX_RETRIES = env_int("INGEST_FETCH_MAX_RETRIES", 5, minimum=0)
INGEST_RETRY_BASE_SECONDS = env_int("INGEST_RETRY_BASE_MS", 10000, minimum=0) / 1000
# A poll hands the URLs it finds to fetch tasks this many at a time: one message and one connection
# pool for many pages. Smaller batches spread a big feed over more worker processes sooner.
INGEST_FETCH_BATCH_SIZE = env_int("INGEST_FETCH_BATCH_SIZE", 50, minimum=1)
# A run whose queued items have not all settled after this long lost them (with the broker, say): the next
# poll closes it as partial. Long enough for a message to be redelivered and its retries to run out.
INGEST_RUN_ABANDON_SECONDS = env_int(
    "INGEST_RUN_ABANDON_SECONDS",
    CELERY_BROKER_TRANSPORT_OPTIONS["visibility_timeout"] + 2 * CELERY_TASK_TIME_LIMIT + 600,
    minimum=0,
)
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
CELERY_TIMEZONE = "UTC"

# Who may read the dashboard: everyone, read-only (true), or only signed-in users with a role (false).
DASHBOARD_PUBLIC = env_bool("DASHBOARD_PUBLIC", True)
LOGIN_URL = "login"
AUTHENTICATION_BACKENDS = [
    # Refuses a sign-in from a client that has failed too often, before the password is even checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Sign-in throttling (django-axes, attempts kept in PostgreSQL): after LOGIN_FAILURE_LIMIT failed sign-ins
# from one address, whatever the user names, that address is refused for LOGIN_COOLOFF_MINUTES. Counting by
# address stops both guessing one password and trying one password on many users; a success clears the count.
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 10, minimum=1)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LOGIN_COOLOFF_MINUTES", 15, minimum=1))
AXES_LOCKOUT_PARAMETERS = ["ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "config.security.locked_out"
AXES_CLIENT_IP_CALLABLE = "config.security.client_ip"
LOGIN_REDIRECT_URL = "positions:home"
LOGOUT_REDIRECT_URL = "positions:home"

# The REST API: read-only, the dashboard's roles, tokens for scripts, and a request budget per client.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["api.permissions.MayBrowse"],
    # JSON only, even to a browser: the interactive documentation at /api/docs/ is the way to explore it, and
    # the framework's own HTML pages carry inline styles that the site's Content-Security-Policy refuses.
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_THROTTLE_CLASSES": [
        "api.throttling.AnonBudget",
        "api.throttling.UserBudget",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": env_rate("API_ANON_RATE", "120/minute"),
        "user": env_rate("API_USER_RATE", "1200/minute"),
    },
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Ukraine war positions API",
    "DESCRIPTION": "What states and organisations have said about the war in Ukraine, topic by topic, "
    "each record with the quote that proves it. Read-only; send `Authorization: Token <key>` from scripts.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # The documentation pages' scripts and styles are served from this site, never from a CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "api.schema.add_error_responses",
    ],
    "ENUM_NAME_OVERRIDES": {
        "ActorKindEnum": "positions.models.Actor.Kind",
        "DocumentKindEnum": "ingest.models.Document.Kind",
    },
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
    "config.staticfinders.PlotlyFinder",
]

SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
# HTTPS only outside debug: plain HTTP is redirected, and browsers are told to come back over HTTPS for a
# year. A deployment behind a TLS-terminating proxy sets TRUSTED_PROXY_HTTPS so that the proxy's
# X-Forwarded-Proto header counts; one served over plain HTTP on purpose (a local compose stack) turns
# SECURE_SSL_REDIRECT and SECURE_HSTS_SECONDS off.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 365 * 24 * 3600, minimum=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
# The preload directive alone enrols nothing: a domain joins browsers' lists only when its owner submits it.
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", not DEBUG)
TRUSTED_PROXY_HTTPS = env_bool("TRUSTED_PROXY_HTTPS", False)
if TRUSTED_PROXY_HTTPS:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Content-Security-Policy (django-csp): every script and style sheet comes from this site, as files. No inline
# script or style, no eval, no plugin, and no other site may frame a page, except an embed (EMBED_FRAME_ANCESTORS).
# plotly.js's own style sheets are served as files for this (config/plotly_assets.py); the images are for its
# "download as PNG" button.
# The only style attributes the site's pages carry, each allowed by its hash alone; no other one is.
ALLOWED_STYLE_ATTRIBUTES = [
    "",  # plotly.js clears its colour bar's fills
    "font-weight:bold",  # plotly.js draws <b> in chart titles and tooltips
    "border-top: 0",  # the record history page in the admin (django-simple-history's paginator)
]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "style-src-attr": ["'unsafe-hashes'", *(sha256_source(text) for text in ALLOWED_STYLE_ATTRIBUTES)],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# Who may show an embed in an iframe: any site by default, since publishing a chart elsewhere is the point.
EMBED_FRAME_ANCESTORS = env_list("EMBED_FRAME_ANCESTORS", ["*"])

# Outbound HTTP (ingest/http.py): every fetch goes through one guarded, polite client.
HTTP_CONNECT_TIMEOUT = env_int("HTTP_CONNECT_TIMEOUT", 5, minimum=1)
HTTP_READ_TIMEOUT = env_int("HTTP_READ_TIMEOUT", 20, minimum=1)
HTTP_TOTAL_TIMEOUT = env_int("HTTP_TOTAL_TIMEOUT", 60, minimum=1)
HTTP_MAX_BYTES = env_int("HTTP_MAX_BYTES", 10 * 1024 * 1024, minimum=1024)
HTTP_MAX_REDIRECTS = env_int("HTTP_MAX_REDIRECTS", 5, minimum=0)
HTTP_ALLOW_PRIVATE = env_bool("HTTP_ALLOW_PRIVATE", False)
HTTP_ALLOWED_NETWORKS = env_list("HTTP_ALLOWED_NETWORKS", [])
HTTP_USER_AGENT = env_str("HTTP_USER_AGENT", "")
HTTP_CONTACT_URL = env_str("HTTP_CONTACT_URL", "")
HTTP_HOST_INTERVAL = float(env_int("HTTP_HOST_INTERVAL_MS", 1000, minimum=0)) / 1000
HTTP_HOST_CONCURRENCY = env_int("HTTP_HOST_CONCURRENCY", 2, minimum=1)

# The extractor used by ingestion and `manage.py evaluate` (a key of ingest.extraction.EXTRACTORS).
EXTRACTOR_KIND = env_str("EXTRACTOR_KIND", "rules")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    # The chart renderer's browser driver narrates every tab it opens; its warnings are enough.
    "loggers": {name: {"level": "WARNING"} for name in ("kaleido", "choreographer", "logistro")},
}
