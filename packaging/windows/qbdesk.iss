; Inno Setup 6 script: the Windows installer for the PyInstaller folder dist\qbdesk.
;
;   python scripts\build_app.py --package          (builds the bundle, then runs ISCC with the defines below)
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 /DDistDir=C:\src\qbdesk\dist\qbdesk ^
;       /DIconFile=C:\src\qbdesk\build\pyinstaller\qbdesk\icons\qbdesk.ico /OC:\src\qbdesk\dist packaging\windows\qbdesk.iss
;
; Installs for the current user (no administrator rights, no UAC prompt: the usual case on a small
; business's PC) under %LOCALAPPDATA%\Programs\qbdesk; "Install for all users" is offered when run as
; administrator. Start-menu entry, optional desktop icon, optional qbdesk-cli on PATH. Uninstalling
; removes the program only: company files, settings, logs and keychain entries stay with the user.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef DistDir
  #define DistDir "..\..\dist\qbdesk"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\pyinstaller\qbdesk\icons\qbdesk.ico"
#endif
#define AppName "qbdesk"
#define AppExe "qbdesk.exe"
#define CliExe "qbdesk-cli.exe"

[Setup]
; AppId identifies the app across versions (upgrades replace it in place): never change it.
AppId={{0255E49C-3DA8-487B-88D0-6896BE18CAF2}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=qbdesk developers
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputBaseFilename={#AppName}-{#AppVersion}-windows-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesEnvironment=yes
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[CustomMessages]
english.AddToPath=Add the qbdesk-cli command to PATH (for scripts and scheduled syncs)
french.AddToPath=Ajouter la commande qbdesk-cli au PATH (scripts et synchronisations planifiées)
spanish.AddToPath=Agregar el comando qbdesk-cli al PATH (scripts y sincronizaciones programadas)

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "{cm:AddToPath}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: no library of the previous version may linger beside the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
Root: HKA; Subkey: "{code:EnvironmentKey}"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; \
    Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
// The per-user or machine-wide environment key, matching the install mode (HKA above).
function EnvironmentKey(Param: String): String;
begin
  if IsAdminInstallMode then
    Result := 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment'
  else
    Result := 'Environment';
end;

function RootKey(): Integer;
begin
  if IsAdminInstallMode then
    Result := HKEY_LOCAL_MACHINE
  else
    Result := HKEY_CURRENT_USER;
end;

function NeedsAddPath(Dir: String): Boolean;
var
  Path: String;
begin
  if not RegQueryStringValue(RootKey(), EnvironmentKey(''), 'Path', Path) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Path) + ';') = 0;
end;

// Take our folder out of PATH again when uninstalling: Inno Setup does not undo the olddata edit above.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Path, Dir: String;
  Start: Integer;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  if not RegQueryStringValue(RootKey(), EnvironmentKey(''), 'Path', Path) then
    exit;
  Dir := ExpandConstant('{app}');
  Start := Pos(';' + Uppercase(Dir), Uppercase(Path));
  if Start > 0 then
  begin
    Delete(Path, Start, Length(Dir) + 1);
    RegWriteExpandStringValue(RootKey(), EnvironmentKey(''), 'Path', Path);
  end;
end;
