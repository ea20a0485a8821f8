<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About qbdesk</source>
        <translation>Acerca de qbdesk</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <source>Keeps a small business&apos;s records in two-way sync with QuickBooks Online, and moves books into or out of it safely.</source>
        <translation>Mantiene los registros de una pequeña empresa sincronizados en ambos sentidos con QuickBooks Online y traslada la contabilidad a QuickBooks o desde él con total seguridad.</translation>
    </message>
    <message>
        <source>Built with Qt {qt} and PySide6 {pyside}.</source>
        <translation>Creado con Qt {qt} y PySide6 {pyside}.</translation>
    </message>
    <message>
        <source>QuickBooks and QuickBooks Online are trademarks of Intuit Inc. qbdesk is not made by Intuit.</source>
        <translation>QuickBooks y QuickBooks Online son marcas comerciales de Intuit Inc. qbdesk no es un producto de Intuit.</translation>
    </message>
</context>
<context>
    <name>AnswerCell</name>
    <message>
        <source>Same record</source>
        <translation>Mismo registro</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>Distintos</translation>
    </message>
</context>
<context>
    <name>ApprovalsView</name>
    <message>
        <source>Changes waiting for approval</source>
        <translation>Cambios pendientes de aprobación</translation>
    </message>
    <message>
        <source>Sync settings…</source>
        <translation>Configuración de sincronización…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <source>Approve checked</source>
        <translation>Aprobar los marcados</translation>
    </message>
    <message>
        <source>Keep unchecked</source>
        <translation>Conservar los no marcados</translation>
    </message>
    <message>
        <source>Clear unchecked</source>
        <translation>Borrar los no marcados</translation>
    </message>
    <message>
        <source>What happens to unchecked changes</source>
        <translation>Qué ocurre con los cambios no marcados</translation>
    </message>
    <message>
        <source>The changes could not be read: {message}</source>
        <translation>No se pudieron leer los cambios: {message}</translation>
    </message>
    <message>
        <source>Import from QuickBooks</source>
        <translation>Importar desde QuickBooks</translation>
    </message>
    <message>
        <source>Export to QuickBooks</source>
        <translation>Exportar a QuickBooks</translation>
    </message>
    <message>
        <source>{section} ({count})</source>
        <translation>{section} ({count})</translation>
    </message>
    <message>
        <source>What is trying to sync from QuickBooks into this company.</source>
        <translation>Lo que se va a sincronizar de QuickBooks a esta empresa.</translation>
    </message>
    <message>
        <source>What is trying to sync from this company into QuickBooks.</source>
        <translation>Lo que se va a sincronizar de esta empresa a QuickBooks.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n cambio pendiente</numerusform>
            <numerusform>%n cambios pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncs wait for you: nothing below is sent or received until you approve it.</source>
        <translation>Las sincronizaciones esperan su aprobación: no se envía ni se recibe nada de lo que aparece abajo hasta que lo apruebe.</translation>
    </message>
    <message>
        <source>Changes sync without review. Turn on “Review changes before they sync” in Sync settings to approve them here first.</source>
        <translation>Los cambios se sincronizan sin revisión. Active “Revisar los cambios antes de sincronizarlos” en la configuración de sincronización para aprobarlos antes aquí.</translation>
    </message>
    <message>
        <source>Changes sync without review now. Turn on “Review changes before they sync” in Sync settings to approve them here first.</source>
        <translation>Ahora los cambios se sincronizan sin revisión. Active “Revisar los cambios antes de sincronizarlos” en la configuración de sincronización para aprobarlos antes aquí.</translation>
    </message>
    <message>
        <source>here</source>
        <translation>aquí</translation>
    </message>
    <message>
        <source>in QuickBooks</source>
        <translation>en QuickBooks</translation>
    </message>
    <message>
        <source>{change} {where}</source>
        <translation>{change} {where}</translation>
    </message>
    <message>
        <source>Unchecked changes show again next time.</source>
        <translation>Los cambios no marcados volverán a aparecer la próxima vez.</translation>
    </message>
    <message>
        <source>Unchecked changes are dropped until the record changes again.</source>
        <translation>Los cambios no marcados se descartan hasta que el registro vuelva a cambiar.</translation>
    </message>
    <message>
        <source>Connect to QuickBooks first: approved changes are sent and received right away.</source>
        <translation>Conéctese primero a QuickBooks: los cambios aprobados se envían y se reciben en el momento.</translation>
    </message>
    <message>
        <source>Approving…</source>
        <translation>Aprobando…</translation>
    </message>
    <message>
        <source>Sent to {host}, the sync host: the checked changes are approved at its next sync, and they leave this list then.</source>
        <translation>Enviado a {host}, el equipo de sincronización: los cambios marcados se aprobarán en su próxima sincronización y entonces saldrán de esta lista.</translation>
    </message>
    <message>
        <source>A sync is running: the checked changes are approved at the start of the next one.</source>
        <translation>Hay una sincronización en curso: los cambios marcados se aprobarán al comienzo de la siguiente.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) approved and synced.</source>
        <translation>
            <numerusform>%n cambio aprobado y sincronizado.</numerusform>
            <numerusform>%n cambios aprobados y sincronizados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchecked change(s) kept for next time.</source>
        <translation>
            <numerusform>%n cambio no marcado conservado para la próxima vez.</numerusform>
            <numerusform>%n cambios no marcados conservados para la próxima vez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchecked change(s) cleared.</source>
        <translation>
            <numerusform>%n cambio no marcado borrado.</numerusform>
            <numerusform>%n cambios no marcados borrados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not sync: see Problems.</source>
        <translation>
            <numerusform>%n no se pudo sincronizar: consulte Problemas.</numerusform>
            <numerusform>%n no se pudieron sincronizar: consulte Problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review problems</source>
        <translation>Revisar los problemas</translation>
    </message>
    <message>
        <source>The changes could not be approved: {message}</source>
        <translation>No se pudieron aprobar los cambios: {message}</translation>
    </message>
</context>
<context>
    <name>BackgroundOp</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>e.g. ABcd1234…</source>
        <translation>p. ej., ABcd1234…</translation>
    </message>
    <message>
        <source>Sandbox address</source>
        <translation>Dirección del sandbox</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>URI de redirección</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>Waiting for QuickBooks: finish signing in in your browser…</source>
        <translation>Esperando a QuickBooks: termine de iniciar sesión en el navegador…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Open the browser again</source>
        <translation>Volver a abrir el navegador</translation>
    </message>
    <message>
        <source>Browser did not come back? Paste the address it ended on:</source>
        <translation>¿El navegador no ha vuelto? Pegue la dirección en la que se quedó:</translation>
    </message>
    <message>
        <source>Use this address</source>
        <translation>Usar esta dirección</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>A sync is running: connect or disconnect after it ends.</source>
        <translation>Hay una sincronización en curso: conecte o desconecte cuando termine.</translation>
    </message>
    <message>
        <source>Enter your Intuit app&apos;s client ID.</source>
        <translation>Escriba el ID de cliente de su aplicación de Intuit.</translation>
    </message>
    <message>
        <source>Enter the sandbox address (the base_url `qbdesk sandbox serve` prints).</source>
        <translation>Escriba la dirección del sandbox (la base_url que muestra `qbdesk sandbox serve`).</translation>
    </message>
    <message>
        <source>Preparing the sign-in…</source>
        <translation>Preparando el inicio de sesión…</translation>
    </message>
    <message>
        <source>Connect to QuickBooks</source>
        <translation>Conectar con QuickBooks</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>This copy of qbdesk has no QuickBooks sign-in service configured (it was built from the source code), so it cannot connect with one button. You can connect with your own Intuit developer keys instead, or try everything with the practice company first.</source>
        <translation>Esta copia de qbdesk no tiene configurado ningún servicio de conexión con QuickBooks (se compiló a partir del código fuente), así que no puede conectar con un solo botón. Puede conectar con sus propias claves de desarrollador de Intuit, o probarlo todo antes con la empresa de prueba.</translation>
    </message>
    <message>
        <source>Use your own Intuit developer keys…</source>
        <translation>Usar sus propias claves de desarrollador de Intuit…</translation>
    </message>
    <message>
        <source>Advanced: use your own Intuit developer keys</source>
        <translation>Avanzado: usar sus propias claves de desarrollador de Intuit</translation>
    </message>
    <message>
        <source>1. At developer.intuit.com, create an app for QuickBooks Online with the Accounting scope.
2. Under Keys and credentials, add the redirect URI below (production keys need an HTTPS address).
3. Copy the client ID and client secret here. The secret is kept in this computer&apos;s password store, never in the company file.</source>
        <translation>1. En developer.intuit.com, cree una aplicación para QuickBooks Online con el ámbito Accounting.
2. En Keys and credentials, añada la URI de redirección de abajo (las claves de producción necesitan una dirección HTTPS).
3. Copie aquí el ID de cliente y el secreto de cliente. El secreto se guarda en el almacén de contraseñas del sistema, nunca en el archivo de empresa.</translation>
    </message>
    <message>
        <source>Connect with these keys</source>
        <translation>Conectar con estas claves</translation>
    </message>
    <message>
        <source>Disconnect from QuickBooks</source>
        <translation>Desconectar de QuickBooks</translation>
    </message>
    <message>
        <source>Saved in the password store (type a new one to replace it)</source>
        <translation>Guardado en el almacén de contraseñas del sistema (escriba uno nuevo para sustituirlo)</translation>
    </message>
    <message>
        <source>Connected to QuickBooks</source>
        <translation>Conectado a QuickBooks</translation>
    </message>
    <message>
        <source>This company file syncs with the QuickBooks Online company below. Closing qbdesk, or signing out of your computer, keeps the connection.</source>
        <translation>Este archivo de empresa se sincroniza con la empresa de QuickBooks Online de abajo. Cerrar qbdesk, o cerrar la sesión de su equipo, mantiene la conexión.</translation>
    </message>
    <message>
        <source>Sign in to QuickBooks again</source>
        <translation>Volver a conectar con QuickBooks</translation>
    </message>
    <message>
        <source>Connect this company file to the practice QuickBooks company: no account and no keys needed.</source>
        <translation>Conecte este archivo de empresa con la empresa de prueba de QuickBooks: no hace falta cuenta ni claves.</translation>
    </message>
    <message>
        <source>Connect this company file to your QuickBooks Online company. Your browser opens QuickBooks&apos; sign-in page: sign in, choose the company, and you are done. qbdesk keeps the sign-in in this computer&apos;s password store, never in the company file.</source>
        <translation>Conecte este archivo de empresa con su empresa de QuickBooks Online. Su navegador abre la página de inicio de sesión de QuickBooks: inicie sesión, elija la empresa y listo. qbdesk guarda el inicio de sesión en el almacén de contraseñas del sistema, nunca en el archivo de empresa.</translation>
    </message>
    <message>
        <source>QuickBooks company {realm}</source>
        <translation>Empresa de QuickBooks {realm}</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Última sincronización: {when}</translation>
    </message>
    <message>
        <source>No sync yet</source>
        <translation>Todavía no hay ninguna sincronización</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Hay que volver a conectar</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message numerus="yes">
        <source>%n other company file(s) on this computer use this connection too.</source>
        <translation>
            <numerusform>Otro archivo de empresa de este equipo también usa esta conexión.</numerusform>
            <numerusform>Otros %n archivos de empresa de este equipo también usan esta conexión.</numerusform>
        </translation>
    </message>
    <message>
        <source>{host} would be reached over plain HTTP. qbdesk never sends a QuickBooks sign-in unencrypted to another computer: use an https:// address.</source>
        <translation>Se llegaría a {host} por HTTP sin cifrar. qbdesk nunca envía un inicio de sesión de QuickBooks sin cifrar a otro equipo: use una dirección https://.</translation>
    </message>
    <message>
        <source>Send your sign-in to another server?</source>
        <translation>¿Enviar su inicio de sesión a otro servidor?</translation>
    </message>
    <message>
        <source>{hosts} is not one of Intuit&apos;s QuickBooks servers. qbdesk would send your QuickBooks sign-in and your client secret there. Do this only if you run that server yourself.</source>
        <translation>{hosts} no es uno de los servidores de QuickBooks de Intuit. qbdesk enviaría allí su inicio de sesión de QuickBooks y su secreto de cliente. Hágalo solo si ese servidor es suyo.</translation>
    </message>
    <message>
        <source>Send it there</source>
        <translation>Enviarlo allí</translation>
    </message>
    <message>
        <source>That address holds no answer from QuickBooks: copy the whole address from the browser&apos;s address bar, starting with http.</source>
        <translation>Esa dirección no contiene ninguna respuesta de QuickBooks: copie la dirección completa de la barra de direcciones del navegador, empezando por http.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Inicio de sesión cancelado.</translation>
    </message>
    <message>
        <source>This company file is no longer connected. The connection stays for the other company files that use it.</source>
        <translation>Este archivo de empresa ya no está conectado. La conexión se mantiene para los demás archivos de empresa que la usan.</translation>
    </message>
    <message>
        <source>Disconnected. QuickBooks confirmed that the connection is revoked, and the sign-in was removed from this computer.</source>
        <translation>Desconectado. QuickBooks confirmó que la conexión está revocada, y el inicio de sesión se quitó de este equipo.</translation>
    </message>
    <message>
        <source>Disconnected here: the sign-in was removed from this computer, but QuickBooks did not confirm that it revoked the connection. To be sure, disconnect qbdesk in QuickBooks too (Settings › Apps).</source>
        <translation>Desconectado aquí: el inicio de sesión se quitó de este equipo, pero QuickBooks no confirmó que revocara la conexión. Para estar seguro, desconecte también qbdesk en QuickBooks (Configuración › Aplicaciones).</translation>
    </message>
    <message>
        <source>You signed in to another QuickBooks company ({got}) than the one this company file is linked to ({expected}). Sign in to that company, or disconnect first to link this file to another one.</source>
        <translation>Ha iniciado sesión en una empresa de QuickBooks ({got}) distinta de la de este archivo de empresa ({expected}). Inicie sesión en esa empresa o desconecte primero para conectar este archivo a otra.</translation>
    </message>
    <message>
        <source>The sign-in did not complete: {message}</source>
        <translation>El inicio de sesión no se completó: {message}</translation>
    </message>
    <message>
        <source>The sandbox address should look like http://127.0.0.1:53127.</source>
        <translation>La dirección del sandbox debe tener el formato http://127.0.0.1:53127.</translation>
    </message>
    <message>
        <source>This computer has no password store qbdesk can use, so the sign-in could not be kept safely. On Linux, install and unlock a Secret Service keyring (GNOME Keyring or KWallet, e.g. the gnome-keyring package) and start qbdesk again; on Windows and macOS the system&apos;s password store is used.</source>
        <translation>Este equipo no tiene un almacén de contraseñas del sistema que qbdesk pueda usar, así que el inicio de sesión no se pudo guardar de forma segura. En Linux, instale y desbloquee un llavero Secret Service (GNOME Keyring o KWallet, por ejemplo el paquete gnome-keyring) y vuelva a abrir qbdesk; en Windows y macOS se usa el almacén de contraseñas del sistema.</translation>
    </message>
    <message>
        <source>Enter the client secret of your Intuit app (it is kept in the password store afterwards).</source>
        <translation>Escriba el secreto de cliente de su aplicación de Intuit (después se guarda en el almacén de contraseñas del sistema).</translation>
    </message>
    <message>
        <source>This copy of qbdesk has no QuickBooks sign-in service: use your own Intuit developer keys under Advanced.</source>
        <translation>Esta copia de qbdesk no tiene servicio de conexión con QuickBooks: use sus propias claves de desarrollador de Intuit en Avanzado.</translation>
    </message>
    <message>
        <source>{host} would be reached over plain HTTP, or is not one of Intuit&apos;s servers: nothing was sent there.</source>
        <translation>Se llegaría a {host} por HTTP sin cifrar, o no es uno de los servidores de Intuit: no se envió nada allí.</translation>
    </message>
    <message>
        <source>QuickBooks could not be reached. Check the internet connection and try again.</source>
        <translation>No se pudo contactar con QuickBooks. Compruebe la conexión a Internet y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The sign-in failed: {message}</source>
        <translation>Error al iniciar sesión: {message}</translation>
    </message>
    <message>
        <source>Keep the sign-in in a file?</source>
        <translation>¿Guardar el inicio de sesión en un archivo?</translation>
    </message>
    <message>
        <source>This computer has no password store (on Linux: GNOME Keyring or KWallet), so qbdesk cannot keep your QuickBooks sign-in encrypted. It can keep it in a file only you can read:
{path}
Anyone who can read your files (an administrator, a backup) could use it. Keep the sign-in in this file?</source>
        <translation>Este equipo no tiene almacén de contraseñas del sistema (en Linux: GNOME Keyring o KWallet), así que qbdesk no puede guardar cifrado su inicio de sesión de QuickBooks. Puede guardarlo en un archivo que solo usted puede leer:
{path}
Cualquiera que pueda leer sus archivos (un administrador, una copia de seguridad) podría usarlo. ¿Guardar el inicio de sesión en este archivo?</translation>
    </message>
    <message>
        <source>Keep it in the file</source>
        <translation>Guardarlo en el archivo</translation>
    </message>
    <message>
        <source>Nothing was stored. To keep the sign-in encrypted, install and unlock a password store (GNOME Keyring or KWallet), then connect again.</source>
        <translation>No se guardó nada. Para guardar cifrado el inicio de sesión, instale y desbloquee un almacén de contraseñas del sistema (GNOME Keyring o KWallet) y vuelva a conectar.</translation>
    </message>
    <message numerus="yes">
        <source>%n other company file(s) on this computer use this QuickBooks connection. Disconnecting revokes it for them too.</source>
        <translation>
            <numerusform>Otro archivo de empresa de este equipo usa esta conexión con QuickBooks. Desconectar la revoca también para él.</numerusform>
            <numerusform>Otros %n archivos de empresa de este equipo usan esta conexión con QuickBooks. Desconectar la revoca también para ellos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disconnect all</source>
        <translation>Desconectar todos</translation>
    </message>
    <message>
        <source>Only this company file</source>
        <translation>Solo este archivo de empresa</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Desconectando…</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>Connect to QuickBooks Online</source>
        <translation>Conectar con QuickBooks Online</translation>
    </message>
    <message>
        <source>The sync needs access to your QuickBooks company.</source>
        <translation>La sincronización necesita acceso a su empresa de QuickBooks.</translation>
    </message>
    <message>
        <source>Sign in to QuickBooks and choose the company to keep in sync with this company file. You can come back to this wizard afterwards; nothing is sent before the last step.</source>
        <translation>Inicie sesión en QuickBooks y elija la empresa que desea sincronizar con este archivo de empresa. Podrá volver a este asistente después; no se envía nada antes del último paso.</translation>
    </message>
    <message>
        <source>Connected to {company}. Click Next.</source>
        <translation>Conectado a {company}. Haga clic en Siguiente.</translation>
    </message>
    <message>
        <source>Not connected yet.</source>
        <translation>Todavía no está conectado.</translation>
    </message>
</context>
<context>
    <name>ConnectToQuickBooksButton</name>
    <message>
        <source>Connect to QuickBooks</source>
        <translation>Conectar con QuickBooks</translation>
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
        <translation>Sandbox de Intuit (claves de desarrollo)</translation>
    </message>
    <message>
        <source>Practice company (qbdesk sandbox)</source>
        <translation>Empresa de prueba (sandbox de qbdesk)</translation>
    </message>
    <message>
        <source>QuickBooks Online (through another server)</source>
        <translation>QuickBooks Online (a través de otro servidor)</translation>
    </message>
</context>
<context>
    <name>ConnectionPanel</name>
    <message>
        <source>QuickBooks company</source>
        <translation>Empresa de QuickBooks</translation>
    </message>
    <message>
        <source>Company ID (realm)</source>
        <translation>ID de la empresa (realm)</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Access token expires</source>
        <translation>Caducidad del token de acceso</translation>
    </message>
    <message>
        <source>Refresh token expires</source>
        <translation>Caducidad del token de actualización</translation>
    </message>
    <message>
        <source>Sign-in valid until</source>
        <translation>Inicio de sesión válido hasta</translation>
    </message>
    <message>
        <source>Last successful call</source>
        <translation>Última llamada correcta</translation>
    </message>
    <message>
        <source>Requests this minute</source>
        <translation>Solicitudes en este minuto</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Comprobar ahora</translation>
    </message>
    <message>
        <source>Ask QuickBooks now whether the connection works</source>
        <translation>Preguntar ahora a QuickBooks si la conexión funciona</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Comprobando la conexión…</translation>
    </message>
    <message>
        <source>QuickBooks could not be reached: {message}</source>
        <translation>No se pudo contactar con QuickBooks: {message}</translation>
    </message>
    <message>
        <source>Not connected to QuickBooks Online.</source>
        <translation>No está conectado a QuickBooks Online.</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Hay que volver a conectar</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>none since qbdesk started</source>
        <translation>ninguna desde que se inició qbdesk</translation>
    </message>
    <message>
        <source>{used} of 500</source>
        <translation>{used} de 500</translation>
    </message>
    <message numerus="yes">
        <source>QuickBooks ends every sign-in after five years: this one ends in %n day(s). Reconnect before then to keep syncing.</source>
        <translation>
            <numerusform>QuickBooks cierra cada inicio de sesión a los cinco años: este termina dentro de %n día. Vuelva a conectar antes para seguir sincronizando.</numerusform>
            <numerusform>QuickBooks cierra cada inicio de sesión a los cinco años: este termina dentro de %n días. Vuelva a conectar antes para seguir sincronizando.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>dentro de %n minuto</numerusform>
            <numerusform>dentro de %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>dentro de %n hora</numerusform>
            <numerusform>dentro de %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dentro de %n día</numerusform>
            <numerusform>dentro de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>{when} (just now)</source>
        <translation>{when} (hace un momento)</translation>
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
        <translation>Haga clic para ver los registros y los campos que cambian</translation>
    </message>
    <message>
        <source>Click to see the records and why</source>
        <translation>Haga clic para ver los registros y el motivo</translation>
    </message>
    <message>
        <source>QuickBooks {qbo}, here {here}</source>
        <translation>QuickBooks {qbo}, aquí {here}</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Records in QuickBooks (upper bar) and here (lower bar), on one scale</source>
        <translation>Registros en QuickBooks (barra superior) y aquí (barra inferior), en una misma escala</translation>
    </message>
