"""Office mode: a company shared by several desktops, opened, watched and shown."""
