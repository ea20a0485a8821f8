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
    <name>AnswerCell</name>
    <message>
        <source>Same record</source>
        <translation>Même enregistrement</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>Différents</translation>
    </message>
</context>
<context>
    <name>ApprovalsView</name>
    <message>
        <source>Changes waiting for approval</source>
        <translation>Modifications en attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Sync settings…</source>
        <translation>Paramètres de synchronisation…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Détectée</translation>
    </message>
    <message>
        <source>Approve checked</source>
        <translation>Approuver la sélection</translation>
    </message>
    <message>
        <source>Keep unchecked</source>
        <translation>Conserver les non cochés</translation>
    </message>
    <message>
        <source>Clear unchecked</source>
        <translation>Effacer les non cochés</translation>
    </message>
    <message>
        <source>What happens to unchecked changes</source>
        <translation>Que deviennent les modifications non cochées</translation>
    </message>
    <message>
        <source>The changes could not be read: {message}</source>
        <translation>Impossible de lire les modifications&#x202f;: {message}</translation>
    </message>
    <message>
        <source>Import from QuickBooks</source>
        <translation>Importer depuis QuickBooks</translation>
    </message>
    <message>
        <source>Export to QuickBooks</source>
        <translation>Exporter vers QuickBooks</translation>
    </message>
    <message>
        <source>{section} ({count})</source>
        <translation>{section} ({count})</translation>
    </message>
    <message>
        <source>What is trying to sync from QuickBooks into this company.</source>
        <translation>Ce qui doit être synchronisé de QuickBooks vers cette entreprise.</translation>
    </message>
    <message>
        <source>What is trying to sync from this company into QuickBooks.</source>
        <translation>Ce qui doit être synchronisé de cette entreprise vers QuickBooks.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncs wait for you: nothing below is sent or received until you approve it.</source>
        <translation>Les synchronisations vous attendent&#x202f;: rien de ce qui suit n&apos;est envoyé ni reçu avant votre approbation.</translation>
    </message>
    <message>
        <source>Changes sync without review. Turn on “Review changes before they sync” in Sync settings to approve them here first.</source>
        <translation>Les modifications sont synchronisées sans vérification. Activez «&#x202f;Vérifier les modifications avant leur synchronisation&#x202f;» dans les paramètres de synchronisation pour les approuver d&apos;abord ici.</translation>
    </message>
    <message>
        <source>Changes sync without review now. Turn on “Review changes before they sync” in Sync settings to approve them here first.</source>
        <translation>Les modifications sont désormais synchronisées sans vérification. Activez «&#x202f;Vérifier les modifications avant leur synchronisation&#x202f;» dans les paramètres de synchronisation pour les approuver d&apos;abord ici.</translation>
    </message>
    <message>
        <source>here</source>
        <translation>ici</translation>
    </message>
    <message>
        <source>in QuickBooks</source>
        <translation>dans QuickBooks</translation>
    </message>
    <message>
        <source>{change} {where}</source>
        <translation>{change} {where}</translation>
    </message>
    <message>
        <source>Unchecked changes show again next time.</source>
        <translation>Les modifications non cochées réapparaîtront la prochaine fois.</translation>
    </message>
    <message>
        <source>Unchecked changes are dropped until the record changes again.</source>
        <translation>Les modifications non cochées sont abandonnées jusqu&apos;à ce que l&apos;enregistrement change de nouveau.</translation>
    </message>
    <message>
        <source>Connect to QuickBooks first: approved changes are sent and received right away.</source>
        <translation>Connectez-vous d&apos;abord à QuickBooks&#x202f;: les modifications approuvées sont envoyées et reçues immédiatement.</translation>
    </message>
    <message>
        <source>Approving…</source>
        <translation>Approbation…</translation>
    </message>
    <message>
        <source>Sent to {host}, the sync host: the checked changes are approved at its next sync, and they leave this list then.</source>
        <translation>Envoyé à {host}, le poste de synchronisation&#x202f;: les modifications cochées seront approuvées à sa prochaine synchronisation, puis quitteront cette liste.</translation>
    </message>
    <message>
        <source>A sync is running: the checked changes are approved at the start of the next one.</source>
        <translation>Une synchronisation est en cours&#x202f;: les modifications cochées seront approuvées au début de la suivante.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) approved and synced.</source>
        <translation>
            <numerusform>%n modification approuvée et synchronisée.</numerusform>
            <numerusform>%n modifications approuvées et synchronisées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchecked change(s) kept for next time.</source>
        <translation>
            <numerusform>%n modification non cochée conservée pour la prochaine fois.</numerusform>
            <numerusform>%n modifications non cochées conservées pour la prochaine fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchecked change(s) cleared.</source>
        <translation>
            <numerusform>%n modification non cochée effacée.</numerusform>
            <numerusform>%n modifications non cochées effacées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not sync: see Problems.</source>
        <translation>
            <numerusform>%n n&apos;a pas pu se synchroniser&#x202f;: voir Problèmes.</numerusform>
            <numerusform>%n n&apos;ont pas pu se synchroniser&#x202f;: voir Problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review problems</source>
        <translation>Examiner les problèmes</translation>
    </message>
    <message>
        <source>The changes could not be approved: {message}</source>
        <translation>Impossible d&apos;approuver les modifications&#x202f;: {message}</translation>
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
    <name>ConnectDialog</name>
    <message>
        <source>e.g. ABcd1234…</source>
        <translation>p. ex. ABcd1234…</translation>
    </message>
    <message>
        <source>Sandbox address</source>
        <translation>Adresse du bac à sable</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>URI de redirection</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Waiting for QuickBooks: finish signing in in your browser…</source>
        <translation>En attente de QuickBooks&#x202f;: terminez la connexion dans votre navigateur…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Open the browser again</source>
        <translation>Rouvrir le navigateur</translation>
    </message>
    <message>
        <source>Browser did not come back? Paste the address it ended on:</source>
        <translation>Le navigateur n&apos;est pas revenu&#x202f;? Collez l&apos;adresse sur laquelle il s&apos;est arrêté&#x202f;:</translation>
    </message>
    <message>
        <source>Use this address</source>
        <translation>Utiliser cette adresse</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>A sync is running: connect or disconnect after it ends.</source>
        <translation>Une synchronisation est en cours&#x202f;: connectez-vous ou déconnectez-vous une fois qu&apos;elle sera terminée.</translation>
    </message>
    <message>
        <source>Enter your Intuit app&apos;s client ID.</source>
        <translation>Saisissez l&apos;ID client de votre application Intuit.</translation>
    </message>
    <message>
        <source>Enter the sandbox address (the base_url `qbdesk sandbox serve` prints).</source>
        <translation>Saisissez l&apos;adresse du bac à sable (la base_url qu&apos;affiche `qbdesk sandbox serve`).</translation>
    </message>
    <message>
        <source>Preparing the sign-in…</source>
        <translation>Préparation de la connexion…</translation>
    </message>
    <message>
        <source>Connect to QuickBooks</source>
        <translation>Se connecter à QuickBooks</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>This copy of qbdesk has no QuickBooks sign-in service configured (it was built from the source code), so it cannot connect with one button. You can connect with your own Intuit developer keys instead, or try everything with the practice company first.</source>
        <translation>Cette copie de qbdesk n&apos;a pas de service de connexion à QuickBooks configuré (elle a été construite à partir du code source)&#x202f;: elle ne peut donc pas se connecter en un clic. Vous pouvez vous connecter avec vos propres clés de développeur Intuit, ou d&apos;abord tout essayer avec l&apos;entreprise d&apos;essai.</translation>
    </message>
    <message>
        <source>Use your own Intuit developer keys…</source>
        <translation>Utiliser vos propres clés de développeur Intuit…</translation>
    </message>
    <message>
        <source>Advanced: use your own Intuit developer keys</source>
        <translation>Avancé&#x202f;: utiliser vos propres clés de développeur Intuit</translation>
    </message>
    <message>
        <source>1. At developer.intuit.com, create an app for QuickBooks Online with the Accounting scope.
2. Under Keys and credentials, add the redirect URI below (production keys need an HTTPS address).
3. Copy the client ID and client secret here. The secret is kept in this computer&apos;s password store, never in the company file.</source>
        <translation>1. Sur developer.intuit.com, créez une application pour QuickBooks Online avec la portée Accounting.
2. Sous Keys and credentials, ajoutez l&apos;URI de redirection ci-dessous (les clés de production exigent une adresse HTTPS).
3. Copiez ici l&apos;identifiant client et le secret client. Le secret est gardé dans le coffre de mots de passe du système, jamais dans le fichier d&apos;entreprise.</translation>
    </message>
    <message>
        <source>Connect with these keys</source>
        <translation>Se connecter avec ces clés</translation>
    </message>
    <message>
        <source>Disconnect from QuickBooks</source>
        <translation>Se déconnecter de QuickBooks</translation>
    </message>
    <message>
        <source>Saved in the password store (type a new one to replace it)</source>
        <translation>Enregistré dans le coffre de mots de passe du système (saisissez-en un nouveau pour le remplacer)</translation>
    </message>
    <message>
        <source>Connected to QuickBooks</source>
        <translation>Connecté à QuickBooks</translation>
    </message>
    <message>
        <source>This company file syncs with the QuickBooks Online company below. Closing qbdesk, or signing out of your computer, keeps the connection.</source>
        <translation>Ce fichier d&apos;entreprise se synchronise avec l&apos;entreprise QuickBooks Online ci-dessous. Fermer qbdesk, ou fermer votre session, conserve la connexion.</translation>
    </message>
    <message>
        <source>Sign in to QuickBooks again</source>
        <translation>Se reconnecter à QuickBooks</translation>
    </message>
    <message>
        <source>Connect this company file to the practice QuickBooks company: no account and no keys needed.</source>
        <translation>Connectez ce fichier d&apos;entreprise à l&apos;entreprise d&apos;essai QuickBooks&#x202f;: aucun compte ni aucune clé nécessaire.</translation>
    </message>
    <message>
        <source>Connect this company file to your QuickBooks Online company. Your browser opens QuickBooks&apos; sign-in page: sign in, choose the company, and you are done. qbdesk keeps the sign-in in this computer&apos;s password store, never in the company file.</source>
        <translation>Connectez ce fichier d&apos;entreprise à votre entreprise QuickBooks Online. Votre navigateur ouvre la page de connexion de QuickBooks&#x202f;: connectez-vous, choisissez l&apos;entreprise, et c&apos;est fait. qbdesk garde la connexion dans le coffre de mots de passe du système, jamais dans le fichier d&apos;entreprise.</translation>
    </message>
    <message>
        <source>QuickBooks company {realm}</source>
        <translation>Entreprise QuickBooks {realm}</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Dernière synchronisation&#x202f;: {when}</translation>
    </message>
    <message>
        <source>No sync yet</source>
        <translation>Aucune synchronisation pour l&apos;instant</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Nouvelle connexion nécessaire</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message numerus="yes">
        <source>%n other company file(s) on this computer use this connection too.</source>
        <translation>
            <numerusform>%n autre fichier d&apos;entreprise sur cet ordinateur utilise aussi cette connexion.</numerusform>
            <numerusform>%n autres fichiers d&apos;entreprise sur cet ordinateur utilisent aussi cette connexion.</numerusform>
        </translation>
    </message>
    <message>
        <source>{host} would be reached over plain HTTP. qbdesk never sends a QuickBooks sign-in unencrypted to another computer: use an https:// address.</source>
        <translation>{host} serait joint en HTTP non chiffré. qbdesk n&apos;envoie jamais une connexion QuickBooks sans chiffrement à un autre ordinateur&#x202f;: utilisez une adresse https://.</translation>
    </message>
    <message>
        <source>Send your sign-in to another server?</source>
        <translation>Envoyer votre connexion à un autre serveur&#x202f;?</translation>
    </message>
    <message>
        <source>{hosts} is not one of Intuit&apos;s QuickBooks servers. qbdesk would send your QuickBooks sign-in and your client secret there. Do this only if you run that server yourself.</source>
        <translation>{hosts} n&apos;est pas l&apos;un des serveurs QuickBooks d&apos;Intuit. qbdesk y enverrait votre connexion QuickBooks et votre secret client. Ne le faites que si vous gérez ce serveur vous-même.</translation>
    </message>
    <message>
        <source>Send it there</source>
        <translation>L&apos;y envoyer</translation>
    </message>
    <message>
        <source>That address holds no answer from QuickBooks: copy the whole address from the browser&apos;s address bar, starting with http.</source>
        <translation>Cette adresse ne contient aucune réponse de QuickBooks&#x202f;: copiez l&apos;adresse complète depuis la barre d&apos;adresse du navigateur, en commençant par http.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Connexion annulée.</translation>
    </message>
    <message>
        <source>This company file is no longer connected. The connection stays for the other company files that use it.</source>
        <translation>Ce fichier d&apos;entreprise n&apos;est plus connecté. La connexion reste pour les autres fichiers d&apos;entreprise qui l&apos;utilisent.</translation>
    </message>
    <message>
        <source>Disconnected. QuickBooks confirmed that the connection is revoked, and the sign-in was removed from this computer.</source>
        <translation>Déconnecté. QuickBooks a confirmé que la connexion est révoquée, et la connexion a été retirée de cet ordinateur.</translation>
    </message>
    <message>
        <source>Disconnected here: the sign-in was removed from this computer, but QuickBooks did not confirm that it revoked the connection. To be sure, disconnect qbdesk in QuickBooks too (Settings › Apps).</source>
        <translation>Déconnecté ici&#x202f;: la connexion a été retirée de cet ordinateur, mais QuickBooks n&apos;a pas confirmé l&apos;avoir révoquée. Pour en être sûr, déconnectez aussi qbdesk dans QuickBooks (Paramètres › Applications).</translation>
    </message>
    <message>
        <source>You signed in to another QuickBooks company ({got}) than the one this company file is linked to ({expected}). Sign in to that company, or disconnect first to link this file to another one.</source>
        <translation>Vous vous êtes connecté à une autre entreprise QuickBooks ({got}) que celle de ce fichier d&apos;entreprise ({expected}). Connectez-vous à cette entreprise, ou déconnectez-vous d&apos;abord pour connecter ce fichier à une autre.</translation>
    </message>
    <message>
        <source>The sign-in did not complete: {message}</source>
        <translation>La connexion n&apos;a pas abouti&#x202f;: {message}</translation>
    </message>
    <message>
        <source>The sandbox address should look like http://127.0.0.1:53127.</source>
        <translation>L&apos;adresse du bac à sable doit ressembler à http://127.0.0.1:53127.</translation>
    </message>
    <message>
        <source>This computer has no password store qbdesk can use, so the sign-in could not be kept safely. On Linux, install and unlock a Secret Service keyring (GNOME Keyring or KWallet, e.g. the gnome-keyring package) and start qbdesk again; on Windows and macOS the system&apos;s password store is used.</source>
        <translation>Cet ordinateur n&apos;a pas de coffre de mots de passe du système utilisable par qbdesk&#x202f;: la connexion n&apos;a pas pu être gardée en sécurité. Sous Linux, installez et déverrouillez un trousseau Secret Service (GNOME Keyring ou KWallet, par exemple le paquet gnome-keyring) puis relancez qbdesk&#x202f;; sous Windows et macOS, le coffre de mots de passe du système est utilisé.</translation>
    </message>
    <message>
        <source>Enter the client secret of your Intuit app (it is kept in the password store afterwards).</source>
        <translation>Saisissez le secret client de votre application Intuit (il est ensuite gardé dans le coffre de mots de passe du système).</translation>
    </message>
    <message>
        <source>This copy of qbdesk has no QuickBooks sign-in service: use your own Intuit developer keys under Advanced.</source>
        <translation>Cette copie de qbdesk n&apos;a pas de service de connexion à QuickBooks&#x202f;: utilisez vos propres clés de développeur Intuit sous Avancé.</translation>
    </message>
    <message>
        <source>{host} would be reached over plain HTTP, or is not one of Intuit&apos;s servers: nothing was sent there.</source>
        <translation>{host} serait joint en HTTP non chiffré, ou n&apos;est pas l&apos;un des serveurs d&apos;Intuit&#x202f;: rien n&apos;y a été envoyé.</translation>
    </message>
    <message>
        <source>QuickBooks could not be reached. Check the internet connection and try again.</source>
        <translation>QuickBooks est injoignable. Vérifiez la connexion Internet et réessayez.</translation>
    </message>
    <message>
        <source>The sign-in failed: {message}</source>
        <translation>Échec de la connexion&#x202f;: {message}</translation>
    </message>
    <message>
        <source>Keep the sign-in in a file?</source>
        <translation>Garder la connexion dans un fichier&#x202f;?</translation>
    </message>
    <message>
        <source>This computer has no password store (on Linux: GNOME Keyring or KWallet), so qbdesk cannot keep your QuickBooks sign-in encrypted. It can keep it in a file only you can read:
{path}
Anyone who can read your files (an administrator, a backup) could use it. Keep the sign-in in this file?</source>
        <translation>Cet ordinateur n&apos;a pas de coffre de mots de passe du système (sous Linux&#x202f;: GNOME Keyring ou KWallet)&#x202f;: qbdesk ne peut donc pas garder votre connexion QuickBooks chiffrée. Il peut la garder dans un fichier que vous seul pouvez lire&#x202f;:
{path}
Toute personne qui peut lire vos fichiers (un administrateur, une sauvegarde) pourrait l&apos;utiliser. Garder la connexion dans ce fichier&#x202f;?</translation>
    </message>
    <message>
        <source>Keep it in the file</source>
        <translation>Le garder dans le fichier</translation>
    </message>
    <message>
        <source>Nothing was stored. To keep the sign-in encrypted, install and unlock a password store (GNOME Keyring or KWallet), then connect again.</source>
        <translation>Rien n&apos;a été enregistré. Pour garder la connexion chiffrée, installez et déverrouillez un coffre de mots de passe du système (GNOME Keyring ou KWallet), puis reconnectez-vous.</translation>
    </message>
    <message numerus="yes">
        <source>%n other company file(s) on this computer use this QuickBooks connection. Disconnecting revokes it for them too.</source>
        <translation>
            <numerusform>%n autre fichier d&apos;entreprise sur cet ordinateur utilise cette connexion QuickBooks. Se déconnecter la révoque aussi pour lui.</numerusform>
            <numerusform>%n autres fichiers d&apos;entreprise sur cet ordinateur utilisent cette connexion QuickBooks. Se déconnecter la révoque aussi pour eux.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disconnect all</source>
        <translation>Tout déconnecter</translation>
    </message>
    <message>
        <source>Only this company file</source>
        <translation>Seulement ce fichier d&apos;entreprise</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Déconnexion…</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>Connect to QuickBooks Online</source>
        <translation>Se connecter à QuickBooks Online</translation>
    </message>
    <message>
        <source>The sync needs access to your QuickBooks company.</source>
        <translation>La synchronisation a besoin d&apos;accéder à votre entreprise QuickBooks.</translation>
    </message>
    <message>
        <source>Sign in to QuickBooks and choose the company to keep in sync with this company file. You can come back to this wizard afterwards; nothing is sent before the last step.</source>
        <translation>Connectez-vous à QuickBooks et choisissez l&apos;entreprise à synchroniser avec ce fichier d&apos;entreprise. Vous pourrez revenir à cet assistant ensuite&#x202f;; rien n&apos;est envoyé avant la dernière étape.</translation>
    </message>
    <message>
        <source>Connected to {company}. Click Next.</source>
        <translation>Connecté à {company}. Cliquez sur Suivant.</translation>
    </message>
    <message>
        <source>Not connected yet.</source>
        <translation>Pas encore connecté.</translation>
    </message>
</context>
<context>
    <name>ConnectToQuickBooksButton</name>
    <message>
        <source>Connect to QuickBooks</source>
        <translation>Se connecter à QuickBooks</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>QuickBooks Online</source>
        <translation>QuickBooks Online</translation>
    </message>
    <message>
        <source>Intuit sandbox (development keys)</source>
        <translation>Bac à sable Intuit (clés de développement)</translation>
    </message>
    <message>
        <source>Practice company (qbdesk sandbox)</source>
        <translation>Entreprise d&apos;essai (bac à sable qbdesk)</translation>
    </message>
    <message>
        <source>QuickBooks Online (through another server)</source>
        <translation>QuickBooks Online (par un autre serveur)</translation>
    </message>
</context>
<context>
    <name>ConnectionPanel</name>
    <message>
        <source>QuickBooks company</source>
        <translation>Entreprise QuickBooks</translation>
    </message>
    <message>
        <source>Company ID (realm)</source>
        <translation>ID de l&apos;entreprise (realm)</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Access token expires</source>
        <translation>Expiration du jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Refresh token expires</source>
        <translation>Expiration du jeton d&apos;actualisation</translation>
    </message>
    <message>
        <source>Sign-in valid until</source>
        <translation>Connexion valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Last successful call</source>
        <translation>Dernier appel réussi</translation>
    </message>
    <message>
        <source>Requests this minute</source>
        <translation>Requêtes dans la minute</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Vérifier maintenant</translation>
    </message>
    <message>
        <source>Ask QuickBooks now whether the connection works</source>
        <translation>Demander maintenant à QuickBooks si la connexion fonctionne</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Vérification de la connexion…</translation>
    </message>
    <message>
        <source>QuickBooks could not be reached: {message}</source>
        <translation>Impossible de joindre QuickBooks&#x202f;: {message}</translation>
    </message>
    <message>
        <source>Not connected to QuickBooks Online.</source>
        <translation>Non connecté à QuickBooks Online.</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Nouvelle connexion nécessaire</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>none since qbdesk started</source>
        <translation>aucun depuis le démarrage de qbdesk</translation>
    </message>
    <message>
        <source>{used} of 500</source>
        <translation>{used} sur 500</translation>
    </message>
    <message numerus="yes">
        <source>QuickBooks ends every sign-in after five years: this one ends in %n day(s). Reconnect before then to keep syncing.</source>
        <translation>
            <numerusform>QuickBooks met fin à chaque connexion au bout de cinq ans&#x202f;: celle-ci prend fin dans %n jour. Reconnectez-vous d&apos;ici là pour continuer à synchroniser.</numerusform>
            <numerusform>QuickBooks met fin à chaque connexion au bout de cinq ans&#x202f;: celle-ci prend fin dans %n jours. Reconnectez-vous d&apos;ici là pour continuer à synchroniser.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>dans %n minute</numerusform>
            <numerusform>dans %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>dans %n heure</numerusform>
            <numerusform>dans %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>{when} (just now)</source>
        <translation>{when} (à l&apos;instant)</translation>
    </message>
</context>
<context>
    <name>CountsModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Click to see the records and the fields that change</source>
        <translation>Cliquez pour voir les enregistrements et les champs qui changent</translation>
    </message>
    <message>
        <source>Click to see the records and why</source>
        <translation>Cliquez pour voir les enregistrements et la raison</translation>
    </message>
    <message>
        <source>QuickBooks {qbo}, here {here}</source>
        <translation>QuickBooks {qbo}, ici {here}</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Records in QuickBooks (upper bar) and here (lower bar), on one scale</source>
        <translation>Enregistrements dans QuickBooks (barre du haut) et ici (barre du bas), sur une même échelle</translation>
    </message>
</context>
<context>
    <name>CountsPanel</name>
    <message>
        <source>Records found and what the sync will do</source>
        <translation>Enregistrements trouvés et ce que fera la synchronisation</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>Comptage</translation>
    </message>
    <message>
        <source>No counts yet.</source>
        <translation>Le nombre d&apos;enregistrements n&apos;a pas encore été calculé.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) to create, update or remove.</source>
        <translation>
            <numerusform>%Ln enregistrement à créer, mettre à jour ou retirer.</numerusform>
            <numerusform>%Ln enregistrements à créer, mettre à jour ou retirer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed on both sides: you decide.</source>
        <translation>
            <numerusform>%Ln modifié des deux côtés&#x202f;: à vous de décider.</numerusform>
            <numerusform>%Ln modifiés des deux côtés&#x202f;: à vous de décider.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting for your approval.</source>
        <translation>
            <numerusform>%Ln en attente de votre approbation.</numerusform>
            <numerusform>%Ln en attente de votre approbation.</numerusform>
        </translation>
    </message>
    <message>
        <source>As of {time}:</source>
        <translation>À {time}&#x202f;:</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
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
        <translation>Non importée, car la ligne {other_row} de la même facture comporte une erreur</translation>
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
    <message>
        <source>A row has a debit or a credit, not both</source>
        <translation>Une ligne a un débit ou un crédit, pas les deux</translation>
    </message>
    <message>
        <source>Give the account&apos;s balance as a debit or a credit</source>
        <translation>Indiquez le solde du compte au débit ou au crédit</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; differs from the date on row {first_row}: a trial balance is as of one date</source>
        <translation>« {value} » diffère de la date de la ligne {first_row}&#x202f;: une balance de vérification est établie à une seule date</translation>
    </message>
    <message>
        <source>&apos;{account}&apos; is a receivables account: name the customer it is owed by</source>
        <translation>« {account} » est un compte clients&#x202f;: indiquez le client qui doit ce montant</translation>
    </message>
    <message>
        <source>&apos;{account}&apos; is a payables account: name the vendor it is owed to</source>
        <translation>« {account} » est un compte fournisseurs&#x202f;: indiquez le fournisseur à qui ce montant est dû</translation>
    </message>
    <message>
        <source>No vendor named &apos;{name}&apos;</source>
        <translation>Aucun fournisseur nommé « {name} »</translation>
    </message>
    <message>
        <source>The debits ({debits}) and the credits ({credits}) are not equal: a trial balance must balance</source>
        <translation>Les débits ({debits}) et les crédits ({credits}) ne sont pas égaux&#x202f;: une balance de vérification doit être équilibrée</translation>
    </message>
    <message>
        <source>Starts like a spreadsheet formula ({start}): kept as text, exactly as written; check that it is what you meant</source>
        <translation>Commence comme une formule de tableur ({start})&#x202f;: gardé comme texte, tel quel&#x202f;; vérifiez que c&apos;est bien ce que vous vouliez</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import CSV</source>
        <translation>Importer un fichier CSV</translation>
    </message>
    <message>
        <source>Bring customers, vendors, products and services, invoices, payments or a trial balance (the opening balances of a migration) in from a spreadsheet saved as CSV. The whole file is checked first; nothing is written unless you say so.</source>
        <translation>Importez des clients, des fournisseurs, des produits et services, des factures, des paiements ou une balance de vérification (les soldes d&apos;ouverture d&apos;une migration) depuis un tableur enregistré en CSV. Tout le fichier est vérifié d&apos;abord&#x202f;; rien n&apos;est écrit sans votre accord.</translation>
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
            <numerusform>%Ln ligne importée&#x202f;; les lignes ci-dessous n&apos;ont pas été importées.</numerusform>
            <numerusform>%Ln lignes importées&#x202f;; les lignes ci-dessous n&apos;ont pas été importées.</numerusform>
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
    <message numerus="yes">
        <source>%n cell(s) start like a spreadsheet formula: they are kept as text, exactly as written. Check them below.</source>
        <translation>
            <numerusform>%n cellule commence comme une formule de tableur&#x202f;: elle est gardée comme texte, telle quelle. Vérifiez-la ci-dessous.</numerusform>
            <numerusform>%n cellules commencent comme une formule de tableur&#x202f;: elles sont gardées comme texte, telles quelles. Vérifiez-les ci-dessous.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Match with a QuickBooks customer</source>
        <translation>Associer à un client QuickBooks</translation>
    </message>
    <message>
        <source>Which QuickBooks customer is “{record}”? Type a few letters of its name and pick it: the two are linked, and its invoices and payments go to that customer.</source>
        <translation>Quel client QuickBooks correspond à «&#x202f;{record}&#x202f;»&#x202f;? Tapez quelques lettres de son nom et choisissez-le&#x202f;: les deux sont associés, et ses factures et paiements vont à ce client.</translation>
    </message>
    <message>
        <source>Search QuickBooks customers</source>
        <translation>Rechercher des clients QuickBooks</translation>
    </message>
    <message>
        <source>QuickBooks customers</source>
        <translation>Clients QuickBooks</translation>
    </message>
    <message>
        <source>Link to this customer</source>
        <translation>Associer à ce client</translation>
    </message>
    <message>
        <source>Searching QuickBooks…</source>
        <translation>Recherche dans QuickBooks…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found in QuickBooks.</source>
        <translation>
            <numerusform>%n client trouvé dans QuickBooks.</numerusform>
            <numerusform>%n clients trouvés dans QuickBooks.</numerusform>
        </translation>
    </message>
    <message>
        <source>No QuickBooks customer has a name like that. Try fewer letters, or create the customer in QuickBooks instead.</source>
        <translation>Aucun client QuickBooks ne porte un nom de ce type. Essayez avec moins de lettres, ou créez plutôt le client dans QuickBooks.</translation>
    </message>
    <message>
        <source>QuickBooks could not be searched: {message}</source>
        <translation>Impossible de rechercher dans QuickBooks&#x202f;: {message}</translation>
    </message>
