"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import qbdesk.store.types

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "accounts",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column(
            "account_type",
            sa.Enum(
                "Bank",
                "Accounts Receivable",
                "Other Current Asset",
                "Fixed Asset",
                "Other Asset",
                "Accounts Payable",
                "Credit Card",
                "Other Current Liability",
                "Long Term Liability",
                "Equity",
                "Income",
                "Cost of Goods Sold",
                "Expense",
                "Other Income",
                "Other Expense",
                "Non-Posting",
                name="account_type",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("account_subtype", sa.String(length=64), nullable=True),
        sa.Column("acct_num", sa.String(length=20), nullable=True),
        sa.Column("description", sa.String(length=100), nullable=True),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["accounts.id"], name=op.f("fk_accounts_parent_id_accounts"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accounts")),
    )
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_accounts_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_accounts_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_accounts_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "approval_queue",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "direction",
            sa.Enum("import", "export", name="approval_direction", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("entity_type", sa.String(length=32), nullable=False),
        sa.Column("local_id", sa.Integer(), nullable=True),
        sa.Column("qbo_id", sa.String(length=64), nullable=True),
        sa.Column("change", sa.String(length=16), nullable=False),
        sa.Column("summary", sa.String(length=600), nullable=True),
        sa.Column(
            "status",
            sa.Enum("waiting", "approved", "cleared", name="approval_status", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("detected_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.Column("decided_at", qbdesk.store.types.UTCDateTime(), nullable=True),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_approval_queue")),
    )
    with op.batch_alter_table("approval_queue", schema=None) as batch_op:
        batch_op.create_index("ix_approval_queue_status", ["status", "direction"], unique=False)

    op.create_table(
        "payment_methods",
        sa.Column("name", sa.String(length=31), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "CREDIT_CARD", "NON_CREDIT_CARD", name="payment_method_kind", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment_methods")),
    )
    with op.batch_alter_table("payment_methods", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_payment_methods_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_payment_methods_name"), ["name"], unique=False)

    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "sync_issues",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=24), nullable=False),
        sa.Column("entity_type", sa.String(length=32), nullable=False),
        sa.Column("local_id", sa.Integer(), nullable=True),
        sa.Column("qbo_id", sa.String(length=64), nullable=True),
        sa.Column("record_label", sa.String(length=600), nullable=True),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=True),
        sa.Column("message", sa.Text(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("element", sa.String(length=100), nullable=True),
        sa.Column("intuit_tid", sa.String(length=100), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "open", "skipped", "resolved", "bypassed", name="issue_status", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("first_seen", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.Column("last_seen", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.Column("run_id", sa.String(length=36), nullable=True),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_issues")),
    )
    with op.batch_alter_table("sync_issues", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_issues_category"), ["category"], unique=False)
        batch_op.create_index("ix_sync_issues_record", ["entity_type", "local_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sync_issues_status"), ["status"], unique=False)

    op.create_table(
        "sync_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity_type", sa.String(length=32), nullable=False),
        sa.Column("local_id", sa.Integer(), nullable=True),
        sa.Column("qbo_id", sa.String(length=64), nullable=True),
        sa.Column("sync_token", sa.String(length=32), nullable=True),
        sa.Column(
            "state",
            sa.Enum(
                "linked",
                "ignored",
                "bypassed",
                "dont_sync",
                "deleted_in_qbo",
                name="link_state",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("local_hash", sa.String(length=64), nullable=True),
        sa.Column("qbo_updated_at", qbdesk.store.types.UTCDateTime(), nullable=True),
        sa.Column("last_synced_at", qbdesk.store.types.UTCDateTime(), nullable=True),
        sa.Column("created_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_links")),
        sa.UniqueConstraint("entity_type", "local_id", name=op.f("uq_sync_links_entity_type_local_id")),
    )
    with op.batch_alter_table("sync_links", schema=None) as batch_op:
        batch_op.create_index("ix_sync_links_qbo", ["entity_type", "qbo_id"], unique=False)

    op.create_table(
        "sync_runs",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "running",
                "completed",
                "interrupted",
                "failed",
                name="run_status",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("started_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.Column("finished_at", qbdesk.store.types.UTCDateTime(), nullable=True),
        sa.Column("settings", sa.JSON(), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("api_calls", sa.Integer(), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_runs")),
    )
    op.create_table(
        "tax_codes",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("description", sa.String(length=100), nullable=True),
        sa.Column("taxable", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tax_codes")),
    )
    with op.batch_alter_table("tax_codes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tax_codes_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_tax_codes_name"), ["name"], unique=False)

    op.create_table(
        "terms",
        sa.Column("name", sa.String(length=31), nullable=False),
        sa.Column("due_days", sa.Integer(), nullable=True),
        sa.Column("day_of_month_due", sa.Integer(), nullable=True),
        sa.Column("discount_percent", qbdesk.store.types.ExactDecimal(scale=6, precision=18), nullable=True),
        sa.Column("discount_days", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_terms")),
    )
    with op.batch_alter_table("terms", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_terms_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_terms_name"), ["name"], unique=False)

    op.create_table(
        "customers",
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("is_job", sa.Boolean(), nullable=False),
        sa.Column("term_id", sa.Integer(), nullable=True),
        sa.Column("customer_since", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.Column("display_name", sa.String(length=500), nullable=False),
        sa.Column("company_name", sa.String(length=100), nullable=True),
        sa.Column("given_name", sa.String(length=100), nullable=True),
        sa.Column("family_name", sa.String(length=100), nullable=True),
        sa.Column("email", sa.String(length=100), nullable=True),
        sa.Column("phone", sa.String(length=30), nullable=True),
        sa.Column("address_line1", sa.String(length=500), nullable=True),
        sa.Column("city", sa.String(length=255), nullable=True),
        sa.Column("region", sa.String(length=255), nullable=True),
        sa.Column("postal_code", sa.String(length=30), nullable=True),
        sa.Column("country", sa.String(length=255), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["customers.id"],
            name=op.f("fk_customers_parent_id_customers"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(["term_id"], ["terms.id"], name=op.f("fk_customers_term_id_terms")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customers")),
    )
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_customers_customer_since"), ["customer_since"], unique=False)
        batch_op.create_index(batch_op.f("ix_customers_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_customers_display_name"), ["display_name"], unique=False)
        batch_op.create_index(batch_op.f("ix_customers_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "items",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column(
            "item_type",
            sa.Enum("Service", "NonInventory", "Inventory", name="item_type", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("sku", sa.String(length=100), nullable=True),
        sa.Column("description", sa.String(length=4000), nullable=True),
        sa.Column("purchase_description", sa.String(length=1000), nullable=True),
        sa.Column("unit_price", qbdesk.store.types.ExactDecimal(scale=6, precision=18), nullable=False),
        sa.Column("purchase_cost", qbdesk.store.types.ExactDecimal(scale=6, precision=18), nullable=True),
        sa.Column("taxable", sa.Boolean(), nullable=False),
        sa.Column("income_account_id", sa.Integer(), nullable=True),
        sa.Column("expense_account_id", sa.Integer(), nullable=True),
        sa.Column("asset_account_id", sa.Integer(), nullable=True),
        sa.Column("qty_on_hand", qbdesk.store.types.ExactDecimal(scale=6, precision=18), nullable=True),
        sa.Column("inventory_start_date", sa.Date(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["asset_account_id"], ["accounts.id"], name=op.f("fk_items_asset_account_id_accounts")
        ),
        sa.ForeignKeyConstraint(
            ["expense_account_id"], ["accounts.id"], name=op.f("fk_items_expense_account_id_accounts")
        ),
        sa.ForeignKeyConstraint(
            ["income_account_id"], ["accounts.id"], name=op.f("fk_items_income_account_id_accounts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_items")),
    )
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_items_asset_account_id"), ["asset_account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_items_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_items_expense_account_id"), ["expense_account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_items_income_account_id"), ["income_account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_items_name"), ["name"], unique=False)

    op.create_table(
        "sync_journal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("operation", sa.String(length=24), nullable=False),
        sa.Column("entity_type", sa.String(length=32), nullable=False),
        sa.Column("local_id", sa.Integer(), nullable=True),
        sa.Column("qbo_id", sa.String(length=64), nullable=True),
        sa.Column("natural_key", sa.String(length=600), nullable=True),
        sa.Column("request_id", sa.String(length=50), nullable=True),
        sa.Column("batch_id", sa.String(length=36), nullable=True),
        sa.Column(
            "state",
            sa.Enum(
                "pending",
                "sent",
                "done",
                "failed",
                "skipped",
                name="journal_state",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("sync_token", sa.String(length=32), nullable=True),
        sa.Column("error_code", sa.String(length=16), nullable=True),
        sa.Column("error_message", sa.Text(), nullable=True),
        sa.Column("created_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.Column("completed_at", qbdesk.store.types.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["run_id"], ["sync_runs.id"], name=op.f("fk_sync_journal_run_id_sync_runs"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_journal")),
        sa.UniqueConstraint("request_id", name=op.f("uq_sync_journal_request_id")),
    )
    with op.batch_alter_table("sync_journal", schema=None) as batch_op:
        batch_op.create_index("ix_sync_journal_run_state", ["run_id", "state"], unique=False)

    op.create_table(
        "vendors",
        sa.Column("term_id", sa.Integer(), nullable=True),
        sa.Column("account_number", sa.String(length=100), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.Column("display_name", sa.String(length=500), nullable=False),
        sa.Column("company_name", sa.String(length=100), nullable=True),
        sa.Column("given_name", sa.String(length=100), nullable=True),
        sa.Column("family_name", sa.String(length=100), nullable=True),
        sa.Column("email", sa.String(length=100), nullable=True),
        sa.Column("phone", sa.String(length=30), nullable=True),
        sa.Column("address_line1", sa.String(length=500), nullable=True),
        sa.Column("city", sa.String(length=255), nullable=True),
        sa.Column("region", sa.String(length=255), nullable=True),
        sa.Column("postal_code", sa.String(length=30), nullable=True),
        sa.Column("country", sa.String(length=255), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["term_id"], ["terms.id"], name=op.f("fk_vendors_term_id_terms")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vendors")),
    )
    with op.batch_alter_table("vendors", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_vendors_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_vendors_display_name"), ["display_name"], unique=False)

    op.create_table(
        "bills",
        sa.Column("vendor_id", sa.Integer(), nullable=False),
        sa.Column("doc_number", sa.String(length=21), nullable=True),
        sa.Column("txn_date", sa.Date(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("term_id", sa.Integer(), nullable=True),
        sa.Column("ap_account_id", sa.Integer(), nullable=True),
        sa.Column("memo", sa.String(length=4000), nullable=True),
        sa.Column("total", qbdesk.store.types.ExactDecimal(scale=2, precision=18), nullable=False),
        sa.Column("balance", qbdesk.store.types.ExactDecimal(scale=2, precision=18), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["ap_account_id"], ["accounts.id"], name=op.f("fk_bills_ap_account_id_accounts")
        ),
        sa.ForeignKeyConstraint(["term_id"], ["terms.id"], name=op.f("fk_bills_term_id_terms")),
        sa.ForeignKeyConstraint(
            ["vendor_id"], ["vendors.id"], name=op.f("fk_bills_vendor_id_vendors"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bills")),
    )
    with op.batch_alter_table("bills", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_bills_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_bills_doc_number"), ["doc_number"], unique=False)
        batch_op.create_index(batch_op.f("ix_bills_txn_date"), ["txn_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_bills_vendor_id"), ["vendor_id"], unique=False)

    op.create_table(
        "credit_memos",
        sa.Column("remaining_credit", qbdesk.store.types.ExactDecimal(scale=2, precision=18), nullable=False),
        sa.Column("doc_number", sa.String(length=21), nullable=True),
        sa.Column("txn_date", sa.Date(), nullable=False),
        sa.Column("memo", sa.String(length=1000), nullable=True),
        sa.Column("private_note", sa.String(length=4000), nullable=True),
        sa.Column("total", qbdesk.store.types.ExactDecimal(scale=2, precision=18), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_credit_memos_customer_id_customers"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_credit_memos")),
    )
    with op.batch_alter_table("credit_memos", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_credit_memos_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_credit_memos_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_credit_memos_doc_number"), ["doc_number"], unique=False)
        batch_op.create_index(batch_op.f("ix_credit_memos_txn_date"), ["txn_date"], unique=False)

    op.create_table(
        "expenses",
        sa.Column("txn_date", sa.Date(), nullable=False),
        sa.Column(
            "payment_type",
            sa.Enum("Cash", "Check", "CreditCard", name="payment_type", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("vendor_id", sa.Integer(), nullable=True),
        sa.Column("payment_method_id", sa.Integer(), nullable=True),
        sa.Column("doc_number", sa.String(length=21), nullable=True),
        sa.Column("memo", sa.String(length=4000), nullable=True),
        sa.Column("total", qbdesk.store.types.ExactDecimal(scale=2, precision=18), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_expenses_account_id_accounts"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["payment_method_id"],
            ["payment_methods.id"],
            name=op.f("fk_expenses_payment_method_id_payment_methods"),
        ),
        sa.ForeignKeyConstraint(
            ["vendor_id"], ["vendors.id"], name=op.f("fk_expenses_vendor_id_vendors"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_expenses")),
    )
    with op.batch_alter_table("expenses", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_expenses_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_expenses_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_expenses_txn_date"), ["txn_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_expenses_vendor_id"), ["vendor_id"], unique=False)

    op.create_table(
        "invoices",
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("term_id", sa.Integer(), nullable=True),
        sa.Column("tax_code_id", sa.Integer(), nullable=True),
        sa.Column("email", sa.String(length=100), nullable=True),
        sa.Column("balance", qbdesk.store.types.ExactDecimal(scale=2, precision=18), nullable=False),
        sa.Column("doc_number", sa.String(length=21), nullable=True),
        sa.Column("txn_date", sa.Date(), nullable=False),
        sa.Column("memo", sa.String(length=1000), nullable=True),
        sa.Column("private_note", sa.String(length=4000), nullable=True),
        sa.Column("total", qbdesk.store.types.ExactDecimal(scale=2, precision=18), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_invoices_customer_id_customers"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["tax_code_id"], ["tax_codes.id"], name=op.f("fk_invoices_tax_code_id_tax_codes")
        ),
        sa.ForeignKeyConstraint(["term_id"], ["terms.id"], name=op.f("fk_invoices_term_id_terms")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoices")),
    )
    with op.batch_alter_table("invoices", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_invoices_balance"), ["balance"], unique=False)
        batch_op.create_index(batch_op.f("ix_invoices_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_invoices_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_invoices_doc_number"), ["doc_number"], unique=False)
        batch_op.create_index(batch_op.f("ix_invoices_txn_date"), ["txn_date"], unique=False)

    op.create_table(
        "payments",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("txn_date", sa.Date(), nullable=False),
        sa.Column("total", qbdesk.store.types.ExactDecimal(scale=2, precision=18), nullable=False),
        sa.Column("payment_method_id", sa.Integer(), nullable=True),
        sa.Column("deposit_account_id", sa.Integer(), nullable=True),
        sa.Column("reference_number", sa.String(length=21), nullable=True),
        sa.Column("memo", sa.Text(), nullable=True),
        sa.Column("unapplied", qbdesk.store.types.ExactDecimal(scale=2, precision=18), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_payments_customer_id_customers"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["deposit_account_id"], ["accounts.id"], name=op.f("fk_payments_deposit_account_id_accounts")
        ),
        sa.ForeignKeyConstraint(
            ["payment_method_id"],
            ["payment_methods.id"],
            name=op.f("fk_payments_payment_method_id_payment_methods"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payments")),
    )
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_payments_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_payments_dirty"), ["dirty"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_payments_payment_method_id"), ["payment_method_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_payments_txn_date"), ["txn_date"], unique=False)

    op.create_table(
        "refund_receipts",
        sa.Column("deposit_account_id", sa.Integer(), nullable=True),
        sa.Column("payment_method_id", sa.Integer(), nullable=True),
        sa.Column("doc_number", sa.String(length=21), nullable=True),
        sa.Column("txn_date", sa.Date(), nullable=False),
        sa.Column("memo", sa.String(length=1000), nullable=True),
        sa.Column("private_note", sa.String(length=4000), nullable=True),
        sa.Column("total", qbdesk.store.types.ExactDecimal(scale=2, precision=18), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_refund_receipts_customer_id_customers"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["deposit_account_id"],
            ["accounts.id"],
            name=op.f("fk_refund_receipts_deposit_account_id_accounts"),
        ),
        sa.ForeignKeyConstraint(
            ["payment_method_id"],
            ["payment_methods.id"],
            name=op.f("fk_refund_receipts_payment_method_id_payment_methods"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_refund_receipts")),
    )
    with op.batch_alter_table("refund_receipts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_refund_receipts_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_refund_receipts_deposit_account_id"), ["deposit_account_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_refund_receipts_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_refund_receipts_doc_number"), ["doc_number"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_refund_receipts_payment_method_id"), ["payment_method_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_refund_receipts_txn_date"), ["txn_date"], unique=False)

    op.create_table(
        "bill_lines",
        sa.Column("bill_id", sa.Integer(), nullable=False),
        sa.Column("line_num", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=4000), nullable=True),
        sa.Column("amount", qbdesk.store.types.ExactDecimal(scale=2, precision=18), nullable=False),
        sa.Column("quantity", qbdesk.store.types.ExactDecimal(scale=6, precision=18), nullable=True),
        sa.Column("unit_price", qbdesk.store.types.ExactDecimal(scale=6, precision=18), nullable=True),
        sa.Column("billable", sa.Boolean(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_bill_lines_account_id_accounts"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["bill_id"], ["bills.id"], name=op.f("fk_bill_lines_bill_id_bills"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_bill_lines_customer_id_customers"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], name=op.f("fk_bill_lines_item_id_items"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bill_lines")),
    )
    with op.batch_alter_table("bill_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_bill_lines_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_bill_lines_bill_id"), ["bill_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_bill_lines_item_id"), ["item_id"], unique=False)

    op.create_table(
        "credit_memo_lines",
        sa.Column("credit_memo_id", sa.Integer(), nullable=False),
        sa.Column("line_num", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=4000), nullable=True),
        sa.Column("quantity", qbdesk.store.types.ExactDecimal(scale=6, precision=18), nullable=False),
        sa.Column("unit_price", qbdesk.store.types.ExactDecimal(scale=6, precision=18), nullable=False),
        sa.Column("amount", qbdesk.store.types.ExactDecimal(scale=2, precision=18), nullable=False),
        sa.Column("taxable", sa.Boolean(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["credit_memo_id"],
            ["credit_memos.id"],
            name=op.f("fk_credit_memo_lines_credit_memo_id_credit_memos"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], name=op.f("fk_credit_memo_lines_item_id_items"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_credit_memo_lines")),
    )
    with op.batch_alter_table("credit_memo_lines", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_credit_memo_lines_credit_memo_id"), ["credit_memo_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_credit_memo_lines_item_id"), ["item_id"], unique=False)

    op.create_table(
        "expense_lines",
        sa.Column("expense_id", sa.Integer(), nullable=False),
        sa.Column("line_num", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=4000), nullable=True),
        sa.Column("amount", qbdesk.store.types.ExactDecimal(scale=2, precision=18), nullable=False),
        sa.Column("quantity", qbdesk.store.types.ExactDecimal(scale=6, precision=18), nullable=True),
        sa.Column("unit_price", qbdesk.store.types.ExactDecimal(scale=6, precision=18), nullable=True),
        sa.Column("billable", sa.Boolean(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_expense_lines_account_id_accounts"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_expense_lines_customer_id_customers"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["expense_id"],
            ["expenses.id"],
            name=op.f("fk_expense_lines_expense_id_expenses"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], name=op.f("fk_expense_lines_item_id_items"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_expense_lines")),
    )
    with op.batch_alter_table("expense_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_expense_lines_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_expense_lines_expense_id"), ["expense_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_expense_lines_item_id"), ["item_id"], unique=False)

    op.create_table(
        "invoice_lines",
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("line_num", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=4000), nullable=True),
        sa.Column("quantity", qbdesk.store.types.ExactDecimal(scale=6, precision=18), nullable=False),
        sa.Column("unit_price", qbdesk.store.types.ExactDecimal(scale=6, precision=18), nullable=False),
        sa.Column("amount", qbdesk.store.types.ExactDecimal(scale=2, precision=18), nullable=False),
        sa.Column("taxable", sa.Boolean(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["invoice_id"],
            ["invoices.id"],
            name=op.f("fk_invoice_lines_invoice_id_invoices"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], name=op.f("fk_invoice_lines_item_id_items"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice_lines")),
    )
    with op.batch_alter_table("invoice_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_invoice_lines_invoice_id"), ["invoice_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_invoice_lines_item_id"), ["item_id"], unique=False)

    op.create_table(
        "payment_applications",
        sa.Column("payment_id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("amount", qbdesk.store.types.ExactDecimal(scale=2, precision=18), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["invoice_id"],
            ["invoices.id"],
            name=op.f("fk_payment_applications_invoice_id_invoices"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["payment_id"],
            ["payments.id"],
            name=op.f("fk_payment_applications_payment_id_payments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment_applications")),
    )
    with op.batch_alter_table("payment_applications", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_payment_applications_invoice_id"), ["invoice_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_payment_applications_payment_id"), ["payment_id"], unique=False)

    op.create_table(
        "refund_receipt_lines",
        sa.Column("refund_receipt_id", sa.Integer(), nullable=False),
        sa.Column("line_num", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=4000), nullable=True),
        sa.Column("quantity", qbdesk.store.types.ExactDecimal(scale=6, precision=18), nullable=False),
        sa.Column("unit_price", qbdesk.store.types.ExactDecimal(scale=6, precision=18), nullable=False),
        sa.Column("amount", qbdesk.store.types.ExactDecimal(scale=2, precision=18), nullable=False),
        sa.Column("taxable", sa.Boolean(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], name=op.f("fk_refund_receipt_lines_item_id_items"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["refund_receipt_id"],
            ["refund_receipts.id"],
            name=op.f("fk_refund_receipt_lines_refund_receipt_id_refund_receipts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_refund_receipt_lines")),
    )
    with op.batch_alter_table("refund_receipt_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_refund_receipt_lines_item_id"), ["item_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_refund_receipt_lines_refund_receipt_id"), ["refund_receipt_id"], unique=False
        )


def downgrade() -> None:

    with op.batch_alter_table("refund_receipt_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_refund_receipt_lines_refund_receipt_id"))
        batch_op.drop_index(batch_op.f("ix_refund_receipt_lines_item_id"))

    op.drop_table("refund_receipt_lines")
    with op.batch_alter_table("payment_applications", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payment_applications_payment_id"))
        batch_op.drop_index(batch_op.f("ix_payment_applications_invoice_id"))

    op.drop_table("payment_applications")
    with op.batch_alter_table("invoice_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invoice_lines_item_id"))
        batch_op.drop_index(batch_op.f("ix_invoice_lines_invoice_id"))

    op.drop_table("invoice_lines")
    with op.batch_alter_table("expense_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_expense_lines_item_id"))
        batch_op.drop_index(batch_op.f("ix_expense_lines_expense_id"))
        batch_op.drop_index(batch_op.f("ix_expense_lines_account_id"))

    op.drop_table("expense_lines")
    with op.batch_alter_table("credit_memo_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_credit_memo_lines_item_id"))
        batch_op.drop_index(batch_op.f("ix_credit_memo_lines_credit_memo_id"))

    op.drop_table("credit_memo_lines")
    with op.batch_alter_table("bill_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bill_lines_item_id"))
        batch_op.drop_index(batch_op.f("ix_bill_lines_bill_id"))
        batch_op.drop_index(batch_op.f("ix_bill_lines_account_id"))

    op.drop_table("bill_lines")
    with op.batch_alter_table("refund_receipts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_refund_receipts_txn_date"))
        batch_op.drop_index(batch_op.f("ix_refund_receipts_payment_method_id"))
        batch_op.drop_index(batch_op.f("ix_refund_receipts_doc_number"))
        batch_op.drop_index(batch_op.f("ix_refund_receipts_dirty"))
        batch_op.drop_index(batch_op.f("ix_refund_receipts_deposit_account_id"))
        batch_op.drop_index(batch_op.f("ix_refund_receipts_customer_id"))

    op.drop_table("refund_receipts")
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payments_txn_date"))
        batch_op.drop_index(batch_op.f("ix_payments_payment_method_id"))
        batch_op.drop_index(batch_op.f("ix_payments_dirty"))
        batch_op.drop_index(batch_op.f("ix_payments_customer_id"))

    op.drop_table("payments")
    with op.batch_alter_table("invoices", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invoices_txn_date"))
        batch_op.drop_index(batch_op.f("ix_invoices_doc_number"))
        batch_op.drop_index(batch_op.f("ix_invoices_dirty"))
        batch_op.drop_index(batch_op.f("ix_invoices_customer_id"))
        batch_op.drop_index(batch_op.f("ix_invoices_balance"))

    op.drop_table("invoices")
    with op.batch_alter_table("expenses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_expenses_vendor_id"))
        batch_op.drop_index(batch_op.f("ix_expenses_txn_date"))
        batch_op.drop_index(batch_op.f("ix_expenses_dirty"))
        batch_op.drop_index(batch_op.f("ix_expenses_account_id"))

    op.drop_table("expenses")
    with op.batch_alter_table("credit_memos", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_credit_memos_txn_date"))
        batch_op.drop_index(batch_op.f("ix_credit_memos_doc_number"))
        batch_op.drop_index(batch_op.f("ix_credit_memos_dirty"))
        batch_op.drop_index(batch_op.f("ix_credit_memos_customer_id"))

    op.drop_table("credit_memos")
    with op.batch_alter_table("bills", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bills_vendor_id"))
        batch_op.drop_index(batch_op.f("ix_bills_txn_date"))
        batch_op.drop_index(batch_op.f("ix_bills_doc_number"))
        batch_op.drop_index(batch_op.f("ix_bills_dirty"))

    op.drop_table("bills")
    with op.batch_alter_table("vendors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_vendors_display_name"))
        batch_op.drop_index(batch_op.f("ix_vendors_dirty"))

    op.drop_table("vendors")
    with op.batch_alter_table("sync_journal", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_journal_run_state")

    op.drop_table("sync_journal")
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_items_name"))
        batch_op.drop_index(batch_op.f("ix_items_income_account_id"))
        batch_op.drop_index(batch_op.f("ix_items_expense_account_id"))
        batch_op.drop_index(batch_op.f("ix_items_dirty"))
        batch_op.drop_index(batch_op.f("ix_items_asset_account_id"))

    op.drop_table("items")
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customers_parent_id"))
        batch_op.drop_index(batch_op.f("ix_customers_display_name"))
        batch_op.drop_index(batch_op.f("ix_customers_dirty"))
        batch_op.drop_index(batch_op.f("ix_customers_customer_since"))

    op.drop_table("customers")
    with op.batch_alter_table("terms", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_terms_name"))
        batch_op.drop_index(batch_op.f("ix_terms_dirty"))

    op.drop_table("terms")
    with op.batch_alter_table("tax_codes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tax_codes_name"))
        batch_op.drop_index(batch_op.f("ix_tax_codes_dirty"))

    op.drop_table("tax_codes")
    op.drop_table("sync_runs")
    with op.batch_alter_table("sync_links", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_links_qbo")

    op.drop_table("sync_links")
    with op.batch_alter_table("sync_issues", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_issues_status"))
        batch_op.drop_index("ix_sync_issues_record")
        batch_op.drop_index(batch_op.f("ix_sync_issues_category"))

    op.drop_table("sync_issues")
    op.drop_table("settings")
    with op.batch_alter_table("payment_methods", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payment_methods_name"))
        batch_op.drop_index(batch_op.f("ix_payment_methods_dirty"))

    op.drop_table("payment_methods")
    with op.batch_alter_table("approval_queue", schema=None) as batch_op:
        batch_op.drop_index("ix_approval_queue_status")

    op.drop_table("approval_queue")
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_accounts_parent_id"))
        batch_op.drop_index(batch_op.f("ix_accounts_name"))
        batch_op.drop_index(batch_op.f("ix_accounts_dirty"))

    op.drop_table("accounts")
