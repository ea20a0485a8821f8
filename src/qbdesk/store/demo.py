"""A consistent, seeded sample business: the practice data for demos, tests and the sandbox.

Everything generated hangs together the way real books do: invoice lines use real
items whose income accounts are Income accounts, payments pay real invoices and
never more than their open balance, bills carry vendor document numbers that are
unique per vendor, expenses come out of a Bank or Credit Card account that matches
their payment type. The sandbox builds its practice company from the same data,
so a sync between the two sides exercises every rule QuickBooks enforces.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from faker import Faker
from sqlalchemy.orm import Session

from qbdesk.store.events import backdated
from qbdesk.store.lists import (
    Account,
    AccountType,
    Customer,
    Item,
    ItemType,
    PaymentMethod,
    PaymentMethodKind,
    TaxCode,
    Term,
    Vendor,
)
from qbdesk.store.transactions import (
    Bill,
    BillLine,
    CreditMemo,
    CreditMemoLine,
    Expense,
    ExpenseLine,
    Invoice,
    InvoiceLine,
    Payment,
    PaymentApplication,
    PaymentType,
    RefundReceipt,
    RefundReceiptLine,
)

LOCALES = {"en": "en_US", "fr": "fr_FR", "es": "es_ES"}
CENT = Decimal("0.01")

# (key, type, subtype, name per locale). Keys let code find "the checking account"
# whatever the language; the list mirrors a fresh QuickBooks company's chart.
CHART: tuple[tuple[str, AccountType, str, dict[str, str]], ...] = (
    ("checking", AccountType.BANK, "Checking",
     {"en": "Checking", "fr": "Compte courant", "es": "Cuenta corriente"}),
    ("savings", AccountType.BANK, "Savings",
     {"en": "Savings", "fr": "Compte d'épargne", "es": "Cuenta de ahorro"}),
    ("ar", AccountType.ACCOUNTS_RECEIVABLE, "AccountsReceivable",
     {"en": "Accounts Receivable (A/R)", "fr": "Comptes clients", "es": "Cuentas por cobrar"}),
    ("undeposited", AccountType.OTHER_CURRENT_ASSET, "UndepositedFunds",
     {"en": "Undeposited Funds", "fr": "Fonds non déposés", "es": "Fondos no depositados"}),
    ("inventory", AccountType.OTHER_CURRENT_ASSET, "Inventory",
     {"en": "Inventory Asset", "fr": "Stock", "es": "Inventario"}),
    ("equipment", AccountType.FIXED_ASSET, "MachineryAndEquipment",
     {"en": "Truck", "fr": "Camionnette", "es": "Camioneta"}),
    ("ap", AccountType.ACCOUNTS_PAYABLE, "AccountsPayable",
     {"en": "Accounts Payable (A/P)", "fr": "Comptes fournisseurs", "es": "Cuentas por pagar"}),
    ("visa", AccountType.CREDIT_CARD, "CreditCard",
     {"en": "Visa Business Card", "fr": "Carte Visa Affaires", "es": "Tarjeta Visa Empresa"}),
    ("sales_tax", AccountType.OTHER_CURRENT_LIABILITY, "SalesTaxPayable",
     {"en": "Sales Tax Payable", "fr": "Taxes à payer", "es": "Impuestos por pagar"}),
    ("loan", AccountType.LONG_TERM_LIABILITY, "NotesPayable",
     {"en": "Bank Loan", "fr": "Emprunt bancaire", "es": "Préstamo bancario"}),
    ("equity", AccountType.EQUITY, "OpeningBalanceEquity",
     {"en": "Opening Balance Equity", "fr": "Capitaux propres d'ouverture", "es": "Patrimonio de apertura"}),
    ("services", AccountType.INCOME, "ServiceFeeIncome",
     {"en": "Services", "fr": "Prestations de services", "es": "Servicios"}),
    ("product_sales", AccountType.INCOME, "SalesOfProductIncome",
     {"en": "Sales of Product Income", "fr": "Ventes de produits", "es": "Ventas de productos"}),
    ("cogs", AccountType.COST_OF_GOODS_SOLD, "SuppliesMaterialsCogs",
     {"en": "Cost of Goods Sold", "fr": "Coût des marchandises vendues", "es": "Costo de ventas"}),
    ("advertising", AccountType.EXPENSE, "AdvertisingPromotional",
     {"en": "Advertising", "fr": "Publicité", "es": "Publicidad"}),
    ("rent", AccountType.EXPENSE, "RentOrLeaseOfBuildings",
     {"en": "Rent or Lease", "fr": "Loyer", "es": "Alquiler"}),
    ("utilities", AccountType.EXPENSE, "Utilities",
     {"en": "Utilities", "fr": "Énergie et eau", "es": "Suministros"}),
    ("office", AccountType.EXPENSE, "OfficeGeneralAdministrativeExpenses",
     {"en": "Office Expenses", "fr": "Frais de bureau", "es": "Gastos de oficina"}),
    ("fuel", AccountType.EXPENSE, "Auto",
     {"en": "Fuel", "fr": "Carburant", "es": "Combustible"}),
    ("repairs", AccountType.EXPENSE, "RepairMaintenance",
     {"en": "Repairs and Maintenance", "fr": "Entretien et réparations", "es": "Reparaciones y mantenimiento"}),
    ("supplies", AccountType.EXPENSE, "SuppliesMaterials",
     {"en": "Supplies", "fr": "Fournitures", "es": "Suministros de trabajo"}),
    ("bank_fees", AccountType.EXPENSE, "BankCharges",
     {"en": "Bank Charges", "fr": "Frais bancaires", "es": "Comisiones bancarias"}),
    ("interest_income", AccountType.OTHER_INCOME, "InterestEarned",
     {"en": "Interest Earned", "fr": "Intérêts perçus", "es": "Intereses ganados"}),
    ("penalties", AccountType.OTHER_EXPENSE, "PenaltiesSettlements",
     {"en": "Penalties and Settlements", "fr": "Pénalités", "es": "Multas y recargos"}),
)

EXPENSE_KEYS = ("advertising", "rent", "utilities", "office", "fuel", "repairs", "supplies", "bank_fees")

PAYMENT_METHODS: tuple[tuple[PaymentMethodKind, dict[str, str]], ...] = (
    (PaymentMethodKind.NON_CREDIT_CARD, {"en": "Cash", "fr": "Espèces", "es": "Efectivo"}),
    (PaymentMethodKind.NON_CREDIT_CARD, {"en": "Check", "fr": "Chèque", "es": "Cheque"}),
    (PaymentMethodKind.CREDIT_CARD, {"en": "Visa", "fr": "Visa", "es": "Visa"}),
    (PaymentMethodKind.CREDIT_CARD, {"en": "MasterCard", "fr": "MasterCard", "es": "MasterCard"}),
    (PaymentMethodKind.CREDIT_CARD, {"en": "American Express", "fr": "American Express",
                                     "es": "American Express"}),
    (PaymentMethodKind.NON_CREDIT_CARD, {"en": "Bank Transfer", "fr": "Virement", "es": "Transferencia"}),
)

TERMS: tuple[tuple[int | None, int | None, dict[str, str]], ...] = (
    (0, None, {"en": "Due on receipt", "fr": "Payable à réception", "es": "Pago al recibir"}),
    (15, None, {"en": "Net 15", "fr": "Net 15 jours", "es": "Neto 15 días"}),
    (30, None, {"en": "Net 30", "fr": "Net 30 jours", "es": "Neto 30 días"}),
    (60, None, {"en": "Net 60", "fr": "Net 60 jours", "es": "Neto 60 días"}),
    (None, 10, {"en": "10th of next month", "fr": "Le 10 du mois suivant", "es": "Día 10 del mes siguiente"}),
)

SERVICES = {
    "en": ["Lawn Mowing", "Hedge Trimming", "Consulting Hour", "Installation", "Design Review", "Site Visit",
           "Tree Removal", "Snow Plowing", "Gutter Cleaning", "Pest Control", "Deck Staining", "Irrigation Check"],
    "fr": ["Tonte de pelouse", "Taille de haies", "Heure de conseil", "Installation", "Revue de conception",
           "Visite de chantier", "Abattage d'arbre", "Déneigement", "Nettoyage de gouttières", "Dératisation",
           "Lasure de terrasse", "Contrôle d'arrosage"],
    "es": ["Corte de césped", "Poda de setos", "Hora de consultoría", "Instalación", "Revisión de diseño",
           "Visita a obra", "Tala de árboles", "Retirada de nieve", "Limpieza de canalones", "Control de plagas",
           "Barnizado de terraza", "Revisión de riego"],
}
PRODUCTS = {
    "en": ["Mulch Bag", "Garden Hose", "Sprinkler Head", "Fertilizer", "Rose Bush", "Paving Stone", "Topsoil"],
    "fr": ["Sac de paillis", "Tuyau d'arrosage", "Tête d'arroseur", "Engrais", "Rosier", "Pavé", "Terre végétale"],
    "es": ["Saco de mantillo", "Manguera", "Aspersor", "Fertilizante", "Rosal", "Adoquín", "Tierra vegetal"],
}
JOB_WORDS = {
    "en": ["Main Office", "Warehouse", "Backyard", "Front Garden", "Renovation", "Phase 2", "Annual Contract"],
    "fr": ["Siège", "Entrepôt", "Jardin arrière", "Jardin avant", "Rénovation", "Phase 2", "Contrat annuel"],
    "es": ["Oficina central", "Almacén", "Patio trasero", "Jardín delantero", "Reforma", "Fase 2",
           "Contrato anual"],
}

# Shares of the generated records per type (after the fixed reference lists).
MIX: tuple[tuple[str, float], ...] = (
    ("Customer", 0.12), ("Job", 0.04), ("Vendor", 0.04), ("Item", 0.03), ("Invoice", 0.35),
    ("Payment", 0.25), ("CreditMemo", 0.03), ("RefundReceipt", 0.02), ("Purchase", 0.07), ("Bill", 0.05),
)


@dataclass
class DemoSummary:
    """How many records of each QuickBooks entity type were generated."""

    counts: Counter[str] = field(default_factory=Counter)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _plan(size: int) -> dict[str, int]:
    fixed = len(CHART) + len(PAYMENT_METHODS) + len(TERMS) + 2
    rest = max(size - fixed, 0)
    plan = {kind: int(rest * share) for kind, share in MIX}
    if rest:
        # Small companies still get at least one of each kind, so every path is exercised.
        for kind in ("Customer", "Vendor", "Item", "Invoice", "Payment"):
            plan[kind] = max(plan[kind], 1)
    plan["Customer"] += rest - sum(plan.values()) if rest > sum(plan.values()) else 0
    return plan


class _Names:
    """Display names unique across customers and vendors, as QuickBooks requires (6240)."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def unique(self, name: str, limit: int = 100) -> str:
        name = name.replace(":", " ").strip()[:limit]
        candidate, n = name, 2
        while candidate.casefold() in self.used:
            candidate = f"{name[: limit - 6]} ({n})"
            n += 1
        self.used.add(candidate.casefold())
        return candidate