</context>
<context>
    <name>DatePage</name>
    <message>
        <source>Which records</source>
        <translation>Quels enregistrements</translation>
    </message>
    <message>
        <source>Sync everything, or only recent customers, invoices and payments.</source>
        <translation>Tout synchroniser, ou seulement les clients, factures et paiements récents.</translation>
    </message>
    <message>
        <source>Synchronize all records found</source>
        <translation>Synchroniser tous les enregistrements trouvés</translation>
    </message>
    <message>
        <source>Synchronize records from this date on:</source>
        <translation>Synchroniser les enregistrements à partir de cette date&#x202f;:</translation>
    </message>
    <message>
        <source>First day to synchronize</source>
        <translation>Premier jour à synchroniser</translation>
    </message>
    <message>
        <source>&lt;p&gt;The date only affects &lt;b&gt;customers, invoices and payments&lt;/b&gt;: only those created on or after it are synchronized.&lt;/p&gt;&lt;p&gt;Products and services, categories, payment methods, terms and taxes are always synchronized, whatever the date.&lt;/p&gt;&lt;p&gt;A customer created before the date is synchronized anyway when an invoice or payment from the date on uses it — no invoice is ever left without its customer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La date ne concerne que les &lt;b&gt;clients, factures et paiements&lt;/b&gt;&#x202f;: seuls ceux créés à cette date ou après sont synchronisés.&lt;/p&gt;&lt;p&gt;Les produits et services, catégories, modes de paiement, conditions de paiement et taxes sont toujours synchronisés, quelle que soit la date.&lt;/p&gt;&lt;p&gt;Un client créé avant cette date est tout de même synchronisé si une facture ou un paiement postérieur l&apos;utilise&#x202f;: aucune facture ne reste sans son client.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Left out by the date (or a payment method): {figures}.</source>
        <translation>Exclus par la date (ou un mode de paiement)&#x202f;: {figures}.</translation>
    </message>
</context>
<context>
    <name>DesktopDialog</name>
    <message>
        <source>QuickBooks Desktop</source>
        <translation>QuickBooks Desktop</translation>
    </message>
    <message>
        <source>QuickBooks Desktop syncs through Intuit&apos;s QuickBooks Web Connector, on the computer where QuickBooks runs: start the service here, add the .qwc file to the Web Connector, and each of its updates syncs this company file.</source>
        <translation>QuickBooks Desktop se synchronise par le QuickBooks Web Connector d&apos;Intuit, sur l&apos;ordinateur où QuickBooks fonctionne&#x202f;: démarrez le service ici, ajoutez le fichier .qwc au Web Connector, et chacune de ses mises à jour synchronise ce fichier d&apos;entreprise.</translation>
    </message>
    <message>
        <source>Save the .qwc file…</source>
        <translation>Enregistrer le fichier .qwc…</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Service&#x202f;:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port&#x202f;:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d&apos;utilisateur&#x202f;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#x202f;:</translation>
    </message>
    <message>
        <source>Web Connector file:</source>
        <translation>Fichier du Web Connector&#x202f;:</translation>
    </message>
    <message>
        <source>Last update:</source>
        <translation>Dernière mise à jour&#x202f;:</translation>
    </message>
    <message>
        <source>Next update:</source>
        <translation>Prochaine mise à jour&#x202f;:</translation>
    </message>
    <message>
        <source>Running at {url} as long as this window stays open.</source>
        <translation>En marche à l&apos;adresse {url} tant que cette fenêtre reste ouverte.</translation>
    </message>
    <message>
        <source>Stop the service</source>
        <translation>Arrêter le service</translation>
    </message>
    <message>
        <source>Not running. Set a password first: the Web Connector signs in with it.</source>
        <translation>Arrêté. Choisissez d&apos;abord un mot de passe&#x202f;: le Web Connector se connecte avec.</translation>
    </message>
    <message>
        <source>Start the service</source>
        <translation>Démarrer le service</translation>
    </message>
    <message>
        <source>Not running: the Web Connector cannot sync this company file.</source>
        <translation>Arrêté&#x202f;: le Web Connector ne peut pas synchroniser ce fichier d&apos;entreprise.</translation>
    </message>
    <message>
        <source>Change the password…</source>
        <translation>Changer le mot de passe…</translation>
    </message>
    <message>
        <source>Set a password…</source>
        <translation>Choisir un mot de passe…</translation>
    </message>
    <message>
        <source>The Web Connector has not called yet.</source>
        <translation>Le Web Connector n&apos;a pas encore appelé.</translation>
    </message>
    <message>
        <source>syncing now…</source>
        <translation>synchronisation en cours…</translation>
    </message>
    <message>
        <source>the sign-in was refused: the password typed in the Web Connector is not the one set here.</source>
        <translation>la connexion a été refusée&#x202f;: le mot de passe saisi dans le Web Connector n&apos;est pas celui choisi ici.</translation>
    </message>
    <message>
        <source>synced — sent to QuickBooks Desktop: {sent} · received here: {received} · updated: {updated} · problems: {problems}</source>
        <translation>synchronisé — envoyés à QuickBooks Desktop&#x202f;: {sent} · reçus ici&#x202f;: {received} · mis à jour&#x202f;: {updated} · problèmes&#x202f;: {problems}</translation>
    </message>
    <message>
        <source>the sync did not finish; the next update continues it.</source>
        <translation>la synchronisation ne s&apos;est pas terminée&#x202f;; la prochaine mise à jour la poursuit.</translation>
    </message>
    <message>
        <source>{when} — {what}</source>
        <translation>{when} — {what}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here</source>
        <translation>
            <numerusform>%n modification faite ici</numerusform>
            <numerusform>%n modifications faites ici</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a background task for Windows…</source>
        <translation>Enregistrer une tâche de fond pour Windows…</translation>
    </message>
    <message>
        <source>A Task Scheduler task that starts the service at every log on and restarts it if it stops, so the Web Connector finds it even when qbdesk is closed.</source>
        <translation>Une tâche du Planificateur de tâches qui démarre le service à chaque ouverture de session et le redémarre s&apos;il s&apos;arrête&#x202f;: le Web Connector le trouve même quand qbdesk est fermé.</translation>
    </message>
    <message>
        <source>Without the window:</source>
        <translation>Sans la fenêtre&#x202f;:</translation>
    </message>
    <message>
        <source>This company file is connected to QuickBooks Online, and a company file syncs with one QuickBooks. To move a Desktop company to Online, sync it in its own company file, then make the Online copy (docs/desktop.md).</source>
        <translation>Ce fichier d&apos;entreprise est connecté à QuickBooks Online, et un fichier d&apos;entreprise se synchronise avec un seul QuickBooks. Pour passer une entreprise de Desktop à Online, synchronisez-la dans son propre fichier d&apos;entreprise, puis faites-en la copie pour Online (docs/desktop.md).</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) from the problem list or approvals</source>
        <translation>
            <numerusform>%n demande de la liste des problèmes ou des approbations</numerusform>
            <numerusform>%n demandes de la liste des problèmes ou des approbations</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting: {parts}.</source>
        <translation>En attente&#x202f;: {parts}.</translation>
    </message>
    <message numerus="yes">
        <source>%n more wait(s) on a problem.</source>
        <translation>
            <numerusform>%n autre attend la résolution d&apos;un problème.</numerusform>
            <numerusform>%n autres attendent la résolution d&apos;un problème.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait for your approval first.</source>
        <translation>
            <numerusform>%n modification attend d&apos;abord votre approbation.</numerusform>
            <numerusform>%n modifications attendent d&apos;abord votre approbation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Port {port} is in use ({reason}): choose another port and start again.</source>
        <translation>Le port {port} est déjà utilisé ({reason})&#x202f;: choisissez un autre port et redémarrez.</translation>
    </message>
    <message>
        <source>Web Connector password</source>
        <translation>Mot de passe du Web Connector</translation>
    </message>
    <message>
        <source>The password the Web Connector signs in with (at least {n} characters). Type the same one in the Web Connector&apos;s Password column.</source>
        <translation>Le mot de passe avec lequel le Web Connector se connecte (au moins {n} caractères). Saisissez le même dans la colonne Password du Web Connector.</translation>
    </message>
    <message>
        <source>That password is too short: use at least {n} characters.</source>
        <translation>Ce mot de passe est trop court&#x202f;: utilisez au moins {n} caractères.</translation>
    </message>
    <message>
        <source>The password store could not keep the password ({reason}).</source>
        <translation>Le coffre de mots de passe du système n&apos;a pas pu conserver le mot de passe ({reason}).</translation>
    </message>
    <message>
        <source>This company</source>
        <translation>Cette entreprise</translation>
    </message>
    <message>
        <source>Save the .qwc file</source>
        <translation>Enregistrer le fichier .qwc</translation>
    </message>
    <message>
        <source>Web Connector files (*.qwc)</source>
        <translation>Fichiers du Web Connector (*.qwc)</translation>
    </message>
    <message>
        <source>The file could not be saved ({reason}).</source>
        <translation>Le fichier n&apos;a pas pu être enregistré ({reason}).</translation>
    </message>
    <message>
        <source>Saved {file}. In the Web Connector, click Add an application and choose it.</source>
        <translation>{file} enregistré. Dans le Web Connector, cliquez sur Add an application et choisissez-le.</translation>
    </message>
    <message>
        <source>Save the background task</source>
        <translation>Enregistrer la tâche de fond</translation>
    </message>
    <message>
        <source>Task Scheduler files (*.xml)</source>
        <translation>Fichiers du Planificateur de tâches (*.xml)</translation>
    </message>
    <message>
        <source>Saved {file}. On this PC, open Task Scheduler, choose Import Task… and pick it (or run schtasks /Create /XML with it); close the service here first, as the task runs it on port {port}.</source>
        <translation>{file} est enregistré. Sur ce PC, ouvrez le Planificateur de tâches, choisissez Importer une tâche… et sélectionnez-le (ou lancez schtasks /Create /XML avec ce fichier)&#x202f;; arrêtez d&apos;abord le service ici, car la tâche le lance sur le port {port}.</translation>
    </message>
</context>
<context>
    <name>EffectLine</name>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
</context>
<context>
    <name>ElsewherePage</name>
    <message>
        <source>The sync host&apos;s progress</source>
        <translation>Progression du poste de synchronisation</translation>
    </message>
    <message>
        <source>Take over as sync host…</source>
        <translation>Devenir le poste de synchronisation…</translation>
    </message>
    <message>
        <source>Sync this company from this computer (you sign in to QuickBooks here)</source>
        <translation>Synchroniser cette entreprise depuis cet ordinateur (vous vous connectez à QuickBooks ici)</translation>
    </message>
    <message>
        <source>Withdraw my waiting requests</source>
        <translation>Retirer mes demandes en attente</translation>
    </message>
    <message>
        <source>The sync host will not carry them out; what you did here stays as it is</source>
        <translation>Le poste de synchronisation ne les traitera pas&#x202f;; ce que vous avez fait ici reste tel quel</translation>
    </message>
    <message>
        <source>{computer} syncs this company with QuickBooks</source>
        <translation>{computer} synchronise cette entreprise avec QuickBooks</translation>
    </message>
    <message>
        <source>{computer} is the sync host: it keeps the connection to QuickBooks Online and syncs for everyone. Problems you resolve and changes you approve here are sent to it and carried out at its next sync.</source>
        <translation>{computer} est le poste de synchronisation&#x202f;: il conserve la connexion à QuickBooks Online et synchronise pour tous. Les problèmes que vous résolvez et les modifications que vous approuvez ici lui sont envoyés et traités à sa prochaine synchronisation.</translation>
    </message>
    <message>
        <source>QuickBooks no longer accepts {computer}&apos;s sign-in: nothing syncs until someone reconnects there (QuickBooks → Connection…), or takes over as sync host here.</source>
        <translation>QuickBooks n&apos;accepte plus la connexion de {computer}&#x202f;: plus rien n&apos;est synchronisé tant que quelqu&apos;un ne s&apos;y reconnecte pas (QuickBooks → Connexion…) ou que cet ordinateur ne devient pas le poste de synchronisation.</translation>
    </message>
    <message>
        <source>Syncing now on {computer}, since {time}.</source>
        <translation>Synchronisation en cours sur {computer}, depuis {time}.</translation>
    </message>
    <message>
        <source>{done} of {total} records sent or received.</source>
        <translation>{done} enregistrements sur {total} envoyés ou reçus.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting for the sync host.</source>
        <translation>
            <numerusform>%n demande en attente du poste de synchronisation.</numerusform>
            <numerusform>%n demandes en attente du poste de synchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your latest requests:</source>
        <translation>Vos dernières demandes&#x202f;:</translation>
    </message>
</context>
<context>
    <name>EndpointQuestion</name>
    <message>
        <source>Where should this company file sync?</source>
        <translation>Avec quoi ce fichier d&apos;entreprise doit-il se synchroniser&#x202f;?</translation>
    </message>
    <message>
        <source>This company file asks qbdesk to send your QuickBooks sign-in to {asked}, but the sign-in was issued for {bound}. qbdesk has sent nothing. If you did not change this yourself, the file may have been tampered with.</source>
        <translation>Ce fichier d&apos;entreprise demande à qbdesk d&apos;envoyer votre connexion QuickBooks à {asked}, mais la connexion a été délivrée pour {bound}. qbdesk n&apos;a rien envoyé. Si vous n&apos;avez pas fait ce changement vous-même, le fichier a peut-être été falsifié.</translation>
    </message>
    <message>
        <source>Use the addresses the sign-in was issued for, or keep this file disconnected and connect it again later.</source>
        <translation>Utilisez les adresses pour lesquelles la connexion a été délivrée, ou laissez ce fichier déconnecté et connectez-le à nouveau plus tard.</translation>
    </message>
    <message>
        <source>Use the sign-in&apos;s addresses</source>
        <translation>Utiliser les adresses de la connexion</translation>
    </message>
    <message>
        <source>Keep it disconnected</source>
        <translation>Le laisser déconnecté</translation>
    </message>
    <message>
        <source>This company file is not connected</source>
        <translation>Ce fichier d&apos;entreprise n&apos;est pas connecté</translation>
    </message>
    <message>
        <source>This company file asks qbdesk to reach QuickBooks at {host} over plain HTTP. qbdesk never sends a QuickBooks sign-in unencrypted to another computer, so nothing was sent. Connect the file again to choose where it syncs.</source>
        <translation>Ce fichier d&apos;entreprise demande à qbdesk de joindre QuickBooks à {host} en HTTP non chiffré. qbdesk n&apos;envoie jamais une connexion QuickBooks sans chiffrement à un autre ordinateur&#x202f;: rien n&apos;a été envoyé. Connectez à nouveau le fichier pour choisir avec quoi il se synchronise.</translation>
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
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
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
            <numerusform>%n autre erreur s&apos;est produite depuis&#x202f;; elle figure dans le journal de l&apos;application.</numerusform>
            <numerusform>%n autres erreurs se sont produites depuis&#x202f;; elles figurent dans le journal de l&apos;application.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>Masquer les &amp;détails</translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <source>Another program is using this company file.</source>
        <translation>Un autre programme utilise ce fichier d&apos;entreprise.</translation>
    </message>
    <message>
        <source>qbdesk on another computer, a qbdesk command or a backup program may be writing to it. Wait a moment and try again; if it goes on, close the other program.</source>
        <translation>qbdesk sur un autre ordinateur, une commande qbdesk ou un programme de sauvegarde y écrit peut-être. Patientez un instant et réessayez&#x202f;; si cela continue, fermez l&apos;autre programme.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Le disque est plein.</translation>
    </message>
    <message>
        <source>Free some space on the disk that holds the company file, then try again. Nothing was lost: what could not be written was not saved.</source>
        <translation>Libérez de la place sur le disque qui contient le fichier d&apos;entreprise, puis réessayez. Rien n&apos;est perdu&#x202f;: ce qui n&apos;a pas pu être écrit n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>qbdesk may not read or write a file it needs.</source>
        <translation>qbdesk n&apos;a pas le droit de lire ou d&apos;écrire un fichier dont il a besoin.</translation>
    </message>
    <message>
        <source>Check that the folder is yours and not read-only (Details names the file), or save the company file in your Documents folder.</source>
        <translation>Vérifiez que le dossier vous appartient et n&apos;est pas en lecture seule (Détails indique le fichier), ou enregistrez le fichier d&apos;entreprise dans votre dossier Documents.</translation>
    </message>
    <message>
        <source>The company file could not be read or written.</source>
        <translation>Le fichier d&apos;entreprise n&apos;a pas pu être lu ou écrit.</translation>
    </message>
    <message>
        <source>The disk or the network drive may have a problem. Close qbdesk, copy the company file somewhere safe, then open the copy.</source>
        <translation>Le disque ou le lecteur réseau a peut-être un problème. Fermez qbdesk, copiez le fichier d&apos;entreprise en lieu sûr, puis ouvrez la copie.</translation>
    </message>
    <message>
        <source>A server did not answer.</source>
        <translation>Un serveur n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>Check the internet connection (or the office network), then try again. Nothing is lost: a sync goes on where it stopped.</source>
        <translation>Vérifiez la connexion Internet (ou le réseau du bureau), puis réessayez. Rien n&apos;est perdu&#x202f;: une synchronisation reprend là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>The computer ran out of memory.</source>
        <translation>L&apos;ordinateur n&apos;a plus assez de mémoire.</translation>
    </message>
    <message>
        <source>Close other programs, then try again.</source>
        <translation>Fermez d&apos;autres programmes, puis réessayez.</translation>
    </message>
    <message>
        <source>qbdesk ran into an unexpected problem.</source>
        <translation>qbdesk a rencontré un problème inattendu.</translation>
    </message>
    <message>
        <source>What you were doing may not have finished. You can keep working and try again; if it happens again, copy the details for support.</source>
        <translation>Ce que vous faisiez n&apos;est peut-être pas terminé. Vous pouvez continuer à travailler et réessayer&#x202f;; si cela se reproduit, copiez les détails pour l&apos;assistance.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
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
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
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
        <source>Number</source>
        <translation>Numéro</translation>
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
        <source>Message to the customer</source>
        <translation>Message au client</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Note interne</translation>
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
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Ref no.</source>
        <translation>N° de réf.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
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
        <source>Account number</source>
        <translation>Numéro de compte</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Compte bancaire</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Carte de crédit</translation>
    </message>
    <message>
        <source>P.O. no.</source>
        <translation>N° de bon de commande</translation>
    </message>
    <message>
        <source>Message to vendor</source>
        <translation>Message au fournisseur</translation>
    </message>
    <message>
        <source>Transfer funds from</source>
        <translation>Virer les fonds de</translation>
    </message>
    <message>
        <source>Transfer funds to</source>
        <translation>Virer les fonds vers</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Mémo</translation>
    </message>
    <message>
        <source>Journal no.</source>
        <translation>N° d&apos;écriture</translation>
    </message>
    <message>
        <source>Adjusting entry</source>
        <translation>Écriture de régularisation</translation>
    </message>
    <message>
        <source>State / province</source>
        <translation>Région / province</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Sub-account of</source>
        <translation>Sous-compte de</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
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
        <source>Discount (%)</source>
        <translation>Escompte (%)</translation>
    </message>
    <message>
        <source>Discount if paid within (days)</source>
        <translation>Délai d&apos;escompte (jours)</translation>
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
        <source>Taxable</source>
        <translation>Taxable</translation>
    </message>
    <message>
        <source>Income account</source>
        <translation>Compte de revenus</translation>
    </message>
    <message>
        <source>Purchase description</source>
        <translation>Description (achats)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Expense account</source>
        <translation>Compte de charges</translation>
    </message>
    <message>
        <source>Inventory asset account</source>
        <translation>Compte d&apos;actif de stock</translation>
    </message>
    <message>
        <source>Quantity on hand</source>
        <translation>Quantité en stock</translation>
    </message>
    <message>
        <source>Quantity as of</source>
        <translation>Quantité à la date du</translation>
    </message>
    <message>
        <source>Sub-class of</source>
        <translation>Sous-classe de</translation>
    </message>
    <message>
        <source>Sub-location of</source>
        <translation>Sous-emplacement de</translation>
    </message>
    <message>
        <source>Sub-customer of</source>
        <translation>Sous-client de</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>Date d&apos;expiration</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Payment account</source>
        <translation>Compte de paiement</translation>
    </message>
    <message>
        <source>Billing e-mail</source>
        <translation>E-mail de facturation</translation>
    </message>
    <message>
        <source>Refund from</source>
        <translation>Remboursé depuis</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Deposit to</source>
        <translation>Déposé sur</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Numéro de référence</translation>
    </message>
    <message>
        <source>Applied to</source>
        <translation>Affecté à</translation>
    </message>
    <message>
        <source>Payment type</source>
        <translation>Type de paiement</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Accounts payable account</source>
        <translation>Compte fournisseurs</translation>
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
    <name>FirstSyncWizard</name>
    <message>
        <source>First sync with QuickBooks Online</source>
        <translation>Première synchronisation avec QuickBooks Online</translation>
    </message>
    <message>
        <source>Start sync: write to QuickBooks</source>
        <translation>Lancer la synchronisation&#x202f;: écrire dans QuickBooks</translation>
    </message>
    <message>
        <source>The counts could not be made: {message}</source>
        <translation>Impossible d&apos;établir le nombre d&apos;enregistrements&#x202f;: {message}</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Welcome to qbdesk</source>
        <translation>Bienvenue dans qbdesk</translation>
    </message>
    <message>
        <source>Keep your records in two-way sync with QuickBooks Online.</source>
        <translation>Gardez vos enregistrements synchronisés dans les deux sens avec QuickBooks Online.</translation>
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
        <source>Last sync: {when}</source>
        <translation>Dernière synchronisation&#x202f;: {when}</translation>
    </message>
    <message>
        <source>Next automatic sync: {when}</source>
        <translation>Prochaine synchronisation automatique&#x202f;: {when}</translation>
    </message>
    <message>
        <source>No automatic sync (Sync settings)</source>
        <translation>Pas de synchronisation automatique (Paramètres de synchronisation)</translation>
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
    <name>Legend</name>
    <message>
        <source>QuickBooks (upper bar)</source>
        <translation>QuickBooks (barre du haut)</translation>
    </message>
    <message>
        <source>Here (lower bar)</source>
        <translation>Ici (barre du bas)</translation>
    </message>
    <message>
        <source>Only in QuickBooks → will be created here. Only here → will be created in QuickBooks. Linked: on both sides already, nothing is created.</source>
        <translation>Uniquement dans QuickBooks → sera créé ici. Uniquement ici → sera créé dans QuickBooks. Associés&#x202f;: déjà des deux côtés, rien n&apos;est créé.</translation>
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <source>Product or service</source>
        <translation>Produit ou service</translation>
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
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Category or product</source>
        <translation>Catégorie ou produit</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Line {line}: enter {what} such as {example}.</source>
        <translation>Ligne {line}&#x202f;: saisissez {what} comme {example}.</translation>
    </message>
    <message>
        <source>Total: {amount}</source>
        <translation>Total&#x202f;: {amount}</translation>
    </message>
    <message>
        <source>a quantity</source>
        <translation>une quantité</translation>
    </message>
    <message>
        <source>a rate</source>
        <translation>un prix unitaire</translation>
    </message>
    <message>
        <source>an amount</source>
        <translation>un montant</translation>
    </message>
    <message>
        <source>Line {line}: enter a rate.</source>
        <translation>Ligne {line}&#x202f;: saisissez un prix unitaire.</translation>
    </message>
    <message>
        <source>Line {line}: enter an amount.</source>
        <translation>Ligne {line}&#x202f;: saisissez un montant.</translation>
    </message>
    <message>
        <source>Line {line}: choose a category or a product.</source>
        <translation>Ligne {line}&#x202f;: choisissez une catégorie ou un produit.</translation>
    </message>
    <message>
        <source>Keep at least one line.</source>
        <translation>Gardez au moins une ligne.</translation>
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
        <source>Reconciliation</source>
        <translation>Rapprochement</translation>
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
        <translation>Les problèmes apparaissent ici après votre première synchronisation avec QuickBooks Online&#x202f;: le message de QuickBooks, ce qu&apos;il signifie et comment le corriger, avec Resynchroniser, Mettre de côté et Modifier pour chacun.</translation>
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
        <source>Open a company file connected to QuickBooks Online to compare the books on both sides: counts, open balances and monthly totals, with a verdict and the records behind each difference.</source>
        <translation>Ouvrez un fichier d&apos;entreprise connecté à QuickBooks Online pour comparer la comptabilité des deux côtés&#x202f;: nombres d&apos;enregistrements, soldes impayés et totaux mensuels, avec un verdict et les enregistrements derrière chaque écart.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>This computer is now the sync host. Sign in to QuickBooks to go on syncing.</source>
        <translation>Cet ordinateur est désormais le poste de synchronisation. Connectez-vous à QuickBooks pour continuer à synchroniser.</translation>
    </message>
    <message>
        <source>Take over as sync host</source>
        <translation>Devenir le poste de synchronisation</translation>
    </message>
    <message>
        <source>This computer could not become the sync host: {message}</source>
        <translation>Cet ordinateur n&apos;a pas pu devenir le poste de synchronisation&#x202f;: {message}</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) withdrawn.</source>
        <translation>
            <numerusform>%n demande retirée.</numerusform>
            <numerusform>%n demandes retirées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The requests could not be withdrawn: {message}</source>
        <translation>Impossible de retirer les demandes&#x202f;: {message}</translation>
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
        <source>Open &amp;shared company…</source>
        <translation>Ouvrir une entreprise &amp;partagée…</translation>
    </message>
    <message>
        <source>Open a company kept in a database on your office&apos;s server, shared by several computers</source>
        <translation>Ouvrir une entreprise conservée dans une base de données sur le serveur de votre bureau, partagée par plusieurs ordinateurs</translation>
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
        <source>&amp;QuickBooks</source>
        <translation>&amp;QuickBooks</translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation>&amp;Connexion…</translation>
    </message>
    <message>
        <source>&amp;First sync and settings…</source>
        <translation>&amp;Première synchronisation et paramètres…</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Synchroniser &amp;maintenant</translation>
    </message>
    <message>
        <source>&amp;Resume the interrupted sync</source>
        <translation>P&amp;oursuivre la synchronisation interrompue</translation>
    </message>
    <message>
        <source>C&amp;ancel the sync</source>
        <translation>&amp;Arrêter la synchronisation</translation>
    </message>
    <message>
        <source>&amp;Take over as sync host…</source>
        <translation>&amp;Devenir le poste de synchronisation…</translation>
    </message>
    <message>
        <source>Sync this company from this computer instead of the current sync host (you sign in to QuickBooks here)</source>
        <translation>Synchroniser cette entreprise depuis cet ordinateur au lieu du poste de synchronisation actuel (vous vous connectez à QuickBooks ici)</translation>
    </message>
    <message>
        <source>QuickBooks &amp;Desktop (Web Connector)…</source>
        <translation>QuickBooks &amp;Desktop (par le Web Connector)…</translation>
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
        <source>&amp;Sync settings…</source>
        <translation>Paramètres de &amp;synchronisation…</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>Fe&amp;nêtre</translation>
    </message>
    <message>
        <source>&amp;Minimize</source>
        <translation>Réd&amp;uire</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>&amp;Agrandir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
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
        <source>That file is not a company file (an empty file or a spreadsheet, for example), and it was left as it is. Open a company file, or make a new company; a spreadsheet is imported with Company › Import CSV.</source>
        <translation>Ce fichier n&apos;est pas un fichier d&apos;entreprise (un fichier vide ou un tableur, par exemple), et il a été laissé tel quel. Ouvrez un fichier d&apos;entreprise, ou créez une nouvelle entreprise&#x202f;; un tableur s&apos;importe avec Entreprise › Importer un fichier CSV.</translation>
    </message>
    <message>
        <source>This company file has a second name (a hard link), so two programs could change it without seeing each other and damage it. It was not opened: copy it to a file of its own and open the copy.</source>
        <translation>Ce fichier d&apos;entreprise porte un second nom (un lien physique)&#x202f;: deux programmes pourraient donc le modifier chacun sans voir l&apos;autre, et l&apos;endommager. Il n&apos;a pas été ouvert&#x202f;: copiez-le dans un fichier distinct et ouvrez la copie.</translation>
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
    <message>
        <source>Stopping the sync: it can be resumed next time…</source>
        <translation>Arrêt de la synchronisation&#x202f;: elle pourra être poursuivie la prochaine fois…</translation>
    </message>