</context>
<context>
    <name>CountsPanel</name>
    <message>
        <source>Records found and what the sync will do</source>
        <translation>Registros encontrados y lo que hará la sincronización</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <source>No counts yet.</source>
        <translation>Todavía no se ha calculado el número de registros.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) to create, update or remove.</source>
        <translation>
            <numerusform>%Ln registro que crear, actualizar o retirar.</numerusform>
            <numerusform>%Ln registros que crear, actualizar o retirar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed on both sides: you decide.</source>
        <translation>
            <numerusform>%Ln modificado en ambos lados: usted decide.</numerusform>
            <numerusform>%Ln modificados en ambos lados: usted decide.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting for your approval.</source>
        <translation>
            <numerusform>%Ln pendiente de su aprobación.</numerusform>
            <numerusform>%Ln pendientes de su aprobación.</numerusform>
        </translation>
    </message>
    <message>
        <source>As of {time}:</source>
        <translation>A las {time}:</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>The file is empty</source>
        <translation>El archivo está vacío</translation>
    </message>
    <message>
        <source>The file is not UTF-8 or Windows-1252 text</source>
        <translation>El archivo no es texto UTF-8 ni Windows-1252</translation>
    </message>
    <message>
        <source>The file is not valid CSV near line {line}: {detail}</source>
        <translation>El archivo no es un CSV válido cerca de la línea {line}: {detail}</translation>
    </message>
    <message>
        <source>The file has no rows to import</source>
        <translation>El archivo no tiene filas que importar</translation>
    </message>
    <message>
        <source>Required column is missing</source>
        <translation>Falta una columna obligatoria</translation>
    </message>
    <message>
        <source>Unknown column; the columns for this type are: {columns}</source>
        <translation>Columna desconocida; las columnas de este tipo son: {columns}</translation>
    </message>
    <message>
        <source>This column appears more than once</source>
        <translation>Esta columna aparece más de una vez</translation>
    </message>
    <message>
        <source>This column has values but no name in row 1</source>
        <translation>Esta columna tiene valores pero no tiene nombre en la fila 1</translation>
    </message>
    <message>
        <source>This row has {count} values but the header has {columns} columns</source>
        <translation>Esta fila tiene {count} valores, pero el encabezado tiene {columns} columnas</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Longer than {max} characters</source>
        <translation>Más de {max} caracteres</translation>
    </message>
    <message>
        <source>Must not contain a colon (:), a tab or a line break</source>
        <translation>No debe contener dos puntos (:), tabulaciones ni saltos de línea</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an amount</source>
        <translation>“{value}” no es un importe</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>“{value}” no es un número</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is ambiguous: it could mean {thousands} or {decimal}; write {thousands} or {decimal}0 instead</source>
        <translation>“{value}” es ambiguo: puede significar {thousands} o {decimal}; escriba {thousands} o {decimal}0</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; has more than {places} decimal places</source>
        <translation>“{value}” tiene más de {places} decimales</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is too large</source>
        <translation>“{value}” es demasiado grande</translation>
    </message>
    <message>
        <source>Must not be negative</source>
        <translation>No puede ser negativo</translation>
    </message>
    <message>
        <source>Must be more than zero</source>
        <translation>Debe ser mayor que cero</translation>
    </message>
    <message>
        <source>Date must look like {example} (found &apos;{value}&apos;)</source>
        <translation>La fecha debe tener el formato {example} (se encontró “{value}”)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a real date</source>
        <translation>“{value}” no es una fecha válida</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an email address</source>
        <translation>“{value}” no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not yes or no</source>
        <translation>“{value}” no es sí ni no</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an item type: use Service, NonInventory or Inventory</source>
        <translation>“{value}” no es un tipo de producto: use Service, NonInventory o Inventory</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already on row {other_row} of this file</source>
        <translation>“{name}” ya está en la fila {other_row} de este archivo</translation>
    </message>
    <message>
        <source>A customer named &apos;{name}&apos; already exists</source>
        <translation>Ya existe un cliente llamado “{name}”</translation>
    </message>
    <message>
        <source>A vendor named &apos;{name}&apos; already exists</source>
        <translation>Ya existe un proveedor llamado “{name}”</translation>
    </message>
    <message>
        <source>An item named &apos;{name}&apos; already exists</source>
        <translation>Ya existe un producto o servicio llamado “{name}”</translation>
    </message>
    <message>
        <source>A vendor is already named &apos;{name}&apos;; QuickBooks needs customer and vendor names to differ</source>
        <translation>Ya hay un proveedor llamado “{name}”; QuickBooks exige nombres distintos para clientes y proveedores</translation>
    </message>
    <message>
        <source>A customer is already named &apos;{name}&apos;; QuickBooks needs customer and vendor names to differ</source>
        <translation>Ya hay un cliente llamado “{name}”; QuickBooks exige nombres distintos para clientes y proveedores</translation>
    </message>
    <message>
        <source>No customer named &apos;{name}&apos;</source>
        <translation>No hay ningún cliente llamado “{name}”</translation>
    </message>
    <message>
        <source>No customer named &apos;{name}&apos; (and it is not earlier in this file)</source>
        <translation>No hay ningún cliente llamado “{name}” (ni más arriba en este archivo)</translation>
    </message>
    <message>
        <source>The parent customer &apos;{name}&apos; on row {other_row} has an error</source>
        <translation>El cliente principal “{name}” de la fila {other_row} tiene un error</translation>
    </message>
    <message>
        <source>QuickBooks allows at most 4 levels of sub-customers below a customer</source>
        <translation>QuickBooks permite como máximo 4 niveles de subclientes por debajo de un cliente</translation>
    </message>
    <message>
        <source>No item named &apos;{name}&apos;</source>
        <translation>No hay ningún producto o servicio llamado “{name}”</translation>
    </message>
    <message>
        <source>No account named &apos;{name}&apos;</source>
        <translation>No hay ninguna cuenta llamada “{name}”</translation>
    </message>
    <message>
        <source>No payment method named &apos;{name}&apos;</source>
        <translation>No hay ninguna forma de pago llamada “{name}”</translation>
    </message>
    <message>
        <source>More than one record is named &apos;{name}&apos;</source>
        <translation>Hay más de un registro llamado “{name}”</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is inactive</source>
        <translation>“{name}” está inactivo</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is an account of type {actual}; this column needs {expected}</source>
        <translation>“{name}” es una cuenta de tipo {actual}; esta columna necesita {expected}</translation>
    </message>
    <message>
        <source>Required for {item_type} items</source>
        <translation>Obligatorio para los productos de tipo {item_type}</translation>
    </message>
    <message>
        <source>Required when a purchase cost is given</source>
        <translation>Obligatorio cuando se indica un coste de compra</translation>
    </message>
    <message>
        <source>Only Inventory items have a value here</source>
        <translation>Solo los productos de inventario (Inventory) tienen un valor aquí</translation>
    </message>
    <message>
        <source>Invoice {number} already exists in this company</source>
        <translation>La factura {number} ya existe en esta empresa</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; differs from &apos;{first}&apos; on row {first_row} of the same invoice</source>
        <translation>“{value}” no coincide con “{first}” de la fila {first_row} de la misma factura</translation>
    </message>
    <message>
        <source>Row {first_row}, the first row of this invoice, leaves this column empty</source>
        <translation>La fila {first_row}, la primera de esta factura, deja esta columna vacía</translation>
    </message>
    <message>
        <source>Skipped because row {other_row} of the same invoice has an error</source>
        <translation>No importada porque la fila {other_row} de la misma factura tiene un error</translation>
    </message>
    <message>
        <source>The due date is before the invoice date</source>
        <translation>La fecha de vencimiento es anterior a la fecha de la factura</translation>
    </message>
    <message>
        <source>The invoice total would be negative ({total})</source>
        <translation>El total de la factura sería negativo ({total})</translation>
    </message>
    <message>
        <source>Quantity × unit price is too large</source>
        <translation>Cantidad × precio unitario es demasiado grande</translation>
    </message>
    <message>
        <source>No invoice numbered &apos;{number}&apos;</source>
        <translation>No hay ninguna factura con el número “{number}”</translation>
    </message>
    <message>
        <source>More than one invoice is numbered &apos;{number}&apos;</source>
        <translation>Hay más de una factura con el número “{number}”</translation>
    </message>
    <message>
        <source>Invoice {number} belongs to &apos;{customer}&apos;, not to this customer</source>
        <translation>La factura {number} pertenece a “{customer}”, no a este cliente</translation>
    </message>
    <message>
        <source>{amount} is more than the {balance} still open on invoice {number}</source>
        <translation>{amount} supera el saldo pendiente de {balance} de la factura {number}</translation>
    </message>
    <message>
        <source>A row has a debit or a credit, not both</source>
        <translation>Una fila tiene un débito o un crédito, no ambos</translation>
    </message>
    <message>
        <source>Give the account&apos;s balance as a debit or a credit</source>
        <translation>Indique el saldo de la cuenta como débito o como crédito</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; differs from the date on row {first_row}: a trial balance is as of one date</source>
        <translation>“{value}” no coincide con la fecha de la fila {first_row}: un balance de comprobación es a una sola fecha</translation>
    </message>
    <message>
        <source>&apos;{account}&apos; is a receivables account: name the customer it is owed by</source>
        <translation>“{account}” es una cuenta por cobrar: indique el cliente que debe el importe</translation>
    </message>
    <message>
        <source>&apos;{account}&apos; is a payables account: name the vendor it is owed to</source>
        <translation>“{account}” es una cuenta por pagar: indique el proveedor al que se le debe</translation>
    </message>
    <message>
        <source>No vendor named &apos;{name}&apos;</source>
        <translation>No hay ningún proveedor llamado “{name}”</translation>
    </message>
    <message>
        <source>The debits ({debits}) and the credits ({credits}) are not equal: a trial balance must balance</source>
        <translation>Los débitos ({debits}) y los créditos ({credits}) no son iguales: un balance de comprobación debe cuadrar</translation>
    </message>
    <message>
        <source>Starts like a spreadsheet formula ({start}): kept as text, exactly as written; check that it is what you meant</source>
        <translation>Empieza como una fórmula de hoja de cálculo ({start}): se guarda como texto, tal cual; compruebe que es lo que quería</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import CSV</source>
        <translation>Importar CSV</translation>
    </message>
    <message>
        <source>Bring customers, vendors, products and services, invoices, payments or a trial balance (the opening balances of a migration) in from a spreadsheet saved as CSV. The whole file is checked first; nothing is written unless you say so.</source>
        <translation>Importe clientes, proveedores, productos y servicios, facturas, pagos o un balance de comprobación (los saldos iniciales de una migración) desde una hoja de cálculo guardada como CSV. Primero se revisa todo el archivo; no se escribe nada sin su permiso.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Elija un archivo…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>If some rows have problems, import the other rows anyway</source>
        <translation>Si algunas filas tienen problemas, importar igualmente las demás</translation>
    </message>
    <message>
        <source>&amp;What the file holds:</source>
        <translation>&amp;Contenido del archivo:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Dates look like:</source>
        <translation>Formato de las &amp;fechas:</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problemas encontrados</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Copiar el informe</translation>
    </message>
    <message>
        <source>Import &amp;another file</source>
        <translation>Importar &amp;otro archivo</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>No hay ningún archivo en {path}.</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importando {file}…</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Revisando cada fila…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>The file could not be imported: {message}</source>
        <translation>No se pudo importar el archivo: {message}</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was changed.</source>
        <translation>Importación cancelada. No se ha modificado nada.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln row(s).</source>
        <translation>
            <numerusform>Se importó %Ln fila.</numerusform>
            <numerusform>Se importaron %Ln filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row was read without a problem.</source>
        <translation>Todas las filas se leyeron sin problemas.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln row(s); the rows below were left out.</source>
        <translation>
            <numerusform>Se importó %Ln fila; las filas siguientes se dejaron fuera.</numerusform>
            <numerusform>Se importaron %Ln filas; las filas siguientes se dejaron fuera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix these rows in the spreadsheet and import them again.</source>
        <translation>Corrija estas filas en la hoja de cálculo y vuelva a importarlas.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %Ln problem(s) found.</source>
        <translation>
            <numerusform>No se importó nada: se encontró %Ln problema.</numerusform>
            <numerusform>No se importó nada: se encontraron %Ln problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the rows below in the spreadsheet and import the file again, or tick “import the other rows anyway”.</source>
        <translation>Corrija las filas siguientes en la hoja de cálculo y vuelva a importar el archivo, o marque “importar igualmente las demás”.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) start like a spreadsheet formula: they are kept as text, exactly as written. Check them below.</source>
        <translation>
            <numerusform>%n celda empieza como una fórmula de hoja de cálculo: se guarda como texto, tal cual. Revísela abajo.</numerusform>
            <numerusform>%n celdas empiezan como una fórmula de hoja de cálculo: se guardan como texto, tal cual. Revíselas abajo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Match with a QuickBooks customer</source>
        <translation>Vincular con un cliente de QuickBooks</translation>
    </message>
    <message>
        <source>Which QuickBooks customer is “{record}”? Type a few letters of its name and pick it: the two are linked, and its invoices and payments go to that customer.</source>
        <translation>¿Qué cliente de QuickBooks es “{record}”? Escriba unas letras de su nombre y selecciónelo: los dos quedan vinculados y sus facturas y pagos van a ese cliente.</translation>
    </message>
    <message>
        <source>Search QuickBooks customers</source>
        <translation>Buscar clientes de QuickBooks</translation>
    </message>
    <message>
        <source>QuickBooks customers</source>
        <translation>Clientes de QuickBooks</translation>
    </message>
    <message>
        <source>Link to this customer</source>
        <translation>Vincular con este cliente</translation>
    </message>
    <message>
        <source>Searching QuickBooks…</source>
        <translation>Buscando en QuickBooks…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found in QuickBooks.</source>
        <translation>
            <numerusform>Se encontró %n cliente en QuickBooks.</numerusform>
            <numerusform>Se encontraron %n clientes en QuickBooks.</numerusform>
        </translation>
    </message>
    <message>
        <source>No QuickBooks customer has a name like that. Try fewer letters, or create the customer in QuickBooks instead.</source>
        <translation>Ningún cliente de QuickBooks tiene un nombre así. Pruebe con menos letras o cree el cliente en QuickBooks.</translation>
    </message>
    <message>
        <source>QuickBooks could not be searched: {message}</source>
        <translation>No se pudo buscar en QuickBooks: {message}</translation>
    </message>
</context>
<context>
    <name>DatePage</name>
    <message>
        <source>Which records</source>
        <translation>Qué registros</translation>
    </message>
    <message>
        <source>Sync everything, or only recent customers, invoices and payments.</source>
        <translation>Sincronizar todo o solo los clientes, las facturas y los pagos recientes.</translation>
    </message>
    <message>
        <source>Synchronize all records found</source>
        <translation>Sincronizar todos los registros encontrados</translation>
    </message>
    <message>
        <source>Synchronize records from this date on:</source>
        <translation>Sincronizar los registros desde esta fecha:</translation>
    </message>
    <message>
        <source>First day to synchronize</source>
        <translation>Primer día que sincronizar</translation>
    </message>
    <message>
        <source>&lt;p&gt;The date only affects &lt;b&gt;customers, invoices and payments&lt;/b&gt;: only those created on or after it are synchronized.&lt;/p&gt;&lt;p&gt;Products and services, categories, payment methods, terms and taxes are always synchronized, whatever the date.&lt;/p&gt;&lt;p&gt;A customer created before the date is synchronized anyway when an invoice or payment from the date on uses it — no invoice is ever left without its customer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La fecha solo afecta a &lt;b&gt;clientes, facturas y pagos&lt;/b&gt;: solo se sincronizan los creados en esa fecha o después.&lt;/p&gt;&lt;p&gt;Los productos y servicios, las categorías, las formas de pago, las condiciones de pago y los impuestos se sincronizan siempre, sea cual sea la fecha.&lt;/p&gt;&lt;p&gt;Un cliente creado antes de la fecha se sincroniza de todos modos si lo usa una factura o un pago desde esa fecha: ninguna factura se queda nunca sin su cliente.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Left out by the date (or a payment method): {figures}.</source>
        <translation>Excluidos por la fecha (o una forma de pago): {figures}.</translation>
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
        <translation>QuickBooks Desktop se sincroniza a través del QuickBooks Web Connector de Intuit, en el equipo donde funciona QuickBooks: inicie el servicio aquí, añada el archivo .qwc al Web Connector y cada una de sus actualizaciones sincroniza este archivo de empresa.</translation>
    </message>
    <message>
        <source>Save the .qwc file…</source>
        <translation>Guardar el archivo .qwc…</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Servicio:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Web Connector file:</source>
        <translation>Archivo del Web Connector:</translation>
    </message>
    <message>
        <source>Last update:</source>
        <translation>Última actualización:</translation>
    </message>
    <message>
        <source>Next update:</source>
        <translation>Próxima actualización:</translation>
    </message>
    <message>
        <source>Running at {url} as long as this window stays open.</source>
        <translation>En marcha en {url} mientras esta ventana siga abierta.</translation>
    </message>
    <message>
        <source>Stop the service</source>
        <translation>Detener el servicio</translation>
    </message>
    <message>
        <source>Not running. Set a password first: the Web Connector signs in with it.</source>
        <translation>Detenido. Elija primero una contraseña: el Web Connector inicia sesión con ella.</translation>
    </message>
    <message>
        <source>Start the service</source>
        <translation>Iniciar el servicio</translation>
    </message>
    <message>
        <source>Not running: the Web Connector cannot sync this company file.</source>
        <translation>Detenido: el Web Connector no puede sincronizar este archivo de empresa.</translation>
    </message>
    <message>
        <source>Change the password…</source>
        <translation>Cambiar la contraseña…</translation>
    </message>
    <message>
        <source>Set a password…</source>
        <translation>Elegir una contraseña…</translation>
    </message>
    <message>
        <source>The Web Connector has not called yet.</source>
        <translation>El Web Connector todavía no ha llamado.</translation>
    </message>
    <message>
        <source>syncing now…</source>
        <translation>sincronizando…</translation>
    </message>
    <message>
        <source>the sign-in was refused: the password typed in the Web Connector is not the one set here.</source>
        <translation>se rechazó el inicio de sesión: la contraseña escrita en el Web Connector no es la elegida aquí.</translation>
    </message>
    <message>
        <source>synced — sent to QuickBooks Desktop: {sent} · received here: {received} · updated: {updated} · problems: {problems}</source>
        <translation>sincronizado — enviados a QuickBooks Desktop: {sent} · recibidos aquí: {received} · actualizados: {updated} · problemas: {problems}</translation>
    </message>
    <message>
        <source>the sync did not finish; the next update continues it.</source>
        <translation>la sincronización no terminó; la próxima actualización la continúa.</translation>
    </message>
    <message>
        <source>{when} — {what}</source>
        <translation>{when} — {what}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here</source>
        <translation>
            <numerusform>%n cambio hecho aquí</numerusform>
            <numerusform>%n cambios hechos aquí</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a background task for Windows…</source>
        <translation>Guardar una tarea en segundo plano para Windows…</translation>
    </message>
    <message>
        <source>A Task Scheduler task that starts the service at every log on and restarts it if it stops, so the Web Connector finds it even when qbdesk is closed.</source>
        <translation>Una tarea del Programador de tareas que inicia el servicio en cada inicio de sesión y lo reinicia si se detiene: el Web Connector lo encuentra aunque qbdesk esté cerrado.</translation>
    </message>
    <message>
        <source>Without the window:</source>
        <translation>Sin la ventana:</translation>
    </message>
    <message>
        <source>This company file is connected to QuickBooks Online, and a company file syncs with one QuickBooks. To move a Desktop company to Online, sync it in its own company file, then make the Online copy (docs/desktop.md).</source>
        <translation>Este archivo de empresa está conectado a QuickBooks Online, y un archivo de empresa se sincroniza con un solo QuickBooks. Para pasar una empresa de Desktop a Online, sincronícela en su propio archivo de empresa y luego haga la copia para Online (docs/desktop.md).</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) from the problem list or approvals</source>
        <translation>
            <numerusform>%n solicitud de la lista de problemas o de aprobaciones</numerusform>
            <numerusform>%n solicitudes de la lista de problemas o de aprobaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting: {parts}.</source>
        <translation>Pendiente: {parts}.</translation>
    </message>
    <message numerus="yes">
        <source>%n more wait(s) on a problem.</source>
        <translation>
            <numerusform>%n más espera a que se resuelva un problema.</numerusform>
            <numerusform>%n más esperan a que se resuelva un problema.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait for your approval first.</source>
        <translation>
            <numerusform>%n cambio espera primero su aprobación.</numerusform>
            <numerusform>%n cambios esperan primero su aprobación.</numerusform>
        </translation>
    </message>
    <message>
        <source>Port {port} is in use ({reason}): choose another port and start again.</source>
        <translation>El puerto {port} ya está en uso ({reason}): elija otro puerto e inicie de nuevo.</translation>
    </message>
    <message>
        <source>Web Connector password</source>
        <translation>Contraseña del Web Connector</translation>
    </message>
    <message>
        <source>The password the Web Connector signs in with (at least {n} characters). Type the same one in the Web Connector&apos;s Password column.</source>
        <translation>La contraseña con la que el Web Connector inicia sesión (al menos {n} caracteres). Escriba la misma en la columna Password del Web Connector.</translation>
    </message>
    <message>
        <source>That password is too short: use at least {n} characters.</source>
        <translation>Esa contraseña es demasiado corta: use al menos {n} caracteres.</translation>
    </message>
    <message>
        <source>The password store could not keep the password ({reason}).</source>
        <translation>El almacén de contraseñas del sistema no pudo guardar la contraseña ({reason}).</translation>
    </message>
    <message>
        <source>This company</source>
        <translation>Esta empresa</translation>
    </message>
    <message>
        <source>Save the .qwc file</source>
        <translation>Guardar el archivo .qwc</translation>
    </message>
    <message>
        <source>Web Connector files (*.qwc)</source>
        <translation>Archivos del Web Connector (*.qwc)</translation>
    </message>
    <message>
        <source>The file could not be saved ({reason}).</source>
        <translation>No se pudo guardar el archivo ({reason}).</translation>
    </message>
    <message>
        <source>Saved {file}. In the Web Connector, click Add an application and choose it.</source>
        <translation>{file} guardado. En el Web Connector, haga clic en Add an application y elíjalo.</translation>
    </message>
    <message>
        <source>Save the background task</source>
        <translation>Guardar la tarea en segundo plano</translation>
    </message>
    <message>
        <source>Task Scheduler files (*.xml)</source>
        <translation>Archivos del Programador de tareas (*.xml)</translation>
    </message>
    <message>
        <source>Saved {file}. On this PC, open Task Scheduler, choose Import Task… and pick it (or run schtasks /Create /XML with it); close the service here first, as the task runs it on port {port}.</source>
        <translation>Se guardó {file}. En este PC, abra el Programador de tareas, elija Importar tarea… y selecciónelo (o ejecute schtasks /Create /XML con él); detenga antes el servicio aquí, porque la tarea lo ejecuta en el puerto {port}.</translation>
    </message>
</context>
<context>
    <name>EffectLine</name>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
</context>
<context>
    <name>ElsewherePage</name>
    <message>
        <source>The sync host&apos;s progress</source>
        <translation>Progreso del equipo de sincronización</translation>
    </message>
    <message>
        <source>Take over as sync host…</source>
        <translation>Convertirse en el equipo de sincronización…</translation>
    </message>
    <message>
        <source>Sync this company from this computer (you sign in to QuickBooks here)</source>
        <translation>Sincronizar esta empresa desde este equipo (iniciará sesión en QuickBooks aquí)</translation>
    </message>
    <message>
        <source>Withdraw my waiting requests</source>
        <translation>Retirar mis solicitudes pendientes</translation>
    </message>
    <message>
        <source>The sync host will not carry them out; what you did here stays as it is</source>
        <translation>El equipo de sincronización no las atenderá; lo que hizo aquí queda como está</translation>
    </message>
    <message>
        <source>{computer} syncs this company with QuickBooks</source>
        <translation>{computer} sincroniza esta empresa con QuickBooks</translation>
    </message>
    <message>
        <source>{computer} is the sync host: it keeps the connection to QuickBooks Online and syncs for everyone. Problems you resolve and changes you approve here are sent to it and carried out at its next sync.</source>
        <translation>{computer} es el equipo de sincronización: mantiene la conexión con QuickBooks Online y sincroniza para todos. Los problemas que resuelva y los cambios que apruebe aquí se le envían y se llevan a cabo en su próxima sincronización.</translation>
    </message>
    <message>
        <source>QuickBooks no longer accepts {computer}&apos;s sign-in: nothing syncs until someone reconnects there (QuickBooks → Connection…), or takes over as sync host here.</source>
        <translation>QuickBooks ya no acepta el inicio de sesión de {computer}: no se sincroniza nada hasta que alguien vuelva a conectarse allí (QuickBooks → Conexión…) o este equipo se convierta en el equipo de sincronización.</translation>
    </message>
    <message>
        <source>Syncing now on {computer}, since {time}.</source>
        <translation>Sincronizando ahora en {computer}, desde {time}.</translation>
    </message>
    <message>
        <source>{done} of {total} records sent or received.</source>
        <translation>{done} de {total} registros enviados o recibidos.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting for the sync host.</source>
        <translation>
            <numerusform>%n solicitud en espera del equipo de sincronización.</numerusform>
            <numerusform>%n solicitudes en espera del equipo de sincronización.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your latest requests:</source>
        <translation>Sus últimas solicitudes:</translation>
    </message>
</context>
<context>
    <name>EndpointQuestion</name>
    <message>
        <source>Where should this company file sync?</source>
        <translation>¿Con qué debe sincronizarse este archivo de empresa?</translation>
    </message>
    <message>
        <source>This company file asks qbdesk to send your QuickBooks sign-in to {asked}, but the sign-in was issued for {bound}. qbdesk has sent nothing. If you did not change this yourself, the file may have been tampered with.</source>
        <translation>Este archivo de empresa pide a qbdesk que envíe su inicio de sesión de QuickBooks a {asked}, pero el inicio de sesión se emitió para {bound}. qbdesk no ha enviado nada. Si no hizo este cambio usted mismo, puede que el archivo se haya manipulado.</translation>
    </message>
    <message>
        <source>Use the addresses the sign-in was issued for, or keep this file disconnected and connect it again later.</source>
        <translation>Use las direcciones para las que se emitió el inicio de sesión, o deje este archivo desconectado y vuelva a conectarlo más tarde.</translation>
    </message>
    <message>
        <source>Use the sign-in&apos;s addresses</source>
        <translation>Usar las direcciones del inicio de sesión</translation>
    </message>
    <message>
        <source>Keep it disconnected</source>
        <translation>Dejarlo desconectado</translation>
    </message>
    <message>
        <source>This company file is not connected</source>
        <translation>Este archivo de empresa no está conectado</translation>
    </message>
    <message>
        <source>This company file asks qbdesk to reach QuickBooks at {host} over plain HTTP. qbdesk never sends a QuickBooks sign-in unencrypted to another computer, so nothing was sent. Connect the file again to choose where it syncs.</source>
        <translation>Este archivo de empresa pide a qbdesk que contacte con QuickBooks en {host} por HTTP sin cifrar. qbdesk nunca envía un inicio de sesión de QuickBooks sin cifrar a otro equipo, así que no se envió nada. Vuelva a conectar el archivo para elegir con qué se sincroniza.</translation>
    </message>
</context>
<context>
    <name>EnumValues</name>
    <message>
        <source>Bank</source>
        <translation>Banco</translation>
    </message>
    <message>
        <source>Accounts receivable (A/R)</source>
        <translation>Cuentas por cobrar</translation>
    </message>
    <message>
        <source>Other current assets</source>
        <translation>Otros activos corrientes</translation>
    </message>
    <message>
        <source>Fixed assets</source>
        <translation>Activos fijos</translation>
    </message>
    <message>
        <source>Other assets</source>
        <translation>Otros activos</translation>
    </message>
    <message>
        <source>Accounts payable (A/P)</source>
        <translation>Cuentas por pagar</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Tarjeta de crédito</translation>
    </message>
    <message>
        <source>Other current liabilities</source>
        <translation>Otros pasivos corrientes</translation>
    </message>
    <message>
        <source>Long-term liabilities</source>
        <translation>Pasivos a largo plazo</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Patrimonio neto</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Cost of goods sold</source>
        <translation>Coste de las ventas</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <source>Other income</source>
        <translation>Otros ingresos</translation>
    </message>
    <message>
        <source>Other expense</source>
        <translation>Otros gastos</translation>
    </message>
    <message>
        <source>Non-posting</source>
        <translation>Sin contabilizar</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Non-inventory</source>
        <translation>No inventariable</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventariable</translation>
    </message>
    <message>
        <source>Other (cash, check…)</source>
        <translation>Otra (efectivo, cheque…)</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Débito</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha salido mal</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Detalles del error</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Mostrar &amp;detalles</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar detalles</translation>
    </message>
    <message numerus="yes">
        <source>%n more error(s) happened since; they are in the log.</source>
        <translation>
            <numerusform>Desde entonces se ha producido %n error más; está en el diario de la aplicación.</numerusform>
            <numerusform>Desde entonces se han producido %n errores más; están en el diario de la aplicación.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>Ocultar &amp;detalles</translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <source>Another program is using this company file.</source>
        <translation>Otro programa está usando este archivo de empresa.</translation>
    </message>
    <message>
        <source>qbdesk on another computer, a qbdesk command or a backup program may be writing to it. Wait a moment and try again; if it goes on, close the other program.</source>
        <translation>Puede que qbdesk en otro equipo, un comando de qbdesk o un programa de copia de seguridad esté escribiendo en él. Espere un momento y vuelva a intentarlo; si continúa, cierre el otro programa.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>El disco está lleno.</translation>
    </message>
    <message>
        <source>Free some space on the disk that holds the company file, then try again. Nothing was lost: what could not be written was not saved.</source>
        <translation>Libere espacio en el disco que contiene el archivo de empresa y vuelva a intentarlo. No se ha perdido nada: lo que no se pudo escribir no se guardó.</translation>
    </message>
    <message>
        <source>qbdesk may not read or write a file it needs.</source>
        <translation>qbdesk no tiene permiso para leer o escribir un archivo que necesita.</translation>
    </message>
    <message>
        <source>Check that the folder is yours and not read-only (Details names the file), or save the company file in your Documents folder.</source>
        <translation>Compruebe que la carpeta es suya y no es de solo lectura (Detalles indica el archivo), o guarde el archivo de empresa en su carpeta Documentos.</translation>
    </message>
    <message>
        <source>The company file could not be read or written.</source>
        <translation>No se pudo leer o escribir el archivo de empresa.</translation>
    </message>
    <message>
        <source>The disk or the network drive may have a problem. Close qbdesk, copy the company file somewhere safe, then open the copy.</source>
        <translation>Puede que el disco o la unidad de red tenga un problema. Cierre qbdesk, copie el archivo de empresa en un lugar seguro y abra la copia.</translation>
    </message>
    <message>
        <source>A server did not answer.</source>
        <translation>Un servidor no respondió.</translation>
    </message>
    <message>
        <source>Check the internet connection (or the office network), then try again. Nothing is lost: a sync goes on where it stopped.</source>
        <translation>Compruebe la conexión a Internet (o la red de la oficina) y vuelva a intentarlo. No se pierde nada: una sincronización continúa donde se detuvo.</translation>
    </message>
    <message>
        <source>The computer ran out of memory.</source>
        <translation>El equipo se quedó sin memoria.</translation>
    </message>
    <message>
        <source>Close other programs, then try again.</source>
        <translation>Cierre otros programas y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>qbdesk ran into an unexpected problem.</source>
        <translation>qbdesk encontró un problema inesperado.</translation>
    </message>
    <message>
        <source>What you were doing may not have finished. You can keep working and try again; if it happens again, copy the details for support.</source>
        <translation>Puede que lo que estaba haciendo no haya terminado. Puede seguir trabajando y volver a intentarlo; si vuelve a ocurrir, copie los detalles para el soporte.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre para mostrar</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Message to the customer</source>
        <translation>Mensaje para el cliente</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Condiciones de pago</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Ref no.</source>
        <translation>N.º de ref.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Tipo de cuenta</translation>
    </message>
    <message>
        <source>Detail type</source>
        <translation>Tipo de detalle</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Número de cuenta</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Cuenta bancaria</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Tarjeta de crédito</translation>
    </message>
    <message>
        <source>P.O. no.</source>
        <translation>N.º de orden de compra</translation>
    </message>
    <message>
        <source>Message to vendor</source>
        <translation>Mensaje al proveedor</translation>
    </message>
    <message>
        <source>Transfer funds from</source>
        <translation>Transferir fondos desde</translation>
    </message>
    <message>
        <source>Transfer funds to</source>
        <translation>Transferir fondos a</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Journal no.</source>
        <translation>N.º de asiento</translation>
    </message>
    <message>
        <source>Adjusting entry</source>
        <translation>Asiento de ajuste</translation>
    </message>
    <message>
        <source>State / province</source>
        <translation>Estado / provincia</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Sub-account of</source>
        <translation>Subcuenta de</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Due in (days)</source>
        <translation>Vence en (días)</translation>
    </message>
    <message>
        <source>Due on day of month</source>
        <translation>Vence el día del mes</translation>
    </message>
    <message>
        <source>Discount (%)</source>
        <translation>Descuento por pronto pago (%)</translation>
    </message>
    <message>
        <source>Discount if paid within (days)</source>
        <translation>Plazo del descuento (días)</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Sales description</source>
        <translation>Descripción de venta</translation>
    </message>
    <message>
        <source>Sales price</source>
        <translation>Precio de venta</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>Sujeto a impuestos</translation>
    </message>
    <message>
        <source>Income account</source>
        <translation>Cuenta de ingresos</translation>
    </message>
    <message>
        <source>Purchase description</source>
        <translation>Descripción de compra</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Expense account</source>
        <translation>Cuenta de gastos</translation>
    </message>
    <message>
        <source>Inventory asset account</source>
        <translation>Cuenta de activo de inventario</translation>
    </message>
    <message>
        <source>Quantity on hand</source>
        <translation>Cantidad disponible</translation>
    </message>
    <message>
        <source>Quantity as of</source>
        <translation>Cantidad a fecha de</translation>
    </message>
    <message>
        <source>Sub-class of</source>
        <translation>Subclase de</translation>
    </message>
    <message>
        <source>Sub-location of</source>
        <translation>Sububicación de</translation>
    </message>
    <message>
        <source>Sub-customer of</source>
        <translation>Subcliente de</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Payment account</source>
        <translation>Cuenta de pago</translation>
    </message>
    <message>
        <source>Billing e-mail</source>
        <translation>Correo electrónico de facturación</translation>
    </message>
    <message>
        <source>Refund from</source>
        <translation>Reembolsado desde</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Deposit to</source>
        <translation>Depositar en</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Número de referencia</translation>
    </message>
    <message>
        <source>Applied to</source>
        <translation>Aplicado a</translation>
    </message>
    <message>
        <source>Payment type</source>
        <translation>Tipo de pago</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Beneficiario</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Accounts payable account</source>
        <translation>Cuenta de proveedores</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <source>Company files (*{suffix})</source>
        <translation>Archivos de empresa (*{suffix})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open company file</source>
        <translation>Abrir un archivo de empresa</translation>
    </message>
    <message>
        <source>New company file</source>
        <translation>Nuevo archivo de empresa</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Elegir un archivo CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Archivos CSV (*.csv *.txt)</translation>
    </message>
