"""The record browser and editor: one view per record type over the company file."""
