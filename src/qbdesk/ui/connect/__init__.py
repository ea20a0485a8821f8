"""Connecting a company to QuickBooks: the dialog, the flow, the panel, the practice company."""
