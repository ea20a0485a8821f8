"""The sign-in relay's answer, sealed for the one app instance that asked for it.

The relay exchanges the authorization code the moment the browser brings it back
(a code is good once, so whoever sees it later holds nothing), and sends the
tokens on to the desktop *through the browser* (a 302 to the app's loopback
listener) — the relay stores nothing, so there is nowhere else to keep them. They
must therefore be unreadable to everyone but the app instance that started the
sign-in: the instance makes an X25519 key pair, puts the public half in OAuth's
``state`` (which Intuit returns unchanged), and keeps the private half — the
verifier only it holds — in memory. The relay seals the tokens to that public key
(ephemeral X25519, HKDF-SHA256, ChaCha20-Poly1305) with the whole ``state`` as
associated data, so a sealed answer cannot be replayed into another sign-in.

``state`` = ``q1.<loopback port>.<nonce>.<public key>``: the relay needs the port to
send the browser back, the app checks the nonce, and neither can be altered
without breaking the seal.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

VERSION = "q1"
INFO = b"qbdesk sign-in relay q1"
_RAW = serialization.Encoding.Raw
_PUBLIC_RAW = serialization.PublicFormat.Raw


class SealError(ValueError):
    """A state or sealed answer that is malformed, or was not sealed for this key and this sign-in."""


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (ValueError, TypeError) as exc:
        raise SealError("not base64url") from exc


@dataclass(frozen=True)
class RelayState:
    """What a relay ``state`` carries."""

    port: int
    nonce: str
    public_key: bytes

    def encode(self) -> str:
        return f"{VERSION}.{self.port}.{self.nonce}.{_b64(self.public_key)}"


def parse_state(state: str) -> RelayState:
    parts = state.split(".")
    if len(parts) != 4 or parts[0] != VERSION or not parts[1].isdigit():
        raise SealError("not a qbdesk relay state")
    port = int(parts[1])
    key = _unb64(parts[3])
    if not 1024 <= port <= 65535 or len(key) != 32 or not 16 <= len(parts[2]) <= 64:
        raise SealError("not a qbdesk relay state")
    return RelayState(port, parts[2], key)


class Verifier:
    """The app instance's half of a relay sign-in: its private key (never written anywhere) and its state."""

    def __init__(self, port: int) -> None:
        self._private = X25519PrivateKey.generate()
        public = self._private.public_key().public_bytes(_RAW, _PUBLIC_RAW)
        self.state = RelayState(port, secrets.token_urlsafe(18), public).encode()

    def unseal(self, sealed: str, state: str) -> dict[str, Any]:
        """The relay's answer, if it was sealed for this key and this state; :class:`SealError` otherwise."""
        if not secrets.compare_digest(state, self.state):
            raise SealError("the answer belongs to another sign-in")
        blob = _unb64(sealed)
        if len(blob) < 32 + 12 + 16:
            raise SealError("sealed answer too short")
        ephemeral, nonce, body = blob[:32], blob[32:44], blob[44:]
        shared = self._private.exchange(X25519PublicKey.from_public_bytes(ephemeral))
        mine = self._private.public_key().public_bytes(_RAW, _PUBLIC_RAW)
        try:
            plain = ChaCha20Poly1305(_key(shared, ephemeral, mine)).decrypt(nonce, body, state.encode())
        except InvalidTag as exc:
            raise SealError("the answer was not sealed for this sign-in") from exc
        doc = json.loads(plain)
        if not isinstance(doc, dict):
            raise SealError("sealed answer is not an object")
        return doc


def _key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient, info=INFO).derive(shared)


def seal(state: str, payload: dict[str, Any]) -> str:
    """Seal ``payload`` for the app instance whose public key is in ``state`` (the relay's side)."""
    recipient = parse_state(state).public_key
    ephemeral_key = X25519PrivateKey.generate()
    ephemeral = ephemeral_key.public_key().public_bytes(_RAW, _PUBLIC_RAW)
    shared = ephemeral_key.exchange(X25519PublicKey.from_public_bytes(recipient))
    nonce = os.urandom(12)
    body = ChaCha20Poly1305(_key(shared, ephemeral, recipient)).encrypt(
        nonce, json.dumps(payload, separators=(",", ":")).encode(), state.encode())
    return _b64(ephemeral + nonce + body)
