"""The REST API and the web workbench: one FastAPI app over one :class:`~sitrep.workbench.Workbench`.

Routes are thin: they validate ids and parameters, call one workbench method under a lock (the extractor
and SQLite connection are shared, and an analyst's workbench sees a handful of requests, not thousands),
and return JSON. Report text is always data in JSON, never markup; the UI renders it with ``textContent``.
"""

from __future__ import annotations

import threading
from collections.abc import Awaitable, Callable
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from sitrep import __version__
from sitrep.api import routes_documents, routes_events, routes_products, routes_review
from sitrep.api.security import CSP_DOCS, CSP_UI, READ_ONLY_POSTS, SECURITY_HEADERS, Tokens
from sitrep.errors import NotFoundError, SitrepError, ValidationError
from sitrep.workbench import Workbench

STATIC = Path(__file__).resolve().parent.parent / "web" / "static"
OPEN_PATHS = ("/static/", "/docs", "/openapi.json", "/favicon.ico")
UPLOAD_BODY_LIMIT = routes_documents.MAX_UPLOAD_BYTES + 1024 * 1024
"""Multipart overhead allowed on top of the file itself before the body is refused unread."""

DESCRIPTION = """\
sitrep's library over HTTP: documents, fused events with their claims and quotes, search, merge review,
source grades, and the analyst products (infobox, brief, timeline, map, network, ACH, persons, exports).

**Authentication.** When the server was started with a token, every `/api` request needs
`Authorization: Bearer <token>`. The analyst token (`--token`, `SITREP_TOKEN`) may read and write; the read
token (`--read-token`, `SITREP_READ_TOKEN`) may only read (writes answer 403). Errors are JSON
`{"error": "..."}`.
"""


def create_app(workbench: Workbench, tokens: Tokens | None = None) -> FastAPI:
    """An app serving ``workbench``; the caller keeps ownership and closes it."""
    app = FastAPI(
        title="sitrep",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
    )
    app.state.workbench = workbench
    app.state.lock = threading.RLock()
    app.state.tokens = tokens or Tokens()

    _install_errors(app)
    _install_guard(app)
    app.include_router(routes_documents.router)
    app.include_router(routes_events.router)
    app.include_router(routes_review.router)
    app.include_router(routes_products.router)
    _install_ui(app)
    return app


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


def _install_errors(app: FastAPI) -> None:
    @app.exception_handler(NotFoundError)
    async def not_found(_req: Request, exc: NotFoundError) -> JSONResponse:
        return _error(404, str(exc))

    @app.exception_handler(ValidationError)
    async def invalid(_req: Request, exc: ValidationError) -> JSONResponse:
        return _error(422, str(exc))

    @app.exception_handler(SitrepError)
    async def sitrep_error(_req: Request, exc: SitrepError) -> JSONResponse:
        return _error(400, str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_req: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _error(exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def bad_request(_req: Request, exc: RequestValidationError) -> JSONResponse:
        parts = []
        for e in exc.errors()[:3]:
            where = ".".join(str(x) for x in e.get("loc", ()) if x not in ("body", "query", "path"))
            parts.append(f"{where}: {e.get('msg', 'invalid')}" if where else str(e.get("msg", "invalid")))
        return _error(422, "; ".join(parts) or "invalid request")


def _install_guard(app: FastAPI) -> None:
    """Authentication, roles, the upload size cap and security headers, for every request."""

    @app.middleware("http")
    async def guard(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        path = request.url.path
        response: Response
        if path.startswith("/api"):
            response = await _guarded_api(request, call_next)
        else:
            response = await call_next(request)
        for k, v in SECURITY_HEADERS.items():
            response.headers.setdefault(k, v)
        if "content-security-policy" not in response.headers:  # a product route may set a stricter one
            response.headers["Content-Security-Policy"] = CSP_DOCS if path == "/docs" else CSP_UI
        if path.startswith("/api"):
            response.headers["Cache-Control"] = "no-store"
        return response


async def _guarded_api(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    tokens: Tokens = request.app.state.tokens
    role = tokens.role_for(request.headers.get("authorization"))
    if role is None:
        response = _error(401, "missing or wrong token: send 'Authorization: Bearer <token>'")
        response.headers["WWW-Authenticate"] = "Bearer"
        return response
    writes = request.method not in ("GET", "HEAD", "OPTIONS") and request.url.path not in READ_ONLY_POSTS
    if writes and role != "analyst":
        return _error(403, "this token may only read; writes need the analyst token")
    length = request.headers.get("content-length")
    if length is not None:
        if not length.isdigit():
            return _error(400, "bad Content-Length")
        if int(length) > UPLOAD_BODY_LIMIT:
            return _error(413, f"request too large (the limit is {routes_documents.MAX_UPLOAD_BYTES // 2**20} MB)")
    request.state.role = role
    return await call_next(request)


def _install_ui(app: FastAPI) -> None:
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        """Swagger UI from vendored files, so the API description works offline."""
        return FileResponse(STATIC / "docs.html", media_type="text/html")