</context>
<context>
    <name>FirstSyncWizard</name>
    <message>
        <source>First sync with QuickBooks Online</source>
        <translation>Primera sincronización con QuickBooks Online</translation>
    </message>
    <message>
        <source>Start sync: write to QuickBooks</source>
        <translation>Iniciar la sincronización: escribir en QuickBooks</translation>
    </message>
    <message>
        <source>The counts could not be made: {message}</source>
        <translation>No se pudo obtener el número de registros: {message}</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Guía de uso</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Welcome to qbdesk</source>
        <translation>Le damos la bienvenida a qbdesk</translation>
    </message>
    <message>
        <source>Keep your records in two-way sync with QuickBooks Online.</source>
        <translation>Mantenga sus registros sincronizados en ambos sentidos con QuickBooks Online.</translation>
    </message>
    <message>
        <source>Practice company</source>
        <translation>Empresa de prueba</translation>
    </message>
    <message>
        <source>Open receivables</source>
        <translation>Saldo pendiente de cobro</translation>
    </message>
    <message>
        <source>Open payables</source>
        <translation>Saldo pendiente de pago</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Última sincronización: {when}</translation>
    </message>
    <message>
        <source>Next automatic sync: {when}</source>
        <translation>Próxima sincronización automática: {when}</translation>
    </message>
    <message>
        <source>No automatic sync (Sync settings)</source>
        <translation>Sin sincronización automática (Configuración de sincronización)</translation>
    </message>
    <message>
        <source>Counting records…</source>
        <translation>Contando los registros…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) in this company file.</source>
        <translation>
            <numerusform>%Ln registro en este archivo de empresa.</numerusform>
            <numerusform>%Ln registros en este archivo de empresa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>QuickBooks (upper bar)</source>
        <translation>QuickBooks (barra superior)</translation>
    </message>
    <message>
        <source>Here (lower bar)</source>
        <translation>Aquí (barra inferior)</translation>
    </message>
    <message>
        <source>Only in QuickBooks → will be created here. Only here → will be created in QuickBooks. Linked: on both sides already, nothing is created.</source>
        <translation>Solo en QuickBooks → se creará aquí. Solo aquí → se creará en QuickBooks. Vinculados: ya están en ambos lados, no se crea nada.</translation>
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <source>Product or service</source>
        <translation>Producto o servicio</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Category or product</source>
        <translation>Categoría o producto</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Añadir línea</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Quitar línea</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Line {line}: enter {what} such as {example}.</source>
        <translation>Línea {line}: escriba {what} como {example}.</translation>
    </message>
    <message>
        <source>Total: {amount}</source>
        <translation>Total: {amount}</translation>
    </message>
    <message>
        <source>a quantity</source>
        <translation>una cantidad</translation>
    </message>
    <message>
        <source>a rate</source>
        <translation>un precio unitario</translation>
    </message>
    <message>
        <source>an amount</source>
        <translation>un importe</translation>
    </message>
    <message>
        <source>Line {line}: enter a rate.</source>
        <translation>Línea {line}: escriba un precio unitario.</translation>
    </message>
    <message>
        <source>Line {line}: enter an amount.</source>
        <translation>Línea {line}: escriba un importe.</translation>
    </message>
    <message>
        <source>Line {line}: choose a category or a product.</source>
        <translation>Línea {line}: elija una categoría o un producto.</translation>
    </message>
    <message>
        <source>Keep at least one line.</source>
        <translation>Deje al menos una línea.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Aprobaciones</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Historial de sincronización</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Conciliación</translation>
    </message>
    <message>
        <source>No company open</source>
        <translation>Ninguna empresa abierta</translation>
    </message>
    <message>
        <source>Open a company file to browse and edit its customers, vendors, products and services, and transactions.</source>
        <translation>Abra un archivo de empresa para consultar y editar sus clientes, proveedores, productos y servicios, y transacciones.</translation>
    </message>
    <message>
        <source>Open a company file…</source>
        <translation>Abrir un archivo de empresa…</translation>
    </message>
    <message>
        <source>No sync problems</source>
        <translation>No hay problemas de sincronización</translation>
    </message>
    <message>
        <source>Problems appear here after your first sync with QuickBooks Online: what QuickBooks said, what it means, and how to fix it, with Resync, Skip and Edit next to each one.</source>
        <translation>Los problemas aparecen aquí después de su primera sincronización con QuickBooks Online: lo que dijo QuickBooks, qué significa y cómo solucionarlo, con Resincronizar, Aplazar y Editar junto a cada uno.</translation>
    </message>
    <message>
        <source>Nothing waiting for approval</source>
        <translation>Nada pendiente de aprobación</translation>
    </message>
    <message>
        <source>If you choose to approve changes before they are synchronized, they wait here after each sync until you approve or clear them.</source>
        <translation>Si decide aprobar los cambios antes de sincronizarlos, esperarán aquí después de cada sincronización hasta que los apruebe o los borre.</translation>
    </message>
    <message>
        <source>No syncs yet</source>
        <translation>Todavía no hay sincronizaciones</translation>
    </message>
    <message>
        <source>The sync log appears after your first sync: every record sent to or received from QuickBooks Online, pending, successful or failed.</source>
        <translation>El historial de sincronización aparece después de su primera sincronización: cada registro enviado a QuickBooks Online o recibido de él, pendiente, correcto o fallido.</translation>
    </message>
    <message>
        <source>Open a company file connected to QuickBooks Online to compare the books on both sides: counts, open balances and monthly totals, with a verdict and the records behind each difference.</source>
        <translation>Abra un archivo de empresa conectado a QuickBooks Online para comparar la contabilidad de ambos lados: número de registros, saldos pendientes y totales mensuales, con un veredicto y los registros detrás de cada diferencia.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <source>This computer is now the sync host. Sign in to QuickBooks to go on syncing.</source>
        <translation>Este equipo es ahora el equipo de sincronización. Inicie sesión en QuickBooks para seguir sincronizando.</translation>
    </message>
    <message>
        <source>Take over as sync host</source>
        <translation>Convertirse en el equipo de sincronización</translation>
    </message>
    <message>
        <source>This computer could not become the sync host: {message}</source>
        <translation>Este equipo no pudo convertirse en el equipo de sincronización: {message}</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) withdrawn.</source>
        <translation>
            <numerusform>%n solicitud retirada.</numerusform>
            <numerusform>%n solicitudes retiradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The requests could not be withdrawn: {message}</source>
        <translation>No se pudieron retirar las solicitudes: {message}</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Empresa</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nueva…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;shared company…</source>
        <translation>Abrir una empresa &amp;compartida…</translation>
    </message>
    <message>
        <source>Open a company kept in a database on your office&apos;s server, shared by several computers</source>
        <translation>Abrir una empresa guardada en una base de datos del servidor de su oficina, compartida por varios equipos</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Open the &amp;practice company</source>
        <translation>Abrir la &amp;empresa de prueba</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;QuickBooks</source>
        <translation>&amp;QuickBooks</translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation>&amp;Conexión…</translation>
    </message>
    <message>
        <source>&amp;First sync and settings…</source>
        <translation>&amp;Primera sincronización y configuración…</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sincronizar a&amp;hora</translation>
    </message>
    <message>
        <source>&amp;Resume the interrupted sync</source>
        <translation>Co&amp;ntinuar la sincronización interrumpida</translation>
    </message>
    <message>
        <source>C&amp;ancel the sync</source>
        <translation>C&amp;ancelar la sincronización</translation>
    </message>
    <message>
        <source>&amp;Take over as sync host…</source>
        <translation>Convertirse en el &amp;equipo de sincronización…</translation>
    </message>
    <message>
        <source>Sync this company from this computer instead of the current sync host (you sign in to QuickBooks here)</source>
        <translation>Sincronizar esta empresa desde este equipo en lugar del equipo de sincronización actual (iniciará sesión en QuickBooks aquí)</translation>
    </message>
    <message>
        <source>QuickBooks &amp;Desktop (Web Connector)…</source>
        <translation>QuickBooks &amp;Desktop (mediante el Web Connector)…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Sync settings…</source>
        <translation>Configuración de &amp;sincronización…</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>&amp;Ventana</translation>
    </message>
    <message>
        <source>&amp;Minimize</source>
        <translation>&amp;Minimizar</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>&amp;Zoom</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía de uso</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>&amp;Copiar diagnóstico</translation>
    </message>
    <message>
        <source>Show &amp;log folder</source>
        <translation>Mostrar la carpeta del &amp;diario</translation>
    </message>
    <message>
        <source>&amp;About qbdesk</source>
        <translation>&amp;Acerca de qbdesk</translation>
    </message>
    <message>
        <source>&amp;Clear menu</source>
        <translation>&amp;Borrar la lista</translation>
    </message>
    <message>
        <source>No recent companies</source>
        <translation>No hay empresas recientes</translation>
    </message>
    <message>
        <source>Green Leaf Landscaping (practice company)</source>
        <translation>Jardines Verdes (empresa de prueba)</translation>
    </message>
    <message>
        <source>Creating the practice company…</source>
        <translation>Creando la empresa de prueba…</translation>
    </message>
    <message>
        <source>Practice company</source>
        <translation>Empresa de prueba</translation>
    </message>
    <message>
        <source>Creating the practice company: a sample business with a few thousand records to try everything safely…</source>
        <translation>Creando la empresa de prueba: una empresa de ejemplo con unos miles de registros para probarlo todo sin riesgos…</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Abriendo {name}…</translation>
    </message>
    <message>
        <source>practice company</source>
        <translation>empresa de prueba</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>Se ha abierto {name}</translation>
    </message>
    <message>
        <source>There is no company file there any more. It may have been moved or renamed.</source>
        <translation>El archivo de empresa ya no está ahí. Es posible que se haya movido o cambiado de nombre.</translation>
    </message>
    <message>
        <source>That file is not a company file (an empty file or a spreadsheet, for example), and it was left as it is. Open a company file, or make a new company; a spreadsheet is imported with Company › Import CSV.</source>
        <translation>Ese archivo no es un archivo de empresa (un archivo vacío o una hoja de cálculo, por ejemplo), y se ha dejado como estaba. Abra un archivo de empresa, o cree una empresa nueva; una hoja de cálculo se importa con Empresa › Importar CSV.</translation>
    </message>
    <message>
        <source>This company file has a second name (a hard link), so two programs could change it without seeing each other and damage it. It was not opened: copy it to a file of its own and open the copy.</source>
        <translation>Este archivo de empresa tiene un segundo nombre (un enlace físico), así que dos programas podrían modificarlo sin verse entre sí y dañarlo. No se ha abierto: cópielo en un archivo propio y abra la copia.</translation>
    </message>
    <message>
        <source>The company could not be opened: {message}</source>
        <translation>No se pudo abrir la empresa: {message}</translation>
    </message>
    <message>
        <source>Saved. The change will be sent at the next sync.</source>
        <translation>Guardado. El cambio se enviará en la próxima sincronización.</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>el idioma del sistema</translation>
    </message>
    <message>
        <source>qbdesk will use {language} the next time it starts.</source>
        <translation>qbdesk usará este idioma la próxima vez que se inicie: {language}.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>Diagnóstico copiado en el portapapeles.</translation>
    </message>
    <message>
        <source>Stopping the sync: it can be resumed next time…</source>
        <translation>Deteniendo la sincronización: podrá continuarse la próxima vez…</translation>
    </message>
</context>
<context>
    <name>MatchesPage</name>
    <message>
        <source>Possible matches</source>
        <translation>Posibles coincidencias</translation>
    </message>
    <message>
        <source>Records that are probably the same on both sides, though they are written a little differently. Say which are the same record, so they are linked instead of created twice.</source>
        <translation>Registros que probablemente son los mismos en ambos lados, aunque estén escritos de forma algo distinta. Indique cuáles son el mismo registro, para que se vinculen en lugar de crearse dos veces.</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Aquí</translation>
    </message>
    <message>
        <source>In QuickBooks</source>
        <translation>En QuickBooks</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <source>Looking for possible matches…</source>
        <translation>Buscando posibles coincidencias…</translation>
    </message>
    <message>
        <source>All: same record</source>
        <translation>Todas: mismo registro</translation>
    </message>
    <message>
        <source>All: different</source>
        <translation>Todas: distintos</translation>
    </message>
    <message>
        <source>&lt;b&gt;Same record&lt;/b&gt;: the two are linked; neither is created on the other side. &lt;b&gt;Different&lt;/b&gt;: each is created on the other side, and the pair is not proposed again. A pair you leave unanswered is created on both sides. Nothing is sent to QuickBooks before the last step.</source>
        <translation>&lt;b&gt;Mismo registro&lt;/b&gt;: los dos se vinculan; ninguno se crea en el otro lado. &lt;b&gt;Distintos&lt;/b&gt;: cada uno se crea en el otro lado y el par no se vuelve a proponer. Un par sin respuesta se crea en ambos lados. No se envía nada a QuickBooks antes del último paso.</translation>
    </message>
    <message>
        <source>With these answers: {linked} linked, {here} created here, {qbo} created in QuickBooks.</source>
        <translation>Con estas respuestas: {linked} vinculados, {here} creados aquí, {qbo} creados en QuickBooks.</translation>
    </message>
    <message>
        <source>No possible matches: every record found on both sides was matched by its name, or is clearly different. Click Next.</source>
        <translation>No hay posibles coincidencias: cada registro presente en ambos lados se vinculó por su nombre, o es claramente distinto. Haga clic en Siguiente.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) answered</source>
        <translation>
            <numerusform>%n par respondido</numerusform>
            <numerusform>%n pares respondidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to answer</source>
        <translation>
            <numerusform>%n por responder</numerusform>
            <numerusform>%n por responder</numerusform>
        </translation>
    </message>
    <message>
        <source>names {score}% alike</source>
        <translation>nombres parecidos al {score}&#xa0;%</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>mismo correo electrónico</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>mismo teléfono</translation>
    </message>
    <message>
        <source>same address</source>
        <translation>misma dirección</translation>
    </message>
    <message>
        <source>Your answer could not be saved: {message}</source>
        <translation>No se pudo guardar su respuesta: {message}</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
</context>
<context>
    <name>MethodsPage</name>
    <message>
        <source>Payment methods</source>
        <translation>Formas de pago</translation>
    </message>
    <message>
        <source>Payments made with an unchecked method are neither imported nor exported.</source>
        <translation>Los pagos hechos con una forma de pago no marcada no se importan ni se exportan.</translation>
    </message>
    <message>
        <source>Loading the payment methods of both sides…</source>
        <translation>Cargando las formas de pago de ambos lados…</translation>
    </message>
    <message>
        <source>Check all</source>
        <translation>Marcar todas</translation>
    </message>
    <message>
        <source>Uncheck all</source>
        <translation>Desmarcar todas</translation>
    </message>
    <message>
        <source>Uncheck a method when its payments should stay on their side: for example payments taken by an outside payment processor that already sends them to QuickBooks, so that they are not entered twice. Unchecked payments are counted as filtered.</source>
        <translation>Desmarque una forma de pago cuando sus pagos deban quedarse en su lado: por ejemplo, los cobrados por un procesador de pagos externo que ya los envía a QuickBooks, para que no se registren dos veces. Los pagos no marcados se cuentan como filtrados.</translation>
    </message>
    <message>
        <source>QuickBooks and here</source>
        <translation>QuickBooks y aquí</translation>
    </message>
    <message>
        <source>QuickBooks only</source>
        <translation>Solo QuickBooks</translation>
    </message>
    <message>
        <source>here only</source>
        <translation>solo aquí</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) here</source>
        <translation>
            <numerusform>%n pago aquí</numerusform>
            <numerusform>%n pagos aquí</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in QuickBooks</source>
        <translation>
            <numerusform>%n en QuickBooks</numerusform>
            <numerusform>%n en QuickBooks</numerusform>
        </translation>
    </message>
    <message>
        <source>Payments left out (by a method or the date): {count}.</source>
        <translation>Pagos excluidos (por la forma de pago o la fecha): {count}.</translation>
    </message>
    <message>
        <source>Unchecked: {methods}.</source>
        <translation>No marcados: {methods}.</translation>
    </message>
</context>
<context>
    <name>NewCompanyDialog</name>
    <message>
        <source>New company</source>
        <translation>Nueva empresa</translation>
    </message>
    <message>
        <source>A company file keeps one business&apos;s records on this computer. You can connect it to QuickBooks Online later.</source>
        <translation>Un archivo de empresa guarda los registros de una empresa en este equipo. Podrá conectarlo a QuickBooks Online más adelante.</translation>
    </message>
    <message>
        <source>For example: Green Leaf Landscaping</source>
        <translation>Por ejemplo: Jardines Verdes</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>&amp;Nombre de la empresa:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Guardar como:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>Give the company a name.</source>
        <translation>Indique un nombre para la empresa.</translation>
    </message>
    <message>
        <source>Choose where to save the company file.</source>
        <translation>Elija dónde guardar el archivo de empresa.</translation>
    </message>
    <message>
        <source>A file already exists there. Choose another name or folder.</source>
        <translation>Ya existe un archivo ahí. Elija otro nombre u otra carpeta.</translation>
    </message>
</context>
<context>
    <name>NumbersPage</name>
    <message>
        <source>Invoice numbers</source>
        <translation>Números de factura</translation>
    </message>
    <message>
        <source>Who numbers the invoices, credit memos and refund receipts sent to QuickBooks.</source>
        <translation>Quién numera las facturas, notas de crédito y recibos de reembolso enviados a QuickBooks.</translation>
    </message>
    <message>
        <source>Keep this company file&apos;s numbers</source>
        <translation>Conservar los números de este archivo de empresa</translation>
    </message>
    <message>
        <source>Let QuickBooks number them (its numbers then come back here)</source>
        <translation>Dejar que QuickBooks los numere (sus números vuelven luego aquí)</translation>
    </message>
    <message>
        <source>Give them the next free numbers</source>
        <translation>Darles los siguientes números libres</translation>
    </message>
    <message>
        <source>Each record whose number QuickBooks already uses gets the next number free here and in QuickBooks, here, before anything is sent.</source>
        <translation>Cada registro cuyo número ya usa QuickBooks recibe, aquí y antes de enviar nada, el siguiente número libre aquí y en QuickBooks.</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>Volver a contar</translation>
    </message>
    <message>
        <source>Read QuickBooks again, after turning its custom transaction numbers on.</source>
        <translation>Volver a leer QuickBooks, después de activar en él los números de transacción personalizados.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Keep this company file&apos;s numbers&lt;/b&gt; when invoices must keep the numbers customers know. QuickBooks keeps a number only when its &lt;b&gt;custom transaction numbers&lt;/b&gt; are on (in QuickBooks: Settings › Account and settings › Sales › Sales form content), and refuses a number it already uses: such records are blocked before anything is sent, and one click gives them the next free numbers.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Let QuickBooks number them&lt;/b&gt; when QuickBooks gives out the numbers: nothing can be used twice, and the numbers QuickBooks gives come back into this company file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Conservar los números de este archivo de empresa&lt;/b&gt; cuando las facturas deben conservar los números que conocen los clientes. QuickBooks conserva un número solo si sus &lt;b&gt;números de transacción personalizados&lt;/b&gt; están activados (en QuickBooks: Configuración › Cuenta y configuración › Ventas › Contenido del formulario de ventas), y rechaza un número que ya usa: esos registros se bloquean antes de enviar nada, y un clic les da los siguientes números libres.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dejar que QuickBooks los numere&lt;/b&gt; cuando es QuickBooks quien asigna los números: ninguno puede usarse dos veces, y los números que asigna QuickBooks vuelven a este archivo de empresa.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>In QuickBooks, custom transaction numbers are &lt;b&gt;on&lt;/b&gt;: QuickBooks keeps the numbers it is sent.</source>
        <translation>En QuickBooks, los números de transacción personalizados están &lt;b&gt;activados&lt;/b&gt;: QuickBooks conserva los números que recibe.</translation>
    </message>
    <message>
        <source>In QuickBooks, custom transaction numbers are &lt;b&gt;off&lt;/b&gt;: QuickBooks numbers sales forms itself.</source>
        <translation>En QuickBooks, los números de transacción personalizados están &lt;b&gt;desactivados&lt;/b&gt;: QuickBooks numera él mismo los formularios de venta.</translation>
    </message>
    <message numerus="yes">
        <source>%n sales form(s) blocked: turn QuickBooks&apos; custom transaction numbers on, then click Count again — or let QuickBooks number them.</source>
        <translation>
            <numerusform>%n formulario de venta bloqueado: active los números de transacción personalizados de QuickBooks y haga clic en Volver a contar, o deje que QuickBooks lo numere.</numerusform>
            <numerusform>%n formularios de venta bloqueados: active los números de transacción personalizados de QuickBooks y haga clic en Volver a contar, o deje que QuickBooks los numere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sales form(s) use a number QuickBooks already has and are blocked; the next free number is {number}.</source>
        <translation>
            <numerusform>%n formulario de venta usa un número que QuickBooks ya tiene y está bloqueado; el siguiente número libre es {number}.</numerusform>
            <numerusform>%n formularios de venta usan un número que QuickBooks ya tiene y están bloqueados; el siguiente número libre es {number}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sales form(s) keep their numbers.</source>
        <translation>
            <numerusform>%n formulario de venta conserva su número.</numerusform>
            <numerusform>%n formularios de venta conservan su número.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sales form(s) will be numbered by QuickBooks; the numbers come back here.</source>
        <translation>
            <numerusform>%n formulario de venta será numerado por QuickBooks; el número vuelve aquí.</numerusform>
            <numerusform>%n formularios de venta serán numerados por QuickBooks; los números vuelven aquí.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfficeDialogs</name>
    <message>
        <source>Make this computer the sync host of this company?</source>
        <translation>¿Convertir este equipo en el equipo de sincronización de esta empresa?</translation>
    </message>
    <message>
        <source>It keeps the connection to QuickBooks and syncs; the other computers see its progress and send it what needs QuickBooks. You sign in to QuickBooks here next.</source>
        <translation>Mantiene la conexión con QuickBooks y sincroniza; los demás equipos ven su progreso y le envían lo que requiere QuickBooks. A continuación, inicie sesión en QuickBooks en este equipo.</translation>
    </message>
    <message>
        <source>Make this computer the sync host instead of {computer}?</source>
        <translation>¿Convertir este equipo en el equipo de sincronización en lugar de {computer}?</translation>
    </message>
    <message>
        <source>{computer} stops syncing this company: it has been the sync host since {time}. You sign in to QuickBooks here next; the sign-in is never copied from one computer to another.</source>
        <translation>{computer} dejará de sincronizar esta empresa: es el equipo de sincronización desde {time}. A continuación, inicie sesión en QuickBooks en este equipo; el inicio de sesión nunca se copia de un equipo a otro.</translation>
    </message>
    <message>
        <source>{computer} is syncing right now: that sync finishes first, then this computer takes over.</source>
        <translation>{computer} está sincronizando ahora mismo: esa sincronización termina primero y después este equipo toma el relevo.</translation>
    </message>
    <message>
        <source>Requests waiting for the sync host are carried out by this computer from now on.</source>
        <translation>Las solicitudes pendientes para el equipo de sincronización las atenderá a partir de ahora este equipo.</translation>
    </message>
    <message>
        <source>Take over as sync host</source>
        <translation>Convertirse en el equipo de sincronización</translation>
    </message>
    <message>
        <source>Take over and sign in…</source>
        <translation>Convertirse e iniciar sesión…</translation>
    </message>
