<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../account_dialogs.py" line="105" />
        <source>Tentang e-Kinerja Desktop</source>
        <translation>About e-Kinerja Desktop</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../app.py" line="141" />
        <source>Ruang kerja demo siap. Akun demo: admin, kaban, kabid, pegawai - kata sandi demo12345.</source>
        <translation>The demo workspace is ready. Demo accounts: admin, kaban, kabid, pegawai - password demo12345.</translation>
    </message>
    <message>
        <location filename="../app.py" line="162" />
        <source>Menyiapkan ruang kerja...</source>
        <translation>Preparing the workspace...</translation>
    </message>
    <message>
        <location filename="../app.py" line="170" />
        <location filename="../app.py" line="191" />
        <source>Membuka basis data...</source>
        <translation>Opening the database...</translation>
    </message>
    <message>
        <location filename="../app.py" line="186" />
        <source>Basis data diperbarui ke versi baru; cadangan disimpan di {p}.</source>
        <translation>The database was upgraded to the new version; a backup was saved at {p}.</translation>
    </message>
    <message>
        <location filename="../app.py" line="215" />
        <source>Memeriksa...</source>
        <translation>Checking...</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../pages/audit_page.py" line="22" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../pages/audit_page.py" line="23" />
        <source>Waktu (WITA)</source>
        <translation>Time (WITA)</translation>
    </message>
    <message>
        <location filename="../pages/audit_page.py" line="24" />
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../pages/audit_page.py" line="25" />
        <source>Aksi</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../pages/audit_page.py" line="26" />
        <source>Data</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../pages/audit_page.py" line="27" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../pages/audit_page.py" line="28" />
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../pages/audit_page.py" line="36" />
        <source>Verifikasi rantai hash</source>
        <translation>Verify hash chain</translation>
    </message>
    <message>
        <location filename="../pages/audit_page.py" line="62" />
        <source>Rantai utuh: {n} peristiwa diperiksa.</source>
        <translation>Chain intact: {n} events checked.</translation>
    </message>
    <message>
        <location filename="../pages/audit_page.py" line="67" />
        <source>RUSAK pada peristiwa #{seq} ({reason}).</source>
        <translation>BROKEN at event #{seq} ({reason}).</translation>
    </message>
    <message>
        <location filename="../pages/audit_page.py" line="77" />
        <source>Memverifikasi jejak audit...</source>
        <translation>Verifying the audit trail...</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../account_dialogs.py" line="76" />
        <source>Ganti kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../account_dialogs.py" line="85" />
        <source>Kata sandi lama</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../account_dialogs.py" line="86" />
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../account_dialogs.py" line="87" />
        <source>Ulangi kata sandi baru</source>
        <translation>Repeat new password</translation>
    </message>
    <message>
        <location filename="../account_dialogs.py" line="98" />
        <source>Kata sandi baru dan ulangannya tidak sama.</source>
        <translation>The new password and its repetition differ.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../wizard.py" line="118" />
        <source>e-Kinerja Desktop - Persiapan</source>
        <translation>e-Kinerja Desktop - Setup</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="126" />
        <source>Selesai</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="127" />
        <source>Lanjut &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="128" />
        <source>&lt; Kembali</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="129" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../pages/home.py" line="18" />
        <source>&lt;h2&gt;Selamat datang, {name}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Welcome, {name}&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../pages/home.py" line="24" />
        <source>&lt;p&gt;Peran Anda: &lt;b&gt;{roles}&lt;/b&gt;&lt;br&gt;Instansi: {agency}&lt;br&gt;Komputer ini: {node_role}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Your roles: &lt;b&gt;{roles}&lt;/b&gt;&lt;br&gt;Agency: {agency}&lt;br&gt;This computer: {node_role}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../pages/home.py" line="29" />
        <source>Yang perlu Anda kerjakan</source>
        <translation>Your to-do list</translation>
    </message>
    <message>
        <location filename="../pages/home.py" line="32" />
        <source>Tidak ada pekerjaan yang menunggu. Pilih modul di menu kiri.</source>
        <translation>Nothing is waiting for you. Choose a module on the left.</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../account_dialogs.py" line="31" />
        <source>Layar terkunci</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location filename="../account_dialogs.py" line="34" />
        <source>Sesi {u} dikunci karena tidak ada aktivitas. Masukkan kata sandi.</source>
        <translation>The session of {u} was locked after inactivity. Enter the password.</translation>
    </message>
    <message>
        <location filename="../account_dialogs.py" line="46" />
        <source>Buka kunci</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../account_dialogs.py" line="49" />
        <source>Ganti pengguna</source>
        <translation>Switch user</translation>
    </message>
