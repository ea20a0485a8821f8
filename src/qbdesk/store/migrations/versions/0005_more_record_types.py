"""every record type a small business's books hold: classes, locations, sales receipts, estimates, vendor
credits, purchase orders, bill payments, deposits, transfers, journal entries

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07

New tables for the record types QuickBooks has and the company file lacked, and on the existing ones: a
location on every document and a class (and, for sales, a tax code) on every line; an invoice's estimate;
a payment line that uses a credit memo instead of paying an invoice (``invoice_id`` becomes nullable, and
exactly one of the two is set).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import qbdesk.store.types

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "classes",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["classes.id"], name=op.f("fk_classes_parent_id_classes"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_classes")),
    )
    with op.batch_alter_table("classes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_classes_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_classes_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_classes_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "journal_entries",
        sa.Column("doc_number", sa.String(length=21), nullable=True),
        sa.Column("txn_date", sa.Date(), nullable=False),
        sa.Column("memo", sa.String(length=4000), nullable=True),
        sa.Column("adjustment", sa.Boolean(), nullable=False),
        sa.Column("total", qbdesk.store.types.ExactDecimal(scale=2, precision=18), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal_entries")),
    )
    with op.batch_alter_table("journal_entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_journal_entries_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_journal_entries_doc_number"), ["doc_number"], unique=False)
        batch_op.create_index(batch_op.f("ix_journal_entries_txn_date"), ["txn_date"], unique=False)

    op.create_table(
        "locations",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["locations.id"], name=op.f("fk_locations_parent_id_locations"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_locations")),
    )
    with op.batch_alter_table("locations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_locations_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_locations_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_locations_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "deposits",
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("txn_date", sa.Date(), nullable=False),
        sa.Column("location_id", sa.Integer(), nullable=True),
        sa.Column("memo", sa.String(length=4000), nullable=True),
        sa.Column("total", qbdesk.store.types.ExactDecimal(scale=2, precision=18), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_deposits_account_id_accounts"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["location_id"], ["locations.id"], name=op.f("fk_deposits_location_id_locations"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deposits")),
    )
    with op.batch_alter_table("deposits", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_deposits_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_deposits_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_deposits_location_id"), ["location_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_deposits_txn_date"), ["txn_date"], unique=False)

    op.create_table(
        "transfers",
        sa.Column("from_account_id", sa.Integer(), nullable=False),
        sa.Column("to_account_id", sa.Integer(), nullable=False),
        sa.Column("amount", qbdesk.store.types.ExactDecimal(scale=2, precision=18), nullable=False),
        sa.Column("txn_date", sa.Date(), nullable=False),
        sa.Column("memo", sa.String(length=4000), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["from_account_id"],
            ["accounts.id"],
            name=op.f("fk_transfers_from_account_id_accounts"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["to_account_id"], ["accounts.id"], name=op.f("fk_transfers_to_account_id_accounts"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transfers")),
    )
    with op.batch_alter_table("transfers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_transfers_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_transfers_from_account_id"), ["from_account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_transfers_to_account_id"), ["to_account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_transfers_txn_date"), ["txn_date"], unique=False)

    op.create_table(
        "bill_payments",
        sa.Column("vendor_id", sa.Integer(), nullable=False),
        sa.Column("txn_date", sa.Date(), nullable=False),
        sa.Column(
            "pay_type",
            sa.Enum("Check", "CreditCard", name="bill_pay_type", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("ap_account_id", sa.Integer(), nullable=True),
        sa.Column("location_id", sa.Integer(), nullable=True),
        sa.Column("doc_number", sa.String(length=21), nullable=True),
        sa.Column("memo", sa.String(length=4000), nullable=True),
        sa.Column("total", qbdesk.store.types.ExactDecimal(scale=2, precision=18), nullable=False),
        sa.Column("unapplied", qbdesk.store.types.ExactDecimal(scale=2, precision=18), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_bill_payments_account_id_accounts"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["ap_account_id"], ["accounts.id"], name=op.f("fk_bill_payments_ap_account_id_accounts")
        ),
        sa.ForeignKeyConstraint(
            ["location_id"], ["locations.id"], name=op.f("fk_bill_payments_location_id_locations"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["vendor_id"], ["vendors.id"], name=op.f("fk_bill_payments_vendor_id_vendors"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bill_payments")),
    )
    with op.batch_alter_table("bill_payments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_bill_payments_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_bill_payments_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_bill_payments_location_id"), ["location_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_bill_payments_txn_date"), ["txn_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_bill_payments_vendor_id"), ["vendor_id"], unique=False)

    op.create_table(
        "estimates",
        sa.Column("expiration_date", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum("Pending", "Accepted", "Closed", "Rejected", name="estimate_status", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column("email", sa.String(length=100), nullable=True),
        sa.Column("doc_number", sa.String(length=21), nullable=True),
        sa.Column("txn_date", sa.Date(), nullable=False),
        sa.Column("memo", sa.String(length=1000), nullable=True),
        sa.Column("private_note", sa.String(length=4000), nullable=True),
        sa.Column("total", qbdesk.store.types.ExactDecimal(scale=2, precision=18), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("location_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_estimates_customer_id_customers"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["location_id"], ["locations.id"], name=op.f("fk_estimates_location_id_locations"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_estimates")),
    )
    with op.batch_alter_table("estimates", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_estimates_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_estimates_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_estimates_doc_number"), ["doc_number"], unique=False)
        batch_op.create_index(batch_op.f("ix_estimates_location_id"), ["location_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_estimates_txn_date"), ["txn_date"], unique=False)

    op.create_table(
        "journal_entry_lines",
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("line_num", sa.Integer(), nullable=False),
        sa.Column(
            "posting_type", sa.Enum("Debit", "Credit", name="posting_type", native_enum=False, length=8), nullable=False
        ),
        sa.Column("amount", qbdesk.store.types.ExactDecimal(scale=2, precision=18), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=4000), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("vendor_id", sa.Integer(), nullable=True),
        sa.Column("class_id", sa.Integer(), nullable=True),
        sa.Column("location_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_journal_entry_lines_account_id_accounts"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["class_id"], ["classes.id"], name=op.f("fk_journal_entry_lines_class_id_classes"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_journal_entry_lines_customer_id_customers"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["journal_entries.id"],
            name=op.f("fk_journal_entry_lines_entry_id_journal_entries"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["location_id"],
            ["locations.id"],
            name=op.f("fk_journal_entry_lines_location_id_locations"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["vendor_id"], ["vendors.id"], name=op.f("fk_journal_entry_lines_vendor_id_vendors"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal_entry_lines")),
    )
    with op.batch_alter_table("journal_entry_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_journal_entry_lines_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_journal_entry_lines_class_id"), ["class_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_journal_entry_lines_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_journal_entry_lines_entry_id"), ["entry_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_journal_entry_lines_location_id"), ["location_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_journal_entry_lines_vendor_id"), ["vendor_id"], unique=False)

    op.create_table(
        "purchase_orders",
        sa.Column("vendor_id", sa.Integer(), nullable=False),
        sa.Column("doc_number", sa.String(length=21), nullable=True),
        sa.Column("txn_date", sa.Date(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum("Open", "Closed", name="purchase_order_status", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column("ap_account_id", sa.Integer(), nullable=True),
        sa.Column("term_id", sa.Integer(), nullable=True),
        sa.Column("location_id", sa.Integer(), nullable=True),
        sa.Column("message", sa.String(length=4000), nullable=True),
        sa.Column("memo", sa.String(length=4000), nullable=True),
        sa.Column("total", qbdesk.store.types.ExactDecimal(scale=2, precision=18), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["ap_account_id"], ["accounts.id"], name=op.f("fk_purchase_orders_ap_account_id_accounts")
        ),
        sa.ForeignKeyConstraint(
            ["location_id"],
            ["locations.id"],
            name=op.f("fk_purchase_orders_location_id_locations"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(["term_id"], ["terms.id"], name=op.f("fk_purchase_orders_term_id_terms")),
        sa.ForeignKeyConstraint(
            ["vendor_id"], ["vendors.id"], name=op.f("fk_purchase_orders_vendor_id_vendors"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_purchase_orders")),
    )
    with op.batch_alter_table("purchase_orders", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_purchase_orders_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_purchase_orders_doc_number"), ["doc_number"], unique=False)
        batch_op.create_index(batch_op.f("ix_purchase_orders_location_id"), ["location_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_purchase_orders_txn_date"), ["txn_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_purchase_orders_vendor_id"), ["vendor_id"], unique=False)

    op.create_table(
        "sales_receipts",
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("deposit_account_id", sa.Integer(), nullable=True),
        sa.Column("payment_method_id", sa.Integer(), nullable=True),
        sa.Column("reference_number", sa.String(length=21), nullable=True),
        sa.Column("doc_number", sa.String(length=21), nullable=True),
        sa.Column("txn_date", sa.Date(), nullable=False),
        sa.Column("memo", sa.String(length=1000), nullable=True),
        sa.Column("private_note", sa.String(length=4000), nullable=True),
        sa.Column("total", qbdesk.store.types.ExactDecimal(scale=2, precision=18), nullable=False),
        sa.Column("location_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_sales_receipts_customer_id_customers"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["deposit_account_id"], ["accounts.id"], name=op.f("fk_sales_receipts_deposit_account_id_accounts")
        ),
        sa.ForeignKeyConstraint(
            ["location_id"], ["locations.id"], name=op.f("fk_sales_receipts_location_id_locations"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["payment_method_id"],
            ["payment_methods.id"],
            name=op.f("fk_sales_receipts_payment_method_id_payment_methods"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sales_receipts")),
    )
    with op.batch_alter_table("sales_receipts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sales_receipts_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sales_receipts_deposit_account_id"), ["deposit_account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sales_receipts_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_sales_receipts_doc_number"), ["doc_number"], unique=False)
        batch_op.create_index(batch_op.f("ix_sales_receipts_location_id"), ["location_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sales_receipts_payment_method_id"), ["payment_method_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sales_receipts_txn_date"), ["txn_date"], unique=False)

    op.create_table(
        "vendor_credits",
        sa.Column("vendor_id", sa.Integer(), nullable=False),
        sa.Column("doc_number", sa.String(length=21), nullable=True),
        sa.Column("txn_date", sa.Date(), nullable=False),
        sa.Column("ap_account_id", sa.Integer(), nullable=True),
        sa.Column("location_id", sa.Integer(), nullable=True),
        sa.Column("memo", sa.String(length=4000), nullable=True),
        sa.Column("total", qbdesk.store.types.ExactDecimal(scale=2, precision=18), nullable=False),
        sa.Column("remaining_credit", qbdesk.store.types.ExactDecimal(scale=2, precision=18), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", qbdesk.store.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["ap_account_id"], ["accounts.id"], name=op.f("fk_vendor_credits_ap_account_id_accounts")
        ),
        sa.ForeignKeyConstraint(
            ["location_id"], ["locations.id"], name=op.f("fk_vendor_credits_location_id_locations"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["vendor_id"], ["vendors.id"], name=op.f("fk_vendor_credits_vendor_id_vendors"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vendor_credits")),
    )
    with op.batch_alter_table("vendor_credits", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_vendor_credits_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_vendor_credits_doc_number"), ["doc_number"], unique=False)
        batch_op.create_index(batch_op.f("ix_vendor_credits_location_id"), ["location_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_vendor_credits_txn_date"), ["txn_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_vendor_credits_vendor_id"), ["vendor_id"], unique=False)

    op.create_table(
        "bill_payment_lines",
        sa.Column("bill_payment_id", sa.Integer(), nullable=False),
        sa.Column("bill_id", sa.Integer(), nullable=True),
        sa.Column("vendor_credit_id", sa.Integer(), nullable=True),
        sa.Column("amount", qbdesk.store.types.ExactDecimal(scale=2, precision=18), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "(bill_id IS NULL) <> (vendor_credit_id IS NULL)", name=op.f("ck_bill_payment_lines_one_target")
        ),
        sa.ForeignKeyConstraint(
            ["bill_id"], ["bills.id"], name=op.f("fk_bill_payment_lines_bill_id_bills"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["bill_payment_id"],
            ["bill_payments.id"],
            name=op.f("fk_bill_payment_lines_bill_payment_id_bill_payments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["vendor_credit_id"],
            ["vendor_credits.id"],
            name=op.f("fk_bill_payment_lines_vendor_credit_id_vendor_credits"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bill_payment_lines")),
    )
    with op.batch_alter_table("bill_payment_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_bill_payment_lines_bill_id"), ["bill_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_bill_payment_lines_bill_payment_id"), ["bill_payment_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_bill_payment_lines_vendor_credit_id"), ["vendor_credit_id"], unique=False)

    op.create_table(
        "deposit_lines",
        sa.Column("deposit_id", sa.Integer(), nullable=False),
        sa.Column("line_num", sa.Integer(), nullable=False),
        sa.Column("amount", qbdesk.store.types.ExactDecimal(scale=2, precision=18), nullable=False),
        sa.Column("description", sa.String(length=4000), nullable=True),
        sa.Column("payment_id", sa.Integer(), nullable=True),
        sa.Column("sales_receipt_id", sa.Integer(), nullable=True),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("vendor_id", sa.Integer(), nullable=True),
        sa.Column("payment_method_id", sa.Integer(), nullable=True),
        sa.Column("check_number", sa.String(length=21), nullable=True),
        sa.Column("class_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "(CASE WHEN payment_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN sales_receipt_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN account_id IS NULL THEN 0 ELSE 1 END) = 1",
            name=op.f("ck_deposit_lines_one_source"),
        ),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_deposit_lines_account_id_accounts"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["class_id"], ["classes.id"], name=op.f("fk_deposit_lines_class_id_classes"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_deposit_lines_customer_id_customers"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["deposit_id"], ["deposits.id"], name=op.f("fk_deposit_lines_deposit_id_deposits"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["payment_id"], ["payments.id"], name=op.f("fk_deposit_lines_payment_id_payments"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["payment_method_id"],
            ["payment_methods.id"],
            name=op.f("fk_deposit_lines_payment_method_id_payment_methods"),
        ),
        sa.ForeignKeyConstraint(
            ["sales_receipt_id"],
            ["sales_receipts.id"],
            name=op.f("fk_deposit_lines_sales_receipt_id_sales_receipts"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["vendor_id"], ["vendors.id"], name=op.f("fk_deposit_lines_vendor_id_vendors"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deposit_lines")),
    )
    with op.batch_alter_table("deposit_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_deposit_lines_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_deposit_lines_class_id"), ["class_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_deposit_lines_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_deposit_lines_deposit_id"), ["deposit_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_deposit_lines_payment_id"), ["payment_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_deposit_lines_sales_receipt_id"), ["sales_receipt_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_deposit_lines_vendor_id"), ["vendor_id"], unique=False)

    op.create_table(
        "estimate_lines",
        sa.Column("estimate_id", sa.Integer(), nullable=False),
        sa.Column("line_num", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=4000), nullable=True),
        sa.Column("quantity", qbdesk.store.types.ExactDecimal(scale=6, precision=18), nullable=False),
        sa.Column("unit_price", qbdesk.store.types.ExactDecimal(scale=6, precision=18), nullable=False),
        sa.Column("amount", qbdesk.store.types.ExactDecimal(scale=2, precision=18), nullable=False),
        sa.Column("taxable", sa.Boolean(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("class_id", sa.Integer(), nullable=True),
        sa.Column("tax_code_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["class_id"], ["classes.id"], name=op.f("fk_estimate_lines_class_id_classes"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["estimate_id"], ["estimates.id"], name=op.f("fk_estimate_lines_estimate_id_estimates"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], name=op.f("fk_estimate_lines_item_id_items"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["tax_code_id"], ["tax_codes.id"], name=op.f("fk_estimate_lines_tax_code_id_tax_codes"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_estimate_lines")),
    )
    with op.batch_alter_table("estimate_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_estimate_lines_class_id"), ["class_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_estimate_lines_estimate_id"), ["estimate_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_estimate_lines_item_id"), ["item_id"], unique=False)

    op.create_table(
        "purchase_order_lines",
        sa.Column("purchase_order_id", sa.Integer(), nullable=False),
        sa.Column("line_num", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=4000), nullable=True),
        sa.Column("amount", qbdesk.store.types.ExactDecimal(scale=2, precision=18), nullable=False),
        sa.Column("quantity", qbdesk.store.types.ExactDecimal(scale=6, precision=18), nullable=True),
        sa.Column("unit_price", qbdesk.store.types.ExactDecimal(scale=6, precision=18), nullable=True),
        sa.Column("billable", sa.Boolean(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("class_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_purchase_order_lines_account_id_accounts"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["class_id"], ["classes.id"], name=op.f("fk_purchase_order_lines_class_id_classes"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_purchase_order_lines_customer_id_customers"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], name=op.f("fk_purchase_order_lines_item_id_items"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["purchase_order_id"],
            ["purchase_orders.id"],
            name=op.f("fk_purchase_order_lines_purchase_order_id_purchase_orders"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_purchase_order_lines")),
    )
    with op.batch_alter_table("purchase_order_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_purchase_order_lines_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_purchase_order_lines_class_id"), ["class_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_purchase_order_lines_item_id"), ["item_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_purchase_order_lines_purchase_order_id"), ["purchase_order_id"], unique=False
        )

    op.create_table(
        "sales_receipt_lines",
        sa.Column("sales_receipt_id", sa.Integer(), nullable=False),
        sa.Column("line_num", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=4000), nullable=True),
        sa.Column("quantity", qbdesk.store.types.ExactDecimal(scale=6, precision=18), nullable=False),
        sa.Column("unit_price", qbdesk.store.types.ExactDecimal(scale=6, precision=18), nullable=False),
        sa.Column("amount", qbdesk.store.types.ExactDecimal(scale=2, precision=18), nullable=False),
        sa.Column("taxable", sa.Boolean(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("class_id", sa.Integer(), nullable=True),
        sa.Column("tax_code_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["class_id"], ["classes.id"], name=op.f("fk_sales_receipt_lines_class_id_classes"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], name=op.f("fk_sales_receipt_lines_item_id_items"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["sales_receipt_id"],
            ["sales_receipts.id"],
            name=op.f("fk_sales_receipt_lines_sales_receipt_id_sales_receipts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tax_code_id"],
            ["tax_codes.id"],
            name=op.f("fk_sales_receipt_lines_tax_code_id_tax_codes"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sales_receipt_lines")),
    )
    with op.batch_alter_table("sales_receipt_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sales_receipt_lines_class_id"), ["class_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sales_receipt_lines_item_id"), ["item_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sales_receipt_lines_sales_receipt_id"), ["sales_receipt_id"], unique=False)

    op.create_table(
        "vendor_credit_lines",
        sa.Column("vendor_credit_id", sa.Integer(), nullable=False),
        sa.Column("line_num", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=4000), nullable=True),
        sa.Column("amount", qbdesk.store.types.ExactDecimal(scale=2, precision=18), nullable=False),
        sa.Column("quantity", qbdesk.store.types.ExactDecimal(scale=6, precision=18), nullable=True),
        sa.Column("unit_price", qbdesk.store.types.ExactDecimal(scale=6, precision=18), nullable=True),
        sa.Column("billable", sa.Boolean(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("class_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_vendor_credit_lines_account_id_accounts"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["class_id"], ["classes.id"], name=op.f("fk_vendor_credit_lines_class_id_classes"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_vendor_credit_lines_customer_id_customers"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], name=op.f("fk_vendor_credit_lines_item_id_items"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["vendor_credit_id"],
            ["vendor_credits.id"],
            name=op.f("fk_vendor_credit_lines_vendor_credit_id_vendor_credits"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vendor_credit_lines")),
    )
    with op.batch_alter_table("vendor_credit_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_vendor_credit_lines_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_vendor_credit_lines_class_id"), ["class_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_vendor_credit_lines_item_id"), ["item_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_vendor_credit_lines_vendor_credit_id"), ["vendor_credit_id"], unique=False)

    with op.batch_alter_table("bill_lines", schema=None) as batch_op:
        batch_op.add_column(sa.Column("class_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_bill_lines_class_id"), ["class_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_bill_lines_class_id_classes"), "classes", ["class_id"], ["id"], ondelete="RESTRICT"
        )

    with op.batch_alter_table("bills", schema=None) as batch_op:
        batch_op.add_column(sa.Column("location_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_bills_balance"), ["balance"], unique=False)
        batch_op.create_index(batch_op.f("ix_bills_location_id"), ["location_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_bills_location_id_locations"), "locations", ["location_id"], ["id"], ondelete="RESTRICT"
        )

    with op.batch_alter_table("credit_memo_lines", schema=None) as batch_op:
        batch_op.add_column(sa.Column("class_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("tax_code_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_credit_memo_lines_class_id"), ["class_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_credit_memo_lines_class_id_classes"), "classes", ["class_id"], ["id"], ondelete="RESTRICT"
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_credit_memo_lines_tax_code_id_tax_codes"),
            "tax_codes",
            ["tax_code_id"],
            ["id"],
            ondelete="RESTRICT",
        )

    with op.batch_alter_table("credit_memos", schema=None) as batch_op:
        batch_op.add_column(sa.Column("location_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_credit_memos_location_id"), ["location_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_credit_memos_location_id_locations"),
            "locations",
            ["location_id"],
            ["id"],
            ondelete="RESTRICT",
        )

    with op.batch_alter_table("expense_lines", schema=None) as batch_op:
        batch_op.add_column(sa.Column("class_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_expense_lines_class_id"), ["class_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_expense_lines_class_id_classes"), "classes", ["class_id"], ["id"], ondelete="RESTRICT"
        )

    with op.batch_alter_table("expenses", schema=None) as batch_op:
        batch_op.add_column(sa.Column("location_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_expenses_location_id"), ["location_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_expenses_location_id_locations"), "locations", ["location_id"], ["id"], ondelete="RESTRICT"
        )

    with op.batch_alter_table("invoice_lines", schema=None) as batch_op:
        batch_op.add_column(sa.Column("class_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("tax_code_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_invoice_lines_class_id"), ["class_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_invoice_lines_class_id_classes"), "classes", ["class_id"], ["id"], ondelete="RESTRICT"
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_invoice_lines_tax_code_id_tax_codes"),
            "tax_codes",
            ["tax_code_id"],
            ["id"],
            ondelete="RESTRICT",
        )

    with op.batch_alter_table("invoices", schema=None) as batch_op:
        batch_op.add_column(sa.Column("estimate_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("location_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_invoices_estimate_id"), ["estimate_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_invoices_location_id"), ["location_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_invoices_location_id_locations"), "locations", ["location_id"], ["id"], ondelete="RESTRICT"
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_invoices_estimate_id_estimates"), "estimates", ["estimate_id"], ["id"], ondelete="SET NULL"
        )

    with op.batch_alter_table("payment_applications", schema=None) as batch_op:
        batch_op.add_column(sa.Column("credit_memo_id", sa.Integer(), nullable=True))
        batch_op.alter_column("invoice_id", existing_type=sa.INTEGER(), nullable=True)
        batch_op.create_index(batch_op.f("ix_payment_applications_credit_memo_id"), ["credit_memo_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_payment_applications_credit_memo_id_credit_memos"),
            "credit_memos",
            ["credit_memo_id"],
            ["id"],
            ondelete="RESTRICT",
        )
        batch_op.create_check_constraint("one_target", "(invoice_id IS NULL) <> (credit_memo_id IS NULL)")

    with op.batch_alter_table("refund_receipt_lines", schema=None) as batch_op:
        batch_op.add_column(sa.Column("class_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("tax_code_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_refund_receipt_lines_class_id"), ["class_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_refund_receipt_lines_class_id_classes"), "classes", ["class_id"], ["id"], ondelete="RESTRICT"
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_refund_receipt_lines_tax_code_id_tax_codes"),
            "tax_codes",
            ["tax_code_id"],
            ["id"],
            ondelete="RESTRICT",
        )

    with op.batch_alter_table("refund_receipts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("location_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_refund_receipts_location_id"), ["location_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_refund_receipts_location_id_locations"),
            "locations",
            ["location_id"],
            ["id"],
            ondelete="RESTRICT",
        )


def downgrade() -> None:
    with op.batch_alter_table("refund_receipts", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_refund_receipts_location_id_locations"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_refund_receipts_location_id"))
        batch_op.drop_column("location_id")

    with op.batch_alter_table("refund_receipt_lines", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_refund_receipt_lines_tax_code_id_tax_codes"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("fk_refund_receipt_lines_class_id_classes"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_refund_receipt_lines_class_id"))
        batch_op.drop_column("tax_code_id")
        batch_op.drop_column("class_id")

    with op.batch_alter_table("payment_applications", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_payment_applications_one_target"), type_="check")
        batch_op.drop_constraint(batch_op.f("fk_payment_applications_credit_memo_id_credit_memos"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_payment_applications_credit_memo_id"))
        batch_op.alter_column("invoice_id", existing_type=sa.INTEGER(), nullable=False)
        batch_op.drop_column("credit_memo_id")

    with op.batch_alter_table("invoices", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_invoices_estimate_id_estimates"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("fk_invoices_location_id_locations"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_invoices_location_id"))
        batch_op.drop_index(batch_op.f("ix_invoices_estimate_id"))
        batch_op.drop_column("location_id")
        batch_op.drop_column("estimate_id")

    with op.batch_alter_table("invoice_lines", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_invoice_lines_tax_code_id_tax_codes"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("fk_invoice_lines_class_id_classes"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_invoice_lines_class_id"))
        batch_op.drop_column("tax_code_id")
        batch_op.drop_column("class_id")

    with op.batch_alter_table("expenses", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_expenses_location_id_locations"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_expenses_location_id"))
        batch_op.drop_column("location_id")

    with op.batch_alter_table("expense_lines", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_expense_lines_class_id_classes"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_expense_lines_class_id"))
        batch_op.drop_column("class_id")

    with op.batch_alter_table("credit_memos", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_credit_memos_location_id_locations"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_credit_memos_location_id"))
        batch_op.drop_column("location_id")

    with op.batch_alter_table("credit_memo_lines", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_credit_memo_lines_tax_code_id_tax_codes"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("fk_credit_memo_lines_class_id_classes"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_credit_memo_lines_class_id"))
        batch_op.drop_column("tax_code_id")
        batch_op.drop_column("class_id")

    with op.batch_alter_table("bills", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_bills_location_id_locations"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_bills_location_id"))
        batch_op.drop_index(batch_op.f("ix_bills_balance"))
        batch_op.drop_column("location_id")

    with op.batch_alter_table("bill_lines", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_bill_lines_class_id_classes"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_bill_lines_class_id"))
        batch_op.drop_column("class_id")

    with op.batch_alter_table("vendor_credit_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_vendor_credit_lines_vendor_credit_id"))
        batch_op.drop_index(batch_op.f("ix_vendor_credit_lines_item_id"))
        batch_op.drop_index(batch_op.f("ix_vendor_credit_lines_class_id"))
        batch_op.drop_index(batch_op.f("ix_vendor_credit_lines_account_id"))

    op.drop_table("vendor_credit_lines")
    with op.batch_alter_table("sales_receipt_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sales_receipt_lines_sales_receipt_id"))
        batch_op.drop_index(batch_op.f("ix_sales_receipt_lines_item_id"))
        batch_op.drop_index(batch_op.f("ix_sales_receipt_lines_class_id"))

    op.drop_table("sales_receipt_lines")
    with op.batch_alter_table("purchase_order_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_purchase_order_lines_purchase_order_id"))
        batch_op.drop_index(batch_op.f("ix_purchase_order_lines_item_id"))
        batch_op.drop_index(batch_op.f("ix_purchase_order_lines_class_id"))
        batch_op.drop_index(batch_op.f("ix_purchase_order_lines_account_id"))

    op.drop_table("purchase_order_lines")
    with op.batch_alter_table("estimate_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_estimate_lines_item_id"))
        batch_op.drop_index(batch_op.f("ix_estimate_lines_estimate_id"))
        batch_op.drop_index(batch_op.f("ix_estimate_lines_class_id"))

    op.drop_table("estimate_lines")
    with op.batch_alter_table("deposit_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deposit_lines_vendor_id"))
        batch_op.drop_index(batch_op.f("ix_deposit_lines_sales_receipt_id"))
        batch_op.drop_index(batch_op.f("ix_deposit_lines_payment_id"))
        batch_op.drop_index(batch_op.f("ix_deposit_lines_deposit_id"))
        batch_op.drop_index(batch_op.f("ix_deposit_lines_customer_id"))
        batch_op.drop_index(batch_op.f("ix_deposit_lines_class_id"))
        batch_op.drop_index(batch_op.f("ix_deposit_lines_account_id"))

    op.drop_table("deposit_lines")
    with op.batch_alter_table("bill_payment_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bill_payment_lines_vendor_credit_id"))
        batch_op.drop_index(batch_op.f("ix_bill_payment_lines_bill_payment_id"))
        batch_op.drop_index(batch_op.f("ix_bill_payment_lines_bill_id"))

    op.drop_table("bill_payment_lines")
    with op.batch_alter_table("vendor_credits", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_vendor_credits_vendor_id"))
        batch_op.drop_index(batch_op.f("ix_vendor_credits_txn_date"))
        batch_op.drop_index(batch_op.f("ix_vendor_credits_location_id"))
        batch_op.drop_index(batch_op.f("ix_vendor_credits_doc_number"))
        batch_op.drop_index(batch_op.f("ix_vendor_credits_dirty"))

    op.drop_table("vendor_credits")
    with op.batch_alter_table("sales_receipts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sales_receipts_txn_date"))
        batch_op.drop_index(batch_op.f("ix_sales_receipts_payment_method_id"))
        batch_op.drop_index(batch_op.f("ix_sales_receipts_location_id"))
        batch_op.drop_index(batch_op.f("ix_sales_receipts_doc_number"))
        batch_op.drop_index(batch_op.f("ix_sales_receipts_dirty"))
        batch_op.drop_index(batch_op.f("ix_sales_receipts_deposit_account_id"))
        batch_op.drop_index(batch_op.f("ix_sales_receipts_customer_id"))

    op.drop_table("sales_receipts")
    with op.batch_alter_table("purchase_orders", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_purchase_orders_vendor_id"))
        batch_op.drop_index(batch_op.f("ix_purchase_orders_txn_date"))
        batch_op.drop_index(batch_op.f("ix_purchase_orders_location_id"))
        batch_op.drop_index(batch_op.f("ix_purchase_orders_doc_number"))
        batch_op.drop_index(batch_op.f("ix_purchase_orders_dirty"))

    op.drop_table("purchase_orders")
    with op.batch_alter_table("journal_entry_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_journal_entry_lines_vendor_id"))
        batch_op.drop_index(batch_op.f("ix_journal_entry_lines_location_id"))
        batch_op.drop_index(batch_op.f("ix_journal_entry_lines_entry_id"))
        batch_op.drop_index(batch_op.f("ix_journal_entry_lines_customer_id"))
        batch_op.drop_index(batch_op.f("ix_journal_entry_lines_class_id"))
        batch_op.drop_index(batch_op.f("ix_journal_entry_lines_account_id"))

    op.drop_table("journal_entry_lines")
    with op.batch_alter_table("estimates", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_estimates_txn_date"))
        batch_op.drop_index(batch_op.f("ix_estimates_location_id"))
        batch_op.drop_index(batch_op.f("ix_estimates_doc_number"))
        batch_op.drop_index(batch_op.f("ix_estimates_dirty"))
        batch_op.drop_index(batch_op.f("ix_estimates_customer_id"))

    op.drop_table("estimates")
    with op.batch_alter_table("bill_payments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bill_payments_vendor_id"))
        batch_op.drop_index(batch_op.f("ix_bill_payments_txn_date"))
        batch_op.drop_index(batch_op.f("ix_bill_payments_location_id"))
        batch_op.drop_index(batch_op.f("ix_bill_payments_dirty"))
        batch_op.drop_index(batch_op.f("ix_bill_payments_account_id"))

    op.drop_table("bill_payments")
    with op.batch_alter_table("transfers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_transfers_txn_date"))
        batch_op.drop_index(batch_op.f("ix_transfers_to_account_id"))
        batch_op.drop_index(batch_op.f("ix_transfers_from_account_id"))
        batch_op.drop_index(batch_op.f("ix_transfers_dirty"))

    op.drop_table("transfers")
    with op.batch_alter_table("deposits", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deposits_txn_date"))
        batch_op.drop_index(batch_op.f("ix_deposits_location_id"))
        batch_op.drop_index(batch_op.f("ix_deposits_dirty"))
        batch_op.drop_index(batch_op.f("ix_deposits_account_id"))

    op.drop_table("deposits")
    with op.batch_alter_table("locations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_locations_parent_id"))
        batch_op.drop_index(batch_op.f("ix_locations_name"))
        batch_op.drop_index(batch_op.f("ix_locations_dirty"))

    op.drop_table("locations")
    with op.batch_alter_table("journal_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_journal_entries_txn_date"))
        batch_op.drop_index(batch_op.f("ix_journal_entries_doc_number"))
        batch_op.drop_index(batch_op.f("ix_journal_entries_dirty"))

    op.drop_table("journal_entries")
    with op.batch_alter_table("classes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_classes_parent_id"))
        batch_op.drop_index(batch_op.f("ix_classes_name"))
        batch_op.drop_index(batch_op.f("ix_classes_dirty"))

    op.drop_table("classes")