</context>
<context>
    <name>OfficePanel</name>
    <message>
        <source>waiting</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>being carried out</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>Approve changes</source>
        <translation>Aprobar los cambios</translation>
    </message>
    <message>
        <source>{action} — problem #{number}</source>
        <translation>{action} — problema n.º {number}</translation>
    </message>
    <message>
        <source>{what} ({time}): {state}</source>
        <translation>{what} ({time}): {state}</translation>
    </message>
</context>
<context>
    <name>OneSidedPage</name>
    <message>
        <source>Records found on one side only</source>
        <translation>Registros que solo están en un lado</translation>
    </message>
    <message>
        <source>A record that exists in QuickBooks but not here, or here but not in QuickBooks, can be created on the other side or ignored.</source>
        <translation>Un registro que está en QuickBooks pero no aquí, o aquí pero no en QuickBooks, se puede crear en el otro lado o ignorar.</translation>
    </message>
    <message>
        <source>Create them here</source>
        <translation>Crearlos aquí</translation>
    </message>
    <message>
        <source>Ignore them</source>
        <translation>Ignorarlos</translation>
    </message>
    <message>
        <source>Create them in QuickBooks</source>
        <translation>Crearlos en QuickBooks</translation>
    </message>
    <message>
        <source>Found only in QuickBooks</source>
        <translation>Solo en QuickBooks</translation>
    </message>
    <message>
        <source>Found only in this company file</source>
        <translation>Solo en este archivo de empresa</translation>
    </message>
    <message>
        <source>Creating them simply means the record is made on the other side; ignoring them means it is not. &lt;b&gt;Anything that relies on an ignored record is not created either&lt;/b&gt; — an invoice of an ignored customer, for example — and is counted as ignored, with the reason. Records found on both sides are always linked, never duplicated.</source>
        <translation>Crearlos significa simplemente que el registro se crea en el otro lado; ignorarlos, que no. &lt;b&gt;Tampoco se crea nada que dependa de un registro ignorado&lt;/b&gt; (por ejemplo, una factura de un cliente ignorado), y se cuenta como ignorado, con el motivo. Los registros que están en ambos lados siempre se vinculan, nunca se duplican.</translation>
    </message>
    <message>
        <source>With these choices — created here: {here} · created in QuickBooks: {qbo} · ignored: {ignored}.</source>
        <translation>Con estas opciones — creados aquí: {here} · creados en QuickBooks: {qbo} · ignorados: {ignored}.</translation>
    </message>
</context>
<context>
    <name>OperationsDialog</name>
    <message>
        <source>All records</source>
        <translation>Todos los registros</translation>
    </message>
    <message>
        <source>What the sync will do: {what}</source>
        <translation>Lo que hará la sincronización: {what}</translation>
    </message>
    <message>
        <source>Nothing has been sent or changed yet. Updates list each field that changes, with its value here and in QuickBooks; expand a record to see them.</source>
        <translation>Todavía no se ha enviado ni cambiado nada. Las actualizaciones muestran cada campo que cambia, con su valor aquí y en QuickBooks; despliegue un registro para verlos.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Aquí</translation>
    </message>
    <message>
        <source>In QuickBooks</source>
        <translation>En QuickBooks</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… y %Ln más</numerusform>
            <numerusform>… y %Ln más</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do for these records.</source>
        <translation>No hay nada que hacer con estos registros.</translation>
    </message>
</context>
<context>
    <name>PlanDetails</name>
    <message>
        <source>To create in QuickBooks</source>
        <translation>Que crear en QuickBooks</translation>
    </message>
    <message>
        <source>To update in QuickBooks</source>
        <translation>Que actualizar en QuickBooks</translation>
    </message>
    <message>
        <source>To delete in QuickBooks</source>
        <translation>Que borrar en QuickBooks</translation>
    </message>
    <message>
        <source>To make inactive in QuickBooks</source>
        <translation>Que desactivar en QuickBooks</translation>
    </message>
    <message>
        <source>To create here</source>
        <translation>Que crear aquí</translation>
    </message>
    <message>
        <source>To update here</source>
        <translation>Que actualizar aquí</translation>
    </message>
    <message>
        <source>To link (found on both sides)</source>
        <translation>Que vincular (encontrados en ambos lados)</translation>
    </message>
    <message>
        <source>Changed on both sides: you decide</source>
        <translation>Modificados en ambos lados: usted decide</translation>
    </message>
    <message>
        <source>Moved to another customer in QuickBooks: you decide</source>
        <translation>Movidos a otro cliente en QuickBooks: usted decide</translation>
    </message>
    <message>
        <source>Deleted in QuickBooks</source>
        <translation>Borrados en QuickBooks</translation>
    </message>
    <message>
        <source>Waiting for your approval</source>
        <translation>Pendientes de su aprobación</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message>
        <source>Sync problems</source>
        <translation>Problemas de sincronización</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>Open the sync problems: what each one means and how to fix it.</source>
        <translation>Abrir los problemas de sincronización: qué significa cada uno y cómo solucionarlo.</translation>
    </message>
