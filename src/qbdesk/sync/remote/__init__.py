"""The sync engine in a process of its own, driven and observed from the window's worker thread.

Why a process: the window and the engine shared one interpreter, so every stretch
the engine held the GIL — parsing QuickBooks' answers, journaling, a full garbage
collection over 10,000 records' objects — was a stretch the window could not paint
(issue 19 measured 193–297 ms). In its own process the engine runs on the other
core and the window's heap stays small.

What does not move: secrets. The engine process never opens the keychain; it asks
the window's process for an access token (and for a refresh) over the pipe, so
tokens keep being read, rotated and written where they always were
(:mod:`.protocol` says what crosses). The journal, the requestids and the one write
path are the engine's own and unchanged: a killed engine process is a killed sync,
resumed as any other.
"""
