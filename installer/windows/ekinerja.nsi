; e-Kinerja Desktop - Windows installer (NSIS 3, runs on Windows and on Linux: Debian `nsis`).
; Installs the PyInstaller one-folder build per user (no admin rights) or per machine,
; with Start-menu and desktop shortcuts, the .ekb file association and an uninstaller
; that keeps the user's data unless asked. Installing over an older version removes the
; old program files first.
;
;   makensis -DVERSION=0.1.0 [-DVERSION4=0.1.0.0] [-DDIST=..\..\dist\ekinerja]
;            [-DOUTFILE=...] [-DCOMPRESSOR=zlib] installer\windows\ekinerja.nsi
; Silent: setup.exe /S [/CurrentUser | /AllUsers] [/D=C:\path]
;         uninstall.exe /S [/PURGE]   (/PURGE also deletes this user's data)

Unicode true
ManifestDPIAware true

!ifndef VERSION
  !error "Pass the version: makensis -DVERSION=x.y.z (installer/build.py does this)"
!endif
!ifndef VERSION4
  !define VERSION4 "${VERSION}.0"
!endif
!ifndef DIST
  !define DIST "..\..\dist\ekinerja"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\ekinerja-desktop-${VERSION}-setup.exe"
!endif
!ifndef COMPRESSOR
  !define COMPRESSOR "lzma"
!endif

!define APPNAME "e-Kinerja Desktop"
!define APPID "ekinerja-desktop"
!define PUBLISHER "Pemerintah Kota Palu"
!define EXE "ekinerja.exe"
!define CLI_EXE "ekinerja-cli.exe"
!define UNINSTALLER "uninstall.exe"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPID}"
!define APP_KEY "Software\${APPID}"
!define PROGID "EKinerja.Bundle"
; Where the program keeps its data: platformdirs.user_data_dir("ekinerja-desktop",
; "PemkotPalu") = %LOCALAPPDATA%\PemkotPalu\ekinerja-desktop (services/paths.py).
!define DATA_SUBDIR "PemkotPalu\ekinerja-desktop"

SetCompressor /SOLID ${COMPRESSOR}
Name "${APPNAME} ${VERSION}"
OutFile "${OUTFILE}"
BrandingText "${APPNAME} ${VERSION}"

