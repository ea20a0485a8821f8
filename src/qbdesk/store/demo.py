"""A consistent, seeded sample business: the practice data for demos, tests and the sandbox.

Everything generated hangs together the way real books do: invoice lines use real
items whose income accounts are Income accounts, payments pay real invoices and
never more than their open balance (using the customer's credit memos now and
then), bills carry vendor document numbers that are unique per vendor and are
paid by check or card, expenses come out of a Bank or Credit Card account that
matches their payment type, deposits take payments out of Undeposited Funds,
journal entries balance. The sandbox builds its practice company from the same
data, so a sync between the two sides exercises every rule QuickBooks enforces.

This module makes the lists and runs the families of transactions, each in its own
module: sales (:mod:`qbdesk.store.demo_sales`), purchases
(:mod:`qbdesk.store.demo_purchases`), banking (:mod:`qbdesk.store.demo_banking`).
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

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
from qbdesk.store.tracking import Location, TrackingClass

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

CLASSES = {"en": ["Residential", "Commercial", "Municipal"],
           "fr": ["Particuliers", "Entreprises", "Collectivités"],
           "es": ["Residencial", "Comercial", "Municipal"]}
LOCATIONS = {"en": ["North Yard", "South Yard"], "fr": ["Dépôt nord", "Dépôt sud"],
             "es": ["Almacén norte", "Almacén sur"]}

# Shares of the generated records per type (after the fixed reference lists).
MIX: tuple[tuple[str, float], ...] = (
    ("Customer", 0.12), ("Job", 0.04), ("Vendor", 0.04), ("Item", 0.03), ("Estimate", 0.04), ("Invoice", 0.24),
    ("Payment", 0.17), ("CreditMemo", 0.03), ("SalesReceipt", 0.05), ("RefundReceipt", 0.02), ("Deposit", 0.03),
    ("Purchase", 0.06), ("Bill", 0.05), ("VendorCredit", 0.01), ("BillPayment", 0.04), ("PurchaseOrder", 0.01),
    ("Transfer", 0.01), ("JournalEntry", 0.01),
)
# Kinds every non-empty company gets at least one of, so every path is exercised; a very small one (a few dozen
# records) keeps to the first five, so that it still has several customers.
AT_LEAST_ONE = ("Customer", "Vendor", "Item", "Invoice", "Payment", "Estimate", "CreditMemo", "SalesReceipt",
                "RefundReceipt", "Deposit", "Purchase", "Bill", "VendorCredit", "BillPayment", "PurchaseOrder",
                "Transfer", "JournalEntry")
SMALL = 50


@dataclass
class DemoSummary:
    """How many records of each QuickBooks entity type were generated."""

    counts: Counter[str] = field(default_factory=Counter)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _fixed(locale: str) -> int:
    """The reference lists every company gets (classes and locations only once it is more than a few dozen
    records: a business that small tracks neither)."""
    return len(CHART) + len(PAYMENT_METHODS) + len(TERMS) + 2


def _tracks(size: int, locale: str) -> bool:
    return size - _fixed(locale) - len(CLASSES[locale]) - len(LOCATIONS[locale]) >= SMALL


def _plan(size: int, locale: str = "en") -> dict[str, int]:
    fixed = _fixed(locale) + (len(CLASSES[locale]) + len(LOCATIONS[locale]) if _tracks(size, locale) else 0)
    rest = max(size - fixed, 0)
    plan = {kind: int(rest * share) for kind, share in MIX}
    if rest:
        for kind in AT_LEAST_ONE if rest >= SMALL else AT_LEAST_ONE[:5]:
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


def _stamp(day: date) -> datetime:
    return datetime.combine(day, time(9, 0), tzinfo=UTC)


@dataclass
class Books:
    """What the generators of each family of records share: the randomness, the calendar, the lists."""

    session: Session
    rng: random.Random
    fake: Faker
    locale: str
    today: date
    start: date
    plan: dict[str, int]
    summary: DemoSummary
    accounts: dict[str, Account] = field(default_factory=dict)
    methods: list[PaymentMethod] = field(default_factory=list)
    terms: list[Term] = field(default_factory=list)
    classes: list[TrackingClass] = field(default_factory=list)
    locations: list[Location] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    buyers: list[Customer] = field(default_factory=list)
    vendors: list[Vendor] = field(default_factory=list)
    next_number: int = 1001   # sales forms share one sequence
    check_number: int = 5001  # checks: expenses and bill payments

    def day_between(self, first: date, last: date) -> date:
        span = max((last - first).days, 0)
        return first + timedelta(days=self.rng.randint(0, span))

    def money(self, low: int, high: int) -> Decimal:
        return (Decimal(self.rng.randint(low * 100, high * 100)) / 100).quantize(CENT)

    def stamp(self, day: date) -> datetime:
        return _stamp(day)

    def number(self) -> str:
        self.next_number += 1
        return str(self.next_number - 1)

    def check(self) -> str:
        self.check_number += 1
        return str(self.check_number - 1)

    def some_class(self) -> TrackingClass | None:
        """A class for about half of the lines (a business tracks some, not all, of its work by class)."""
        return self.rng.choice(self.classes) if self.classes and self.rng.random() < 0.5 else None

    def some_location(self) -> Location | None:
        return self.rng.choice(self.locations) if self.locations and self.rng.random() < 0.5 else None

    def add(self, entity: str, records: list[Any]) -> None:
        self.session.add_all(records)
        self.summary.counts[entity] += len(records)


def generate(session: Session, size: int, *, seed: int = 0, locale: str = "en",
             anchor: date | None = None) -> DemoSummary:
    """Fill an empty company with about ``size`` records; deterministic for (seed, locale, anchor).

    ``anchor`` is "today" for the generated history (default: the real today);
    transactions fall within the two years before it.
    """
    from qbdesk.store import demo_banking, demo_purchases, demo_sales

    if locale not in LOCALES:
        raise ValueError(f"unknown locale {locale!r}; use one of {', '.join(LOCALES)}")
    rng = random.Random(seed)
    fake = Faker(LOCALES[locale])
    fake.seed_instance(seed)
    today = anchor or date.today()  # noqa: DTZ011 - the books live in local time
    books = Books(session, rng, fake, locale, today, today - timedelta(days=730), _plan(size, locale), DemoSummary())
    with backdated(session):
        _lists(books, tracking=_tracks(size, locale))
        _items(books)
        _parties(books)
        demo_sales.generate_sales(books)
        demo_purchases.generate_purchases(books)
        demo_banking.generate_banking(books)
        session.flush()
    return books.summary


def _lists(books: Books, *, tracking: bool) -> None:
    locale, created = books.locale, _stamp(books.start)
    for key, acc_type, subtype, label in CHART:
        books.accounts[key] = Account(name=label[locale], account_type=acc_type, account_subtype=subtype,
                                      created_at=created)
    books.methods = [PaymentMethod(name=label[locale], kind=kind, created_at=created)
                     for kind, label in PAYMENT_METHODS]
    books.terms = [Term(name=label[locale], due_days=due, day_of_month_due=dom, created_at=created)
                   for due, dom, label in TERMS]
    tax_codes = [
        TaxCode(name={"en": "Taxable", "fr": "Taxable", "es": "Gravado"}[locale], taxable=True, created_at=created),
        TaxCode(name={"en": "Non-taxable", "fr": "Non taxable", "es": "Exento"}[locale], taxable=False,
                created_at=created),
    ]
    books.session.add_all([*books.accounts.values(), *books.methods, *books.terms, *tax_codes])
    books.summary.counts.update({"Account": len(books.accounts), "PaymentMethod": len(books.methods),
                                 "Term": len(books.terms), "TaxCode": len(tax_codes)})
    if tracking:  # a new QuickBooks company has no classes or locations until someone sets them up
        books.classes = [TrackingClass(name=n, created_at=created) for n in CLASSES[locale]]
        books.locations = [Location(name=n, created_at=created) for n in LOCATIONS[locale]]
        books.add("Class", books.classes)
        books.add("Department", books.locations)


def _items(books: Books) -> None:
    rng, fake, locale, accounts = books.rng, books.fake, books.locale, books.accounts
    item_names = _Names()
    for i in range(books.plan["Item"]):
        is_service = i % 3 != 2
        pool = SERVICES[locale] if is_service else PRODUCTS[locale]
        base = pool[i % len(pool)] if i < len(pool) * 2 else f"{rng.choice(pool)} {fake.word().title()}"
        price = books.money(15, 400)
        if is_service:
            item = Item(name=item_names.unique(base), item_type=ItemType.SERVICE, unit_price=price,
                        income_account=accounts["services"], description=fake.sentence(nb_words=6)[:4000])
        elif i % 2:
            item = Item(name=item_names.unique(base), item_type=ItemType.INVENTORY, unit_price=price,
                        purchase_cost=(price * Decimal("0.55")).quantize(CENT),
                        income_account=accounts["product_sales"], expense_account=accounts["cogs"],
                        asset_account=accounts["inventory"], qty_on_hand=Decimal(rng.randint(10, 500)),
                        inventory_start_date=books.start, sku=f"SKU-{1000 + i}")
        else:
            item = Item(name=item_names.unique(base), item_type=ItemType.NON_INVENTORY, unit_price=price,
                        purchase_cost=(price * Decimal("0.55")).quantize(CENT),
                        income_account=accounts["product_sales"], expense_account=accounts["cogs"],
                        sku=f"SKU-{1000 + i}")
        item.created_at = _stamp(books.start)
        books.items.append(item)
    books.add("Item", books.items)


def _parties(books: Books) -> None:
    rng, fake, locale, start, today = books.rng, books.fake, books.locale, books.start, books.today
    names = _Names()
    customers: list[Customer] = []
    for _ in range(books.plan["Customer"]):
        since = books.day_between(start - timedelta(days=365), today)
        person = rng.random() < 0.4
        given, family = fake.first_name(), fake.last_name()
        company = None if person else fake.company()
        display = names.unique(f"{given} {family}" if person else str(company))
        customers.append(Customer(
            display_name=display, company_name=company, given_name=given, family_name=family,
            email=fake.email(), phone=fake.phone_number()[:30], address_line1=fake.street_address(),
            city=fake.city(), postal_code=fake.postcode(), country=fake.current_country_code(),
            term=rng.choice(books.terms), customer_since=since, created_at=_stamp(since)))
    jobs: list[Customer] = []
    for _ in range(books.plan["Job"] if customers else 0):
        parent = rng.choice(customers)
        since = books.day_between(parent.customer_since or start, today)
        job_name = f"{rng.choice(JOB_WORDS[locale])} {fake.street_name()}"
        jobs.append(Customer(display_name=names.unique(job_name), parent=parent, is_job=True,
                             customer_since=since, created_at=_stamp(since), term=parent.term))
    books.buyers = customers + jobs
    books.add("Customer", books.buyers)
    books.vendors = [Vendor(display_name=names.unique(fake.company()), email=fake.company_email(),
                            phone=fake.phone_number()[:30], address_line1=fake.street_address(), city=fake.city(),
                            postal_code=fake.postcode(), term=rng.choice(books.terms), created_at=_stamp(start))
                     for _ in range(books.plan["Vendor"])]
    books.add("Vendor", books.vendors)
