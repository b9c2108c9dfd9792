; Inno Setup 6 script of the Windows installer: Start-menu shortcut, uninstaller, install for the current
; user (no administrator rights) or for all users into Program Files, chosen on the first page.
; Built by installer/build.py after PyInstaller, or by hand:
;   iscc /DAppVersion=0.1.0 /DBundleDir=dist\FieldCRM /DOutputDir=dist installer\windows\fieldcrm.iss
; The user's data (%LOCALAPPDATA%\FieldCRM: database, backups, import reports; settings under
; HKCU\Software\FieldCRM) is never in {app}, so upgrades and the uninstaller leave it alone.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\FieldCRM"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
; The AppId ties upgrades and the uninstaller to one product: never change it.
AppId={{6B1E3F2A-8C4D-4E7B-9A51-2F0C7D9E4A13}
AppName=Field CRM
AppVersion={#AppVersion}
AppVerName=Field CRM {#AppVersion}
AppPublisher=Field CRM
DefaultDirName={autopf}\Field CRM
DefaultGroupName=Field CRM
DisableProgramGroupPage=yes
; Per user by default (no UAC prompt for a rep), or for all users into Program Files.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=FieldCRM-{#AppVersion}-setup
SetupIconFile=..\icons\fieldcrm.ico
UninstallDisplayIcon={app}\FieldCRM.exe
UninstallDisplayName=Field CRM
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; A running copy is closed (Restart Manager) before its files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the previous bundle's internals whole: a library the new version dropped must not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Field CRM"; Filename: "{app}\FieldCRM.exe"; Comment: "Customers, visits, deals and service, offline"
Name: "{autodesktop}\Field CRM"; Filename: "{app}\FieldCRM.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\FieldCRM.exe"; Description: "{cm:LaunchProgram,Field CRM}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes only what it installed.