</context>
<context>
    <name>MatchesPage</name>
    <message>
        <source>Possible matches</source>
        <translation>Correspondances possibles</translation>
    </message>
    <message>
        <source>Records that are probably the same on both sides, though they are written a little differently. Say which are the same record, so they are linked instead of created twice.</source>
        <translation>Des enregistrements probablement identiques des deux côtés, bien qu&apos;écrits un peu différemment. Indiquez lesquels sont le même enregistrement, pour qu&apos;ils soient associés au lieu d&apos;être créés deux fois.</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Type d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Ici</translation>
    </message>
    <message>
        <source>In QuickBooks</source>
        <translation>Dans QuickBooks</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <source>Looking for possible matches…</source>
        <translation>Recherche de correspondances possibles…</translation>
    </message>
    <message>
        <source>All: same record</source>
        <translation>Toutes&#x202f;: même enregistrement</translation>
    </message>
    <message>
        <source>All: different</source>
        <translation>Toutes&#x202f;: différents</translation>
    </message>
    <message>
        <source>&lt;b&gt;Same record&lt;/b&gt;: the two are linked; neither is created on the other side. &lt;b&gt;Different&lt;/b&gt;: each is created on the other side, and the pair is not proposed again. A pair you leave unanswered is created on both sides. Nothing is sent to QuickBooks before the last step.</source>
        <translation>&lt;b&gt;Même enregistrement&lt;/b&gt;&#x202f;: les deux sont associés&#x202f;; aucun n&apos;est créé de l&apos;autre côté. &lt;b&gt;Différents&lt;/b&gt;&#x202f;: chacun est créé de l&apos;autre côté, et la paire n&apos;est plus proposée. Une paire sans réponse est créée des deux côtés. Rien n&apos;est envoyé à QuickBooks avant la dernière étape.</translation>
    </message>
    <message>
        <source>With these answers: {linked} linked, {here} created here, {qbo} created in QuickBooks.</source>
        <translation>Avec ces réponses&#x202f;: {linked} associés, {here} créés ici, {qbo} créés dans QuickBooks.</translation>
    </message>
    <message>
        <source>No possible matches: every record found on both sides was matched by its name, or is clearly different. Click Next.</source>
        <translation>Aucune correspondance possible&#x202f;: chaque enregistrement présent des deux côtés a été associé par son nom, ou est clairement différent. Cliquez sur Suivant.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) answered</source>
        <translation>
            <numerusform>%n paire répondue</numerusform>
            <numerusform>%n paires répondues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to answer</source>
        <translation>
            <numerusform>%n à répondre</numerusform>
            <numerusform>%n à répondre</numerusform>
        </translation>
    </message>
    <message>
        <source>names {score}% alike</source>
        <translation>noms semblables à {score}&#x202f;%</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>même e-mail</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>même téléphone</translation>
    </message>
    <message>
        <source>same address</source>
        <translation>même adresse</translation>
    </message>
    <message>
        <source>Your answer could not be saved: {message}</source>
        <translation>Votre réponse n&apos;a pas pu être enregistrée&#x202f;: {message}</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>MethodsPage</name>
    <message>
        <source>Payment methods</source>
        <translation>Modes de paiement</translation>
    </message>
    <message>
        <source>Payments made with an unchecked method are neither imported nor exported.</source>
        <translation>Les paiements effectués avec un mode non coché ne sont ni importés ni exportés.</translation>
    </message>
    <message>
        <source>Loading the payment methods of both sides…</source>
        <translation>Chargement des modes de paiement des deux côtés…</translation>
    </message>
    <message>
        <source>Check all</source>
        <translation>Tout cocher</translation>
    </message>
    <message>
        <source>Uncheck all</source>
        <translation>Tout décocher</translation>
    </message>
    <message>
        <source>Uncheck a method when its payments should stay on their side: for example payments taken by an outside payment processor that already sends them to QuickBooks, so that they are not entered twice. Unchecked payments are counted as filtered.</source>
        <translation>Décochez un mode lorsque ses paiements doivent rester de leur côté&#x202f;: par exemple les paiements encaissés par un prestataire de paiement externe qui les envoie déjà à QuickBooks, pour éviter qu&apos;ils soient saisis deux fois. Les paiements non cochés sont comptés comme filtrés.</translation>
    </message>
    <message>
        <source>QuickBooks and here</source>
        <translation>QuickBooks et ici</translation>
    </message>
    <message>
        <source>QuickBooks only</source>
        <translation>QuickBooks uniquement</translation>
    </message>
    <message>
        <source>here only</source>
        <translation>ici uniquement</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) here</source>
        <translation>
            <numerusform>%n paiement ici</numerusform>
            <numerusform>%n paiements ici</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in QuickBooks</source>
        <translation>
            <numerusform>%n dans QuickBooks</numerusform>
            <numerusform>%n dans QuickBooks</numerusform>
        </translation>
    </message>
    <message>
        <source>Payments left out (by a method or the date): {count}.</source>
        <translation>Paiements exclus (par un mode ou par la date)&#x202f;: {count}.</translation>
    </message>
    <message>
        <source>Unchecked: {methods}.</source>
        <translation>Non cochés&#x202f;: {methods}.</translation>
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
    <name>NumbersPage</name>
    <message>
        <source>Invoice numbers</source>
        <translation>Numéros de facture</translation>
    </message>
    <message>
        <source>Who numbers the invoices, credit memos and refund receipts sent to QuickBooks.</source>
        <translation>Qui numérote les factures, avoirs et reçus de remboursement envoyés à QuickBooks.</translation>
    </message>
    <message>
        <source>Keep this company file&apos;s numbers</source>
        <translation>Garder les numéros de ce fichier d&apos;entreprise</translation>
    </message>
    <message>
        <source>Let QuickBooks number them (its numbers then come back here)</source>
        <translation>Laisser QuickBooks les numéroter (ses numéros reviennent ensuite ici)</translation>
    </message>
    <message>
        <source>Give them the next free numbers</source>
        <translation>Leur donner les prochains numéros libres</translation>
    </message>
    <message>
        <source>Each record whose number QuickBooks already uses gets the next number free here and in QuickBooks, here, before anything is sent.</source>
        <translation>Chaque enregistrement dont QuickBooks utilise déjà le numéro reçoit, ici et avant tout envoi, le prochain numéro libre ici et dans QuickBooks.</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>Recompter</translation>
    </message>
    <message>
        <source>Read QuickBooks again, after turning its custom transaction numbers on.</source>
        <translation>Relire QuickBooks, après y avoir activé les numéros de transaction personnalisés.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Keep this company file&apos;s numbers&lt;/b&gt; when invoices must keep the numbers customers know. QuickBooks keeps a number only when its &lt;b&gt;custom transaction numbers&lt;/b&gt; are on (in QuickBooks: Settings › Account and settings › Sales › Sales form content), and refuses a number it already uses: such records are blocked before anything is sent, and one click gives them the next free numbers.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Let QuickBooks number them&lt;/b&gt; when QuickBooks gives out the numbers: nothing can be used twice, and the numbers QuickBooks gives come back into this company file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Garder les numéros de ce fichier d&apos;entreprise&lt;/b&gt; quand les factures doivent garder les numéros que les clients connaissent. QuickBooks ne garde un numéro que si ses &lt;b&gt;numéros de transaction personnalisés&lt;/b&gt; sont activés (dans QuickBooks&#x202f;: Paramètres › Compte et paramètres › Ventes › Contenu du formulaire de vente), et refuse un numéro qu&apos;il utilise déjà&#x202f;: ces enregistrements sont bloqués avant tout envoi, et un clic leur donne les prochains numéros libres.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Laisser QuickBooks les numéroter&lt;/b&gt; quand c&apos;est QuickBooks qui attribue les numéros&#x202f;: aucun ne peut servir deux fois, et les numéros que QuickBooks attribue reviennent dans ce fichier d&apos;entreprise.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>In QuickBooks, custom transaction numbers are &lt;b&gt;on&lt;/b&gt;: QuickBooks keeps the numbers it is sent.</source>
        <translation>Dans QuickBooks, les numéros de transaction personnalisés sont &lt;b&gt;activés&lt;/b&gt;&#x202f;: QuickBooks garde les numéros qu&apos;on lui envoie.</translation>
    </message>
    <message>
        <source>In QuickBooks, custom transaction numbers are &lt;b&gt;off&lt;/b&gt;: QuickBooks numbers sales forms itself.</source>
        <translation>Dans QuickBooks, les numéros de transaction personnalisés sont &lt;b&gt;désactivés&lt;/b&gt;&#x202f;: QuickBooks numérote lui-même les formulaires de vente.</translation>
    </message>
    <message numerus="yes">
        <source>%n sales form(s) blocked: turn QuickBooks&apos; custom transaction numbers on, then click Count again — or let QuickBooks number them.</source>
        <translation>
            <numerusform>%n formulaire de vente bloqué&#x202f;: activez les numéros de transaction personnalisés de QuickBooks, puis cliquez sur Recompter — ou laissez QuickBooks le numéroter.</numerusform>
            <numerusform>%n formulaires de vente bloqués&#x202f;: activez les numéros de transaction personnalisés de QuickBooks, puis cliquez sur Recompter — ou laissez QuickBooks les numéroter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sales form(s) use a number QuickBooks already has and are blocked; the next free number is {number}.</source>
        <translation>
            <numerusform>%n formulaire de vente utilise un numéro que QuickBooks a déjà et est bloqué&#x202f;; le prochain numéro libre est {number}.</numerusform>
            <numerusform>%n formulaires de vente utilisent un numéro que QuickBooks a déjà et sont bloqués&#x202f;; le prochain numéro libre est {number}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sales form(s) keep their numbers.</source>
        <translation>
            <numerusform>%n formulaire de vente garde son numéro.</numerusform>
            <numerusform>%n formulaires de vente gardent leur numéro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sales form(s) will be numbered by QuickBooks; the numbers come back here.</source>
        <translation>
            <numerusform>%n formulaire de vente sera numéroté par QuickBooks&#x202f;; le numéro revient ici.</numerusform>
            <numerusform>%n formulaires de vente seront numérotés par QuickBooks&#x202f;; les numéros reviennent ici.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfficeDialogs</name>
    <message>
        <source>Make this computer the sync host of this company?</source>
        <translation>Faire de cet ordinateur le poste de synchronisation de cette entreprise&#x202f;?</translation>
    </message>
    <message>
        <source>It keeps the connection to QuickBooks and syncs; the other computers see its progress and send it what needs QuickBooks. You sign in to QuickBooks here next.</source>
        <translation>Il garde la connexion à QuickBooks et synchronise&#x202f;; les autres ordinateurs suivent sa progression et lui envoient ce qui nécessite QuickBooks. Vous vous connectez ensuite à QuickBooks sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Make this computer the sync host instead of {computer}?</source>
        <translation>Faire de cet ordinateur le poste de synchronisation à la place de {computer}&#x202f;?</translation>
    </message>
    <message>
        <source>{computer} stops syncing this company: it has been the sync host since {time}. You sign in to QuickBooks here next; the sign-in is never copied from one computer to another.</source>
        <translation>{computer} cessera de synchroniser cette entreprise&#x202f;: c&apos;est le poste de synchronisation depuis {time}. Vous vous connectez ensuite à QuickBooks sur cet ordinateur&#x202f;; la connexion n&apos;est jamais copiée d&apos;un ordinateur à l&apos;autre.</translation>
    </message>
    <message>
        <source>{computer} is syncing right now: that sync finishes first, then this computer takes over.</source>
        <translation>{computer} synchronise en ce moment&#x202f;: cette synchronisation se termine d&apos;abord, puis cet ordinateur prend le relais.</translation>
    </message>
    <message>
        <source>Requests waiting for the sync host are carried out by this computer from now on.</source>
        <translation>Les demandes en attente pour le poste de synchronisation seront désormais traitées par cet ordinateur.</translation>
    </message>
    <message>
        <source>Take over as sync host</source>
        <translation>Devenir le poste de synchronisation</translation>
    </message>
    <message>
        <source>Take over and sign in…</source>
        <translation>Devenir le poste et se connecter…</translation>
    </message>
</context>
<context>
    <name>OfficePanel</name>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>being carried out</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>Approve changes</source>
        <translation>Approuver les modifications</translation>
    </message>
    <message>
        <source>{action} — problem #{number}</source>
        <translation>{action} — problème n°&#x202f;{number}</translation>
    </message>
    <message>
        <source>{what} ({time}): {state}</source>
        <translation>{what} ({time})&#x202f;: {state}</translation>
    </message>
</context>
<context>
    <name>OneSidedPage</name>
    <message>
        <source>Records found on one side only</source>
        <translation>Enregistrements présents d&apos;un seul côté</translation>
    </message>
    <message>
        <source>A record that exists in QuickBooks but not here, or here but not in QuickBooks, can be created on the other side or ignored.</source>
        <translation>Un enregistrement présent dans QuickBooks mais pas ici, ou ici mais pas dans QuickBooks, peut être créé de l&apos;autre côté ou ignoré.</translation>
    </message>
    <message>
        <source>Create them here</source>
        <translation>Les créer ici</translation>
    </message>
    <message>
        <source>Ignore them</source>
        <translation>Les ignorer</translation>
    </message>
    <message>
        <source>Create them in QuickBooks</source>
        <translation>Les créer dans QuickBooks</translation>
    </message>
    <message>
        <source>Found only in QuickBooks</source>
        <translation>Présents uniquement dans QuickBooks</translation>
    </message>
    <message>
        <source>Found only in this company file</source>
        <translation>Présents uniquement dans ce fichier d&apos;entreprise</translation>
    </message>
    <message>
        <source>Creating them simply means the record is made on the other side; ignoring them means it is not. &lt;b&gt;Anything that relies on an ignored record is not created either&lt;/b&gt; — an invoice of an ignored customer, for example — and is counted as ignored, with the reason. Records found on both sides are always linked, never duplicated.</source>
        <translation>Les créer signifie simplement que l&apos;enregistrement est créé de l&apos;autre côté&#x202f;; les ignorer signifie qu&apos;il ne l&apos;est pas. &lt;b&gt;Tout ce qui dépend d&apos;un enregistrement ignoré n&apos;est pas créé non plus&lt;/b&gt; (par exemple la facture d&apos;un client ignoré) et est compté comme ignoré, avec la raison. Les enregistrements présents des deux côtés sont toujours associés, jamais dupliqués.</translation>
    </message>
    <message>
        <source>With these choices — created here: {here} · created in QuickBooks: {qbo} · ignored: {ignored}.</source>
        <translation>Avec ces choix — créés ici&#x202f;: {here} · créés dans QuickBooks&#x202f;: {qbo} · ignorés&#x202f;: {ignored}.</translation>
    </message>
</context>
<context>
    <name>OperationsDialog</name>
    <message>
        <source>All records</source>
        <translation>Tous les enregistrements</translation>
    </message>
    <message>
        <source>What the sync will do: {what}</source>
        <translation>Ce que fera la synchronisation&#x202f;: {what}</translation>
    </message>
    <message>
        <source>Nothing has been sent or changed yet. Updates list each field that changes, with its value here and in QuickBooks; expand a record to see them.</source>
        <translation>Rien n&apos;a encore été envoyé ni modifié. Les mises à jour indiquent chaque champ qui change, avec sa valeur ici et dans QuickBooks&#x202f;; développez un enregistrement pour les voir.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Ici</translation>
    </message>
    <message>
        <source>In QuickBooks</source>
        <translation>Dans QuickBooks</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… et %Ln autre</numerusform>
            <numerusform>… et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do for these records.</source>
        <translation>Rien à faire pour ces enregistrements.</translation>
    </message>
</context>
<context>
    <name>PlanDetails</name>
    <message>
        <source>To create in QuickBooks</source>
        <translation>À créer dans QuickBooks</translation>
    </message>
    <message>
        <source>To update in QuickBooks</source>
        <translation>À mettre à jour dans QuickBooks</translation>
    </message>
    <message>
        <source>To delete in QuickBooks</source>
        <translation>À supprimer dans QuickBooks</translation>
    </message>
    <message>
        <source>To make inactive in QuickBooks</source>
        <translation>À rendre inactifs dans QuickBooks</translation>
    </message>
    <message>
        <source>To create here</source>
        <translation>À créer ici</translation>
    </message>
    <message>
        <source>To update here</source>
        <translation>À mettre à jour ici</translation>
    </message>
    <message>
        <source>To link (found on both sides)</source>
        <translation>À associer (trouvés des deux côtés)</translation>
    </message>
    <message>
        <source>Changed on both sides: you decide</source>
        <translation>Modifiés des deux côtés&#x202f;: à vous de décider</translation>
    </message>
    <message>
        <source>Moved to another customer in QuickBooks: you decide</source>
        <translation>Déplacés vers un autre client dans QuickBooks&#x202f;: à vous de décider</translation>
    </message>
    <message>
        <source>Deleted in QuickBooks</source>
        <translation>Supprimés dans QuickBooks</translation>
    </message>
    <message>
        <source>Waiting for your approval</source>
        <translation>En attente de votre approbation</translation>
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
    <name>ProblemBanner</name>
    <message>
        <source>Sync problems</source>
        <translation>Problèmes de synchronisation</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Examiner</translation>
    </message>
    <message>
        <source>Open the sync problems: what each one means and how to fix it.</source>
        <translation>Ouvrir les problèmes de synchronisation&#x202f;: ce que chacun signifie et comment le corriger.</translation>
    </message>
</context>
<context>
    <name>ProblemDetail</name>
    <message>
        <source>QuickBooks: {message}</source>
        <translation>QuickBooks&#x202f;: {message}</translation>
    </message>
    <message>
        <source>Select a problem to see what it means and how to fix it.</source>
        <translation>Sélectionnez un problème pour voir ce qu&apos;il signifie et comment le corriger.</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Comment le corriger</translation>
    </message>
    <message>
        <source>More in the user guide</source>
        <translation>En savoir plus dans le guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>This problem&apos;s entry in the user guide: what it means and every fix.</source>
        <translation>La fiche de ce problème dans le guide d&apos;utilisation&#x202f;: ce qu&apos;il signifie et toutes les corrections.</translation>
    </message>
    <message>
        <source>The two versions</source>
        <translation>Les deux versions</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Ici</translation>
    </message>
    <message>
        <source>In QuickBooks</source>
        <translation>Dans QuickBooks</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Copy QuickBooks&apos; code, message and intuit_tid, for Intuit support.</source>
        <translation>Copier le code, le message et l&apos;intuit_tid de QuickBooks, pour l&apos;assistance Intuit.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) selected. Resync or skip them together with the buttons above.</source>
        <translation>
            <numerusform>%n problème sélectionné. Resynchronisez-le ou mettez-le de côté avec les boutons ci-dessus.</numerusform>
            <numerusform>%n problèmes sélectionnés. Resynchronisez-les ou mettez-les de côté ensemble avec les boutons ci-dessus.</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind} {record} · {category}</source>
        <translation>{kind} {record} · {category}</translation>
    </message>
    <message numerus="yes">
        <source>First seen {first} · last seen {last} · %n attempt(s)</source>
        <translation>
            <numerusform>Première détection {first} · dernière {last} · %n tentative</numerusform>
            <numerusform>Première détection {first} · dernière {last} · %n tentatives</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped · {seen}</source>
        <translation>Mis de côté · {seen}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>This record is not in this company file.</source>
        <translation>Cet enregistrement n&apos;est pas dans ce fichier d&apos;entreprise.</translation>
    </message>
    <message>
        <source>What QuickBooks said</source>
        <translation>Message de QuickBooks</translation>
    </message>
    <message>
        <source>Found before sending: nothing was sent to QuickBooks</source>
        <translation>Détecté avant l&apos;envoi&#x202f;: rien n&apos;a été envoyé à QuickBooks</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>The customer was deleted in QuickBooks</source>
        <translation>Le client a été supprimé dans QuickBooks</translation>
    </message>
    <message>
        <source>This record uses a customer that has been deleted (made inactive) in QuickBooks, so QuickBooks refuses to create or change transactions for it.</source>
        <translation>Cet enregistrement utilise un client qui a été supprimé (rendu inactif) dans QuickBooks&#x202f;; QuickBooks refuse donc de créer ou de modifier des opérations pour ce client.</translation>
    </message>
    <message>
        <source>Pick the QuickBooks customer this record should use instead, or</source>
        <translation>Choisissez le client QuickBooks que cet enregistrement doit utiliser à la place, ou</translation>
    </message>
    <message>
        <source>create the customer again in QuickBooks, or</source>
        <translation>recréez le client dans QuickBooks, ou</translation>
    </message>
    <message>
        <source>choose not to sync this customer: its invoices and payments wait too.</source>
        <translation>choisissez de ne pas synchroniser ce client&#x202f;: ses factures et ses paiements restent alors eux aussi en attente.</translation>
    </message>
    <message>
        <source>No exact match for this customer in QuickBooks</source>
        <translation>Aucune correspondance exacte pour ce client dans QuickBooks</translation>
    </message>
    <message>
        <source>No QuickBooks customer has exactly this name, so the invoices and payments of this customer cannot be placed in QuickBooks yet.</source>
        <translation>Aucun client QuickBooks ne porte exactement ce nom&#x202f;; les factures et les paiements de ce client ne peuvent donc pas encore être enregistrés dans QuickBooks.</translation>
    </message>
    <message>
        <source>Type the name of the QuickBooks customer to use and pick it, or</source>
        <translation>Saisissez le nom du client QuickBooks à utiliser et sélectionnez-le, ou</translation>
    </message>
    <message>
        <source>create a new customer in QuickBooks, or</source>
        <translation>créez un nouveau client dans QuickBooks, ou</translation>
    </message>
    <message>
        <source>choose not to sync this customer.</source>
        <translation>choisissez de ne pas synchroniser ce client.</translation>
    </message>
    <message>
        <source>The name is already used in QuickBooks</source>
        <translation>Ce nom est déjà utilisé dans QuickBooks</translation>
    </message>
    <message>
        <source>QuickBooks keeps one list of names for customers, vendors and employees: &apos;{record}&apos; is already used by another of them, so this record cannot be created with the same name.</source>
        <translation>QuickBooks tient une seule liste de noms pour les clients, les fournisseurs et les employés&#x202f;: «&#x202f;{record}&#x202f;» est déjà utilisé par l&apos;un d&apos;eux&#x202f;; cet enregistrement ne peut donc pas être créé sous le même nom.</translation>
    </message>
    <message>
        <source>Give this record a different name (for example add &apos;(customer)&apos; or &apos;(vendor)&apos;), save, and it is sent again, or</source>
        <translation>Donnez un autre nom à cet enregistrement (par exemple en ajoutant «&#x202f;(client)&#x202f;» ou «&#x202f;(fournisseur)&#x202f;») et enregistrez&#x202f;: il est alors renvoyé, ou</translation>
    </message>
    <message>
        <source>if it is the same person or business, link it to the existing QuickBooks record.</source>
        <translation>s&apos;il s&apos;agit de la même personne ou entreprise, associez-le à l&apos;enregistrement QuickBooks existant.</translation>
    </message>
    <message>
        <source>Payment method set up with the wrong type in QuickBooks</source>
        <translation>Mode de paiement configuré avec le mauvais type dans QuickBooks</translation>
    </message>
    <message>
        <source>QuickBooks already has a payment method with this name, but of the other kind (credit card or not). A method such as &apos;Credit card&apos; must have the type CREDIT_CARD.</source>
        <translation>QuickBooks possède déjà un mode de paiement portant ce nom, mais de l&apos;autre nature (carte de crédit ou non). Un mode tel que «&#x202f;Carte de crédit&#x202f;» doit avoir le type CREDIT_CARD.</translation>
    </message>
    <message>
        <source>In QuickBooks, open Settings ▸ All lists ▸ Payment methods.</source>
        <translation>Dans QuickBooks, ouvrez Paramètres ▸ Toutes les listes ▸ Modes de paiement.</translation>
    </message>
    <message>
        <source>Edit the method, tick &apos;This is a credit card&apos; (or untick it), and save.</source>
        <translation>Modifiez le mode de paiement, cochez (ou décochez) «&#x202f;Il s&apos;agit d&apos;une carte de crédit&#x202f;», puis enregistrez.</translation>
    </message>
    <message>
        <source>Come back here and click Resync.</source>
        <translation>Revenez ici et cliquez sur Resynchroniser.</translation>
    </message>
    <message>
        <source>Two records here have the same name or number</source>
        <translation>Deux enregistrements ont ici le même nom ou numéro</translation>
    </message>
    <message>
        <source>Another record of the same kind here already uses this name or document number (&apos;{record}&apos;). QuickBooks needs them to be different (for bills: the vendor&apos;s document number must be unique for each vendor).</source>
        <translation>Un autre enregistrement du même type utilise déjà ici ce nom ou ce numéro de document («&#x202f;{record}&#x202f;»). QuickBooks exige qu&apos;ils soient différents (pour les factures fournisseurs&#x202f;: le numéro de document fournisseur doit être unique pour chaque fournisseur).</translation>
    </message>
    <message>
        <source>Open the record, make its name or number unique, and save: it is sent again.</source>
        <translation>Ouvrez l&apos;enregistrement, rendez son nom ou son numéro unique, puis enregistrez&#x202f;: il est renvoyé.</translation>
    </message>
    <message>
        <source>This number is already used in QuickBooks</source>
        <translation>Ce numéro est déjà utilisé dans QuickBooks</translation>
    </message>
    <message>
        <source>QuickBooks already has a document with this number. This happens when numbers are given out separately here and in QuickBooks and the two sequences overlap.</source>
        <translation>QuickBooks possède déjà un document portant ce numéro. Cela arrive lorsque les numéros sont attribués séparément ici et dans QuickBooks et que les deux séquences se chevauchent.</translation>
    </message>
    <message>
        <source>Click Give the next free number: the number free here and in QuickBooks is given to it, and the next sync sends it, or</source>
        <translation>Cliquez sur Donner le prochain numéro libre&#x202f;: il reçoit le numéro libre ici et dans QuickBooks, et la prochaine synchronisation l&apos;envoie, ou</translation>
    </message>
    <message>
        <source>turn on &apos;Keep invoice numbers in step with QuickBooks&apos; in the sync settings so it does not happen again.</source>
        <translation>activez «&#x202f;Garder les numéros de facture en phase avec QuickBooks&#x202f;» dans les paramètres de synchronisation pour que cela ne se reproduise plus.</translation>
    </message>
    <message>
        <source>QuickBooks does not keep invoice numbers from apps yet</source>
        <translation>QuickBooks ne garde pas encore les numéros de facture des applications</translation>
    </message>
    <message>
        <source>The sync settings say to keep this company file&apos;s invoice numbers, but QuickBooks&apos; custom transaction numbers are off: QuickBooks would number the invoices itself, and a number sent anyway could be used twice.</source>
        <translation>Les paramètres de synchronisation demandent de garder les numéros de facture de ce fichier d&apos;entreprise, mais les numéros de transaction personnalisés de QuickBooks sont désactivés&#x202f;: QuickBooks numéroterait lui-même les factures, et un numéro envoyé malgré tout pourrait servir deux fois.</translation>
    </message>
    <message>
        <source>In QuickBooks, open Settings › Account and settings › Sales › Sales form content, turn on Custom transaction numbers, then sync again, or</source>
        <translation>Dans QuickBooks, ouvrez Paramètres › Compte et paramètres › Ventes › Contenu du formulaire de vente, activez Numéros de transaction personnalisés, puis synchronisez à nouveau, ou</translation>
    </message>
    <message>
        <source>in the sync settings, let QuickBooks number new invoices (its numbers then come back here).</source>
        <translation>dans les paramètres de synchronisation, laissez QuickBooks numéroter les nouvelles factures (ses numéros reviennent ensuite ici).</translation>
    </message>
    <message>
        <source>The vendor&apos;s document number is already used for this vendor</source>
        <translation>Le numéro de document fournisseur est déjà utilisé pour ce fournisseur</translation>
    </message>
    <message>
        <source>QuickBooks requires each vendor&apos;s document numbers to be unique, and this vendor already has a bill or receipt with this number.</source>
        <translation>QuickBooks exige que les numéros de document de chaque fournisseur soient uniques, et ce fournisseur a déjà une facture fournisseur ou un reçu fournisseur portant ce numéro.</translation>
    </message>
    <message>
        <source>Check in QuickBooks whether this bill is already there (then link it rather than send it).</source>
        <translation>Vérifiez dans QuickBooks si cette facture fournisseur y figure déjà (dans ce cas, associez-la au lieu de l&apos;envoyer).</translation>
    </message>
    <message>
        <source>Otherwise correct the vendor&apos;s document number here and save: it is sent again.</source>
        <translation>Sinon, corrigez ici le numéro de document fournisseur et enregistrez&#x202f;: l&apos;enregistrement est renvoyé.</translation>
    </message>
    <message>
        <source>The document number is too long for QuickBooks</source>
        <translation>Le numéro de document est trop long pour QuickBooks</translation>
    </message>
    <message>
        <source>QuickBooks accepts document numbers of at most 21 characters.</source>
        <translation>QuickBooks accepte des numéros de document de 21 caractères au maximum.</translation>
    </message>
    <message>
        <source>Shorten the number and save: the record is sent again.</source>
        <translation>Raccourcissez le numéro et enregistrez&#x202f;: l&apos;enregistrement est renvoyé.</translation>
    </message>
    <message>
        <source>The invoice was moved to another customer in QuickBooks</source>
        <translation>La facture a été déplacée vers un autre client dans QuickBooks</translation>
    </message>
    <message>
        <source>In QuickBooks this invoice now belongs to another customer, job or property than here.</source>
        <translation>Dans QuickBooks, cette facture appartient désormais à un autre client, projet ou propriété qu&apos;ici.</translation>
    </message>
    <message>
        <source>Move it back in QuickBooks to the customer it has here, or</source>
        <translation>Dans QuickBooks, rattachez-la de nouveau au client qu&apos;elle a ici, ou</translation>
    </message>
    <message>
        <source>accept QuickBooks&apos; change here.</source>
        <translation>acceptez ici la modification faite dans QuickBooks.</translation>
    </message>
    <message>
        <source>Changed here and in QuickBooks</source>
        <translation>Modifié ici et dans QuickBooks</translation>
    </message>
    <message>
        <source>This record was changed in both places since the last sync, and the sync settings ask you to choose which version to keep.</source>
        <translation>Cet enregistrement a été modifié des deux côtés depuis la dernière synchronisation, et les paramètres de synchronisation vous demandent de choisir la version à conserver.</translation>
    </message>
    <message>
        <source>Compare the two versions field by field.</source>
        <translation>Comparez les deux versions champ par champ.</translation>
    </message>
    <message>
        <source>Keep the version here (it is sent to QuickBooks), or keep QuickBooks&apos; version (it replaces the one here).</source>
        <translation>Conservez la version d&apos;ici (elle est envoyée à QuickBooks) ou celle de QuickBooks (elle remplace celle d&apos;ici).</translation>
    </message>
    <message>
        <source>The record was deleted in QuickBooks</source>
        <translation>L&apos;enregistrement a été supprimé dans QuickBooks</translation>
    </message>
    <message>
        <source>This record was synced before, but its twin has since been deleted in QuickBooks, so changes cannot be sent to it.</source>
        <translation>Cet enregistrement a déjà été synchronisé, mais son équivalent a depuis été supprimé dans QuickBooks&#x202f;; les modifications ne peuvent donc plus lui être envoyées.</translation>
    </message>
    <message>
        <source>If it was deleted by mistake, click Clear ID: the link is removed and the next sync creates the record in QuickBooks again.</source>
        <translation>S&apos;il a été supprimé par erreur, cliquez sur Effacer l&apos;identifiant&#x202f;: l&apos;association est retirée et la prochaine synchronisation recrée l&apos;enregistrement dans QuickBooks.</translation>
    </message>
    <message>
        <source>If it should stay deleted, click Skip.</source>
        <translation>S&apos;il doit rester supprimé, cliquez sur Mettre de côté.</translation>
    </message>
    <message>
        <source>Something this record uses is inactive in QuickBooks</source>
        <translation>Un élément utilisé par cet enregistrement est inactif dans QuickBooks</translation>
    </message>
    <message>
        <source>An account, customer, item, vendor or employee this record refers to has been made inactive (deleted) in QuickBooks.</source>
        <translation>Un compte, un client, un produit ou service, un fournisseur ou un employé auquel cet enregistrement fait référence a été rendu inactif (supprimé) dans QuickBooks.</translation>
    </message>
    <message>
        <source>In QuickBooks, make it active again, then click Resync, or</source>
        <translation>Dans QuickBooks, réactivez-le, puis cliquez sur Resynchroniser, ou</translation>
    </message>
    <message>
        <source>edit this record to use another one and save.</source>
        <translation>modifiez cet enregistrement pour en utiliser un autre, puis enregistrez.</translation>
    </message>
    <message>
        <source>More money applied than the invoice still owes in QuickBooks</source>
        <translation>Montant appliqué supérieur au solde impayé de la facture dans QuickBooks</translation>
    </message>
    <message>
        <source>The payment or credit is applied for more than the open balance of the invoice in QuickBooks. Usually the invoice was already paid there (for example by a payment entered directly in QuickBooks).</source>
        <translation>Le paiement ou le crédit appliqué dépasse le solde impayé de la facture dans QuickBooks. En général, la facture y a déjà été payée (par exemple par un paiement saisi directement dans QuickBooks).</translation>
    </message>
    <message>
        <source>Compare the payments of this invoice here and in QuickBooks.</source>
        <translation>Comparez les paiements de cette facture ici et dans QuickBooks.</translation>
    </message>
    <message>
        <source>If QuickBooks already has this payment, click Bypass: it is linked, never sent twice.</source>
        <translation>Si QuickBooks possède déjà ce paiement, cliquez sur Marquer comme déjà dans QuickBooks&#x202f;: il est associé, et jamais envoyé deux fois.</translation>
    </message>
    <message>
        <source>Otherwise void the extra payment or credit in QuickBooks and click Resync.</source>
        <translation>Sinon, annulez le paiement ou le crédit en trop dans QuickBooks et cliquez sur Resynchroniser.</translation>
    </message>
    <message>
        <source>A line&apos;s amount is not quantity × price</source>
        <translation>Le montant d&apos;une ligne n&apos;est pas égal à quantité × prix</translation>
    </message>
    <message>
        <source>QuickBooks checks that each line&apos;s amount equals its quantity times its unit price.</source>
        <translation>QuickBooks vérifie que le montant de chaque ligne est égal à sa quantité multipliée par son prix unitaire.</translation>
    </message>
    <message>
        <source>Open the record, correct the quantity or the price, and save.</source>
        <translation>Ouvrez l&apos;enregistrement, corrigez la quantité ou le prix, puis enregistrez.</translation>
    </message>
    <message>
        <source>The books are closed for this date</source>
        <translation>La comptabilité est clôturée à cette date</translation>
    </message>
    <message>
        <source>The record falls on or before the closing date set in QuickBooks, which refuses changes to that period.</source>
        <translation>L&apos;enregistrement est daté du jour de la date de clôture définie dans QuickBooks ou d&apos;avant, et QuickBooks refuse toute modification sur cette période.</translation>
    </message>
    <message>
        <source>Ask your accountant whether the period may be reopened in QuickBooks, or</source>
        <translation>Demandez à votre comptable si la période peut être rouverte dans QuickBooks, ou</translation>
    </message>
    <message>
        <source>change the record&apos;s date to an open period and save.</source>
        <translation>changez la date de l&apos;enregistrement pour une période ouverte, puis enregistrez.</translation>
    </message>
    <message>
        <source>This payment already exists in QuickBooks</source>
        <translation>Ce paiement existe déjà dans QuickBooks</translation>
    </message>
    <message>
        <source>QuickBooks already records this payment, so sending it would count it twice.</source>
        <translation>QuickBooks contient déjà ce paiement&#x202f;; l&apos;envoyer le compterait deux fois.</translation>
    </message>
    <message>
        <source>Click Bypass: the payment is marked Bypassed and linked to the QuickBooks payment, and is never sent again.</source>
        <translation>Cliquez sur Marquer comme déjà dans QuickBooks&#x202f;: le paiement est marqué comme déjà dans QuickBooks, associé au paiement QuickBooks, et n&apos;est plus jamais envoyé.</translation>
    </message>
    <message>
        <source>No refund bank account is chosen</source>
        <translation>Aucun compte bancaire des remboursements n&apos;est choisi</translation>
    </message>
    <message>
        <source>Refunds are paid out of a bank account in QuickBooks; without one chosen in the sync settings, refunds cannot be sent.</source>
        <translation>Dans QuickBooks, les remboursements sont payés depuis un compte bancaire&#x202f;; tant qu&apos;aucun n&apos;est choisi dans les paramètres de synchronisation, les remboursements ne peuvent pas être envoyés.</translation>
    </message>
    <message>
        <source>Click Choose a refund account… (or QuickBooks › First sync and settings…) and choose the refund bank account, for example your checking account; the refunds are sent at the next sync.</source>
        <translation>Cliquez sur Choisir le compte bancaire des remboursements… (ou QuickBooks › Première synchronisation et paramètres…) et choisissez le compte bancaire des remboursements, par exemple votre compte chèques&#x202f;; les remboursements sont envoyés à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The account is of the wrong type for QuickBooks</source>
        <translation>Le type du compte ne convient pas à QuickBooks</translation>
    </message>
    <message>
        <source>QuickBooks refuses the account chosen for this record: an expense must come out of a bank account (cash, check) or a credit-card account, matching how it was paid; a refund must come out of a bank account.</source>
        <translation>QuickBooks refuse le compte choisi pour cet enregistrement&#x202f;: une dépense doit être payée depuis un compte bancaire (espèces, chèque) ou un compte de carte de crédit, selon la façon dont elle a été réglée&#x202f;; un remboursement doit être payé depuis un compte bancaire.</translation>
    </message>
    <message>
        <source>Check which account this record uses and its type in QuickBooks.</source>
        <translation>Vérifiez quel compte cet enregistrement utilise et quel est son type dans QuickBooks.</translation>
    </message>
    <message>
        <source>Choose an account of the right type, save, and the record is sent again.</source>
        <translation>Choisissez un compte du bon type et enregistrez&#x202f;: l&apos;enregistrement est renvoyé.</translation>
    </message>
    <message>
        <source>The payment is already on a deposit in QuickBooks</source>
        <translation>Le paiement figure déjà sur un dépôt dans QuickBooks</translation>
    </message>
    <message>
        <source>In QuickBooks this payment (or sales receipt) has been taken to the bank on a deposit, and QuickBooks does not let a deposited transaction change its amount, account or customer, nor be deleted.</source>
        <translation>Dans QuickBooks, ce paiement (ou ce reçu de vente) a été porté en banque sur un dépôt, et QuickBooks ne laisse ni modifier le montant, le compte ou le client d&apos;une opération déposée, ni la supprimer.</translation>
    </message>
    <message>
        <source>In QuickBooks, open the deposit it appears on and remove it from the deposit, then click Resync, or</source>
        <translation>Dans QuickBooks, ouvrez le dépôt sur lequel il figure et retirez-le du dépôt, puis cliquez sur Resynchroniser, ou</translation>
    </message>
    <message>
        <source>change it back here to what QuickBooks has, and save.</source>
        <translation>remettez-le ici tel qu&apos;il est dans QuickBooks, puis enregistrez.</translation>
    </message>
    <message>
        <source>It applies to another customer&apos;s or vendor&apos;s document</source>
        <translation>Il porte sur le document d&apos;un autre client ou fournisseur</translation>
    </message>
    <message>
        <source>In QuickBooks a payment can only pay its own customer&apos;s invoices (a bill payment, its own vendor&apos;s bills), and an invoice can only come from its own customer&apos;s estimate.</source>
        <translation>Dans QuickBooks, un paiement ne règle que les factures de son propre client (un paiement de facture fournisseur, les factures de son propre fournisseur), et une facture ne peut venir que d&apos;un devis de son propre client.</translation>
    </message>
    <message>
        <source>Open the record and check its customer or vendor and what it applies to; correct them and save.</source>
        <translation>Ouvrez l&apos;enregistrement et vérifiez son client ou son fournisseur et ce sur quoi il porte&#x202f;; corrigez-les et enregistrez.</translation>
    </message>
    <message>
        <source>This QuickBooks edition does not have this feature</source>
        <translation>Cette édition de QuickBooks n&apos;a pas cette fonction</translation>
    </message>
    <message>
        <source>QuickBooks refused the record because the company&apos;s subscription does not include it (purchase orders, for example, need QuickBooks Online Plus or Advanced).</source>
        <translation>QuickBooks a refusé l&apos;enregistrement parce que l&apos;abonnement de l&apos;entreprise ne comprend pas cette fonction (les bons de commande, par exemple, demandent QuickBooks Online Plus ou Advanced).</translation>
    </message>
    <message>
        <source>Upgrade the QuickBooks subscription, then click Resync, or</source>
        <translation>Passez à un abonnement QuickBooks supérieur, puis cliquez sur Resynchroniser, ou</translation>
    </message>
    <message>
        <source>click Skip to stop sending records of this kind.</source>
        <translation>cliquez sur Mettre de côté pour ne plus envoyer d&apos;enregistrements de ce type.</translation>
    </message>
    <message>
        <source>It is in a foreign currency</source>
        <translation>Il est dans une devise étrangère</translation>
    </message>
    <message>
        <source>The QuickBooks company uses several currencies and this record is not in its home currency ({detail}). This app keeps every amount in the home currency and does not support multicurrency yet, so the record stays in QuickBooks; what refers to it waits.</source>
        <translation>L&apos;entreprise QuickBooks utilise plusieurs devises et cet enregistrement n&apos;est pas dans sa devise de référence ({detail}). Cette application tient tous les montants dans la devise de référence et ne gère pas encore le multidevise&#x202f;: l&apos;enregistrement reste dans QuickBooks et ce qui y renvoie attend.</translation>
    </message>
    <message>
        <source>Keep working with it in QuickBooks, or</source>
        <translation>Continuez à le traiter dans QuickBooks, ou</translation>
    </message>
    <message>
        <source>click Skip to leave it out of the sync.</source>
        <translation>cliquez sur Mettre de côté pour ne plus le réessayer.</translation>
    </message>
    <message>
        <source>It charges sales tax</source>
        <translation>Il facture une taxe de vente</translation>
    </message>
    <message>
        <source>This transaction charges sales tax in QuickBooks ({detail}). This app does not keep sales tax amounts or tax agencies yet, so its total would not add up here: it stays in QuickBooks.</source>
        <translation>Cette opération facture une taxe de vente dans QuickBooks ({detail}). Cette application ne tient pas encore les montants de taxe ni les organismes fiscaux, son total ne tomberait donc pas juste ici&#x202f;: elle reste dans QuickBooks.</translation>
    </message>
    <message>
        <source>It is linked to a kind of transaction this app does not link yet</source>
        <translation>Il est lié à un type d&apos;opération que cette application ne relie pas encore</translation>
    </message>
    <message>
        <source>In QuickBooks this payment, bill payment or deposit is applied to a journal entry, a transfer or an expense ({detail}). This app links payments to invoices and credit memos, bill payments to bills and vendor credits, and deposits to payments and sales receipts only, so the record stays in QuickBooks rather than arrive with a wrong balance.</source>
        <translation>Dans QuickBooks, ce paiement, ce paiement de facture fournisseur ou ce dépôt est appliqué à une écriture de journal, un virement ou une dépense ({detail}). Cette application relie seulement les paiements aux factures et aux avoirs, les paiements de factures fournisseurs aux factures fournisseurs et aux avoirs fournisseurs, et les dépôts aux paiements et aux reçus de vente&#x202f;: l&apos;enregistrement reste donc dans QuickBooks plutôt que d&apos;arriver avec un solde faux.</translation>
    </message>
    <message>
        <source>The journal entry does not balance</source>
        <translation>L&apos;écriture de journal n&apos;est pas équilibrée</translation>
    </message>
    <message>
        <source>A journal entry needs at least one debit and one credit line, and its debits must add up to exactly its credits ({detail}).</source>
        <translation>Une écriture de journal demande au moins une ligne au débit et une au crédit, et le total de ses débits doit être exactement celui de ses crédits ({detail}).</translation>
    </message>
    <message>
        <source>Open the journal entry, correct its lines so that debits equal credits, and save: it is sent again.</source>
        <translation>Ouvrez l&apos;écriture de journal, corrigez ses lignes pour que les débits égalent les crédits, et enregistrez&#x202f;: elle est renvoyée.</translation>
    </message>
    <message>
        <source>A receivables or payables line names no customer or vendor</source>
        <translation>Une ligne clients ou fournisseurs ne nomme aucun client ni fournisseur</translation>
    </message>
    <message>
        <source>QuickBooks needs a customer on every journal entry line that uses Accounts Receivable, and a vendor on every line that uses Accounts Payable.</source>
        <translation>QuickBooks demande un client sur chaque ligne d&apos;écriture de journal qui utilise les comptes clients, et un fournisseur sur chaque ligne qui utilise les comptes fournisseurs.</translation>
    </message>
    <message>
        <source>Open the journal entry, choose the customer or vendor of those lines, and save.</source>
        <translation>Ouvrez l&apos;écriture de journal, choisissez le client ou le fournisseur de ces lignes, et enregistrez.</translation>
    </message>
    <message>
        <source>The account does not fit this kind of record</source>
        <translation>Le compte ne convient pas à ce type d&apos;enregistrement</translation>
    </message>
    <message>
        <source>QuickBooks takes money into and out of accounts of particular types: deposits and payments go into a bank or other current asset account, a transfer moves money between two asset accounts, a bill is paid by check from a bank account or by credit card from a credit-card account, and vendor documents go through an Accounts Payable account ({detail}).</source>
        <translation>QuickBooks fait entrer et sortir l&apos;argent de comptes de types précis&#x202f;: dépôts et paiements vont sur un compte bancaire ou un autre actif à court terme, un virement déplace de l&apos;argent entre deux comptes d&apos;actif, une facture fournisseur se paie par chèque depuis un compte bancaire ou par carte depuis un compte de carte de crédit, et les documents fournisseurs passent par un compte fournisseurs ({detail}).</translation>
    </message>
    <message>
        <source>Open the record, choose an account of the right type, and save: it is sent again.</source>
        <translation>Ouvrez l&apos;enregistrement, choisissez un compte du bon type et enregistrez&#x202f;: il est renvoyé.</translation>
    </message>
    <message>
        <source>The bill payment&apos;s amount does not add up</source>
        <translation>Le montant du paiement de facture fournisseur ne tombe pas juste</translation>
    </message>
    <message>
        <source>A bill payment pays its bills less the vendor credits it uses; it cannot use more credit than it pays, nor pay bills for more than its amount ({detail}).</source>
        <translation>Un paiement de facture fournisseur règle ses factures moins les avoirs fournisseurs qu&apos;il utilise&#x202f;; il ne peut ni utiliser plus d&apos;avoir qu&apos;il ne paie, ni régler des factures au-delà de son montant ({detail}).</translation>
    </message>
    <message>
        <source>Open the bill payment, correct its amount or what it applies to, and save.</source>
        <translation>Ouvrez le paiement de facture fournisseur, corrigez son montant ou ce qu&apos;il règle, et enregistrez.</translation>
    </message>
    <message>
        <source>The service has no income account</source>
        <translation>Le service n&apos;a pas de compte de revenus</translation>
    </message>
    <message>
        <source>QuickBooks needs an income account for every product or service you sell.</source>
        <translation>QuickBooks exige un compte de revenus pour chaque produit ou service que vous vendez.</translation>
    </message>
    <message>
        <source>Edit the service and choose its income account, then save, or</source>
        <translation>Modifiez le service, choisissez son compte de revenus, puis enregistrez, ou</translation>
    </message>
    <message>
        <source>delete the service here and create it again with the right income account.</source>
        <translation>supprimez le service ici et recréez-le avec le bon compte de revenus.</translation>
    </message>
    <message>
        <source>The service is linked to an account of the wrong type</source>
        <translation>Le service utilise un compte d&apos;un type incorrect</translation>
    </message>
    <message>
        <source>A product or service cannot use accounts of certain types (such as Accounts Receivable or Accounts Payable). Something you sell needs an Income account; something you buy, an Expense or Cost of Goods Sold account; stock, an inventory asset account.</source>
        <translation>Un produit ou service ne peut pas utiliser des comptes de certains types (comme Comptes clients ou Comptes fournisseurs). Ce que vous vendez exige un compte de revenus&#x202f;; ce que vous achetez, un compte de charges ou de coût des ventes&#x202f;; les produits stockés, un compte d&apos;actif de stock.</translation>
    </message>
    <message>
        <source>Edit the service, choose accounts of the right types, and save, or</source>
        <translation>Modifiez le service, choisissez des comptes des bons types, puis enregistrez, ou</translation>
    </message>
    <message>
        <source>delete it here and create it again.</source>
        <translation>supprimez-le ici et recréez-le.</translation>
    </message>
    <message>
        <source>A text is too long for QuickBooks</source>
        <translation>Un texte est trop long pour QuickBooks</translation>
    </message>
    <message>
        <source>A name or text of this record is longer than QuickBooks allows ({detail}).</source>
        <translation>Un nom ou un texte de cet enregistrement dépasse la longueur autorisée par QuickBooks ({detail}).</translation>
    </message>
    <message>
        <source>Shorten it and save: the record is sent again.</source>
        <translation>Raccourcissez-le et enregistrez&#x202f;: l&apos;enregistrement est renvoyé.</translation>
    </message>
    <message>
        <source>The e-mail address is not one QuickBooks accepts</source>
        <translation>L&apos;adresse e-mail n&apos;est pas une adresse que QuickBooks accepte</translation>
    </message>
    <message>
        <source>QuickBooks accepts an e-mail address only with an @ and a dot after it ({detail}).</source>
        <translation>QuickBooks n&apos;accepte une adresse e-mail qu&apos;avec un @ suivi d&apos;un point ({detail}).</translation>
    </message>
    <message>
        <source>Correct the address, or empty it, and save: the record is sent again.</source>
        <translation>Corrigez l&apos;adresse, ou videz-la, et enregistrez&#x202f;: l&apos;enregistrement est envoyé à nouveau.</translation>
    </message>
    <message>
        <source>The name contains characters QuickBooks does not accept</source>
        <translation>Le nom contient des caractères que QuickBooks n&apos;accepte pas</translation>
    </message>
    <message>
        <source>QuickBooks does not allow a colon, a tab or a line break in names.</source>
        <translation>QuickBooks n&apos;autorise ni deux-points, ni tabulation, ni saut de ligne dans les noms.</translation>
    </message>
    <message>
        <source>Remove them from the name and save.</source>
        <translation>Retirez-les du nom, puis enregistrez.</translation>
    </message>
    <message>
        <source>Something QuickBooks requires is missing</source>
        <translation>Il manque une information exigée par QuickBooks</translation>
    </message>
    <message>
        <source>QuickBooks needs a value that this record does not have ({detail}).</source>
        <translation>QuickBooks a besoin d&apos;une valeur que cet enregistrement ne contient pas ({detail}).</translation>
    </message>
    <message>
        <source>Open the record, fill it in and save.</source>
        <translation>Ouvrez l&apos;enregistrement, renseignez cette valeur, puis enregistrez.</translation>
    </message>
    <message>
        <source>Waits for another record</source>
        <translation>En attente d&apos;un autre enregistrement</translation>
    </message>
    <message>
        <source>This record refers to {record}, which could not sync yet, so it waits.</source>
        <translation>Cet enregistrement fait référence à {record}, qui n&apos;a pas encore pu être synchronisé&#x202f;; il reste donc en attente.</translation>
    </message>
    <message>
        <source>Fix the problem of the record it waits for; this one follows at the next sync.</source>
        <translation>Corrigez le problème de l&apos;enregistrement attendu&#x202f;; celui-ci suivra à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>This record from QuickBooks could not be stored here</source>
        <translation>Cet enregistrement de QuickBooks n&apos;a pas pu être enregistré ici</translation>
    </message>
    <message>
        <source>The company file refused the record that came from QuickBooks ({detail}). The other records were stored; only those that refer to this one wait.</source>
        <translation>Le fichier d&apos;entreprise a refusé l&apos;enregistrement venu de QuickBooks ({detail}). Les autres enregistrements ont été enregistrés&#x202f;; seuls ceux qui font référence à celui-ci attendent.</translation>
    </message>
    <message>
        <source>Look at the record in QuickBooks (an unusual or repeated value), correct it there if needed, then click Resync.</source>
        <translation>Examinez l&apos;enregistrement dans QuickBooks (une valeur inhabituelle ou en double), corrigez-le si besoin, puis cliquez sur Resynchroniser.</translation>
    </message>
    <message>
        <source>Changed in QuickBooks after the run</source>
        <translation>Modifié dans QuickBooks après la synchronisation</translation>
    </message>
    <message>
        <source>Someone changed this record in QuickBooks after the sync that is being undone, so the undo did not overwrite it: taking the sync back would also take back that change.</source>
        <translation>Quelqu&apos;un a modifié cet enregistrement dans QuickBooks après la synchronisation que vous annulez&#x202f;; l&apos;annulation ne l&apos;a donc pas écrasé&#x202f;: revenir sur la synchronisation ferait aussi disparaître cette modification.</translation>
    </message>
    <message>
        <source>Compare the record in QuickBooks with what the sync log says the sync did.</source>
        <translation>Comparez l&apos;enregistrement dans QuickBooks avec ce que le journal de synchronisation indique.</translation>
    </message>
    <message>
        <source>Click Undo anyway to take the sync back for this record all the same (the later change is lost), or Keep it to leave the record as it is now.</source>
        <translation>Cliquez sur Annuler quand même pour revenir sur la synchronisation pour cet enregistrement malgré tout (la modification ultérieure est perdue), ou sur Conserver tel quel pour le laisser comme il est.</translation>
    </message>
    <message>
        <source>Changed here after the run</source>
        <translation>Modifié ici après la synchronisation</translation>
    </message>
    <message>
        <source>This record was changed here after the sync that is being undone, so the undo did not overwrite it: taking the sync back would also take back that change.</source>
        <translation>Cet enregistrement a été modifié ici après la synchronisation que vous annulez&#x202f;; l&apos;annulation ne l&apos;a donc pas écrasé&#x202f;: revenir sur la synchronisation ferait aussi disparaître cette modification.</translation>
    </message>
    <message>
        <source>Open the record and look at what changed.</source>
        <translation>Ouvrez l&apos;enregistrement et regardez ce qui a changé.</translation>
    </message>
    <message>
        <source>Still used by other records here</source>
        <translation>Encore utilisé par d&apos;autres enregistrements ici</translation>
    </message>
    <message>
        <source>The undo would delete this record here, which the sync created, but other records of this company file use it (for example invoices entered since), so it was kept.</source>
        <translation>L&apos;annulation supprimerait ici cet enregistrement, créé par la synchronisation, mais d&apos;autres enregistrements de ce fichier d&apos;entreprise l&apos;utilisent (par exemple des factures saisies depuis)&#x202f;: il a donc été gardé.</translation>
    </message>
    <message>
        <source>Delete or change the records that use it, then undo the run again: only what is left is done.</source>
        <translation>Supprimez ou modifiez les enregistrements qui l&apos;utilisent, puis annulez de nouveau la synchronisation&#x202f;: seul ce qui reste est fait.</translation>
    </message>
    <message>
        <source>Or click Skip to keep the record.</source>
        <translation>Ou mettez ce problème de côté pour garder l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Depends on an ignored record</source>
        <translation>Dépend d&apos;un enregistrement ignoré</translation>
    </message>
    <message>
        <source>This record refers to {record}, which the sync settings leave out, so it is not created either.</source>
        <translation>Cet enregistrement fait référence à {record}, que les paramètres de synchronisation excluent&#x202f;; il n&apos;est donc pas créé non plus.</translation>
    </message>
    <message>
        <source>Change the sync settings to include it, or leave it out.</source>
        <translation>Modifiez les paramètres de synchronisation pour l&apos;inclure, ou laissez-le hors de la synchronisation.</translation>
    </message>
    <message>
        <source>Someone changed this record in QuickBooks at the same time</source>
        <translation>Quelqu&apos;un a modifié cet enregistrement dans QuickBooks au même moment</translation>
    </message>
    <message>
        <source>The record was changed in QuickBooks after it was last read here, so QuickBooks refused the older version.</source>
        <translation>L&apos;enregistrement a été modifié dans QuickBooks après sa dernière lecture ici&#x202f;; QuickBooks a donc refusé l&apos;ancienne version.</translation>
    </message>
    <message>
        <source>Click Resync: the latest version is read and the change applied to it.</source>
        <translation>Cliquez sur Resynchroniser&#x202f;: la dernière version est relue et la modification y est appliquée.</translation>
    </message>
    <message>
        <source>QuickBooks had a temporary problem</source>
        <translation>QuickBooks a rencontré un problème temporaire</translation>
    </message>
    <message>
        <source>QuickBooks could not process the request just now.</source>
        <translation>QuickBooks n&apos;a pas pu traiter la demande pour le moment.</translation>
    </message>
    <message>
        <source>Click Resync in a few minutes.</source>
        <translation>Cliquez sur Resynchroniser dans quelques minutes.</translation>
    </message>
    <message>
        <source>QuickBooks asked to slow down</source>
        <translation>QuickBooks a demandé de ralentir</translation>
    </message>
    <message>
        <source>Too many requests were sent to this QuickBooks company in one minute.</source>
        <translation>Trop de demandes ont été envoyées à cette entreprise QuickBooks en une minute.</translation>
    </message>
    <message>
        <source>Nothing to do: the sync waits and continues by itself.</source>
        <translation>Rien à faire&#x202f;: la synchronisation patiente, puis continue d&apos;elle-même.</translation>
    </message>
    <message>
        <source>The connection to QuickBooks needs to be renewed</source>
        <translation>La connexion à QuickBooks doit être renouvelée</translation>
    </message>
    <message>
        <source>QuickBooks no longer accepts this app&apos;s sign-in for this company (the connection was revoked, expired, or the user who connected lost access).</source>
        <translation>QuickBooks n&apos;accepte plus la connexion de cette application pour cette entreprise (la connexion a été révoquée ou a expiré, ou l&apos;utilisateur qui l&apos;a établie a perdu son accès).</translation>
    </message>
    <message>
        <source>Open Connection and click Reconnect, then sign in to QuickBooks again.</source>
        <translation>Ouvrez Connexion et cliquez sur Se reconnecter, puis connectez-vous de nouveau à QuickBooks.</translation>
    </message>
    <message>
        <source>The name is already used in QuickBooks Desktop</source>
        <translation>Le nom est déjà utilisé dans QuickBooks Desktop</translation>
    </message>
    <message>
        <source>QuickBooks Desktop keeps one list of names for customers, vendors, employees and other names, and one for items: &apos;{record}&apos; is already used there, so this record cannot be added with the same name.</source>
        <translation>QuickBooks Desktop tient une seule liste de noms pour les clients, les fournisseurs, les employés et les autres noms, et une pour les produits et services&#x202f;: «&#x202f;{record}&#x202f;» y est déjà utilisé, cet enregistrement ne peut donc pas être ajouté sous le même nom.</translation>
    </message>
    <message>
        <source>Give this record a different name here, save, and it is sent at the next Web Connector update, or</source>
        <translation>Donnez ici un autre nom à cet enregistrement et enregistrez&#x202f;: il est envoyé à la prochaine mise à jour du Web Connector, ou</translation>
    </message>
    <message>
        <source>if it is the same person, business or item, link it to the existing QuickBooks record.</source>
        <translation>s&apos;il s&apos;agit de la même personne, entreprise ou du même produit, associez-le à l&apos;enregistrement existant dans QuickBooks.</translation>
    </message>
    <message>
        <source>The record changed in QuickBooks Desktop meanwhile</source>
        <translation>L&apos;enregistrement a changé entre-temps dans QuickBooks Desktop</translation>
    </message>
    <message>
        <source>Someone changed this record in QuickBooks Desktop after it was read here (its edit sequence moved on), so QuickBooks refused a change made to the older version.</source>
        <translation>Quelqu&apos;un a modifié cet enregistrement dans QuickBooks Desktop après sa lecture ici (sa séquence de modification a avancé)&#x202f;: QuickBooks a donc refusé une modification faite sur l&apos;ancienne version.</translation>
    </message>
    <message>
        <source>Records of this kind (or this change) are not sent to QuickBooks Desktop through the Web Connector yet: {message}</source>
        <translation>Les enregistrements de ce type (ou cette modification) ne sont pas encore envoyés à QuickBooks Desktop par le Web Connector&#x202f;: {message}</translation>
    </message>
    <message>
        <source>QuickBooks Desktop refused the request as a whole ({message}). This happens with an older QuickBooks that does not know a field sent from here.</source>
        <translation>QuickBooks Desktop a refusé la demande entière ({message}). Cela arrive avec une version ancienne de QuickBooks qui ne connaît pas un champ envoyé d&apos;ici.</translation>
    </message>
    <message>
        <source>Click Resync: the next Web Connector update reads the latest version and compares again.</source>
        <translation>Cliquez sur Resynchroniser&#x202f;: la prochaine mise à jour du Web Connector lit la dernière version et compare à nouveau.</translation>
    </message>
    <message>
        <source>The record is no longer in QuickBooks Desktop</source>
        <translation>L&apos;enregistrement n&apos;est plus dans QuickBooks Desktop</translation>
    </message>
    <message>
        <source>QuickBooks Desktop cannot find the record this one is linked to: it was deleted there, or the Web Connector opened another company file.</source>
        <translation>QuickBooks Desktop ne trouve pas l&apos;enregistrement auquel celui-ci est associé&#x202f;: il y a été supprimé, ou le Web Connector a ouvert un autre fichier d&apos;entreprise.</translation>
    </message>
    <message>
        <source>Check in QuickBooks Desktop that the right company file is open, then</source>
        <translation>Vérifiez dans QuickBooks Desktop que le bon fichier d&apos;entreprise est ouvert, puis</translation>
    </message>
    <message>
        <source>click Clear ID to send this record again as a new one, or Skip it.</source>
        <translation>cliquez sur Effacer l&apos;identifiant pour renvoyer cet enregistrement comme nouveau, ou mettez-le de côté (Mettre de côté).</translation>
    </message>
    <message>
        <source>It refers to something QuickBooks Desktop does not have</source>
        <translation>Il fait référence à un élément absent de QuickBooks Desktop</translation>
    </message>
    <message>
        <source>QuickBooks Desktop answered: {message} — the customer, vendor, item, account or terms this record uses is missing there, inactive, or of the wrong kind.</source>
        <translation>QuickBooks Desktop a répondu&#x202f;: {message} — le client, le fournisseur, le produit ou service, le compte ou les conditions de paiement qu&apos;utilise cet enregistrement y manquent, sont inactifs ou ne sont pas du bon type.</translation>
    </message>
    <message>
        <source>In QuickBooks Desktop, make the record it names active again (or add it), or choose another one here and save;</source>
        <translation>Dans QuickBooks Desktop, réactivez l&apos;enregistrement cité (ou ajoutez-le), ou choisissez-en un autre ici et enregistrez&#x202f;;</translation>
    </message>
    <message>
        <source>then click Resync.</source>
        <translation>puis cliquez sur Resynchroniser.</translation>
    </message>
    <message>
        <source>A text is too long for QuickBooks Desktop</source>
        <translation>Un texte est trop long pour QuickBooks Desktop</translation>
    </message>
    <message>
        <source>QuickBooks Desktop allows shorter texts than QuickBooks Online: 41 characters for a customer&apos;s or vendor&apos;s name, 31 for an item&apos;s, an account&apos;s or terms, 11 for an invoice number. QuickBooks answered: {message}</source>
        <translation>QuickBooks Desktop accepte des textes plus courts que QuickBooks Online&#x202f;: 41 caractères pour le nom d&apos;un client ou d&apos;un fournisseur, 31 pour celui d&apos;un produit ou service, d&apos;un compte ou de conditions de paiement, 11 pour un numéro de facture. QuickBooks a répondu&#x202f;: {message}</translation>
    </message>
    <message>
        <source>Shorten the text here and save: it is sent at the next Web Connector update.</source>
        <translation>Raccourcissez le texte ici et enregistrez&#x202f;: il est envoyé à la prochaine mise à jour du Web Connector.</translation>
    </message>
    <message>
        <source>The payment is more than the invoice owes in QuickBooks Desktop</source>
        <translation>Le paiement dépasse ce que doit la facture dans QuickBooks Desktop</translation>
    </message>
    <message>
        <source>QuickBooks Desktop refuses to apply more to an invoice than what is still due on it there (another payment may have been recorded there already).</source>
        <translation>QuickBooks Desktop refuse d&apos;imputer à une facture plus que ce qui reste dû (un autre paiement y a peut-être déjà été enregistré).</translation>
    </message>
    <message>
        <source>Compare the invoice&apos;s payments here and in QuickBooks Desktop, correct the amount applied, and save.</source>
        <translation>Comparez les paiements de la facture ici et dans QuickBooks Desktop, corrigez le montant imputé et enregistrez.</translation>
    </message>
    <message>
        <source>Not synced with QuickBooks Desktop</source>
        <translation>Non synchronisé avec QuickBooks Desktop</translation>
    </message>
    <message>
        <source>Enter it in QuickBooks Desktop yourself if it belongs there, then Skip this problem.</source>
        <translation>Saisissez-le vous-même dans QuickBooks Desktop s&apos;il doit y figurer, puis mettez ce problème de côté (Mettre de côté).</translation>
    </message>
    <message>
        <source>QuickBooks Desktop could not read the request</source>
        <translation>QuickBooks Desktop n&apos;a pas pu lire la demande</translation>
    </message>
    <message>
        <source>Update QuickBooks Desktop, then run the Web Connector again;</source>
        <translation>Mettez à jour QuickBooks Desktop, puis relancez le Web Connector&#x202f;;</translation>
    </message>
    <message>
        <source>if it keeps failing, send the Web Connector&apos;s log (QBWCLog.txt) to support.</source>
        <translation>si l&apos;échec persiste, envoyez le journal du Web Connector (QBWCLog.txt) à l&apos;assistance.</translation>
    </message>
    <message>
        <source>QuickBooks Desktop was busy</source>
        <translation>QuickBooks Desktop était occupé</translation>
    </message>
    <message>
        <source>Someone was editing the same list in QuickBooks Desktop, so it could not save the record just then.</source>
        <translation>Quelqu&apos;un modifiait la même liste dans QuickBooks Desktop, qui n&apos;a donc pas pu enregistrer l&apos;enregistrement à ce moment-là.</translation>
    </message>
    <message>
        <source>Nothing to do: the next Web Connector update tries again.</source>
        <translation>Rien à faire&#x202f;: la prochaine mise à jour du Web Connector réessaie.</translation>
    </message>
    <message>
        <source>The QuickBooks subscription has ended</source>
        <translation>L&apos;abonnement QuickBooks a pris fin</translation>
    </message>
    <message>
        <source>QuickBooks does not accept new data for a company whose trial or subscription ended.</source>
        <translation>QuickBooks n&apos;accepte plus de nouvelles données pour une entreprise dont la période d&apos;essai ou l&apos;abonnement a pris fin.</translation>
    </message>
    <message>
        <source>Renew the QuickBooks subscription, then click Resync.</source>
        <translation>Renouvelez l&apos;abonnement QuickBooks, puis cliquez sur Resynchroniser.</translation>
    </message>
    <message>
        <source>QuickBooks refused this record</source>
        <translation>QuickBooks a refusé cet enregistrement</translation>
    </message>
    <message>
        <source>QuickBooks answered with an error this app does not know yet: {code} {message}</source>
        <translation>QuickBooks a répondu par une erreur que cette application ne connaît pas encore&#x202f;: {code} {message}</translation>
    </message>
    <message>
        <source>Read QuickBooks&apos; message below; correct the record and save, or click Resync.</source>
        <translation>Lisez le message de QuickBooks ci-dessous&#x202f;; corrigez l&apos;enregistrement et enregistrez, ou cliquez sur Resynchroniser.</translation>
    </message>
    <message>
        <source>If it keeps failing, copy the details (with the intuit_tid) for Intuit support.</source>
        <translation>Si l&apos;échec persiste, copiez les détails (avec l&apos;intuit_tid) pour l&apos;assistance Intuit.</translation>
    </message>
    <message>
        <source>This number already exists in QuickBooks — use {suggestion}</source>
        <translation>Ce numéro existe déjà dans QuickBooks — utilisez {suggestion}</translation>
    </message>
    <message>
        <source>No refund bank account is chosen in the sync settings.</source>
        <translation>Aucun compte bancaire des remboursements n&apos;est choisi dans les paramètres de synchronisation.</translation>
    </message>
    <message>
        <source>QuickBooks&apos; custom transaction numbers are off: it would not keep the number {number}.</source>
        <translation>Les numéros de transaction personnalisés de QuickBooks sont désactivés&#x202f;: il ne garderait pas le numéro {number}.</translation>
    </message>
    <message>
        <source>The name is already used in QuickBooks by {record}.</source>
        <translation>Ce nom est déjà utilisé dans QuickBooks par {record}.</translation>
    </message>
    <message>
        <source>Another record here already uses this name or number ({record}).</source>
        <translation>Un autre enregistrement utilise déjà ici ce nom ou ce numéro ({record}).</translation>
    </message>
    <message>
        <source>Waits for {record}, which cannot sync yet.</source>
        <translation>En attente de {record}, qui ne peut pas encore être synchronisé.</translation>
    </message>
    <message>
        <source>Not created: depends on ignored {record}.</source>
        <translation>Non créé&#x202f;: dépend de {record}, qui est ignoré.</translation>
    </message>
    <message>
        <source>Deleted in QuickBooks.</source>
        <translation>Supprimé dans QuickBooks.</translation>
    </message>
    <message>
        <source>Changed in QuickBooks after the run: not undone.</source>
        <translation>Modifié dans QuickBooks après la synchronisation&#x202f;: non annulé.</translation>
    </message>
    <message>
        <source>Changed here after the run: not undone.</source>
        <translation>Modifié ici après la synchronisation&#x202f;: non annulé.</translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message>
        <source>Sync problems</source>
        <translation>Problèmes de synchronisation</translation>
    </message>
    <message>
        <source>Show skipped</source>
        <translation>Afficher les problèmes mis de côté</translation>
    </message>
    <message>
        <source>Also list the problems you chose to skip, to unskip them.</source>
        <translation>Afficher aussi les problèmes que vous avez mis de côté, pour pouvoir les reprendre.</translation>
    </message>
    <message>
        <source>Resync selected</source>
        <translation>Resynchroniser la sélection</translation>
    </message>
    <message>
        <source>Skip selected</source>
        <translation>Mettre de côté la sélection</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Première détection</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernière détection</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>The problems could not be read: {message}</source>
        <translation>Impossible de lire les problèmes&#x202f;: {message}</translation>
    </message>
    <message>
        <source>{category} ({count})</source>
        <translation>{category} ({count})</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s), of which {skipped} skipped</source>
        <translation>
            <numerusform>%n problème (mis de côté&#x202f;: {skipped})</numerusform>
            <numerusform>%n problèmes (mis de côté&#x202f;: {skipped})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open problem(s)</source>
        <translation>
            <numerusform>%n problème ouvert</numerusform>
            <numerusform>%n problèmes ouverts</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Mis de côté</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Matching searches the customers in QuickBooks, which only the sync host can do: match this customer on {host}, or use Create or Don&apos;t sync here.</source>
        <translation>Associer cherche parmi les clients de QuickBooks, ce que seul le poste de synchronisation peut faire&#x202f;: associez ce client sur {host}, ou utilisez ici Créer ou Ne pas synchroniser.</translation>
    </message>
    <message>
        <source>Connect to QuickBooks first: “{action}” works in QuickBooks right away.</source>
        <translation>Connectez-vous d&apos;abord à QuickBooks&#x202f;: «&#x202f;{action}&#x202f;» agit immédiatement dans QuickBooks.</translation>
    </message>
    <message>
        <source>“{action}” did not work: {message}</source>
        <translation>«&#x202f;{action}&#x202f;» n&apos;a pas fonctionné&#x202f;: {message}</translation>
    </message>
    <message numerus="yes">
        <source>%n could not be changed: {message}</source>
        <translation>
            <numerusform>%n n&apos;a pas pu être modifié&#x202f;: {message}</numerusform>
            <numerusform>%n n&apos;ont pas pu être modifiés&#x202f;: {message}</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>A sync is running: this is carried out at the start of the next one.</source>
        <translation>Une synchronisation est en cours&#x202f;: l&apos;action sera effectuée au début de la suivante.</translation>
    </message>
    <message>
        <source>Sent to {host}, the sync host: it is carried out at its next sync.</source>
        <translation>Envoyé à {host}, le poste de synchronisation&#x202f;: l&apos;action sera effectuée à sa prochaine synchronisation.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) queued: sent again at the next sync.</source>
        <translation>
            <numerusform>%n problème en file d&apos;attente&#x202f;: renvoyé à la prochaine synchronisation.</numerusform>
            <numerusform>%n problèmes en file d&apos;attente&#x202f;: renvoyés à la prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) skipped: no more retries or notifications for them.</source>
        <translation>
            <numerusform>%n problème mis de côté&#x202f;: plus de nouvelles tentatives ni de notifications.</numerusform>
            <numerusform>%n problèmes mis de côté&#x202f;: plus de nouvelles tentatives ni de notifications.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) no longer skipped.</source>
        <translation>
            <numerusform>%n problème n&apos;est plus mis de côté.</numerusform>
            <numerusform>%n problèmes ne sont plus mis de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked Bypassed and linked to the payment found in QuickBooks; it is never sent.</source>
        <translation>Marqué comme déjà dans QuickBooks et associé au paiement trouvé dans QuickBooks&#x202f;; il n&apos;est jamais envoyé.</translation>
    </message>
    <message>
        <source>Marked Bypassed (no matching payment was found in QuickBooks); it is never sent.</source>
        <translation>Marqué comme déjà dans QuickBooks (aucun paiement correspondant n&apos;a été trouvé dans QuickBooks)&#x202f;; il n&apos;est jamais envoyé.</translation>
    </message>
    <message>
        <source>The link is cleared: the next sync creates the record in QuickBooks again.</source>
        <translation>L&apos;association est effacée&#x202f;: la prochaine synchronisation recrée l&apos;enregistrement dans QuickBooks.</translation>
    </message>
    <message>
        <source>The service was deleted here.</source>
        <translation>Le service a été supprimé ici.</translation>
    </message>
    <message>
        <source>Linked to the QuickBooks customer you picked.</source>
        <translation>Associé au client QuickBooks que vous avez choisi.</translation>
    </message>
    <message>
        <source>The customer was created in QuickBooks and linked.</source>
        <translation>Le client a été créé dans QuickBooks et associé.</translation>
    </message>
    <message>
        <source>This customer is left out of the sync; its invoices and payments wait too.</source>
        <translation>Ce client est exclu de la synchronisation&#x202f;; ses factures et paiements attendent aussi.</translation>
    </message>
    <message>
        <source>This app&apos;s version is sent to QuickBooks at the next sync.</source>
        <translation>La version d&apos;ici est envoyée à QuickBooks à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>QuickBooks&apos; version is now the one here.</source>
        <translation>La version de QuickBooks est désormais celle d&apos;ici.</translation>
    </message>
    <message>
        <source>The invoice goes back to its customer in QuickBooks at the next sync.</source>
        <translation>La facture retourne à son client dans QuickBooks à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>QuickBooks&apos; change is now made here too.</source>
        <translation>La modification de QuickBooks est désormais faite ici aussi.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
</context>
<context>
    <name>ReasonsDialog</name>
    <message>
        <source>All records</source>
        <translation>Tous les enregistrements</translation>
    </message>
    <message>
        <source>Ignored: {what}</source>
        <translation>Ignorés&#x202f;: {what}</translation>
    </message>
    <message>
        <source>Blocked: {what}</source>
        <translation>Bloqués&#x202f;: {what}</translation>
    </message>
    <message>
        <source>Ignored records are not created on the other side, as the settings ask. Change the settings to include them.</source>
        <translation>Les enregistrements ignorés ne sont pas créés de l&apos;autre côté, comme le demandent les paramètres. Modifiez les paramètres pour les inclure.</translation>
    </message>
    <message>
        <source>Blocked records cannot sync until the cause is fixed. They appear under Problems after the sync, with what to do.</source>
        <translation>Les enregistrements bloqués ne peuvent pas être synchronisés tant que la cause n&apos;est pas corrigée. Ils apparaissent dans Problèmes après la synchronisation, avec la marche à suivre.</translation>
    </message>
    <message>
        <source>Reason and records</source>
        <translation>Raison et enregistrements</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… et %Ln autre</numerusform>
            <numerusform>… et %Ln autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReconcilePdf</name>
    <message>
        <source>Reconciliation report</source>
        <translation>Rapport de rapprochement</translation>
    </message>
    <message>
        <source>Company file</source>
        <translation>Fichier d&apos;entreprise</translation>
    </message>
    <message>
        <source>QuickBooks company</source>
        <translation>Entreprise QuickBooks</translation>
    </message>
    <message>
        <source>Compared as of</source>
        <translation>Comparaison au</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Établi le</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Ici</translation>
    </message>
    <message>
        <source>QuickBooks</source>
        <translation>QuickBooks</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Differences and the records behind them</source>
        <translation>Écarts et enregistrements concernés</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>QuickBooks Id</source>
        <translation>ID QuickBooks</translation>
    </message>
    <message>
        <source>None: every check agrees.</source>
        <translation>Aucun&#x202f;: tous les contrôles concordent.</translation>
    </message>
    <message>
        <source>QuickBooks&apos; figures come from its own reports (Customer and Vendor Balance Summaries, A/R and A/P Aging Summaries) and its records; the company file&apos;s from its records. Counts of name lists are of active records; transactions are those dated on or before the day compared.</source>
        <translation>Les chiffres de QuickBooks viennent de ses propres rapports (résumés des soldes clients et fournisseurs, résumés du classement chronologique des comptes clients et fournisseurs) et de ses enregistrements&#x202f;; ceux du fichier d&apos;entreprise, de ses enregistrements. Les listes ne comptent que les enregistrements actifs&#x202f;; les transactions sont celles datées du jour comparé ou d&apos;avant.</translation>
    </message>
    <message>
        <source>Prepared with qbdesk {version}.</source>
        <translation>Établi avec qbdesk {version}.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
</context>
<context>
    <name>ReconcileText</name>
    <message>
        <source>{things}: not the same records on both sides</source>
        <translation>{things}&#x202f;: pas les mêmes des deux côtés</translation>
    </message>
    <message>
        <source>{party} {name}: open balance</source>
        <translation>{party} {name}&#x202f;: solde impayé</translation>
    </message>
    <message>
        <source>Account {name}: balance</source>
        <translation>Compte {name}&#x202f;: solde</translation>
    </message>
    <message>
        <source>{things}, {month}: total</source>
        <translation>{things}, {month}&#x202f;: total</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>The books here and in QuickBooks agree on every check.</source>
        <translation>La comptabilité ici et dans QuickBooks concorde sur tous les contrôles.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) between the books here and in QuickBooks, each listed below with the records behind it.</source>
        <translation>
            <numerusform>%n écart entre la comptabilité ici et dans QuickBooks, détaillé ci-dessous avec les enregistrements concernés.</numerusform>
            <numerusform>%n écarts entre la comptabilité ici et dans QuickBooks, chacun détaillé ci-dessous avec les enregistrements concernés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) agree</source>
        <translation>
            <numerusform>%n contrôle concordant</numerusform>
            <numerusform>%n contrôles concordants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) differ</source>
        <translation>
            <numerusform>%n contrôle en écart</numerusform>
            <numerusform>%n contrôles en écart</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReconcileView</name>
    <message>
        <source>Save the reconciliation as PDF</source>
        <translation>Enregistrer le rapprochement en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Rapprochement</translation>
    </message>
    <message>
        <source>Compare as of</source>
        <translation>Comparer au</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Compare now</source>
        <translation>Comparer maintenant</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Ici</translation>
    </message>
    <message>
        <source>QuickBooks</source>
        <translation>QuickBooks</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Ce qui diffère</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Double-click a difference to open the records behind it.</source>
        <translation>Double-cliquez sur un écart pour ouvrir les enregistrements concernés.</translation>
    </message>
    <message>
        <source>Differences and the records behind them</source>
        <translation>Écarts et enregistrements concernés</translation>
    </message>
    <message>
        <source>Here and in QuickBooks, side by side. Press Compare now.</source>
        <translation>Ici et dans QuickBooks, côte à côte. Cliquez sur Comparer maintenant.</translation>
    </message>
    <message>
        <source>Connect to QuickBooks to compare: QuickBooks&apos; side comes from its own reports.</source>
        <translation>Connectez-vous à QuickBooks pour comparer&#x202f;: le côté QuickBooks vient de ses propres rapports.</translation>
    </message>
    <message>
        <source>Comparing the books here and in QuickBooks as of {day}…</source>
        <translation>Comparaison de la comptabilité ici et dans QuickBooks au {day}…</translation>
    </message>
    <message>
        <source>The books could not be compared: {message}</source>
        <translation>Impossible de comparer la comptabilité&#x202f;: {message}</translation>
    </message>
    <message>
        <source>As of {day} · {checks}</source>
        <translation>Au {day} · {checks}</translation>
    </message>
    <message>
        <source>None: every check agrees.</source>
        <translation>Aucun&#x202f;: tous les contrôles concordent.</translation>
    </message>
    <message>
        <source>Differences and the records behind them ({count})</source>
        <translation>Écarts et enregistrements concernés ({count})</translation>
    </message>
    <message>
        <source>reconciliation</source>
        <translation>rapprochement</translation>
    </message>
    <message>
        <source>The PDF could not be written: {message}</source>
        <translation>Impossible d&apos;écrire le PDF&#x202f;: {message}</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
