"""The Problems view: sync problems grouped by category, explained, with their actions."""