def _money(rng: random.Random, low: int, high: int) -> Decimal:
    return (Decimal(rng.randint(low * 100, high * 100)) / 100).quantize(CENT)


def _stamp(day: date) -> datetime:
    return datetime.combine(day, time(9, 0), tzinfo=UTC)


def generate(session: Session, size: int, *, seed: int = 0, locale: str = "en",
             anchor: date | None = None) -> DemoSummary:
    """Fill an empty company with about ``size`` records; deterministic for (seed, locale, anchor).

    ``anchor`` is "today" for the generated history (default: the real today);
    transactions fall within the two years before it.
    """
    if locale not in LOCALES:
        raise ValueError(f"unknown locale {locale!r}; use one of {', '.join(LOCALES)}")
    rng = random.Random(seed)
    fake = Faker(LOCALES[locale])
    fake.seed_instance(seed)
    today = anchor or date.today()  # noqa: DTZ011 - the books live in local time
    start = today - timedelta(days=730)
    summary = DemoSummary()
    plan = _plan(size)
    names = _Names()

    def day_between(first: date, last: date) -> date:
        span = max((last - first).days, 0)
        return first + timedelta(days=rng.randint(0, span))

    with backdated(session):
        accounts: dict[str, Account] = {}
        for key, acc_type, subtype, label in CHART:
            accounts[key] = Account(name=label[locale], account_type=acc_type, account_subtype=subtype,
                                    created_at=_stamp(start))
        methods = [PaymentMethod(name=label[locale], kind=kind, created_at=_stamp(start))
                   for kind, label in PAYMENT_METHODS]
        terms = [Term(name=label[locale], due_days=due, day_of_month_due=dom, created_at=_stamp(start))
                 for due, dom, label in TERMS]
        tax_codes = [
            TaxCode(name={"en": "Taxable", "fr": "Taxable", "es": "Gravado"}[locale], taxable=True,
                    created_at=_stamp(start)),
            TaxCode(name={"en": "Non-taxable", "fr": "Non taxable", "es": "Exento"}[locale], taxable=False,
                    created_at=_stamp(start)),
        ]
        session.add_all([*accounts.values(), *methods, *terms, *tax_codes])
        summary.counts.update({"Account": len(accounts), "PaymentMethod": len(methods), "Term": len(terms),
                               "TaxCode": len(tax_codes)})

        items: list[Item] = []
        item_names = _Names()
        for i in range(plan["Item"]):
            is_service = i % 3 != 2
            pool = SERVICES[locale] if is_service else PRODUCTS[locale]
            base = pool[i % len(pool)] if i < len(pool) * 2 else f"{rng.choice(pool)} {fake.word().title()}"
            price = _money(rng, 15, 400)
            if is_service:
                item = Item(name=item_names.unique(base), item_type=ItemType.SERVICE, unit_price=price,
                            income_account=accounts["services"], description=fake.sentence(nb_words=6)[:4000])
            elif i % 2:
                item = Item(name=item_names.unique(base), item_type=ItemType.INVENTORY, unit_price=price,
                            purchase_cost=(price * Decimal("0.55")).quantize(CENT),
                            income_account=accounts["product_sales"], expense_account=accounts["cogs"],
                            asset_account=accounts["inventory"], qty_on_hand=Decimal(rng.randint(10, 500)),
                            inventory_start_date=start, sku=f"SKU-{1000 + i}")
            else:
                item = Item(name=item_names.unique(base), item_type=ItemType.NON_INVENTORY, unit_price=price,
                            income_account=accounts["product_sales"], expense_account=accounts["cogs"],
                            sku=f"SKU-{1000 + i}")
            item.created_at = _stamp(start)
            items.append(item)
        session.add_all(items)
        summary.counts["Item"] += len(items)

        customers: list[Customer] = []
        for _ in range(plan["Customer"]):
            since = day_between(start - timedelta(days=365), today)
            person = rng.random() < 0.4
            given, family = fake.first_name(), fake.last_name()
            company = None if person else fake.company()
            display = names.unique(f"{given} {family}" if person else str(company))
            customers.append(Customer(
                display_name=display, company_name=company, given_name=given, family_name=family,
                email=fake.email(), phone=fake.phone_number()[:30], address_line1=fake.street_address(),
                city=fake.city(), postal_code=fake.postcode(), country=fake.current_country_code(),
                term=rng.choice(terms), customer_since=since, created_at=_stamp(since)))
        jobs: list[Customer] = []
        for _ in range(plan["Job"] if customers else 0):
            parent = rng.choice(customers)
            since = day_between(parent.customer_since or start, today)
            job_name = f"{rng.choice(JOB_WORDS[locale])} {fake.street_name()}"
            jobs.append(Customer(display_name=names.unique(job_name), parent=parent, is_job=True,
                                 customer_since=since, created_at=_stamp(since), term=parent.term))
        session.add_all(customers + jobs)
        summary.counts["Customer"] += len(customers) + len(jobs)
        buyers = customers + jobs

        vendors = [Vendor(display_name=names.unique(fake.company()), email=fake.company_email(),
                          phone=fake.phone_number()[:30], address_line1=fake.street_address(), city=fake.city(),
                          postal_code=fake.postcode(), term=rng.choice(terms), created_at=_stamp(start))
                   for _ in range(plan["Vendor"])]
        session.add_all(vendors)
        summary.counts["Vendor"] += len(vendors)

        invoices: list[Invoice] = []
        open_balance: dict[int, Decimal] = {}
        by_customer: dict[int, list[Invoice]] = {}
        next_number = 1001
        for _ in range(plan["Invoice"] if buyers and items else 0):
            customer = rng.choice(buyers)
            first = max(customer.customer_since or start, start)
            txn = day_between(first, today)
            term = customer.term
            inv = Invoice(customer=customer, txn_date=txn, doc_number=str(next_number), term=term,
                          due_date=txn + timedelta(days=term.due_days or 0) if term and term.due_days is not None
                          else txn + timedelta(days=30),
                          memo=fake.sentence(nb_words=5) if rng.random() < 0.3 else None,
                          created_at=_stamp(txn))
            next_number += 1
            total = Decimal(0)
            for n in range(1, rng.randint(1, 4) + 1):
                item = rng.choice(items)
                qty = Decimal(rng.randint(1, 8))
                line = InvoiceLine(line_num=n, item=item, description=item.name, quantity=qty,
                                   unit_price=item.unit_price)
                inv.lines.append(line)
                total += (qty * item.unit_price).quantize(CENT)
            invoices.append(inv)
            open_balance[id(inv)] = total
            by_customer.setdefault(id(customer), []).append(inv)
        session.add_all(invoices)
        summary.counts["Invoice"] += len(invoices)

        payments: list[Payment] = []
        candidates = list(invoices)
        rng.shuffle(candidates)
        for inv in candidates[: plan["Payment"]]:
            due = open_balance[id(inv)]
            if due <= 0:
                continue
            amount = due if rng.random() < 0.75 else (due * Decimal(rng.randint(20, 90)) / 100).quantize(CENT)
            amount = max(min(amount, due), CENT)
            paid_on = day_between(inv.txn_date, min(inv.txn_date + timedelta(days=90), today))
            method = rng.choice(methods)
            pay = Payment(customer=inv.customer, txn_date=paid_on, total=amount, payment_method=method,
                          deposit_account=accounts["undeposited"], reference_number=str(rng.randint(1000, 99999)),
                          created_at=_stamp(paid_on))
            pay.applications.append(PaymentApplication(invoice=inv, amount=amount))
            open_balance[id(inv)] = due - amount
            # Now and then one payment settles a second open invoice of the same customer too.
            sibling = next((o for o in by_customer.get(id(inv.customer), [])
                            if o is not inv and open_balance[id(o)] > 0 and o.txn_date <= paid_on), None)
            if sibling is not None and rng.random() < 0.15:
                extra = open_balance[id(sibling)]
                pay.total = amount + extra
                pay.applications.append(PaymentApplication(invoice=sibling, amount=extra))
                open_balance[id(sibling)] = Decimal(0)
            payments.append(pay)
        session.add_all(payments)
        summary.counts["Payment"] += len(payments)

        memos: list[CreditMemo] = []
        for _ in range(plan["CreditMemo"] if buyers and items else 0):
            customer = rng.choice(buyers)
            txn = day_between(max(customer.customer_since or start, start), today)
            memo = CreditMemo(customer=customer, txn_date=txn, doc_number=str(next_number), created_at=_stamp(txn))
            next_number += 1
            item = rng.choice(items)
            memo.lines.append(CreditMemoLine(line_num=1, item=item, description=item.name, quantity=Decimal(1),
                                             unit_price=item.unit_price))
            memos.append(memo)
        refunds: list[RefundReceipt] = []
        for _ in range(plan["RefundReceipt"] if buyers and items else 0):
            customer = rng.choice(buyers)
            txn = day_between(max(customer.customer_since or start, start), today)
            refund = RefundReceipt(customer=customer, txn_date=txn, doc_number=str(next_number),
                                   deposit_account=accounts["checking"], payment_method=rng.choice(methods),
                                   created_at=_stamp(txn))
            next_number += 1
            item = rng.choice(items)
            refund.lines.append(RefundReceiptLine(line_num=1, item=item, description=item.name,
                                                  quantity=Decimal(1), unit_price=item.unit_price))
            refunds.append(refund)
        session.add_all([*memos, *refunds])
        summary.counts["CreditMemo"] += len(memos)
        summary.counts["RefundReceipt"] += len(refunds)

        expenses = []
        check_number = 5001
        for _ in range(plan["Purchase"]):
            kind = rng.choice(list(PaymentType))
            txn = day_between(start, today)
            source = accounts["visa"] if kind is PaymentType.CREDIT_CARD else accounts["checking"]
            exp = Expense(txn_date=txn, payment_type=kind, account=source,
                          vendor=rng.choice(vendors) if vendors else None,
                          doc_number=str(check_number) if kind is PaymentType.CHECK else None,
                          created_at=_stamp(txn))
            if kind is PaymentType.CHECK:
                check_number += 1
            for n in range(1, rng.randint(1, 3) + 1):
                exp.lines.append(ExpenseLine(line_num=n, account=accounts[rng.choice(EXPENSE_KEYS)],
                                             amount=_money(rng, 5, 900), description=fake.sentence(nb_words=4)))
            expenses.append(exp)
        session.add_all(expenses)
        summary.counts["Purchase"] += len(expenses)

        bills = []
        vendor_docs: Counter[int] = Counter()
        for _ in range(plan["Bill"] if vendors else 0):
            vendor = rng.choice(vendors)
            vendor_docs[id(vendor)] += 1
            txn = day_between(start, today)
            term = vendor.term
            bill = Bill(vendor=vendor, txn_date=txn, term=term, ap_account=accounts["ap"],
                        doc_number=f"{vendor.display_name[:3].upper()}-{vendor_docs[id(vendor)]:05d}",
                        due_date=txn + timedelta(days=term.due_days or 0) if term and term.due_days is not None
                        else txn + timedelta(days=30), created_at=_stamp(txn))
            for n in range(1, rng.randint(1, 3) + 1):
                bill.lines.append(BillLine(line_num=n, account=accounts[rng.choice(EXPENSE_KEYS)],
                                           amount=_money(rng, 20, 2500), description=fake.sentence(nb_words=4)))
            bills.append(bill)
        session.add_all(bills)
        summary.counts["Bill"] += len(bills)
        session.flush()
    return summary
