"""The few HTML pages a person sees: the consent screen and plain error pages.

Intuit shows a page where the signed-in user picks the company to connect; the
sandbox shows the same choice among its practice companies, so the desktop
app's sign-in can be tried by hand. Scripts skip it with ``auto_consent=true``.
"""

from __future__ import annotations

from html import escape

_STYLE = ("body{font-family:sans-serif;max-width:36em;margin:3em auto;color:#222}"
          "h1{font-size:1.4em}button{font-size:1em;padding:.4em 1.2em;margin-right:.6em}"
          "select{font-size:1em;padding:.3em}.note{color:#666;font-size:.9em}")


def _page(title: str, body: str) -> bytes:
    return (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{escape(title)}</title>"
            f"<style>{_STYLE}</style></head><body>{body}</body></html>").encode()


def consent(app_name: str, params: dict[str, str], companies: list[tuple[str, str]], chosen: str | None) -> bytes:
    hidden = "".join(f'<input type="hidden" name="{escape(k)}" value="{escape(v)}">' for k, v in params.items()
                     if k not in ("realm_id", "decision"))
    options = "".join(
        f'<option value="{escape(rid)}"{" selected" if rid == chosen else ""}>{escape(name)} ({escape(rid)})</option>'
        for rid, name in companies)
    body = (f"<h1>Connect {escape(app_name)} to a practice company</h1>"
            "<p>This is the qbdesk sandbox, a local stand-in for QuickBooks Online. Nothing here touches real "
            "books.</p>"
            f'<form method="post" action="/connect/oauth2">{hidden}'
            f'<p><label>Company <select name="realm_id">{options}</select></label></p>'
            '<p><button name="decision" value="allow" type="submit">Connect</button>'
            '<button name="decision" value="deny" type="submit">Cancel</button></p></form>'
            '<p class="note">Scripts can skip this page with <code>auto_consent=true</code>.</p>')
    return _page("Connect to the qbdesk sandbox", body)


def error(title: str, message: str) -> bytes:
    return _page(title, f"<h1>{escape(title)}</h1><p>{escape(message)}</p>")


def index(companies: list[tuple[str, str]], discovery_url: str) -> bytes:
    rows = "".join(f"<li>{escape(name)} — realm <code>{escape(rid)}</code></li>" for rid, name in companies)
    body = ("<h1>qbdesk sandbox</h1><p>A local emulator of the QuickBooks Online Accounting API (v3).</p>"
            f"<p>Practice companies:</p><ul>{rows}</ul>"
            f'<p>OpenID discovery: <a href="{escape(discovery_url)}">{escape(discovery_url)}</a></p>')
    return _page("qbdesk sandbox", body)
