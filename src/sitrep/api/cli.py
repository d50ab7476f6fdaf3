"""``sitrep serve``: the REST API and web workbench on one port."""

from __future__ import annotations

import os
from typing import Annotated, Any

import typer

from sitrep.api.security import ConfigError, Tokens, check_bind


def register(app: typer.Typer, state: Any) -> None:
    @app.command()
    def serve(
        host: Annotated[str, typer.Option(help="Address to listen on; anything but loopback needs a token.")] = (
            "127.0.0.1"
        ),
        port: Annotated[int, typer.Option(help="TCP port.", min=1, max=65535)] = 8000,
        token: Annotated[
            str | None, typer.Option(help="Analyst token (read and write); default SITREP_TOKEN.", show_default=False)
        ] = None,
        read_token: Annotated[
            str | None, typer.Option(help="Read-only token; default SITREP_READ_TOKEN.", show_default=False)
        ] = None,
    ) -> None:
        """Serve the REST API (/api, documented at /docs) and the web workbench (/)."""
        tokens = Tokens(
            analyst=token or os.environ.get("SITREP_TOKEN") or None,
            read=read_token or os.environ.get("SITREP_READ_TOKEN") or None,
        )
        check_bind(host, tokens)
        try:
            import uvicorn
        except ImportError as exc:  # pragma: no cover - a dependency of the package
            raise ConfigError("the web server needs uvicorn: pip install uvicorn") from exc

        from sitrep.api.app import create_app
        from sitrep.workbench import Workbench

        with Workbench.open(state.db) as wb:
            typer.echo(f"sitrep serving on http://{host}:{port}/ (API docs at /docs)", err=True)
            uvicorn.run(create_app(wb, tokens), host=host, port=port, log_level="warning")