</context>
<context>
    <name>ProblemDetail</name>
    <message>
        <source>QuickBooks: {message}</source>
        <translation>QuickBooks: {message}</translation>
    </message>
    <message>
        <source>Select a problem to see what it means and how to fix it.</source>
        <translation>Seleccione un problema para ver qué significa y cómo solucionarlo.</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Cómo solucionarlo</translation>
    </message>
    <message>
        <source>More in the user guide</source>
        <translation>Más en la guía de uso</translation>
    </message>
    <message>
        <source>This problem&apos;s entry in the user guide: what it means and every fix.</source>
        <translation>La entrada de este problema en la guía de uso: qué significa y todas las soluciones.</translation>
    </message>
    <message>
        <source>The two versions</source>
        <translation>Las dos versiones</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Aquí</translation>
    </message>
    <message>
        <source>In QuickBooks</source>
        <translation>En QuickBooks</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>Copy QuickBooks&apos; code, message and intuit_tid, for Intuit support.</source>
        <translation>Copiar el código, el mensaje y el intuit_tid de QuickBooks, para el soporte de Intuit.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) selected. Resync or skip them together with the buttons above.</source>
        <translation>
            <numerusform>%n problema seleccionado. Resincronícelo o aplácelo con los botones de arriba.</numerusform>
            <numerusform>%n problemas seleccionados. Resincronícelos o aplácelos todos a la vez con los botones de arriba.</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind} {record} · {category}</source>
        <translation>{kind} {record} · {category}</translation>
    </message>
    <message numerus="yes">
        <source>First seen {first} · last seen {last} · %n attempt(s)</source>
        <translation>
            <numerusform>Primera vez {first} · última vez {last} · %n intento</numerusform>
            <numerusform>Primera vez {first} · última vez {last} · %n intentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped · {seen}</source>
        <translation>Aplazado · {seen}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>This record is not in this company file.</source>
        <translation>Este registro no está en este archivo de empresa.</translation>
    </message>
    <message>
        <source>What QuickBooks said</source>
        <translation>Lo que dijo QuickBooks</translation>
    </message>
    <message>
        <source>Found before sending: nothing was sent to QuickBooks</source>
        <translation>Detectado antes del envío: no se envió nada a QuickBooks</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>The customer was deleted in QuickBooks</source>
        <translation>El cliente se ha borrado en QuickBooks</translation>
    </message>
    <message>
        <source>This record uses a customer that has been deleted (made inactive) in QuickBooks, so QuickBooks refuses to create or change transactions for it.</source>
        <translation>Este registro usa un cliente que se ha borrado (desactivado) en QuickBooks, por lo que QuickBooks no permite crear ni modificar transacciones para él.</translation>
    </message>
    <message>
        <source>Pick the QuickBooks customer this record should use instead, or</source>
        <translation>Elija el cliente de QuickBooks que debe usar este registro en su lugar, o</translation>
    </message>
    <message>
        <source>create the customer again in QuickBooks, or</source>
        <translation>vuelva a crear el cliente en QuickBooks, o</translation>
    </message>
    <message>
        <source>choose not to sync this customer: its invoices and payments wait too.</source>
        <translation>decida no sincronizar este cliente: sus facturas y pagos también quedarán en espera.</translation>
    </message>
    <message>
        <source>No exact match for this customer in QuickBooks</source>
        <translation>No hay ninguna coincidencia exacta para este cliente en QuickBooks</translation>
    </message>
    <message>
        <source>No QuickBooks customer has exactly this name, so the invoices and payments of this customer cannot be placed in QuickBooks yet.</source>
        <translation>Ningún cliente de QuickBooks tiene exactamente este nombre, así que las facturas y los pagos de este cliente todavía no se pueden registrar en QuickBooks.</translation>
    </message>
    <message>
        <source>Type the name of the QuickBooks customer to use and pick it, or</source>
        <translation>Escriba el nombre del cliente de QuickBooks que desea usar y selecciónelo, o</translation>
    </message>
    <message>
        <source>create a new customer in QuickBooks, or</source>
        <translation>cree un cliente nuevo en QuickBooks, o</translation>
    </message>
    <message>
        <source>choose not to sync this customer.</source>
        <translation>decida no sincronizar este cliente.</translation>
    </message>
    <message>
        <source>The name is already used in QuickBooks</source>
        <translation>Este nombre ya está en uso en QuickBooks</translation>
    </message>
    <message>
        <source>QuickBooks keeps one list of names for customers, vendors and employees: &apos;{record}&apos; is already used by another of them, so this record cannot be created with the same name.</source>
        <translation>QuickBooks tiene una sola lista de nombres para clientes, proveedores y empleados: “{record}” ya lo usa otro de ellos, así que este registro no se puede crear con el mismo nombre.</translation>
    </message>
    <message>
        <source>Give this record a different name (for example add &apos;(customer)&apos; or &apos;(vendor)&apos;), save, and it is sent again, or</source>
        <translation>Dé otro nombre a este registro (por ejemplo, añada “(cliente)” o “(proveedor)”) y guárdelo: se vuelve a enviar, o</translation>
    </message>
    <message>
        <source>if it is the same person or business, link it to the existing QuickBooks record.</source>
        <translation>si es la misma persona o empresa, vincúlelo al registro existente de QuickBooks.</translation>
    </message>
    <message>
        <source>Payment method set up with the wrong type in QuickBooks</source>
        <translation>Forma de pago configurada con un tipo incorrecto en QuickBooks</translation>
    </message>
    <message>
        <source>QuickBooks already has a payment method with this name, but of the other kind (credit card or not). A method such as &apos;Credit card&apos; must have the type CREDIT_CARD.</source>
        <translation>QuickBooks ya tiene una forma de pago con este nombre, pero del otro tipo (tarjeta de crédito o no). Una forma de pago como “Tarjeta de crédito” debe tener el tipo CREDIT_CARD.</translation>
    </message>
    <message>
        <source>In QuickBooks, open Settings ▸ All lists ▸ Payment methods.</source>
        <translation>En QuickBooks, abra Configuración ▸ Todas las listas ▸ Formas de pago.</translation>
    </message>
    <message>
        <source>Edit the method, tick &apos;This is a credit card&apos; (or untick it), and save.</source>
        <translation>Edite la forma de pago, marque (o desmarque) “Es una tarjeta de crédito” y guarde.</translation>
    </message>
    <message>
        <source>Come back here and click Resync.</source>
        <translation>Vuelva aquí y haga clic en Resincronizar.</translation>
    </message>
    <message>
        <source>Two records here have the same name or number</source>
        <translation>Dos registros de aquí tienen el mismo nombre o número</translation>
    </message>
    <message>
        <source>Another record of the same kind here already uses this name or document number (&apos;{record}&apos;). QuickBooks needs them to be different (for bills: the vendor&apos;s document number must be unique for each vendor).</source>
        <translation>Otro registro del mismo tipo de aquí ya usa este nombre o número de documento (“{record}”). QuickBooks exige que sean distintos (en las facturas de proveedor, el número de documento del proveedor debe ser único para cada proveedor).</translation>
    </message>
    <message>
        <source>Open the record, make its name or number unique, and save: it is sent again.</source>
        <translation>Abra el registro, haga que su nombre o número sea único y guárdelo: se vuelve a enviar.</translation>
    </message>
    <message>
        <source>This number is already used in QuickBooks</source>
        <translation>Este número ya está en uso en QuickBooks</translation>
    </message>
    <message>
        <source>QuickBooks already has a document with this number. This happens when numbers are given out separately here and in QuickBooks and the two sequences overlap.</source>
        <translation>QuickBooks ya tiene un documento con este número. Ocurre cuando los números se asignan por separado aquí y en QuickBooks y las dos secuencias se solapan.</translation>
    </message>
    <message>
        <source>Click Give the next free number: the number free here and in QuickBooks is given to it, and the next sync sends it, or</source>
        <translation>Haga clic en Dar el siguiente número libre: recibe el número libre aquí y en QuickBooks, y la próxima sincronización lo envía, o</translation>
    </message>
    <message>
        <source>turn on &apos;Keep invoice numbers in step with QuickBooks&apos; in the sync settings so it does not happen again.</source>
        <translation>active “Mantener los números de factura en sintonía con QuickBooks” en la configuración de sincronización para que no vuelva a ocurrir.</translation>
    </message>
    <message>
        <source>QuickBooks does not keep invoice numbers from apps yet</source>
        <translation>QuickBooks todavía no conserva los números de factura de las aplicaciones</translation>
    </message>
    <message>
        <source>The sync settings say to keep this company file&apos;s invoice numbers, but QuickBooks&apos; custom transaction numbers are off: QuickBooks would number the invoices itself, and a number sent anyway could be used twice.</source>
        <translation>La configuración de sincronización pide conservar los números de factura de este archivo de empresa, pero los números de transacción personalizados de QuickBooks están desactivados: QuickBooks numeraría él mismo las facturas, y un número enviado de todos modos podría usarse dos veces.</translation>
    </message>
    <message>
        <source>In QuickBooks, open Settings › Account and settings › Sales › Sales form content, turn on Custom transaction numbers, then sync again, or</source>
        <translation>En QuickBooks, abra Configuración › Cuenta y configuración › Ventas › Contenido del formulario de ventas, active Números de transacción personalizados y vuelva a sincronizar, o</translation>
    </message>
    <message>
        <source>in the sync settings, let QuickBooks number new invoices (its numbers then come back here).</source>
        <translation>en la configuración de sincronización, deje que QuickBooks numere las nuevas facturas (sus números vuelven luego aquí).</translation>
    </message>
    <message>
        <source>The vendor&apos;s document number is already used for this vendor</source>
        <translation>El número de documento del proveedor ya está en uso para este proveedor</translation>
    </message>
    <message>
        <source>QuickBooks requires each vendor&apos;s document numbers to be unique, and this vendor already has a bill or receipt with this number.</source>
        <translation>QuickBooks exige que los números de documento de cada proveedor sean únicos, y este proveedor ya tiene una factura de proveedor o un recibo de proveedor con este número.</translation>
    </message>
    <message>
        <source>Check in QuickBooks whether this bill is already there (then link it rather than send it).</source>
        <translation>Compruebe en QuickBooks si esta factura de proveedor ya está allí (en ese caso, vincúlela en lugar de enviarla).</translation>
    </message>
    <message>
        <source>Otherwise correct the vendor&apos;s document number here and save: it is sent again.</source>
        <translation>Si no, corrija aquí el número de documento del proveedor y guarde: el registro se vuelve a enviar.</translation>
    </message>
    <message>
        <source>The document number is too long for QuickBooks</source>
        <translation>El número de documento es demasiado largo para QuickBooks</translation>
    </message>
    <message>
        <source>QuickBooks accepts document numbers of at most 21 characters.</source>
        <translation>QuickBooks acepta números de documento de 21 caracteres como máximo.</translation>
    </message>
    <message>
        <source>Shorten the number and save: the record is sent again.</source>
        <translation>Acorte el número y guarde: el registro se vuelve a enviar.</translation>
    </message>
    <message>
        <source>The invoice was moved to another customer in QuickBooks</source>
        <translation>La factura se ha pasado a otro cliente en QuickBooks</translation>
    </message>
    <message>
        <source>In QuickBooks this invoice now belongs to another customer, job or property than here.</source>
        <translation>En QuickBooks, esta factura pertenece ahora a un cliente, proyecto o propiedad distinto del de aquí.</translation>
    </message>
    <message>
        <source>Move it back in QuickBooks to the customer it has here, or</source>
        <translation>En QuickBooks, vuelva a asignarla al cliente que tiene aquí, o</translation>
    </message>
    <message>
        <source>accept QuickBooks&apos; change here.</source>
        <translation>acepte aquí el cambio hecho en QuickBooks.</translation>
    </message>
    <message>
        <source>Changed here and in QuickBooks</source>
        <translation>Cambiado aquí y en QuickBooks</translation>
    </message>
    <message>
        <source>This record was changed in both places since the last sync, and the sync settings ask you to choose which version to keep.</source>
        <translation>Este registro se ha cambiado en ambos lados desde la última sincronización, y la configuración de sincronización le pide que elija qué versión conservar.</translation>
    </message>
    <message>
        <source>Compare the two versions field by field.</source>
        <translation>Compare las dos versiones campo por campo.</translation>
    </message>
    <message>
        <source>Keep the version here (it is sent to QuickBooks), or keep QuickBooks&apos; version (it replaces the one here).</source>
        <translation>Conserve la versión de aquí (se envía a QuickBooks) o la de QuickBooks (sustituye a la de aquí).</translation>
    </message>
    <message>
        <source>The record was deleted in QuickBooks</source>
        <translation>El registro se ha borrado en QuickBooks</translation>
    </message>
    <message>
        <source>This record was synced before, but its twin has since been deleted in QuickBooks, so changes cannot be sent to it.</source>
        <translation>Este registro ya se había sincronizado, pero su equivalente se ha borrado después en QuickBooks, así que no se le pueden enviar los cambios.</translation>
    </message>
    <message>
        <source>If it was deleted by mistake, click Clear ID: the link is removed and the next sync creates the record in QuickBooks again.</source>
        <translation>Si se borró por error, haga clic en Borrar el identificador: se quita el vínculo y la próxima sincronización vuelve a crear el registro en QuickBooks.</translation>
    </message>
    <message>
        <source>If it should stay deleted, click Skip.</source>
        <translation>Si debe seguir borrado, haga clic en Aplazar.</translation>
    </message>
    <message>
        <source>Something this record uses is inactive in QuickBooks</source>
        <translation>Algo que usa este registro está inactivo en QuickBooks</translation>
    </message>
    <message>
        <source>An account, customer, item, vendor or employee this record refers to has been made inactive (deleted) in QuickBooks.</source>
        <translation>Una cuenta, un cliente, un producto o servicio, un proveedor o un empleado al que hace referencia este registro se ha desactivado (borrado) en QuickBooks.</translation>
    </message>
    <message>
        <source>In QuickBooks, make it active again, then click Resync, or</source>
        <translation>En QuickBooks, vuelva a activarlo y haga clic en Resincronizar, o</translation>
    </message>
    <message>
        <source>edit this record to use another one and save.</source>
        <translation>edite este registro para que use otro y guárdelo.</translation>
    </message>
    <message>
        <source>More money applied than the invoice still owes in QuickBooks</source>
        <translation>Importe aplicado superior al saldo pendiente de la factura en QuickBooks</translation>
    </message>
    <message>
        <source>The payment or credit is applied for more than the open balance of the invoice in QuickBooks. Usually the invoice was already paid there (for example by a payment entered directly in QuickBooks).</source>
        <translation>El pago o el crédito aplicado supera el saldo pendiente de la factura en QuickBooks. Normalmente, la factura ya se había pagado allí (por ejemplo, con un pago registrado directamente en QuickBooks).</translation>
    </message>
    <message>
        <source>Compare the payments of this invoice here and in QuickBooks.</source>
        <translation>Compare los pagos de esta factura aquí y en QuickBooks.</translation>
    </message>
    <message>
        <source>If QuickBooks already has this payment, click Bypass: it is linked, never sent twice.</source>
        <translation>Si QuickBooks ya tiene este pago, haga clic en Marcar como ya en QuickBooks: queda vinculado y nunca se envía dos veces.</translation>
    </message>
    <message>
        <source>Otherwise void the extra payment or credit in QuickBooks and click Resync.</source>
        <translation>Si no, anule el pago o el crédito sobrante en QuickBooks y haga clic en Resincronizar.</translation>
    </message>
    <message>
        <source>A line&apos;s amount is not quantity × price</source>
        <translation>El importe de una línea no es cantidad × precio</translation>
    </message>
    <message>
        <source>QuickBooks checks that each line&apos;s amount equals its quantity times its unit price.</source>
        <translation>QuickBooks comprueba que el importe de cada línea sea igual a su cantidad multiplicada por su precio unitario.</translation>
    </message>
    <message>
        <source>Open the record, correct the quantity or the price, and save.</source>
        <translation>Abra el registro, corrija la cantidad o el precio y guárdelo.</translation>
    </message>
    <message>
        <source>The books are closed for this date</source>
        <translation>Los libros están cerrados en esta fecha</translation>
    </message>
    <message>
        <source>The record falls on or before the closing date set in QuickBooks, which refuses changes to that period.</source>
        <translation>El registro tiene una fecha igual o anterior a la fecha de cierre definida en QuickBooks, que no admite cambios en ese periodo.</translation>
    </message>
    <message>
        <source>Ask your accountant whether the period may be reopened in QuickBooks, or</source>
        <translation>Pregunte a su contable si se puede reabrir el periodo en QuickBooks, o</translation>
    </message>
    <message>
        <source>change the record&apos;s date to an open period and save.</source>
        <translation>cambie la fecha del registro a un periodo abierto y guárdelo.</translation>
    </message>
    <message>
        <source>This payment already exists in QuickBooks</source>
        <translation>Este pago ya existe en QuickBooks</translation>
    </message>
    <message>
        <source>QuickBooks already records this payment, so sending it would count it twice.</source>
        <translation>QuickBooks ya tiene registrado este pago, así que enviarlo lo contaría dos veces.</translation>
    </message>
    <message>
        <source>Click Bypass: the payment is marked Bypassed and linked to the QuickBooks payment, and is never sent again.</source>
        <translation>Haga clic en Marcar como ya en QuickBooks: el pago se marca como ya en QuickBooks, se vincula al pago de QuickBooks y no se vuelve a enviar nunca.</translation>
    </message>
    <message>
        <source>No refund bank account is chosen</source>
        <translation>No se ha elegido ninguna cuenta bancaria para reembolsos</translation>
    </message>
    <message>
        <source>Refunds are paid out of a bank account in QuickBooks; without one chosen in the sync settings, refunds cannot be sent.</source>
        <translation>En QuickBooks, los reembolsos se pagan desde una cuenta bancaria; si no se elige una en la configuración de sincronización, los reembolsos no se pueden enviar.</translation>
    </message>
    <message>
        <source>Click Choose a refund account… (or QuickBooks › First sync and settings…) and choose the refund bank account, for example your checking account; the refunds are sent at the next sync.</source>
        <translation>Haga clic en Elegir la cuenta bancaria para reembolsos… (o QuickBooks › Primera sincronización y configuración…) y elija la cuenta bancaria para reembolsos, por ejemplo su cuenta corriente; los reembolsos se envían en la próxima sincronización.</translation>
    </message>
    <message>
        <source>The account is of the wrong type for QuickBooks</source>
        <translation>El tipo de cuenta no es válido para QuickBooks</translation>
    </message>
    <message>
        <source>QuickBooks refuses the account chosen for this record: an expense must come out of a bank account (cash, check) or a credit-card account, matching how it was paid; a refund must come out of a bank account.</source>
        <translation>QuickBooks rechaza la cuenta elegida para este registro: un gasto debe salir de una cuenta bancaria (efectivo, cheque) o de una cuenta de tarjeta de crédito, según cómo se pagó; un reembolso debe salir de una cuenta bancaria.</translation>
    </message>
    <message>
        <source>Check which account this record uses and its type in QuickBooks.</source>
        <translation>Compruebe qué cuenta usa este registro y cuál es su tipo en QuickBooks.</translation>
    </message>
    <message>
        <source>Choose an account of the right type, save, and the record is sent again.</source>
        <translation>Elija una cuenta del tipo correcto y guarde: el registro se vuelve a enviar.</translation>
    </message>
    <message>
        <source>The payment is already on a deposit in QuickBooks</source>
        <translation>El pago ya figura en un depósito en QuickBooks</translation>
    </message>
    <message>
        <source>In QuickBooks this payment (or sales receipt) has been taken to the bank on a deposit, and QuickBooks does not let a deposited transaction change its amount, account or customer, nor be deleted.</source>
        <translation>En QuickBooks este pago (o recibo de venta) se llevó al banco en un depósito, y QuickBooks no deja cambiar el importe, la cuenta ni el cliente de una transacción depositada, ni borrarla.</translation>
    </message>
    <message>
        <source>In QuickBooks, open the deposit it appears on and remove it from the deposit, then click Resync, or</source>
        <translation>En QuickBooks, abra el depósito en el que figura y quítelo del depósito; luego haga clic en Resincronizar, o</translation>
    </message>
    <message>
        <source>change it back here to what QuickBooks has, and save.</source>
        <translation>déjelo aquí como está en QuickBooks y guarde.</translation>
    </message>
    <message>
        <source>It applies to another customer&apos;s or vendor&apos;s document</source>
        <translation>Se aplica al documento de otro cliente o proveedor</translation>
    </message>
    <message>
        <source>In QuickBooks a payment can only pay its own customer&apos;s invoices (a bill payment, its own vendor&apos;s bills), and an invoice can only come from its own customer&apos;s estimate.</source>
        <translation>En QuickBooks un pago solo paga facturas de su propio cliente (un pago de factura de proveedor, las facturas de su propio proveedor), y una factura solo puede venir de un presupuesto de su propio cliente.</translation>
    </message>
    <message>
        <source>Open the record and check its customer or vendor and what it applies to; correct them and save.</source>
        <translation>Abra el registro y revise su cliente o proveedor y a qué se aplica; corríjalos y guarde.</translation>
    </message>
    <message>
        <source>This QuickBooks edition does not have this feature</source>
        <translation>Esta edición de QuickBooks no tiene esta función</translation>
    </message>
    <message>
        <source>QuickBooks refused the record because the company&apos;s subscription does not include it (purchase orders, for example, need QuickBooks Online Plus or Advanced).</source>
        <translation>QuickBooks rechazó el registro porque la suscripción de la empresa no la incluye (las órdenes de compra, por ejemplo, necesitan QuickBooks Online Plus o Advanced).</translation>
    </message>
    <message>
        <source>Upgrade the QuickBooks subscription, then click Resync, or</source>
        <translation>Amplíe la suscripción de QuickBooks y luego haga clic en Resincronizar, o</translation>
    </message>
    <message>
        <source>click Skip to stop sending records of this kind.</source>
        <translation>haga clic en Aplazar para dejar de enviar registros de este tipo.</translation>
    </message>
    <message>
        <source>It is in a foreign currency</source>
        <translation>Está en una moneda extranjera</translation>
    </message>
    <message>
        <source>The QuickBooks company uses several currencies and this record is not in its home currency ({detail}). This app keeps every amount in the home currency and does not support multicurrency yet, so the record stays in QuickBooks; what refers to it waits.</source>
        <translation>La empresa de QuickBooks usa varias monedas y este registro no está en su moneda principal ({detail}). Esta aplicación lleva todos los importes en la moneda principal y todavía no admite varias monedas, así que el registro se queda en QuickBooks; lo que hace referencia a él espera.</translation>
    </message>
    <message>
        <source>Keep working with it in QuickBooks, or</source>
        <translation>Siga trabajando con él en QuickBooks, o</translation>
    </message>
    <message>
        <source>click Skip to leave it out of the sync.</source>
        <translation>haga clic en Aplazar para dejar de reintentarlo.</translation>
    </message>
    <message>
        <source>It charges sales tax</source>
        <translation>Cobra impuesto sobre las ventas</translation>
    </message>
    <message>
        <source>This transaction charges sales tax in QuickBooks ({detail}). This app does not keep sales tax amounts or tax agencies yet, so its total would not add up here: it stays in QuickBooks.</source>
        <translation>Esta transacción cobra impuesto sobre las ventas en QuickBooks ({detail}). Esta aplicación todavía no lleva los importes de impuestos ni las agencias tributarias, así que su total no cuadraría aquí: se queda en QuickBooks.</translation>
    </message>
    <message>
        <source>It is linked to a kind of transaction this app does not link yet</source>
        <translation>Está vinculado a un tipo de transacción que esta aplicación todavía no vincula</translation>
    </message>
    <message>
        <source>In QuickBooks this payment, bill payment or deposit is applied to a journal entry, a transfer or an expense ({detail}). This app links payments to invoices and credit memos, bill payments to bills and vendor credits, and deposits to payments and sales receipts only, so the record stays in QuickBooks rather than arrive with a wrong balance.</source>
        <translation>En QuickBooks, este pago, pago de factura de proveedor o depósito está aplicado a un asiento contable, una transferencia o un gasto ({detail}). Esta aplicación solo vincula los pagos con facturas y notas de crédito, los pagos de facturas de proveedor con facturas de proveedor y créditos de proveedor, y los depósitos con pagos y recibos de venta, así que el registro se queda en QuickBooks en lugar de llegar con un saldo incorrecto.</translation>
    </message>
    <message>
        <source>The journal entry does not balance</source>
        <translation>El asiento contable no cuadra</translation>
    </message>
    <message>
        <source>A journal entry needs at least one debit and one credit line, and its debits must add up to exactly its credits ({detail}).</source>
        <translation>Un asiento contable necesita al menos una línea al debe y una al haber, y sus débitos deben sumar exactamente lo mismo que sus créditos ({detail}).</translation>
    </message>
    <message>
        <source>Open the journal entry, correct its lines so that debits equal credits, and save: it is sent again.</source>
        <translation>Abra el asiento contable, corrija sus líneas para que los débitos igualen a los créditos y guarde: se vuelve a enviar.</translation>
    </message>
    <message>
        <source>A receivables or payables line names no customer or vendor</source>
        <translation>Una línea de cuentas por cobrar o por pagar no indica cliente ni proveedor</translation>
    </message>
    <message>
        <source>QuickBooks needs a customer on every journal entry line that uses Accounts Receivable, and a vendor on every line that uses Accounts Payable.</source>
        <translation>QuickBooks necesita un cliente en cada línea de asiento que use cuentas por cobrar, y un proveedor en cada línea que use cuentas por pagar.</translation>
    </message>
    <message>
        <source>Open the journal entry, choose the customer or vendor of those lines, and save.</source>
        <translation>Abra el asiento contable, elija el cliente o el proveedor de esas líneas y guarde.</translation>
    </message>
    <message>
        <source>The account does not fit this kind of record</source>
        <translation>La cuenta no sirve para este tipo de registro</translation>
    </message>
    <message>
        <source>QuickBooks takes money into and out of accounts of particular types: deposits and payments go into a bank or other current asset account, a transfer moves money between two asset accounts, a bill is paid by check from a bank account or by credit card from a credit-card account, and vendor documents go through an Accounts Payable account ({detail}).</source>
        <translation>QuickBooks mueve el dinero entre cuentas de tipos concretos: depósitos y pagos van a una cuenta bancaria o de otro activo corriente, una transferencia mueve dinero entre dos cuentas de activo, una factura de proveedor se paga con cheque desde una cuenta bancaria o con tarjeta desde una cuenta de tarjeta de crédito, y los documentos de proveedores pasan por una cuenta por pagar ({detail}).</translation>
    </message>
    <message>
        <source>Open the record, choose an account of the right type, and save: it is sent again.</source>
        <translation>Abra el registro, elija una cuenta del tipo adecuado y guarde: se vuelve a enviar.</translation>
    </message>
    <message>
        <source>The bill payment&apos;s amount does not add up</source>
        <translation>El importe del pago de factura de proveedor no cuadra</translation>
    </message>
    <message>
        <source>A bill payment pays its bills less the vendor credits it uses; it cannot use more credit than it pays, nor pay bills for more than its amount ({detail}).</source>
        <translation>Un pago de factura de proveedor paga sus facturas menos los créditos de proveedor que usa; no puede usar más crédito del que paga ni pagar facturas por más de su importe ({detail}).</translation>
    </message>
    <message>
        <source>Open the bill payment, correct its amount or what it applies to, and save.</source>
        <translation>Abra el pago de factura de proveedor, corrija su importe o lo que paga y guarde.</translation>
    </message>
    <message>
        <source>The service has no income account</source>
        <translation>El servicio no tiene cuenta de ingresos</translation>
    </message>
    <message>
        <source>QuickBooks needs an income account for every product or service you sell.</source>
        <translation>QuickBooks necesita una cuenta de ingresos para cada producto o servicio que vende.</translation>
    </message>
    <message>
        <source>Edit the service and choose its income account, then save, or</source>
        <translation>Edite el servicio, elija su cuenta de ingresos y guárdelo, o</translation>
    </message>
    <message>
        <source>delete the service here and create it again with the right income account.</source>
        <translation>borre el servicio aquí y vuelva a crearlo con la cuenta de ingresos correcta.</translation>
    </message>
    <message>
        <source>The service is linked to an account of the wrong type</source>
        <translation>El servicio usa una cuenta de un tipo incorrecto</translation>
    </message>
    <message>
        <source>A product or service cannot use accounts of certain types (such as Accounts Receivable or Accounts Payable). Something you sell needs an Income account; something you buy, an Expense or Cost of Goods Sold account; stock, an inventory asset account.</source>
        <translation>Un producto o servicio no puede usar cuentas de ciertos tipos (como Cuentas por cobrar o Cuentas por pagar). Lo que vende necesita una cuenta de ingresos; lo que compra, una cuenta de gastos o de coste de las ventas; el inventario, una cuenta de activo de inventario.</translation>
    </message>
    <message>
        <source>Edit the service, choose accounts of the right types, and save, or</source>
        <translation>Edite el servicio, elija cuentas de los tipos correctos y guárdelo, o</translation>
    </message>
    <message>
        <source>delete it here and create it again.</source>
        <translation>bórrelo aquí y vuelva a crearlo.</translation>
    </message>
    <message>
        <source>A text is too long for QuickBooks</source>
        <translation>Un texto es demasiado largo para QuickBooks</translation>
    </message>
    <message>
        <source>A name or text of this record is longer than QuickBooks allows ({detail}).</source>
        <translation>Un nombre o texto de este registro supera la longitud que admite QuickBooks ({detail}).</translation>
    </message>
    <message>
        <source>Shorten it and save: the record is sent again.</source>
        <translation>Acórtelo y guarde: el registro se vuelve a enviar.</translation>
    </message>
    <message>
        <source>The e-mail address is not one QuickBooks accepts</source>
        <translation>La dirección de correo electrónico no es una que QuickBooks acepte</translation>
    </message>
    <message>
        <source>QuickBooks accepts an e-mail address only with an @ and a dot after it ({detail}).</source>
        <translation>QuickBooks solo acepta una dirección de correo electrónico con una @ y un punto después ({detail}).</translation>
    </message>
    <message>
        <source>Correct the address, or empty it, and save: the record is sent again.</source>
        <translation>Corrija la dirección, o vacíela, y guarde: el registro se envía de nuevo.</translation>
    </message>
    <message>
        <source>The name contains characters QuickBooks does not accept</source>
        <translation>El nombre contiene caracteres que QuickBooks no acepta</translation>
    </message>
    <message>
        <source>QuickBooks does not allow a colon, a tab or a line break in names.</source>
        <translation>QuickBooks no admite dos puntos, tabulaciones ni saltos de línea en los nombres.</translation>
    </message>
    <message>
        <source>Remove them from the name and save.</source>
        <translation>Quítelos del nombre y guarde.</translation>
    </message>
    <message>
        <source>Something QuickBooks requires is missing</source>
        <translation>Falta un dato que QuickBooks exige</translation>
    </message>
    <message>
        <source>QuickBooks needs a value that this record does not have ({detail}).</source>
        <translation>QuickBooks necesita un valor que este registro no tiene ({detail}).</translation>
    </message>
    <message>
        <source>Open the record, fill it in and save.</source>
        <translation>Abra el registro, indique ese valor y guárdelo.</translation>
    </message>
    <message>
        <source>Waits for another record</source>
        <translation>En espera de otro registro</translation>
    </message>
    <message>
        <source>This record refers to {record}, which could not sync yet, so it waits.</source>
        <translation>Este registro hace referencia a {record}, que todavía no se ha podido sincronizar, así que queda en espera.</translation>
    </message>
    <message>
        <source>Fix the problem of the record it waits for; this one follows at the next sync.</source>
        <translation>Solucione el problema del registro al que espera; este lo seguirá en la próxima sincronización.</translation>
    </message>
    <message>
        <source>This record from QuickBooks could not be stored here</source>
        <translation>Este registro de QuickBooks no se pudo guardar aquí</translation>
    </message>
    <message>
        <source>The company file refused the record that came from QuickBooks ({detail}). The other records were stored; only those that refer to this one wait.</source>
        <translation>El archivo de empresa rechazó el registro que llegó de QuickBooks ({detail}). Los demás registros se guardaron; solo esperan los que hacen referencia a este.</translation>
    </message>
    <message>
        <source>Look at the record in QuickBooks (an unusual or repeated value), correct it there if needed, then click Resync.</source>
        <translation>Revise el registro en QuickBooks (un valor inusual o repetido), corríjalo allí si hace falta y haga clic en Resincronizar.</translation>
    </message>
    <message>
        <source>Changed in QuickBooks after the run</source>
        <translation>Modificado en QuickBooks después de la sincronización</translation>
    </message>
    <message>
        <source>Someone changed this record in QuickBooks after the sync that is being undone, so the undo did not overwrite it: taking the sync back would also take back that change.</source>
        <translation>Alguien modificó este registro en QuickBooks después de la sincronización que se está deshaciendo, así que no se sobrescribió: deshacer la sincronización también desharía ese cambio.</translation>
    </message>
    <message>
        <source>Compare the record in QuickBooks with what the sync log says the sync did.</source>
        <translation>Compare el registro en QuickBooks con lo que el historial de sincronización dice que se hizo.</translation>
    </message>
    <message>
        <source>Click Undo anyway to take the sync back for this record all the same (the later change is lost), or Keep it to leave the record as it is now.</source>
        <translation>Haga clic en Deshacer de todos modos para deshacer la sincronización de este registro igualmente (el cambio posterior se pierde), o en Conservar como está para dejarlo tal como está ahora.</translation>
    </message>
    <message>
        <source>Changed here after the run</source>
        <translation>Modificado aquí después de la sincronización</translation>
    </message>
    <message>
        <source>This record was changed here after the sync that is being undone, so the undo did not overwrite it: taking the sync back would also take back that change.</source>
        <translation>Este registro se modificó aquí después de la sincronización que se está deshaciendo, así que no se sobrescribió: deshacer la sincronización también desharía ese cambio.</translation>
    </message>
    <message>
        <source>Open the record and look at what changed.</source>
        <translation>Abra el registro y mire qué cambió.</translation>
    </message>
    <message>
        <source>Still used by other records here</source>
        <translation>Todavía lo usan otros registros aquí</translation>
    </message>
    <message>
        <source>The undo would delete this record here, which the sync created, but other records of this company file use it (for example invoices entered since), so it was kept.</source>
        <translation>Deshacer borraría aquí este registro, que creó la sincronización, pero otros registros de este archivo de empresa lo usan (por ejemplo facturas introducidas después), así que se conservó.</translation>
    </message>
    <message>
        <source>Delete or change the records that use it, then undo the run again: only what is left is done.</source>
        <translation>Borre o cambie los registros que lo usan y vuelva a deshacer la sincronización: solo se hace lo que queda.</translation>
    </message>
    <message>
        <source>Or click Skip to keep the record.</source>
        <translation>O aplace este problema para conservar el registro.</translation>
    </message>
    <message>
        <source>Depends on an ignored record</source>
        <translation>Depende de un registro ignorado</translation>
    </message>
    <message>
        <source>This record refers to {record}, which the sync settings leave out, so it is not created either.</source>
        <translation>Este registro hace referencia a {record}, que la configuración de sincronización excluye, así que tampoco se crea.</translation>
    </message>
    <message>
        <source>Change the sync settings to include it, or leave it out.</source>
        <translation>Cambie la configuración de sincronización para incluirlo o déjelo fuera.</translation>
    </message>
    <message>
        <source>Someone changed this record in QuickBooks at the same time</source>
        <translation>Alguien cambió este registro en QuickBooks al mismo tiempo</translation>
    </message>
    <message>
        <source>The record was changed in QuickBooks after it was last read here, so QuickBooks refused the older version.</source>
        <translation>El registro se cambió en QuickBooks después de la última vez que se leyó aquí, así que QuickBooks rechazó la versión anterior.</translation>
    </message>
    <message>
        <source>Click Resync: the latest version is read and the change applied to it.</source>
        <translation>Haga clic en Resincronizar: se lee la última versión y se le aplica el cambio.</translation>
    </message>
    <message>
        <source>QuickBooks had a temporary problem</source>
        <translation>QuickBooks tuvo un problema temporal</translation>
    </message>
    <message>
        <source>QuickBooks could not process the request just now.</source>
        <translation>QuickBooks no pudo procesar la solicitud en este momento.</translation>
    </message>
    <message>
        <source>Click Resync in a few minutes.</source>
        <translation>Haga clic en Resincronizar dentro de unos minutos.</translation>
    </message>
    <message>
        <source>QuickBooks asked to slow down</source>
        <translation>QuickBooks pidió reducir el ritmo</translation>
    </message>
    <message>
        <source>Too many requests were sent to this QuickBooks company in one minute.</source>
        <translation>Se enviaron demasiadas solicitudes a esta empresa de QuickBooks en un minuto.</translation>
    </message>
    <message>
        <source>Nothing to do: the sync waits and continues by itself.</source>
        <translation>No tiene que hacer nada: la sincronización espera y continúa por sí sola.</translation>
    </message>
    <message>
        <source>The connection to QuickBooks needs to be renewed</source>
        <translation>Hay que renovar la conexión con QuickBooks</translation>
    </message>
    <message>
        <source>QuickBooks no longer accepts this app&apos;s sign-in for this company (the connection was revoked, expired, or the user who connected lost access).</source>
        <translation>QuickBooks ya no acepta el inicio de sesión de esta aplicación para esta empresa (la conexión se revocó o caducó, o el usuario que la estableció perdió el acceso).</translation>
    </message>
    <message>
        <source>Open Connection and click Reconnect, then sign in to QuickBooks again.</source>
        <translation>Abra Conexión y haga clic en Volver a conectar; después, vuelva a iniciar sesión en QuickBooks.</translation>
    </message>
    <message>
        <source>The name is already used in QuickBooks Desktop</source>
        <translation>El nombre ya se usa en QuickBooks Desktop</translation>
    </message>
    <message>
        <source>QuickBooks Desktop keeps one list of names for customers, vendors, employees and other names, and one for items: &apos;{record}&apos; is already used there, so this record cannot be added with the same name.</source>
        <translation>QuickBooks Desktop lleva una sola lista de nombres para clientes, proveedores, empleados y otros nombres, y otra para productos y servicios: «{record}» ya se usa allí, así que este registro no se puede añadir con el mismo nombre.</translation>
    </message>
    <message>
        <source>Give this record a different name here, save, and it is sent at the next Web Connector update, or</source>
        <translation>Dé aquí otro nombre a este registro y guarde: se envía en la próxima actualización del Web Connector, o</translation>
    </message>
    <message>
        <source>if it is the same person, business or item, link it to the existing QuickBooks record.</source>
        <translation>si es la misma persona, empresa o producto, vincúlelo al registro que ya existe en QuickBooks.</translation>
    </message>
    <message>
        <source>The record changed in QuickBooks Desktop meanwhile</source>
        <translation>El registro cambió mientras tanto en QuickBooks Desktop</translation>
    </message>
    <message>
        <source>Someone changed this record in QuickBooks Desktop after it was read here (its edit sequence moved on), so QuickBooks refused a change made to the older version.</source>
        <translation>Alguien cambió este registro en QuickBooks Desktop después de leerlo aquí (su secuencia de edición avanzó), así que QuickBooks rechazó un cambio hecho sobre la versión anterior.</translation>
    </message>
    <message>
        <source>Records of this kind (or this change) are not sent to QuickBooks Desktop through the Web Connector yet: {message}</source>
        <translation>Los registros de este tipo (o este cambio) todavía no se envían a QuickBooks Desktop a través del Web Connector: {message}</translation>
    </message>
    <message>
        <source>QuickBooks Desktop refused the request as a whole ({message}). This happens with an older QuickBooks that does not know a field sent from here.</source>
        <translation>QuickBooks Desktop rechazó la solicitud entera ({message}). Ocurre con una versión antigua de QuickBooks que no conoce un campo enviado desde aquí.</translation>
    </message>
    <message>
        <source>Click Resync: the next Web Connector update reads the latest version and compares again.</source>
        <translation>Haga clic en Resincronizar: la próxima actualización del Web Connector lee la última versión y vuelve a comparar.</translation>
    </message>
    <message>
        <source>The record is no longer in QuickBooks Desktop</source>
        <translation>El registro ya no está en QuickBooks Desktop</translation>
    </message>
    <message>
        <source>QuickBooks Desktop cannot find the record this one is linked to: it was deleted there, or the Web Connector opened another company file.</source>
        <translation>QuickBooks Desktop no encuentra el registro al que este está vinculado: se borró allí, o el Web Connector abrió otro archivo de empresa.</translation>
    </message>
    <message>
        <source>Check in QuickBooks Desktop that the right company file is open, then</source>
        <translation>Compruebe en QuickBooks Desktop que está abierto el archivo de empresa correcto y luego</translation>
    </message>
    <message>
        <source>click Clear ID to send this record again as a new one, or Skip it.</source>
        <translation>haga clic en Borrar el identificador para volver a enviar este registro como nuevo, o apláselo (Aplazar).</translation>
    </message>
    <message>
        <source>It refers to something QuickBooks Desktop does not have</source>
        <translation>Hace referencia a algo que QuickBooks Desktop no tiene</translation>
    </message>
    <message>
        <source>QuickBooks Desktop answered: {message} — the customer, vendor, item, account or terms this record uses is missing there, inactive, or of the wrong kind.</source>
        <translation>QuickBooks Desktop respondió: {message} — el cliente, el proveedor, el producto o servicio, la cuenta o las condiciones de pago que usa este registro faltan allí, están inactivos o no son del tipo correcto.</translation>
    </message>
    <message>
        <source>In QuickBooks Desktop, make the record it names active again (or add it), or choose another one here and save;</source>
        <translation>En QuickBooks Desktop, vuelva a activar el registro que se nombra (o añádalo), o elija otro aquí y guarde;</translation>
    </message>
    <message>
        <source>then click Resync.</source>
        <translation>luego haga clic en Resincronizar.</translation>
    </message>
    <message>
        <source>A text is too long for QuickBooks Desktop</source>
        <translation>Un texto es demasiado largo para QuickBooks Desktop</translation>
    </message>
    <message>
        <source>QuickBooks Desktop allows shorter texts than QuickBooks Online: 41 characters for a customer&apos;s or vendor&apos;s name, 31 for an item&apos;s, an account&apos;s or terms, 11 for an invoice number. QuickBooks answered: {message}</source>
        <translation>QuickBooks Desktop admite textos más cortos que QuickBooks Online: 41 caracteres para el nombre de un cliente o proveedor, 31 para el de un producto o servicio, una cuenta o unas condiciones de pago, 11 para un número de factura. QuickBooks respondió: {message}</translation>
    </message>
    <message>
        <source>Shorten the text here and save: it is sent at the next Web Connector update.</source>
        <translation>Acorte el texto aquí y guarde: se envía en la próxima actualización del Web Connector.</translation>
    </message>
    <message>
        <source>The payment is more than the invoice owes in QuickBooks Desktop</source>
        <translation>El pago supera lo que se debe de la factura en QuickBooks Desktop</translation>
    </message>
    <message>
        <source>QuickBooks Desktop refuses to apply more to an invoice than what is still due on it there (another payment may have been recorded there already).</source>
        <translation>QuickBooks Desktop no permite aplicar a una factura más de lo que aún se debe allí (quizá ya se registró otro pago allí).</translation>
    </message>
    <message>
        <source>Compare the invoice&apos;s payments here and in QuickBooks Desktop, correct the amount applied, and save.</source>
        <translation>Compare los pagos de la factura aquí y en QuickBooks Desktop, corrija el importe aplicado y guarde.</translation>
    </message>
    <message>
        <source>Not synced with QuickBooks Desktop</source>
        <translation>No se sincroniza con QuickBooks Desktop</translation>
    </message>
    <message>
        <source>Enter it in QuickBooks Desktop yourself if it belongs there, then Skip this problem.</source>
        <translation>Introdúzcalo usted mismo en QuickBooks Desktop si debe estar allí y luego aplace este problema (Aplazar).</translation>
    </message>
    <message>
        <source>QuickBooks Desktop could not read the request</source>
        <translation>QuickBooks Desktop no pudo leer la solicitud</translation>
    </message>
    <message>
        <source>Update QuickBooks Desktop, then run the Web Connector again;</source>
        <translation>Actualice QuickBooks Desktop y vuelva a ejecutar el Web Connector;</translation>
    </message>
    <message>
        <source>if it keeps failing, send the Web Connector&apos;s log (QBWCLog.txt) to support.</source>
        <translation>si sigue fallando, envíe el registro del Web Connector (QBWCLog.txt) al soporte.</translation>
    </message>
    <message>
        <source>QuickBooks Desktop was busy</source>
        <translation>QuickBooks Desktop estaba ocupado</translation>
    </message>
    <message>
        <source>Someone was editing the same list in QuickBooks Desktop, so it could not save the record just then.</source>
        <translation>Alguien estaba editando la misma lista en QuickBooks Desktop, que por eso no pudo guardar el registro en ese momento.</translation>
    </message>
    <message>
        <source>Nothing to do: the next Web Connector update tries again.</source>
        <translation>No hay nada que hacer: la próxima actualización del Web Connector lo vuelve a intentar.</translation>
    </message>
    <message>
        <source>The QuickBooks subscription has ended</source>
        <translation>La suscripción de QuickBooks ha finalizado</translation>
    </message>
    <message>
        <source>QuickBooks does not accept new data for a company whose trial or subscription ended.</source>
        <translation>QuickBooks no acepta datos nuevos de una empresa cuya prueba o suscripción ha finalizado.</translation>
    </message>
    <message>
        <source>Renew the QuickBooks subscription, then click Resync.</source>
        <translation>Renueve la suscripción de QuickBooks y, después, haga clic en Resincronizar.</translation>
    </message>
    <message>
        <source>QuickBooks refused this record</source>
        <translation>QuickBooks rechazó este registro</translation>
    </message>
    <message>
        <source>QuickBooks answered with an error this app does not know yet: {code} {message}</source>
        <translation>QuickBooks respondió con un error que esta aplicación aún no conoce: {code} {message}</translation>
    </message>
    <message>
        <source>Read QuickBooks&apos; message below; correct the record and save, or click Resync.</source>
        <translation>Lea el mensaje de QuickBooks que aparece abajo; corrija el registro y guárdelo, o haga clic en Resincronizar.</translation>
    </message>
    <message>
        <source>If it keeps failing, copy the details (with the intuit_tid) for Intuit support.</source>
        <translation>Si sigue fallando, copie los detalles (con el intuit_tid) para el soporte de Intuit.</translation>
    </message>
    <message>
        <source>This number already exists in QuickBooks — use {suggestion}</source>
        <translation>Este número ya existe en QuickBooks — use {suggestion}</translation>
    </message>
    <message>
        <source>No refund bank account is chosen in the sync settings.</source>
        <translation>No se ha elegido ninguna cuenta bancaria para reembolsos en la configuración de sincronización.</translation>
    </message>
    <message>
        <source>QuickBooks&apos; custom transaction numbers are off: it would not keep the number {number}.</source>
        <translation>Los números de transacción personalizados de QuickBooks están desactivados: no conservaría el número {number}.</translation>
    </message>
    <message>
        <source>The name is already used in QuickBooks by {record}.</source>
        <translation>{record} ya usa este nombre en QuickBooks.</translation>
    </message>
    <message>
        <source>Another record here already uses this name or number ({record}).</source>
        <translation>Otro registro de aquí ya usa este nombre o número ({record}).</translation>
    </message>
    <message>
        <source>Waits for {record}, which cannot sync yet.</source>
        <translation>En espera de {record}, que todavía no se puede sincronizar.</translation>
    </message>
    <message>
        <source>Not created: depends on ignored {record}.</source>
        <translation>No se crea: depende de {record}, que está ignorado.</translation>
    </message>
    <message>
        <source>Deleted in QuickBooks.</source>
        <translation>Borrado en QuickBooks.</translation>
    </message>
    <message>
        <source>Changed in QuickBooks after the run: not undone.</source>
        <translation>Modificado en QuickBooks después de la sincronización: no se deshizo.</translation>
    </message>
    <message>
        <source>Changed here after the run: not undone.</source>
        <translation>Modificado aquí después de la sincronización: no se deshizo.</translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message>
        <source>Sync problems</source>
        <translation>Problemas de sincronización</translation>
    </message>
    <message>
        <source>Show skipped</source>
        <translation>Mostrar aplazados</translation>
    </message>
    <message>
        <source>Also list the problems you chose to skip, to unskip them.</source>
        <translation>Mostrar también los problemas que decidió aplazar, para poder reanudarlos.</translation>
    </message>
    <message>
        <source>Resync selected</source>
        <translation>Resincronizar los seleccionados</translation>
    </message>
    <message>
        <source>Skip selected</source>
        <translation>Aplazar los seleccionados</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Primera vez</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Última vez</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>The problems could not be read: {message}</source>
        <translation>No se pudieron leer los problemas: {message}</translation>
    </message>
    <message>
        <source>{category} ({count})</source>
        <translation>{category} ({count})</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s), of which {skipped} skipped</source>
        <translation>
            <numerusform>%n problema (aplazados: {skipped})</numerusform>
            <numerusform>%n problemas (aplazados: {skipped})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open problem(s)</source>
        <translation>
            <numerusform>%n problema abierto</numerusform>
            <numerusform>%n problemas abiertos</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Aplazado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Matching searches the customers in QuickBooks, which only the sync host can do: match this customer on {host}, or use Create or Don&apos;t sync here.</source>
        <translation>Vincular busca entre los clientes de QuickBooks, y eso solo puede hacerlo el equipo de sincronización: vincule este cliente en {host}, o use aquí Crear o No sincronizar.</translation>
    </message>
    <message>
        <source>Connect to QuickBooks first: “{action}” works in QuickBooks right away.</source>
        <translation>Conéctese primero a QuickBooks: “{action}” actúa en QuickBooks en el momento.</translation>
    </message>
    <message>
        <source>“{action}” did not work: {message}</source>
        <translation>“{action}” no funcionó: {message}</translation>
    </message>
    <message numerus="yes">
        <source>%n could not be changed: {message}</source>
        <translation>
            <numerusform>%n no se pudo cambiar: {message}</numerusform>
            <numerusform>%n no se pudieron cambiar: {message}</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>A sync is running: this is carried out at the start of the next one.</source>
        <translation>Hay una sincronización en curso: se llevará a cabo al comienzo de la siguiente.</translation>
    </message>
    <message>
        <source>Sent to {host}, the sync host: it is carried out at its next sync.</source>
        <translation>Enviado a {host}, el equipo de sincronización: se llevará a cabo en su próxima sincronización.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) queued: sent again at the next sync.</source>
        <translation>
            <numerusform>%n problema en cola: se volverá a enviar en la próxima sincronización.</numerusform>
            <numerusform>%n problemas en cola: se volverán a enviar en la próxima sincronización.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) skipped: no more retries or notifications for them.</source>
        <translation>
            <numerusform>%n problema aplazado: no habrá más reintentos ni notificaciones.</numerusform>
            <numerusform>%n problemas aplazados: no habrá más reintentos ni notificaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) no longer skipped.</source>
        <translation>
            <numerusform>%n problema ya no está aplazado.</numerusform>
            <numerusform>%n problemas ya no están aplazados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked Bypassed and linked to the payment found in QuickBooks; it is never sent.</source>
        <translation>Marcado como ya en QuickBooks y vinculado al pago encontrado en QuickBooks; nunca se envía.</translation>
    </message>
    <message>
        <source>Marked Bypassed (no matching payment was found in QuickBooks); it is never sent.</source>
        <translation>Marcado como ya en QuickBooks (no se encontró ningún pago coincidente en QuickBooks); nunca se envía.</translation>
    </message>
    <message>
        <source>The link is cleared: the next sync creates the record in QuickBooks again.</source>
        <translation>Se borró el vínculo: la próxima sincronización vuelve a crear el registro en QuickBooks.</translation>
    </message>
    <message>
        <source>The service was deleted here.</source>
        <translation>El servicio se borró aquí.</translation>
    </message>
    <message>
        <source>Linked to the QuickBooks customer you picked.</source>
        <translation>Vinculado al cliente de QuickBooks que eligió.</translation>
    </message>
    <message>
        <source>The customer was created in QuickBooks and linked.</source>
        <translation>El cliente se creó en QuickBooks y se vinculó.</translation>
    </message>
    <message>
        <source>This customer is left out of the sync; its invoices and payments wait too.</source>
        <translation>Este cliente queda fuera de la sincronización; sus facturas y pagos también esperan.</translation>
    </message>
    <message>
        <source>This app&apos;s version is sent to QuickBooks at the next sync.</source>
        <translation>La versión de aquí se envía a QuickBooks en la próxima sincronización.</translation>
    </message>
    <message>
        <source>QuickBooks&apos; version is now the one here.</source>
        <translation>La versión de QuickBooks es ahora la de aquí.</translation>
    </message>
    <message>
        <source>The invoice goes back to its customer in QuickBooks at the next sync.</source>
        <translation>La factura vuelve a su cliente en QuickBooks en la próxima sincronización.</translation>
    </message>
    <message>
        <source>QuickBooks&apos; change is now made here too.</source>
        <translation>El cambio de QuickBooks ahora también está hecho aquí.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
