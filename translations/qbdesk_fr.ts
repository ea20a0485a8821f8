<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About qbdesk</source>
        <translation>À propos de qbdesk</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Keeps a small business&apos;s records in two-way sync with QuickBooks Online, and moves books into or out of it safely.</source>
        <translation>Synchronise dans les deux sens les données d&apos;une petite entreprise avec QuickBooks Online, et y transfère une comptabilité en toute sécurité.</translation>
    </message>
    <message>
        <source>Built with Qt {qt} and PySide6 {pyside}.</source>
        <translation>Conçu avec Qt {qt} et PySide6 {pyside}.</translation>
    </message>
    <message>
        <source>QuickBooks and QuickBooks Online are trademarks of Intuit Inc. qbdesk is not made by Intuit.</source>
        <translation>QuickBooks et QuickBooks Online sont des marques d&apos;Intuit Inc. qbdesk n&apos;est pas un produit d&apos;Intuit.</translation>
    </message>
</context>
<context>
    <name>BackgroundOp</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>The file is empty</source>
        <translation>Le fichier est vide</translation>
    </message>
    <message>
        <source>The file is not UTF-8 or Windows-1252 text</source>
        <translation>Le fichier n&apos;est pas du texte UTF-8 ni Windows-1252</translation>
    </message>
    <message>
        <source>The file is not valid CSV near line {line}: {detail}</source>
        <translation>Le fichier n&apos;est pas un CSV valide vers la ligne {line}&#x202f;: {detail}</translation>
    </message>
    <message>
        <source>The file has no rows to import</source>
        <translation>Le fichier ne contient aucune ligne à importer</translation>
    </message>
    <message>
        <source>Required column is missing</source>
        <translation>Une colonne obligatoire est absente</translation>
    </message>
    <message>
        <source>Unknown column; the columns for this type are: {columns}</source>
        <translation>Colonne inconnue&#x202f;; les colonnes de ce type sont&#x202f;: {columns}</translation>
    </message>
    <message>
        <source>This column appears more than once</source>
        <translation>Cette colonne apparaît plusieurs fois</translation>
    </message>
    <message>
        <source>This column has values but no name in row 1</source>
        <translation>Cette colonne contient des valeurs mais n&apos;a pas de nom à la ligne 1</translation>
    </message>
    <message>
        <source>This row has {count} values but the header has {columns} columns</source>
        <translation>Cette ligne contient {count} valeurs, mais l&apos;en-tête a {columns} colonnes</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Longer than {max} characters</source>
        <translation>Plus de {max} caractères</translation>
    </message>
    <message>
        <source>Must not contain a colon (:), a tab or a line break</source>
        <translation>Ne doit contenir ni deux-points (:), ni tabulation, ni saut de ligne</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an amount</source>
        <translation>«&#x202f;{value}&#x202f;» n&apos;est pas un montant</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>«&#x202f;{value}&#x202f;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is ambiguous: it could mean {thousands} or {decimal}; write {thousands} or {decimal}0 instead</source>
        <translation>«&#x202f;{value}&#x202f;» est ambigu&#x202f;: cela peut vouloir dire {thousands} ou {decimal}&#x202f;; écrivez plutôt {thousands} ou {decimal}0</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; has more than {places} decimal places</source>
        <translation>«&#x202f;{value}&#x202f;» a plus de {places} décimales</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is too large</source>
        <translation>«&#x202f;{value}&#x202f;» est trop grand</translation>
    </message>
    <message>
        <source>Must not be negative</source>
        <translation>Ne doit pas être négatif</translation>
    </message>
    <message>
        <source>Must be more than zero</source>
        <translation>Doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>Date must look like {example} (found &apos;{value}&apos;)</source>
        <translation>La date doit ressembler à {example} (trouvé «&#x202f;{value}&#x202f;»)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a real date</source>
        <translation>«&#x202f;{value}&#x202f;» n&apos;est pas une date valide</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an email address</source>
        <translation>«&#x202f;{value}&#x202f;» n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not yes or no</source>
        <translation>«&#x202f;{value}&#x202f;» n&apos;est ni oui ni non</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an item type: use Service, NonInventory or Inventory</source>
        <translation>«&#x202f;{value}&#x202f;» n&apos;est pas un type de produit&#x202f;: utilisez Service, NonInventory ou Inventory</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already on row {other_row} of this file</source>
        <translation>«&#x202f;{name}&#x202f;» figure déjà à la ligne {other_row} de ce fichier</translation>
    </message>
    <message>
        <source>A customer named &apos;{name}&apos; already exists</source>
        <translation>Un client nommé «&#x202f;{name}&#x202f;» existe déjà</translation>
    </message>
    <message>
        <source>A vendor named &apos;{name}&apos; already exists</source>
        <translation>Un fournisseur nommé «&#x202f;{name}&#x202f;» existe déjà</translation>
    </message>
    <message>
        <source>An item named &apos;{name}&apos; already exists</source>
        <translation>Un produit ou service nommé «&#x202f;{name}&#x202f;» existe déjà</translation>
    </message>
    <message>
        <source>A vendor is already named &apos;{name}&apos;; QuickBooks needs customer and vendor names to differ</source>
        <translation>Un fournisseur s&apos;appelle déjà «&#x202f;{name}&#x202f;»&#x202f;; QuickBooks exige des noms différents pour les clients et les fournisseurs</translation>
    </message>
    <message>
        <source>A customer is already named &apos;{name}&apos;; QuickBooks needs customer and vendor names to differ</source>
        <translation>Un client s&apos;appelle déjà «&#x202f;{name}&#x202f;»&#x202f;; QuickBooks exige des noms différents pour les clients et les fournisseurs</translation>
    </message>
    <message>
        <source>No customer named &apos;{name}&apos;</source>
        <translation>Aucun client nommé «&#x202f;{name}&#x202f;»</translation>
    </message>
    <message>
        <source>No customer named &apos;{name}&apos; (and it is not earlier in this file)</source>
        <translation>Aucun client nommé «&#x202f;{name}&#x202f;» (ni plus haut dans ce fichier)</translation>
    </message>
    <message>
        <source>The parent customer &apos;{name}&apos; on row {other_row} has an error</source>
        <translation>Le client parent «&#x202f;{name}&#x202f;» à la ligne {other_row} comporte une erreur</translation>
    </message>
    <message>
        <source>QuickBooks allows at most 4 levels of sub-customers below a customer</source>
        <translation>QuickBooks autorise au plus 4 niveaux de sous-clients sous un client</translation>
    </message>
    <message>
        <source>No item named &apos;{name}&apos;</source>
        <translation>Aucun produit ou service nommé «&#x202f;{name}&#x202f;»</translation>
    </message>
    <message>
        <source>No account named &apos;{name}&apos;</source>
        <translation>Aucun compte nommé «&#x202f;{name}&#x202f;»</translation>
    </message>
    <message>
        <source>No payment method named &apos;{name}&apos;</source>
        <translation>Aucun mode de paiement nommé «&#x202f;{name}&#x202f;»</translation>
    </message>
    <message>
        <source>More than one record is named &apos;{name}&apos;</source>
        <translation>Plusieurs enregistrements s&apos;appellent «&#x202f;{name}&#x202f;»</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is inactive</source>
        <translation>«&#x202f;{name}&#x202f;» est inactif</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is an account of type {actual}; this column needs {expected}</source>
        <translation>«&#x202f;{name}&#x202f;» est un compte de type {actual}&#x202f;; cette colonne exige {expected}</translation>
    </message>
    <message>
        <source>Required for {item_type} items</source>
        <translation>Obligatoire pour les produits de type {item_type}</translation>
    </message>
    <message>
        <source>Required when a purchase cost is given</source>
        <translation>Obligatoire lorsqu&apos;un coût d&apos;achat est indiqué</translation>
    </message>
    <message>
        <source>Only Inventory items have a value here</source>
        <translation>Seuls les produits stockés (Inventory) ont une valeur ici</translation>
    </message>
    <message>
        <source>Invoice {number} already exists in this company</source>
        <translation>La facture {number} existe déjà dans cette entreprise</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; differs from &apos;{first}&apos; on row {first_row} of the same invoice</source>
        <translation>«&#x202f;{value}&#x202f;» diffère de «&#x202f;{first}&#x202f;» à la ligne {first_row} de la même facture</translation>
    </message>
    <message>
        <source>Row {first_row}, the first row of this invoice, leaves this column empty</source>
        <translation>La ligne {first_row}, première ligne de cette facture, laisse cette colonne vide</translation>
    </message>
    <message>
        <source>Skipped because row {other_row} of the same invoice has an error</source>
        <translation>Ignorée, car la ligne {other_row} de la même facture comporte une erreur</translation>
    </message>
    <message>
        <source>The due date is before the invoice date</source>
        <translation>L&apos;échéance est antérieure à la date de la facture</translation>
    </message>
    <message>
        <source>The invoice total would be negative ({total})</source>
        <translation>Le total de la facture serait négatif ({total})</translation>
    </message>
    <message>
        <source>Quantity × unit price is too large</source>
        <translation>Quantité × prix unitaire est trop grand</translation>
    </message>
    <message>
        <source>No invoice numbered &apos;{number}&apos;</source>
        <translation>Aucune facture numéro «&#x202f;{number}&#x202f;»</translation>
    </message>
    <message>
        <source>More than one invoice is numbered &apos;{number}&apos;</source>
        <translation>Plusieurs factures portent le numéro «&#x202f;{number}&#x202f;»</translation>
    </message>
    <message>
        <source>Invoice {number} belongs to &apos;{customer}&apos;, not to this customer</source>
        <translation>La facture {number} appartient à «&#x202f;{customer}&#x202f;», pas à ce client</translation>
    </message>
    <message>
        <source>{amount} is more than the {balance} still open on invoice {number}</source>
        <translation>{amount} dépasse le solde impayé de {balance} de la facture {number}</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import CSV</source>
        <translation>Importer un fichier CSV</translation>
    </message>
    <message>
        <source>Bring customers, vendors, products and services, invoices or payments in from a spreadsheet saved as CSV. The whole file is checked first; nothing is written unless you say so.</source>
        <translation>Importez des clients, des fournisseurs, des produits et services, des factures ou des paiements depuis un tableur enregistré au format CSV. Tout le fichier est vérifié d&apos;abord&#x202f;; rien n&apos;est enregistré sans votre accord.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisissez un fichier…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>If some rows have problems, import the other rows anyway</source>
        <translation>Si certaines lignes posent problème, importer quand même les autres</translation>
    </message>
    <message>
        <source>&amp;What the file holds:</source>
        <translation>&amp;Contenu du fichier&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Dates look like:</source>
        <translation>Format des &amp;dates&#x202f;:</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problèmes détectés</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Copier le rapport</translation>
    </message>
    <message>
        <source>Import &amp;another file</source>
        <translation>Importer un &amp;autre fichier</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>Aucun fichier à l&apos;emplacement {path}.</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importation de {file}…</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>The file could not be imported: {message}</source>
        <translation>Impossible d&apos;importer le fichier&#x202f;: {message}</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was changed.</source>
        <translation>Importation annulée. Rien n&apos;a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln row(s).</source>
        <translation>
            <numerusform>%Ln ligne importée.</numerusform>
            <numerusform>%Ln lignes importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row was read without a problem.</source>
        <translation>Toutes les lignes ont été lues sans problème.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln row(s); the rows below were left out.</source>
        <translation>
            <numerusform>%Ln ligne importée&#x202f;; les lignes ci-dessous ont été laissées de côté.</numerusform>
            <numerusform>%Ln lignes importées&#x202f;; les lignes ci-dessous ont été laissées de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix these rows in the spreadsheet and import them again.</source>
        <translation>Corrigez ces lignes dans le tableur, puis importez-les de nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %Ln problem(s) found.</source>
        <translation>
            <numerusform>Rien n&apos;a été importé&#x202f;: %Ln problème détecté.</numerusform>
            <numerusform>Rien n&apos;a été importé&#x202f;: %Ln problèmes détectés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the rows below in the spreadsheet and import the file again, or tick “import the other rows anyway”.</source>
        <translation>Corrigez les lignes ci-dessous dans le tableur et importez de nouveau le fichier, ou cochez «&#x202f;importer quand même les autres&#x202f;».</translation>
    </message>
</context>
<context>
    <name>EnumValues</name>
    <message>
        <source>Bank</source>
        <translation>Banque</translation>
    </message>
    <message>
        <source>Accounts receivable (A/R)</source>
        <translation>Comptes clients</translation>
    </message>
    <message>
        <source>Other current assets</source>
        <translation>Autres actifs à court terme</translation>
    </message>
    <message>
        <source>Fixed assets</source>
        <translation>Immobilisations</translation>
    </message>
    <message>
        <source>Other assets</source>
        <translation>Autres actifs</translation>
    </message>
    <message>
        <source>Accounts payable (A/P)</source>
        <translation>Comptes fournisseurs</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Carte de crédit</translation>
    </message>
    <message>
        <source>Other current liabilities</source>
        <translation>Autres passifs à court terme</translation>
    </message>
    <message>
        <source>Long-term liabilities</source>
        <translation>Passifs à long terme</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Capitaux propres</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Revenus</translation>
    </message>
    <message>
        <source>Cost of goods sold</source>
        <translation>Coût des ventes</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Charges</translation>
    </message>
    <message>
        <source>Other income</source>
        <translation>Autres revenus</translation>
    </message>
    <message>
        <source>Other expense</source>
        <translation>Autres charges</translation>
    </message>
    <message>
        <source>Non-posting</source>
        <translation>Non comptabilisé</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Non-inventory</source>
        <translation>Non stocké</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Stocké</translation>
    </message>
    <message>
        <source>Other (cash, check…)</source>
        <translation>Autre (espèces, chèque…)</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Chèque</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>qbdesk ran into an unexpected problem.</source>
        <translation>qbdesk a rencontré un problème inattendu.</translation>
    </message>
    <message>
        <source>What you were doing may not have finished. The details are in the log; you can keep working, or copy the details for support.</source>
        <translation>L&apos;opération en cours n&apos;a peut-être pas abouti. Les détails figurent dans le journal&#x202f;; vous pouvez continuer à travailler ou copier les détails pour l&apos;assistance.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Détails de l&apos;erreur</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Afficher les &amp;détails</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message numerus="yes">
        <source>%n more error(s) happened since; they are in the log.</source>
        <translation>
            <numerusform>%n autre erreur s&apos;est produite depuis&#x202f;; elle figure dans le journal.</numerusform>
            <numerusform>%n autres erreurs se sont produites depuis&#x202f;; elles figurent dans le journal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>Masquer les &amp;détails</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <source>Company files (*{suffix})</source>
        <translation>Fichiers d&apos;entreprise (*{suffix})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open company file</source>
        <translation>Ouvrir un fichier d&apos;entreprise</translation>
    </message>
    <message>
        <source>New company file</source>
        <translation>Nouveau fichier d&apos;entreprise</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Choisir un fichier CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Fichiers CSV (*.csv *.txt)</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Welcome to qbdesk</source>
        <translation>Bienvenue dans qbdesk</translation>
    </message>
    <message>
        <source>Keep your records in two-way sync with QuickBooks Online. Open your company file, create a new one, or try everything safely on the practice company.</source>
        <translation>Synchronisez vos données dans les deux sens avec QuickBooks Online. Ouvrez votre fichier d&apos;entreprise, créez-en un, ou essayez tout sans risque dans l&apos;entreprise d&apos;essai.</translation>
    </message>
    <message>
        <source>&amp;Open a company file…</source>
        <translation>&amp;Ouvrir un fichier d&apos;entreprise…</translation>
    </message>
    <message>
        <source>&amp;Create a company file…</source>
        <translation>&amp;Créer un fichier d&apos;entreprise…</translation>
    </message>
    <message>
        <source>Open the &amp;practice company</source>
        <translation>Ouvrir l&apos;&amp;entreprise d&apos;essai</translation>
    </message>
    <message>
        <source>Practice company</source>
        <translation>Entreprise d&apos;essai</translation>
    </message>
    <message>
        <source>Open receivables</source>
        <translation>Créances clients impayées</translation>
    </message>
    <message>
        <source>Open payables</source>
        <translation>Dettes fournisseurs impayées</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <source>Counting records…</source>
        <translation>Comptage des enregistrements…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) in this company file.</source>
        <translation>
            <numerusform>%Ln enregistrement dans ce fichier d&apos;entreprise.</numerusform>
            <numerusform>%Ln enregistrements dans ce fichier d&apos;entreprise.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Journal de synchronisation</translation>
    </message>
    <message>
        <source>No company open</source>
        <translation>Aucune entreprise ouverte</translation>
    </message>
    <message>
        <source>Open a company file to browse and edit its customers, vendors, products and services, and transactions.</source>
        <translation>Ouvrez un fichier d&apos;entreprise pour consulter et modifier ses clients, fournisseurs, produits et services, et opérations.</translation>
    </message>
    <message>
        <source>Open a company file…</source>
        <translation>Ouvrir un fichier d&apos;entreprise…</translation>
    </message>
    <message>
        <source>No sync problems</source>
        <translation>Aucun problème de synchronisation</translation>
    </message>
    <message>
        <source>Problems appear here after your first sync with QuickBooks Online: what QuickBooks said, what it means, and how to fix it, with Resync, Skip and Edit next to each one.</source>
        <translation>Les problèmes apparaissent ici après votre première synchronisation avec QuickBooks Online&#x202f;: le message de QuickBooks, ce qu&apos;il signifie et comment le corriger, avec Resynchroniser, Ignorer et Modifier à côté de chacun.</translation>
    </message>
    <message>
        <source>Nothing waiting for approval</source>
        <translation>Rien en attente d&apos;approbation</translation>
    </message>
    <message>
        <source>If you choose to approve changes before they are synchronized, they wait here after each sync until you approve or clear them.</source>
        <translation>Si vous choisissez d&apos;approuver les modifications avant leur synchronisation, elles attendent ici après chaque synchronisation jusqu&apos;à ce que vous les approuviez ou les effaciez.</translation>
    </message>
    <message>
        <source>No syncs yet</source>
        <translation>Aucune synchronisation pour l&apos;instant</translation>
    </message>
    <message>
        <source>The sync log appears after your first sync: every record sent to or received from QuickBooks Online, pending, successful or failed.</source>
        <translation>Le journal de synchronisation apparaît après votre première synchronisation&#x202f;: chaque enregistrement envoyé à QuickBooks Online ou reçu de celui-ci, en attente, réussi ou échoué.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Entreprise</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Open the &amp;practice company</source>
        <translation>Ouvrir l&apos;&amp;entreprise d&apos;essai</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un fichier CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>&amp;Copier les diagnostics</translation>
    </message>
    <message>
        <source>Show &amp;log folder</source>
        <translation>Afficher le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>&amp;About qbdesk</source>
        <translation>À &amp;propos de qbdesk</translation>
    </message>
    <message>
        <source>&amp;Clear menu</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>No recent companies</source>
        <translation>Aucune entreprise récente</translation>
    </message>
    <message>
        <source>Green Leaf Landscaping (practice company)</source>
        <translation>Jardins Verts (entreprise d&apos;essai)</translation>
    </message>
    <message>
        <source>Creating the practice company…</source>
        <translation>Création de l&apos;entreprise d&apos;essai…</translation>
    </message>
    <message>
        <source>Practice company</source>
        <translation>Entreprise d&apos;essai</translation>
    </message>
    <message>
        <source>Creating the practice company: a sample business with a few thousand records to try everything safely…</source>
        <translation>Création de l&apos;entreprise d&apos;essai&#x202f;: une entreprise fictive de quelques milliers d&apos;enregistrements pour tout essayer sans risque…</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Ouverture de {name}…</translation>
    </message>
    <message>
        <source>practice company</source>
        <translation>entreprise d&apos;essai</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>{name} est ouvert</translation>
    </message>
    <message>
        <source>There is no company file there any more. It may have been moved or renamed.</source>
        <translation>Ce fichier d&apos;entreprise n&apos;existe plus à cet emplacement. Il a peut-être été déplacé ou renommé.</translation>
    </message>
    <message>
        <source>The company could not be opened: {message}</source>
        <translation>Impossible d&apos;ouvrir l&apos;entreprise&#x202f;: {message}</translation>
    </message>
    <message>
        <source>Saved. The change will be sent at the next sync.</source>
        <translation>Enregistré. La modification sera envoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>la langue du système</translation>
    </message>
    <message>
        <source>qbdesk will use {language} the next time it starts.</source>
        <translation>qbdesk utilisera la langue suivante au prochain démarrage&#x202f;: {language}.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>Diagnostics copiés dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>NewCompanyDialog</name>
    <message>
        <source>New company</source>
        <translation>Nouvelle entreprise</translation>
    </message>
    <message>
        <source>A company file keeps one business&apos;s records on this computer. You can connect it to QuickBooks Online later.</source>
        <translation>Un fichier d&apos;entreprise conserve les données d&apos;une entreprise sur cet ordinateur. Vous pourrez le connecter à QuickBooks Online plus tard.</translation>
    </message>
    <message>
        <source>For example: Green Leaf Landscaping</source>
        <translation>Par exemple&#x202f;: Jardins Verts</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>&amp;Nom de l&apos;entreprise&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Enregistrer sous&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Give the company a name.</source>
        <translation>Donnez un nom à l&apos;entreprise.</translation>
    </message>
    <message>
        <source>Choose where to save the company file.</source>
        <translation>Choisissez où enregistrer le fichier d&apos;entreprise.</translation>
    </message>
    <message>
        <source>A file already exists there. Choose another name or folder.</source>
        <translation>Un fichier existe déjà à cet emplacement. Choisissez un autre nom ou dossier.</translation>
    </message>
