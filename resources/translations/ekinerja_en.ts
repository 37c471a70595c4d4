<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/account_dialogs.py" line="105" />
        <source>Tentang e-Kinerja Desktop</source>
        <translation>About e-Kinerja Desktop</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/accounts_page.py" line="206" />
        <source>Terkunci</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/accounts_page.py" line="207" />
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/accounts_page.py" line="208" />
        <source>Nonaktif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/accounts_page.py" line="218" />
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/accounts_page.py" line="219" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/accounts_page.py" line="220" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/accounts_page.py" line="221" />
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/accounts_page.py" line="222" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/accounts_page.py" line="223" />
        <source>Terakhir masuk</source>
        <translation>Last login</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/accounts_page.py" line="233" />
        <source>Cari nama pengguna, nama atau NIP...</source>
        <translation>Search user name, name or NIP...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/accounts_page.py" line="235" />
        <source>Buat akun...</source>
        <translation>Create account...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/accounts_page.py" line="238" />
        <source>Atur ulang kata sandi...</source>
        <translation>Reset password...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/accounts_page.py" line="240" />
        <location filename="../../src/ekinerja_desktop/gui/pages/accounts_page.py" line="308" />
        <source>Kunci</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/accounts_page.py" line="242" />
        <source>Ubah peran...</source>
        <translation>Edit roles...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/accounts_page.py" line="308" />
        <source>Buka kunci</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/accounts_page.py" line="330" />
        <source>Akun {u} dibuat.</source>
        <translation>Account {u} created.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/accounts_page.py" line="343" />
        <source>Kata sandi {u} diatur ulang; pengguna wajib menggantinya saat masuk.</source>
        <translation>Password of {u} reset; the user must change it at the next login.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/accounts_page.py" line="356" />
        <source>Peran {u} diperbarui.</source>
        <translation>Roles of {u} updated.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/accounts_page.py" line="366" />
        <source>Akun {u} dikunci.</source>
        <translation>Account {u} locked.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/accounts_page.py" line="366" />
        <source>Akun {u} dibuka.</source>
        <translation>Account {u} unlocked.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/app.py" line="233" />
        <source>Ruang kerja demo siap. Akun demo: admin, kaban, kabid, pegawai - kata sandi demo12345.</source>
        <translation>The demo workspace is ready. Demo accounts: admin, kaban, kabid, pegawai - password demo12345.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/app.py" line="261" />
        <source>Menyiapkan ruang kerja...</source>
        <translation>Preparing the workspace...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/app.py" line="269" />
        <location filename="../../src/ekinerja_desktop/gui/app.py" line="290" />
        <source>Membuka basis data...</source>
        <translation>Opening the database...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/app.py" line="285" />
        <source>Basis data diperbarui ke versi baru; cadangan disimpan di {p}.</source>
        <translation>The database was upgraded to the new version; a backup was saved at {p}.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/app.py" line="317" />
        <source>Memeriksa...</source>
        <translation>Checking...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/app.py" line="335" />
        <source>Membuka data terenkripsi...</source>
        <translation>Opening encrypted data...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/app.py" line="420" />
        <source>Cadangan otomatis tersimpan: {f}</source>
        <translation>Automatic backup saved: {f}</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/app.py" line="443" />
        <source>Bundel {f} hanya dapat diimpor oleh admin (Sinkronisasi).</source>
        <translation>Bundle {f} can only be imported by an administrator (Synchronisation).</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/app.py" line="468" />
        <source>Bundel {f} dibuka setelah Anda masuk.</source>
        <translation>Bundle {f} will open after you log in.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/app.py" line="510" />
        <source>Data dipulihkan dari cadangan; silakan masuk lagi.</source>
        <translation>Data was restored from a backup; please log in again.</translation>
    </message>
</context>
<context>
    <name>ArrivalsPage</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/arrivals_page.py" line="110" />
        <source>Impor folder...</source>
        <translation>Import folder...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/arrivals_page.py" line="112" />
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/arrivals_page.py" line="114" />
        <source> hari</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/arrivals_page.py" line="117" />
        <source>Simpan batas</source>
        <translation>Save limit</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/arrivals_page.py" line="123" />
        <source>Node senyap bila tanpa kiriman lebih dari</source>
        <translation>A node is silent after no bundle for more than</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/arrivals_page.py" line="129" />
        <source>Pantau folder ini dan impor bundel baru otomatis</source>
        <translation>Watch this folder and import new bundles automatically</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/arrivals_page.py" line="131" />
        <location filename="../../src/ekinerja_desktop/gui/pages/arrivals_page.py" line="296" />
        <source>(belum dipilih)</source>
        <translation>(not chosen yet)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/arrivals_page.py" line="135" />
        <source>Pilih folder...</source>
        <translation>Choose folder...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/arrivals_page.py" line="138" />
        <source>Folder pantauan</source>
        <translation>Watched folder</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/arrivals_page.py" line="145" />
        <source>Komputer ini bukan node kantor pusat: hanya bundel yang dialamatkan ke node ini yang dapat diimpor.</source>
        <translation>This computer is not the central office node: only bundles addressed to this node can be imported.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/arrivals_page.py" line="155" />
        <source>Hanya yang ditolak atau sebagian ditolak</source>
        <translation>Only refused or partly refused</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/arrivals_page.py" line="161" />
        <source>Pilih satu baris untuk melihat laporan impornya.</source>
        <translation>Select a row to see its import report.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/arrivals_page.py" line="165" />
        <source>Kedatangan per OPD</source>
        <translation>Arrivals per OPD</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/arrivals_page.py" line="166" />
        <source>Node senyap</source>
        <translation>Silent nodes</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/arrivals_page.py" line="167" />
        <source>Riwayat impor</source>
        <translation>Import log</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/arrivals_page.py" line="212" />
        <source>Memuat kedatangan data...</source>
        <translation>Loading data arrivals...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/arrivals_page.py" line="226" />
        <source>Node senyap: {n}</source>
        <translation>Silent nodes: {n}</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/arrivals_page.py" line="252" />
        <source>Batas node senyap: {d} hari.</source>
        <translation>Silent node limit: {d} days.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/arrivals_page.py" line="257" />
        <source>Folder berisi bundel (.ekb) dari kantor-kantor</source>
        <translation>Folder with bundles (.ekb) from the offices</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/arrivals_page.py" line="274" />
        <source>Mengimpor bundel...</source>
        <translation>Importing bundles...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/arrivals_page.py" line="280" />
        <source>Tidak ada bundel baru di {p}.</source>
        <translation>No new bundles in {p}.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/arrivals_page.py" line="304" />
        <source>Folder yang dipantau</source>
        <translation>Folder to watch</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/arrivals_page.py" line="318" />
        <source>Diperiksa setiap {s} detik selama aplikasi terbuka.</source>
        <translation>Checked every {s} seconds while the application is open.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/arrivals_page.py" line="325" />
        <source>Tidak dipantau.</source>
        <translation>Not watched.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/arrivals_page.py" line="346" />
        <source>Terakhir diperiksa {t} WITA: {n} bundel baru diimpor ({r} ditolak).</source>
        <translation>Last checked {t} WITA: {n} new bundles imported ({r} refused).</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/arrivals_page.py" line="354" />
        <source>Terakhir diperiksa {t} WITA: {n} berkas baru menunggu sampai selesai disalin.</source>
        <translation>Last checked {t} WITA: {n} new files wait until they are fully copied.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/arrivals_page.py" line="359" />
        <source>Terakhir diperiksa {t} WITA: tidak ada bundel baru.</source>
        <translation>Last checked {t} WITA: no new bundles.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/arrivals_page.py" line="364" />
        <source>Pemantauan gagal; diperiksa lagi nanti.</source>
        <translation>Watching failed; it will be checked again later.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/audit_page.py" line="44" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/audit_page.py" line="45" />
        <source>Waktu (WITA)</source>
        <translation>Time (WITA)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/audit_page.py" line="46" />
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/audit_page.py" line="47" />
        <source>Aksi</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/audit_page.py" line="48" />
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/audit_page.py" line="49" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/audit_page.py" line="50" />
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/audit_page.py" line="55" />
        <source>Orang: nama, NIP atau nama pengguna</source>
        <translation>Person: name, NIP or username</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/audit_page.py" line="56" />
        <source>ID data</source>
        <translation>Record ID</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/audit_page.py" line="57" />
        <source>Aksi, mis. skp. atau login.failed</source>
        <translation>Action, e.g. skp. or login.failed</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/audit_page.py" line="60" />
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/audit_page.py" line="66" />
        <source>Terapkan filter</source>
        <translation>Apply filter</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/audit_page.py" line="68" />
        <source>Hapus filter</source>
        <translation>Clear filter</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/audit_page.py" line="69" />
        <source>Ekspor...</source>
        <translation>Export...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/audit_page.py" line="71" />
        <source>Verifikasi rantai hash</source>
        <translation>Verify hash chain</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/audit_page.py" line="121" />
        <source>Menampilkan {n} peristiwa terbaru; persempit filter untuk melihat lainnya.</source>
        <translation>Showing the {n} most recent events; narrow the filter to see others.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/audit_page.py" line="125" />
        <source>{n} peristiwa.</source>
        <translation>{n} events.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/audit_page.py" line="128" />
        <source>Ekspor jejak audit</source>
        <translation>Export audit trail</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/audit_page.py" line="134" />
        <source>{n} peristiwa diekspor ke {p}.</source>
        <translation>{n} events exported to {p}.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/audit_page.py" line="139" />
        <source>Mengekspor jejak audit...</source>
        <translation>Exporting the audit trail...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/audit_page.py" line="156" />
        <source>Memverifikasi jejak audit...</source>
        <translation>Verifying the audit trail...</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/backup_page.py" line="68" />
        <source>Pilih folder...</source>
        <translation>Choose folder...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/backup_page.py" line="71" />
        <source>Cadangkan sekarang</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/backup_page.py" line="75" />
        <source> jam</source>
        <translation> hours</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/backup_page.py" line="75" />
        <source>tidak otomatis</source>
        <translation>not automatic</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/backup_page.py" line="79" />
        <source>Simpan jadwal</source>
        <translation>Save schedule</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/backup_page.py" line="86" />
        <source>Dibuat (WITA)</source>
        <translation>Created (WITA)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/backup_page.py" line="89" />
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/backup_page.py" line="90" />
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/backup_page.py" line="91" />
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/backup_page.py" line="92" />
        <source>Bukti dukung</source>
        <translation>Evidence files</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/backup_page.py" line="93" />
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/backup_page.py" line="98" />
        <source>Pulihkan dari cadangan terpilih...</source>
        <translation>Restore from the selected backup...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/backup_page.py" line="101" />
        <source>Periksa basis data</source>
        <translation>Check database</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/backup_page.py" line="103" />
        <source>Pemeriksaan lengkap</source>
        <translation>Full check</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/backup_page.py" line="107" />
        <source>Juga struktur berkas (integrity_check) dan semua dokumen yang ditandatangani: beberapa menit pada data besar, yang secara bawaan mendapat pemeriksaan cepat</source>
        <translation>Also the file structure (integrity_check) and every signed document: several minutes on large data, which gets the quick check by default</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/backup_page.py" line="118" />
        <source>Cadangkan ke folder atau flashdisk</source>
        <translation>Back up to a folder or USB stick</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/backup_page.py" line="120" />
        <source>Cadangan otomatis (ke folder di atas)</source>
        <translation>Automatic backup (to the folder above)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/backup_page.py" line="122" />
        <source>Setiap</source>
        <translation>Every</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/backup_page.py" line="123" />
        <source>Simpan paling banyak</source>
        <translation>Keep at most</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/backup_page.py" line="127" />
        <source>Cadangan di folder ini</source>
        <translation>Backups in this folder</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/backup_page.py" line="129" />
        <source>Pemeriksaan</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/backup_page.py" line="161" />
        <source>Pilih folder cadangan</source>
        <translation>Choose backup folder</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/backup_page.py" line="171" />
        <source>Cadangan dibuat: {p}</source>
        <translation>Backup created: {p}</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/backup_page.py" line="177" />
        <source>Membuat cadangan...</source>
        <translation>Creating backup...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/backup_page.py" line="194" />
        <source>Jadwal cadangan disimpan.</source>
        <translation>Backup schedule saved.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/backup_page.py" line="204" />
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/backup_page.py" line="205" />
        <source>Pilih dulu cadangan yang akan dipulihkan dari daftar.</source>
        <translation>First choose the backup to restore from the list.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/backup_page.py" line="211" />
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/backup_page.py" line="213" />
        <source>SEMUA data ruang kerja ini akan diganti dengan isi cadangan {when}. Perubahan sesudah waktu itu hilang (data saat ini disimpan dulu sebagai salinan pengaman). Semua pengguna harus masuk lagi.

Ketik {word} untuk melanjutkan:</source>
        <translation>ALL data of this workspace will be replaced by the backup of {when}. Changes made after that time are lost (the current data is first kept as a safety copy). All users must log in again.

Type {word} to continue:</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/backup_page.py" line="220" />
        <source>Pemulihan dibatalkan.</source>
        <translation>Restore cancelled.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/backup_page.py" line="228" />
        <source>Data dipulihkan dari cadangan {when}. Salinan pengaman data sebelumnya: {safety}. Silakan masuk lagi.</source>
        <translation>Data restored from the backup of {when}. Safety copy of the previous data: {safety}. Please log in again.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/backup_page.py" line="237" />
        <source>Memulihkan data...</source>
        <translation>Restoring data...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/backup_page.py" line="247" />
        <source>Basis data sehat.</source>
        <translation>The database is healthy.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/backup_page.py" line="249" />
        <source>Ada masalah: pulihkan dari cadangan terakhir yang sehat.</source>
        <translation>Problems found: restore from the last healthy backup.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/backup_page.py" line="255" />
        <source>Memeriksa basis data...</source>
        <translation>Checking the database...</translation>
    </message>
</context>
<context>
    <name>BehaviourModel</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_widgets.py" line="284" />
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_widgets.py" line="285" />
        <source>Ekspektasi khusus pimpinan</source>
        <translation>Leader's specific expectation</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_widgets.py" line="286" />
        <source>Umpan balik</source>
        <translation>Feedback</translation>
    </message>
</context>
<context>
    <name>BehaviourPanel</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="696" />
        <source>&lt;b&gt;Perilaku Kerja&lt;/b&gt;</source>
        <translation>&lt;b&gt;Work behaviour&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="697" />
        <source>&lt;b&gt;Ekspektasi Khusus Pimpinan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Supervisor's specific expectation&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="710" />
        <source>Ekspektasi khusus pimpinan untuk nilai ini</source>
        <translation>Supervisor's specific expectation for this value</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="717" />
        <source>(belum diisi atasan)</source>
        <translation>(not yet filled in by the supervisor)</translation>
    </message>
</context>
<context>
    <name>CentralListsPage</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/central_lists_page.py" line="50" />
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/central_lists_page.py" line="52" />
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/central_lists_page.py" line="64" />
        <source>Penghargaan (Sangat Baik)</source>
        <translation>Rewards (Sangat Baik)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/central_lists_page.py" line="65" />
        <source>Pembinaan</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/central_lists_page.py" line="67" />
        <source>PNS di bawah {n} JP</source>
        <translation>PNS below {n} JP</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/central_lists_page.py" line="71" />
        <source>Baris kuning: penghargaan atau rencana pembinaan belum dicatat.</source>
        <translation>Yellow rows: reward or coaching plan not recorded yet.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/central_lists_page.py" line="99" />
        <source>Memuat daftar...</source>
        <translation>Loading lists...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/central_lists_page.py" line="114" />
        <source>Penghargaan (Sangat Baik): {n}</source>
        <translation>Rewards (Sangat Baik): {n}</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/central_lists_page.py" line="115" />
        <source>Pembinaan: {n}</source>
        <translation>Coaching: {n}</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/central_lists_page.py" line="116" />
        <source>PNS di bawah {jp} JP: {n}</source>
        <translation>PNS below {jp} JP: {n}</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/account_dialogs.py" line="76" />
        <source>Ganti kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/account_dialogs.py" line="85" />
        <source>Kata sandi lama</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/account_dialogs.py" line="86" />
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/account_dialogs.py" line="87" />
        <source>Ulangi kata sandi baru</source>
        <translation>Repeat new password</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/account_dialogs.py" line="98" />
        <source>Kata sandi baru dan ulangannya tidak sama.</source>
        <translation>The new password and its repetition differ.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/charts.py" line="351" />
        <source>Grafik</source>
        <translation>Chart</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/charts.py" line="353" />
        <source>Tabel</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/charts.py" line="359" />
        <source>Dalam persen</source>
        <translation>As percentages</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/charts.py" line="361" />
        <source>Tiap batang sebagai 100%: bandingkan OPD besar dan kecil</source>
        <translation>Each bar as 100%: compare large and small OPDs</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/charts.py" line="394" />
        <source>Saring grafik...</source>
        <translation>Filter chart...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/charts.py" line="394" />
        <source>Saring...</source>
        <translation>Filter...</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/conflicts_page.py" line="24" />
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/conflicts_page.py" line="25" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/conflicts_page.py" line="28" />
        <source>Isian berbeda</source>
        <translation>Differing fields</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/conflicts_page.py" line="31" />
        <source>Versi lain dari node</source>
        <translation>Other version from node</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/conflicts_page.py" line="34" />
        <source>Sejak (WITA)</source>
        <translation>Since (WITA)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/conflicts_page.py" line="43" />
        <source>Isian</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/conflicts_page.py" line="44" />
        <source>Versi berlaku</source>
        <translation>Current version</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/conflicts_page.py" line="45" />
        <source>Versi lain</source>
        <translation>Other version</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/conflicts_page.py" line="46" />
        <source>Beda</source>
        <translation>Differs</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/conflicts_page.py" line="46" />
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/conflicts_page.py" line="52" />
        <source>Pertahankan versi berlaku</source>
        <translation>Keep current version</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/conflicts_page.py" line="57" />
        <source>Pakai versi lain</source>
        <translation>Use other version</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/conflicts_page.py" line="64" />
        <source>Dua node mengubah data yang sama. Versi berlaku dipilih otomatis; periksa versi lain dan pilih mana yang benar. Pilihan 'Pakai versi lain' disimpan sebagai perubahan baru dan ikut terkirim pada bundel berikutnya.</source>
        <translation>Two nodes changed the same data. The current version was chosen automatically; check the other version and choose which one is right. 'Use other version' is saved as a new change and is sent with the next bundle.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/conflicts_page.py" line="108" />
        <source>{n} konflik terbuka.</source>
        <translation>{n} open conflicts.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/conflicts_page.py" line="110" />
        <source>Tidak ada konflik terbuka.</source>
        <translation>No open conflicts.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/conflicts_page.py" line="120" />
        <source>Konflik {t} {r} diselesaikan.</source>
        <translation>Conflict {t} {r} resolved.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/conflicts_page.py" line="127" />
        <source>Menyelesaikan konflik...</source>
        <translation>Resolving conflict...</translation>
    </message>