</context>
<context>
    <name>LoginWidget</name>
    <message>
        <location filename="../login.py" line="26" />
        <source>e-Kinerja Desktop</source>
        <translation>e-Kinerja Desktop</translation>
    </message>
    <message>
        <location filename="../login.py" line="32" />
        <source>Pengelolaan Kinerja ASN</source>
        <translation>Civil servant performance management</translation>
    </message>
    <message>
        <location filename="../login.py" line="38" />
        <source>nama pengguna</source>
        <translation>user name</translation>
    </message>
    <message>
        <location filename="../login.py" line="42" />
        <source>kata sandi</source>
        <translation>password</translation>
    </message>
    <message>
        <location filename="../login.py" line="43" />
        <source>Masuk</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../login.py" line="52" />
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../login.py" line="53" />
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../login.py" line="78" />
        <source>Isi nama pengguna.</source>
        <translation>Enter your user name.</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <location filename="../app.py" line="60" />
        <source>e-Kinerja Desktop - Masuk</source>
        <translation>e-Kinerja Desktop - Log in</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="35" />
        <source>e-Kinerja Desktop - {agency}</source>
        <translation>e-Kinerja Desktop - {agency}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="58" />
        <source>DEMO - ruang kerja contoh; data di sini bukan data sebenarnya.</source>
        <translation>DEMO - sample workspace; the data here is not real.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="82" />
        <source>&amp;Akun</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="83" />
        <source>&amp;Kunci layar</source>
        <translation>&amp;Lock screen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="85" />
        <source>Ganti &amp;kata sandi...</source>
        <translation>Change &amp;password...</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="87" />
        <source>&amp;Keluar akun</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="88" />
        <source>Tutup a&amp;plikasi</source>
        <translation>&amp;Quit application</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="95" />
        <source>&amp;Bantuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="96" />
        <source>&amp;Tentang...</source>
        <translation>&amp;About...</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="109" />
        <source>Masuk sebagai: {name} ({roles})</source>
        <translation>Logged in as: {name} ({roles})</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="114" />
        <source>Node: {role} · {id}</source>
        <translation>Node: {role} · {id}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="124" />
        <source>Memproses...</source>
        <translation>Working...</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../pages/home.py" line="48" />
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../pages/audit_page.py" line="85" />
        <source>Jejak Audit</source>
        <translation>Audit Trail</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="94" />
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../pages/settings_page.py" line="32" />
        <source>Terapkan bahasa</source>
        <translation>Apply language</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="37" />
        <source> menit</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="38" />
        <source>tidak pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="39" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="44" />
        <source>Tampilan</source>
        <translation>Display</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="46" />
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="48" />
        <source>Ruang kerja (admin)</source>
        <translation>Workspace (admin)</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="50" />
        <source>Kunci otomatis setelah diam</source>
        <translation>Auto-lock after inactivity</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="80" />
        <source>Pengaturan disimpan.</source>
        <translation>Settings saved.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../tasks.py" line="122" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>_AdminPage</name>
    <message>
        <location filename="../wizard.py" line="77" />
        <source>Akun administrator pertama</source>
        <translation>First administrator account</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="78" />
        <source>Akun ini mengelola pegawai, akun lain dan sinkronisasi.</source>
        <translation>This account manages employees, other accounts and synchronisation.</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="91" />
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="92" />
        <source>Kata sandi (min. 8)</source>
        <translation>Password (min. 8)</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="93" />
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="101" />
        <source>Kata sandi minimal 8 karakter.</source>
        <translation>The password needs at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="103" />
        <source>Kedua kata sandi belum sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="105" />
        <source>Nama pengguna minimal 3 karakter.</source>
        <translation>The user name needs at least 3 characters.</translation>
    </message>
</context>
<context>
    <name>_AgencyPage</name>
    <message>
        <location filename="../wizard.py" line="60" />
        <source>Instansi dan peran komputer ini</source>
        <translation>Agency and role of this computer</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="65" />
        <source>PC kantor (dipakai bersama staf)</source>
        <translation>Office PC (shared by staff)</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="66" />
        <source>Laptop atasan (penilai)</source>
        <translation>Supervisor laptop (appraiser)</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="67" />
        <source>Kantor pusat (BKPSDM)</source>
        <translation>Central office (BKPSDM)</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="69" />
        <source>Nama instansi</source>
        <translation>Agency name</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="70" />
        <source>Peran komputer</source>
        <translation>Computer role</translation>
    </message>
</context>
<context>
    <name>_IntroPage</name>
    <message>
        <location filename="../wizard.py" line="34" />
        <source>Selamat datang di e-Kinerja Desktop</source>
        <translation>Welcome to e-Kinerja Desktop</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="36" />
        <source>Belum ada ruang kerja di komputer ini. Pilih cara memulai.</source>
        <translation>There is no workspace on this computer yet. Choose how to start.</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="38" />
        <source>Buat ruang kerja baru untuk instansi saya</source>
        <translation>Create a new workspace for my agency</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="41" />
        <source>Buka ruang kerja demo (data contoh Kota Palu, untuk mencoba)</source>
        <translation>Open the demo workspace (sample Kota Palu data, to try things out)</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../dialogs.py" line="21" />
        <source>Terjadi kesalahan tak terduga: {kind}.</source>
        <translation>An unexpected error occurred: {kind}.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="24" />
        <source>Data yang sudah tersimpan aman. Coba lagi; jika berulang, kirim berkas log ke admin.</source>
        <translation>Data already saved is safe. Try again; if it keeps happening, send the log file to your administrator.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="35" />
        <source>Tidak berhasil</source>
        <translation>Not successful</translation>
    </message>
</context>
</TS>