</context>
<context>
    <name>ReasonsDialog</name>
    <message>
        <source>All records</source>
        <translation>Todos los registros</translation>
    </message>
    <message>
        <source>Ignored: {what}</source>
        <translation>Ignorados: {what}</translation>
    </message>
    <message>
        <source>Blocked: {what}</source>
        <translation>Bloqueados: {what}</translation>
    </message>
    <message>
        <source>Ignored records are not created on the other side, as the settings ask. Change the settings to include them.</source>
        <translation>Los registros ignorados no se crean en el otro lado, tal como indica la configuración. Cambie la configuración para incluirlos.</translation>
    </message>
    <message>
        <source>Blocked records cannot sync until the cause is fixed. They appear under Problems after the sync, with what to do.</source>
        <translation>Los registros bloqueados no se pueden sincronizar hasta que se solucione la causa. Aparecen en Problemas después de la sincronización, con lo que hay que hacer.</translation>
    </message>
    <message>
        <source>Reason and records</source>
        <translation>Motivo y registros</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Número</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… y %Ln más</numerusform>
            <numerusform>… y %Ln más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReconcilePdf</name>
    <message>
        <source>Reconciliation report</source>
        <translation>Informe de conciliación</translation>
    </message>
    <message>
        <source>Company file</source>
        <translation>Archivo de empresa</translation>
    </message>
    <message>
        <source>QuickBooks company</source>
        <translation>Empresa de QuickBooks</translation>
    </message>
    <message>
        <source>Compared as of</source>
        <translation>Comparación a</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Preparado el</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Aquí</translation>
    </message>
    <message>
        <source>QuickBooks</source>
        <translation>QuickBooks</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Differences and the records behind them</source>
        <translation>Diferencias y los registros detrás de ellas</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>QuickBooks Id</source>
        <translation>ID de QuickBooks</translation>
    </message>
    <message>
        <source>None: every check agrees.</source>
        <translation>Ninguna: todas las comprobaciones cuadran.</translation>
    </message>
    <message>
        <source>QuickBooks&apos; figures come from its own reports (Customer and Vendor Balance Summaries, A/R and A/P Aging Summaries) and its records; the company file&apos;s from its records. Counts of name lists are of active records; transactions are those dated on or before the day compared.</source>
        <translation>Las cifras de QuickBooks provienen de sus propios informes (resúmenes de saldos de clientes y proveedores, resúmenes de antigüedad de cuentas por cobrar y por pagar) y de sus registros; las del archivo de empresa, de sus registros. Las listas cuentan solo los registros activos; las transacciones son las fechadas el día comparado o antes.</translation>
    </message>
    <message>
        <source>Prepared with qbdesk {version}.</source>
        <translation>Preparado con qbdesk {version}.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
</context>
<context>
    <name>ReconcileText</name>
    <message>
        <source>{things}: not the same records on both sides</source>
        <translation>{things}: no son los mismos en ambos lados</translation>
    </message>
    <message>
        <source>{party} {name}: open balance</source>
        <translation>{party} {name}: saldo pendiente</translation>
    </message>
    <message>
        <source>Account {name}: balance</source>
        <translation>Cuenta {name}: saldo</translation>
    </message>
    <message>
        <source>{things}, {month}: total</source>
        <translation>{things}, {month}: total</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>The books here and in QuickBooks agree on every check.</source>
        <translation>La contabilidad aquí y en QuickBooks cuadra en todas las comprobaciones.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) between the books here and in QuickBooks, each listed below with the records behind it.</source>
        <translation>
            <numerusform>%n diferencia entre la contabilidad aquí y en QuickBooks, detallada abajo con los registros detrás de ella.</numerusform>
            <numerusform>%n diferencias entre la contabilidad aquí y en QuickBooks, cada una detallada abajo con los registros detrás de ella.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) agree</source>
        <translation>
            <numerusform>%n comprobación cuadra</numerusform>
            <numerusform>%n comprobaciones cuadran</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) differ</source>
        <translation>
            <numerusform>%n comprobación con diferencias</numerusform>
            <numerusform>%n comprobaciones con diferencias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReconcileView</name>
    <message>
        <source>Save the reconciliation as PDF</source>
        <translation>Guardar la conciliación como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Conciliación</translation>
    </message>
    <message>
        <source>Compare as of</source>
        <translation>Comparar a</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Compare now</source>
        <translation>Comparar ahora</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Aquí</translation>
    </message>
    <message>
        <source>QuickBooks</source>
        <translation>QuickBooks</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Qué difiere</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Double-click a difference to open the records behind it.</source>
        <translation>Haga doble clic en una diferencia para abrir los registros detrás de ella.</translation>
    </message>
    <message>
        <source>Differences and the records behind them</source>
        <translation>Diferencias y los registros detrás de ellas</translation>
    </message>
    <message>
        <source>Here and in QuickBooks, side by side. Press Compare now.</source>
        <translation>Aquí y en QuickBooks, lado a lado. Pulse Comparar ahora.</translation>
    </message>
    <message>
        <source>Connect to QuickBooks to compare: QuickBooks&apos; side comes from its own reports.</source>
        <translation>Conéctese a QuickBooks para comparar: el lado de QuickBooks proviene de sus propios informes.</translation>
    </message>
    <message>
        <source>Comparing the books here and in QuickBooks as of {day}…</source>
        <translation>Comparando la contabilidad aquí y en QuickBooks a {day}…</translation>
    </message>
    <message>
        <source>The books could not be compared: {message}</source>
        <translation>No se pudo comparar la contabilidad: {message}</translation>
    </message>
    <message>
        <source>As of {day} · {checks}</source>
        <translation>A {day} · {checks}</translation>
    </message>
    <message>
        <source>None: every check agrees.</source>
        <translation>Ninguna: todas las comprobaciones cuadran.</translation>
    </message>
    <message>
        <source>Differences and the records behind them ({count})</source>
        <translation>Diferencias y los registros detrás de ellas ({count})</translation>
    </message>
    <message>
        <source>reconciliation</source>
        <translation>conciliación</translation>
    </message>
    <message>
        <source>The PDF could not be written: {message}</source>
        <translation>No se pudo escribir el PDF: {message}</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
</context>
<context>
    <name>Reconciliation</name>
    <message>
        <source>Number of records</source>
        <translation>Número de registros</translation>
    </message>
    <message>
        <source>Open balances</source>
        <translation>Saldos pendientes</translation>
    </message>
    <message>
        <source>Totals per month</source>
        <translation>Totales por mes</translation>
    </message>
    <message>
        <source>Open receivables (total)</source>
        <translation>Saldos pendientes de clientes (total)</translation>
    </message>
    <message>
        <source>Each customer&apos;s open balance</source>
        <translation>Saldo pendiente de cada cliente</translation>
    </message>
    <message>
        <source>Open payables (total)</source>
        <translation>Saldos pendientes con proveedores (total)</translation>
    </message>
    <message>
        <source>Each vendor&apos;s open balance</source>
        <translation>Saldo pendiente de cada proveedor</translation>
    </message>
    <message>
        <source>Account balances</source>
        <translation>Saldos de las cuentas</translation>
    </message>
    <message>
        <source>Here only</source>
        <translation>Solo aquí</translation>
    </message>
    <message>
        <source>QuickBooks only</source>
        <translation>Solo en QuickBooks</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Cuadra</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Diferencias</translation>
    </message>
</context>
<context>
    <name>ReconnectNotice</name>
    <message>
        <source>QuickBooks asks you to sign in again to go on syncing. Nothing is lost: your records and settings stay as they are.</source>
        <translation>QuickBooks le pide que vuelva a conectar para seguir sincronizando. No se pierde nada: sus registros y su configuración siguen como están.</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation>Volver a conectar…</translation>
    </message>
</context>
<context>
    <name>RecordBrowser</name>
    <message>
        <source>Record types</source>
        <translation>Tipos de registro</translation>
    </message>
</context>
<context>
    <name>RecordColumns</name>
    <message>
        <source>Filter by name</source>
        <translation>Filtrar por nombre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sub-customer of</source>
        <translation>Subcliente de</translation>
    </message>
    <message>
        <source>Filter by name, company, email, phone or city</source>
        <translation>Filtrar por nombre, empresa, correo, teléfono o ciudad</translation>
    </message>
    <message>
        <source>Account no.</source>
        <translation>N.º de cuenta</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Income account</source>
        <translation>Cuenta de ingresos</translation>
    </message>
    <message>
        <source>Filter by name, SKU or account</source>
        <translation>Filtrar por nombre, SKU o cuenta</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Detail type</source>
        <translation>Tipo de detalle</translation>
    </message>
    <message>
        <source>Filter by name, number or detail type</source>
        <translation>Filtrar por nombre, número o tipo de detalle</translation>
    </message>
    <message>
        <source>Due in (days)</source>
        <translation>Vence en (días)</translation>
    </message>
    <message>
        <source>Due on day of month</source>
        <translation>Vence el día del mes</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>Sujeto a impuestos</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Open balance</source>
        <translation>Saldo pendiente</translation>
    </message>
    <message>
        <source>Filter by number or customer</source>
        <translation>Filtrar por número o cliente</translation>
    </message>
    <message>
        <source>Reference no.</source>
        <translation>N.º de referencia</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Unapplied</source>
        <translation>Sin aplicar</translation>
    </message>
    <message>
        <source>Filter by customer, reference or method</source>
        <translation>Filtrar por cliente, referencia o forma de pago</translation>
    </message>
    <message>
        <source>Remaining credit</source>
        <translation>Crédito restante</translation>
    </message>
    <message>
        <source>Refund from</source>
        <translation>Reembolsado desde</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Beneficiario</translation>
    </message>
    <message>
        <source>Payment account</source>
        <translation>Cuenta de pago</translation>
    </message>
    <message>
        <source>Payment type</source>
        <translation>Tipo de pago</translation>
    </message>
    <message>
        <source>Filter by payee, number or account</source>
        <translation>Filtrar por beneficiario, número o cuenta</translation>
    </message>
    <message>
        <source>Vendor document no.</source>
        <translation>N.º de documento del proveedor</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Filter by vendor or document number</source>
        <translation>Filtrar por proveedor o número de documento</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Sub-class of</source>
        <translation>Subclase de</translation>
    </message>
    <message>
        <source>Sub-location of</source>
        <translation>Sububicación de</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Deposit to</source>
        <translation>Depositar en</translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation>Pagado desde</translation>
    </message>
    <message>
        <source>Check no.</source>
        <translation>N.º de cheque</translation>
    </message>
    <message>
        <source>Ref no.</source>
        <translation>N.º de ref.</translation>
    </message>
    <message>
        <source>P.O. no.</source>
        <translation>N.º de OC</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Filter by account or memo</source>
        <translation>Filtrar por cuenta o nota</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Journal no.</source>
        <translation>N.º de asiento</translation>
    </message>
    <message>
        <source>Debits</source>
        <translation>Débitos</translation>
    </message>
    <message>
        <source>Filter by number or memo</source>
        <translation>Filtrar por número o nota</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Use {number}</source>
        <translation>Usar {number}</translation>
    </message>
    <message>
        <source>The next free number, in step with QuickBooks.</source>
        <translation>El siguiente número libre, en sintonía con QuickBooks.</translation>
    </message>
    <message>
        <source>Edit {kind}</source>
        <translation>Editar: {kind}</translation>
    </message>
    <message>
        <source>Tax codes come from QuickBooks and can&apos;t be changed here.</source>
        <translation>Los códigos de impuesto vienen de QuickBooks y no se pueden cambiar aquí.</translation>
    </message>
    <message>
        <source>Changes are saved to this company file and sent to QuickBooks at the next sync.</source>
        <translation>Los cambios se guardan en este archivo de empresa y se envían a QuickBooks en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Save ({key})</source>
        <translation>Guardar ({key})</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear {field}</source>
        <translation>Borrar el campo {field}</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Escriba un nombre</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Product, service or category</source>
        <translation>Producto, servicio o categoría</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Lines (change them in QuickBooks or by CSV import)</source>
        <translation>Líneas (se modifican en QuickBooks o mediante importación CSV)</translation>
    </message>
    <message>
        <source>This record no longer exists; it may have been deleted.</source>
        <translation>Este registro ya no existe; es posible que se haya borrado.</translation>
    </message>
    <message>
        <source>The record could not be read: {message}</source>
        <translation>No se pudo leer el registro: {message}</translation>
    </message>
    <message>
        <source>Choose a name from the list.</source>
        <translation>Elija un nombre de la lista.</translation>
    </message>
    <message>
        <source>Choose one.</source>
        <translation>Elija una opción.</translation>
    </message>
    <message>
        <source>This can&apos;t be empty.</source>
        <translation>Este campo es obligatorio.</translation>
    </message>
    <message numerus="yes">
        <source>QuickBooks allows at most %Ln character(s) here.</source>
        <translation>
            <numerusform>QuickBooks permite como máximo %Ln carácter aquí.</numerusform>
            <numerusform>QuickBooks permite como máximo %Ln caracteres aquí.</numerusform>
        </translation>
    </message>
    <message>
        <source>Names can&apos;t contain a colon (:); QuickBooks uses it to separate a sub-customer from its parent.</source>
        <translation>Los nombres no pueden contener dos puntos (:); QuickBooks los usa para separar un subcliente de su cliente principal.</translation>
    </message>
    <message>
        <source>Enter an email address such as name@example.com.</source>
        <translation>Escriba una dirección de correo como nombre@ejemplo.com.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Escriba un importe.</translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n decimal place(s).</source>
        <translation>
            <numerusform>Use como máximo %n decimal.</numerusform>
            <numerusform>Use como máximo %n decimales.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter an amount such as {example}.</source>
        <translation>Escriba un importe como {example}.</translation>
    </message>
    <message>
        <source>The amount can&apos;t be negative.</source>
        <translation>El importe no puede ser negativo.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Escriba un número entero.</translation>
    </message>
    <message>
        <source>Enter a number of at least {minimum}.</source>
        <translation>Escriba un número igual o mayor que {minimum}.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Someone else changed this record while you were editing it. Close this window and open the record again to see their change.</source>
        <translation>Otra persona cambió este registro mientras lo editaba. Cierre esta ventana y vuelva a abrir el registro para ver su cambio.</translation>
    </message>
    <message>
        <source>The record could not be saved: {message}</source>
        <translation>No se pudo guardar el registro: {message}</translation>
    </message>
    <message>
        <source>Nobody is named “{name}”. Choose a name from the list.</source>
        <translation>Nadie se llama “{name}”. Elija un nombre de la lista.</translation>
    </message>
    <message>
        <source>A customer can&apos;t be its own sub-customer.</source>
        <translation>Un cliente no puede ser su propio subcliente.</translation>
    </message>
    <message>
        <source>A customer is already named “{name}”. QuickBooks needs a different name for each customer and vendor.</source>
        <translation>Ya hay un cliente llamado “{name}”. QuickBooks exige un nombre distinto para cada cliente y proveedor.</translation>
    </message>
    <message>
        <source>A vendor is already named “{name}”. QuickBooks needs a different name for each customer and vendor.</source>
        <translation>Ya hay un proveedor llamado “{name}”. QuickBooks exige un nombre distinto para cada cliente y proveedor.</translation>
    </message>
    <message>
        <source>This vendor already has a bill with document number {number}.</source>
        <translation>Este proveedor ya tiene una factura de proveedor con el número de documento {number}.</translation>
    </message>
    <message>
        <source>Invoice number {number} is already used.</source>
        <translation>El número de factura {number} ya está en uso.</translation>
    </message>
    <message>
        <source>The due date can&apos;t be before the date.</source>
        <translation>El vencimiento no puede ser anterior a la fecha.</translation>
    </message>
    <message>
        <source>The amount can&apos;t be less than the {applied} already applied to invoices.</source>
        <translation>El importe no puede ser inferior a los {applied} ya aplicados a facturas.</translation>
    </message>
    <message>
        <source>A credit card expense must come out of a credit card account.</source>
        <translation>Un gasto con tarjeta de crédito debe salir de una cuenta de tarjeta de crédito.</translation>
    </message>
    <message>
        <source>A cash or check expense must come out of a bank account.</source>
        <translation>Un gasto en efectivo o con cheque debe salir de una cuenta bancaria.</translation>
    </message>
    <message>
        <source>A bill paid by credit card must be paid from a credit card account.</source>
        <translation>Una factura de proveedor pagada con tarjeta debe pagarse desde una cuenta de tarjeta de crédito.</translation>
    </message>
    <message>
        <source>A bill paid by check must be paid from a bank account.</source>
        <translation>Una factura de proveedor pagada con cheque debe pagarse desde una cuenta bancaria.</translation>
    </message>
    <message>
        <source>The amount can&apos;t be less than the {applied} already applied to bills.</source>
        <translation>El importe no puede ser menor que los {applied} ya aplicados a facturas de proveedor.</translation>
    </message>
    <message>
        <source>Choose two different accounts.</source>
        <translation>Elija dos cuentas distintas.</translation>
    </message>
    <message>
        <source>It can&apos;t be its own parent.</source>
        <translation>No puede ser su propio padre.</translation>
    </message>
    <message>
        <source>Keep at least one line.</source>
        <translation>Deje al menos una línea.</translation>
    </message>
    <message>
        <source>Line {line}: choose a category or a product.</source>
        <translation>Línea {line}: elija una categoría o un producto.</translation>
    </message>
    <message>
        <source>The lines can&apos;t add up to less than the {paid} already paid.</source>
        <translation>Las líneas no pueden sumar menos que los {paid} ya pagados.</translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <source>Display name</source>
        <translation>Nombre para mostrar</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State / province</source>
        <translation>Estado / provincia</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Condiciones de pago</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Accounts payable account</source>
        <translation>Cuenta de proveedores</translation>
    </message>
    <message>
        <source>Sub-customer of</source>
        <translation>Subcliente de</translation>
    </message>
    <message>
        <source>Account no.</source>
        <translation>N.º de cuenta</translation>
    </message>
    <message>
        <source>Sub-class of</source>
        <translation>Subclase de</translation>
    </message>
    <message>
        <source>Sub-location of</source>
        <translation>Sububicación de</translation>
    </message>
    <message>
        <source>Estimate number</source>
        <translation>Número de presupuesto</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation>Pagado desde</translation>
    </message>
    <message>
        <source>Check no.</source>
        <translation>N.º de cheque</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Ref no.</source>
        <translation>N.º de ref.</translation>
    </message>
    <message>
        <source>P.O. no.</source>
        <translation>N.º de orden de compra</translation>
    </message>
    <message>
        <source>Message to vendor</source>
        <translation>Mensaje al proveedor</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Transfer funds from</source>
        <translation>Transferir fondos desde</translation>
    </message>
    <message>
        <source>Transfer funds to</source>
        <translation>Transferir fondos a</translation>
    </message>
    <message>
        <source>Journal no.</source>
        <translation>N.º de asiento</translation>
    </message>
    <message>
        <source>Adjusting entry</source>
        <translation>Asiento de ajuste</translation>
    </message>
    <message>
        <source>Debits</source>
        <translation>Débitos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Sales description</source>
        <translation>Descripción de venta</translation>
    </message>
    <message>
        <source>Sales price</source>
        <translation>Precio de venta</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>Sujeto a impuestos</translation>
    </message>
    <message>
        <source>Income account</source>
        <translation>Cuenta de ingresos</translation>
    </message>
    <message>
        <source>Expense account</source>
        <translation>Cuenta de gastos</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Número de cuenta</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Tipo de cuenta</translation>
    </message>
    <message>
        <source>Detail type</source>
        <translation>Tipo de detalle</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Due in (days)</source>
        <translation>Vence en (días)</translation>
    </message>
    <message>
        <source>Due on day of month</source>
        <translation>Vence el día del mes</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Número de factura</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>Open balance</source>
        <translation>Saldo pendiente</translation>
    </message>
    <message>
        <source>Remaining credit</source>
        <translation>Crédito restante</translation>
    </message>
    <message>
        <source>Refund from</source>
        <translation>Reembolsado desde</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>Importe recibido</translation>
    </message>
    <message>
        <source>Deposit to</source>
        <translation>Depositar en</translation>
    </message>
    <message>
        <source>Reference no.</source>
        <translation>N.º de referencia</translation>
    </message>
    <message>
        <source>Unapplied amount</source>
        <translation>Importe sin aplicar</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Beneficiario</translation>
    </message>
    <message>
        <source>Payment type</source>
        <translation>Tipo de pago</translation>
    </message>
    <message>
        <source>Payment account</source>
        <translation>Cuenta de pago</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Vendor document number</source>
        <translation>Número de documento del proveedor</translation>
    </message>
    <message>
        <source>Bill date</source>
        <translation>Fecha de la factura de proveedor</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Linked</source>
        <translation>Vinculado</translation>
    </message>
    <message>
        <source>Not yet synced</source>
        <translation>Aún no sincronizado</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Bypassed</source>
        <translation>Ya en QuickBooks</translation>
    </message>
    <message>
        <source>Not synced by choice</source>
        <translation>No sincronizado por decisión propia</translation>
    </message>
    <message>
        <source>Deleted in QuickBooks</source>
        <translation>Borrado en QuickBooks</translation>
    </message>
    <message>
        <source>In step with its twin in QuickBooks.</source>
        <translation>En sintonía con su equivalente en QuickBooks.</translation>
    </message>
    <message>
        <source>Not in QuickBooks yet: the next sync sends it.</source>
        <translation>Todavía no está en QuickBooks: la próxima sincronización lo envía.</translation>
    </message>
    <message>
        <source>It could not sync: see Problems.</source>
        <translation>No se pudo sincronizar: consulte Problemas.</translation>
    </message>
    <message>
        <source>Already in QuickBooks, so it is never sent from here.</source>
        <translation>Ya está en QuickBooks, así que nunca se envía desde aquí.</translation>
    </message>
    <message>
        <source>Left out of the sync, by the sync settings or by you.</source>
        <translation>Excluido de la sincronización, por la configuración de sincronización o por usted.</translation>
    </message>
    <message>
        <source>Its twin was deleted in QuickBooks: see Problems.</source>
        <translation>Su equivalente se borró en QuickBooks: consulte Problemas.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>RecordTypes</name>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Products and services</source>
        <translation>Productos y servicios</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Trial balance (opening balances)</source>
        <translation>Balance de comprobación (saldos iniciales)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Product or service</source>
        <translation>Producto o servicio</translation>
    </message>
    <message>
        <source>Chart of accounts</source>
        <translation>Plan de cuentas</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>Formas de pago</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Condiciones de pago</translation>
    </message>
    <message>
        <source>Tax codes</source>
        <translation>Códigos de impuesto</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Código de impuesto</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Ubicaciones</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Estimates</source>
        <translation>Presupuestos</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Sales receipts</source>
        <translation>Recibos de venta</translation>
    </message>
    <message>
        <source>Sales receipt</source>
        <translation>Recibo de venta</translation>
    </message>
    <message>
        <source>Credit memos</source>
        <translation>Notas de crédito</translation>
    </message>
    <message>
        <source>Credit memo</source>
        <translation>Nota de crédito</translation>
    </message>
    <message>
        <source>Refund receipts</source>
        <translation>Recibos de reembolso</translation>
    </message>
    <message>
        <source>Refund receipt</source>
        <translation>Recibo de reembolso</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>Facturas de proveedor</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Factura de proveedor</translation>
    </message>
    <message>
        <source>Bill payments</source>
        <translation>Pagos de facturas de proveedor</translation>
    </message>
    <message>
        <source>Bill payment</source>
        <translation>Pago de factura de proveedor</translation>
    </message>
    <message>
        <source>Vendor credits</source>
        <translation>Créditos de proveedor</translation>
    </message>
    <message>
        <source>Vendor credit</source>
        <translation>Crédito de proveedor</translation>
    </message>
    <message>
        <source>Purchase orders</source>
        <translation>Órdenes de compra</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>Orden de compra</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>Depósitos</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Depósito</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferencias</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferencia</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Asientos contables</translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation>Asiento contable</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Compras</translation>
    </message>
    <message>
        <source>Banking</source>
        <translation>Banca</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Filter {kind}</source>
        <translation>Filtrar: {kind}</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) match</source>
        <translation>
            <numerusform>%Ln registro coincide</numerusform>
            <numerusform>%Ln registros coinciden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln registro</numerusform>
            <numerusform>%Ln registros</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches “{text}”. Try fewer letters, or clear the filter.</source>
        <translation>Nada coincide con “{text}”. Pruebe con menos letras o borre el filtro.</translation>
    </message>
    <message>
        <source>There are no {kind} in this company yet.</source>
        <translation>Esta empresa todavía no tiene registros de este tipo: {kind}.</translation>
    </message>
    <message>
        <source>Could not load the records: {message}</source>
        <translation>No se pudieron cargar los registros: {message}</translation>
    </message>