</context>
<context>
    <name>CreateAccountDialog</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/accounts_page.py" line="102" />
        <source>Buat akun pengguna</source>
        <translation>Create user account</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/accounts_page.py" line="106" />
        <source>huruf, angka, titik, garis; mis. NIP</source>
        <translation>letters, digits, dots, dashes; e.g. the NIP</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/accounts_page.py" line="110" />
        <source>Pengguna wajib mengganti kata sandi ini saat pertama kali masuk.</source>
        <translation>The user must change this password at the first login.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/accounts_page.py" line="112" />
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/accounts_page.py" line="113" />
        <source>Kata sandi awal</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/accounts_page.py" line="114" />
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/accounts_page.py" line="118" />
        <source>Pegawai pemilik akun:</source>
        <translation>Employee who owns the account:</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/accounts_page.py" line="134" />
        <source>Pilih dulu pegawai pemilik akun.</source>
        <translation>First select the employee who owns the account.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/accounts_page.py" line="137" />
        <source>Kata sandi dan ulangannya tidak sama.</source>
        <translation>The password and its repetition differ.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/accounts_page.py" line="140" />
        <source>Pilih sedikitnya satu peran.</source>
        <translation>Select at least one role.</translation>
    </message>
</context>
<context>
    <name>DailyLogPage</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="102" />
        <source>&lt;span style='background:{m}'&gt;&amp;nbsp;belum diisi&amp;nbsp;&lt;/span&gt; &lt;span style='background:{o}'&gt;&amp;nbsp;ada entri&amp;nbsp;&lt;/span&gt; &lt;span style='background:{d}'&gt;&amp;nbsp;semua disetujui&amp;nbsp;&lt;/span&gt; &lt;span style='color:{h}'&gt;merah = libur&lt;/span&gt;</source>
        <translation>&lt;span style='background:{m}'&gt;&amp;nbsp;not filled&amp;nbsp;&lt;/span&gt; &lt;span style='background:{o}'&gt;&amp;nbsp;has entries&amp;nbsp;&lt;/span&gt; &lt;span style='background:{d}'&gt;&amp;nbsp;all approved&amp;nbsp;&lt;/span&gt; &lt;span style='color:{h}'&gt;red = day off&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="112" />
        <source>terlambat</source>
        <translation>late</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="115" />
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="116" />
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="117" />
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="118" />
        <source>RHK</source>
        <translation>Work plan item</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="119" />
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="152" />
        <source>Jumlah</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="120" />
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="153" />
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="121" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="122" />
        <source>Tepat waktu</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="123" />
        <source>Bukti</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="124" />
        <source>Catatan atasan</source>
        <translation>Supervisor note</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="146" />
        <source>Uraian kegiatan</source>
        <translation>Activity description</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="148" />
        <source>RHK (ketik untuk mencari)</source>
        <translation>RHK (type to search)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="150" />
        <source>Ketik sebagian teks RHK; Enter memilih saran lalu pindah ke Jumlah.</source>
        <translation>Type part of the RHK text; Enter picks a suggestion and moves on to Quantity.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="155" />
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="394" />
        <source>Simpan (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="158" />
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="172" />
        <source>Salin hari sebelumnya</source>
        <translation>Copy previous day</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="175" />
        <source>Entri berulang</source>
        <translation>Recurring entries</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="178" />
        <source>Terapkan entri berulang untuk hari ini</source>
        <translation>Apply recurring entries to this day</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="180" />
        <source>Kelola entri berulang...</source>
        <translation>Manage recurring entries...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="185" />
        <source>Hapus entri</source>
        <translation>Delete entry</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="188" />
        <source>Lampirkan berkas...</source>
        <translation>Attach file...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="191" />
        <source>Buka bukti</source>
        <translation>Open evidence</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="198" />
        <source>Tarik kembali</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="201" />
        <source>Menarik entri yang sudah diajukan tetapi belum ditinjau atasan kembali menjadi draf (entri terpilih, atau semua entri hari ini).</source>
        <translation>Takes entries that were submitted but not yet reviewed by the supervisor back to draft (the selected entry, or all entries of this day).</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="207" />
        <source>Ajukan hari</source>
        <translation>Submit day</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="210" />
        <source>Ajukan minggu</source>
        <translation>Submit week</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="225" />
        <source>Tekan Enter untuk menyimpan entri dan mulai entri berikutnya. Pilih entri untuk mengubahnya; seret berkas ke halaman ini untuk melampirkannya.</source>
        <translation>Press Enter to save the entry and start the next one. Select an entry to change it; drag files onto this page to attach them.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="294" />
        <source> · bukan hari kerja ({name})</source>
        <translation> · not a working day ({name})</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="297" />
        <source>&lt;b&gt;{day}&lt;/b&gt;{kind} · {n} entri, {h} jam · batas pengajuan {deadline}</source>
        <translation>&lt;b&gt;{day}&lt;/b&gt;{kind} · {n} entries, {h} hours · submit by {deadline}</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="341" />
        <source>{n} entri, {h} jam</source>
        <translation>{n} entries, {h} hours</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="308" />
        <source>{n} entri dikembalikan atasan: {note}</source>
        <translation>{n} entries returned by the supervisor: {note}</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="314" />
        <source>SKP belum disetujui: RHK belum tersedia</source>
        <translation>SKP not approved yet: no RHK available</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="347" />
        <source>Hari kerja tanpa entri</source>
        <translation>Working day without entries</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="353" />
        <source>{w} hari kerja; {m} hari kerja belum diisi.</source>
        <translation>{w} working days; {m} working days without entries.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="411" />
        <source>Simpan perubahan</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="411" />
        <source>Simpan sebagai baru</source>
        <translation>Save as new</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="415" />
        <source>Catatan atasan: {note}</source>
        <translation>Supervisor note: {note}</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="445" />
        <source> (bukan hari kerja)</source>
        <translation> (not a working day)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="447" />
        <source>Entri {s}-{e} disimpan{flag}.</source>
        <translation>Entry {s}-{e} saved{flag}.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="482" />
        <source>{n} entri disalin dari hari sebelumnya.</source>
        <translation>{n} entries copied from the previous day.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="486" />
        <source>{n} entri berulang ditambahkan.</source>
        <translation>{n} recurring entries added.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="511" />
        <source>Entri {s}-{e} ditarik kembali menjadi draf.</source>
        <translation>Entry {s}-{e} withdrawn to draft.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="518" />
        <source>{n} entri ditarik kembali menjadi draf.</source>
        <translation>{n} entries withdrawn to draft.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="529" />
        <source>Entri dihapus.</source>
        <translation>Entry deleted.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="537" />
        <source> {n} di antaranya melewati batas pengajuan (ditandai terlambat).</source>
        <translation> {n} of them were past the submission deadline (marked late).</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="543" />
        <source>{n} entri diajukan ke atasan.</source>
        <translation>{n} entries submitted to the supervisor.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="552" />
        <source>Pilih entri yang akan diberi bukti dukung.</source>
        <translation>Select the entry to attach evidence to.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="554" />
        <source>Pilih bukti dukung</source>
        <translation>Choose supporting evidence</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="562" />
        <source>Pilih dulu entri yang akan diberi bukti dukung, lalu seret berkasnya.</source>
        <translation>First select the entry to attach evidence to, then drag the files.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="575" />
        <source>{n} berkas bukti dukung dilampirkan.</source>
        <translation>{n} evidence files attached.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="599" />
        <source>Entri ini belum memiliki bukti dukung.</source>
        <translation>This entry has no supporting evidence yet.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="604" />
        <source>Buka bukti dukung</source>
        <translation>Open evidence</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="605" />
        <source>Entri ini memiliki {n} bukti dukung. Buka semuanya sekarang?</source>
        <translation>This entry has {n} pieces of evidence. Open them all now?</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="617" />
        <source>Jenis berkas berbahaya</source>
        <translation>Dangerous file type</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="619" />
        <source>{m}

Berkas ini bukan dokumen atau gambar biasa dan dapat menjalankan perintah di komputer ini. Tetap buka?</source>
        <translation>{m}

This file is not an ordinary document or image and can run commands on this computer. Open it anyway?</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="661" />
        <source>Tarik kembali entri</source>
        <translation>Withdraw entry</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="663" />
        <source>Tarik kembali hari</source>
        <translation>Withdraw day</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="289" />
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="292" />
        <source>Ekspor semua...</source>
        <translation>Export all...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="294" />
        <source>Semua tabel dasbor dalam satu berkas .xlsx</source>
        <translation>All dashboard tables in one .xlsx file</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="298" />
        <source>Laporan Publik...</source>
        <translation>Public Report...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="301" />
        <source>Laporan tahunan untuk publikasi: hanya angka agregat, tanpa nama atau NIP</source>
        <translation>Annual report for publication: aggregate figures only, no names or NIPs</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="307" />
        <source>Narasi Laporan...</source>
        <translation>Report Narrative...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="310" />
        <source>Capaian, tantangan dan langkah selanjutnya tahun ini, dicetak di laporan publik</source>
        <translation>This year's achievements, challenges and next steps, printed in the public report</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="317" />
        <source>Hitung kepatuhan log</source>
        <translation>Compute log compliance</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="320" />
        <source>Ringkasan log harian kantor pusat ini belum dihitung: hitung sekarang (beberapa menit pada data sekota; dasbor tetap dapat dipakai)</source>
        <translation>This central office's daily-log summary has not been computed: compute it now (several minutes for a whole city; the dashboard stays usable)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="327" />
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="329" />
        <source>Periode evaluasi</source>
        <translation>Evaluation period</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="337" />
        <source>‹ Kembali</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="349" />
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="353" />
        <source>Status SKP</source>
        <translation>SKP status</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="354" />
        <source>Log Bulanan</source>
        <translation>Log by month</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="355" />
        <source>Log per OPD</source>
        <translation>Log by OPD</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="356" />
        <source>Evaluasi per Periode</source>
        <translation>Evaluation by period</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="357" />
        <source>Evaluasi per OPD</source>
        <translation>Evaluation by OPD</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="358" />
        <source>Predikat</source>
        <translation>Predikat</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="359" />
        <source>Capaian JP</source>
        <translation>JP attainment</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="370" />
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="638" />
        <source>Klik dua kali batang grafik atau baris tabel sebuah OPD untuk rinciannya.</source>
        <translation>Double-click an OPD's bar or table row for its details.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="510" />
        <source>Memuat dasbor...</source>
        <translation>Loading dashboard...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="529" />
        <source>&lt;b&gt;{scope}&lt;/b&gt; · tahun {y} · periode evaluasi {p} · log harian dihitung s.d. {d}</source>
        <translation>&lt;b&gt;{scope}&lt;/b&gt; · year {y} · evaluation period {p} · daily logs counted up to {d}</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="577" />
        <source>Menghitung ringkasan log harian...</source>
        <translation>Computing the daily-log summary...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="607" />
        <source>Memuat rincian...</source>
        <translation>Loading details...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="630" />
        <source>Dasbor</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="642" />
        <source>Klik dua kali sebuah unit untuk rincian per pegawai (khusus admin).</source>
        <translation>Double-click a unit for details per employee (admins only).</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="645" />
        <source>Rincian per pegawai unit ini.</source>
        <translation>Details per employee of this unit.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="656" />
        <source>Ekspor semua tabel dasbor</source>
        <translation>Export all dashboard tables</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="668" />
        <source>Semua tabel dasbor ditulis ke {p}.</source>
        <translation>All dashboard tables written to {p}.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="671" />
        <source>Mengekspor tabel...</source>
        <translation>Exporting tables...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="680" />
        <source>Narasi laporan publik {y} disimpan.</source>
        <translation>Public report narrative {y} saved.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="688" />
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="728" />
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="752" />
        <source>Laporan Publik</source>
        <translation>Public Report</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="689" />
        <source>Tahun laporan kinerja ASN:</source>
        <translation>Year of the ASN performance report:</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="713" />
        <source>Menyusun laporan publik...</source>
        <translation>Building the public report...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="753" />
        <source>Laporan {name} sudah dibuat. Buka sekarang?</source>
        <translation>Report {name} has been created. Open it now?</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="754" />
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="754" />
        <source>Buka di aplikasi lain</source>
        <translation>Open in another application</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="732" />
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="754" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="76" />
        <source>PDF untuk dicetak (*.pdf)</source>
        <translation>PDF for print (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="77" />
        <source>Halaman web mandiri (*.html)</source>
        <translation>Self-contained web page (*.html)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="78" />
        <source>Excel untuk analisis (*.xlsx)</source>
        <translation>Excel for analysis (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="81" />
        <source>CSV untuk analisis, satu berkas per tabel (*.csv)</source>
        <translation>CSV for analysis, one file per table (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="695" />
        <source>Simpan laporan publik</source>
        <translation>Save public report</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="720" />
        <source>Laporan publik {y} ditulis: {n} berkas di {dir} ({name}).</source>
        <translation>Public report {y} written: {n} files in {dir} ({name}).</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="729" />
        <source>Halaman {name} sudah dibuat. Buka di peramban?</source>
        <translation>Page {name} has been made. Open it in the browser?</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="732" />
        <source>Buka di peramban</source>
        <translation>Open in browser</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="746" />
        <source>Laporan publik {y} ditulis: {pdf} di {dir}.</source>
        <translation>Public report {y} written: {pdf} in {dir}.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="758" />
        <source>Laporan kinerja ASN {y}</source>
        <translation>ASN performance report {y}</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="739" />
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="764" />
        <source>Tidak ada aplikasi untuk membuka {p}. Buka berkasnya dari folder.</source>
        <translation>No application can open {p}. Open the file from its folder.</translation>
    </message>
</context>
<context>
    <name>DisciplineDialog</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/discipline_dialog.py" line="119" />
        <source>Hukuman disiplin - {who}</source>
        <translation>Disciplinary penalties - {who}</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/discipline_dialog.py" line="127" />
        <source>Tingkat</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/discipline_dialog.py" line="128" />
        <source>Jenis hukuman</source>
        <translation>Penalty</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/discipline_dialog.py" line="129" />
        <source>Nomor SK</source>
        <translation>Decree no.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/discipline_dialog.py" line="130" />
        <source>Tanggal SK</source>
        <translation>Decree date</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/discipline_dialog.py" line="131" />
        <source>TMT</source>
        <translation>Effective</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/discipline_dialog.py" line="132" />
        <source>Berakhir</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/discipline_dialog.py" line="133" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/discipline_dialog.py" line="134" />
        <source>Pelanggaran</source>
        <translation>Violation</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/discipline_dialog.py" line="141" />
        <source>Tidak ada catatan hukuman disiplin.</source>
        <translation>No disciplinary penalties recorded.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/discipline_dialog.py" line="146" />
        <source>Catat hukuman...</source>
        <translation>Record penalty...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/discipline_dialog.py" line="149" />
        <source>Batalkan SK...</source>
        <translation>Annul decree...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/discipline_dialog.py" line="152" />
        <source>Untuk SK yang dibatalkan karena upaya administratif; catatannya tetap ada.</source>
        <translation>For a decree annulled on appeal; the record is kept.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/discipline_dialog.py" line="184" />
        <source>Tercatat: {kind}, SK {sk}.</source>
        <translation>Recorded: {kind}, decree {sk}.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/discipline_dialog.py" line="200" />
        <source>Pilih catatan yang SK-nya dibatalkan.</source>
        <translation>Select the record whose decree was annulled.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/discipline_dialog.py" line="203" />
        <source>Batalkan SK hukuman disiplin</source>
        <translation>Annul disciplinary decree</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/discipline_dialog.py" line="205" />
        <source>SK {sk} ({kind}) dibatalkan karena upaya administratif? Catatannya tetap disimpan dengan status Dibatalkan.</source>
        <translation>Was decree {sk} ({kind}) annulled on appeal? The record is kept with the status Annulled.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/discipline_dialog.py" line="208" />
        <source>Alasan pembatalan, mis. nomor keputusan banding</source>
        <translation>Reason for annulment, e.g. the appeal decision number</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/discipline_dialog.py" line="219" />
        <source>SK {sk} dibatalkan.</source>
        <translation>Decree {sk} annulled.</translation>
    </message>
</context>
<context>
    <name>DisciplineForm</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/discipline_dialog.py" line="56" />
        <source>Catat hukuman disiplin</source>
        <translation>Record disciplinary penalty</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/discipline_dialog.py" line="58" />
        <source>Salin dari Surat Keputusan hukuman disiplin {who} (PP 94/2021). Akhir hukuman dihitung dari TMT dan jenisnya.</source>
        <translation>Copy from the disciplinary decree of {who} (PP 94/2021). The end of the penalty follows from its effective date and kind.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/discipline_dialog.py" line="66" />
        <source>mis. 862/045/BKPSDM/2026</source>
        <translation>e.g. 862/045/BKPSDM/2026</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/discipline_dialog.py" line="71" />
        <source>Pelanggaran yang dilakukan, menurut SK</source>
        <translation>The violation, as stated in the decree</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/discipline_dialog.py" line="74" />
        <source>mis. Wali Kota Palu</source>
        <translation>e.g. Wali Kota Palu</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/discipline_dialog.py" line="77" />
        <source>Jenis hukuman</source>
        <translation>Penalty</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/discipline_dialog.py" line="78" />
        <source>Nomor SK</source>
        <translation>Decree no.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/discipline_dialog.py" line="79" />
        <source>Tanggal SK</source>
        <translation>Decree date</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/discipline_dialog.py" line="80" />
        <source>TMT hukuman</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/discipline_dialog.py" line="81" />
        <source>Pelanggaran</source>
        <translation>Violation</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/discipline_dialog.py" line="82" />
        <source>Pejabat yang menghukum</source>
        <translation>Imposed by</translation>
    </message>
</context>
<context>
    <name>EmployeeForm</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employee_form.py" line="108" />
        <source>Ubah pegawai</source>
        <translation>Edit employee</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employee_form.py" line="108" />
        <source>Tambah pegawai</source>
        <translation>Add employee</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employee_form.py" line="112" />
        <source>18 digit, spasi boleh</source>
        <translation>18 digits, spaces allowed</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employee_form.py" line="125" />
        <source>mis. dr., Ir.</source>
        <translation>e.g. dr., Ir.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employee_form.py" line="126" />
        <source>mis. S.Kom., M.Si.</source>
        <translation>e.g. S.Kom., M.Si.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employee_form.py" line="132" />
        <source>(pilih)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employee_form.py" line="140" />
        <source>(belum ditempatkan)</source>
        <translation>(not placed yet)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employee_form.py" line="143" />
        <location filename="../../src/ekinerja_desktop/gui/pages/employee_form.py" line="238" />
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employee_form.py" line="144" />
        <source>Kepala unit ini</source>
        <translation>Head of this unit</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employee_form.py" line="145" />
        <location filename="../../src/ekinerja_desktop/gui/pages/employee_form.py" line="146" />
        <source>diisi</source>
        <translation>set</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employee_form.py" line="149" />
        <source>Identitas</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employee_form.py" line="151" />
        <source>Status ASN</source>
        <translation>ASN status</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employee_form.py" line="152" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employee_form.py" line="153" />
        <source>Nama (tanpa gelar)</source>
        <translation>Name (without titles)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employee_form.py" line="154" />
        <source>Gelar depan</source>
        <translation>Title before name</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employee_form.py" line="155" />
        <source>Gelar belakang</source>
        <translation>Title after name</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employee_form.py" line="159" />
        <source>Kepegawaian</source>
        <translation>Employment</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employee_form.py" line="161" />
        <source>Pangkat/golongan</source>
        <translation>Rank/grade</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employee_form.py" line="162" />
        <source>Nama jabatan</source>
        <translation>Position name</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employee_form.py" line="163" />
        <source>Jenis jabatan</source>
        <translation>Position type</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employee_form.py" line="164" />
        <source>Jenjang</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employee_form.py" line="165" />
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employee_form.py" line="166" />
        <source>Kelas jabatan</source>
        <translation>Position class</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employee_form.py" line="168" />
        <source>Aktif sejak</source>
        <translation>Active from</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employee_form.py" line="169" />
        <source>Aktif sampai</source>
        <translation>Active until</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employee_form.py" line="253" />
        <source>(pilih jenis jabatan dulu)</source>
        <translation>(choose the position type first)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employee_form.py" line="296" />
        <source>{nip}
Lahir {born} · {sex} · diangkat {appointment}</source>
        <translation>{nip}
Born {born} · {sex} · appointed {appointment}</translation>
    </message>
</context>
<context>
    <name>EmployeePicker</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/filter_proxy.py" line="186" />
        <source>Cari nama atau NIP...</source>
        <translation>Search name or NIP...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/filter_proxy.py" line="189" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/filter_proxy.py" line="190" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/filter_proxy.py" line="191" />
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/filter_proxy.py" line="192" />
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
</context>
<context>
    <name>EmployeesPage</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="111" />
        <source>Cari nama atau NIP...</source>
        <translation>Search name or NIP...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="112" />
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="278" />
        <source>Semua unit</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="115" />
        <source>PNS dan PPPK</source>
        <translation>PNS and PPPK</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="119" />
        <source>Semua jenis jabatan</source>
        <translation>All position types</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="124" />
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="174" />
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="125" />
        <source>Tidak aktif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="126" />
        <source>Aktif dan tidak aktif</source>
        <translation>Active and inactive</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="131" />
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="132" />
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="134" />
        <source>Ekspor .xlsx...</source>
        <translation>Export .xlsx...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="136" />
        <source>Simpan daftar yang sedang disaring ke Excel.</source>
        <translation>Save the currently filtered list to Excel.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="140" />
        <source>Impor .xlsx...</source>
        <translation>Import .xlsx...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="143" />
        <source>Templat impor...</source>
        <translation>Import template...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="146" />
        <source>Hukuman disiplin...</source>
        <translation>Discipline...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="148" />
        <source>Catatan hukuman disiplin pegawai terpilih (PP 94/2021).</source>
        <translation>Disciplinary penalties of the selected employee (PP 94/2021).</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="162" />
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="162" />
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="164" />
        <source>JPT</source>
        <translation>JPT</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="165" />
        <source>Administrasi</source>
        <translation>Administrative</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="166" />
        <source>Fungsional</source>
        <translation>Functional</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="170" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="171" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="172" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="173" />
        <source>Gol.</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="175" />
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="176" />
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="177" />
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="264" />
        <source>Memuat daftar pegawai...</source>
        <translation>Loading the employee list...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="295" />
        <source>{n} pegawai</source>
        <translation>{n} employees</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="297" />
        <source>{n} pegawai (dari {total})</source>
        <translation>{n} employees (of {total})</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="320" />
        <source>Pilih pegawai lebih dulu.</source>
        <translation>Select an employee first.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="346" />
        <source>Ekspor pegawai</source>
        <translation>Export employees</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="353" />
        <source>{n} pegawai diekspor ke {file}.</source>
        <translation>{n} employees exported to {file}.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="359" />
        <source>Mengekspor pegawai...</source>
        <translation>Exporting employees...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="363" />
        <source>Simpan templat impor</source>
        <translation>Save import template</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="369" />
        <source>Templat disimpan: {file}.</source>
        <translation>Template saved: {file}.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="374" />
        <source>Impor pegawai dari Excel</source>
        <translation>Import employees from Excel</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="381" />
        <source>Memeriksa berkas...</source>
        <translation>Checking the file...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="394" />
        <source>Impor selesai. {summary}</source>
        <translation>Import finished. {summary}</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="402" />
        <source>Mengimpor pegawai...</source>
        <translation>Importing employees...</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_dialogs.py" line="197" />
        <source>Daftarkan node</source>
        <translation>Enroll node</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_dialogs.py" line="200" />
        <source>ID node</source>
        <translation>Node ID</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_dialogs.py" line="201" />
        <source>Peran yang diminta</source>
        <translation>Requested role</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_dialogs.py" line="204" />
        <source>PC Kantor (office)</source>
        <translation>Office PC (office)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_dialogs.py" line="205" />
        <source>Laptop Atasan (laptop)</source>
        <translation>Supervisor laptop (laptop)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_dialogs.py" line="208" />
        <source>Peran ditentukan pusat; peran yang diminta node hanya ditampilkan.</source>
        <translation>The central office decides the role; the role the node asks for is only shown.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_dialogs.py" line="210" />
        <source>Daftarkan sebagai</source>
        <translation>Enroll as</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_dialogs.py" line="211" />
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_dialogs.py" line="215" />
        <source>Sidik jari ini sama dengan yang dibacakan petugas node lewat telepon</source>
        <translation>This fingerprint matches the one the node's operator read out over the phone</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_dialogs.py" line="223" />
        <source>Daftarkan</source>
        <translation>Enroll</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_dialogs.py" line="224" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_dialogs.py" line="230" />
        <source>Sidik jari node (minta petugas node membacakan miliknya):</source>
        <translation>Node fingerprint (ask the node's operator to read theirs out):</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_dialogs.py" line="235" />
        <source>Unit yang boleh ditulis node ini (termasuk semua sub-unitnya):</source>
        <translation>Units this node may write (including all their sub-units):</translation>
    </message>
</context>
<context>
    <name>EnrollResultDialog</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_dialogs.py" line="263" />
        <source>Node terdaftar</source>
        <translation>Node enrolled</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_dialogs.py" line="273" />
        <source>Node {n} terdaftar. Bacakan sidik jari pusat di bawah kepada petugas node; ia memasukkannya saat mengimpor bundel pendaftaran.</source>
        <translation>Node {n} is enrolled. Read the central fingerprint below to the node's operator; they enter it when importing the enrollment bundle.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_dialogs.py" line="278" />
        <source>Sidik jari pusat:</source>
        <translation>Central fingerprint:</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_dialogs.py" line="280" />
        <source>Sidik jari node:</source>
        <translation>Node fingerprint:</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_dialogs.py" line="282" />
        <source>Bundel pendaftaran (kirim ke node):</source>
        <translation>Enrollment bundle (send to the node):</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="202" />
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="67" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="68" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="69" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="70" />
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="452" />
        <source>Predikat</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="73" />
        <source>Mandiri</source>
        <translation>Self</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="75" />
        <source>sudah</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="85" />
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="373" />
        <source>Pilih anggota tim untuk menilai.</source>
        <translation>Select a team member to appraise.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="100" />
        <source>Rating Hasil Kerja</source>
        <translation>Work Results Rating</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="101" />
        <source>Rating Perilaku Kerja</source>
        <translation>Work Behaviour Rating</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="102" />
        <source>Predikat Kinerja Pegawai</source>
        <translation>Employee Performance Rating</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="103" />
        <source>Catatan/Rekomendasi</source>
        <translation>Notes/Recommendation</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="106" />
        <source>Buka/Buat evaluasi</source>
        <translation>Open/Create evaluation</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="108" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="109" />
        <source>Tandatangani</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="111" />
        <source>Koreksi...</source>
        <translation>Correct...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="114" />
        <source>Lihat PDF</source>
        <translation>View PDF</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="117" />
        <source>Sampul PDF</source>
        <translation>Cover PDF</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="120" />
        <source>Tindak lanjut...</source>
        <translation>Follow-up...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="124" />
        <source>Daftar tindak lanjut</source>
        <translation>Follow-up list</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="127" />
        <source>Penghargaan dan rencana pembinaan tahun ini sebagai PDF (bahan Baperjakat dan konsep SK)</source>
        <translation>This year's rewards and coaching plans as PDF (for Baperjakat and the decree draft)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="155" />
        <source>Hasil kerja (klik dua kali untuk mengubah)</source>
        <translation>Work results (double-click to edit)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="157" />
        <source>Perilaku kerja (BerAKHLAK)</source>
        <translation>Work behaviour (BerAKHLAK)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="171" />
        <source>Tetapkan predikat organisasi</source>
        <translation>Set organisation rating</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="182" />
        <source>Cetak penetapan</source>
        <translation>Print determination</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="184" />
        <source>Penetapan Predikat Kinerja Organisasi dengan kurva distribusi (PDF)</source>
        <translation>Determination of the organisation's performance rating with the distribution curve (PDF)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="201" />
        <source>Pegawai</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="203" />
        <source>Diajukan</source>
        <translation>Filed</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="204" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="215" />
        <source>Tetapkan hasil</source>
        <translation>Uphold result</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="218" />
        <source>Ubah rating</source>
        <translation>Change ratings</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="221" />
        <source>Cetak keberatan</source>
        <translation>Print objection</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="224" />
        <source>Rating Hasil Kerja baru</source>
        <translation>New work results rating</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="225" />
        <source>Rating Perilaku Kerja baru</source>
        <translation>New work behaviour rating</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="226" />
        <source>Alasan keputusan</source>
        <translation>Reason for the decision</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="230" />
        <source>Keberatan yang Anda putuskan sebagai Atasan Pejabat Penilai</source>
        <translation>Objections you decide as the appraiser's superior</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="239" />
        <source>Penilaian</source>
        <translation>Appraisal</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="240" />
        <source>Kalibrasi</source>
        <translation>Calibration</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="241" />
        <source>Keberatan</source>
        <translation>Objections</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="242" />
        <source>Tim</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="332" />
        <source>{name}: belum ada evaluasi untuk periode ini.</source>
        <translation>{name}: no evaluation for this period yet.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="345" />
        <source>Evaluasi {name} dibuka.</source>
        <translation>Evaluation of {name} opened.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="376" />
        <source>&lt;b&gt;{name}&lt;/b&gt; · {period} {year} · penilai {penilai}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · {period} {year} · appraiser {penilai}</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="384" />
        <source>Kepala organisasi: Rating Hasil Kerja mengikuti Predikat Kinerja Organisasi ({org}).</source>
        <translation>Head of the organisation: the work results rating follows the organisation performance rating ({org}).</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="386" />
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="437" />
        <source>belum ditetapkan</source>
        <translation>not set yet</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="389" />
        <source>Periode belum berakhir: evaluasi hanya dapat disimpan sebagai draf.</source>
        <translation>The period has not ended: the evaluation can only be saved as a draft.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="392" />
        <source>Alasan revisi: {r}</source>
        <translation>Reason for the revision: {r}</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="406" />
        <source>(pilih kedua rating)</source>
        <translation>(choose both ratings)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="431" />
        <source>Belum ada anggota tim pada periode ini.</source>
        <translation>No team members in this period yet.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="436" />
        <source>&lt;b&gt;{unit}&lt;/b&gt; · Predikat Kinerja Organisasi: &lt;b&gt;{org}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{unit}&lt;/b&gt; · Organisation performance rating: &lt;b&gt;{org}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="439" />
        <source>Sebaran predikat pegawai ({n} dinilai): {c}</source>
        <translation>Distribution of employee ratings ({n} rated): {c}</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="443" />
        <source>Sebaran sesuai pedoman.</source>
        <translation>The distribution follows the guidance.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="450" />
        <source>Kurva distribusi</source>
        <translation>Distribution curve</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="453" />
        <source>Jumlah pegawai</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="494" />
        <source>Evaluasi disimpan.</source>
        <translation>Evaluation saved.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="500" />
        <source>Evaluasi {name} ditandatangani.</source>
        <translation>Evaluation of {name} signed.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="505" />
        <source>Koreksi evaluasi</source>
        <translation>Correct evaluation</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="506" />
        <source>Tulis alasan koreksi. Evaluasi yang sudah ditandatangani tetap tersimpan.</source>
        <translation>Write the reason for the correction. The signed evaluation is kept.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="508" />
        <source>Revisi koreksi dibuat.</source>
        <translation>Correction revision created.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="523" />
        <source>Tindak lanjut disimpan.</source>
        <translation>Follow-up saved.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="543" />
        <source>Predikat Kinerja Organisasi ditetapkan.</source>
        <translation>Organisation performance rating set.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="574" />
        <source>Keberatan {name} diputuskan.</source>
        <translation>Objection of {name} decided.</translation>
    </message>
</context>
<context>
    <name>EvaluationPdf</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_widgets.py" line="346" />
        <source>Menyusun dokumen evaluasi...</source>
        <translation>Building the evaluation document...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_widgets.py" line="361" />
        <source>Keberatan {name} {period}</source>
        <translation>Objection {name} {period}</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_widgets.py" line="364" />
        <source>Menyusun dokumen keberatan...</source>
        <translation>Preparing the objection document...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_widgets.py" line="376" />
        <source>Daftar tindak lanjut {year}</source>
        <translation>Follow-up list {year}</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_widgets.py" line="377" />
        <source>Menyusun daftar tindak lanjut...</source>
        <translation>Preparing the follow-up list...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_widgets.py" line="393" />
        <source>Konversi angka kredit</source>
        <translation>Credit point conversion</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_widgets.py" line="394" />
        <source>Menyusun konversi angka kredit...</source>
        <translation>Preparing the credit point conversion...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_widgets.py" line="410" />
        <source>Penetapan Predikat Kinerja Organisasi {period}</source>
        <translation>Organisation performance rating {period}</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_widgets.py" line="411" />
        <source>Menyusun penetapan predikat organisasi...</source>
        <translation>Preparing the organisation rating document...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_widgets.py" line="339" />
        <source>Dokumen Evaluasi Kinerja Pegawai {name} {period}</source>
        <translation>Employee Performance Evaluation cover {name} {period}</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_widgets.py" line="341" />
        <source>Evaluasi Kinerja Pegawai {name} {period}</source>
        <translation>Employee Performance Evaluation {name} {period}</translation>
    </message>
</context>
<context>
    <name>EvaluationPeriodPage</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_widgets.py" line="82" />
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_widgets.py" line="82" />
        <source>Periode</source>
        <translation>Period</translation>
    </message>
</context>
<context>
    <name>ExternalSignatoryDialog</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="131" />
        <source>nama lengkap dengan gelar</source>
        <translation>full name with titles</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="132" />
        <source>mis. Wali Kota Palu</source>
        <translation>e.g. Wali Kota Palu (mayor)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="133" />
        <source>boleh kosong</source>
        <translation>may be empty</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="138" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="139" />
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="140" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="141" />
        <source>Berlaku mulai</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="147" />
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="153" />
        <source>Isi nama penanda tangan.</source>
        <translation>Enter the signatory's name.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/wizard.py" line="182" />
        <source>e-Kinerja Desktop - Persiapan</source>
        <translation>e-Kinerja Desktop - Setup</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/wizard.py" line="190" />
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/wizard.py" line="191" />
        <source>Lanjut &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/wizard.py" line="192" />
        <source>&lt; Kembali</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/wizard.py" line="193" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/wizard.py" line="232" />
        <source>Menyiapkan ruang kerja... mohon tunggu.</source>
        <translation>Preparing the workspace... please wait.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_widgets.py" line="426" />
        <source>Rencana pembinaan</source>
        <translation>Coaching plan</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_widgets.py" line="426" />
        <source>Penghargaan</source>
        <translation>Recognition</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_widgets.py" line="444" />
        <source>Satu judul pelatihan per baris</source>
        <translation>One training title per line</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_widgets.py" line="446" />
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_widgets.py" line="447" />
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_widgets.py" line="449" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_widgets.py" line="450" />
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_widgets.py" line="451" />
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_widgets.py" line="452" />
        <source>Usulan pelatihan</source>
        <translation>Suggested training</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_widgets.py" line="457" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_widgets.py" line="458" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/widgets.py" line="198" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/widgets.py" line="200" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/layout.py" line="213" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/home.py" line="101" />
        <source>&lt;h2&gt;Selamat datang, {name}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Welcome, {name}&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/home.py" line="107" />
        <source>&lt;p&gt;Peran Anda: &lt;b&gt;{roles}&lt;/b&gt;&lt;br&gt;Instansi: {agency}&lt;br&gt;Komputer ini: {node_role}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Your roles: &lt;b&gt;{roles}&lt;/b&gt;&lt;br&gt;Agency: {agency}&lt;br&gt;This computer: {node_role}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/home.py" line="112" />
        <source>Yang perlu Anda kerjakan</source>
        <translation>What you need to do</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/home.py" line="115" />
        <location filename="../../src/ekinerja_desktop/gui/pages/home.py" line="162" />
        <source>Tidak ada pekerjaan yang menunggu. Pilih modul di menu kiri.</source>
        <translation>Nothing is waiting for you. Choose a module in the menu on the left.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/home.py" line="125" />
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/home.py" line="160" />
        <source>{n} hal menunggu Anda. Pilih satu lalu tekan Buka.</source>
        <translation>{n} items are waiting for you. Select one and press Open.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/home.py" line="170" />
        <source>Daftar pekerjaan tidak dapat dimuat: {e}</source>
        <translation>The to-do list could not be loaded: {e}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="52" />
        <source>Pratinjau impor pegawai</source>
        <translation>Employee import preview</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="55" />
        <source>Berkas {path}, lembar {sheet}.</source>
        <translation>File {path}, sheet {sheet}.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="67" />
        <source>Tidak ada masalah ditemukan.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="70" />
        <source>Siap diimpor. Tekan Impor untuk menyimpan semua baris sekaligus.</source>
        <translation>Ready to import. Press Import to save all rows at once.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="73" />
        <source>Ada galat: tidak ada data yang akan diubah. Perbaiki berkas lalu impor ulang.</source>
        <translation>There are errors: no data will be changed. Fix the file and import it again.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="79" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="81" />
        <source>Impor</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>IndicatorList</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="427" />
        <source>Tambah indikator</source>
        <translation>Add indicator</translation>
    </message>
</context>
<context>
    <name>IndicatorRow</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="302" />
        <source>Indikator kinerja individu</source>
        <translation>Individual performance indicator</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="303" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="320" />
        <source>Target triwulan {q}. Kosongkan untuk memakai pembagian otomatis dari target tahunan (ditampilkan samar).</source>
        <translation>Quarter {q} target. Leave empty to use the automatic split of the annual target (shown greyed).</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="327" />
        <source>Target naratif</source>
        <translation>Narrative target</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="328" />
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="335" />
        <source>TW</source>
        <translation>Q</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="336" />
        <source>Target triwulan I-IV (rencana aksi)</source>
        <translation>Quarterly targets I-IV (action plan)</translation>
    </message>
</context>
<context>
    <name>KindDialog</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="65" />
        <source>Jenis kegiatan dan aturan JP</source>
        <translation>Activity kind and JP rule</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="73" />
        <source>Per jam (jam x 60 / menit per JP)</source>
        <translation>Per hour (hours x 60 / minutes per JP)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="74" />
        <source>Tetap per kegiatan</source>
        <translation>Fixed per activity</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="81" />
        <source>Aktif (dapat dipilih pegawai)</source>
        <translation>Active (employees can choose it)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="88" />
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="89" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="90" />
        <source>Jalur</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="91" />
        <source>Cara hitung</source>
        <translation>Crediting</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="92" />
        <source>Menit per JP</source>
        <translation>Minutes per JP</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="93" />
        <source>JP tetap</source>
        <translation>Fixed JP</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="94" />
        <source>Batas JP per kegiatan</source>
        <translation>JP cap per activity</translation>
    </message>
</context>
<context>
    <name>LampiranEditor</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="754" />
        <source>Satu butir per baris.</source>
        <translation>One item per line.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="758" />
        <source>Dukungan Sumber Daya</source>
        <translation>Resource support</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="759" />
        <source>Skema Pertanggungjawaban</source>
        <translation>Accountability scheme</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="760" />
        <source>Konsekuensi</source>
        <translation>Consequences</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/account_dialogs.py" line="31" />
        <source>Layar terkunci</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/account_dialogs.py" line="34" />
        <source>Sesi {u} dikunci karena tidak ada aktivitas. Masukkan kata sandi.</source>
        <translation>The session of {u} was locked after inactivity. Enter the password.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/account_dialogs.py" line="46" />
        <source>Buka kunci</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/account_dialogs.py" line="49" />
        <source>Ganti pengguna</source>
        <translation>Switch user</translation>
    </message>
</context>
<context>
    <name>LoginWidget</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/login.py" line="35" />
        <source>e-Kinerja Desktop</source>
        <translation>e-Kinerja Desktop</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/login.py" line="40" />
        <source>Pengelolaan Kinerja ASN</source>
        <translation>Civil servant performance management</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/login.py" line="45" />
        <source>nama pengguna</source>
        <translation>user name</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/login.py" line="49" />
        <source>kata sandi</source>
        <translation>password</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/login.py" line="50" />
        <source>Masuk</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/login.py" line="56" />
        <source>Lupa kata sandi? Pakai kunci pemulihan</source>
        <translation>Forgot your password? Use the recovery key</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/login.py" line="62" />
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/login.py" line="63" />
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/login.py" line="100" />
        <source>Isi nama pengguna.</source>
        <translation>Enter your user name.</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/app.py" line="82" />
        <source>e-Kinerja Desktop - Masuk</source>
        <translation>e-Kinerja Desktop - Log in</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/main_window.py" line="39" />
        <source>e-Kinerja Desktop - {agency}</source>
        <translation>e-Kinerja Desktop - {agency}</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/main_window.py" line="71" />
        <source>DEMO - ruang kerja contoh; data di sini bukan data sebenarnya.</source>
        <translation>DEMO - sample workspace; the data here is not real.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/main_window.py" line="112" />
        <source>&amp;Akun</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/main_window.py" line="113" />
        <source>&amp;Kunci layar</source>
        <translation>&amp;Lock screen</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/main_window.py" line="115" />
        <source>Ganti &amp;kata sandi...</source>
        <translation>Change &amp;password...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/main_window.py" line="117" />
        <source>&amp;Keluar akun</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/main_window.py" line="118" />
        <source>Tutup a&amp;plikasi</source>
        <translation>&amp;Quit application</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/main_window.py" line="125" />
        <source>&amp;Bantuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/main_window.py" line="126" />
        <source>&amp;Tentang...</source>
        <translation>&amp;About...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/main_window.py" line="139" />
        <source>Masuk sebagai: {name} ({roles})</source>
        <translation>Logged in as: {name} ({roles})</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/main_window.py" line="144" />
        <source>Node: {role} · {id}</source>
        <translation>Node: {role} · {id}</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/main_window.py" line="158" />
        <source>Memproses...</source>
        <translation>Working...</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="172" />
        <source>Cari pegawai atau penilai...</source>
        <translation>Search employee or appraiser...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="174" />
        <source>Ubah penilai...</source>
        <translation>Change appraiser...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="177" />
        <source>Penilai dari luar...</source>
        <translation>External appraiser...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="180" />
        <source>Pejabat penilai yang bukan pegawai dalam data, mis. Wali Kota bagi Sekretaris Daerah. Admin mengisi keputusan penilai itu; dokumen mencetak namanya.</source>
        <translation>An appraising official who is not an employee in the data, e.g. the mayor for the Regional Secretary. The administrator enters that appraiser's decisions; documents print their name.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="186" />
        <source>Atasan penilai dari luar...</source>
        <translation>External superior of the appraiser...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="189" />
        <source>Atasan pejabat penilai yang bukan pegawai dalam data, mis. Wali Kota bagi kepala OPD; tanpa isian, atasan adalah penilai dari pejabat penilai.</source>
        <translation>Superior of the appraising official who is not an employee in the data, e.g. the mayor for an agency head; when empty, it is the appraiser's own appraiser.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="195" />
        <source>Salin dari tahun lalu</source>
        <translation>Copy from last year</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="202" />
        <source>perlu konfirmasi</source>
        <translation>needs confirmation</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="205" />
        <source>Pegawai yang dinilai</source>
        <translation>Appraised employee</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="206" />
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="223" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="207" />
        <source>Pejabat Penilai</source>
        <translation>Appraising official</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="208" />
        <source>Atasan Pejabat Penilai</source>
        <translation>Appraiser's superior</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="209" />
        <source>Berlaku dari</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="210" />
        <source>Sampai</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="211" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="222" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="224" />
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="225" />
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="237" />
        <source>Pemetaan</source>
        <translation>Mapping</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="238" />
        <source>Tanpa penilai</source>
        <translation>Without appraiser</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="241" />
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="278" />
        <source>Pemetaan ({n})</source>
        <translation>Mapping ({n})</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="279" />
        <source>Tanpa penilai ({n})</source>
        <translation>Without appraiser ({n})</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="303" />
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="345" />
        <source>Pilih dulu satu pegawai di tabel.</source>
        <translation>First select one employee in the table.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="334" />
        <source>Penilai {employee} sekarang {supervisor}.</source>
        <translation>The appraiser of {employee} is now {supervisor}.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="351" />
        <source>Penilai dari luar: {name}</source>
        <translation>External appraiser: {name}</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="353" />
        <source>Pejabat Penilai Kinerja &lt;b&gt;{name}&lt;/b&gt; tahun {year} yang bukan pegawai dalam data (mis. Wali Kota). NIP boleh kosong.</source>
        <translation>Appraising official of &lt;b&gt;{name}&lt;/b&gt; in {year} who is not an employee in the data (e.g. the mayor). NIP may be empty.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="378" />
        <source>Pilih dulu satu baris pemetaan.</source>
        <translation>Select one mapping row first.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="382" />
        <source>Atasan penilai dari luar: {name}</source>
        <translation>External superior of the appraiser: {name}</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="384" />
        <source>Atasan Pejabat Penilai &lt;b&gt;{name}&lt;/b&gt; yang bukan pegawai dalam data (mis. Wali Kota bagi kepala OPD). Hapus untuk kembali ke penilai dari pejabat penilai.</source>
        <translation>Superior of the appraising official of &lt;b&gt;{name}&lt;/b&gt; who is not an employee in the data (e.g. the mayor for an agency head). Clear it to return to the appraiser's own appraiser.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="401" />
        <source>Atasan penilai {employee} sekarang {atasan}.</source>
        <translation>The appraiser's superior for {employee} is now {atasan}.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="427" />
        <source>{n} pemetaan disalin dari tahun {year}.</source>
        <translation>{n} mappings copied from {year}.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="435" />
        <source>Menyalin pemetaan...</source>
        <translation>Copying the mapping...</translation>
    </message>
</context>
<context>
    <name>MyEvaluationPage</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/my_evaluation_page.py" line="45" />
        <source>Periode SKP yang dievaluasi (setelah mutasi/promosi)</source>
        <translation>The SKP period evaluated (after a transfer or promotion)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/my_evaluation_page.py" line="46" />
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/my_evaluation_page.py" line="59" />
        <source>Mulai penilaian mandiri</source>
        <translation>Start self-assessment</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/my_evaluation_page.py" line="62" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/my_evaluation_page.py" line="65" />
        <source>Serahkan ke penilai</source>
        <translation>Hand in to the appraiser</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/my_evaluation_page.py" line="70" />
        <source>Terima hasil</source>
        <translation>Accept result</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/my_evaluation_page.py" line="73" />
        <source>Ajukan keberatan...</source>
        <translation>File an objection...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/my_evaluation_page.py" line="75" />
        <source>Lihat PDF</source>
        <translation>View PDF</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/my_evaluation_page.py" line="77" />
        <source>Angka kredit</source>
        <translation>Credit points</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/my_evaluation_page.py" line="79" />
        <source>Konversi predikat kinerja ke angka kredit lima tahun terakhir (PDF)</source>
        <translation>Conversion of performance ratings to credit points, last five years (PDF)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/my_evaluation_page.py" line="83" />
        <source>Cetak keberatan</source>
        <translation>Print objection</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/my_evaluation_page.py" line="85" />
        <source>Formulir keberatan beserta keputusan atasan pejabat penilai</source>
        <translation>Objection form with the decision of the appraiser's superior</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/my_evaluation_page.py" line="112" />
        <source>Hasil kerja (isi kolom Realisasi mandiri)</source>
        <translation>Work results (fill in the Self-reported achievement column)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/my_evaluation_page.py" line="114" />
        <source>Perilaku kerja (BerAKHLAK)</source>
        <translation>Work behaviour (BerAKHLAK)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/my_evaluation_page.py" line="159" />
        <source>SKP {n}</source>
        <translation>SKP {n}</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/my_evaluation_page.py" line="180" />
        <source>Belum ada evaluasi untuk periode ini. Mulai penilaian mandiri Anda.</source>
        <translation>No evaluation for this period yet. Start your self-assessment.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/my_evaluation_page.py" line="185" />
        <source>&lt;b&gt;{period} {year}&lt;/b&gt; · penilai {penilai}</source>
        <translation>&lt;b&gt;{period} {year}&lt;/b&gt; · appraiser {penilai}</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/my_evaluation_page.py" line="192" />
        <source>Rating Hasil Kerja: &lt;b&gt;{h}&lt;/b&gt; · Rating Perilaku Kerja: &lt;b&gt;{p}&lt;/b&gt; · Predikat: &lt;b&gt;{k}&lt;/b&gt;</source>
        <translation>Work results rating: &lt;b&gt;{h}&lt;/b&gt; · Work behaviour rating: &lt;b&gt;{p}&lt;/b&gt; · Performance rating: &lt;b&gt;{k}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/my_evaluation_page.py" line="201" />
        <source>Catatan: {n}</source>
        <translation>Notes: {n}</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/my_evaluation_page.py" line="204" />
        <source>Hasil penilaian tampil setelah ditandatangani pejabat penilai.</source>
        <translation>The result is shown once the appraiser has signed it.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/my_evaluation_page.py" line="208" />
        <source>Keberatan dapat diajukan sampai {d}.</source>
        <translation>An objection can be filed until {d}.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/my_evaluation_page.py" line="214" />
        <source>Keberatan ({s}): {r}</source>
        <translation>Objection ({s}): {r}</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/my_evaluation_page.py" line="226" />
        <source>&lt;b&gt;Hasil tahunan&lt;/b&gt;: predikat {p}</source>
        <translation>&lt;b&gt;Annual result&lt;/b&gt;: rating {p}</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/my_evaluation_page.py" line="228" />
        <source> · angka kredit {a} ({m} bulan)</source>
        <translation> · credit points {a} ({m} months)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/my_evaluation_page.py" line="236" />
        <source>Penghargaan</source>
        <translation>Recognition</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/my_evaluation_page.py" line="236" />
        <source>Pembinaan</source>
        <translation>Coaching plan</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/my_evaluation_page.py" line="239" />
        <source> · target: {t}</source>
        <translation> · targets: {t}</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/my_evaluation_page.py" line="241" />
        <source> · pelatihan: {t}</source>
        <translation> · training: {t}</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/my_evaluation_page.py" line="264" />
        <source>Penilaian mandiri dimulai.</source>
        <translation>Self-assessment started.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/my_evaluation_page.py" line="275" />
        <source>Penilaian mandiri diserahkan.</source>
        <translation>Self-assessment handed in.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/my_evaluation_page.py" line="275" />
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/my_evaluation_page.py" line="279" />
        <source>Hasil evaluasi diterima.</source>
        <translation>Evaluation result accepted.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/my_evaluation_page.py" line="283" />
        <source>Ajukan keberatan</source>
        <translation>File an objection</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/my_evaluation_page.py" line="284" />
        <source>Tulis alasan keberatan. Atasan pejabat penilai akan memutuskannya.</source>
        <translation>Write the reason for your objection. The appraiser's superior will decide it.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/my_evaluation_page.py" line="286" />
        <source>Keberatan diajukan.</source>
        <translation>Objection filed.</translation>
    </message>
</context>
<context>
    <name>NarrativeDialog</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="116" />
        <source>Narasi laporan publik {y}</source>
        <translation>Public report narrative {y}</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="124" />
        <source>Dicetak bersama angka pada laporan publik (PDF, HTML, xlsx, CSV). Jangan menulis nama atau NIP pegawai.</source>
        <translation>Printed with the figures of the public report (PDF, HTML, xlsx, CSV). Do not write employee names or NIPs.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="131" />
        <source>Capaian</source>
        <translation>Achievements</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="132" />
        <source>Tantangan</source>
        <translation>Challenges</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="133" />
        <source>Langkah selanjutnya</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="178" />
        <source>Menyimpan narasi...</source>
        <translation>Saving the narrative...</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/home.py" line="92" />
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/audit_page.py" line="37" />
        <source>Jejak Audit</source>
        <translation>Audit Trail</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/settings_page.py" line="35" />
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/accounts_page.py" line="199" />
        <source>Akun Pengguna</source>
        <translation>User Accounts</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/employees_page.py" line="97" />
        <source>Pegawai</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="162" />
        <source>Pemetaan Penilai</source>
        <translation>Appraiser Mapping</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/units_page.py" line="181" />
        <source>Unit Kerja</source>
        <translation>Work Units</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="58" />
        <source>SKP Saya</source>
        <translation>My SKP</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_team_page.py" line="55" />
        <source>SKP Tim</source>
        <translation>Team SKP</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/backup_page.py" line="61" />
        <source>Cadangan Data</source>
        <translation>Data Backup</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/conflicts_page.py" line="17" />
        <source>Konflik</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_page.py" line="82" />
        <source>Log Harian</source>
        <translation>Daily Log</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_page.py" line="54" />
        <source>Penilaian</source>
        <translation>Appraisal</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/my_evaluation_page.py" line="33" />
        <source>Evaluasi Saya</source>
        <translation>My Evaluation</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/review_page.py" line="93" />
        <source>Tinjau Log</source>
        <translation>Review Logs</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="72" />
        <source>Sinkronisasi</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="130" />
        <source>Kompetensi Tim</source>
        <translation>Team Competency</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="415" />
        <source>Pengembangan Kompetensi</source>
        <translation>Competency Development</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/arrivals_page.py" line="98" />
        <source>Kedatangan Data</source>
        <translation>Data Arrivals</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/central_lists_page.py" line="34" />
        <source>Penghargaan &amp; Pembinaan</source>
        <translation>Rewards &amp; Coaching</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dashboard_page.py" line="258" />
        <source>Dasbor</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/recap_page.py" line="438" />
        <source>Rekap Bulanan</source>
        <translation>Monthly Recap</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/security_page.py" line="123" />
        <source>Keamanan</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/verify_page.py" line="39" />
        <source>Periksa dokumen</source>
        <translation>Check document</translation>
    </message>
</context>
<context>
    <name>NewPeriodDialog</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_period_dialog.py" line="27" />
        <source>SKP baru karena mutasi/promosi</source>
        <translation>New SKP for a transfer/promotion</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_period_dialog.py" line="29" />
        <source>SKP {who} yang berlaku sekarang berakhir sehari sebelum tanggal mulai; isinya yang sudah disetujui tidak diubah dan tetap dinilai oleh pejabat penilai lamanya untuk bulan-bulan itu. SKP baru (draf) berlaku dari tanggal mulai sampai 31 Desember {year} dengan pejabat penilai pada tanggal itu.</source>
        <translation>The SKP of {who} in force now ends the day before the start date; its approved content is not changed and its former appraiser still evaluates those months. The new SKP (draft) runs from the start date to 31 December {year} with the appraiser of that date.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_period_dialog.py" line="40" />
        <source>Mutasi</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_period_dialog.py" line="41" />
        <source>Promosi</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_period_dialog.py" line="42" />
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_period_dialog.py" line="45" />
        <source>boleh kosong, mis. 800/123/BKPSDM</source>
        <translation>optional, e.g. 800/123/BKPSDM</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_period_dialog.py" line="47" />
        <source>Mulai dari isi SKP sebelumnya (RHK, indikator, lampiran)</source>
        <translation>Start from the previous SKP's content (RHK, indicators, attachment)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_period_dialog.py" line="50" />
        <source>Tanggal mulai (TMT)</source>
        <translation>Start date (effective date)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_period_dialog.py" line="51" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_period_dialog.py" line="52" />
        <source>Nomor SK</source>
        <translation>Decree (SK) number</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_period_dialog.py" line="55" />
        <source>Buat SKP baru</source>
        <translation>Create new SKP</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/widgets.py" line="227" />
        <source>Kirim</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/widgets.py" line="229" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ParentCombo</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="485" />
        <source>Ketik untuk mencari RHK pimpinan...</source>
        <translation>Type to search the supervisor's RHK...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="496" />
        <source>(tanpa RHK pimpinan)</source>
        <translation>(no supervisor RHK)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="496" />
        <source>(pilih RHK pimpinan)</source>
        <translation>(choose the supervisor's RHK)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="500" />
        <source>didukung {n} RHK</source>
        <translation>supported by {n} RHK</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="502" />
        <source>belum didukung</source>
        <translation>not yet supported</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="507" />
        <source>(RHK pimpinan sebelumnya tidak tersedia lagi - pilih yang lain)</source>
        <translation>(the previous supervisor RHK is no longer available - choose another)</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pdf_preview.py" line="84" />
        <source>Pratinjau {name}</source>
        <translation>Preview {name}</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pdf_preview.py" line="102" />
        <source>Perkecil</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pdf_preview.py" line="104" />
        <source>Perbesar</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pdf_preview.py" line="105" />
        <source>Sesuai lebar</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pdf_preview.py" line="106" />
        <source>Simpan sebagai...</source>
        <translation>Save as...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pdf_preview.py" line="108" />
        <source>Cetak...</source>
        <translation>Print...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pdf_preview.py" line="110" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pdf_preview.py" line="140" />
        <source>{n} halaman</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pdf_preview.py" line="144" />
        <source>Berkas PDF tidak dapat dibuka ({error}). Coba buat ulang dokumennya.</source>
        <translation>The PDF file cannot be opened ({error}). Try generating the document again.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pdf_preview.py" line="154" />
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pdf_preview.py" line="162" />
        <source>Tidak dapat menyimpan ke {file}: {reason}. Pilih folder lain.</source>
        <translation>Cannot save to {file}: {reason}. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pdf_preview.py" line="168" />
        <source>Disimpan: {file}</source>
        <translation>Saved: {file}</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pdf_preview.py" line="182" />
        <source>{n} halaman dikirim ke pencetak.</source>
        <translation>{n} pages sent to the printer.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="359" />
        <source>Rencana pengembangan</source>
        <translation>Development plan</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="363" />
        <source>(belum ditentukan)</source>
        <translation>(not decided)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="368" />
        <source>Kapan saja</source>
        <translation>Any time</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="378" />
        <source>Rencana kegiatan</source>
        <translation>Planned activity</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="379" />
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="380" />
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="381" />
        <source>JP rencana</source>
        <translation>Planned JP</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_dialogs.py" line="69" />
        <source>Pratinjau impor (uji coba)</source>
        <translation>Import preview (dry run)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_dialogs.py" line="83" />
        <source>Terapkan</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_dialogs.py" line="84" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_dialogs.py" line="91" />
        <source>Belum ada data yang disimpan. Periksa laporan, lalu pilih Terapkan.</source>
        <translation>Nothing has been saved yet. Check the report, then choose Apply.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_dialogs.py" line="99" />
        <source>Bundel pendaftaran. Sidik jari kunci pusat yang menandatanganinya (bandingkan dengan yang dibacakan BKPSDM lewat telepon):</source>
        <translation>Enrollment bundle. Fingerprint of the central office key that signed it (compare with the one BKPSDM reads out over the phone):</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_dialogs.py" line="109" />
        <source>Sidik jari ini sama dengan yang dibacakan BKPSDM lewat telepon</source>
        <translation>This fingerprint matches the one BKPSDM read out over the phone</translation>
    </message>
</context>
<context>
    <name>RecapPage</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/recap_page.py" line="61" />
        <source>Rekap saya</source>
        <translation>My recap</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/recap_page.py" line="63" />
        <source>Tim saya (yang saya nilai)</source>
        <translation>My team (whom I appraise)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/recap_page.py" line="74" />
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/recap_page.py" line="76" />
        <source>Ekspor...</source>
        <translation>Export...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/recap_page.py" line="79" />
        <source>Rekap</source>
        <translation>Recap</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/recap_page.py" line="81" />
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/recap_page.py" line="97" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/recap_page.py" line="98" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/recap_page.py" line="99" />
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/recap_page.py" line="100" />
        <source>Hari
kerja</source>
        <translation>Working
days</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/recap_page.py" line="101" />
        <source>Hari
berisi log</source>
        <translation>Days
with log</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/recap_page.py" line="102" />
        <source>Hari
disetujui</source>
        <translation>Days
approved</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/recap_page.py" line="103" />
        <source>Jam
disetujui</source>
        <translation>Hours
approved</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/recap_page.py" line="104" />
        <source>Kegiatan
disetujui</source>
        <translation>Activities
approved</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/recap_page.py" line="105" />
        <source>Entri
terlambat</source>
        <translation>Late
entries</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/recap_page.py" line="106" />
        <source>Capaian
(%)</source>
        <translation>Achievement
(%)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/recap_page.py" line="107" />
        <source>Nilai
kinerja</source>
        <translation>Performance
score</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/recap_page.py" line="108" />
        <source>TPP
kinerja (%)</source>
        <translation>TPP
performance (%)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/recap_page.py" line="121" />
        <source>RHK</source>
        <translation>RHK</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/recap_page.py" line="122" />
        <source>Kegiatan disetujui</source>
        <translation>Approved activities</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/recap_page.py" line="123" />
        <source>Kuantitas</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/recap_page.py" line="124" />
        <source>Target bulanan</source>
        <translation>Monthly target</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/recap_page.py" line="127" />
        <source>Capaian (%)</source>
        <translation>Achievement (%)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/recap_page.py" line="216" />
        <source>Pilih unit kerja.</source>
        <translation>Choose a work unit.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/recap_page.py" line="267" />
        <source>Menyusun rekap bulanan...</source>
        <translation>Building the monthly recap...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/recap_page.py" line="290" />
        <source>&lt;b&gt;{u}&lt;/b&gt; · {m} {y} · {n} pegawai · {w} hari kerja · menghitung rata-rata {k} pegawai lainnya...</source>
        <translation>&lt;b&gt;{u}&lt;/b&gt; · {m} {y} · {n} employees · {w} working days · computing the averages of {k} more employees...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/recap_page.py" line="305" />
        <source>&lt;b&gt;{u}&lt;/b&gt; · {m} {y} · nilai kinerja {s} · TPP kinerja {t}% · {late} entri terlambat</source>
        <translation>&lt;b&gt;{u}&lt;/b&gt; · {m} {y} · performance score {s} · TPP performance {t}% · {late} late entries</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/recap_page.py" line="320" />
        <source>&lt;b&gt;{u}&lt;/b&gt; · {m} {y} · {n} pegawai · {w} hari kerja · rata-rata TPP kinerja {t}% · {late} entri terlambat</source>
        <translation>&lt;b&gt;{u}&lt;/b&gt; · {m} {y} · {n} employees · {w} working days · average TPP performance {t}% · {late} late entries</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/recap_page.py" line="334" />
        <source>&lt;b&gt;{u}&lt;/b&gt; · {m} {y}: tidak ada pegawai dalam rekap ini.</source>
        <translation>&lt;b&gt;{u}&lt;/b&gt; · {m} {y}: no employees in this recap.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/recap_page.py" line="349" />
        <source>Nilai kinerja = {a} x cakupan hari disetujui + {b} x capaian - {c} per hari terlambat (0-100); TPP kinerja = nilai x {s}% dari pagu TPP. {origin}</source>
        <translation>Performance score = {a} x approved day coverage + {b} x achievement - {c} per late day (0-100); TPP performance = score x {s}% of the TPP ceiling. {origin}</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/recap_page.py" line="356" />
        <source>Bobot bawaan aplikasi, bukan nilai resmi Pemkot Palu.</source>
        <translation>Application default weights, not the official values of the Palu city government.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/recap_page.py" line="358" />
        <source>Bobot diatur admin (Pengaturan).</source>
        <translation>Weights set by an administrator (Settings).</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/recap_page.py" line="374" />
        <source>Pilih pegawai untuk melihat kegiatan disetujui per RHK.</source>
        <translation>Select an employee to see the approved activities per RHK.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/recap_page.py" line="380" />
        <source>&lt;b&gt;{n}&lt;/b&gt; · {d} dari {w} hari kerja disetujui, {h} jam, {a} kegiatan disetujui dari {e} entri</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; · {d} of {w} working days approved, {h} hours, {a} approved activities out of {e} entries</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/recap_page.py" line="392" />
        <source>&lt;b&gt;{n}&lt;/b&gt; · belum ada SKP {y} yang disetujui, jadi belum ada RHK.</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; · no approved SKP for {y} yet, so no RHK yet.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/recap_page.py" line="409" />
        <source>Ekspor rekap bulanan</source>
        <translation>Export monthly recap</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/recap_page.py" line="426" />
        <source>Rekap ditulis ke {p}.</source>
        <translation>Recap written to {p}.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/recap_page.py" line="430" />
        <source>Menulis rekap...</source>
        <translation>Writing the recap...</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/login.py" line="136" />
        <source>Buka dengan kunci pemulihan</source>
        <translation>Open with the recovery key</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/login.py" line="139" />
        <source>Ketik kunci pemulihan (32 karakter dari kertas yang dicetak saat enkripsi diaktifkan), nama pengguna admin, dan kata sandi baru untuk akun itu.</source>
        <translation>Type the recovery key (32 characters from the sheet printed when encryption was turned on), the admin user name, and a new password for that account.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/login.py" line="160" />
        <source>Kunci pemulihan</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/login.py" line="161" />
        <source>Nama pengguna admin</source>
        <translation>Admin user name</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/login.py" line="162" />
        <source>Kata sandi baru (min. 8)</source>
        <translation>New password (min. 8)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/login.py" line="163" />
        <source>Ulangi kata sandi baru</source>
        <translation>Repeat new password</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/login.py" line="166" />
        <source>Buka dan ganti kata sandi</source>
        <translation>Open and change password</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/login.py" line="180" />
        <source>Kata sandi baru minimal 8 karakter.</source>
        <translation>The new password needs at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/login.py" line="182" />
        <source>Kata sandi baru dan ulangannya tidak sama.</source>
        <translation>The new password and its repetition differ.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/login.py" line="184" />
        <source>Isi nama pengguna admin.</source>
        <translation>Enter the admin user name.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/security_page.py" line="44" />
        <source>Kunci pemulihan e-Kinerja Desktop</source>
        <translation>e-Kinerja Desktop recovery key</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/security_page.py" line="45" />
        <source>Simpan kertas ini di tempat aman, terpisah dari komputer. Kunci ini membuka semua data ruang kerja bila kata sandi admin hilang.</source>
        <translation>Keep this sheet in a safe place, away from the computer. This key opens all workspace data if the admin password is lost.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/security_page.py" line="67" />
        <source>Kunci pemulihan</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/security_page.py" line="72" />
        <source>Ini kunci pemulihan ruang kerja. Kunci ini HANYA ditampilkan sekali ini. Cetak atau tulis, lalu simpan di tempat aman yang terpisah dari komputer. Bila kata sandi admin hilang, hanya kunci ini yang dapat membuka data.</source>
        <translation>This is the workspace recovery key. It is shown ONLY this once. Print or write it down and keep it in a safe place away from the computer. If the admin password is lost, only this key can open the data.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/security_page.py" line="86" />
        <source>Cetak...</source>
        <translation>Print...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/security_page.py" line="88" />
        <source>Salin</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/security_page.py" line="89" />
        <source>Saya sudah menyimpannya</source>
        <translation>I have stored it</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/security_page.py" line="91" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/security_page.py" line="111" />
        <source>Kunci pemulihan dikirim ke pencetak.</source>
        <translation>Recovery key sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/security_page.py" line="115" />
        <source>Disalin. Tempel ke tempat aman, lalu hapus dari papan klip.</source>
        <translation>Copied. Paste it somewhere safe, then clear the clipboard.</translation>
    </message>
</context>
<context>
    <name>RecurringDialog</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_recurring.py" line="197" />
        <source>Entri berulang</source>
        <translation>Recurring entries</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_recurring.py" line="202" />
        <source>Sen</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_recurring.py" line="203" />
        <source>Sel</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_recurring.py" line="204" />
        <source>Rab</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_recurring.py" line="205" />
        <source>Kam</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_recurring.py" line="206" />
        <source>Jum</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_recurring.py" line="207" />
        <source>Sab</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_recurring.py" line="208" />
        <source>Min</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_recurring.py" line="212" />
        <source>Kegiatan rutin (apel, rapat mingguan, layanan harian) dicatat sekali di sini; &lt;i&gt;Terapkan&lt;/i&gt; menambahkannya sebagai draf pada hari yang dipilih. Entri yang bertumpang tindih dengan isian hari itu dilewati.</source>
        <translation>Routine work (morning assembly, weekly meetings, daily services) is recorded once here; &lt;i&gt;Apply&lt;/i&gt; adds it as drafts to the selected day. Entries that would overlap what the day already holds are skipped.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_recurring.py" line="219" />
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_recurring.py" line="258" />
        <source>Hari</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_recurring.py" line="220" />
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_recurring.py" line="221" />
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_recurring.py" line="222" />
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_recurring.py" line="260" />
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_recurring.py" line="223" />
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_recurring.py" line="261" />
        <source>RHK</source>
        <translation>RHK</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_recurring.py" line="224" />
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_recurring.py" line="253" />
        <source>Jumlah</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_recurring.py" line="225" />
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_recurring.py" line="256" />
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_recurring.py" line="242" />
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_recurring.py" line="244" />
        <source>mis. Mengikuti apel pagi dan arahan pimpinan</source>
        <translation>e.g. Attending the morning assembly and the leader's briefing</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_recurring.py" line="248" />
        <source>RHK (ketik untuk mencari; kosongkan bila tugas umum)</source>
        <translation>RHK (type to search; leave empty for general duties)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_recurring.py" line="250" />
        <source>SKP belum disetujui: RHK belum tersedia</source>
        <translation>SKP not approved yet: no RHK available</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_recurring.py" line="259" />
        <source>Jam</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_recurring.py" line="262" />
        <source>Keluaran</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_recurring.py" line="266" />
        <source>Tambah entri berulang</source>
        <translation>Add recurring entry</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_recurring.py" line="269" />
        <source>Hapus terpilih</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_recurring.py" line="272" />
        <source>Terapkan ke {d}</source>
        <translation>Apply to {d}</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_recurring.py" line="299" />
        <source>Senin-Jumat</source>
        <translation>Monday-Friday</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_recurring.py" line="301" />
        <source>Senin-Sabtu</source>
        <translation>Monday-Saturday</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_recurring.py" line="345" />
        <source>Entri berulang {s}-{e} ({d}) ditambahkan.</source>
        <translation>Recurring entry {s}-{e} ({d}) added.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_recurring.py" line="365" />
        <source>Entri berulang "{a}" dihapus.</source>
        <translation>Recurring entry "{a}" deleted.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_recurring.py" line="377" />
        <source>{n} entri berulang ditambahkan ke {d}.</source>
        <translation>{n} recurring entries added to {d}.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_recurring.py" line="382" />
        <source>Tidak ada entri yang ditambahkan: tidak ada entri berulang untuk hari itu, atau semuanya sudah ada / bertumpang tindih.</source>
        <translation>No entries added: there is no recurring entry for that day, or they are all already there / overlapping.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/accounts_page.py" line="156" />
        <source>Atur ulang kata sandi: {u}</source>
        <translation>Reset password: {u}</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/accounts_page.py" line="161" />
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/accounts_page.py" line="162" />
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/accounts_page.py" line="171" />
        <source>Kata sandi dan ulangannya tidak sama.</source>
        <translation>The password and its repetition differ.</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_widgets.py" line="226" />
        <source>RHK</source>
        <translation>Work plan item</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_widgets.py" line="227" />
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_widgets.py" line="228" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_widgets.py" line="229" />
        <source>Aktivitas disetujui</source>
        <translation>Approved activities</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_widgets.py" line="230" />
        <source>Realisasi mandiri</source>
        <translation>Self-reported achievement</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_widgets.py" line="231" />
        <source>Realisasi</source>
        <translation>Realised by</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_widgets.py" line="232" />
        <source>Capaian</source>
        <translation>Achievement</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_widgets.py" line="233" />
        <source>Umpan balik</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_widgets.py" line="241" />
        <source>{n} entri, {q}, {e} bukti</source>
        <translation>{n} entries, {q}, {e} evidence</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_widgets.py" line="244" />
        <source>{n} entri, {e} bukti (dinilai penilai)</source>
        <translation>{n} entries, {e} evidence (appraiser judges)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_widgets.py" line="253" />
        <source>Target periode ini: {p}
Target tahunan: {a}</source>
        <translation>Target of this period: {p}
Annual target: {a}</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_widgets.py" line="258" />
        <source>Aktivitas harian disetujui pada periode ini (bukti dukung):</source>
        <translation>Approved daily activities in this period (evidence):</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_widgets.py" line="261" />
        <source>Aktivitas harian disetujui; yang bertanda * dijumlahkan ke realisasi karena satuannya sama dengan satuan target:</source>
        <translation>Approved daily activities; those marked * are summed into the realisation because their unit equals the target's unit:</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/evaluation_widgets.py" line="271" />
        <source>... dan {n} entri lain</source>
        <translation>... and {n} more entries</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/review_page.py" line="113" />
        <source>Semua anggota tim</source>
        <translation>All team members</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/review_page.py" line="114" />
        <source>Semua RHK</source>
        <translation>All RHK</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/review_page.py" line="117" />
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/review_page.py" line="119" />
        <source>Terapkan</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/review_page.py" line="125" />
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/review_page.py" line="130" />
        <source>Cari nama, NIP, kegiatan atau RHK...</source>
        <translation>Search name, NIP, activity or RHK...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/review_page.py" line="132" />
        <source>&lt; Sebelumnya</source>
        <translation>&lt; Previous</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/review_page.py" line="137" />
        <source>Berikutnya &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/review_page.py" line="143" />
        <source>Muat lagi</source>
        <translation>Load more</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/review_page.py" line="152" />
        <source>Pegawai / tanggal / jam</source>
        <translation>Employee / date / time</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/review_page.py" line="192" />
        <source>Pilih baris pegawai atau tanggal untuk memilih semua entrinya; Ctrl/Shift untuk memilih beberapa.</source>
        <translation>Select an employee or date row to select all its entries; Ctrl/Shift to select several.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/review_page.py" line="306" />
        <source>Masih ada entri lain: tekan 'Muat lagi'.</source>
        <translation>There are more entries: press 'Load more'.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/review_page.py" line="309" />
        <source>{n} entri dari {p} pegawai cocok dengan pencarian.</source>
        <translation>{n} entries from {p} employees match the search.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/review_page.py" line="316" />
        <source>terlambat</source>
        <translation>late</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/review_page.py" line="444" />
        <source>{n} entri dari {p} pegawai akan dikembalikan untuk diperbaiki. Tuliskan catatan yang jelas: apa yang perlu diubah.</source>
        <translation>{n} entries from {p} employees will be returned for correction. Write a clear note: what needs to change.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/review_page.py" line="153" />
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/review_page.py" line="154" />
        <source>RHK</source>
        <translation>Work plan item</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/review_page.py" line="155" />
        <source>Keluaran</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/review_page.py" line="156" />
        <source>Tepat waktu</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/review_page.py" line="157" />
        <source>Bukti</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/review_page.py" line="179" />
        <source>Setujui terpilih</source>
        <translation>Approve selected</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/review_page.py" line="182" />
        <source>Setujui semua yang tampil</source>
        <translation>Approve all shown</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/review_page.py" line="185" />
        <source>Kembalikan terpilih...</source>
        <translation>Return selected...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/review_page.py" line="317" />
        <source>{n} berkas</source>
        <translation>{n} files</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/review_page.py" line="317" />
        <source>tautan</source>
        <translation>link</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/review_page.py" line="299" />
        <source>{n} entri dari {p} pegawai ({g} hari) menunggu tinjauan Anda.</source>
        <translation>{n} entries from {p} employees ({g} days) are waiting for your review.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/review_page.py" line="303" />
        <source>Tidak ada entri log harian yang menunggu tinjauan Anda.</source>
        <translation>No daily-log entries are waiting for your review.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/review_page.py" line="325" />
        <source>{name} · NIP {nip} · {n} entri</source>
        <translation>{name} · NIP {nip} · {n} entries</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/review_page.py" line="334" />
        <source>{day} · {n} entri</source>
        <translation>{day} · {n} entries</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/review_page.py" line="338" />
        <source>{n} terlambat</source>
        <translation>{n} late</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/review_page.py" line="380" />
        <source>Pegawai {a}-{b} dari {t}</source>
        <translation>Employees {a}-{b} of {t}</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/review_page.py" line="425" />
        <source>Setujui {n} entri log harian dari {p} pegawai?</source>
        <translation>Approve {n} daily-log entries from {p} employees?</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/review_page.py" line="428" />
        <source>Setujui log harian</source>
        <translation>Approve daily log</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/review_page.py" line="433" />
        <source>{n} entri disetujui.</source>
        <translation>{n} entries approved.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/review_page.py" line="442" />
        <source>Kembalikan entri log harian</source>
        <translation>Return daily-log entries</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/review_page.py" line="447" />
        <source>mis. lampirkan bukti dukung; uraian terlalu umum</source>
        <translation>e.g. attach evidence; description too vague</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/review_page.py" line="455" />
        <source>{n} entri dikembalikan dengan catatan.</source>
        <translation>{n} entries returned with a note.</translation>
    </message>
</context>
<context>
    <name>RhkDialog</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="540" />
        <source>Ubah RHK</source>
        <translation>Edit RHK</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="540" />
        <source>Tambah RHK</source>
        <translation>Add RHK</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="543" />
        <source>Utama</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="544" />
        <source>Tambahan</source>
        <translation>Additional</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="547" />
        <source>Rencana hasil kerja yang akan dicapai</source>
        <translation>The planned work result to achieve</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="553" />
        <source>Atasan Anda belum memiliki SKP yang disetujui untuk tahun ini, jadi RHK pimpinan belum dapat dipilih. Simpan dulu tanpa RHK pimpinan, lalu pilih setelah SKP atasan disetujui.</source>
        <translation>Your supervisor has no approved SKP for this year yet, so a supervisor RHK cannot be chosen. Save without it for now and choose it once the supervisor's SKP is approved.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="558" />
        <source>Pilih RHK atasan yang didukung oleh RHK ini.</source>
        <translation>Choose the supervisor's RHK that this RHK supports.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="565" />
        <source>(pilih)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="572" />
        <source>Indikator Kinerja Individu (target tahunan angka dan satuan; TW I-IV: target triwulan, kosong = dibagi otomatis)</source>
        <translation>Individual performance indicators (annual target number and unit; Q I-IV: quarterly targets, empty = split automatically)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="576" />
        <source>Indikator Kinerja Individu (target naratif)</source>
        <translation>Individual performance indicators (narrative targets)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="581" />
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="582" />
        <source>RHK</source>
        <translation>Work plan item</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="583" />
        <source>RHK pimpinan</source>
        <translation>Supervisor's RHK</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="586" />
        <source>Perspektif</source>
        <translation>Perspective</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="597" />
        <source>Terapkan</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="600" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="600" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="647" />
        <source>Tulis rencana hasil kerja (RHK).</source>
        <translation>Write the planned work result (RHK).</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="649" />
        <source>Pilih RHK pimpinan dari daftar (hasil pencarian).</source>
        <translation>Choose the supervisor's RHK from the list (search results).</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="651" />
        <source>Tambahkan minimal satu indikator kinerja individu.</source>
        <translation>Add at least one individual performance indicator.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="653" />
        <source>Setiap indikator perlu teks indikatornya.</source>
        <translation>Every indicator needs its indicator text.</translation>
    </message>
</context>
<context>
    <name>RhkLineEdit</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/dailylog_recurring.py" line="122" />
        <source>RHK '{t}' tidak ada di SKP Anda yang disetujui; pilih dari daftar.</source>
        <translation>RHK '{t}' is not in your approved SKP; pick one from the list.</translation>
    </message>
</context>
<context>
    <name>RhkModel</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="83" />
        <source>Rencana Hasil Kerja / Indikator Kinerja Individu</source>
        <translation>Planned work result / Individual performance indicator</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="84" />
        <source>Aspek</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="85" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="86" />
        <source>RHK pimpinan yang diintervensi</source>
        <translation>Supervisor's RHK supported</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="87" />
        <source>Perspektif</source>
        <translation>Perspective</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="89" />
        <source>A. Utama</source>
        <translation>A. Main (Utama)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="89" />
        <source>B. Tambahan</source>
        <translation>B. Additional (Tambahan)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="118" />
        <source>(RHK pimpinan tidak ditemukan)</source>
        <translation>(supervisor RHK not found)</translation>
    </message>
</context>
<context>
    <name>RolesBox</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/accounts_page.py" line="69" />
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/accounts_page.py" line="78" />
        <source>Hanya Admin Pusat yang dapat memberi peran ini.</source>
        <translation>Only a central admin can grant this role.</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/accounts_page.py" line="186" />
        <source>Peran untuk {u}</source>
        <translation>Roles of {u}</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/accounts_page.py" line="194" />
        <source>Pilih sedikitnya satu peran.</source>
        <translation>Select at least one role.</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/security_page.py" line="136" />
        <source>Enkripsi melindungi data bila komputer atau laptop hilang: basis data dan berkas bukti dukung hanya dapat dibuka dengan kata sandi salah satu akun (atau kunci pemulihan). Dianjurkan untuk laptop; pilihan untuk PC kantor. Mengganti kata sandi tidak mengenkripsi ulang data.</source>
        <translation>Encryption protects the data if a computer or laptop is lost: the database and evidence files open only with the password of one of the accounts (or the recovery key). Recommended for laptops; optional for office PCs. Changing a password does not re-encrypt the data.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/security_page.py" line="143" />
        <location filename="../../src/ekinerja_desktop/gui/pages/security_page.py" line="212" />
        <source>Aktifkan enkripsi...</source>
        <translation>Turn on encryption...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/security_page.py" line="146" />
        <source>Buat kunci pemulihan baru...</source>
        <translation>Create a new recovery key...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/security_page.py" line="150" />
        <source>Enkripsi data di komputer ini</source>
        <translation>Encryption of the data on this computer</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/security_page.py" line="162" />
        <source>Enkripsi bawaan tidak tersedia untuk basis data server.</source>
        <translation>Built-in encryption is not available for a server database.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/security_page.py" line="165" />
        <source>Ruang kerja ini memakai PostgreSQL: lindungi server dengan enkripsi disk dan koneksi TLS.</source>
        <translation>This workspace uses PostgreSQL: protect the server with disk encryption and TLS connections.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/security_page.py" line="170" />
        <source>Enkripsi AKTIF.</source>
        <translation>Encryption is ON.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/security_page.py" line="172" />
        <source>{n} akun dapat membuka ruang kerja dengan kata sandinya.</source>
        <translation>{n} accounts can open the workspace with their password.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/security_page.py" line="179" />
        <source>{n} di antaranya belum masuk sejak enkripsi diaktifkan (kuncinya diperbarui saat masuk pertama).</source>
        <translation>{n} of them have not logged in since encryption was turned on (their key is renewed at the first login).</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/security_page.py" line="185" />
        <source>Tidak dapat membuka (atur ulang kata sandinya): {u}.</source>
        <translation>Cannot open (reset their password): {u}.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/security_page.py" line="192" />
        <source>{n} berkas bukti dukung belum terenkripsi: tekan Lanjutkan enkripsi.</source>
        <translation>{n} evidence files are not encrypted yet: press Continue encryption.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/security_page.py" line="196" />
        <source>Belum ada kunci pemulihan: buat yang baru.</source>
        <translation>There is no recovery key: create a new one.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/security_page.py" line="199" />
        <source>Enkripsi TIDAK aktif.</source>
        <translation>Encryption is OFF.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/security_page.py" line="202" />
        <source>Siapa pun yang memegang folder data dapat membaca isinya. Mengaktifkan enkripsi mengubah basis data dengan aman (salinan diperiksa dulu) dan menampilkan kunci pemulihan sekali untuk dicetak.</source>
        <translation>Anyone holding the data folder can read it. Turning encryption on converts the database safely (the copy is checked first) and shows a recovery key once, for printing.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/security_page.py" line="209" />
        <source>Lanjutkan enkripsi...</source>
        <translation>Continue encryption...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/security_page.py" line="221" />
        <source>Ketik kata sandi akun Anda ({u}) untuk mengonfirmasi:</source>
        <translation>Type the password of your account ({u}) to confirm:</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/security_page.py" line="230" />
        <source>Aktifkan enkripsi</source>
        <translation>Turn on encryption</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/security_page.py" line="226" />
        <source>Dibatalkan.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/security_page.py" line="238" />
        <source>Enkripsi aktif: {r} baris data dan {e} berkas bukti dukung terenkripsi.</source>
        <translation>Encryption is on: {r} data rows and {e} evidence files encrypted.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/security_page.py" line="241" />
        <source>{e} berkas bukti dukung terenkripsi.</source>
        <translation>{e} evidence files encrypted.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/security_page.py" line="246" />
        <source>Perhatian: {n} cadangan lama di komputer ini TIDAK terenkripsi ({p}). Hapus, atau simpan di tempat aman.</source>
        <translation>Warning: {n} old backups on this computer are NOT encrypted ({p}). Delete them, or keep them somewhere safe.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/security_page.py" line="260" />
        <source>Mengenkripsi ruang kerja...</source>
        <translation>Encrypting the workspace...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/security_page.py" line="264" />
        <source>Kunci pemulihan baru</source>
        <translation>New recovery key</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/security_page.py" line="271" />
        <source>Kunci pemulihan baru dibuat; kunci lama tidak berlaku lagi.</source>
        <translation>New recovery key created; the old key no longer works.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/settings_page.py" line="47" />
        <source>Terapkan bahasa</source>
        <translation>Apply language</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/settings_page.py" line="54" />
        <location filename="../../src/ekinerja_desktop/gui/pages/settings_page.py" line="79" />
        <source> menit</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/settings_page.py" line="56" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/settings_page.py" line="59" />
        <source>Tampilan</source>
        <translation>Display</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/settings_page.py" line="60" />
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/settings_page.py" line="61" />
        <source>Ruang kerja (admin)</source>
        <translation>Workspace (admin)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/settings_page.py" line="63" />
        <source>Kunci otomatis setelah diam</source>
        <translation>Auto-lock after inactivity</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/settings_page.py" line="73" />
        <source> hari kerja</source>
        <translation> working days</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/settings_page.py" line="73" />
        <source>hari itu juga</source>
        <translation>the same day</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/settings_page.py" line="77" />
        <source> poin/hari</source>
        <translation> points/day</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/settings_page.py" line="85" />
        <source>Nilai bawaan aplikasi, bukan nilai resmi Pemkot Palu: tenggat {g} hari kerja (hari kerja berikutnya); bobot cakupan hari {a} dan capaian {b}; potongan {c} poin per hari terlambat; batas capaian {cap}%; porsi kinerja {s}% dari pagu TPP. Sesuaikan dengan Perwali yang berlaku.</source>
        <translation>Application defaults, not the official values of the Palu city government: deadline {g} working day (the next working day); weight of day coverage {a} and of achievement {b}; deduction of {c} point per late day; achievement cap {cap}%; performance share {s}% of the TPP ceiling. Adjust them to the mayoral regulation (Perwali) in force.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/settings_page.py" line="100" />
        <source>Simpan aturan</source>
        <translation>Save rules</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/settings_page.py" line="103" />
        <source>Isi nilai bawaan</source>
        <translation>Fill in defaults</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/settings_page.py" line="107" />
        <source>Log harian dan TPP (admin)</source>
        <translation>Daily log and TPP (admin)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/settings_page.py" line="109" />
        <source>Tenggat pengajuan sesudah hari kegiatan</source>
        <translation>Submission deadline after the activity day</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/settings_page.py" line="110" />
        <source>Bobot cakupan hari disetujui (0-1)</source>
        <translation>Weight of approved day coverage (0-1)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/settings_page.py" line="111" />
        <source>Bobot capaian (0-1)</source>
        <translation>Weight of achievement (0-1)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/settings_page.py" line="112" />
        <source>Potongan per hari terlambat</source>
        <translation>Deduction per late day</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/settings_page.py" line="113" />
        <source>Batas capaian per RHK</source>
        <translation>Achievement cap per RHK</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/settings_page.py" line="114" />
        <source>Menit minimal agar hari dihitung</source>
        <translation>Minimum minutes for a day to count</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/settings_page.py" line="115" />
        <source>Porsi kinerja dari pagu TPP</source>
        <translation>Performance share of the TPP ceiling</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/settings_page.py" line="152" />
        <source>Nilai yang tampil: nilai bawaan.</source>
        <translation>Values shown: the defaults.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/settings_page.py" line="154" />
        <source>Nilai yang tampil berbeda dari nilai bawaan.</source>
        <translation>Values shown differ from the defaults.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/settings_page.py" line="176" />
        <source>Pengaturan disimpan.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/settings_page.py" line="197" />
        <source>Aturan log harian dan TPP disimpan.</source>
        <translation>Daily log and TPP rules saved.</translation>
    </message>
</context>
<context>
    <name>SkpPage</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="83" />
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="414" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="86" />
        <source>Ajukan</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="88" />
        <source>Simpan lalu ajukan SKP ke atasan untuk disetujui.</source>
        <translation>Save, then submit the SKP to your supervisor for approval.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="92" />
        <source>Revisi...</source>
        <translation>Revise...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="94" />
        <source>Buat revisi baru dari SKP yang sudah disetujui; perlu disetujui lagi.</source>
        <translation>Create a new revision of the approved SKP; it needs approval again.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="97" />
        <source>Lihat PDF</source>
        <translation>View PDF</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="101" />
        <source>Periode SKP tahun ini (mutasi/promosi)</source>
        <translation>SKP periods of this year (transfer/promotion)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="103" />
        <source>SKP baru karena mutasi/promosi...</source>
        <translation>New SKP for a transfer/promotion...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="106" />
        <source>Mutasi atau promosi di tengah tahun: SKP sekarang berakhir sehari sebelum tanggal mulai, SKP baru dibuat untuk sisa tahun.</source>
        <translation>Transfer or promotion during the year: the current SKP ends the day before the start date, a new SKP is created for the rest of the year.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="111" />
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="145" />
        <source>Buat SKP</source>
        <translation>Create SKP</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="149" />
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="181" />
        <source>Pendekatan</source>
        <translation>Approach</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="163" />
        <source>Tambah RHK...</source>
        <translation>Add RHK...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="164" />
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="411" />
        <source>Ubah...</source>
        <translation>Edit...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="165" />
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="167" />
        <source>Naik</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="170" />
        <source>Turun</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="190" />
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="213" />
        <source>Revisi</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="191" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="192" />
        <source>RHK</source>
        <translation>Work plan item</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="193" />
        <source>Diajukan</source>
        <translation>Filed</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="194" />
        <source>Diputuskan</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="195" />
        <source>Pejabat penilai</source>
        <translation>Appraiser</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="196" />
        <source>Catatan atasan</source>
        <translation>Supervisor note</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="204" />
        <source>Pilih satu revisi untuk melihatnya (hanya baca). Revisi terbaru dapat diubah.</source>
        <translation>Select a revision to view it (read-only). The latest revision can be edited.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="210" />
        <source>Hasil Kerja</source>
        <translation>Work results</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="211" />
        <source>Perilaku Kerja</source>
        <translation>Work behaviour</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="212" />
        <source>Lampiran</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="234" />
        <source>Kuantitatif</source>
        <translation>Quantitative</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="235" />
        <source>Kualitatif</source>
        <translation>Qualitative</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="308" />
        <source>&lt;h3&gt;Anda belum memiliki SKP tahun {year}.&lt;/h3&gt;Pilih pendekatan lalu tekan &lt;b&gt;Buat SKP&lt;/b&gt;. Pendekatan kuantitatif memakai target angka dan satuan; kualitatif memakai target naratif.</source>
        <translation>&lt;h3&gt;You have no SKP for {year} yet.&lt;/h3&gt;Choose the approach and press &lt;b&gt;Create SKP&lt;/b&gt;. The quantitative approach uses number and unit targets; the qualitative one uses narrative targets.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="314" />
        <source>Mulai dari SKP tahun {year} (RHK, indikator, lampiran)</source>
        <translation>Start from the {year} SKP (RHK, indicators, attachment)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="328" />
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="636" />
        <source>{start} s.d. {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="331" />
        <source>(penilai belum ditetapkan)</source>
        <translation>(appraiser not yet assigned)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="333" />
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="640" />
        <source>{period} ({reason})</source>
        <translation>{period} ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="337" />
        <source>Periode {period} · Pejabat penilai: {penilai}</source>
        <translation>Period {period} · Appraiser: {penilai}</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="344" />
        <source>&lt;b&gt;SKP dikembalikan oleh {penilai}.&lt;/b&gt;&lt;br&gt;Catatan atasan: {note}&lt;br&gt;Perbaiki sesuai catatan, simpan, lalu ajukan lagi.</source>
        <translation>&lt;b&gt;SKP returned by {penilai}.&lt;/b&gt;&lt;br&gt;Supervisor's note: {note}&lt;br&gt;Correct it as noted, save, then submit again.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="366" />
        <source>Menampilkan revisi {n} ({status}), hanya baca. Pilih revisi terbaru di tab Revisi untuk kembali.</source>
        <translation>Showing revision {n} ({status}), read-only. Select the latest revision in the Revision tab to go back.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="372" />
        <source>SKP sedang menunggu persetujuan {penilai}.</source>
        <translation>The SKP is waiting for approval by {penilai}.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="377" />
        <source>SKP sudah disetujui dan dibekukan. Untuk mengubahnya, tekan Revisi; revisi baru perlu disetujui lagi.</source>
        <translation>The SKP is approved and frozen. To change it, press Revise; the new revision needs approval again.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="411" />
        <source>Lihat...</source>
        <translation>View...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="414" />
        <source>Simpan*</source>
        <translation>Save*</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="426" />
        <source>Target indikator berupa teks naratif.</source>
        <translation>Indicator targets are narrative text.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="428" />
        <source>Target indikator berupa angka dan satuan.</source>
        <translation>Indicator targets are a number and a unit.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="436" />
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="451" />
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="664" />
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="437" />
        <source>Perubahan SKP belum disimpan dan akan hilang. Tetap ganti tahun?</source>
        <translation>SKP changes are not saved and will be lost. Change the year anyway?</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="452" />
        <source>Perubahan SKP belum disimpan dan akan hilang. Tetap tinggalkan halaman?</source>
        <translation>SKP changes are not saved and will be lost. Leave the page anyway?</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="520" />
        <source>Hapus RHK</source>
        <translation>Remove RHK</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="521" />
        <source>Hapus RHK "{text}" beserta indikatornya dari draf?</source>
        <translation>Remove RHK "{text}" and its indicators from the draft?</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="562" />
        <source>SKP tahun {year} dibuat sebagai draf.</source>
        <translation>SKP {year} created as a draft.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="586" />
        <source>SKP diajukan ke {penilai}.</source>
        <translation>SKP submitted to {penilai}.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="587" />
        <source>atasan</source>
        <translation>the supervisor</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="590" />
        <source>Draf SKP disimpan.</source>
        <translation>SKP draft saved.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="600" />
        <source>Revisi SKP</source>
        <translation>Revise SKP</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="602" />
        <source>SKP yang sudah disetujui tetap berlaku sampai revisi baru disetujui. Tuliskan alasan perubahan:</source>
        <translation>The approved SKP stays valid until the new revision is approved. Write the reason for the change:</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="605" />
        <source>mis. perubahan tugas setelah mutasi</source>
        <translation>e.g. changed duties after a transfer</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="619" />
        <source>Revisi baru dibuat sebagai draf; ajukan lagi setelah selesai diubah.</source>
        <translation>A new revision was created as a draft; submit it again when your changes are done.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="627" />
        <source>mutasi</source>
        <translation>transfer</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="628" />
        <source>promosi</source>
        <translation>promotion</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="629" />
        <source>lainnya</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="665" />
        <source>Perubahan SKP belum disimpan dan akan hilang. Tetap ganti periode?</source>
        <translation>Unsaved SKP changes will be lost. Switch period anyway?</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="681" />
        <source>Anda</source>
        <translation>yours</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="703" />
        <source>SKP baru mulai {start} dibuat sebagai draf; SKP sebelumnya berakhir sehari sebelumnya.</source>
        <translation>New SKP from {start} created as a draft; the previous SKP ends the day before.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_page.py" line="715" />
        <source>PDF dibuat dari data yang tersimpan; simpan dulu perubahan Anda.</source>
        <translation>The PDF is built from the saved data; save your changes first.</translation>
    </message>
</context>
<context>
    <name>SkpPdf</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="818" />
        <source>Menyusun dokumen SKP...</source>
        <translation>Building the SKP document...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_editor.py" line="815" />
        <source>Dokumen SKP {name} tahun {year}</source>
        <translation>SKP document of {name}, {year}</translation>
    </message>
</context>
<context>
    <name>SkpStatus</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/widgets.py" line="48" />
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/widgets.py" line="49" />
        <source>Diajukan</source>
        <translation>Filed</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/widgets.py" line="50" />
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/widgets.py" line="51" />
        <source>Ditolak</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/widgets.py" line="52" />
        <source>Belum dibuat</source>
        <translation>Not created</translation>
    </message>
</context>
<context>
    <name>SkpTeamPage</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_team_page.py" line="70" />
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_team_page.py" line="74" />
        <source>menunggu Anda</source>
        <translation>waiting for you</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_team_page.py" line="77" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_team_page.py" line="78" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_team_page.py" line="81" />
        <source>Status SKP</source>
        <translation>SKP status</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_team_page.py" line="88" />
        <source>Rev.</source>
        <translation>Rev.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_team_page.py" line="89" />
        <source>RHK</source>
        <translation>Work plan item</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_team_page.py" line="90" />
        <source>Diajukan</source>
        <translation>Filed</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_team_page.py" line="91" />
        <source>Periode SKP</source>
        <translation>SKP period</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_team_page.py" line="101" />
        <source>belum didukung</source>
        <translation>not yet supported</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_team_page.py" line="104" />
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_team_page.py" line="105" />
        <source>RHK saya</source>
        <translation>My RHK</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_team_page.py" line="108" />
        <source>Didukung</source>
        <translation>Supported</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_team_page.py" line="123" />
        <source>RHK saya (SKP disetujui) dan dukungan tim</source>
        <translation>My RHK (approved SKP) and team support</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_team_page.py" line="127" />
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_team_page.py" line="301" />
        <source>Pilih anggota tim untuk melihat SKP-nya.</source>
        <translation>Select a team member to see their SKP.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_team_page.py" line="130" />
        <source>Simpan ekspektasi</source>
        <translation>Save expectations</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_team_page.py" line="132" />
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_team_page.py" line="134" />
        <source>Kembalikan...</source>
        <translation>Return...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_team_page.py" line="136" />
        <source>Lihat PDF</source>
        <translation>View PDF</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_team_page.py" line="139" />
        <source>SKP baru karena mutasi/promosi...</source>
        <translation>New SKP for a transfer/promotion...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_team_page.py" line="166" />
        <source>Hasil Kerja</source>
        <translation>Work results</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_team_page.py" line="167" />
        <source>Perilaku Kerja dan ekspektasi</source>
        <translation>Work behaviour and expectations</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_team_page.py" line="168" />
        <source>Lampiran</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_team_page.py" line="218" />
        <source>Tidak ada pegawai yang Anda nilai pada tahun {year}.</source>
        <translation>You appraise no employees in {year}.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_team_page.py" line="223" />
        <source>&lt;b&gt;{n} SKP menunggu persetujuan Anda&lt;/b&gt; dari {total} anggota tim.</source>
        <translation>&lt;b&gt;{n} SKP waiting for your approval&lt;/b&gt; out of {total} team members.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_team_page.py" line="229" />
        <source>Tidak ada SKP yang menunggu persetujuan Anda ({total} anggota tim).</source>
        <translation>No SKP is waiting for your approval ({total} team members).</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_team_page.py" line="236" />
        <source>Anda belum memiliki SKP yang disetujui untuk tahun {year}; tim belum dapat menurunkan RHK dari SKP Anda.</source>
        <translation>You have no approved SKP for {year} yet; your team cannot cascade RHK from your SKP.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_team_page.py" line="243" />
        <source>&lt;span style='color:#8b0000'&gt;&lt;b&gt;{n} dari {total} RHK Anda belum didukung&lt;/b&gt;&lt;/span&gt; oleh RHK anggota tim.</source>
        <translation>&lt;span style='color:#8b0000'&gt;&lt;b&gt;{n} of your {total} RHK not yet supported&lt;/b&gt;&lt;/span&gt; by team members' RHK.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_team_page.py" line="249" />
        <source>Semua {total} RHK Anda sudah didukung oleh tim.</source>
        <translation>All {total} of your RHK are supported by the team.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_team_page.py" line="288" />
        <source>&lt;b&gt;{name}&lt;/b&gt; belum membuat SKP tahun {year}.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; has not created an SKP for {year} yet.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_team_page.py" line="312" />
        <source>&lt;b&gt;{name}&lt;/b&gt; · NIP {nip}&lt;br&gt;Periode {start} s.d. {end} · {approach}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · NIP {nip}&lt;br&gt;Period {start} to {end} · {approach}</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_team_page.py" line="323" />
        <source>Catatan terakhir: {note}</source>
        <translation>Last note: {note}</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_team_page.py" line="392" />
        <source>Ekspektasi khusus pimpinan disimpan.</source>
        <translation>Supervisor's specific expectations saved.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_team_page.py" line="402" />
        <source>Setujui SKP {year} {name} ({n} RHK)? Setelah disetujui, RHK-nya dipakai untuk log harian dan penilaian; perubahan berikutnya memerlukan revisi.</source>
        <translation>Approve the {year} SKP of {name} ({n} RHK)? Once approved, its RHK are used for the daily log and appraisal; later changes need a revision.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_team_page.py" line="405" />
        <source>Setujui SKP</source>
        <translation>Approve SKP</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_team_page.py" line="417" />
        <source>SKP {name} disetujui.</source>
        <translation>SKP of {name} approved.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_team_page.py" line="426" />
        <source>Kembalikan SKP</source>
        <translation>Return SKP</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_team_page.py" line="428" />
        <source>SKP {name} akan dikembalikan untuk diperbaiki. Tuliskan catatan yang jelas: apa yang perlu diubah.</source>
        <translation>The SKP of {name} will be returned for correction. Write a clear note: what needs to change.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_team_page.py" line="431" />
        <source>mis. RHK 2 belum mendukung RHK pimpinan; target waktu belum ada</source>
        <translation>e.g. RHK 2 does not support a supervisor RHK yet; no time target</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_team_page.py" line="443" />
        <source>SKP {name} dikembalikan dengan catatan.</source>
        <translation>SKP of {name} returned with a note.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/skp_team_page.py" line="476" />
        <source>SKP baru mulai {start} dibuat sebagai draf; SKP sebelumnya berakhir sehari sebelumnya.</source>
        <translation>New SKP from {start} created as a draft; the previous SKP ends the day before.</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/widgets.py" line="152" />
        <source>{status} · revisi {n}</source>
        <translation>{status} · revision {n}</translation>
    </message>
</context>
<context>
    <name>SupervisorDialog</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="66" />
        <source>Ubah penilai: {name}</source>
        <translation>Change appraiser: {name}</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="69" />
        <source>Pilih Pejabat Penilai Kinerja untuk &lt;b&gt;{name}&lt;/b&gt; pada tahun {year}. Klik dua kali atau pilih lalu tekan Simpan.</source>
        <translation>Choose the appraising official for &lt;b&gt;{name}&lt;/b&gt; in {year}. Double-click, or select and press Save.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="80" />
        <source>mis. mutasi jabatan, SK nomor ...</source>
        <translation>e.g. transfer, decree number ...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="82" />
        <source>Berlaku mulai</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="83" />
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="99" />
        <source>Pilih dulu pegawai yang menjadi penilai.</source>
        <translation>First select the employee who will appraise.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/mapping_page.py" line="106" />
        <source>Tanggal berlaku mulai {d} di luar tahun {y}: pilih tanggal antara 01-01-{y} dan 31-12-{y}.</source>
        <translation>Valid from {d} is outside {y}: choose a date between 01-01-{y} and 31-12-{y}.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="93" />
        <source>Ekspor yang lebih besar dipecah menjadi beberapa bundel, masing-masing lengkap; impor semuanya dalam urutan apa pun.</source>
        <translation>Larger exports are split into several bundles, each complete; import all of them, in any order.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="97" />
        <source>Node ini</source>
        <translation>This node</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="100" />
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="109" />
        <source>ID node</source>
        <translation>Node ID</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="101" />
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="110" />
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="102" />
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="113" />
        <source>Sidik jari</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="98" />
        <source>(ekspor yang lebih besar dipecah menjadi beberapa bundel)</source>
        <translation>(larger exports are split into several bundles)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="103" />
        <source>Ukuran bundel paling besar</source>
        <translation>Largest bundle size</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="111" />
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="112" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="114" />
        <source>Bundel terakhir dikirim</source>
        <translation>Last bundle sent</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="119" />
        <source>Daftarkan node...</source>
        <translation>Enroll node...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="121" />
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="294" />
        <source>Cabut node</source>
        <translation>Revoke node</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="123" />
        <source>Ekspor bundel...</source>
        <translation>Export bundles...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="126" />
        <source>Impor berkas...</source>
        <translation>Import files...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="129" />
        <source>Impor folder...</source>
        <translation>Import folder...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="136" />
        <source>Diimpor (WITA)</source>
        <translation>Imported (WITA)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="139" />
        <source>Pengirim</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="140" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="141" />
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="142" />
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="143" />
        <source>Laporan</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="158" />
        <source>Node yang dikenal</source>
        <translation>Known nodes</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="161" />
        <source>Riwayat bundel yang diimpor</source>
        <translation>History of imported bundles</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="203" />
        <source>Terdaftar</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="204" />
        <source>Dicabut</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="205" />
        <source>Komputer ini</source>
        <translation>This computer</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="225" />
        <source>Bundel di atas {m} MB akan dipecah menjadi beberapa berkas.</source>
        <translation>Bundles over {m} MB will be split into several files.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="238" />
        <source>Pilih berkas permintaan pendaftaran</source>
        <translation>Choose the enrollment request file</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="250" />
        <source>Membaca permintaan...</source>
        <translation>Reading the request...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="272" />
        <source>Node {n} terdaftar. Bundel pendaftaran: {p}.</source>
        <translation>Node {n} enrolled. Enrollment bundle: {p}.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="264" />
        <source>Folder untuk bundel pendaftaran</source>
        <translation>Folder for the enrollment bundle</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="283" />
        <source>Mendaftarkan node...</source>
        <translation>Enrolling node...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="289" />
        <source>Pilih node yang akan dicabut.</source>
        <translation>Select the node to revoke.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="291" />
        <source>Cabut node {n}? Bundel dari node itu akan ditolak mulai sekarang.</source>
        <translation>Revoke node {n}? Bundles from that node will be refused from now on.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="299" />
        <source>Node {n} dicabut.</source>
        <translation>Node {n} revoked.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="309" />
        <source>Folder tujuan bundel</source>
        <translation>Destination folder for bundles</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="316" />
        <source>Belum ada node terdaftar untuk dikirimi bundel.</source>
        <translation>There is no enrolled node to send bundles to yet.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="319" />
        <source>Untuk node {i} dari {k} ({n})</source>
        <translation>For node {i} of {k} ({n})</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="339" />
        <source>Mengekspor bundel...</source>
        <translation>Exporting bundles...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="342" />
        <source>Pilih bundel (.ekb)</source>
        <translation>Choose bundles (.ekb)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="347" />
        <source>Folder berisi bundel (.ekb)</source>
        <translation>Folder containing bundles (.ekb)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="353" />
        <source>Memeriksa {f}...</source>
        <translation>Checking {f}...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="364" />
        <source>Memeriksa bundel...</source>
        <translation>Checking bundles...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="370" />
        <source>Tidak ada berkas .ekb yang ditemukan.</source>
        <translation>No .ekb files were found.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_page.py" line="395" />
        <source>Mengimpor bundel...</source>
        <translation>Importing bundles...</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/data_table.py" line="203" />
        <source>Saring...</source>
        <translation>Filter...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/data_table.py" line="205" />
        <source>Ekspor...</source>
        <translation>Export...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/data_table.py" line="207" />
        <source>Simpan tabel ini sebagai .xlsx atau .csv</source>
        <translation>Save this table as .xlsx or .csv</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/data_table.py" line="334" />
        <source>Ekspor tabel</source>
        <translation>Export table</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/data_table.py" line="345" />
        <source>Tabel ditulis ke {p}.</source>
        <translation>Table written to {p}.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/data_table.py" line="349" />
        <source>Mengekspor tabel...</source>
        <translation>Exporting table...</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/tasks.py" line="155" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TrainingAdminPage</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="144" />
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="152" />
        <source>Saran JP</source>
        <translation>Suggested JP</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="156" />
        <source>Alasan JP</source>
        <translation>JP reason</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="157" />
        <source>Sertifikat</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="171" />
        <source>Verifikasi</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="174" />
        <source>Tolak...</source>
        <translation>Reject...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="181" />
        <source>Tim saya / semua dalam wewenang saya</source>
        <translation>My team / everything in my scope</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="183" />
        <source>Hanya yang di bawah target / melebihi batas</source>
        <translation>Only below target / over the cap</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="186" />
        <source>Ekspor...</source>
        <translation>Export...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="191" />
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="221" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="192" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="193" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="194" />
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="195" />
        <source>Target/Batas</source>
        <translation>Target/Cap</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="200" />
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="207" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="214" />
        <source>Antrean verifikasi</source>
        <translation>Verification queue</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="215" />
        <source>Rekap JP unit</source>
        <translation>Unit JP recap</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="220" />
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="222" />
        <source>Jalur</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="225" />
        <source>Cara hitung</source>
        <translation>Crediting</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="226" />
        <source>tetap</source>
        <translation>fixed</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="226" />
        <source>per jam</source>
        <translation>per hour</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="228" />
        <source>Menit/JP</source>
        <translation>Min/JP</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="231" />
        <source>JP tetap</source>
        <translation>Fixed JP</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="237" />
        <source>Batas JP</source>
        <translation>JP cap</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="243" />
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="245" />
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="245" />
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="252" />
        <source>Tambah jenis...</source>
        <translation>Add kind...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="255" />
        <source>Ubah...</source>
        <translation>Edit...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="271" />
        <source>Simpan untuk semua peserta (langsung terverifikasi)</source>
        <translation>Save for all attendees (verified at once)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="276" />
        <source>Peserta dari unit</source>
        <translation>Attendees from unit</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="287" />
        <source>Katalog jenis dan aturan JP</source>
        <translation>Activity kinds and JP rules</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="288" />
        <source>Entri massal</source>
        <translation>Bulk entry</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="326" />
        <source>{n} kegiatan menunggu verifikasi Anda.</source>
        <translation>{n} activities await your verification.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="328" />
        <source>Tidak ada kegiatan yang menunggu verifikasi.</source>
        <translation>No activities awaiting verification.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="343" />
        <source>Semua dalam wewenang saya</source>
        <translation>Everything in my scope</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="376" />
        <source>{n} pegawai · &lt;b&gt;{b} PNS di bawah target 20 JP&lt;/b&gt; · {o} PPPK melebihi batas 24 JP</source>
        <translation>{n} employees · &lt;b&gt;{b} PNS below the 20 JP target&lt;/b&gt; · {o} PPPK over the 24 JP cap</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="413" />
        <source>{n} peserta dipilih</source>
        <translation>{n} attendees selected</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="436" />
        <source>Kegiatan "{t}" milik {n} diverifikasi.</source>
        <translation>Activity "{t}" of {n} verified.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="448" />
        <source>Tolak kegiatan</source>
        <translation>Reject activity</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="450" />
        <source>Kegiatan "{t}" milik {n} akan dikembalikan. Tuliskan apa yang perlu diperbaiki.</source>
        <translation>Activity "{t}" of {n} will be returned. Write what needs to be fixed.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="452" />
        <source>mis. sertifikat belum dilampirkan; JP tidak sesuai sertifikat</source>
        <translation>e.g. certificate not attached; JP does not match the certificate</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="461" />
        <source>Kegiatan "{t}" dikembalikan dengan catatan.</source>
        <translation>Activity "{t}" returned with a note.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="477" />
        <source>Katalog disimpan.</source>
        <translation>Catalogue saved.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="490" />
        <source>Kegiatan "{t}" dicatat dan diverifikasi untuk {n} peserta.</source>
        <translation>Activity "{t}" recorded and verified for {n} attendees.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="500" />
        <source>Ekspor rekap JP</source>
        <translation>Export JP recap</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_admin_page.py" line="515" />
        <source>Rekap JP ditulis ke {p}.</source>
        <translation>JP recap written to {p}.</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="326" />
        <source>Ubah kegiatan pengembangan kompetensi</source>
        <translation>Edit competency development activity</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="328" />
        <source>Catat kegiatan pengembangan kompetensi</source>
        <translation>Record a competency development activity</translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="140" />
        <source>mis. Bimtek Penyusunan SKP</source>
        <translation>e.g. SKP drafting technical guidance</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="149" />
        <source>Kegiatan yang sudah dilaksanakan: paling lambat hari ini ({d}).</source>
        <translation>Activities already carried out: today ({d}) at the latest.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="163" />
        <source>wajib bila JP berbeda dari saran, mis. JP tertera pada sertifikat</source>
        <translation>required when JP differs from the suggestion, e.g. JP stated on the certificate</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="174" />
        <source>Jalur</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="175" />
        <source>Jenis kegiatan</source>
        <translation>Activity kind</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="176" />
        <source>Judul kegiatan</source>
        <translation>Activity title</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="177" />
        <source>Penyelenggara</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="178" />
        <source>Tanggal mulai</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="179" />
        <source>Tanggal selesai</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="180" />
        <source>Jumlah jam</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="181" />
        <source>JP diakui</source>
        <translation>JP credited</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="182" />
        <source>Alasan JP</source>
        <translation>JP reason</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="183" />
        <source>No. sertifikat</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="166" />
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="276" />
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="293" />
        <source>(belum ada berkas)</source>
        <translation>(no file yet)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="168" />
        <source>Pilih berkas...</source>
        <translation>Choose file...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="171" />
        <source>Lepas</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="186" />
        <source>Berkas sertifikat</source>
        <translation>Certificate file</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="229" />
        <source>saran katalog: {jp} JP</source>
        <translation>catalogue suggests: {jp} JP</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="260" />
        <source>Pilih berkas sertifikat</source>
        <translation>Choose certificate file</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="262" />
        <source>Dokumen (*.pdf *.jpg *.jpeg *.png);;Semua berkas (*)</source>
        <translation>Documents (*.pdf *.jpg *.jpeg *.png);;All files (*)</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="431" />
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="441" />
        <source>Catat kegiatan...</source>
        <translation>Record activity...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="442" />
        <source>Ubah...</source>
        <translation>Edit...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="443" />
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="449" />
        <source>Kegiatan saya</source>
        <translation>My activities</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="456" />
        <source>Rencana</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="457" />
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="459" />
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="461" />
        <source>JP rencana</source>
        <translation>Planned JP</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="464" />
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="465" />
        <source>Evaluasi (pembinaan)</source>
        <translation>Evaluation (coaching)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="467" />
        <source>Realisasi</source>
        <translation>Realised by</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="468" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="476" />
        <source>Tambah rencana...</source>
        <translation>Add plan item...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="477" />
        <source>Tautkan ke kegiatan terpilih</source>
        <translation>Link to selected activity</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="478" />
        <source>Hapus rencana</source>
        <translation>Delete plan item</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="483" />
        <source>Rencana pengembangan saya (rencana vs realisasi)</source>
        <translation>My development plan (planned vs realised)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="530" />
        <source> · {n} JP menunggu verifikasi</source>
        <translation> · {n} JP awaiting verification</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="534" />
        <source>{r} dari {n} rencana terealisasi · {pjp} JP direncanakan, {rjp} JP terealisasi</source>
        <translation>{r} of {n} plan items realised · {pjp} JP planned, {rjp} JP realised</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="588" />
        <source>Kegiatan dicatat dan diajukan untuk verifikasi.</source>
        <translation>Activity recorded and submitted for verification.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="596" />
        <source>Perubahan kegiatan disimpan.</source>
        <translation>Activity changes saved.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="605" />
        <source>Kegiatan dihapus.</source>
        <translation>Activity deleted.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="617" />
        <source>Rencana pengembangan ditambahkan.</source>
        <translation>Plan item added.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="628" />
        <source>Rencana "{p}" ditautkan ke kegiatan "{t}".</source>
        <translation>Plan item "{p}" linked to activity "{t}".</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="637" />
        <source>Rencana dihapus.</source>
        <translation>Plan item deleted.</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/units_page.py" line="134" />
        <source>Sabtu termasuk hari kerja</source>
        <translation>Saturday is a working day</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/units_page.py" line="142" />
        <source>(tingkat teratas - OPD)</source>
        <translation>(top level - OPD)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/units_page.py" line="148" />
        <source>Pindahkan {name} beserta sub-unitnya ke bawah unit:</source>
        <translation>Move {name} and its sub-units under the unit:</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/units_page.py" line="152" />
        <source>Nama unit</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/units_page.py" line="153" />
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/units_page.py" line="154" />
        <source>Kode (opsional)</source>
        <translation>Code (optional)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/units_page.py" line="176" />
        <source>Nama unit wajib diisi.</source>
        <translation>The unit name is required.</translation>
    </message>
</context>
<context>
    <name>UnitKind</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/units_page.py" line="36" />
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/units_page.py" line="37" />
        <source>Bidang</source>
        <translation>Division</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/units_page.py" line="38" />
        <source>Bagian</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/units_page.py" line="39" />
        <source>Seksi</source>
        <translation>Subsection</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/units_page.py" line="40" />
        <source>Subbagian</source>
        <translation>Subsection (secretariat)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/units_page.py" line="41" />
        <source>UPTD</source>
        <translation>UPTD</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/units_page.py" line="42" />
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/units_page.py" line="43" />
        <source>Kelurahan</source>
        <translation>Sub-district</translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_dialogs.py" line="130" />
        <source>Cari unit (nama atau kode)...</source>
        <translation>Search units (name or code)...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_dialogs.py" line="133" />
        <source>Unit kerja</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_dialogs.py" line="133" />
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/sync_dialogs.py" line="133" />
        <source>Pegawai</source>
        <translation>Employees</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/units_page.py" line="192" />
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/units_page.py" line="193" />
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/units_page.py" line="194" />
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/units_page.py" line="195" />
        <source>Jumlah pegawai</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/units_page.py" line="196" />
        <source>Termasuk sub-unit</source>
        <translation>Incl. sub-units</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/units_page.py" line="197" />
        <source>Hari kerja</source>
        <translation>Working days</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/units_page.py" line="210" />
        <location filename="../../src/ekinerja_desktop/gui/pages/units_page.py" line="373" />
        <source>Tambah OPD</source>
        <translation>Add OPD</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/units_page.py" line="214" />
        <source>Tambah sub-unit</source>
        <translation>Add sub-unit</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/units_page.py" line="216" />
        <source>Ubah...</source>
        <translation>Edit...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/units_page.py" line="217" />
        <source>Pindahkan...</source>
        <translation>Move...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/units_page.py" line="219" />
        <location filename="../../src/ekinerja_desktop/gui/pages/units_page.py" line="351" />
        <source>Nonaktifkan</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/units_page.py" line="282" />
        <source>{n} unit aktif, {m} nonaktif</source>
        <translation>{n} active units, {m} inactive</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/units_page.py" line="287" />
        <source>{name} (nonaktif)</source>
        <translation>{name} (inactive)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/units_page.py" line="288" />
        <source>Senin-Sabtu</source>
        <translation>Mon-Sat</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/units_page.py" line="288" />
        <source>Senin-Jumat</source>
        <translation>Mon-Fri</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/units_page.py" line="351" />
        <source>Aktifkan</source>
        <translation>Activate</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/units_page.py" line="382" />
        <source>Tambah sub-unit di bawah {name}</source>
        <translation>Add a sub-unit under {name}</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/units_page.py" line="393" />
        <source>Ubah unit {name}</source>
        <translation>Edit unit {name}</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/units_page.py" line="398" />
        <source>Pindahkan {name}</source>
        <translation>Move {name}</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/verify_page.py" line="47" />
        <source>Ketik kode verifikasi yang tercetak di kaki halaman dokumen (XXXX-XXXX-XX), atau buka berkas PDF-nya. Hasilnya menyatakan apakah dokumen cocok dengan dokumen yang diterbitkan di ruang kerja ini, revisi ke berapa, dan apakah ada revisi yang lebih baru.</source>
        <translation>Type the verification code printed in the document's page footer (XXXX-XXXX-XX), or open its PDF file. The result says whether the document matches a document issued in this workspace, which revision it is, and whether a newer revision exists.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/verify_page.py" line="56" />
        <source>Periksa kode</source>
        <translation>Check code</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/verify_page.py" line="58" />
        <source>Buka PDF...</source>
        <translation>Open PDF...</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/verify_page.py" line="60" />
        <source>Kode verifikasi</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/verify_page.py" line="77" />
        <source>Ketik kode verifikasinya dulu.</source>
        <translation>Type the verification code first.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/verify_page.py" line="83" />
        <source>Buka dokumen PDF</source>
        <translation>Open PDF document</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/verify_page.py" line="97" />
        <source>Memeriksa dokumen...</source>
        <translation>Checking document...</translation>
    </message>
</context>
<context>
    <name>_AdminPage</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/wizard.py" line="126" />
        <source>Akun administrator pertama</source>
        <translation>First administrator account</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/wizard.py" line="127" />
        <source>Akun ini mengelola pegawai, akun lain dan sinkronisasi.</source>
        <translation>This account manages employees, other accounts and synchronisation.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/wizard.py" line="139" />
        <source>Enkripsi data di komputer ini (dianjurkan untuk laptop)</source>
        <translation>Encrypt the data on this computer (recommended for laptops)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/wizard.py" line="143" />
        <source>Data pegawai dan bukti dukung disimpan terenkripsi; setiap akun membukanya dengan kata sandinya. Anda akan menerima kunci pemulihan untuk dicetak.</source>
        <translation>Employee data and evidence are stored encrypted; every account opens them with its own password. You will receive a recovery key to print.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/wizard.py" line="149" />
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/wizard.py" line="150" />
        <source>Kata sandi (min. 8)</source>
        <translation>Password (min. 8)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/wizard.py" line="151" />
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/wizard.py" line="165" />
        <source>Kata sandi minimal 8 karakter.</source>
        <translation>The password needs at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/wizard.py" line="167" />
        <source>Kedua kata sandi belum sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/wizard.py" line="169" />
        <source>Nama pengguna minimal 3 karakter.</source>
        <translation>The user name needs at least 3 characters.</translation>
    </message>
</context>
<context>
    <name>_AgencyPage</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/wizard.py" line="77" />
        <source>Instansi dan peran komputer ini</source>
        <translation>Agency and role of this computer</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/wizard.py" line="83" />
        <source>PC kantor (dipakai bersama staf)</source>
        <translation>Office PC (shared by staff)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/wizard.py" line="84" />
        <source>Laptop atasan (penilai)</source>
        <translation>Supervisor laptop (appraiser)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/wizard.py" line="85" />
        <source>Kantor pusat (BKPSDM)</source>
        <translation>Central office (BKPSDM)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/wizard.py" line="93" />
        <source>Nama instansi</source>
        <translation>Agency name</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/wizard.py" line="94" />
        <source>Peran komputer</source>
        <translation>Computer role</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/wizard.py" line="108" />
        <source>Dipakai bergantian oleh staf satu kantor (OPD).</source>
        <translation>Shared by the staff of one office (OPD).</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/wizard.py" line="109" />
        <source>Dibawa atasan untuk menyetujui SKP, meninjau log dan menilai.</source>
        <translation>Carried by a supervisor to approve SKPs, review logs and appraise.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/wizard.py" line="111" />
        <source>BKPSDM: menghimpun data semua kantor dan menerbitkan laporan. Hanya satu komputer di kota yang berperan sebagai kantor pusat.</source>
        <translation>BKPSDM: consolidates the data of all offices and publishes reports. Only one computer in the city acts as the central office.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/wizard.py" line="119" />
        <source>Nama instansi wajib diisi.</source>
        <translation>The agency name is required.</translation>
    </message>
</context>
<context>
    <name>_IntroPage</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/wizard.py" line="36" />
        <source>Selamat datang di e-Kinerja Desktop</source>
        <translation>Welcome to e-Kinerja Desktop</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/wizard.py" line="37" />
        <source>Belum ada ruang kerja di komputer ini. Pilih cara memulai.</source>
        <translation>There is no workspace on this computer yet. Choose how to start.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/wizard.py" line="38" />
        <source>Buat ruang kerja baru untuk instansi saya</source>
        <translation>Create a new workspace for my agency</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/wizard.py" line="41" />
        <source>Buka ruang kerja demo (data contoh Kota Palu, untuk mencoba)</source>
        <translation>Open the demo workspace (sample Kota Palu data, to try things out)</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/wizard.py" line="50" />
        <source>Ruang kerja demo berisi pegawai, SKP, log harian dan penilaian contoh. Semua akun demo memakai kata sandi demo12345.</source>
        <translation>The demo workspace holds sample employees, SKPs, daily logs and appraisals. Every demo account uses the password demo12345.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/dialogs.py" line="30" />
        <source>Terjadi kesalahan tak terduga: {kind}.</source>
        <translation>An unexpected error occurred: {kind}.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/dialogs.py" line="33" />
        <source>Data yang sudah tersimpan aman. Coba lagi; jika berulang, kirim berkas log ke admin.</source>
        <translation>Data already saved is safe. Try again; if it keeps happening, send the log file to your administrator.</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/dialogs.py" line="44" />
        <source>Tidak berhasil</source>
        <translation>Not successful</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/dialogs.py" line="69" />
        <source>Ya, lanjutkan</source>
        <translation>Yes, continue</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/dialogs.py" line="72" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="395" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="398" />
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="399" />
        <source>Judul kegiatan</source>
        <translation>Activity title</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="400" />
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="401" />
        <source>Jam</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="402" />
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="403" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="404" />
        <source>Sertifikat</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../src/ekinerja_desktop/gui/pages/training_page.py" line="405" />
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
</context>
</TS>