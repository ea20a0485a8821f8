"""The problem catalogue: every known failure, explained in plain words, with the fix and the actions.

An entry is chosen by QuickBooks' fault code *and* message, because one code has
several meanings (6000 is both "you must set an amount" and "already paid in
QuickBooks"; 610 is both "deleted" and "made inactive"), or by the pre-flight or
engine reason code that blocked a record before anything was sent. An unknown
fault still gets a useful entry that keeps the raw code, message and intuit_tid.

Texts are marked with ``QT_TRANSLATE_NOOP("Problems", …)`` so Qt Linguist extracts
them while this module stays Qt-free; the window translates them with
``QCoreApplication.translate("Problems", text)``. ``{placeholders}`` are filled in
after translation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qbdesk.sync.entities import NUMBERED


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


# Actions (the same names in the window, the engine API and `qbdesk resolve`).
RESYNC, SKIP, UNSKIP, BYPASS, CLEAR_ID, DELETE = "resync", "skip", "unskip", "bypass", "clear-id", "delete"
RENUMBER = "renumber"
MATCH, CREATE, DONT_SYNC, EDIT, MOVE_BACK, ACCEPT = "match", "create", "dont-sync", "edit", "move-back", "accept"
KEEP_HERE, KEEP_QBO = "keep-here", "keep-qbo"
UNDO_ANYWAY, KEEP_IT = "undo-anyway", "keep-it"   # a record changed since the run an undo takes back

# Which actions make sense for which records.
ONLY_FOR = {BYPASS: {"Payment"}, DELETE: {"Item"}, MATCH: {"Customer"}, CREATE: {"Customer"},
            RENUMBER: set(NUMBERED),  # the sales forms: one number sequence in QuickBooks
            DONT_SYNC: {"Customer"}, MOVE_BACK: {"Invoice", "Payment", "CreditMemo"}}


@dataclass(frozen=True)
class Entry:
    key: str
    title: str
    explanation: str
    fix: tuple[str, ...]
    actions: tuple[str, ...]
    codes: frozenset[str] = frozenset()
    pattern: str | None = None          # regex on "message detail" (case-insensitive)
    entities: frozenset[str] = frozenset()
    category: str | None = None         # overrides the record's category ("connection")


def _e(key: str, title: str, explanation: str, fix: tuple[str, ...], actions: tuple[str, ...], *,
       codes: tuple[str, ...] = (), pattern: str | None = None, entities: tuple[str, ...] = (),
       category: str | None = None) -> Entry:
    return Entry(key, title, explanation, fix, actions, frozenset(codes), pattern, frozenset(entities), category)


CATALOGUE: tuple[Entry, ...] = (
    # --- customers -------------------------------------------------------------------------------
    _e("customer_deleted", QT_TRANSLATE_NOOP("Problems", "The customer was deleted in QuickBooks"),
       QT_TRANSLATE_NOOP("Problems", "This record uses a customer that has been deleted (made inactive) in QuickBooks, so "
                     "QuickBooks refuses to create or change transactions for it."),
       (QT_TRANSLATE_NOOP("Problems", "Pick the QuickBooks customer this record should use instead, or"),
        QT_TRANSLATE_NOOP("Problems", "create the customer again in QuickBooks, or"),
        QT_TRANSLATE_NOOP("Problems", "choose not to sync this customer: its invoices and payments wait too.")),
       (MATCH, CREATE, DONT_SYNC, SKIP, CLEAR_ID),
       codes=("6250", "610", "2500", "6000"),
       pattern=r"customer you have specified has been deleted|invalidsalescustomer"),
    _e("customer_no_match", QT_TRANSLATE_NOOP("Problems", "No exact match for this customer in QuickBooks"),
       QT_TRANSLATE_NOOP("Problems", "No QuickBooks customer has exactly this name, so the invoices and payments of this customer "
                     "cannot be placed in QuickBooks yet."),
       (QT_TRANSLATE_NOOP("Problems", "Type the name of the QuickBooks customer to use and pick it, or"),
        QT_TRANSLATE_NOOP("Problems", "create a new customer in QuickBooks, or"),
        QT_TRANSLATE_NOOP("Problems", "choose not to sync this customer.")),
       (MATCH, CREATE, DONT_SYNC, SKIP), codes=("no_match",)),
    _e("duplicate_name", QT_TRANSLATE_NOOP("Problems", "The name is already used in QuickBooks"),
       QT_TRANSLATE_NOOP("Problems", "QuickBooks keeps one list of names for customers, vendors and employees: '{record}' is "
                     "already used by another of them, so this record cannot be created with the same name."),
       (QT_TRANSLATE_NOOP("Problems", "Give this record a different name (for example add '(customer)' or '(vendor)'), save, "
                      "and it is sent again, or"),
        QT_TRANSLATE_NOOP("Problems", "if it is the same person or business, link it to the existing QuickBooks record.")),
       (EDIT, MATCH, RESYNC, SKIP), codes=("6240", "name_used_by_other_type"),
       entities=("Customer", "Vendor")),
    _e("payment_method_type", QT_TRANSLATE_NOOP("Problems", "Payment method set up with the wrong type in QuickBooks"),
       QT_TRANSLATE_NOOP("Problems", "QuickBooks already has a payment method with this name, but of the other kind (credit card "
                     "or not). A method such as 'Credit card' must have the type CREDIT_CARD."),
       (QT_TRANSLATE_NOOP("Problems", "In QuickBooks, open Settings ▸ All lists ▸ Payment methods."),
        QT_TRANSLATE_NOOP("Problems", "Edit the method, tick 'This is a credit card' (or untick it), and save."),
        QT_TRANSLATE_NOOP("Problems", "Come back here and click Resync.")),
       (RESYNC, SKIP), codes=("6240",), entities=("PaymentMethod",)),
    _e("duplicate_here", QT_TRANSLATE_NOOP("Problems", "Two records here have the same name or number"),
       QT_TRANSLATE_NOOP("Problems", "Another record of the same kind here already uses this name or document number ('{record}'). "
                     "QuickBooks needs them to be different (for bills: the vendor's document number must be unique "
                     "for each vendor)."),
       (QT_TRANSLATE_NOOP("Problems", "Open the record, make its name or number unique, and save: it is sent again."),),
       (EDIT, SKIP), codes=("duplicate_on_this_side",)),
    # --- invoices and other documents ------------------------------------------------------------
    _e("duplicate_doc_number", QT_TRANSLATE_NOOP("Problems", "This number is already used in QuickBooks"),
       QT_TRANSLATE_NOOP("Problems", "QuickBooks already has a document with this number. This happens when numbers are given "
                     "out separately here and in QuickBooks and the two sequences overlap."),
       (QT_TRANSLATE_NOOP("Problems", "Click Give the next free number: the number free here and in QuickBooks is given to "
                          "it, and the next sync sends it, or"),
        QT_TRANSLATE_NOOP("Problems", "turn on 'Keep invoice numbers in step with QuickBooks' in the sync settings so it does "
                      "not happen again.")),
       (RENUMBER, EDIT, RESYNC, SKIP), codes=("6140", "duplicate_doc_number")),
    _e("custom_numbers_off", QT_TRANSLATE_NOOP("Problems", "QuickBooks does not keep invoice numbers from apps yet"),
       QT_TRANSLATE_NOOP("Problems", "The sync settings say to keep this company file's invoice numbers, but QuickBooks' "
                         "custom transaction numbers are off: QuickBooks would number the invoices itself, and a number "
                         "sent anyway could be used twice."),
       (QT_TRANSLATE_NOOP("Problems", "In QuickBooks, open Settings › Account and settings › Sales › Sales form content, "
                          "turn on Custom transaction numbers, then sync again, or"),
        QT_TRANSLATE_NOOP("Problems", "in the sync settings, let QuickBooks number new invoices (its numbers then come "
                          "back here).")),
       (RESYNC, SKIP), codes=("custom_numbers_off",)),
    _e("vendor_doc_number", QT_TRANSLATE_NOOP("Problems", "The vendor's document number is already used for this vendor"),
       QT_TRANSLATE_NOOP("Problems", "QuickBooks requires each vendor's document numbers to be unique, and this vendor already has "
                     "a bill or receipt with this number."),
       (QT_TRANSLATE_NOOP("Problems", "Check in QuickBooks whether this bill is already there (then link it rather than send it)."),
        QT_TRANSLATE_NOOP("Problems", "Otherwise correct the vendor's document number here and save: it is sent again.")),
       (EDIT, RESYNC, SKIP), codes=("6140",), entities=("Bill", "Purchase")),
    _e("doc_number_length", QT_TRANSLATE_NOOP("Problems", "The document number is too long for QuickBooks"),
       QT_TRANSLATE_NOOP("Problems", "QuickBooks accepts document numbers of at most 21 characters."),
       (QT_TRANSLATE_NOOP("Problems", "Shorten the number and save: the record is sent again."),),
       (EDIT, SKIP), codes=("doc_number_length",)),
    _e("moved_in_qbo", QT_TRANSLATE_NOOP("Problems", "The invoice was moved to another customer in QuickBooks"),
       QT_TRANSLATE_NOOP("Problems", "In QuickBooks this invoice now belongs to another customer, job or property than here."),
       (QT_TRANSLATE_NOOP("Problems", "Move it back in QuickBooks to the customer it has here, or"),
        QT_TRANSLATE_NOOP("Problems", "accept QuickBooks' change here.")),
       (MOVE_BACK, ACCEPT, SKIP), codes=("moved_in_qbo",)),
    _e("conflict", QT_TRANSLATE_NOOP("Problems", "Changed here and in QuickBooks"),
       QT_TRANSLATE_NOOP("Problems", "This record was changed in both places since the last sync, and the sync settings ask you "
                     "to choose which version to keep."),
       (QT_TRANSLATE_NOOP("Problems", "Compare the two versions field by field."),
        QT_TRANSLATE_NOOP("Problems", "Keep the version here (it is sent to QuickBooks), or keep QuickBooks' version (it "
                      "replaces the one here).")),
       (KEEP_HERE, KEEP_QBO, SKIP), codes=("conflict",)),
    _e("deleted_in_qbo", QT_TRANSLATE_NOOP("Problems", "The record was deleted in QuickBooks"),
       QT_TRANSLATE_NOOP("Problems", "This record was synced before, but its twin has since been deleted in QuickBooks, so "
                     "changes cannot be sent to it."),
       (QT_TRANSLATE_NOOP("Problems", "If it was deleted by mistake, click Clear ID: the link is removed and the next sync "
                      "creates the record in QuickBooks again."),
        QT_TRANSLATE_NOOP("Problems", "If it should stay deleted, click Skip.")),
       (CLEAR_ID, SKIP), codes=("610", "deleted_in_qbo"), pattern=r"deleted this transaction|deleted_in_qbo"),
    _e("inactive_reference", QT_TRANSLATE_NOOP("Problems", "Something this record uses is inactive in QuickBooks"),
       QT_TRANSLATE_NOOP("Problems", "An account, customer, item, vendor or employee this record refers to has been made inactive "
                     "(deleted) in QuickBooks."),
       (QT_TRANSLATE_NOOP("Problems", "In QuickBooks, make it active again, then click Resync, or"),
        QT_TRANSLATE_NOOP("Problems", "edit this record to use another one and save.")),
       (RESYNC, EDIT, SKIP), codes=("610", "2500"), pattern=r"made inactive|invalid reference"),
    _e("amount_exceeds_balance", QT_TRANSLATE_NOOP("Problems", "More money applied than the invoice still owes in QuickBooks"),
       QT_TRANSLATE_NOOP("Problems", "The payment or credit is applied for more than the open balance of the invoice in QuickBooks. "
                     "Usually the invoice was already paid there (for example by a payment entered directly in "
                     "QuickBooks)."),
       (QT_TRANSLATE_NOOP("Problems", "Compare the payments of this invoice here and in QuickBooks."),
        QT_TRANSLATE_NOOP("Problems", "If QuickBooks already has this payment, click Bypass: it is linked, never sent twice."),
        QT_TRANSLATE_NOOP("Problems", "Otherwise void the extra payment or credit in QuickBooks and click Resync.")),
       (BYPASS, RESYNC, SKIP), codes=("6000",), pattern=r"amount received .*can't be less than the selected charges"),
    _e("amount_calculation", QT_TRANSLATE_NOOP("Problems", "A line's amount is not quantity × price"),
       QT_TRANSLATE_NOOP("Problems", "QuickBooks checks that each line's amount equals its quantity times its unit price."),
       (QT_TRANSLATE_NOOP("Problems", "Open the record, correct the quantity or the price, and save."),),
       (EDIT, SKIP), codes=("6070",)),
    _e("closed_books", QT_TRANSLATE_NOOP("Problems", "The books are closed for this date"),
       QT_TRANSLATE_NOOP("Problems", "The record falls on or before the closing date set in QuickBooks, which refuses changes "
                     "to that period."),
       (QT_TRANSLATE_NOOP("Problems", "Ask your accountant whether the period may be reopened in QuickBooks, or"),
        QT_TRANSLATE_NOOP("Problems", "change the record's date to an open period and save.")),
       (EDIT, SKIP), codes=("6200", "6210", "closed_books")),
    # --- payments, refunds, expenses -------------------------------------------------------------
    _e("payment_exists", QT_TRANSLATE_NOOP("Problems", "This payment already exists in QuickBooks"),
       QT_TRANSLATE_NOOP("Problems", "QuickBooks already records this payment, so sending it would count it twice."),
       (QT_TRANSLATE_NOOP("Problems", "Click Bypass: the payment is marked Bypassed and linked to the QuickBooks payment, and is "
                      "never sent again."),),
       (BYPASS, SKIP), codes=("payment_exists",)),
    _e("refund_account_missing", QT_TRANSLATE_NOOP("Problems", "No refund bank account is chosen"),
       QT_TRANSLATE_NOOP("Problems", "Refunds are paid out of a bank account in QuickBooks; without one chosen in the sync "
                     "settings, refunds cannot be sent."),
       (QT_TRANSLATE_NOOP("Problems", "Click Choose a refund account… (or QuickBooks › First sync and settings…) and "
                      "choose the refund bank account, for example your checking account; the refunds are sent at "
                      "the next sync."),),
       (RESYNC, SKIP), codes=("refund_account_missing",)),
    _e("account_type", QT_TRANSLATE_NOOP("Problems", "The account is of the wrong type for QuickBooks"),
       QT_TRANSLATE_NOOP("Problems", "QuickBooks refuses the account chosen for this record: an expense must come out of a bank "
                     "account (cash, check) or a credit-card account, matching how it was paid; a refund must "
                     "come out of a bank account."),
       (QT_TRANSLATE_NOOP("Problems", "Check which account this record uses and its type in QuickBooks."),
        QT_TRANSLATE_NOOP("Problems", "Choose an account of the right type, save, and the record is sent again.")),
       (EDIT, RESYNC, SKIP), codes=("6430", "purchase_account_type")),
    _e("deposited", QT_TRANSLATE_NOOP("Problems", "The payment is already on a deposit in QuickBooks"),
       QT_TRANSLATE_NOOP("Problems", "In QuickBooks this payment (or sales receipt) has been taken to the bank on a "
                         "deposit, and QuickBooks does not let a deposited transaction change its amount, account "
                         "or customer, nor be deleted."),
       (QT_TRANSLATE_NOOP("Problems", "In QuickBooks, open the deposit it appears on and remove it from the "
                          "deposit, then click Resync, or"),
        QT_TRANSLATE_NOOP("Problems", "change it back here to what QuickBooks has, and save.")),
       (RESYNC, EDIT, SKIP), codes=("6540",)),
    _e("cannot_link", QT_TRANSLATE_NOOP("Problems", "It applies to another customer's or vendor's document"),
       QT_TRANSLATE_NOOP("Problems", "In QuickBooks a payment can only pay its own customer's invoices (a bill payment, "
                         "its own vendor's bills), and an invoice can only come from its own customer's estimate."),
       (QT_TRANSLATE_NOOP("Problems", "Open the record and check its customer or vendor and what it applies to; "
                          "correct them and save."),),
       (EDIT, RESYNC, SKIP), codes=("620",)),
    _e("feature_not_in_edition", QT_TRANSLATE_NOOP("Problems", "This QuickBooks edition does not have this feature"),
       QT_TRANSLATE_NOOP("Problems", "QuickBooks refused the record because the company's subscription does not "
                         "include it (purchase orders, for example, need QuickBooks Online Plus or Advanced)."),
       (QT_TRANSLATE_NOOP("Problems", "Upgrade the QuickBooks subscription, then click Resync, or"),
        QT_TRANSLATE_NOOP("Problems", "click Skip to stop sending records of this kind.")),
       (RESYNC, SKIP), codes=("5020",)),
    _e("foreign_currency", QT_TRANSLATE_NOOP("Problems", "It is in a foreign currency"),
       QT_TRANSLATE_NOOP("Problems", "The QuickBooks company uses several currencies and this record is not in its home "
                         "currency ({detail}). This app keeps every amount in the home currency and does not "
                         "support multicurrency yet, so the record stays in QuickBooks; what refers to it waits."),
       (QT_TRANSLATE_NOOP("Problems", "Keep working with it in QuickBooks, or"),
        QT_TRANSLATE_NOOP("Problems", "click Skip to leave it out of the sync.")),
       (RESYNC, SKIP), codes=("foreign_currency",)),
    _e("sales_tax", QT_TRANSLATE_NOOP("Problems", "It charges sales tax"),
       QT_TRANSLATE_NOOP("Problems", "This transaction charges sales tax in QuickBooks ({detail}). This app does not "
                         "keep sales tax amounts or tax agencies yet, so its total would not add up here: it stays in "
                         "QuickBooks."),
       (QT_TRANSLATE_NOOP("Problems", "Keep working with it in QuickBooks, or"),
        QT_TRANSLATE_NOOP("Problems", "click Skip to leave it out of the sync.")),
       (RESYNC, SKIP), codes=("sales_tax",)),
    _e("unsupported_link", QT_TRANSLATE_NOOP("Problems", "It is linked to a kind of transaction this app does not "
                                              "link yet"),
       QT_TRANSLATE_NOOP("Problems", "In QuickBooks this payment, bill payment or deposit is applied to a journal "
                         "entry, a transfer or an expense ({detail}). This app links payments to invoices and credit "
                         "memos, bill payments to bills and vendor credits, and deposits to payments and sales "
                         "receipts only, so the record stays in QuickBooks rather than arrive with a wrong balance."),
       (QT_TRANSLATE_NOOP("Problems", "Keep working with it in QuickBooks, or"),
        QT_TRANSLATE_NOOP("Problems", "click Skip to leave it out of the sync.")),
       (RESYNC, SKIP), codes=("unsupported_link",)),
    # --- journal entries, deposits, transfers, bill payments -------------------------------------
    _e("journal_unbalanced", QT_TRANSLATE_NOOP("Problems", "The journal entry does not balance"),
       QT_TRANSLATE_NOOP("Problems", "A journal entry needs at least one debit and one credit line, and its debits "
                         "must add up to exactly its credits ({detail})."),
       (QT_TRANSLATE_NOOP("Problems", "Open the journal entry, correct its lines so that debits equal credits, and "
                          "save: it is sent again."),),
       (EDIT, SKIP), codes=("journal_unbalanced", "journal_lines", "6000"),
       pattern=r"balance debits and credits|two detail lines", entities=("JournalEntry",)),
    _e("journal_names", QT_TRANSLATE_NOOP("Problems", "A receivables or payables line names no customer or vendor"),
       QT_TRANSLATE_NOOP("Problems", "QuickBooks needs a customer on every journal entry line that uses Accounts "
                         "Receivable, and a vendor on every line that uses Accounts Payable."),
       (QT_TRANSLATE_NOOP("Problems", "Open the journal entry, choose the customer or vendor of those lines, and "
                          "save."),),
       (EDIT, SKIP), codes=("journal_ar_customer", "journal_ap_vendor", "6000"),
       pattern=r"must choose a (customer|vendor) in the name field"),
    _e("money_account_type", QT_TRANSLATE_NOOP("Problems", "The account does not fit this kind of record"),
       QT_TRANSLATE_NOOP("Problems", "QuickBooks takes money into and out of accounts of particular types: deposits "
                         "and payments go into a bank or other current asset account, a transfer moves money between "
                         "two asset accounts, a bill is paid by check from a bank account or by credit card from a "
                         "credit-card account, and vendor documents go through an Accounts Payable account "
                         "({detail})."),
       (QT_TRANSLATE_NOOP("Problems", "Open the record, choose an account of the right type, and save: it is sent "
                          "again."),),
       (EDIT, SKIP), codes=("deposit_account_type", "transfer_account_type", "bill_payment_account_type",
                            "ap_account_type")),
    _e("bill_payment_amount", QT_TRANSLATE_NOOP("Problems", "The bill payment's amount does not add up"),
       QT_TRANSLATE_NOOP("Problems", "A bill payment pays its bills less the vendor credits it uses; it cannot use "
                         "more credit than it pays, nor pay bills for more than its amount ({detail})."),
       (QT_TRANSLATE_NOOP("Problems", "Open the bill payment, correct its amount or what it applies to, and save."),),
       (EDIT, SKIP), codes=("bill_payment_amount",)),
    # --- products and services -------------------------------------------------------------------
    _e("income_account_missing", QT_TRANSLATE_NOOP("Problems", "The service has no income account"),
       QT_TRANSLATE_NOOP("Problems", "QuickBooks needs an income account for every product or service you sell."),
       (QT_TRANSLATE_NOOP("Problems", "Edit the service and choose its income account, then save, or"),
        QT_TRANSLATE_NOOP("Problems", "delete the service here and create it again with the right income account.")),
       (EDIT, DELETE, RESYNC, SKIP), codes=("income_account_missing", "2020"), pattern=r"income ?account",
       entities=("Item",)),
    _e("item_account_type", QT_TRANSLATE_NOOP("Problems", "The service is linked to an account of the wrong type"),
       QT_TRANSLATE_NOOP("Problems", "A product or service cannot use accounts of certain types (such as Accounts Receivable or "
                     "Accounts Payable). Something you sell needs an Income account; something you buy, an "
                     "Expense or Cost of Goods Sold account; stock, an inventory asset account."),
       (QT_TRANSLATE_NOOP("Problems", "Edit the service, choose accounts of the right types, and save, or"),
        QT_TRANSLATE_NOOP("Problems", "delete it here and create it again.")),
       (EDIT, DELETE, RESYNC, SKIP),
       codes=("6430", "income_account_type", "asset_account", "expense_account_type"), entities=("Item",)),
    _e("string_length", QT_TRANSLATE_NOOP("Problems", "A text is too long for QuickBooks"),
       QT_TRANSLATE_NOOP("Problems", "A name or text of this record is longer than QuickBooks allows ({detail})."),
       (QT_TRANSLATE_NOOP("Problems", "Shorten it and save: the record is sent again."),),
       (EDIT, RESYNC, SKIP), codes=("2050", "length")),
    _e("email_format", QT_TRANSLATE_NOOP("Problems", "The e-mail address is not one QuickBooks accepts"),
       QT_TRANSLATE_NOOP("Problems", "QuickBooks accepts an e-mail address only with an @ and a dot after it ({detail})."),
       (QT_TRANSLATE_NOOP("Problems", "Correct the address, or empty it, and save: the record is sent again."),),
       (EDIT, SKIP), codes=("2210", "email_format")),
    _e("name_characters", QT_TRANSLATE_NOOP("Problems", "The name contains characters QuickBooks does not accept"),
       QT_TRANSLATE_NOOP("Problems", "QuickBooks does not allow a colon, a tab or a line break in names."),
       (QT_TRANSLATE_NOOP("Problems", "Remove them from the name and save."),), (EDIT, SKIP), codes=("name_characters",)),
    _e("required_missing", QT_TRANSLATE_NOOP("Problems", "Something QuickBooks requires is missing"),
       QT_TRANSLATE_NOOP("Problems", "QuickBooks needs a value that this record does not have ({detail})."),
       (QT_TRANSLATE_NOOP("Problems", "Open the record, fill it in and save."),), (EDIT, RESYNC, SKIP), codes=("2020", "required")),
    # --- the sync itself -------------------------------------------------------------------------
    _e("waits_for_other", QT_TRANSLATE_NOOP("Problems", "Waits for another record"),
       QT_TRANSLATE_NOOP("Problems", "This record refers to {record}, which could not sync yet, so it waits."),
       (QT_TRANSLATE_NOOP("Problems", "Fix the problem of the record it waits for; this one follows at the next sync."),),
       (RESYNC, SKIP), codes=("depends_on_failed", "depends_on_blocked")),
    _e("not_stored", QT_TRANSLATE_NOOP("Problems", "This record from QuickBooks could not be stored here"),
       QT_TRANSLATE_NOOP("Problems", "The company file refused the record that came from QuickBooks ({detail}). The other "
                     "records were stored; only those that refer to this one wait."),
       (QT_TRANSLATE_NOOP("Problems", "Look at the record in QuickBooks (an unusual or repeated value), correct it there "
                          "if needed, then click Resync."),), (RESYNC, SKIP), codes=("not_stored",)),
    # --- undoing a run -----------------------------------------------------------------------------
    _e("changed_in_qbo_after_run",
       QT_TRANSLATE_NOOP("Problems", "Changed in QuickBooks after the run"),
       QT_TRANSLATE_NOOP("Problems", "Someone changed this record in QuickBooks after the sync that is being undone, so "
                         "the undo did not overwrite it: taking the sync back would also take back that change."),
       (QT_TRANSLATE_NOOP("Problems", "Compare the record in QuickBooks with what the sync log says the sync did."),
        QT_TRANSLATE_NOOP("Problems", "Click Undo anyway to take the sync back for this record all the same (the "
                          "later change is lost), or Keep it to leave the record as it is now.")),
       (UNDO_ANYWAY, KEEP_IT), codes=("changed_in_qbo_after_run",)),
    _e("changed_here_after_run",
       QT_TRANSLATE_NOOP("Problems", "Changed here after the run"),
       QT_TRANSLATE_NOOP("Problems", "This record was changed here after the sync that is being undone, so the undo "
                         "did not overwrite it: taking the sync back would also take back that change."),
       (QT_TRANSLATE_NOOP("Problems", "Open the record and look at what changed."),
        QT_TRANSLATE_NOOP("Problems", "Click Undo anyway to take the sync back for this record all the same (the "
                          "later change is lost), or Keep it to leave the record as it is now.")),
       (UNDO_ANYWAY, KEEP_IT, EDIT), codes=("changed_here_after_run",)),
    _e("in_use_here",
       QT_TRANSLATE_NOOP("Problems", "Still used by other records here"),
       QT_TRANSLATE_NOOP("Problems", "The undo would delete this record here, which the sync created, but other records "
                         "of this company file use it (for example invoices entered since), so it was kept."),
       (QT_TRANSLATE_NOOP("Problems", "Delete or change the records that use it, then undo the run again: only what "
                          "is left is done."),
        QT_TRANSLATE_NOOP("Problems", "Or click Skip to keep the record.")),
       (EDIT, SKIP), codes=("in_use_here",)),
    _e("depends_on_ignored", QT_TRANSLATE_NOOP("Problems", "Depends on an ignored record"),
       QT_TRANSLATE_NOOP("Problems", "This record refers to {record}, which the sync settings leave out, so it is not created "
                     "either."),
       (QT_TRANSLATE_NOOP("Problems", "Change the sync settings to include it, or leave it out."),), (SKIP,),
       codes=("depends_on_ignored",)),
    _e("stale", QT_TRANSLATE_NOOP("Problems", "Someone changed this record in QuickBooks at the same time"),
       QT_TRANSLATE_NOOP("Problems", "The record was changed in QuickBooks after it was last read here, so QuickBooks refused "
                     "the older version."),
       (QT_TRANSLATE_NOOP("Problems", "Click Resync: the latest version is read and the change applied to it."),),
       (RESYNC, SKIP), codes=("5010",)),
    _e("transient", QT_TRANSLATE_NOOP("Problems", "QuickBooks had a temporary problem"),
       QT_TRANSLATE_NOOP("Problems", "QuickBooks could not process the request just now."),
       (QT_TRANSLATE_NOOP("Problems", "Click Resync in a few minutes."),), (RESYNC, SKIP), codes=("6000", "10000", "500", "503"),
       pattern=r"please wait|unexpected|system failure|unavailable"),
    _e("throttled", QT_TRANSLATE_NOOP("Problems", "QuickBooks asked to slow down"),
       QT_TRANSLATE_NOOP("Problems", "Too many requests were sent to this QuickBooks company in one minute."),
       (QT_TRANSLATE_NOOP("Problems", "Nothing to do: the sync waits and continues by itself."),), (RESYNC,),
       codes=("3001",), category="connection"),
    _e("reconnect", QT_TRANSLATE_NOOP("Problems", "The connection to QuickBooks needs to be renewed"),
       QT_TRANSLATE_NOOP("Problems", "QuickBooks no longer accepts this app's sign-in for this company (the connection was "
                     "revoked, expired, or the user who connected lost access)."),
       (QT_TRANSLATE_NOOP("Problems", "Open Connection and click Reconnect, then sign in to QuickBooks again."),), (RESYNC,),
       codes=("3200", "3100", "100", "120", "invalid_grant"), category="connection"),
    # --- QuickBooks Desktop (qbXML status codes, through the Web Connector; qbwc.md §3.6) -----------
    _e("desktop_duplicate_name", QT_TRANSLATE_NOOP("Problems", "The name is already used in QuickBooks Desktop"),
       QT_TRANSLATE_NOOP("Problems", "QuickBooks Desktop keeps one list of names for customers, vendors, employees and "
                         "other names, and one for items: '{record}' is already used there, so this record cannot be "
                         "added with the same name."),
       (QT_TRANSLATE_NOOP("Problems", "Give this record a different name here, save, and it is sent at the next Web "
                          "Connector update, or"),
        QT_TRANSLATE_NOOP("Problems", "if it is the same person, business or item, link it to the existing QuickBooks "
                          "record.")),
       (EDIT, MATCH, RESYNC, SKIP), codes=("qbxml:3100",)),
    _e("desktop_stale", QT_TRANSLATE_NOOP("Problems", "The record changed in QuickBooks Desktop meanwhile"),
       QT_TRANSLATE_NOOP("Problems", "Someone changed this record in QuickBooks Desktop after it was read here (its edit "
                         "sequence moved on), so QuickBooks refused a change made to the older version."),
       (QT_TRANSLATE_NOOP("Problems", "Click Resync: the next Web Connector update reads the latest version and "
                          "compares again."),),
       (RESYNC, SKIP), codes=("qbxml:3200",)),
    _e("desktop_missing", QT_TRANSLATE_NOOP("Problems", "The record is no longer in QuickBooks Desktop"),
       QT_TRANSLATE_NOOP("Problems", "QuickBooks Desktop cannot find the record this one is linked to: it was deleted "
                         "there, or the Web Connector opened another company file."),
       (QT_TRANSLATE_NOOP("Problems", "Check in QuickBooks Desktop that the right company file is open, then"),
        QT_TRANSLATE_NOOP("Problems", "click Clear ID to send this record again as a new one, or Skip it.")),
       (CLEAR_ID, RESYNC, SKIP), codes=("qbxml:3120",)),
    _e("desktop_reference", QT_TRANSLATE_NOOP("Problems", "It refers to something QuickBooks Desktop does not have"),
       QT_TRANSLATE_NOOP("Problems", "QuickBooks Desktop answered: {message} — the customer, vendor, item, account or "
                         "terms this record uses is missing there, inactive, or of the wrong kind."),
       (QT_TRANSLATE_NOOP("Problems", "In QuickBooks Desktop, make the record it names active again (or add it), or "
                          "choose another one here and save;"),
        QT_TRANSLATE_NOOP("Problems", "then click Resync.")),
       (EDIT, RESYNC, SKIP), codes=("qbxml:3140",)),
    _e("desktop_too_long", QT_TRANSLATE_NOOP("Problems", "A text is too long for QuickBooks Desktop"),
       QT_TRANSLATE_NOOP("Problems", "QuickBooks Desktop allows shorter texts than QuickBooks Online: 41 characters for "
                         "a customer's or vendor's name, 31 for an item's, an account's or terms, 11 for an invoice "
                         "number. QuickBooks answered: {message}"),
       (QT_TRANSLATE_NOOP("Problems", "Shorten the text here and save: it is sent at the next Web Connector update."),),
       (EDIT, SKIP), codes=("qbxml:3070",)),
    _e("desktop_overpaid", QT_TRANSLATE_NOOP("Problems", "The payment is more than the invoice owes in QuickBooks Desktop"),
       QT_TRANSLATE_NOOP("Problems", "QuickBooks Desktop refuses to apply more to an invoice than what is still due "
                         "on it there (another payment may have been recorded there already)."),
       (QT_TRANSLATE_NOOP("Problems", "Compare the invoice's payments here and in QuickBooks Desktop, correct the "
                          "amount applied, and save."),),
       (EDIT, RESYNC, SKIP), codes=("qbxml:3210",)),
    _e("desktop_unsupported", QT_TRANSLATE_NOOP("Problems", "Not synced with QuickBooks Desktop"),
       QT_TRANSLATE_NOOP("Problems", "Records of this kind (or this change) are not sent to QuickBooks Desktop through "
                         "the Web Connector yet: {message}"),
       (QT_TRANSLATE_NOOP("Problems", "Enter it in QuickBooks Desktop yourself if it belongs there, then Skip this "
                          "problem."),),
       (SKIP, RESYNC), codes=("qbxml:unsupported",)),
    _e("desktop_unreadable", QT_TRANSLATE_NOOP("Problems", "QuickBooks Desktop could not read the request"),
       QT_TRANSLATE_NOOP("Problems", "QuickBooks Desktop refused the request as a whole ({message}). This happens with "
                         "an older QuickBooks that does not know a field sent from here."),
       (QT_TRANSLATE_NOOP("Problems", "Update QuickBooks Desktop, then run the Web Connector again;"),
        QT_TRANSLATE_NOOP("Problems", "if it keeps failing, send the Web Connector's log (QBWCLog.txt) to support.")),
       (RESYNC, SKIP), codes=("qbxml:0x80040400", "qbxml:hresult", "qbxml:not_processed")),
    _e("desktop_busy", QT_TRANSLATE_NOOP("Problems", "QuickBooks Desktop was busy"),
       QT_TRANSLATE_NOOP("Problems", "Someone was editing the same list in QuickBooks Desktop, so it could not save "
                         "the record just then."),
       (QT_TRANSLATE_NOOP("Problems", "Nothing to do: the next Web Connector update tries again."),),
       (RESYNC, SKIP), codes=("qbxml:3170", "qbxml:3175", "qbxml:3176", "qbxml:3180")),
    _e("subscription", QT_TRANSLATE_NOOP("Problems", "The QuickBooks subscription has ended"),
       QT_TRANSLATE_NOOP("Problems", "QuickBooks does not accept new data for a company whose trial or subscription ended."),
       (QT_TRANSLATE_NOOP("Problems", "Renew the QuickBooks subscription, then click Resync."),), (RESYNC, SKIP),
       codes=("6190",), category="connection"),
)

UNKNOWN = _e("unknown", QT_TRANSLATE_NOOP("Problems", "QuickBooks refused this record"),
             QT_TRANSLATE_NOOP("Problems", "QuickBooks answered with an error this app does not know yet: {code} {message}"),
             (QT_TRANSLATE_NOOP("Problems", "Read QuickBooks' message below; correct the record and save, or click Resync."),
              QT_TRANSLATE_NOOP("Problems", "If it keeps failing, copy the details (with the intuit_tid) for Intuit support.")),
             (RESYNC, EDIT, SKIP))


def find_entry(code: str | None, message: str = "", detail: str = "", entity: str = "") -> Entry:
    """The catalogue entry for a problem: the most specific match wins (code + pattern + entity)."""
    text = f"{message} {detail}"
    best: tuple[int, Entry] | None = None
    for entry in CATALOGUE:
        if entry.codes and code not in entry.codes:
            continue
        if entry.entities and entity not in entry.entities:
            continue
        score = 1
        # Patterns tell apart QuickBooks' overloaded numeric codes; our own codes are unambiguous.
        if entry.pattern and (code or "").isdigit():
            if not re.search(entry.pattern, text, re.IGNORECASE):
                continue
            score += 2
        if entry.entities:
            score += 1
        if best is None or score > best[0]:
            best = (score, entry)
    return best[1] if best else UNKNOWN


def actions_for(entry: Entry, entity: str) -> tuple[str, ...]:
    """The entry's actions that apply to this kind of record (Bypass for payments, Delete for services…)."""
    return tuple(a for a in entry.actions if a not in ONLY_FOR or entity in ONLY_FOR[a])