</context>
<context>
    <name>Reconciliation</name>
    <message>
        <source>Number of records</source>
        <translation>Nombre d&apos;enregistrements</translation>
    </message>
    <message>
        <source>Open balances</source>
        <translation>Soldes impayés</translation>
    </message>
    <message>
        <source>Totals per month</source>
        <translation>Totaux par mois</translation>
    </message>
    <message>
        <source>Open receivables (total)</source>
        <translation>Soldes impayés des clients (total)</translation>
    </message>
    <message>
        <source>Each customer&apos;s open balance</source>
        <translation>Solde impayé de chaque client</translation>
    </message>
    <message>
        <source>Open payables (total)</source>
        <translation>Soldes impayés aux fournisseurs (total)</translation>
    </message>
    <message>
        <source>Each vendor&apos;s open balance</source>
        <translation>Solde impayé de chaque fournisseur</translation>
    </message>
    <message>
        <source>Account balances</source>
        <translation>Soldes des comptes</translation>
    </message>
    <message>
        <source>Here only</source>
        <translation>Ici seulement</translation>
    </message>
    <message>
        <source>QuickBooks only</source>
        <translation>QuickBooks seulement</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Concordant</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Écarts</translation>
    </message>
</context>
<context>
    <name>ReconnectNotice</name>
    <message>
        <source>QuickBooks asks you to sign in again to go on syncing. Nothing is lost: your records and settings stay as they are.</source>
        <translation>QuickBooks vous demande de vous reconnecter pour continuer la synchronisation. Rien n&apos;est perdu&#x202f;: vos enregistrements et vos paramètres restent tels quels.</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation>Se reconnecter…</translation>
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
    <message>
        <source>Memo</source>
        <translation>Mémo</translation>
    </message>
    <message>
        <source>Sub-class of</source>
        <translation>Sous-classe de</translation>
    </message>
    <message>
        <source>Sub-location of</source>
        <translation>Sous-emplacement de</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Deposit to</source>
        <translation>Déposé sur</translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation>Payé depuis</translation>
    </message>
    <message>
        <source>Check no.</source>
        <translation>N° de chèque</translation>
    </message>
    <message>
        <source>Ref no.</source>
        <translation>N° de réf.</translation>
    </message>
    <message>
        <source>P.O. no.</source>
        <translation>N° de BC</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Filter by account or memo</source>
        <translation>Filtrer par compte ou mémo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Journal no.</source>
        <translation>N° d&apos;écriture</translation>
    </message>
    <message>
        <source>Debits</source>
        <translation>Débits</translation>
    </message>
    <message>
        <source>Filter by number or memo</source>
        <translation>Filtrer par numéro ou mémo</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Use {number}</source>
        <translation>Utiliser {number}</translation>
    </message>
    <message>
        <source>The next free number, in step with QuickBooks.</source>
        <translation>Le prochain numéro libre, en phase avec QuickBooks.</translation>
    </message>
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
        <source>Save ({key})</source>
        <translation>Enregistrer ({key})</translation>
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
    <message>
        <source>A bill paid by credit card must be paid from a credit card account.</source>
        <translation>Une facture fournisseur payée par carte doit l&apos;être depuis un compte de carte de crédit.</translation>
    </message>
    <message>
        <source>A bill paid by check must be paid from a bank account.</source>
        <translation>Une facture fournisseur payée par chèque doit l&apos;être depuis un compte bancaire.</translation>
    </message>
    <message>
        <source>The amount can&apos;t be less than the {applied} already applied to bills.</source>
        <translation>Le montant ne peut pas être inférieur aux {applied} déjà affectés à des factures fournisseurs.</translation>
    </message>
    <message>
        <source>Choose two different accounts.</source>
        <translation>Choisissez deux comptes différents.</translation>
    </message>
    <message>
        <source>It can&apos;t be its own parent.</source>
        <translation>Il ne peut pas être son propre parent.</translation>
    </message>
    <message>
        <source>Keep at least one line.</source>
        <translation>Gardez au moins une ligne.</translation>
    </message>
    <message>
        <source>Line {line}: choose a category or a product.</source>
        <translation>Ligne {line}&#x202f;: choisissez une catégorie ou un produit.</translation>
    </message>
    <message>
        <source>The lines can&apos;t add up to less than the {paid} already paid.</source>
        <translation>Les lignes ne peuvent pas totaliser moins que les {paid} déjà payés.</translation>
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
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Accounts payable account</source>
        <translation>Compte fournisseurs</translation>
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
        <source>Sub-class of</source>
        <translation>Sous-classe de</translation>
    </message>
    <message>
        <source>Sub-location of</source>
        <translation>Sous-emplacement de</translation>
    </message>
    <message>
        <source>Estimate number</source>
        <translation>Numéro de devis</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>Date d&apos;expiration</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation>Payé depuis</translation>
    </message>
    <message>
        <source>Check no.</source>
        <translation>N° de chèque</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Ref no.</source>
        <translation>N° de réf.</translation>
    </message>
    <message>
        <source>P.O. no.</source>
        <translation>N° de bon de commande</translation>
    </message>
    <message>
        <source>Message to vendor</source>
        <translation>Message au fournisseur</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Transfer funds from</source>
        <translation>Virer les fonds de</translation>
    </message>
    <message>
        <source>Transfer funds to</source>
        <translation>Virer les fonds vers</translation>
    </message>
    <message>
        <source>Journal no.</source>
        <translation>N° d&apos;écriture</translation>
    </message>
    <message>
        <source>Adjusting entry</source>
        <translation>Écriture de régularisation</translation>
    </message>
    <message>
        <source>Debits</source>
        <translation>Débits</translation>
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
        <translation>Associé</translation>
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
        <source>Bypassed</source>
        <translation>Déjà dans QuickBooks</translation>
    </message>
    <message>
        <source>Not synced by choice</source>
        <translation>Non synchronisé par choix</translation>
    </message>
    <message>
        <source>Deleted in QuickBooks</source>
        <translation>Supprimé dans QuickBooks</translation>
    </message>
    <message>
        <source>In step with its twin in QuickBooks.</source>
        <translation>En phase avec son double dans QuickBooks.</translation>
    </message>
    <message>
        <source>Not in QuickBooks yet: the next sync sends it.</source>
        <translation>Pas encore dans QuickBooks&#x202f;: la prochaine synchronisation l&apos;envoie.</translation>
    </message>
    <message>
        <source>It could not sync: see Problems.</source>
        <translation>Il n&apos;a pas pu être synchronisé&#x202f;: voir Problèmes.</translation>
    </message>
    <message>
        <source>Already in QuickBooks, so it is never sent from here.</source>
        <translation>Déjà dans QuickBooks&#x202f;: il n&apos;est donc jamais envoyé d&apos;ici.</translation>
    </message>
    <message>
        <source>Left out of the sync, by the sync settings or by you.</source>
        <translation>Exclu de la synchronisation, par les paramètres de synchronisation ou par vous.</translation>
    </message>
    <message>
        <source>Its twin was deleted in QuickBooks: see Problems.</source>
        <translation>Son double a été supprimé dans QuickBooks&#x202f;: voir Problèmes.</translation>
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
        <source>Trial balance (opening balances)</source>
        <translation>Balance de vérification (soldes d&apos;ouverture)</translation>
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
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Emplacements</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Estimates</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Devis</translation>
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
        <source>Sales receipts</source>
        <translation>Reçus de vente</translation>
    </message>
    <message>
        <source>Sales receipt</source>
        <translation>Reçu de vente</translation>
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
        <source>Bill payments</source>
        <translation>Paiements de factures fournisseurs</translation>
    </message>
    <message>
        <source>Bill payment</source>
        <translation>Paiement de facture fournisseur</translation>
    </message>
    <message>
        <source>Vendor credits</source>
        <translation>Avoirs fournisseurs</translation>
    </message>
    <message>
        <source>Vendor credit</source>
        <translation>Avoir fournisseur</translation>
    </message>
    <message>
        <source>Purchase orders</source>
        <translation>Bons de commande</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>Bon de commande</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>Dépôts</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Virements</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Écritures de journal</translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation>Écriture de journal</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Achats</translation>
    </message>
    <message>
        <source>Banking</source>
        <translation>Banque</translation>
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
<context>
    <name>RecordsDialog</name>
    <message>
        <source>Here {here}, in QuickBooks {qbo}. Double-click a record to open it here (records only in QuickBooks are shown with their QuickBooks Id).</source>
        <translation>Ici {here}, dans QuickBooks {qbo}. Double-cliquez sur un enregistrement pour l&apos;ouvrir ici (ceux qui ne sont que dans QuickBooks sont affichés avec leur ID QuickBooks).</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Ici</translation>
    </message>
    <message>
        <source>QuickBooks</source>
        <translation>QuickBooks</translation>
    </message>
    <message>
        <source>QuickBooks Id</source>
        <translation>ID QuickBooks</translation>
    </message>