</context>
<context>
    <name>RecordsDialog</name>
    <message>
        <source>Here {here}, in QuickBooks {qbo}. Double-click a record to open it here (records only in QuickBooks are shown with their QuickBooks Id).</source>
        <translation>Aquí {here}, en QuickBooks {qbo}. Haga doble clic en un registro para abrirlo aquí (los que solo están en QuickBooks se muestran con su ID de QuickBooks).</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Aquí</translation>
    </message>
    <message>
        <source>QuickBooks</source>
        <translation>QuickBooks</translation>
    </message>
    <message>
        <source>QuickBooks Id</source>
        <translation>ID de QuickBooks</translation>
    </message>
</context>
<context>
    <name>RefundPage</name>
    <message>
        <source>Refund bank account</source>
        <translation>Cuenta bancaria para reembolsos</translation>
    </message>
    <message>
        <source>The QuickBooks account refunds are paid from.</source>
        <translation>La cuenta de QuickBooks desde la que se pagan los reembolsos.</translation>
    </message>
    <message>
        <source>Loading QuickBooks&apos; bank accounts…</source>
        <translation>Cargando las cuentas bancarias de QuickBooks…</translation>
    </message>
    <message>
        <source>Pay refunds from</source>
        <translation>Pagar los reembolsos desde</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a &lt;b&gt;bank account&lt;/b&gt; (or an Other Current Asset account such as petty cash): for example Checking, a refund account or Petty Cash. QuickBooks accepts only these account types here.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Without an account, refunds entered here are not synced to QuickBooks&lt;/b&gt;: they are counted as blocked and listed under Problems, so you can pick one later and sync again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Elija una &lt;b&gt;cuenta bancaria&lt;/b&gt; (o una cuenta de otros activos corrientes, como la caja chica): por ejemplo, Cuenta corriente, una cuenta de reembolsos o Caja chica. QuickBooks solo acepta estos tipos de cuenta aquí.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sin cuenta, los reembolsos registrados aquí no se sincronizan con QuickBooks&lt;/b&gt;: se cuentan como bloqueados y aparecen en Problemas, para que pueda elegir una más adelante y volver a sincronizar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No refund account: refunds are not synced</source>
        <translation>Sin cuenta bancaria para reembolsos: los reembolsos no se sincronizan</translation>
    </message>
    <message>
        <source>Refund receipts: {create} to create in QuickBooks, {blocked} blocked for want of a refund account.</source>
        <translation>Recibos de reembolso: {create} que crear en QuickBooks, {blocked} bloqueados por falta de cuenta bancaria para reembolsos.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and start</source>
        <translation>Revisar e iniciar</translation>
    </message>
    <message>
        <source>What was found on each side, and what the sync will do with these settings.</source>
        <translation>Lo que se encontró en cada lado y lo que hará la sincronización con esta configuración.</translation>
    </message>
    <message>
        <source>These are the records found on each side with the settings above; clicking an ignored or blocked number shows which records and why. &lt;b&gt;Start sync&lt;/b&gt; saves the settings (later syncs use them too) and runs in the background: you can go on working, cancel, and resume.</source>
        <translation>Estos son los registros encontrados en cada lado con la configuración anterior; haga clic en un número de ignorados o bloqueados para ver qué registros son y por qué. &lt;b&gt;Iniciar la sincronización&lt;/b&gt; guarda la configuración (las siguientes sincronizaciones también la usan) y se ejecuta en segundo plano: puede seguir trabajando, cancelarla y continuarla.</translation>
    </message>
    <message>
        <source>create here</source>
        <translation>crear aquí</translation>
    </message>
    <message>
        <source>ignore</source>
        <translation>ignorar</translation>
    </message>
    <message>
        <source>create in QuickBooks</source>
        <translation>crear en QuickBooks</translation>
    </message>
    <message>
        <source>all records</source>
        <translation>todos los registros</translation>
    </message>
    <message>
        <source>customers, invoices and payments from {date} on</source>
        <translation>clientes, facturas y pagos desde el {date}</translation>
    </message>
    <message>
        <source>none (refunds are not synced)</source>
        <translation>ninguna (los reembolsos no se sincronizan)</translation>
    </message>
    <message>
        <source>all checked</source>
        <translation>todas marcadas</translation>
    </message>
    <message numerus="yes">
        <source>%n unchecked</source>
        <translation>
            <numerusform>%n no marcada</numerusform>
            <numerusform>%n no marcadas</numerusform>
        </translation>
    </message>
    <message>
        <source>kept as they are here</source>
        <translation>conservados como están aquí</translation>
    </message>
    <message>
        <source>given by QuickBooks</source>
        <translation>asignados por QuickBooks</translation>
    </message>
    <message>
        <source>as QuickBooks&apos; preference says</source>
        <translation>según la preferencia de QuickBooks</translation>
    </message>
    <message>
        <source>Only in QuickBooks</source>
        <translation>Solo en QuickBooks</translation>
    </message>
    <message>
        <source>Only here</source>
        <translation>Solo aquí</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Refund account</source>
        <translation>Cuenta bancaria para reembolsos</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>Formas de pago</translation>
    </message>
    <message>
        <source>Invoice numbers</source>
        <translation>Números de factura</translation>
    </message>
    <message>
        <source>Choose one</source>
        <translation>Elegir una</translation>
    </message>
    <message>
        <source>See the numbers</source>
        <translation>Ver los números</translation>
    </message>
    <message>
        <source>Answer them</source>
        <translation>Responderlas</translation>
    </message>
    <message numerus="yes">
        <source>%n possible match(es) not answered: both records of each pair will be created.</source>
        <translation>
            <numerusform>%n posible coincidencia sin respuesta: se crearán los dos registros del par.</numerusform>
            <numerusform>%n posibles coincidencias sin respuesta: se crearán los dos registros de cada par.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund receipt(s) blocked: no refund account.</source>
        <translation>
            <numerusform>%n recibo de reembolso bloqueado: no hay cuenta bancaria para reembolsos.</numerusform>
            <numerusform>%n recibos de reembolso bloqueados: no hay cuenta bancaria para reembolsos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sales form(s) blocked by their numbers.</source>
        <translation>
            <numerusform>%n formulario de venta bloqueado por su número.</numerusform>
            <numerusform>%n formularios de venta bloqueados por su número.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) blocked by a problem QuickBooks would refuse; they are listed under Problems after the sync.</source>
        <translation>
            <numerusform>%n registro bloqueado por un problema que QuickBooks rechazaría; aparece en Problemas después de la sincronización.</numerusform>
            <numerusform>%n registros bloqueados por un problema que QuickBooks rechazaría; aparecen en Problemas después de la sincronización.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>Practice books (qbdesk sandbox)</source>
        <translation>Contabilidad de prueba (sandbox de qbdesk)</translation>
    </message>
    <message>
        <source>Practice QuickBooks</source>
        <translation>QuickBooks de prueba</translation>
    </message>
    <message>
        <source>Starting the practice QuickBooks company and connecting to it… The first time, both practice companies are generated: this takes a few seconds.</source>
        <translation>Iniciando la empresa de QuickBooks de prueba y conectando con ella… La primera vez se generan las dos empresas de prueba: tarda unos segundos.</translation>
    </message>
    <message>
        <source>Starting the practice QuickBooks…</source>
        <translation>Iniciando el QuickBooks de prueba…</translation>
    </message>
    <message>
        <source>The practice QuickBooks could not start: {message}</source>
        <translation>No se pudo iniciar el QuickBooks de prueba: {message}</translation>
    </message>
</context>
<context>
    <name>SetupChecklist</name>
    <message>
        <source>Get started in three steps</source>
        <translation>Empiece en tres pasos</translation>
    </message>
    <message>
        <source>&amp;Open a company file…</source>
        <translation>&amp;Abrir un archivo de empresa…</translation>
    </message>
    <message>
        <source>&amp;Create a company file…</source>
        <translation>&amp;Crear un archivo de empresa…</translation>
    </message>
    <message>
        <source>Open the &amp;practice company</source>
        <translation>Abrir la &amp;empresa de prueba</translation>
    </message>
    <message>
        <source>Start first sync…</source>
        <translation>Iniciar la primera sincronización…</translation>
    </message>
    <message>
        <source>Open your company file</source>
        <translation>Abra su archivo de empresa</translation>
    </message>
    <message>
        <source>Open the company file that holds your records, create a new one, or try everything safely on the practice company first.</source>
        <translation>Abra el archivo de empresa que contiene sus registros, cree uno nuevo, o pruébelo todo antes sin riesgo en la empresa de prueba.</translation>
    </message>
    <message>
        <source>Company file: {name}</source>
        <translation>Archivo de empresa: {name}</translation>
    </message>
    <message>
        <source>Your records are here. Keep working in it while you set up the rest.</source>
        <translation>Sus registros están aquí. Siga trabajando en él mientras configura el resto.</translation>
    </message>
    <message>
        <source>Connect to QuickBooks</source>
        <translation>Conectar con QuickBooks</translation>
    </message>
    <message>
        <source>Next, connect the company file to your QuickBooks Online company: one button, then you sign in to QuickBooks in your browser.</source>
        <translation>Después, conecte el archivo de empresa con su empresa de QuickBooks Online: un botón, y luego inicia sesión en QuickBooks en su navegador.</translation>
    </message>
    <message>
        <source>Connected to QuickBooks</source>
        <translation>Conectado a QuickBooks</translation>
    </message>
    <message>
        <source>This company file syncs with {company}.</source>
        <translation>Este archivo de empresa se sincroniza con {company}.</translation>
    </message>
    <message>
        <source>Sign in to QuickBooks again</source>
        <translation>Volver a conectar con QuickBooks</translation>
    </message>
    <message>
        <source>Another computer syncs this company with QuickBooks for everyone.</source>
        <translation>Otro equipo sincroniza esta empresa con QuickBooks para todos.</translation>
    </message>
    <message>
        <source>Click the button: your browser opens QuickBooks&apos; sign-in page. Sign in and choose your company; qbdesk keeps the sign-in in this computer&apos;s password store.</source>
        <translation>Haga clic en el botón: su navegador abre la página de inicio de sesión de QuickBooks. Inicie sesión y elija su empresa; qbdesk guarda el inicio de sesión en el almacén de contraseñas del sistema.</translation>
    </message>
    <message>
        <source>This copy of qbdesk has no QuickBooks sign-in service, so you connect with your own Intuit developer keys: click the button to enter them.</source>
        <translation>Esta copia de qbdesk no tiene servicio de conexión con QuickBooks, así que conecta con sus propias claves de desarrollador de Intuit: haga clic en el botón para escribirlas.</translation>
    </message>
    <message>
        <source>First sync done</source>
        <translation>Primera sincronización terminada</translation>
    </message>
    <message>
        <source>From now on, later changes on either side sync by themselves.</source>
        <translation>A partir de ahora, los cambios posteriores en ambos lados se sincronizan solos.</translation>
    </message>
    <message>
        <source>First sync running</source>
        <translation>Primera sincronización en curso</translation>
    </message>
    <message>
        <source>You can go on working meanwhile; the progress is shown below.</source>
        <translation>Puede seguir trabajando mientras tanto; el progreso se muestra abajo.</translation>
    </message>
    <message>
        <source>Run the first sync</source>
        <translation>Ejecute la primera sincronización</translation>
    </message>
    <message>
        <source>Choose what to do with records found on one side only and from which date to sync. You see the counts before anything is sent.</source>
        <translation>Elija qué hacer con los registros que están en un solo lado y desde qué fecha sincronizar. Verá el número de registros antes de que se envíe nada.</translation>
    </message>
    <message>
        <source>Once connected, choose what to sync; you see the counts before anything is sent.</source>
        <translation>Una vez conectado, elija qué sincronizar; verá el número de registros antes de que se envíe nada.</translation>
    </message>
</context>
<context>
    <name>SharedCompanyDialog</name>
    <message>
        <source>Open shared company</source>
        <translation>Abrir una empresa compartida</translation>
    </message>
    <message>
        <source>Open a company kept in a PostgreSQL database on your office server. Your administrator can tell you what to fill in.</source>
        <translation>Abra una empresa guardada en una base de datos PostgreSQL del servidor de su oficina. Su administrador puede indicarle qué escribir.</translation>
    </message>
    <message>
        <source>For example: office-server</source>
        <translation>Por ejemplo: servidor-oficina</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>Leave empty to use the saved password.</source>
        <translation>Déjelo en blanco para usar la contraseña guardada.</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep the password in: you will type it each time you open this company.</source>
        <translation>Este equipo no tiene almacén de contraseñas del sistema donde guardar la contraseña: tendrá que escribirla cada vez que abra esta empresa.</translation>
    </message>
    <message>
        <source>Set up a new qbdesk company in this empty database</source>
        <translation>Crear una nueva empresa de qbdesk en esta base de datos vacía</translation>
    </message>
    <message>
        <source>Advanced: paste a connection address</source>
        <translation>Avanzado: pegar una dirección de conexión</translation>
    </message>
    <message>
        <source>postgresql://user@server:5432/database</source>
        <translation>postgresql://usuario@servidor:5432/base_de_datos</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Pasting fills in the fields above; a password in it moves to the password field.</source>
        <translation>Al pegarla se rellenan los campos de arriba; si contiene una contraseña, esta pasa al campo de contraseña.</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>This is not a PostgreSQL address. It looks like postgresql://user@server:5432/database.</source>
        <translation>No es una dirección de PostgreSQL. Debe tener la forma postgresql://usuario@servidor:5432/base_de_datos.</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation>Escriba el nombre o la dirección del servidor.</translation>
    </message>
    <message>
        <source>Enter a port number from 1 to 65535.</source>
        <translation>Escriba un número de puerto del 1 al 65535.</translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation>Escriba el nombre de la base de datos.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Escriba su nombre de usuario.</translation>
    </message>
    <message>
        <source>Connecting to {server}…</source>
        <translation>Conectando con {server}…</translation>
    </message>
    <message>
        <source>The database {database} holds no qbdesk company yet. If it is the right one, tick “{option}” and open it again.</source>
        <translation>La base de datos {database} todavía no contiene ninguna empresa de qbdesk. Si es la correcta, marque “{option}” y vuelva a abrirla.</translation>
    </message>
    <message>
        <source>There is no database {database} on {server}. Check its name, or ask your administrator to create it.</source>
        <translation>No existe la base de datos {database} en {server}. Compruebe el nombre o pida a su administrador que la cree.</translation>
    </message>
    <message>
        <source>The server did not accept the password for {user}. Check the user name and type the password again.</source>
        <translation>El servidor no aceptó la contraseña de {user}. Compruebe el nombre de usuario y vuelva a escribir la contraseña.</translation>
    </message>
    <message>
        <source>Enter the password for {user}.</source>
        <translation>Escriba la contraseña de {user}.</translation>
    </message>
    <message>
        <source>There is no user {user} on {server}. Check the user name.</source>
        <translation>No existe el usuario {user} en {server}. Compruebe el nombre de usuario.</translation>
    </message>
    <message>
        <source>{server} does not accept {user} from this computer. Ask your administrator to allow it (pg_hba.conf).</source>
        <translation>{server} no acepta a {user} desde este equipo. Pida a su administrador que lo permita (pg_hba.conf).</translation>
    </message>
    <message>
        <source>{user} may not set up a company in {database}. Ask your administrator to make {user} the database&apos;s owner.</source>
        <translation>{user} no tiene permiso para crear una empresa en {database}. Pida a su administrador que haga a {user} propietario de la base de datos.</translation>
    </message>
    <message>
        <source>{user} may not use the database {database}. Ask your administrator for access.</source>
        <translation>{user} no tiene permiso para usar la base de datos {database}. Pida acceso a su administrador.</translation>
    </message>
    <message>
        <source>No server named {server} was found. Check the server&apos;s name, and that this computer is on the office network.</source>
        <translation>No se encontró ningún servidor llamado {server}. Compruebe el nombre del servidor y que este equipo esté conectado a la red de la oficina.</translation>
    </message>
    <message>
        <source>{server} did not answer on port {port}. Check that the server is on, the port is right, and this computer is on the office network.</source>
        <translation>{server} no respondió en el puerto {port}. Compruebe que el servidor esté encendido, que el puerto sea correcto y que este equipo esté conectado a la red de la oficina.</translation>
    </message>
    <message>
        <source>The company could not be opened: {message}</source>
        <translation>No se pudo abrir la empresa: {message}</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>One side only</source>
        <translation>Solo en un lado</translation>
    </message>
    <message>
        <source>Possible matches</source>
        <translation>Posibles coincidencias</translation>
    </message>
    <message>
        <source>Which records</source>
        <translation>Qué registros</translation>
    </message>
    <message>
        <source>Refund account</source>
        <translation>Cuenta para reembolsos</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>Formas de pago</translation>
    </message>
    <message>
        <source>Invoice numbers</source>
        <translation>Números de factura</translation>
    </message>
    <message>
        <source>Review and start</source>
        <translation>Revisar e iniciar</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Paso {number} de {count}</translation>
    </message>
</context>
<context>
    <name>SyncHub</name>
    <message numerus="yes">
        <source>Problems: %n open</source>
        <translation>
            <numerusform>Problemas: %n abierto</numerusform>
            <numerusform>Problemas: %n abiertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approvals: %n waiting</source>
        <translation>
            <numerusform>Aprobaciones: %n pendiente</numerusform>
            <numerusform>Aprobaciones: %n pendientes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>Credit memos</source>
        <translation>Notas de crédito</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Reembolsos</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>Facturas de proveedor</translation>
    </message>
    <message>
        <source>Estimates</source>
        <translation>Presupuestos</translation>
    </message>
    <message>
        <source>Sales receipts</source>
        <translation>Recibos de venta</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>Depósitos</translation>
    </message>
    <message>
        <source>Vendor credits</source>
        <translation>Créditos de proveedor</translation>
    </message>
    <message>
        <source>Bill payments</source>
        <translation>Pagos de facturas de proveedor</translation>
    </message>
    <message>
        <source>Purchase orders</source>
        <translation>Órdenes de compra</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferencias</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Asientos contables</translation>
    </message>
    <message>
        <source>Products and services</source>
        <translation>Productos y servicios</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Resync</source>
        <translation>Resincronizar</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Aplazar</translation>
    </message>
    <message>
        <source>Unskip</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Bypass</source>
        <translation>Marcar como ya en QuickBooks</translation>
    </message>
    <message>
        <source>Clear ID</source>
        <translation>Borrar el identificador</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Match…</source>
        <translation>Vincular…</translation>
    </message>
    <message>
        <source>Create in QuickBooks</source>
        <translation>Crear en QuickBooks</translation>
    </message>
    <message>
        <source>Don&apos;t sync</source>
        <translation>No sincronizar</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Move back</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Accept QuickBooks&apos; change</source>
        <translation>Aceptar el cambio de QuickBooks</translation>
    </message>
    <message>
        <source>Keep the version here</source>
        <translation>Conservar la versión de aquí</translation>
    </message>
    <message>
        <source>Keep QuickBooks&apos; version</source>
        <translation>Conservar la versión de QuickBooks</translation>
    </message>
    <message>
        <source>Give the next free number</source>
        <translation>Dar el siguiente número libre</translation>
    </message>
    <message>
        <source>Undo anyway</source>
        <translation>Deshacer de todos modos</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservar como está</translation>
    </message>
    <message>
        <source>Choose a refund account…</source>
        <translation>Elegir la cuenta bancaria para reembolsos…</translation>
    </message>
    <message>
        <source>Try again at the next sync.</source>
        <translation>Volver a intentarlo en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Open the sync settings at the refund bank account; the refunds are sent at the next sync.</source>
        <translation>Abrir la configuración de sincronización en la cuenta bancaria para reembolsos; los reembolsos se envían en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Stop retrying this problem and stop notifying about it.</source>
        <translation>Dejar de reintentar este problema y de notificarlo.</translation>
    </message>
    <message>
        <source>Show this problem again and retry it at the next sync.</source>
        <translation>Volver a mostrar este problema y reintentarlo en la próxima sincronización.</translation>
    </message>
    <message>
        <source>The payment is already in QuickBooks: link it and never send it.</source>
        <translation>El pago ya está en QuickBooks: vincularlo y no enviarlo nunca.</translation>
    </message>
    <message>
        <source>Forget the deleted QuickBooks record: the next sync creates it again.</source>
        <translation>Olvidar el registro borrado en QuickBooks: la próxima sincronización lo vuelve a crear.</translation>
    </message>
    <message>
        <source>Delete this service here so it can be created again with the right account.</source>
        <translation>Borrar este servicio aquí para poder crearlo de nuevo con la cuenta correcta.</translation>
    </message>
    <message>
        <source>Pick the QuickBooks customer this customer is.</source>
        <translation>Elegir el cliente de QuickBooks que corresponde a este cliente.</translation>
    </message>
    <message>
        <source>Create this customer in QuickBooks now.</source>
        <translation>Crear este cliente en QuickBooks ahora.</translation>
    </message>
    <message>
        <source>Leave this customer out of the sync; its invoices and payments wait too.</source>
        <translation>Dejar este cliente fuera de la sincronización; sus facturas y pagos también esperan.</translation>
    </message>
    <message>
        <source>Open the record; saving it sends it again.</source>
        <translation>Abrir el registro; al guardarlo se vuelve a enviar.</translation>
    </message>
    <message>
        <source>Put the invoice back on the customer it has here.</source>
        <translation>Devolver la factura al cliente que tiene aquí.</translation>
    </message>
    <message>
        <source>Move the invoice here to the customer it has in QuickBooks.</source>
        <translation>Pasar la factura aquí al cliente que tiene en QuickBooks.</translation>
    </message>
    <message>
        <source>Send the version here to QuickBooks at the next sync.</source>
        <translation>Enviar la versión de aquí a QuickBooks en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Replace the version here with QuickBooks&apos; version.</source>
        <translation>Reemplazar la versión de aquí por la de QuickBooks.</translation>
    </message>
    <message>
        <source>Give it the next number free here and in QuickBooks; the next sync sends it.</source>
        <translation>Darle el siguiente número libre aquí y en QuickBooks; la próxima sincronización lo envía.</translation>
    </message>
    <message>
        <source>Take the run back for this record all the same: the later change is lost.</source>
        <translation>Deshacer la sincronización de este registro igualmente: el cambio posterior se pierde.</translation>
    </message>
    <message>
        <source>Leave the record as it is now; undoing the run again leaves it too.</source>
        <translation>Dejar el registro como está ahora; deshacer de nuevo la sincronización también lo dejará.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Make inactive</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Correctas</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>No realizadas</translation>
    </message>
    <message>
        <source>Created in QuickBooks</source>
        <translation>Creado en QuickBooks</translation>
    </message>
    <message>
        <source>Updated in QuickBooks</source>
        <translation>Actualizado en QuickBooks</translation>
    </message>
    <message>
        <source>Deleted in QuickBooks by this sync</source>
        <translation>Borrado en QuickBooks por esta sincronización</translation>
    </message>
    <message>
        <source>Made inactive in QuickBooks</source>
        <translation>Desactivado en QuickBooks</translation>
    </message>
    <message>
        <source>Created here</source>
        <translation>Creado aquí</translation>
    </message>
    <message>
        <source>Updated here</source>
        <translation>Actualizado aquí</translation>
    </message>
    <message>
        <source>Deleted here</source>
        <translation>Borrado aquí</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Vinculado</translation>
    </message>
    <message>
        <source>Deleted in QuickBooks</source>
        <translation>Borrado en QuickBooks</translation>
    </message>
    <message>
        <source>Approved, waiting to sync</source>
        <translation>Aprobado, pendiente de sincronizar</translation>
    </message>
    <message>
        <source>Restored in QuickBooks</source>
        <translation>Restaurado en QuickBooks</translation>
    </message>
    <message>
        <source>Restored here</source>
        <translation>Restaurado aquí</translation>
    </message>
    <message>
        <source>Link undone</source>
        <translation>Vínculo deshecho</translation>
    </message>
    <message>
        <source>Full sync</source>
        <translation>Sincronización completa</translation>
    </message>
    <message>
        <source>Full comparison</source>
        <translation>Comparación completa</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <source>Action on a problem</source>
        <translation>Acción sobre un problema</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer una sincronización</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vendor(s)</source>
        <translation>
            <numerusform>%n proveedor</numerusform>
            <numerusform>%n proveedores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n factura</numerusform>
            <numerusform>%n facturas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credit memo(s)</source>
        <translation>
            <numerusform>%n nota de crédito</numerusform>
            <numerusform>%n notas de crédito</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n pago</numerusform>
            <numerusform>%n pagos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s)</source>
        <translation>
            <numerusform>%n reembolso</numerusform>
            <numerusform>%n reembolsos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expense(s)</source>
        <translation>
            <numerusform>%n gasto</numerusform>
            <numerusform>%n gastos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bill(s)</source>
        <translation>
            <numerusform>%n factura de proveedor</numerusform>
            <numerusform>%n facturas de proveedor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n estimate(s)</source>
        <translation>
            <numerusform>%n presupuesto</numerusform>
            <numerusform>%n presupuestos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sales receipt(s)</source>
        <translation>
            <numerusform>%n recibo de venta</numerusform>
            <numerusform>%n recibos de venta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deposit(s)</source>
        <translation>
            <numerusform>%n depósito</numerusform>
            <numerusform>%n depósitos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vendor credit(s)</source>
        <translation>
            <numerusform>%n crédito de proveedor</numerusform>
            <numerusform>%n créditos de proveedor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bill payment(s)</source>
        <translation>
            <numerusform>%n pago de factura de proveedor</numerusform>
            <numerusform>%n pagos de facturas de proveedor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchase order(s)</source>
        <translation>
            <numerusform>%n orden de compra</numerusform>
            <numerusform>%n órdenes de compra</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s)</source>
        <translation>
            <numerusform>%n transferencia</numerusform>
            <numerusform>%n transferencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journal entry(s)</source>
        <translation>
            <numerusform>%n asiento contable</numerusform>
            <numerusform>%n asientos contables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) or service(s)</source>
        <translation>
            <numerusform>%n producto o servicio</numerusform>
            <numerusform>%n productos o servicios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n cuenta</numerusform>
            <numerusform>%n cuentas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n list entry(s)</source>
        <translation>
            <numerusform>%n entrada de lista</numerusform>
            <numerusform>%n entradas de lista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s)</source>
        <translation>
            <numerusform>%n otro registro</numerusform>
            <numerusform>%n otros registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{records} could not sync</source>
        <translation>
            <numerusform>{records} no se pudo sincronizar</numerusform>
            <numerusform>{records} no se pudieron sincronizar</numerusform>
        </translation>
    </message>
    <message>
        <source>{list}, {item}</source>
        <translation>{list}, {item}</translation>
    </message>
    <message>
        <source>{list} and {last}</source>
        <translation>{list} y {last}</translation>
    </message>
    <message>
        <source>The connection to QuickBooks needs attention</source>
        <translation>La conexión con QuickBooks requiere su atención</translation>
    </message>
    <message>
        <source>{records}, and the connection to QuickBooks needs attention</source>
        <translation>{records}, y la conexión con QuickBooks requiere su atención</translation>
    </message>
