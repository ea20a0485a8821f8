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
    <name>BackgroundOp</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
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
        <translation>Omitida porque la fila {other_row} de la misma factura tiene un error</translation>
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
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import CSV</source>
        <translation>Importar CSV</translation>
    </message>
    <message>
        <source>Bring customers, vendors, products and services, invoices or payments in from a spreadsheet saved as CSV. The whole file is checked first; nothing is written unless you say so.</source>
        <translation>Importe clientes, proveedores, productos y servicios, facturas o pagos desde una hoja de cálculo guardada como CSV. Primero se revisa todo el archivo; no se guarda nada sin su permiso.</translation>
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
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha salido mal</translation>
    </message>
    <message>
        <source>qbdesk ran into an unexpected problem.</source>
        <translation>qbdesk ha encontrado un problema inesperado.</translation>
    </message>
    <message>
        <source>What you were doing may not have finished. The details are in the log; you can keep working, or copy the details for support.</source>
        <translation>Es posible que lo que estaba haciendo no haya terminado. Los detalles están en el registro; puede seguir trabajando o copiar los detalles para el soporte técnico.</translation>
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
            <numerusform>Desde entonces se ha producido %n error más; está en el registro.</numerusform>
            <numerusform>Desde entonces se han producido %n errores más; están en el registro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>Ocultar &amp;detalles</translation>
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
    <name>HomePage</name>
    <message>
        <source>Welcome to qbdesk</source>
        <translation>Le damos la bienvenida a qbdesk</translation>
    </message>
    <message>
        <source>Keep your records in two-way sync with QuickBooks Online. Open your company file, create a new one, or try everything safely on the practice company.</source>
        <translation>Mantenga sus registros sincronizados en ambos sentidos con QuickBooks Online. Abra su archivo de empresa, cree uno nuevo o pruébelo todo sin riesgos en la empresa de prueba.</translation>
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
        <source>Lists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transacciones</translation>
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
        <translation>Registro de sincronización</translation>
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
        <translation>Los problemas aparecen aquí después de su primera sincronización con QuickBooks Online: lo que dijo QuickBooks, qué significa y cómo solucionarlo, con Resincronizar, Omitir y Editar junto a cada uno.</translation>
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
        <translation>El registro de sincronización aparece después de su primera sincronización: cada registro enviado a QuickBooks Online o recibido de él, pendiente, correcto o fallido.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Procesando</translation>
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
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>&amp;Copiar diagnóstico</translation>
    </message>
    <message>
        <source>Show &amp;log folder</source>
        <translation>Mostrar la carpeta de &amp;registros</translation>
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
</context>
<context>
    <name>RecordEditor</name>
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
        <translation>Este proveedor ya tiene una factura con el número de documento {number}.</translation>
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
        <source>Sub-customer of</source>
        <translation>Subcliente de</translation>
    </message>
    <message>
        <source>Account no.</source>
        <translation>N.º de cuenta</translation>
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
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
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
        <source>Lists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transacciones</translation>
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
</TS>
