; Inno Setup script of the Windows installer of 基层工会助手 (unionapp).
;
; Build the bundle first (python packaging\build.py), then:  iscc packaging\installer.iss
; The installer is written to packaging\dist\unionapp-setup-<version>.exe.
; Needs Inno Setup 6.3 or newer (x64compatible). See packaging\README.md.
;
; - Per-user install without administrator rights by default ({localappdata}\Programs\unionapp);
;   the user may choose "install for all users" (needs administrator rights) on the first page.
; - Upgrades in place: a newer installer finds the old install through the same AppId, closes the
;   running program, replaces the program files and keeps the shortcuts. The database is migrated by
;   the program itself the next time it starts.
; - Uninstalling removes the program only. The user's data folder (%LOCALAPPDATA%\unionapp: the
;   database, backups, attachments, logs) is never touched, and the uninstaller says so.

#define AppName "基层工会助手"
#define AppExeName "unionapp.exe"
#define BundleDir AddBackslash(SourcePath) + "dist\unionapp"
#ifndef AppVersion
  ; The version resource PyInstaller wrote from unionapp.__version__ (see unionapp.spec).
  #define AppVersion GetStringFileInfo(BundleDir + "\" + AppExeName, "ProductVersion")
#endif
#if AppVersion == ""
  #error 找不到 packaging\dist\unionapp\unionapp.exe 或其版本信息：请先运行 python packaging\build.py
#endif

; Simplified Chinese for the installer's own pages. Inno Setup 7 ships it as an official language;
; Inno Setup 6 does not install it at all (it is an unofficial, user-contributed translation,
; Files\Languages\Unofficial\ChineseSimplified.isl in the Inno Setup sources, also offered at
; https://jrsoftware.org/files/istrans/). With Inno Setup 6, put ChineseSimplified.isl into the
; packaging folder (the CI workflow downloads it there).
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
  #define ChineseMessages "compiler:Languages\ChineseSimplified.isl"
#elif FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")
  #define ChineseMessages AddBackslash(SourcePath) + "ChineseSimplified.isl"
#else
  #error 缺少简体中文安装界面翻译 ChineseSimplified.isl：Inno Setup 6 不自带此文件，请把它放到 packaging 文件夹（见 packaging\README.md），或改用 Inno Setup 7。
#endif

[Setup]
; Never change the AppId: it is how a newer installer finds and upgrades an older install.
AppId={{5E0C6A8F-3B2D-4C1E-9A7F-2D8B6E4F1A93}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=unionapp
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} 安装程序
; Per user, no administrator rights: {autopf} is {localappdata}\Programs in this mode.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\unionapp
UsePreviousAppDir=yes
DisableProgramGroupPage=yes
DisableWelcomePage=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
WizardStyle=modern
SetupIconFile=..\resources\icons\unionapp.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
; Close a running unionapp before its files are replaced (upgrade, uninstall).
CloseApplications=yes
RestartApplications=no
OutputDir=dist
OutputBaseFilename=unionapp-setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
ShowLanguageDialog=no

[Languages]
Name: "chinesesimplified"; MessagesFile: "{#ChineseMessages}"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Messages]
chinesesimplified.ConfirmUninstall=您确定要卸载 %1 吗？%n%n只删除程序本身。您的数据（会员名册、申请记录、备份、附件）不会被删除，仍保存在您的用户文件夹 AppData\Local\unionapp 中，重新安装后可以继续使用。
english.ConfirmUninstall=Are you sure you want to remove %1?%n%nOnly the program is removed. Your data (member roster, applications, backups, attachments) stays in your user folder AppData\Local\unionapp and is used again if you reinstall.

[CustomMessages]
chinesesimplified.DataKept=基层工会助手已卸载。%n%n您的数据没有删除，仍在：%n%1%n%n如果确实不再需要这些数据，可以自己删除这个文件夹（建议先把其中的 backups 文件夹复制保存）。
english.DataKept=基层工会助手 (unionapp) has been removed.%n%nYour data was not deleted; it is still in:%n%1%n%nIf you really no longer need it, you may delete that folder yourself (keep a copy of its backups folder first).

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; Upgrade: remove the previous version's program files first, so no stale module, DLL or
; migration script of the old version is left beside the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Files the program may create inside its own folder (compiled migration scripts). Never the data.
Type: filesandordirs; Name: "{app}\_internal"

[Code]
function DataFolder(): String;
begin
  { Where platformdirs puts the data on Windows: user_data_dir("unionapp", appauthor=False). }
  Result := ExpandConstant('{localappdata}\unionapp');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent() then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [DataFolder()]), mbInformation, MB_OK);
end;
