"""Everything about syncing with QuickBooks: the controller and its worker, the home page's sync
panel, the counts, the Problems, Approvals and Sync log pages, the first-sync wizard."""