# What a record blocked before sending "says", in the message column (QuickBooks' own text for faults).
REASON_MESSAGES = {
    "duplicate_doc_number": QT_TRANSLATE_NOOP("Problems", "This number already exists in QuickBooks — use {suggestion}"),
    "refund_account_missing": QT_TRANSLATE_NOOP("Problems", "No refund bank account is chosen in the sync settings."),
    "custom_numbers_off": QT_TRANSLATE_NOOP("Problems", "QuickBooks' custom transaction numbers are off: it would not "
                                                        "keep the number {number}."),
    "name_used_by_other_type": QT_TRANSLATE_NOOP("Problems", "The name is already used in QuickBooks by {record}."),
    "duplicate_on_this_side": QT_TRANSLATE_NOOP("Problems", "Another record here already uses this name or number ({record})."),
    "depends_on_blocked": QT_TRANSLATE_NOOP("Problems", "Waits for {record}, which cannot sync yet."),
    "depends_on_ignored": QT_TRANSLATE_NOOP("Problems", "Not created: depends on ignored {record}."),
    "deleted_in_qbo": QT_TRANSLATE_NOOP("Problems", "Deleted in QuickBooks."),
    "changed_in_qbo_after_run": QT_TRANSLATE_NOOP("Problems", "Changed in QuickBooks after the run: not undone."),
    "changed_here_after_run": QT_TRANSLATE_NOOP("Problems", "Changed here after the run: not undone."),
}


def reason_message(reason: str | None, params: dict[str, str]) -> str:
    """The English message of a planner reason, placeholders filled (the window translates the template)."""
    code = preflight_code(reason) or ""
    template = REASON_MESSAGES.get(code)
    if template is None:
        return params.get("message") or params.get("record") or code
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


def preflight_code(reason: str | None) -> str | None:
    """The catalogue code of a planner reason (``preflight:length`` → ``length``)."""
    if reason is None:
        return None
    return reason.split(":", 1)[1] if reason.startswith("preflight:") else reason