</context>
<context>
    <name>RefundPage</name>
    <message>
        <source>Refund bank account</source>
        <translation>Compte bancaire des remboursements</translation>
    </message>
    <message>
        <source>The QuickBooks account refunds are paid from.</source>
        <translation>Le compte QuickBooks depuis lequel les remboursements sont payés.</translation>
    </message>
    <message>
        <source>Loading QuickBooks&apos; bank accounts…</source>
        <translation>Chargement des comptes bancaires de QuickBooks…</translation>
    </message>
    <message>
        <source>Pay refunds from</source>
        <translation>Payer les remboursements depuis</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a &lt;b&gt;bank account&lt;/b&gt; (or an Other Current Asset account such as petty cash): for example Checking, a refund account or Petty Cash. QuickBooks accepts only these account types here.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Without an account, refunds entered here are not synced to QuickBooks&lt;/b&gt;: they are counted as blocked and listed under Problems, so you can pick one later and sync again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choisissez un &lt;b&gt;compte bancaire&lt;/b&gt; (ou un compte d&apos;autres actifs à court terme, comme la petite caisse)&#x202f;: par exemple Compte chèques, un compte de remboursement ou Petite caisse. QuickBooks n&apos;accepte que ces types de comptes ici.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sans compte, les remboursements saisis ici ne sont pas synchronisés avec QuickBooks&lt;/b&gt;&#x202f;: ils sont comptés comme bloqués et listés dans Problèmes&#x202f;; vous pourrez en choisir un plus tard et resynchroniser.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No refund account: refunds are not synced</source>
        <translation>Aucun compte bancaire des remboursements&#x202f;: les remboursements ne sont pas synchronisés</translation>
    </message>
    <message>
        <source>Refund receipts: {create} to create in QuickBooks, {blocked} blocked for want of a refund account.</source>
        <translation>Reçus de remboursement&#x202f;: {create} à créer dans QuickBooks, {blocked} bloqués faute de compte bancaire des remboursements.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and start</source>
        <translation>Vérifier et lancer</translation>
    </message>
    <message>
        <source>What was found on each side, and what the sync will do with these settings.</source>
        <translation>Ce qui a été trouvé de chaque côté, et ce que fera la synchronisation avec ces paramètres.</translation>
    </message>
    <message>
        <source>These are the records found on each side with the settings above; clicking an ignored or blocked number shows which records and why. &lt;b&gt;Start sync&lt;/b&gt; saves the settings (later syncs use them too) and runs in the background: you can go on working, cancel, and resume.</source>
        <translation>Voici les enregistrements trouvés de chaque côté avec les paramètres ci-dessus&#x202f;; cliquez sur un nombre d&apos;ignorés ou de bloqués pour voir quels enregistrements et pourquoi. &lt;b&gt;Lancer la synchronisation&lt;/b&gt; enregistre les paramètres (les synchronisations suivantes les utilisent aussi) et s&apos;exécute en arrière-plan&#x202f;: vous pouvez continuer à travailler, l&apos;arrêter et la poursuivre.</translation>
    </message>
    <message>
        <source>create here</source>
        <translation>créer ici</translation>
    </message>
    <message>
        <source>ignore</source>
        <translation>ignorer</translation>
    </message>
    <message>
        <source>create in QuickBooks</source>
        <translation>créer dans QuickBooks</translation>
    </message>
    <message>
        <source>all records</source>
        <translation>tous les enregistrements</translation>
    </message>
    <message>
        <source>customers, invoices and payments from {date} on</source>
        <translation>clients, factures et paiements à partir du {date}</translation>
    </message>
    <message>
        <source>none (refunds are not synced)</source>
        <translation>aucun (les remboursements ne sont pas synchronisés)</translation>
    </message>
    <message>
        <source>all checked</source>
        <translation>tous cochés</translation>
    </message>
    <message numerus="yes">
        <source>%n unchecked</source>
        <translation>
            <numerusform>%n non coché</numerusform>
            <numerusform>%n non cochés</numerusform>
        </translation>
    </message>
    <message>
        <source>kept as they are here</source>
        <translation>gardés tels qu&apos;ici</translation>
    </message>
    <message>
        <source>given by QuickBooks</source>
        <translation>attribués par QuickBooks</translation>
    </message>
    <message>
        <source>as QuickBooks&apos; preference says</source>
        <translation>selon le réglage de QuickBooks</translation>
    </message>
    <message>
        <source>Only in QuickBooks</source>
        <translation>Uniquement dans QuickBooks</translation>
    </message>
    <message>
        <source>Only here</source>
        <translation>Uniquement ici</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Refund account</source>
        <translation>Compte bancaire des remboursements</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>Modes de paiement</translation>
    </message>
    <message>
        <source>Invoice numbers</source>
        <translation>Numéros de facture</translation>
    </message>
    <message>
        <source>Choose one</source>
        <translation>En choisir un</translation>
    </message>
    <message>
        <source>See the numbers</source>
        <translation>Voir les numéros</translation>
    </message>
    <message>
        <source>Answer them</source>
        <translation>Y répondre</translation>
    </message>
    <message numerus="yes">
        <source>%n possible match(es) not answered: both records of each pair will be created.</source>
        <translation>
            <numerusform>%n correspondance possible sans réponse&#x202f;: les deux enregistrements de la paire seront créés.</numerusform>
            <numerusform>%n correspondances possibles sans réponse&#x202f;: les deux enregistrements de chaque paire seront créés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund receipt(s) blocked: no refund account.</source>
        <translation>
            <numerusform>%n reçu de remboursement bloqué&#x202f;: aucun compte bancaire des remboursements.</numerusform>
            <numerusform>%n reçus de remboursement bloqués&#x202f;: aucun compte bancaire des remboursements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sales form(s) blocked by their numbers.</source>
        <translation>
            <numerusform>%n formulaire de vente bloqué par son numéro.</numerusform>
            <numerusform>%n formulaires de vente bloqués par leur numéro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) blocked by a problem QuickBooks would refuse; they are listed under Problems after the sync.</source>
        <translation>
            <numerusform>%n enregistrement bloqué par un problème que QuickBooks refuserait&#x202f;; il figure dans Problèmes après la synchronisation.</numerusform>
            <numerusform>%n enregistrements bloqués par un problème que QuickBooks refuserait&#x202f;; ils figurent dans Problèmes après la synchronisation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>Practice books (qbdesk sandbox)</source>
        <translation>Comptabilité d&apos;essai (bac à sable qbdesk)</translation>
    </message>
    <message>
        <source>Practice QuickBooks</source>
        <translation>QuickBooks d&apos;essai</translation>
    </message>
    <message>
        <source>Starting the practice QuickBooks company and connecting to it… The first time, both practice companies are generated: this takes a few seconds.</source>
        <translation>Démarrage de l&apos;entreprise QuickBooks d&apos;essai et connexion… La première fois, les deux entreprises d&apos;essai sont générées&#x202f;: cela prend quelques secondes.</translation>
    </message>
    <message>
        <source>Starting the practice QuickBooks…</source>
        <translation>Démarrage du QuickBooks d&apos;essai…</translation>
    </message>
    <message>
        <source>The practice QuickBooks could not start: {message}</source>
        <translation>Le QuickBooks d&apos;essai n&apos;a pas pu démarrer&#x202f;: {message}</translation>
    </message>
