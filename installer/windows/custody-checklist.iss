; Inno Setup 6 script: per-machine installer for Custody Child Checklist on Windows 10/11 x64.
;
; Built ON A WINDOWS MACHINE (it has not been built on the Linux development machine):
;   1. make installer equivalent on Windows, in the repository:
;        py -3.11 -m venv .venv && .venv\Scripts\pip install -e ".[installer]"
;        .venv\Scripts\pyinstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller installer\custody-checklist.spec
;      (gives dist\custody-checklist\custody-checklist.exe, the windowed app, and
;       custody-checklist-cli.exe, the console command for administrators)
;   2. "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installer\windows\custody-checklist.iss
;      gives dist\custody-checklist-0.1.0-setup.exe. Sign both the .exe files and the setup
;      with the force's code-signing certificate (signtool) before distribution.
;
; Silent install for software deployment (SCCM/Intune):  custody-checklist-0.1.0-setup.exe /VERYSILENT /NORESTART
; Silent uninstall:  "C:\Program Files\Custody Child Checklist\unins000.exe" /VERYSILENT
;
; What it never deletes, on upgrade or uninstall: the database, backups and per-user
; config (%LOCALAPPDATA%\custody-checklist\) and the machine-wide config
; (%ProgramData%\custody-checklist\config.toml). Nothing in [UninstallDelete] points there.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Custody Child Checklist"
#define AppExe "custody-checklist.exe"
#define CliExe "custody-checklist-cli.exe"
#define BuildDir "..\..\dist\custody-checklist"

[Setup]
; Keep this AppId for every version: it is how an upgrade finds the installed copy.
AppId={{5C3F7E2A-9B41-4D8E-A6C2-3F1B8D0E7A94}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Custody Child Checklist maintainers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
; Per machine: installs to Program Files for every user, needs an administrator.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=custody-checklist-{#AppVersion}-setup
SetupIconFile=custody-checklist.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; An upgrade closes a running copy first (the app saves as it goes).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the program files wholesale, so no module of an older version
; lingers next to the new one. Only the program folder: never user or ProgramData files.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; An annotated example for the administrator; the live file is config.toml beside it,
; which the installer never writes, so an upgrade keeps the force's settings.
Source: "..\config.example.toml"; DestDir: "{commonappdata}\custody-checklist"; Flags: ignoreversion uninsneveruninstall

[Dirs]
; The machine-wide config folder: readable by users, writable by administrators (the
; ProgramData default). Kept on uninstall.
Name: "{commonappdata}\custody-checklist"; Flags: uninsneveruninstall

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "Checklist, PACE rules and audit for children in police custody"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent unchecked

[UninstallDelete]
; Python byte-code an administrator's run may have written inside the program folder.
; Deliberately NOT listed: {localappdata}\custody-checklist (database, backups, user
; config) and {commonappdata}\custody-checklist (machine-wide config).
Type: filesandordirs; Name: "{app}\_internal\custody_checklist\storage\migrations"
Type: dirifempty; Name: "{app}\_internal"
Type: dirifempty; Name: "{app}"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox('Custody Child Checklist was removed. The database, its backups and the ' +
           'configuration were kept:' + #13#10 +
           ExpandConstant('{localappdata}') + '\custody-checklist' + #13#10 +
           ExpandConstant('{commonappdata}') + '\custody-checklist',
           mbInformation, MB_OK);
end;
