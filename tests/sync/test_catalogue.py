"""Every error the seeds name gets the right explanation and actions; unknown faults still get an entry."""

from __future__ import annotations

import pytest

from qbdesk.sync.catalogue import (
    BYPASS,
    CLEAR_ID,
    CREATE,
    DELETE,
    DONT_SYNC,
    EDIT,
    MATCH,
    RESYNC,
    SKIP,
    actions_for,
    find_entry,
)

# (code, message as QuickBooks sends it, entity) -> catalogue key: TaxDome's table (seeds 002/004) and more.
CASES = [
    ("6240", "Duplicate Name Exists Error: The name supplied already exists. : null", "PaymentMethod",
     "payment_method_type"),
    ("6240", "Duplicate Name Exists Error: The name supplied already exists. : Another customer, vendor or employee "
             "is already using this name. Please use a different name.", "Customer", "duplicate_name"),
    ("6000", "Invalid Customer: The customer you have specified has been deleted. You cannot create or edit a "
             "transaction with a deleted customer.", "Invoice", "customer_deleted"),
    ("6140", "Duplicate Document Number Error : You must specify a different number. This number has already been "
             "used. DocNumber=1781 is assigned to TxnType=Invoice with TxnId=3188", "Invoice", "duplicate_doc_number"),
    ("6140", "Duplicate Document Number Error : You must specify a different number. This number has already been "
             "used. DocNumber=B-1 is assigned to TxnType=Bill with TxnId=12", "Bill", "vendor_doc_number"),
    ("2500", "Invalid Reference Id : Line.SalesItemLineDetail.ItemRef Something you're trying to use has been made "
             "inactive.", "Invoice", "inactive_reference"),
    ("6000", "Business Validation Error: The Amount Received (plus credits) can't be less than the selected "
             "charges. Also, the selected charges can't be less than the selected credits.", "Payment",
     "amount_exceeds_balance"),
    ("6430", "Invalid account type used: Invalid account type: Check your account details before you continue.",
     "Purchase", "account_type"),
    ("income_account_missing", "The item has no income account.", "Item", "income_account_missing"),
    ("6430", "Invalid account type: You can't associate a product or service with accounts of certain types (such as "
             "Accounts Receivable and Accounts Payable).", "Item", "item_account_type"),
    ("2050", "String length specified does not match the supported length. Min:0 Max:100 supported. Supplied "
             "length:110", "Item", "string_length"),
    ("610", "Object Not Found : Another user has deleted this transaction.", "Invoice", "deleted_in_qbo"),
    ("610", "Object Not Found : Something you're trying to use has been made inactive. Check the fields with "
            "accounts, customers, items, vendors or employees.", "Invoice", "inactive_reference"),
    ("6000", "Business Validation Error: An unexpected error occurred while accessing or saving your data. Please "
             "wait a few minutes and try again.", "Invoice", "transient"),
    ("6210", "The account period has closed and the account books cannot be updated.", "Invoice", "closed_books"),
    ("3200", "message=AuthenticationFailed; errorCode=003200; statusCode=401", "Customer", "reconnect"),
    ("duplicate_on_this_side", "V|INV-1", "Bill", "duplicate_here"),
    # Issue 18's record types.
    ("6540", "Deposited Transaction cannot be changed: This transaction has been deposited. If you want to change or "
             "delete it, you must edit the deposit it appears on and remove it first.", "Payment", "deposited"),
    ("620", "Txn ID Cannot Be Linked: Txn ID Cannot Be Linked : Bill 5 belongs to another vendor.", "BillPayment",
     "cannot_link"),
    ("5020", "Permission Denied: Purchase Order creation is available only in QBO Plus", "PurchaseOrder",
     "feature_not_in_edition"),
    ("6000", "A business validation error has occurred while processing your request: Business Validation Error: "
             "Please balance debits and credits.", "JournalEntry", "journal_unbalanced"),
    ("6000", "Business Validation Error: Fill out at least two detail lines to continue.", "JournalEntry",
     "journal_unbalanced"),
    ("journal_unbalanced", "The debits (10.00) and the credits (9.00) of this journal entry are not equal.",
     "JournalEntry", "journal_unbalanced"),
    ("6000", "Business Validation Error: When you use Accounts Receivable, you must choose a customer in the Name "
             "field.", "JournalEntry", "journal_names"),
    ("journal_ap_vendor", "A line on an Accounts Payable account must name a vendor.", "JournalEntry",
     "journal_names"),
    ("deposit_account_type", "A deposit needs a Bank or Other Current Asset account.", "Deposit",
     "money_account_type"),
    ("bill_payment_account_type", "A bill paid by check needs a Bank account.", "BillPayment", "money_account_type"),
    ("bill_payment_amount", "The bills paid (10.00) less the credits used (20.00) exceed the amount paid (5.00).",
     "BillPayment", "bill_payment_amount"),
    ("foreign_currency", "It is in EUR; the company's home currency is USD.", "Customer", "foreign_currency"),
    ("sales_tax", "It charges 8.25 of sales tax.", "Invoice", "sales_tax"),
    ("unsupported_link", "A line is linked to JournalEntry 12.", "Payment", "unsupported_link"),
]


@pytest.mark.parametrize(("code", "message", "entity", "key"), CASES)
def test_each_known_error_finds_its_entry(code: str, message: str, entity: str, key: str) -> None:
    assert find_entry(code, message, "", entity).key == key


def test_unknown_faults_still_get_an_entry_with_the_raw_code() -> None:
    entry = find_entry("9999", "Something new", "", "Invoice")
    assert entry.key == "unknown"
    assert "{code}" in entry.explanation and RESYNC in entry.actions


def test_actions_depend_on_the_kind_of_record() -> None:
    deleted_customer = find_entry("6000", "The customer you have specified has been deleted", "", "Customer")
    assert {MATCH, CREATE, DONT_SYNC} <= set(actions_for(deleted_customer, "Customer"))
    assert MATCH not in actions_for(deleted_customer, "Invoice")
    overpaid = find_entry("6000", "The Amount Received (plus credits) can't be less than the selected charges", "",
                          "Payment")
    assert BYPASS in actions_for(overpaid, "Payment")
    assert BYPASS not in actions_for(overpaid, "CreditMemo")
    service = find_entry("income_account_missing", "", "", "Item")
    assert DELETE in actions_for(service, "Item") and EDIT in service.actions
    assert CLEAR_ID in find_entry("610", "Another user has deleted this transaction.", "", "Invoice").actions
    assert SKIP in service.actions


def test_every_entry_has_an_explanation_a_fix_and_an_action() -> None:
    from qbdesk.sync.catalogue import CATALOGUE

    keys = [e.key for e in CATALOGUE]
    assert len(keys) == len(set(keys))
    for entry in CATALOGUE:
        assert entry.title and entry.explanation and entry.fix and entry.actions, entry.key