</context>
<context>
    <name>SetupChecklist</name>
    <message>
        <source>Get started in three steps</source>
        <translation>Commencez en trois étapes</translation>
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
        <source>Start first sync…</source>
        <translation>Lancer la première synchronisation…</translation>
    </message>
    <message>
        <source>Open your company file</source>
        <translation>Ouvrez votre fichier d&apos;entreprise</translation>
    </message>
    <message>
        <source>Open the company file that holds your records, create a new one, or try everything safely on the practice company first.</source>
        <translation>Ouvrez le fichier d&apos;entreprise qui contient vos enregistrements, créez-en un nouveau, ou essayez d&apos;abord tout sans risque sur l&apos;entreprise d&apos;essai.</translation>
    </message>
    <message>
        <source>Company file: {name}</source>
        <translation>Fichier d&apos;entreprise&#x202f;: {name}</translation>
    </message>
    <message>
        <source>Your records are here. Keep working in it while you set up the rest.</source>
        <translation>Vos enregistrements sont ici. Continuez à y travailler pendant que vous configurez le reste.</translation>
    </message>
    <message>
        <source>Connect to QuickBooks</source>
        <translation>Se connecter à QuickBooks</translation>
    </message>
    <message>
        <source>Next, connect the company file to your QuickBooks Online company: one button, then you sign in to QuickBooks in your browser.</source>
        <translation>Ensuite, connectez le fichier d&apos;entreprise à votre entreprise QuickBooks Online&#x202f;: un bouton, puis vous vous connectez à QuickBooks dans votre navigateur.</translation>
    </message>
    <message>
        <source>Connected to QuickBooks</source>
        <translation>Connecté à QuickBooks</translation>
    </message>
    <message>
        <source>This company file syncs with {company}.</source>
        <translation>Ce fichier d&apos;entreprise se synchronise avec {company}.</translation>
    </message>
    <message>
        <source>Sign in to QuickBooks again</source>
        <translation>Se reconnecter à QuickBooks</translation>
    </message>
    <message>
        <source>Another computer syncs this company with QuickBooks for everyone.</source>
        <translation>Un autre ordinateur synchronise cette entreprise avec QuickBooks pour tout le monde.</translation>
    </message>
    <message>
        <source>Click the button: your browser opens QuickBooks&apos; sign-in page. Sign in and choose your company; qbdesk keeps the sign-in in this computer&apos;s password store.</source>
        <translation>Cliquez sur le bouton&#x202f;: votre navigateur ouvre la page de connexion de QuickBooks. Connectez-vous et choisissez votre entreprise&#x202f;; qbdesk garde la connexion dans le coffre de mots de passe du système.</translation>
    </message>
    <message>
        <source>This copy of qbdesk has no QuickBooks sign-in service, so you connect with your own Intuit developer keys: click the button to enter them.</source>
        <translation>Cette copie de qbdesk n&apos;a pas de service de connexion à QuickBooks&#x202f;: vous vous connectez donc avec vos propres clés de développeur Intuit. Cliquez sur le bouton pour les saisir.</translation>
    </message>
    <message>
        <source>First sync done</source>
        <translation>Première synchronisation terminée</translation>
    </message>
    <message>
        <source>From now on, later changes on either side sync by themselves.</source>
        <translation>Désormais, les modifications ultérieures des deux côtés se synchronisent d&apos;elles-mêmes.</translation>
    </message>
    <message>
        <source>First sync running</source>
        <translation>Première synchronisation en cours</translation>
    </message>
    <message>
        <source>You can go on working meanwhile; the progress is shown below.</source>
        <translation>Vous pouvez continuer à travailler pendant ce temps&#x202f;; la progression s&apos;affiche ci-dessous.</translation>
    </message>
    <message>
        <source>Run the first sync</source>
        <translation>Lancez la première synchronisation</translation>
    </message>
    <message>
        <source>Choose what to do with records found on one side only and from which date to sync. You see the counts before anything is sent.</source>
        <translation>Choisissez quoi faire des enregistrements présents d&apos;un seul côté et à partir de quelle date synchroniser. Vous voyez le nombre d&apos;enregistrements avant que quoi que ce soit ne soit envoyé.</translation>
    </message>
    <message>
        <source>Once connected, choose what to sync; you see the counts before anything is sent.</source>
        <translation>Une fois connecté, choisissez quoi synchroniser&#x202f;; vous voyez le nombre d&apos;enregistrements avant que quoi que ce soit ne soit envoyé.</translation>
    </message>