; --- per user or per machine (MultiUser.nsh: /CurrentUser or /AllUsers on the command line)
!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_INSTDIR "${APPNAME}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${APP_KEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallLocation"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${APP_KEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallMode"
!include MultiUser.nsh
!include MUI2.nsh
!include FileFunc.nsh
!include LogicLib.nsh
!include x64.nsh
!include WinVer.nsh

!define MUI_ICON "..\..\src\ekinerja_desktop\resources\icon.ico"
!define MUI_UNICON "..\..\src\ekinerja_desktop\resources\icon.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Indonesian"
!insertmacro MUI_LANGUAGE "English"

LangString DESKTOP_SHORTCUT ${LANG_INDONESIAN} "Pintasan di desktop"
LangString DESKTOP_SHORTCUT ${LANG_ENGLISH} "Desktop shortcut"
LangString BUNDLE_TYPE ${LANG_INDONESIAN} "Paket e-Kinerja"
LangString BUNDLE_TYPE ${LANG_ENGLISH} "e-Kinerja bundle"
LangString ASK_PURGE ${LANG_INDONESIAN} "Hapus juga data e-Kinerja Anda (ruang kerja, cadangan, log) di $0?$\r$\n$\r$\nPilih Tidak untuk menyimpannya (disarankan, mis. untuk memasang ulang)."
LangString ASK_PURGE ${LANG_ENGLISH} "Also delete your e-Kinerja data (workspace, backups, logs) in $0?$\r$\n$\r$\nChoose No to keep it (recommended, e.g. to reinstall)."
LangString STILL_RUNNING ${LANG_INDONESIAN} "e-Kinerja Desktop masih berjalan. Tutup aplikasinya, lalu pilih Coba lagi."
LangString STILL_RUNNING ${LANG_ENGLISH} "e-Kinerja Desktop is still running. Close it, then choose Retry."
LangString NEED_64BIT ${LANG_INDONESIAN} "e-Kinerja Desktop memerlukan Windows 64-bit."
LangString NEED_64BIT ${LANG_ENGLISH} "e-Kinerja Desktop needs 64-bit Windows."
; Qt 6.10+ needs Windows 10 1703 (build 15063) system libraries; older Windows would
; install fine and then fail at start with "DLL load failed".
LangString NEED_WIN10 ${LANG_INDONESIAN} "e-Kinerja Desktop memerlukan Windows 10 versi 1703 atau yang lebih baru (64-bit), atau Windows 11.$\r$\n$\r$\nWindows di komputer ini terlalu lama, sehingga aplikasi tidak dapat berjalan. Perbarui Windows komputer ini atau pasang di komputer lain, lalu jalankan pemasang ini lagi."
LangString NEED_WIN10 ${LANG_ENGLISH} "e-Kinerja Desktop needs Windows 10 version 1703 or later (64-bit), or Windows 11.$\r$\n$\r$\nThe Windows on this computer is too old to run it. Update Windows or use another computer, then run this installer again."

VIProductVersion "${VERSION4}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${APPNAME} Setup"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "(c) ${PUBLISHER}. MIT License."

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP $(NEED_64BIT) /SD IDOK
    SetErrorLevel 3
    Abort
  ${EndIf}
  ; Windows 10 1703 = build 15063 (Windows 11 reports 10.0 with a higher build).
  ${IfNot} ${AtLeastBuild} 15063
    MessageBox MB_ICONSTOP $(NEED_WIN10) /SD IDOK
    SetErrorLevel 3
    Abort
  ${EndIf}
  SetRegView 64
  !insertmacro MULTIUSER_INIT
FunctionEnd

Function un.onInit
  SetRegView 64
  !insertmacro MULTIUSER_UNINIT
FunctionEnd

; Fails (and offers Retry) while the program is running: its files are locked.
!macro RemoveProgramFiles UN
Function ${UN}RemoveProgramFiles
  retry:
  ClearErrors
  ${If} ${FileExists} "$INSTDIR\${EXE}"
    Delete "$INSTDIR\${EXE}"
    ${If} ${Errors}
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION $(STILL_RUNNING) /SD IDCANCEL IDRETRY retry
      Abort
    ${EndIf}
  ${EndIf}
  Delete "$INSTDIR\${CLI_EXE}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${UNINSTALLER}"
FunctionEnd
!macroend
!insertmacro RemoveProgramFiles ""
!insertmacro RemoveProgramFiles "un."

Section "!${APPNAME}" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; Upgrade in place: the old program files go first, so no stale module survives.
  Call RemoveProgramFiles
  File /r "${DIST}\*.*"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"

  ; Shortcuts (SHCTX/$SMPROGRAMS/$DESKTOP follow the install mode).
  CreateShortCut "$SMPROGRAMS\${APPNAME}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0

  ; .ekb bundles open in the program's import preview (the path is passed as argument).
  WriteRegStr SHCTX "Software\Classes\.ekb" "" "${PROGID}"
  WriteRegStr SHCTX "Software\Classes\.ekb" "Content Type" "application/x-ekinerja-bundle"
  WriteRegStr SHCTX "Software\Classes\${PROGID}" "" "$(BUNDLE_TYPE)"
  WriteRegStr SHCTX "Software\Classes\${PROGID}\DefaultIcon" "" '"$INSTDIR\${EXE}",0'
  WriteRegStr SHCTX "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  ; Apps & features entry, and where/how we are installed (read back on upgrade).
  WriteRegStr SHCTX "${APP_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${APP_KEY}" "InstallMode" "$MultiUser.InstallMode"
  WriteRegStr SHCTX "${APP_KEY}" "Version" "${VERSION}"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayName" "${APPNAME}"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayIcon" '"$INSTDIR\${EXE}",0'
  WriteRegStr SHCTX "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINST_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /$MultiUser.InstallMode /S'
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD SHCTX "${UNINST_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "$(DESKTOP_SHORTCUT)" SecDesktop
  CreateShortCut "$DESKTOP\${APPNAME}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
SectionEnd

Section "Uninstall"
  Call un.RemoveProgramFiles
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APPNAME}.lnk"
  Delete "$DESKTOP\${APPNAME}.lnk"

  ; Remove the association only if it is still ours.
  ReadRegStr $0 SHCTX "Software\Classes\.ekb" ""
  ${If} $0 == "${PROGID}"
    DeleteRegKey SHCTX "Software\Classes\.ekb"
  ${EndIf}
  DeleteRegKey SHCTX "Software\Classes\${PROGID}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  DeleteRegKey SHCTX "${UNINST_KEY}"
  DeleteRegKey SHCTX "${APP_KEY}"

  ; The user's data stays unless asked: /PURGE when silent, a question (default No) otherwise.
  ; The data is per user, so only the data of the user running the uninstaller is touched.
  SetShellVarContext current
  StrCpy $0 "$LOCALAPPDATA\${DATA_SUBDIR}"
  ${If} ${FileExists} "$0\*.*"
    ${GetParameters} $1
    ClearErrors
    ${GetOptions} $1 "/PURGE" $2
    ${IfNot} ${Errors}
      RMDir /r "$0"
    ${ElseIfNot} ${Silent}
      MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 $(ASK_PURGE) IDNO keep
      RMDir /r "$0"
      keep:
    ${EndIf}
    RMDir "$LOCALAPPDATA\PemkotPalu"
  ${EndIf}
SectionEnd
