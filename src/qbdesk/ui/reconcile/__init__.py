"""After a migration: the Reconciliation page and its PDF, undoing a run."""