</context>
<context>
    <name>SharedCompanyDialog</name>
    <message>
        <source>Open shared company</source>
        <translation>Ouvrir une entreprise partagée</translation>
    </message>
    <message>
        <source>Open a company kept in a PostgreSQL database on your office server. Your administrator can tell you what to fill in.</source>
        <translation>Ouvrez une entreprise conservée dans une base de données PostgreSQL sur le serveur de votre bureau. Votre administrateur peut vous indiquer quoi saisir.</translation>
    </message>
    <message>
        <source>For example: office-server</source>
        <translation>Par exemple&#x202f;: serveur-bureau</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur&#x202f;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#x202f;:</translation>
    </message>
    <message>
        <source>Leave empty to use the saved password.</source>
        <translation>Laissez vide pour utiliser le mot de passe enregistré.</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep the password in: you will type it each time you open this company.</source>
        <translation>Cet ordinateur n&apos;a pas de coffre de mots de passe du système où conserver le mot de passe&#x202f;: vous devrez le saisir à chaque ouverture de cette entreprise.</translation>
    </message>
    <message>
        <source>Set up a new qbdesk company in this empty database</source>
        <translation>Créer une nouvelle entreprise qbdesk dans cette base de données vide</translation>
    </message>
    <message>
        <source>Advanced: paste a connection address</source>
        <translation>Avancé&#x202f;: coller une adresse de connexion</translation>
    </message>
    <message>
        <source>postgresql://user@server:5432/database</source>
        <translation>postgresql://utilisateur@serveur:5432/base</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#x202f;:</translation>
    </message>
    <message>
        <source>Pasting fills in the fields above; a password in it moves to the password field.</source>
        <translation>L&apos;adresse collée remplit les champs ci-dessus&#x202f;; le mot de passe qu&apos;elle contient va dans le champ du mot de passe.</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>This is not a PostgreSQL address. It looks like postgresql://user@server:5432/database.</source>
        <translation>Ce n&apos;est pas une adresse PostgreSQL. Elle doit avoir la forme postgresql://utilisateur@serveur:5432/base.</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation>Saisissez le nom ou l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>Enter a port number from 1 to 65535.</source>
        <translation>Saisissez un numéro de port entre 1 et 65535.</translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation>Saisissez le nom de la base de données.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Saisissez votre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Connecting to {server}…</source>
        <translation>Connexion à {server}…</translation>
    </message>
    <message>
        <source>The database {database} holds no qbdesk company yet. If it is the right one, tick “{option}” and open it again.</source>
        <translation>La base de données {database} ne contient encore aucune entreprise qbdesk. Si c&apos;est la bonne, cochez «&#x202f;{option}&#x202f;» et ouvrez-la de nouveau.</translation>
    </message>
    <message>
        <source>There is no database {database} on {server}. Check its name, or ask your administrator to create it.</source>
        <translation>Il n&apos;y a pas de base de données {database} sur {server}. Vérifiez son nom, ou demandez à votre administrateur de la créer.</translation>
    </message>
    <message>
        <source>The server did not accept the password for {user}. Check the user name and type the password again.</source>
        <translation>Le serveur n&apos;a pas accepté le mot de passe de {user}. Vérifiez le nom d&apos;utilisateur et saisissez de nouveau le mot de passe.</translation>
    </message>
    <message>
        <source>Enter the password for {user}.</source>
        <translation>Saisissez le mot de passe de {user}.</translation>
    </message>
    <message>
        <source>There is no user {user} on {server}. Check the user name.</source>
        <translation>Il n&apos;y a pas d&apos;utilisateur {user} sur {server}. Vérifiez le nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>{server} does not accept {user} from this computer. Ask your administrator to allow it (pg_hba.conf).</source>
        <translation>{server} n&apos;accepte pas {user} depuis cet ordinateur. Demandez à votre administrateur de l&apos;autoriser (pg_hba.conf).</translation>
    </message>
    <message>
        <source>{user} may not set up a company in {database}. Ask your administrator to make {user} the database&apos;s owner.</source>
        <translation>{user} n&apos;a pas le droit de créer une entreprise dans {database}. Demandez à votre administrateur de faire de {user} le propriétaire de la base de données.</translation>
    </message>
    <message>
        <source>{user} may not use the database {database}. Ask your administrator for access.</source>
        <translation>{user} n&apos;a pas le droit d&apos;utiliser la base de données {database}. Demandez l&apos;accès à votre administrateur.</translation>
    </message>
    <message>
        <source>No server named {server} was found. Check the server&apos;s name, and that this computer is on the office network.</source>
        <translation>Aucun serveur nommé {server} n&apos;a été trouvé. Vérifiez le nom du serveur et que cet ordinateur est bien connecté au réseau du bureau.</translation>
    </message>
    <message>
        <source>{server} did not answer on port {port}. Check that the server is on, the port is right, and this computer is on the office network.</source>
        <translation>{server} n&apos;a pas répondu sur le port {port}. Vérifiez que le serveur est allumé, que le port est correct et que cet ordinateur est connecté au réseau du bureau.</translation>
    </message>
    <message>
        <source>The company could not be opened: {message}</source>
        <translation>Impossible d&apos;ouvrir l&apos;entreprise&#x202f;: {message}</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>One side only</source>
        <translation>D&apos;un seul côté</translation>
    </message>
    <message>
        <source>Possible matches</source>
        <translation>Correspondances possibles</translation>
    </message>
    <message>
        <source>Which records</source>
        <translation>Quels enregistrements</translation>
    </message>
    <message>
        <source>Refund account</source>
        <translation>Compte des remboursements</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>Modes de paiement</translation>
    </message>
    <message>
        <source>Invoice numbers</source>
        <translation>Numéros de facture</translation>
    </message>
    <message>
        <source>Review and start</source>
        <translation>Vérifier et lancer</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Étape {number} sur {count}</translation>
    </message>
</context>
<context>
    <name>SyncHub</name>
    <message numerus="yes">
        <source>Problems: %n open</source>
        <translation>
            <numerusform>Problèmes&#x202f;: %n ouvert</numerusform>
            <numerusform>Problèmes&#x202f;: %n ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approvals: %n waiting</source>
        <translation>
            <numerusform>Approbations&#x202f;: %n en attente</numerusform>
            <numerusform>Approbations&#x202f;: %n en attente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Credit memos</source>
        <translation>Avoirs</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>Factures fournisseurs</translation>
    </message>
    <message>
        <source>Estimates</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Sales receipts</source>
        <translation>Reçus de vente</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>Dépôts</translation>
    </message>
    <message>
        <source>Vendor credits</source>
        <translation>Avoirs fournisseurs</translation>
    </message>
    <message>
        <source>Bill payments</source>
        <translation>Paiements de factures fournisseurs</translation>
    </message>
    <message>
        <source>Purchase orders</source>
        <translation>Bons de commande</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Virements</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Écritures de journal</translation>
    </message>
    <message>
        <source>Products and services</source>
        <translation>Produits et services</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Resync</source>
        <translation>Resynchroniser</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Mettre de côté</translation>
    </message>
    <message>
        <source>Unskip</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Bypass</source>
        <translation>Marquer comme déjà dans QuickBooks</translation>
    </message>
    <message>
        <source>Clear ID</source>
        <translation>Effacer l&apos;identifiant</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Match…</source>
        <translation>Associer…</translation>
    </message>
    <message>
        <source>Create in QuickBooks</source>
        <translation>Créer dans QuickBooks</translation>
    </message>
    <message>
        <source>Don&apos;t sync</source>
        <translation>Ne pas synchroniser</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Move back</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Accept QuickBooks&apos; change</source>
        <translation>Accepter la modification de QuickBooks</translation>
    </message>
    <message>
        <source>Keep the version here</source>
        <translation>Conserver la version d&apos;ici</translation>
    </message>
    <message>
        <source>Keep QuickBooks&apos; version</source>
        <translation>Conserver la version de QuickBooks</translation>
    </message>
    <message>
        <source>Give the next free number</source>
        <translation>Donner le prochain numéro libre</translation>
    </message>
    <message>
        <source>Undo anyway</source>
        <translation>Annuler quand même</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conserver tel quel</translation>
    </message>
    <message>
        <source>Choose a refund account…</source>
        <translation>Choisir le compte bancaire des remboursements…</translation>
    </message>
    <message>
        <source>Try again at the next sync.</source>
        <translation>Réessayer à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Open the sync settings at the refund bank account; the refunds are sent at the next sync.</source>
        <translation>Ouvrir les paramètres de synchronisation au compte bancaire des remboursements&#x202f;; les remboursements sont envoyés à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Stop retrying this problem and stop notifying about it.</source>
        <translation>Ne plus réessayer ce problème et ne plus le signaler.</translation>
    </message>
    <message>
        <source>Show this problem again and retry it at the next sync.</source>
        <translation>Afficher de nouveau ce problème et le réessayer à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The payment is already in QuickBooks: link it and never send it.</source>
        <translation>Le paiement est déjà dans QuickBooks&#x202f;: l&apos;associer et ne jamais l&apos;envoyer.</translation>
    </message>
    <message>
        <source>Forget the deleted QuickBooks record: the next sync creates it again.</source>
        <translation>Oublier l&apos;enregistrement supprimé dans QuickBooks&#x202f;: la prochaine synchronisation le recrée.</translation>
    </message>
    <message>
        <source>Delete this service here so it can be created again with the right account.</source>
        <translation>Supprimer ce service ici pour pouvoir le recréer avec le bon compte.</translation>
    </message>
    <message>
        <source>Pick the QuickBooks customer this customer is.</source>
        <translation>Choisir le client QuickBooks qui correspond à ce client.</translation>
    </message>
    <message>
        <source>Create this customer in QuickBooks now.</source>
        <translation>Créer ce client dans QuickBooks maintenant.</translation>
    </message>
    <message>
        <source>Leave this customer out of the sync; its invoices and payments wait too.</source>
        <translation>Exclure ce client de la synchronisation&#x202f;; ses factures et paiements attendent aussi.</translation>
    </message>
    <message>
        <source>Open the record; saving it sends it again.</source>
        <translation>Ouvrir l&apos;enregistrement&#x202f;; l&apos;enregistrer le renvoie.</translation>
    </message>
    <message>
        <source>Put the invoice back on the customer it has here.</source>
        <translation>Remettre la facture au client qu&apos;elle a ici.</translation>
    </message>
    <message>
        <source>Move the invoice here to the customer it has in QuickBooks.</source>
        <translation>Rattacher ici la facture au client qu&apos;elle a dans QuickBooks.</translation>
    </message>
    <message>
        <source>Send the version here to QuickBooks at the next sync.</source>
        <translation>Envoyer la version d&apos;ici à QuickBooks à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Replace the version here with QuickBooks&apos; version.</source>
        <translation>Remplacer la version d&apos;ici par celle de QuickBooks.</translation>
    </message>
    <message>
        <source>Give it the next number free here and in QuickBooks; the next sync sends it.</source>
        <translation>Lui donner le prochain numéro libre ici et dans QuickBooks&#x202f;; la prochaine synchronisation l&apos;envoie.</translation>
    </message>
    <message>
        <source>Take the run back for this record all the same: the later change is lost.</source>
        <translation>Revenir sur la synchronisation pour cet enregistrement malgré tout&#x202f;: la modification ultérieure est perdue.</translation>
    </message>
    <message>
        <source>Leave the record as it is now; undoing the run again leaves it too.</source>
        <translation>Laisser l&apos;enregistrement tel qu&apos;il est&#x202f;; une nouvelle annulation de cette synchronisation le laissera aussi.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <source>Make inactive</source>
        <translation>Rendre inactif</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Réussies</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouées</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Non effectuées</translation>
    </message>
    <message>
        <source>Created in QuickBooks</source>
        <translation>Créé dans QuickBooks</translation>
    </message>
    <message>
        <source>Updated in QuickBooks</source>
        <translation>Mis à jour dans QuickBooks</translation>
    </message>
    <message>
        <source>Deleted in QuickBooks by this sync</source>
        <translation>Supprimé dans QuickBooks par cette synchronisation</translation>
    </message>
    <message>
        <source>Made inactive in QuickBooks</source>
        <translation>Rendu inactif dans QuickBooks</translation>
    </message>
    <message>
        <source>Created here</source>
        <translation>Créé ici</translation>
    </message>
    <message>
        <source>Updated here</source>
        <translation>Mis à jour ici</translation>
    </message>
    <message>
        <source>Deleted here</source>
        <translation>Supprimé ici</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Associé</translation>
    </message>
    <message>
        <source>Deleted in QuickBooks</source>
        <translation>Supprimé dans QuickBooks</translation>
    </message>
    <message>
        <source>Approved, waiting to sync</source>
        <translation>Approuvé, en attente de synchronisation</translation>
    </message>
    <message>
        <source>Restored in QuickBooks</source>
        <translation>Rétabli dans QuickBooks</translation>
    </message>
    <message>
        <source>Restored here</source>
        <translation>Rétabli ici</translation>
    </message>
    <message>
        <source>Link undone</source>
        <translation>Association annulée</translation>
    </message>
    <message>
        <source>Full sync</source>
        <translation>Synchronisation complète</translation>
    </message>
    <message>
        <source>Full comparison</source>
        <translation>Comparaison complète</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>Action on a problem</source>
        <translation>Action sur un problème</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulation d&apos;une synchronisation</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vendor(s)</source>
        <translation>
            <numerusform>%n fournisseur</numerusform>
            <numerusform>%n fournisseurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n facture</numerusform>
            <numerusform>%n factures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credit memo(s)</source>
        <translation>
            <numerusform>%n avoir</numerusform>
            <numerusform>%n avoirs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n paiement</numerusform>
            <numerusform>%n paiements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s)</source>
        <translation>
            <numerusform>%n remboursement</numerusform>
            <numerusform>%n remboursements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expense(s)</source>
        <translation>
            <numerusform>%n dépense</numerusform>
            <numerusform>%n dépenses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bill(s)</source>
        <translation>
            <numerusform>%n facture fournisseur</numerusform>
            <numerusform>%n factures fournisseurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n estimate(s)</source>
        <translation>
            <numerusform>%n devis</numerusform>
            <numerusform>%n devis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sales receipt(s)</source>
        <translation>
            <numerusform>%n reçu de vente</numerusform>
            <numerusform>%n reçus de vente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deposit(s)</source>
        <translation>
            <numerusform>%n dépôt</numerusform>
            <numerusform>%n dépôts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vendor credit(s)</source>
        <translation>
            <numerusform>%n avoir fournisseur</numerusform>
            <numerusform>%n avoirs fournisseurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bill payment(s)</source>
        <translation>
            <numerusform>%n paiement de facture fournisseur</numerusform>
            <numerusform>%n paiements de factures fournisseurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchase order(s)</source>
        <translation>
            <numerusform>%n bon de commande</numerusform>
            <numerusform>%n bons de commande</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s)</source>
        <translation>
            <numerusform>%n virement</numerusform>
            <numerusform>%n virements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journal entry(s)</source>
        <translation>
            <numerusform>%n écriture de journal</numerusform>
            <numerusform>%n écritures de journal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) or service(s)</source>
        <translation>
            <numerusform>%n produit ou service</numerusform>
            <numerusform>%n produits ou services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n compte</numerusform>
            <numerusform>%n comptes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n list entry(s)</source>
        <translation>
            <numerusform>%n entrée de liste</numerusform>
            <numerusform>%n entrées de liste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s)</source>
        <translation>
            <numerusform>%n autre enregistrement</numerusform>
            <numerusform>%n autres enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{records} could not sync</source>
        <translation>
            <numerusform>{records} n&apos;a pas pu se synchroniser</numerusform>
            <numerusform>{records} n&apos;ont pas pu se synchroniser</numerusform>
        </translation>
    </message>
    <message>
        <source>{list}, {item}</source>
        <translation>{list}, {item}</translation>
    </message>
    <message>
        <source>{list} and {last}</source>
        <translation>{list} et {last}</translation>
    </message>
    <message>
        <source>The connection to QuickBooks needs attention</source>
        <translation>La connexion à QuickBooks demande votre attention</translation>
    </message>
    <message>
        <source>{records}, and the connection to QuickBooks needs attention</source>
        <translation>{records}, et la connexion à QuickBooks demande votre attention</translation>
    </message>
</context>
<context>
    <name>SyncLogModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>QuickBooks Id</source>
        <translation>ID QuickBooks</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