</context>
<context>
    <name>RecordBrowser</name>
    <message>
        <source>Record types</source>
        <translation>Types d&apos;enregistrements</translation>
    </message>
</context>
<context>
    <name>RecordColumns</name>
    <message>
        <source>Filter by name</source>
        <translation>Filtrer par nom</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sub-customer of</source>
        <translation>Sous-client de</translation>
    </message>
    <message>
        <source>Filter by name, company, email, phone or city</source>
        <translation>Filtrer par nom, société, e-mail, téléphone ou ville</translation>
    </message>
    <message>
        <source>Account no.</source>
        <translation>N° de compte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Référence (SKU)</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Income account</source>
        <translation>Compte de revenus</translation>
    </message>
    <message>
        <source>Filter by name, SKU or account</source>
        <translation>Filtrer par nom, référence ou compte</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Detail type</source>
        <translation>Type de détail</translation>
    </message>
    <message>
        <source>Filter by name, number or detail type</source>
        <translation>Filtrer par nom, numéro ou type de détail</translation>
    </message>
    <message>
        <source>Due in (days)</source>
        <translation>Échéance (jours)</translation>
    </message>
    <message>
        <source>Due on day of month</source>
        <translation>Échéance le jour du mois</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>Taxable</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Open balance</source>
        <translation>Solde impayé</translation>
    </message>
    <message>
        <source>Filter by number or customer</source>
        <translation>Filtrer par numéro ou client</translation>
    </message>
    <message>
        <source>Reference no.</source>
        <translation>N° de référence</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Unapplied</source>
        <translation>Non affecté</translation>
    </message>
    <message>
        <source>Filter by customer, reference or method</source>
        <translation>Filtrer par client, référence ou mode de paiement</translation>
    </message>
    <message>
        <source>Remaining credit</source>
        <translation>Crédit restant</translation>
    </message>
    <message>
        <source>Refund from</source>
        <translation>Remboursé depuis</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Payment account</source>
        <translation>Compte de paiement</translation>
    </message>
    <message>
        <source>Payment type</source>
        <translation>Type de paiement</translation>
    </message>
    <message>
        <source>Filter by payee, number or account</source>
        <translation>Filtrer par bénéficiaire, numéro ou compte</translation>
    </message>
    <message>
        <source>Vendor document no.</source>
        <translation>N° de document fournisseur</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Filter by vendor or document number</source>
        <translation>Filtrer par fournisseur ou numéro de document</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Edit {kind}</source>
        <translation>Modifier&#x202f;: {kind}</translation>
    </message>
    <message>
        <source>Tax codes come from QuickBooks and can&apos;t be changed here.</source>
        <translation>Les codes de taxe proviennent de QuickBooks et ne peuvent pas être modifiés ici.</translation>
    </message>
    <message>
        <source>Changes are saved to this company file and sent to QuickBooks at the next sync.</source>
        <translation>Les modifications sont enregistrées dans ce fichier d&apos;entreprise et envoyées à QuickBooks à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear {field}</source>
        <translation>Effacer le champ {field}</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Saisissez un nom</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Product, service or category</source>
        <translation>Produit, service ou catégorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Lines (change them in QuickBooks or by CSV import)</source>
        <translation>Lignes (à modifier dans QuickBooks ou par import CSV)</translation>
    </message>
    <message>
        <source>This record no longer exists; it may have been deleted.</source>
        <translation>Cet enregistrement n&apos;existe plus&#x202f;; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>The record could not be read: {message}</source>
        <translation>Impossible de lire l&apos;enregistrement&#x202f;: {message}</translation>
    </message>
    <message>
        <source>Choose a name from the list.</source>
        <translation>Choisissez un nom dans la liste.</translation>
    </message>
    <message>
        <source>Choose one.</source>
        <translation>Faites un choix.</translation>
    </message>
    <message>
        <source>This can&apos;t be empty.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message numerus="yes">
        <source>QuickBooks allows at most %Ln character(s) here.</source>
        <translation>
            <numerusform>QuickBooks autorise au plus %Ln caractère ici.</numerusform>
            <numerusform>QuickBooks autorise au plus %Ln caractères ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>Names can&apos;t contain a colon (:); QuickBooks uses it to separate a sub-customer from its parent.</source>
        <translation>Les noms ne peuvent pas contenir de deux-points (:)&#x202f;; QuickBooks s&apos;en sert pour séparer un sous-client de son client parent.</translation>
    </message>
    <message>
        <source>Enter an email address such as name@example.com.</source>
        <translation>Saisissez une adresse e-mail comme nom@exemple.com.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Saisissez un montant.</translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n decimal place(s).</source>
        <translation>
            <numerusform>Utilisez au plus %n décimale.</numerusform>
            <numerusform>Utilisez au plus %n décimales.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter an amount such as {example}.</source>
        <translation>Saisissez un montant comme {example}.</translation>
    </message>
    <message>
        <source>The amount can&apos;t be negative.</source>
        <translation>Le montant ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Saisissez un nombre entier.</translation>
    </message>
    <message>
        <source>Enter a number of at least {minimum}.</source>
        <translation>Saisissez un nombre supérieur ou égal à {minimum}.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Someone else changed this record while you were editing it. Close this window and open the record again to see their change.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cet enregistrement pendant que vous le modifiiez. Fermez cette fenêtre et rouvrez l&apos;enregistrement pour voir sa modification.</translation>
    </message>
    <message>
        <source>The record could not be saved: {message}</source>
        <translation>Impossible d&apos;enregistrer&#x202f;: {message}</translation>
    </message>
    <message>
        <source>Nobody is named “{name}”. Choose a name from the list.</source>
        <translation>Personne ne s&apos;appelle «&#x202f;{name}&#x202f;». Choisissez un nom dans la liste.</translation>
    </message>
    <message>
        <source>A customer can&apos;t be its own sub-customer.</source>
        <translation>Un client ne peut pas être son propre sous-client.</translation>
    </message>
    <message>
        <source>A customer is already named “{name}”. QuickBooks needs a different name for each customer and vendor.</source>
        <translation>Un client s&apos;appelle déjà «&#x202f;{name}&#x202f;». QuickBooks exige un nom différent pour chaque client et fournisseur.</translation>
    </message>
    <message>
        <source>A vendor is already named “{name}”. QuickBooks needs a different name for each customer and vendor.</source>
        <translation>Un fournisseur s&apos;appelle déjà «&#x202f;{name}&#x202f;». QuickBooks exige un nom différent pour chaque client et fournisseur.</translation>
    </message>
    <message>
        <source>This vendor already has a bill with document number {number}.</source>
        <translation>Ce fournisseur a déjà une facture fournisseur portant le numéro de document {number}.</translation>
    </message>
    <message>
        <source>Invoice number {number} is already used.</source>
        <translation>Le numéro de facture {number} est déjà utilisé.</translation>
    </message>
    <message>
        <source>The due date can&apos;t be before the date.</source>
        <translation>L&apos;échéance ne peut pas précéder la date.</translation>
    </message>
    <message>
        <source>The amount can&apos;t be less than the {applied} already applied to invoices.</source>
        <translation>Le montant ne peut pas être inférieur aux {applied} déjà affectés à des factures.</translation>
    </message>
    <message>
        <source>A credit card expense must come out of a credit card account.</source>
        <translation>Une dépense par carte de crédit doit être payée depuis un compte de carte de crédit.</translation>
    </message>
    <message>
        <source>A cash or check expense must come out of a bank account.</source>
        <translation>Une dépense en espèces ou par chèque doit être payée depuis un compte bancaire.</translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>State / province</source>
        <translation>Région / province</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Conditions de paiement</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Mémo</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Sub-customer of</source>
        <translation>Sous-client de</translation>
    </message>
    <message>
        <source>Account no.</source>
        <translation>N° de compte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Référence (SKU)</translation>
    </message>
    <message>
        <source>Sales description</source>
        <translation>Description (ventes)</translation>
    </message>
    <message>
        <source>Sales price</source>
        <translation>Prix de vente</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>Taxable</translation>
    </message>
    <message>
        <source>Income account</source>
        <translation>Compte de revenus</translation>
    </message>
    <message>
        <source>Expense account</source>
        <translation>Compte de charges</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Numéro de compte</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Type de compte</translation>
    </message>
    <message>
        <source>Detail type</source>
        <translation>Type de détail</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Due in (days)</source>
        <translation>Échéance (jours)</translation>
    </message>
    <message>
        <source>Due on day of month</source>
        <translation>Échéance le jour du mois</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Numéro de facture</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <source>Open balance</source>
        <translation>Solde impayé</translation>
    </message>
    <message>
        <source>Remaining credit</source>
        <translation>Crédit restant</translation>
    </message>
    <message>
        <source>Refund from</source>
        <translation>Remboursé depuis</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>Montant reçu</translation>
    </message>
    <message>
        <source>Deposit to</source>
        <translation>Déposé sur</translation>
    </message>
    <message>
        <source>Reference no.</source>
        <translation>N° de référence</translation>
    </message>
    <message>
        <source>Unapplied amount</source>
        <translation>Montant non affecté</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Payment type</source>
        <translation>Type de paiement</translation>
    </message>
    <message>
        <source>Payment account</source>
        <translation>Compte de paiement</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Vendor document number</source>
        <translation>Numéro de document fournisseur</translation>
    </message>
    <message>
        <source>Bill date</source>
        <translation>Date de la facture fournisseur</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Linked</source>
        <translation>Lié</translation>
    </message>
    <message>
        <source>Not yet synced</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>RecordTypes</name>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>Products and services</source>
        <translation>Produits et services</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Product or service</source>
        <translation>Produit ou service</translation>
    </message>
    <message>
        <source>Chart of accounts</source>
        <translation>Plan comptable</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>Modes de paiement</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Conditions de paiement</translation>
    </message>
    <message>
        <source>Tax codes</source>
        <translation>Codes de taxe</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Code de taxe</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Credit memos</source>
        <translation>Avoirs</translation>
    </message>
    <message>
        <source>Credit memo</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Refund receipts</source>
        <translation>Reçus de remboursement</translation>
    </message>
    <message>
        <source>Refund receipt</source>
        <translation>Reçu de remboursement</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Dépense</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>Factures fournisseurs</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Facture fournisseur</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Opérations</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Filter {kind}</source>
        <translation>Filtrer&#x202f;: {kind}</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) match</source>
        <translation>
            <numerusform>%Ln enregistrement correspond</numerusform>
            <numerusform>%Ln enregistrements correspondent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln enregistrement</numerusform>
            <numerusform>%Ln enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches “{text}”. Try fewer letters, or clear the filter.</source>
        <translation>Aucun résultat pour «&#x202f;{text}&#x202f;». Essayez avec moins de lettres, ou effacez le filtre.</translation>
    </message>
    <message>
        <source>There are no {kind} in this company yet.</source>
        <translation>Cette entreprise n&apos;a pas encore d&apos;enregistrements de ce type&#x202f;: {kind}.</translation>
    </message>
    <message>
        <source>Could not load the records: {message}</source>
        <translation>Impossible de charger les enregistrements&#x202f;: {message}</translation>
    </message>
</context>
</TS>