</context>
<context>
    <name>SyncLogModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>QuickBooks Id</source>
        <translation>ID de QuickBooks</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
</context>
<context>
    <name>SyncLogView</name>
    <message>
        <source>Export the sync log</source>
        <translation>Exportar el historial de sincronización</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Historial de sincronización</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Undo this run…</source>
        <translation>Deshacer esta sincronización…</translation>
    </message>
    <message>
        <source>Put both sides back as they were before the run of the selected entry. You see what will be done first.</source>
        <translation>Dejar ambos lados como estaban antes de la sincronización de la entrada elegida. Primero verá lo que se hará.</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>All record types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Search records, Ids and errors</source>
        <translation>Buscar registros, ID y errores</translation>
    </message>
    <message>
        <source>Search the sync log</source>
        <translation>Buscar en el historial de sincronización</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Cualquier día</translation>
    </message>
    <message>
        <source>All ({count})</source>
        <translation>Todas ({count})</translation>
    </message>
    <message>
        <source>{status} ({count})</source>
        <translation>{status} ({count})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln entrada</numerusform>
            <numerusform>%Ln entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s) match</source>
        <translation>
            <numerusform>%Ln entrada coincide</numerusform>
            <numerusform>%Ln entradas coinciden</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync log could not be read: {message}</source>
        <translation>No se pudo leer el historial de sincronización: {message}</translation>
    </message>
    <message>
        <source>An undo is not undone: sync again to do once more what it took back.</source>
        <translation>Una anulación no se deshace: sincronice de nuevo para volver a hacer lo que deshizo.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s) exported to {path}</source>
        <translation>
            <numerusform>%Ln entrada exportada a {path}</numerusform>
            <numerusform>%Ln entradas exportadas a {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>The log could not be exported: {message}</source>
        <translation>No se pudo exportar el historial de sincronización: {message}</translation>
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
        <translation>Conexión…</translation>
    </message>
    <message>
        <source>What a sync finds now</source>
        <translation>Lo que encontraría una sincronización ahora</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>Volver a contar</translation>
    </message>
    <message>
        <source>Read both sides again and count what a sync would do</source>
        <translation>Volver a leer ambos lados y contar lo que haría una sincronización</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>Detalles de la conexión</translation>
    </message>
    <message>
        <source>Set up the sync in three steps</source>
        <translation>Configure la sincronización en tres pasos</translation>
    </message>
    <message>
        <source>You can go on working meanwhile: browse and edit records; changes made now are sent at the next sync.</source>
        <translation>Mientras tanto puede seguir trabajando: consultar y editar registros; los cambios que haga ahora se envían en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Cancelar la sincronización</translation>
    </message>
    <message>
        <source>Stops after the current batch; Resume continues where it stopped</source>
        <translation>Se detiene tras el lote en curso; Continuar sigue desde donde se quedó</translation>
    </message>
    <message>
        <source>Resume sync</source>
        <translation>Continuar la sincronización</translation>
    </message>
    <message>
        <source>Continue the interrupted sync: nothing is sent twice</source>
        <translation>Continuar la sincronización interrumpida: no se envía nada dos veces</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Sync settings…</source>
        <translation>Configuración de sincronización…</translation>
    </message>
    <message>
        <source>Change the settings and start a new full sync</source>
        <translation>Cambiar la configuración e iniciar una nueva sincronización completa</translation>
    </message>
    <message>
        <source>Cancelling: the sync stops after the current batch…</source>
        <translation>Cancelando: la sincronización se detiene tras el lote en curso…</translation>
    </message>
    <message>
        <source>Counting: reading both sides…</source>
        <translation>Contando: leyendo ambos lados…</translation>
    </message>
    <message>
        <source>QuickBooks could not be read: {message}</source>
        <translation>No se pudo leer QuickBooks: {message}</translation>
    </message>
    <message>
        <source>Synced by {computer}</source>
        <translation>Sincronizado por {computer}</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Comprobando la conexión…</translation>
    </message>
    <message>
        <source>The password store is not available: the sign-in cannot be read</source>
        <translation>El almacén de contraseñas del sistema no está disponible: no se puede leer el inicio de sesión</translation>
    </message>
    <message>
        <source>Not connected: this file names other QuickBooks addresses than its sign-in</source>
        <translation>No conectado: este archivo indica otras direcciones de QuickBooks que las de su inicio de sesión</translation>
    </message>
    <message>
        <source>Not connected on this computer</source>
        <translation>No conectado en este equipo</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <source>Connected to {company}</source>
        <translation>Conectado a {company}</translation>
    </message>
    <message>
        <source>qbdesk on {computer} (process {pid}) is syncing this company now, since {time}; a sync from here can start once it has finished.</source>
        <translation>qbdesk en {computer} (proceso {pid}) está sincronizando esta empresa desde {time}; podrá iniciar una sincronización aquí cuando termine.</translation>
    </message>
    <message>
        <source>This computer is the sync host: it keeps the connection to QuickBooks and syncs for every computer that opens this company.</source>
        <translation>Este equipo es el equipo de sincronización: mantiene la conexión con QuickBooks y sincroniza para todos los equipos que abren esta empresa.</translation>
    </message>
    <message>
        <source>Resume undo</source>
        <translation>Continuar la anulación</translation>
    </message>
    <message>
        <source>No sync has run yet.</source>
        <translation>Todavía no se ha hecho ninguna sincronización.</translation>
    </message>
    <message>
        <source>The last attempt failed: {message}</source>
        <translation>El último intento falló: {message}</translation>
    </message>
    <message>
        <source>{qbo} created in QuickBooks, {here} created here, {linked} linked, {updated} updated, problems: {problems}.</source>
        <translation>Creados en QuickBooks: {qbo}, creados aquí: {here}, vinculados: {linked}, actualizados: {updated}, problemas: {problems}.</translation>
    </message>
    <message>
        <source>Last sync completed in {time}.</source>
        <translation>Última sincronización completada en {time}.</translation>
    </message>
    <message>
        <source>The sync was interrupted. Resume continues where it stopped; nothing is sent twice.</source>
        <translation>La sincronización se interrumpió. Continuar sigue desde donde se quedó; no se envía nada dos veces.</translation>
    </message>
    <message>
        <source>The last sync did not complete ({status}).</source>
        <translation>La última sincronización no se completó ({status}).</translation>
    </message>
    <message>
        <source> See Problems for what needs attention.</source>
        <translation> Consulte Problemas para ver lo que requiere su atención.</translation>
    </message>
    <message>
        <source>An undo was interrupted. Resume finishes it; nothing is done twice. No sync starts until it is finished.</source>
        <translation>Se interrumpió una anulación. Continuar la termina; nada se hace dos veces. No empieza ninguna sincronización hasta que termine.</translation>
    </message>
    <message numerus="yes">
        <source>The last run was an undo, completed in {time}: %n record(s) or link(s) taken back.</source>
        <translation>
            <numerusform>La última operación fue una anulación, terminada en {time}: %n registro o vínculo deshecho.</numerusform>
            <numerusform>La última operación fue una anulación, terminada en {time}: %n registros o vínculos deshechos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncProgressView</name>
    <message>
        <source>Starting the sync…</source>
        <translation>Iniciando la sincronización…</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>{done} of {total} records</source>
        <translation>{done} de {total} registros</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <source>Sync settings</source>
        <translation>Configuración de sincronización</translation>
    </message>
    <message>
        <source>Review changes before they sync</source>
        <translation>Revisar los cambios antes de sincronizarlos</translation>
    </message>
    <message>
        <source>A sync only finds the changes on both sides; they wait in Approvals until you approve them.</source>
        <translation>Una sincronización solo detecta los cambios de ambos lados; esperan en Aprobaciones hasta que los apruebe.</translation>
    </message>
    <message>
        <source>When a record was changed here and in QuickBooks</source>
        <translation>Cuando un registro se ha cambiado aquí y en QuickBooks</translation>
    </message>
    <message>
        <source>Ask me: show both versions as a problem</source>
        <translation>Preguntarme: mostrar ambas versiones como un problema</translation>
    </message>
    <message>
        <source>QuickBooks wins</source>
        <translation>Prevalece QuickBooks</translation>
    </message>
    <message>
        <source>This company file wins</source>
        <translation>Prevalece este archivo de empresa</translation>
    </message>
    <message>
        <source>Keep invoice numbers in step with QuickBooks</source>
        <translation>Mantener los números de factura en sintonía con QuickBooks</translation>
    </message>
    <message>
        <source>New invoices continue from the last number used here or in QuickBooks, and a number QuickBooks already has is pointed out as you type it.</source>
        <translation>Las facturas nuevas continúan desde el último número usado aquí o en QuickBooks, y se avisa mientras escribe si QuickBooks ya tiene ese número.</translation>
    </message>
    <message>
        <source>Sync automatically every</source>
        <translation>Sincronizar automáticamente cada</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes between automatic syncs</source>
        <translation>Minutos entre sincronizaciones automáticas</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>The sync settings could not be read or saved: {message}</source>
        <translation>No se pudo leer o guardar la configuración de sincronización: {message}</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>Reading this company file…</source>
        <translation>Leyendo este archivo de empresa…</translation>
    </message>
    <message>
        <source>Reading QuickBooks Online…</source>
        <translation>Leyendo QuickBooks Online…</translation>
    </message>
    <message>
        <source>Checking what the interrupted sync left unfinished…</source>
        <translation>Comprobando lo que la sincronización interrumpida dejó sin terminar…</translation>
    </message>
    <message>
        <source>Sending and receiving the changes since the last sync…</source>
        <translation>Enviando y recibiendo los cambios desde la última sincronización…</translation>
    </message>
    <message>
        <source>Comparing both sides in full…</source>
        <translation>Comparando ambos lados por completo…</translation>
    </message>
    <message>
        <source>Carrying out what other desktops asked for…</source>
        <translation>Ejecutando lo que pidieron los otros equipos…</translation>
    </message>
    <message>
        <source>Found only in QuickBooks, and the settings say to ignore such records.</source>
        <translation>Solo está en QuickBooks y la configuración indica ignorar estos registros.</translation>
    </message>
    <message>
        <source>Found only in this company file, and the settings say to ignore such records.</source>
        <translation>Solo está en este archivo de empresa y la configuración indica ignorar estos registros.</translation>
    </message>
    <message>
        <source>Dated before the start date.</source>
        <translation>Con fecha anterior a la fecha de inicio.</translation>
    </message>
    <message>
        <source>Paid with a payment method that is not checked.</source>
        <translation>Pagado con una forma de pago no marcada.</translation>
    </message>
    <message>
        <source>QuickBooks does not let apps create these; set them up in QuickBooks.</source>
        <translation>QuickBooks no permite que las aplicaciones los creen; configúrelos en QuickBooks.</translation>
    </message>
    <message>
        <source>This QuickBooks does not keep records of this kind (QuickBooks Desktop: not synced through the Web Connector yet); it stays here.</source>
        <translation>Este QuickBooks no guarda registros de este tipo (QuickBooks Desktop: aún no se sincronizan por el Web Connector); se queda aquí.</translation>
    </message>
    <message>
        <source>You chose not to sync this record.</source>
        <translation>Decidió no sincronizar este registro.</translation>
    </message>
    <message>
        <source>You put its problem aside: it is not retried until you take it up again.</source>
        <translation>Aplazó su problema: no se vuelve a intentar hasta que lo reanude.</translation>
    </message>
    <message>
        <source>Waits for your approval (Approvals).</source>
        <translation>Pendiente de su aprobación (Aprobaciones).</translation>
    </message>
    <message>
        <source>Sync completed.</source>
        <translation>Sincronización completada.</translation>
    </message>
    <message>
        <source>Sync interrupted: it can be resumed.</source>
        <translation>Sincronización interrumpida: se puede continuar.</translation>
    </message>
    <message>
        <source>Sync failed: it can be resumed.</source>
        <translation>La sincronización falló: se puede continuar.</translation>
    </message>
    <message>
        <source>Sync running.</source>
        <translation>Sincronización en curso.</translation>
    </message>
    <message>
        <source>Found in
QuickBooks</source>
        <translation>En
QuickBooks</translation>
    </message>
    <message>
        <source>Found
here</source>
        <translation>Aquí</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Vinculados</translation>
    </message>
    <message>
        <source>To create
in QuickBooks</source>
        <translation>Por crear
en QuickBooks</translation>
    </message>
    <message>
        <source>Only here: will be created in QuickBooks Online</source>
        <translation>Solo aquí: se creará en QuickBooks Online</translation>
    </message>
    <message>
        <source>To create
here</source>
        <translation>Por crear
aquí</translation>
    </message>
    <message>
        <source>Only in QuickBooks: will be created in this company file</source>
        <translation>Solo en QuickBooks: se creará en este archivo de empresa</translation>
    </message>
    <message>
        <source>To
update</source>
        <translation>Por
actualizar</translation>
    </message>
    <message>
        <source>Left
out</source>
        <translation>Excluidos</translation>
    </message>
    <message>
        <source>Records found in QuickBooks Online (after the date and payment-method filters)</source>
        <translation>Registros encontrados en QuickBooks Online (después de los filtros de fecha y forma de pago)</translation>
    </message>
    <message>
        <source>Records found in this company file (after the filters)</source>
        <translation>Registros encontrados en este archivo de empresa (después de los filtros)</translation>
    </message>
    <message>
        <source>Found on both sides: linked, nothing is created</source>
        <translation>Encontrados en ambos lados: vinculados, no se crea nada</translation>
    </message>
    <message>
        <source>Changes to send to QuickBooks or to take from it (click to see each field)</source>
        <translation>Cambios que enviar a QuickBooks o que recibir de QuickBooks (haga clic para ver cada campo)</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignorados</translation>
    </message>
    <message>
        <source>Not created, as the settings ask (click to see why)</source>
        <translation>No se crean, tal como indica la configuración (haga clic para ver por qué)</translation>
    </message>
    <message>
        <source>Left out by the start date or an unchecked payment method</source>
        <translation>Excluidos por la fecha de inicio o una forma de pago no marcada</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueados</translation>
    </message>
    <message>
        <source>Cannot sync until a problem is fixed (click to see why)</source>
        <translation>No se pueden sincronizar hasta que se solucione un problema (haga clic para ver por qué)</translation>
    </message>
    <message>
        <source>Syncing {type}…</source>
        <translation>Sincronizando {type}…</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>No se indicó ningún motivo</translation>
    </message>
    <message>
        <source>{rate} records/min</source>
        <translation>{rate} registros/min</translation>
    </message>
    <message>
        <source>{rate} records/s</source>
        <translation>{rate} registros/s</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>queda menos de un minuto</translation>
    </message>
    <message>
        <source>about {hours} h left</source>
        <translation>quedan unas {hours} h</translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>queda alrededor de %n min</numerusform>
            <numerusform>quedan alrededor de %n min</numerusform>
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
        <translation>Otro qbdesk está sincronizando esta empresa: en {computer} desde {time}. La sincronización no se inició aquí; vuelva a intentarlo cuando haya terminado.</translation>
    </message>
    <message>
        <source>Another qbdesk is syncing this company right now. The sync here did not start; try again when it has finished.</source>
        <translation>Otro qbdesk está sincronizando esta empresa en este momento. La sincronización no se inició aquí; vuelva a intentarlo cuando haya terminado.</translation>
    </message>
    <message>
        <source>{computer} is this company&apos;s sync host: it syncs with QuickBooks, and what you do here is sent to it. To sync from this computer, take over as sync host.</source>
        <translation>{computer} es el equipo de sincronización de esta empresa: sincroniza con QuickBooks, y lo que haga aquí se le envía. Para sincronizar desde este equipo, conviértalo en el equipo de sincronización.</translation>
    </message>
    <message>
        <source>An interrupted {kind} must be finished before anything else syncs, so nothing is done twice: resume it (or cancel it).</source>
        <translation>Una operación interrumpida ({kind}) debe terminarse antes de sincronizar nada más, para que nada se haga dos veces: continúela (o cancélela).</translation>
    </message>
    <message>
        <source>The sync stopped unexpectedly: the part of qbdesk that sends your records to QuickBooks ended (the computer may have run short of memory, or it was stopped). Resume continues where it stopped; nothing is sent twice.</source>
        <translation>La sincronización se detuvo de forma inesperada: la parte de qbdesk que envía sus registros a QuickBooks terminó (puede que el equipo se quedara sin memoria, o que se detuviera). Continuar sigue desde donde se quedó; no se envía nada dos veces.</translation>
    </message>
    <message>
        <source>The connection to the company database was lost during the sync, so it stopped to make sure no other computer syncs at the same time. Resume continues where it stopped; nothing is sent twice.</source>
        <translation>Se perdió la conexión con la base de datos de la empresa durante la sincronización, así que esta se detuvo para que ningún otro equipo sincronice al mismo tiempo. Continuar sigue desde donde se quedó; no se envía nada dos veces.</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>Review sync problems</source>
        <translation>Revisar los problemas de sincronización</translation>
    </message>
    <message numerus="yes">
        <source>%n new sync problem(s)</source>
        <translation>
            <numerusform>%n nuevo problema de sincronización</numerusform>
            <numerusform>%n nuevos problemas de sincronización</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoDialog</name>
    <message>
        <source>Undo this run</source>
        <translation>Deshacer esta sincronización</translation>
    </message>
    <message>
        <source>Reading what the run did, and how each record is now…</source>
        <translation>Leyendo lo que hizo la sincronización y cómo está cada registro ahora…</translation>
    </message>
    <message>
        <source>What the undo will do</source>
        <translation>Lo que hará la anulación</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>After the undo</source>
        <translation>Después de deshacer</translation>
    </message>
    <message>
        <source>Cancel the undo</source>
        <translation>Detener la anulación</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Show problems</source>
        <translation>Ver los problemas</translation>
    </message>
    <message>
        <source>Connect to QuickBooks first: undoing a run needs to read and write there.</source>
        <translation>Conéctese primero a QuickBooks: deshacer una sincronización necesita leer y escribir allí.</translation>
    </message>
    <message>
        <source>Undo this run: {kind}, {when}</source>
        <translation>Deshacer esta sincronización: {kind}, {when}</translation>
    </message>
    <message>
        <source>Nothing is left to undo of the run of {when}: what it did has been taken back already.</source>
        <translation>No queda nada por deshacer de la sincronización del {when}: lo que hizo ya se deshizo.</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. Undoing the run of {when} puts both sides back as they were before it: this is what it will do. Records someone changed since the run are left as they are.</source>
        <translation>Todavía no se ha cambiado nada. Deshacer la sincronización del {when} deja ambos lados como estaban antes de ella; esto es lo que se hará. Los registros que alguien cambió después se dejan como están.</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… y %Ln más</numerusform>
            <numerusform>… y %Ln más</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing the run…</source>
        <translation>Deshaciendo la sincronización…</translation>
    </message>
    <message>
        <source>Resuming the undo…</source>
        <translation>Continuando la anulación…</translation>
    </message>
    <message>
        <source>The undo could not start: a sync is running, or QuickBooks is not connected. Try again when the sync has finished.</source>
        <translation>La anulación no pudo empezar: hay una sincronización en curso o QuickBooks no está conectado. Inténtelo de nuevo cuando termine la sincronización.</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Deteniendo tras el lote en curso…</translation>
    </message>
    <message>
        <source>{entity}: {done} of {total}</source>
        <translation>{entity}: {done} de {total}</translation>
    </message>
    <message>
        <source>Finished {when}.</source>
        <translation>Terminado el {when}.</translation>
    </message>
</context>
<context>
    <name>UndoText</name>
    <message>
        <source>To delete in QuickBooks</source>
        <translation>Que borrar en QuickBooks</translation>
    </message>
    <message>
        <source>To make inactive in QuickBooks</source>
        <translation>Que desactivar en QuickBooks</translation>
    </message>
    <message>
        <source>To restore in QuickBooks, as before the run</source>
        <translation>Que restaurar en QuickBooks, como antes de la sincronización</translation>
    </message>
    <message>
        <source>To delete here</source>
        <translation>Que borrar aquí</translation>
    </message>
    <message>
        <source>To restore here, as before the run</source>
        <translation>Que restaurar aquí, como antes de la sincronización</translation>
    </message>
    <message>
        <source>Links to undo (the records stay on both sides)</source>
        <translation>Vínculos que deshacer (los registros se quedan en ambos lados)</translation>
    </message>
    <message>
        <source>Changed since the run: left as they are, you decide</source>
        <translation>Modificados después de la sincronización: se dejan como están, usted decide</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>No se deshacen</translation>
    </message>
    <message>
        <source>Changed in QuickBooks after the run</source>
        <translation>Modificado en QuickBooks después de la sincronización</translation>
    </message>
    <message>
        <source>Changed here after the run</source>
        <translation>Modificado aquí después de la sincronización</translation>
    </message>
    <message>
        <source>Deleted in QuickBooks by the run: QuickBooks cannot bring a deleted transaction back</source>
        <translation>Borrado en QuickBooks por la sincronización: QuickBooks no puede recuperar una transacción borrada</translation>
    </message>
    <message>
        <source>Kept as it is, as you chose</source>
        <translation>Conservado como está, como usted eligió</translation>
    </message>
    <message>
        <source>No longer there: nothing to put back</source>
        <translation>Ya no existe: nada que restaurar</translation>
    </message>
    <message>
        <source>This run is no longer in the sync log, so it cannot be undone.</source>
        <translation>Esta sincronización ya no está en el historial de sincronización, así que no se puede deshacer.</translation>
    </message>
    <message>
        <source>This run is itself an undo, and an undo is not undone: sync again to do once more what it took back.</source>
        <translation>Esta operación ya es una anulación, y una anulación no se deshace: sincronice de nuevo para volver a hacer lo que deshizo.</translation>
    </message>
    <message>
        <source>No sync has written anything yet, so there is nothing to undo.</source>
        <translation>Ninguna sincronización ha escrito nada todavía, así que no hay nada que deshacer.</translation>
    </message>
    <message>
        <source>Another undo was interrupted: resume it first (Sync ▸ Resume), then undo this run.</source>
        <translation>Se interrumpió otra anulación: continúela primero (Sincronización ▸ Continuar) y luego deshaga esta sincronización.</translation>
    </message>
    <message>
        <source>There is no interrupted undo to resume.</source>
        <translation>No hay ninguna anulación interrumpida que continuar.</translation>
    </message>
    <message>
        <source>This run cannot be undone.</source>
        <translation>Esta sincronización no se puede deshacer.</translation>
    </message>
    <message>
        <source>Nothing was left to undo: this run had been taken back already.</source>
        <translation>No quedaba nada por deshacer: esta sincronización ya se había deshecho.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted, made inactive or restored in QuickBooks</source>
        <translation>
            <numerusform>%n registro borrado, desactivado o restaurado en QuickBooks</numerusform>
            <numerusform>%n registros borrados, desactivados o restaurados en QuickBooks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted or restored here</source>
        <translation>
            <numerusform>%n registro borrado o restaurado aquí</numerusform>
            <numerusform>%n registros borrados o restaurados aquí</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) undone</source>
        <translation>
            <numerusform>%n vínculo deshecho</numerusform>
            <numerusform>%n vínculos deshechos</numerusform>
        </translation>
    </message>
    <message>
        <source>{parts}.</source>
        <translation>{parts}.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were left as they are: see Problems, where you choose Undo anyway or Keep it for each.</source>
        <translation>
            <numerusform>%n registro se dejó como estaba: vea Problemas, donde elige Deshacer de todos modos o Conservar como está.</numerusform>
            <numerusform>%n registros se dejaron como estaban: vea Problemas, donde elige para cada uno Deshacer de todos modos o Conservar como está.</numerusform>
        </translation>
    </message>
    <message>
        <source>The undo stopped before the end. Resume continues where it stopped; nothing is done twice. No sync starts until it is finished.</source>
        <translation>La anulación se detuvo antes del final. Continuar sigue donde se detuvo; nada se hace dos veces. No empieza ninguna sincronización hasta que termine.</translation>
    </message>
    <message>
        <source>The undo failed.</source>
        <translation>La anulación falló.</translation>
    </message>
    <message numerus="yes">
        <source>The run was undone, except %n record(s).</source>
        <translation>
            <numerusform>La sincronización se deshizo, salvo %n registro.</numerusform>
            <numerusform>La sincronización se deshizo, salvo %n registros.</numerusform>
        </translation>
    </message>
    <message>
        <source>The run was undone: both sides are as they were before it.</source>
        <translation>La sincronización se deshizo: ambos lados están como antes de ella.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
</context>
</TS>