</context>
<context>
    <name>SyncLogView</name>
    <message>
        <source>Export the sync log</source>
        <translation>Exporter le journal de synchronisation</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Journal de synchronisation</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Undo this run…</source>
        <translation>Annuler cette synchronisation…</translation>
    </message>
    <message>
        <source>Put both sides back as they were before the run of the selected entry. You see what will be done first.</source>
        <translation>Remettre les deux côtés comme ils étaient avant la synchronisation de l&apos;entrée choisie. Vous voyez d&apos;abord ce qui sera fait.</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Type d&apos;enregistrement</translation>
    </message>
    <message>
        <source>All record types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Search records, Ids and errors</source>
        <translation>Rechercher enregistrements, ID et erreurs</translation>
    </message>
    <message>
        <source>Search the sync log</source>
        <translation>Rechercher dans le journal de synchronisation</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Toutes dates</translation>
    </message>
    <message>
        <source>All ({count})</source>
        <translation>Toutes ({count})</translation>
    </message>
    <message>
        <source>{status} ({count})</source>
        <translation>{status} ({count})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln entrée</numerusform>
            <numerusform>%Ln entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s) match</source>
        <translation>
            <numerusform>%Ln entrée correspond</numerusform>
            <numerusform>%Ln entrées correspondent</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync log could not be read: {message}</source>
        <translation>Impossible de lire le journal de synchronisation&#x202f;: {message}</translation>
    </message>
    <message>
        <source>An undo is not undone: sync again to do once more what it took back.</source>
        <translation>Une annulation ne s&apos;annule pas&#x202f;: synchronisez de nouveau pour refaire ce qu&apos;elle a défait.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s) exported to {path}</source>
        <translation>
            <numerusform>%Ln entrée exportée vers {path}</numerusform>
            <numerusform>%Ln entrées exportées vers {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>The log could not be exported: {message}</source>
        <translation>Impossible d&apos;exporter le journal de synchronisation&#x202f;: {message}</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>QuickBooks Online</source>
        <translation>QuickBooks Online</translation>
    </message>
    <message>
        <source>Connection…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>What a sync finds now</source>
        <translation>Ce que trouverait une synchronisation maintenant</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>Recompter</translation>
    </message>
    <message>
        <source>Read both sides again and count what a sync would do</source>
        <translation>Relire les deux côtés et compter ce que ferait une synchronisation</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>Détails de la connexion</translation>
    </message>
    <message>
        <source>Set up the sync in three steps</source>
        <translation>Configurez la synchronisation en trois étapes</translation>
    </message>
    <message>
        <source>You can go on working meanwhile: browse and edit records; changes made now are sent at the next sync.</source>
        <translation>Vous pouvez continuer à travailler pendant ce temps&#x202f;: consultez et modifiez des enregistrements&#x202f;; les modifications faites maintenant seront envoyées à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Arrêter la synchronisation</translation>
    </message>
    <message>
        <source>Stops after the current batch; Resume continues where it stopped</source>
        <translation>S&apos;arrête après le lot en cours&#x202f;; Poursuivre repart de là où elle s&apos;est arrêtée</translation>
    </message>
    <message>
        <source>Resume sync</source>
        <translation>Poursuivre la synchronisation</translation>
    </message>
    <message>
        <source>Continue the interrupted sync: nothing is sent twice</source>
        <translation>Poursuivre la synchronisation interrompue&#x202f;: rien n&apos;est envoyé deux fois</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Sync settings…</source>
        <translation>Paramètres de synchronisation…</translation>
    </message>
    <message>
        <source>Change the settings and start a new full sync</source>
        <translation>Modifier les paramètres et lancer une nouvelle synchronisation complète</translation>
    </message>
    <message>
        <source>Cancelling: the sync stops after the current batch…</source>
        <translation>Arrêt en cours&#x202f;: la synchronisation s&apos;arrête après le lot en cours…</translation>
    </message>
    <message>
        <source>Counting: reading both sides…</source>
        <translation>Comptage&#x202f;: lecture des deux côtés…</translation>
    </message>
    <message>
        <source>QuickBooks could not be read: {message}</source>
        <translation>Impossible de lire QuickBooks&#x202f;: {message}</translation>
    </message>
    <message>
        <source>Synced by {computer}</source>
        <translation>Synchronisé par {computer}</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Vérification de la connexion…</translation>
    </message>
    <message>
        <source>The password store is not available: the sign-in cannot be read</source>
        <translation>Le coffre de mots de passe du système n&apos;est pas disponible&#x202f;: la connexion ne peut pas être lue</translation>
    </message>
    <message>
        <source>Not connected: this file names other QuickBooks addresses than its sign-in</source>
        <translation>Non connecté&#x202f;: ce fichier indique d&apos;autres adresses QuickBooks que celles de sa connexion</translation>
    </message>
    <message>
        <source>Not connected on this computer</source>
        <translation>Non connecté sur cet ordinateur</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connected to {company}</source>
        <translation>Connecté à {company}</translation>
    </message>
    <message>
        <source>qbdesk on {computer} (process {pid}) is syncing this company now, since {time}; a sync from here can start once it has finished.</source>
        <translation>qbdesk sur {computer} (processus {pid}) synchronise cette entreprise en ce moment, depuis {time}&#x202f;; une synchronisation pourra être lancée d&apos;ici une fois celle-ci terminée.</translation>
    </message>
    <message>
        <source>This computer is the sync host: it keeps the connection to QuickBooks and syncs for every computer that opens this company.</source>
        <translation>Cet ordinateur est le poste de synchronisation&#x202f;: il conserve la connexion à QuickBooks et synchronise pour tous les ordinateurs qui ouvrent cette entreprise.</translation>
    </message>
    <message>
        <source>Resume undo</source>
        <translation>Poursuivre l&apos;annulation</translation>
    </message>
    <message>
        <source>No sync has run yet.</source>
        <translation>Aucune synchronisation pour l&apos;instant.</translation>
    </message>
    <message>
        <source>The last attempt failed: {message}</source>
        <translation>La dernière tentative a échoué&#x202f;: {message}</translation>
    </message>
    <message>
        <source>{qbo} created in QuickBooks, {here} created here, {linked} linked, {updated} updated, problems: {problems}.</source>
        <translation>Créés dans QuickBooks&#x202f;: {qbo}, créés ici&#x202f;: {here}, associés&#x202f;: {linked}, mis à jour&#x202f;: {updated}, problèmes&#x202f;: {problems}.</translation>
    </message>
    <message>
        <source>Last sync completed in {time}.</source>
        <translation>Dernière synchronisation terminée en {time}.</translation>
    </message>
    <message>
        <source>The sync was interrupted. Resume continues where it stopped; nothing is sent twice.</source>
        <translation>La synchronisation a été interrompue. Poursuivre repart de là où elle s&apos;est arrêtée&#x202f;; rien n&apos;est envoyé deux fois.</translation>
    </message>
    <message>
        <source>The last sync did not complete ({status}).</source>
        <translation>La dernière synchronisation n&apos;a pas abouti ({status}).</translation>
    </message>
    <message>
        <source> See Problems for what needs attention.</source>
        <translation> Voir Problèmes pour ce qui demande votre attention.</translation>
    </message>
    <message>
        <source>An undo was interrupted. Resume finishes it; nothing is done twice. No sync starts until it is finished.</source>
        <translation>Une annulation a été interrompue. Poursuivre la termine&#x202f;; rien n&apos;est fait deux fois. Aucune synchronisation ne démarre avant la fin.</translation>
    </message>
    <message numerus="yes">
        <source>The last run was an undo, completed in {time}: %n record(s) or link(s) taken back.</source>
        <translation>
            <numerusform>La dernière opération était une annulation, terminée en {time}&#x202f;: %n enregistrement ou association défait.</numerusform>
            <numerusform>La dernière opération était une annulation, terminée en {time}&#x202f;: %n enregistrements ou associations défaits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncProgressView</name>
    <message>
        <source>Starting the sync…</source>
        <translation>Démarrage de la synchronisation…</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} sur {total}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>{done} of {total} records</source>
        <translation>{done} enregistrements sur {total}</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <source>Sync settings</source>
        <translation>Paramètres de synchronisation</translation>
    </message>
    <message>
        <source>Review changes before they sync</source>
        <translation>Vérifier les modifications avant leur synchronisation</translation>
    </message>
    <message>
        <source>A sync only finds the changes on both sides; they wait in Approvals until you approve them.</source>
        <translation>Une synchronisation ne fait que détecter les modifications des deux côtés&#x202f;; elles attendent dans Approbations jusqu&apos;à ce que vous les approuviez.</translation>
    </message>
    <message>
        <source>When a record was changed here and in QuickBooks</source>
        <translation>Quand un enregistrement a été modifié ici et dans QuickBooks</translation>
    </message>
    <message>
        <source>Ask me: show both versions as a problem</source>
        <translation>Me demander&#x202f;: afficher les deux versions comme un problème</translation>
    </message>
    <message>
        <source>QuickBooks wins</source>
        <translation>QuickBooks l&apos;emporte</translation>
    </message>
    <message>
        <source>This company file wins</source>
        <translation>Ce fichier d&apos;entreprise l&apos;emporte</translation>
    </message>
    <message>
        <source>Keep invoice numbers in step with QuickBooks</source>
        <translation>Garder les numéros de facture en phase avec QuickBooks</translation>
    </message>
    <message>
        <source>New invoices continue from the last number used here or in QuickBooks, and a number QuickBooks already has is pointed out as you type it.</source>
        <translation>Les nouvelles factures continuent à partir du dernier numéro utilisé ici ou dans QuickBooks, et un numéro que QuickBooks possède déjà est signalé pendant la saisie.</translation>
    </message>
    <message>
        <source>Sync automatically every</source>
        <translation>Synchroniser automatiquement toutes les</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes between automatic syncs</source>
        <translation>Minutes entre les synchronisations automatiques</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>The sync settings could not be read or saved: {message}</source>
        <translation>Impossible de lire ou d&apos;enregistrer les paramètres de synchronisation&#x202f;: {message}</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>Reading this company file…</source>
        <translation>Lecture de ce fichier d&apos;entreprise…</translation>
    </message>
    <message>
        <source>Reading QuickBooks Online…</source>
        <translation>Lecture de QuickBooks Online…</translation>
    </message>
    <message>
        <source>Checking what the interrupted sync left unfinished…</source>
        <translation>Vérification de ce que la synchronisation interrompue a laissé inachevé…</translation>
    </message>
    <message>
        <source>Sending and receiving the changes since the last sync…</source>
        <translation>Envoi et réception des modifications depuis la dernière synchronisation…</translation>
    </message>
    <message>
        <source>Comparing both sides in full…</source>
        <translation>Comparaison complète des deux côtés…</translation>
    </message>
    <message>
        <source>Carrying out what other desktops asked for…</source>
        <translation>Exécution des demandes des autres ordinateurs…</translation>
    </message>
    <message>
        <source>Found only in QuickBooks, and the settings say to ignore such records.</source>
        <translation>Présent uniquement dans QuickBooks, et les paramètres demandent d&apos;ignorer ces enregistrements.</translation>
    </message>
    <message>
        <source>Found only in this company file, and the settings say to ignore such records.</source>
        <translation>Présent uniquement dans ce fichier d&apos;entreprise, et les paramètres demandent d&apos;ignorer ces enregistrements.</translation>
    </message>
    <message>
        <source>Dated before the start date.</source>
        <translation>Daté d&apos;avant la date de début.</translation>
    </message>
    <message>
        <source>Paid with a payment method that is not checked.</source>
        <translation>Payé avec un mode de paiement non coché.</translation>
    </message>
    <message>
        <source>QuickBooks does not let apps create these; set them up in QuickBooks.</source>
        <translation>QuickBooks ne permet pas aux applications de les créer&#x202f;; configurez-les dans QuickBooks.</translation>
    </message>
    <message>
        <source>This QuickBooks does not keep records of this kind (QuickBooks Desktop: not synced through the Web Connector yet); it stays here.</source>
        <translation>Ce QuickBooks ne conserve pas les enregistrements de ce genre (QuickBooks Desktop&#x202f;: pas encore synchronisés par le Web Connector)&#x202f;; il reste ici.</translation>
    </message>
    <message>
        <source>You chose not to sync this record.</source>
        <translation>Vous avez choisi de ne pas synchroniser cet enregistrement.</translation>
    </message>
    <message>
        <source>You put its problem aside: it is not retried until you take it up again.</source>
        <translation>Vous avez mis son problème de côté&#x202f;: il n&apos;est plus retenté tant que vous ne le reprenez pas.</translation>
    </message>
    <message>
        <source>Waits for your approval (Approvals).</source>
        <translation>En attente de votre approbation (Approbations).</translation>
    </message>
    <message>
        <source>Sync completed.</source>
        <translation>Synchronisation terminée.</translation>
    </message>
    <message>
        <source>Sync interrupted: it can be resumed.</source>
        <translation>Synchronisation interrompue&#x202f;: elle peut être poursuivie.</translation>
    </message>
    <message>
        <source>Sync failed: it can be resumed.</source>
        <translation>Échec de la synchronisation&#x202f;: elle peut être poursuivie.</translation>
    </message>
    <message>
        <source>Sync running.</source>
        <translation>Synchronisation en cours.</translation>
    </message>
    <message>
        <source>Found in
QuickBooks</source>
        <translation>Dans
QuickBooks</translation>
    </message>
    <message>
        <source>Found
here</source>
        <translation>Ici</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Associés</translation>
    </message>
    <message>
        <source>To create
in QuickBooks</source>
        <translation>À créer dans
QuickBooks</translation>
    </message>
    <message>
        <source>Only here: will be created in QuickBooks Online</source>
        <translation>Uniquement ici&#x202f;: sera créé dans QuickBooks Online</translation>
    </message>
    <message>
        <source>To create
here</source>
        <translation>À créer
ici</translation>
    </message>
    <message>
        <source>Only in QuickBooks: will be created in this company file</source>
        <translation>Uniquement dans QuickBooks&#x202f;: sera créé dans ce fichier d&apos;entreprise</translation>
    </message>
    <message>
        <source>To
update</source>
        <translation>À mettre
à jour</translation>
    </message>
    <message>
        <source>Left
out</source>
        <translation>Laissés
de côté</translation>
    </message>
    <message>
        <source>Records found in QuickBooks Online (after the date and payment-method filters)</source>
        <translation>Enregistrements trouvés dans QuickBooks Online (après les filtres de date et de mode de paiement)</translation>
    </message>
    <message>
        <source>Records found in this company file (after the filters)</source>
        <translation>Enregistrements trouvés dans ce fichier d&apos;entreprise (après les filtres)</translation>
    </message>
    <message>
        <source>Found on both sides: linked, nothing is created</source>
        <translation>Trouvés des deux côtés&#x202f;: associés, rien n&apos;est créé</translation>
    </message>
    <message>
        <source>Changes to send to QuickBooks or to take from it (click to see each field)</source>
        <translation>Modifications à envoyer à QuickBooks ou à recevoir de QuickBooks (cliquez pour voir chaque champ)</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignorés</translation>
    </message>
    <message>
        <source>Not created, as the settings ask (click to see why)</source>
        <translation>Non créés, comme le demandent les paramètres (cliquez pour savoir pourquoi)</translation>
    </message>
    <message>
        <source>Left out by the start date or an unchecked payment method</source>
        <translation>Exclus par la date de début ou un mode de paiement non coché</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqués</translation>
    </message>
    <message>
        <source>Cannot sync until a problem is fixed (click to see why)</source>
        <translation>Synchronisation impossible tant qu&apos;un problème n&apos;est pas corrigé (cliquez pour savoir pourquoi)</translation>
    </message>
    <message>
        <source>Syncing {type}…</source>
        <translation>Synchronisation des {type}…</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Aucune raison indiquée</translation>
    </message>
    <message>
        <source>{rate} records/min</source>
        <translation>{rate} enregistrements/min</translation>
    </message>
    <message>
        <source>{rate} records/s</source>
        <translation>{rate} enregistrements/s</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>moins d&apos;une minute restante</translation>
    </message>
    <message>
        <source>about {hours} h left</source>
        <translation>environ {hours} h restantes</translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>environ %n min restante</numerusform>
            <numerusform>environ %n min restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <source>Another qbdesk is syncing this company: on {computer} since {time}. The sync here did not start; try again when it has finished.</source>
        <translation>Un autre qbdesk synchronise cette entreprise&#x202f;: sur {computer} depuis {time}. La synchronisation n&apos;a pas démarré ici&#x202f;; réessayez quand elle sera terminée.</translation>
    </message>
    <message>
        <source>Another qbdesk is syncing this company right now. The sync here did not start; try again when it has finished.</source>
        <translation>Un autre qbdesk synchronise cette entreprise en ce moment. La synchronisation n&apos;a pas démarré ici&#x202f;; réessayez quand elle sera terminée.</translation>
    </message>
    <message>
        <source>{computer} is this company&apos;s sync host: it syncs with QuickBooks, and what you do here is sent to it. To sync from this computer, take over as sync host.</source>
        <translation>{computer} est le poste de synchronisation de cette entreprise&#x202f;: il synchronise avec QuickBooks, et ce que vous faites ici lui est envoyé. Pour synchroniser depuis cet ordinateur, faites-en le poste de synchronisation.</translation>
    </message>
    <message>
        <source>An interrupted {kind} must be finished before anything else syncs, so nothing is done twice: resume it (or cancel it).</source>
        <translation>Une opération interrompue ({kind}) doit être terminée avant toute autre synchronisation, pour que rien ne soit fait deux fois&#x202f;: poursuivez-la (ou abandonnez-la).</translation>
    </message>
    <message>
        <source>The sync stopped unexpectedly: the part of qbdesk that sends your records to QuickBooks ended (the computer may have run short of memory, or it was stopped). Resume continues where it stopped; nothing is sent twice.</source>
        <translation>La synchronisation s&apos;est arrêtée de façon inattendue&#x202f;: la partie de qbdesk qui envoie vos enregistrements à QuickBooks s&apos;est terminée (l&apos;ordinateur a peut-être manqué de mémoire, ou elle a été arrêtée). Poursuivre repart de là où elle s&apos;est arrêtée&#x202f;; rien n&apos;est envoyé deux fois.</translation>
    </message>
    <message>
        <source>The connection to the company database was lost during the sync, so it stopped to make sure no other computer syncs at the same time. Resume continues where it stopped; nothing is sent twice.</source>
        <translation>La connexion à la base de données de l&apos;entreprise a été perdue pendant la synchronisation&#x202f;; celle-ci s&apos;est donc arrêtée pour qu&apos;aucun autre ordinateur ne synchronise en même temps. Poursuivre repart de là où elle s&apos;est arrêtée&#x202f;; rien n&apos;est envoyé deux fois.</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>Review sync problems</source>
        <translation>Examiner les problèmes de synchronisation</translation>
    </message>
    <message numerus="yes">
        <source>%n new sync problem(s)</source>
        <translation>
            <numerusform>%n nouveau problème de synchronisation</numerusform>
            <numerusform>%n nouveaux problèmes de synchronisation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoDialog</name>
    <message>
        <source>Undo this run</source>
        <translation>Annuler cette synchronisation</translation>
    </message>
    <message>
        <source>Reading what the run did, and how each record is now…</source>
        <translation>Lecture de ce qu&apos;a fait la synchronisation et de l&apos;état actuel de chaque enregistrement…</translation>
    </message>
    <message>
        <source>What the undo will do</source>
        <translation>Ce que fera l&apos;annulation</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>After the undo</source>
        <translation>Après l&apos;annulation</translation>
    </message>
    <message>
        <source>Cancel the undo</source>
        <translation>Arrêter l&apos;annulation</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Poursuivre</translation>
    </message>
    <message>
        <source>Show problems</source>
        <translation>Voir les problèmes</translation>
    </message>
    <message>
        <source>Connect to QuickBooks first: undoing a run needs to read and write there.</source>
        <translation>Connectez-vous d&apos;abord à QuickBooks&#x202f;: annuler une synchronisation demande d&apos;y lire et d&apos;y écrire.</translation>
    </message>
    <message>
        <source>Undo this run: {kind}, {when}</source>
        <translation>Annuler cette synchronisation&#x202f;: {kind}, {when}</translation>
    </message>
    <message>
        <source>Nothing is left to undo of the run of {when}: what it did has been taken back already.</source>
        <translation>Il ne reste rien à annuler de la synchronisation du {when}&#x202f;: ce qu&apos;elle a fait a déjà été défait.</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. Undoing the run of {when} puts both sides back as they were before it: this is what it will do. Records someone changed since the run are left as they are.</source>
        <translation>Rien n&apos;a encore été modifié. Annuler la synchronisation du {when} remet les deux côtés comme ils étaient avant elle&#x202f;; voici ce qui sera fait. Les enregistrements modifiés depuis par quelqu&apos;un restent tels quels.</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… et %Ln autre</numerusform>
            <numerusform>… et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing the run…</source>
        <translation>Annulation de la synchronisation…</translation>
    </message>
    <message>
        <source>Resuming the undo…</source>
        <translation>Poursuite de l&apos;annulation…</translation>
    </message>
    <message>
        <source>The undo could not start: a sync is running, or QuickBooks is not connected. Try again when the sync has finished.</source>
        <translation>L&apos;annulation n&apos;a pas pu démarrer&#x202f;: une synchronisation est en cours, ou QuickBooks n&apos;est pas connecté. Réessayez quand la synchronisation est terminée.</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Arrêt après le lot en cours…</translation>
    </message>
    <message>
        <source>{entity}: {done} of {total}</source>
        <translation>{entity}&#x202f;: {done} sur {total}</translation>
    </message>
    <message>
        <source>Finished {when}.</source>
        <translation>Terminé le {when}.</translation>
    </message>
</context>
<context>
    <name>UndoText</name>
    <message>
        <source>To delete in QuickBooks</source>
        <translation>À supprimer dans QuickBooks</translation>
    </message>
    <message>
        <source>To make inactive in QuickBooks</source>
        <translation>À rendre inactifs dans QuickBooks</translation>
    </message>
    <message>
        <source>To restore in QuickBooks, as before the run</source>
        <translation>À rétablir dans QuickBooks, comme avant la synchronisation</translation>
    </message>
    <message>
        <source>To delete here</source>
        <translation>À supprimer ici</translation>
    </message>
    <message>
        <source>To restore here, as before the run</source>
        <translation>À rétablir ici, comme avant la synchronisation</translation>
    </message>
    <message>
        <source>Links to undo (the records stay on both sides)</source>
        <translation>Associations à défaire (les enregistrements restent des deux côtés)</translation>
    </message>
    <message>
        <source>Changed since the run: left as they are, you decide</source>
        <translation>Modifiés depuis la synchronisation&#x202f;: laissés tels quels, vous décidez</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>Non annulés</translation>
    </message>
    <message>
        <source>Changed in QuickBooks after the run</source>
        <translation>Modifié dans QuickBooks après la synchronisation</translation>
    </message>
    <message>
        <source>Changed here after the run</source>
        <translation>Modifié ici après la synchronisation</translation>
    </message>
    <message>
        <source>Deleted in QuickBooks by the run: QuickBooks cannot bring a deleted transaction back</source>
        <translation>Supprimé dans QuickBooks par la synchronisation&#x202f;: QuickBooks ne peut pas rétablir une transaction supprimée</translation>
    </message>
    <message>
        <source>Kept as it is, as you chose</source>
        <translation>Conservé tel quel, comme vous l&apos;avez choisi</translation>
    </message>
    <message>
        <source>No longer there: nothing to put back</source>
        <translation>N&apos;existe plus&#x202f;: rien à rétablir</translation>
    </message>
    <message>
        <source>This run is no longer in the sync log, so it cannot be undone.</source>
        <translation>Cette synchronisation n&apos;est plus dans le journal de synchronisation&#x202f;: elle ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>This run is itself an undo, and an undo is not undone: sync again to do once more what it took back.</source>
        <translation>Cette opération est elle-même une annulation, et une annulation ne s&apos;annule pas&#x202f;: synchronisez de nouveau pour refaire ce qu&apos;elle a défait.</translation>
    </message>
    <message>
        <source>No sync has written anything yet, so there is nothing to undo.</source>
        <translation>Aucune synchronisation n&apos;a encore rien écrit&#x202f;: il n&apos;y a rien à annuler.</translation>
    </message>
    <message>
        <source>Another undo was interrupted: resume it first (Sync ▸ Resume), then undo this run.</source>
        <translation>Une autre annulation a été interrompue&#x202f;: poursuivez-la d&apos;abord (Synchronisation ▸ Poursuivre), puis annulez cette synchronisation.</translation>
    </message>
    <message>
        <source>There is no interrupted undo to resume.</source>
        <translation>Aucune annulation interrompue à poursuivre.</translation>
    </message>
    <message>
        <source>This run cannot be undone.</source>
        <translation>Cette synchronisation ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>Nothing was left to undo: this run had been taken back already.</source>
        <translation>Il ne restait rien à annuler&#x202f;: cette synchronisation avait déjà été défaite.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted, made inactive or restored in QuickBooks</source>
        <translation>
            <numerusform>%n enregistrement supprimé, rendu inactif ou rétabli dans QuickBooks</numerusform>
            <numerusform>%n enregistrements supprimés, rendus inactifs ou rétablis dans QuickBooks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted or restored here</source>
        <translation>
            <numerusform>%n enregistrement supprimé ou rétabli ici</numerusform>
            <numerusform>%n enregistrements supprimés ou rétablis ici</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) undone</source>
        <translation>
            <numerusform>%n association défaite</numerusform>
            <numerusform>%n associations défaites</numerusform>
        </translation>
    </message>
    <message>
        <source>{parts}.</source>
        <translation>{parts}.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were left as they are: see Problems, where you choose Undo anyway or Keep it for each.</source>
        <translation>
            <numerusform>%n enregistrement a été laissé tel quel&#x202f;: voyez Problèmes, où vous choisissez Annuler quand même ou Conserver tel quel.</numerusform>
            <numerusform>%n enregistrements ont été laissés tels quels&#x202f;: voyez Problèmes, où vous choisissez pour chacun Annuler quand même ou Conserver tel quel.</numerusform>
        </translation>
    </message>
    <message>
        <source>The undo stopped before the end. Resume continues where it stopped; nothing is done twice. No sync starts until it is finished.</source>
        <translation>L&apos;annulation s&apos;est arrêtée avant la fin. Poursuivre continue là où elle s&apos;est arrêtée&#x202f;; rien n&apos;est fait deux fois. Aucune synchronisation ne démarre avant la fin.</translation>
    </message>
    <message>
        <source>The undo failed.</source>
        <translation>L&apos;annulation a échoué.</translation>
    </message>
    <message numerus="yes">
        <source>The run was undone, except %n record(s).</source>
        <translation>
            <numerusform>La synchronisation a été annulée, sauf pour %n enregistrement.</numerusform>
            <numerusform>La synchronisation a été annulée, sauf pour %n enregistrements.</numerusform>
        </translation>
    </message>
    <message>
        <source>The run was undone: both sides are as they were before it.</source>
        <translation>La synchronisation a été annulée&#x202f;: les deux côtés sont comme avant elle.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
</context>
</TS>
