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
    <name>AccountsPage</name>
    <message>
        <location filename="../pages/accounts_page.py" line="214" />
        <source>Terkunci</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../pages/accounts_page.py" line="215" />
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../pages/accounts_page.py" line="216" />
        <source>Nonaktif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../pages/accounts_page.py" line="226" />
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../pages/accounts_page.py" line="227" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../pages/accounts_page.py" line="228" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../pages/accounts_page.py" line="229" />
        <source>Peran</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../pages/accounts_page.py" line="230" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../pages/accounts_page.py" line="231" />
        <source>Terakhir masuk</source>
        <translation>Last login</translation>
    </message>
    <message>
        <location filename="../pages/accounts_page.py" line="258" />
        <source>Cari nama pengguna, nama atau NIP...</source>
        <translation>Search user name, name or NIP...</translation>
    </message>
    <message>
        <location filename="../pages/accounts_page.py" line="260" />
        <source>Buat akun...</source>
        <translation>Create account...</translation>
    </message>
    <message>
        <location filename="../pages/accounts_page.py" line="262" />
        <source>Atur ulang kata sandi...</source>
        <translation>Reset password...</translation>
    </message>
    <message>
        <location filename="../pages/accounts_page.py" line="264" />
        <location filename="../pages/accounts_page.py" line="337" />
        <source>Kunci</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../pages/accounts_page.py" line="266" />
        <source>Ubah peran...</source>
        <translation>Edit roles...</translation>
    </message>
    <message>
        <location filename="../pages/accounts_page.py" line="337" />
        <source>Buka kunci</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../pages/accounts_page.py" line="367" />
        <source>Akun {u} dibuat.</source>
        <translation>Account {u} created.</translation>
    </message>
    <message>
        <location filename="../pages/accounts_page.py" line="380" />
        <source>Kata sandi {u} diatur ulang; pengguna wajib menggantinya saat masuk.</source>
        <translation>Password of {u} reset; the user must change it at the next login.</translation>
    </message>
    <message>
        <location filename="../pages/accounts_page.py" line="393" />
        <source>Peran {u} diperbarui.</source>
        <translation>Roles of {u} updated.</translation>
    </message>
    <message>
        <location filename="../pages/accounts_page.py" line="403" />
        <source>Akun {u} dikunci.</source>
        <translation>Account {u} locked.</translation>
    </message>
    <message>
        <location filename="../pages/accounts_page.py" line="403" />
        <source>Akun {u} dibuka.</source>
        <translation>Account {u} unlocked.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../app.py" line="160" />
        <source>Ruang kerja demo siap. Akun demo: admin, kaban, kabid, pegawai - kata sandi demo12345.</source>
        <translation>The demo workspace is ready. Demo accounts: admin, kaban, kabid, pegawai - password demo12345.</translation>
    </message>
    <message>
        <location filename="../app.py" line="178" />
        <source>Menyiapkan ruang kerja...</source>
        <translation>Preparing the workspace...</translation>
    </message>
    <message>
        <location filename="../app.py" line="186" />
        <location filename="../app.py" line="207" />
        <source>Membuka basis data...</source>
        <translation>Opening the database...</translation>
    </message>
    <message>
        <location filename="../app.py" line="202" />
        <source>Basis data diperbarui ke versi baru; cadangan disimpan di {p}.</source>
        <translation>The database was upgraded to the new version; a backup was saved at {p}.</translation>
    </message>
    <message>
        <location filename="../app.py" line="231" />
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
    <name>BehaviourPanel</name>
    <message>
        <location filename="../pages/skp_editor.py" line="750" />
        <source>&lt;b&gt;Perilaku Kerja&lt;/b&gt;</source>
        <translation>&lt;b&gt;Work behaviour&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../pages/skp_editor.py" line="751" />
        <source>&lt;b&gt;Ekspektasi Khusus Pimpinan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Supervisor's specific expectation&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../pages/skp_editor.py" line="764" />
        <source>Ekspektasi khusus pimpinan untuk nilai ini</source>
        <translation>Supervisor's specific expectation for this value</translation>
    </message>
    <message>
        <location filename="../pages/skp_editor.py" line="771" />
        <source>(belum diisi atasan)</source>
        <translation>(not yet filled in by the supervisor)</translation>
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
    <name>CreateAccountDialog</name>
    <message>
        <location filename="../pages/accounts_page.py" line="107" />
        <source>Buat akun pengguna</source>
        <translation>Create user account</translation>
    </message>
    <message>
        <location filename="../pages/accounts_page.py" line="113" />
        <source>huruf, angka, titik, garis; mis. NIP</source>
        <translation>letters, digits, dots, dashes; e.g. the NIP</translation>
    </message>
    <message>
        <location filename="../pages/accounts_page.py" line="117" />
        <source>Pengguna wajib mengganti kata sandi ini saat pertama kali masuk.</source>
        <translation>The user must change this password at the first login.</translation>
    </message>
    <message>
        <location filename="../pages/accounts_page.py" line="120" />
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../pages/accounts_page.py" line="121" />
        <source>Kata sandi awal</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <location filename="../pages/accounts_page.py" line="122" />
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../pages/accounts_page.py" line="128" />
        <source>Pegawai pemilik akun:</source>
        <translation>Employee who owns the account:</translation>
    </message>
    <message>
        <location filename="../pages/accounts_page.py" line="142" />
        <source>Pilih dulu pegawai pemilik akun.</source>
        <translation>First select the employee who owns the account.</translation>
    </message>
    <message>
        <location filename="../pages/accounts_page.py" line="145" />
        <source>Kata sandi dan ulangannya tidak sama.</source>
        <translation>The password and its repetition differ.</translation>
    </message>
    <message>
        <location filename="../pages/accounts_page.py" line="148" />
        <source>Pilih sedikitnya satu peran.</source>
        <translation>Select at least one role.</translation>
    </message>
</context>
<context>
    <name>EmployeeForm</name>
    <message>
        <location filename="../pages/employee_form.py" line="98" />
        <source>Ubah pegawai</source>
        <translation>Edit employee</translation>
    </message>
    <message>
        <location filename="../pages/employee_form.py" line="98" />
        <source>Tambah pegawai</source>
        <translation>Add employee</translation>
    </message>
    <message>
        <location filename="../pages/employee_form.py" line="104" />
        <source>18 digit, spasi boleh</source>
        <translation>18 digits, spaces allowed</translation>
    </message>
    <message>
        <location filename="../pages/employee_form.py" line="119" />
        <source>mis. dr., Ir.</source>
        <translation>e.g. dr., Ir.</translation>
    </message>
    <message>
        <location filename="../pages/employee_form.py" line="121" />
        <source>mis. S.Kom., M.Si.</source>
        <translation>e.g. S.Kom., M.Si.</translation>
    </message>
    <message>
        <location filename="../pages/employee_form.py" line="130" />
        <source>(pilih)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../pages/employee_form.py" line="141" />
        <source>(belum ditempatkan)</source>
        <translation>(not placed yet)</translation>
    </message>
    <message>
        <location filename="../pages/employee_form.py" line="147" />
        <location filename="../pages/employee_form.py" line="229" />
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../pages/employee_form.py" line="148" />
        <source>Kepala unit ini</source>
        <translation>Head of this unit</translation>
    </message>
    <message>
        <location filename="../pages/employee_form.py" line="149" />
        <location filename="../pages/employee_form.py" line="150" />
        <source>diisi</source>
        <translation>set</translation>
    </message>
    <message>
        <location filename="../pages/employee_form.py" line="152" />
        <source>Identitas</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../pages/employee_form.py" line="154" />
        <source>Status ASN</source>
        <translation>ASN status</translation>
    </message>
    <message>
        <location filename="../pages/employee_form.py" line="155" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../pages/employee_form.py" line="156" />
        <source>Nama (tanpa gelar)</source>
        <translation>Name (without titles)</translation>
    </message>
    <message>
        <location filename="../pages/employee_form.py" line="157" />
        <source>Gelar depan</source>
        <translation>Title before name</translation>
    </message>
    <message>
        <location filename="../pages/employee_form.py" line="158" />
        <source>Gelar belakang</source>
        <translation>Title after name</translation>
    </message>
    <message>
        <location filename="../pages/employee_form.py" line="160" />
        <source>Kepegawaian</source>
        <translation>Employment</translation>
    </message>
    <message>
        <location filename="../pages/employee_form.py" line="162" />
        <source>Pangkat/golongan</source>
        <translation>Rank/grade</translation>
    </message>
    <message>
        <location filename="../pages/employee_form.py" line="163" />
        <source>Nama jabatan</source>
        <translation>Position name</translation>
    </message>
    <message>
        <location filename="../pages/employee_form.py" line="164" />
        <source>Jenis jabatan</source>
        <translation>Position type</translation>
    </message>
    <message>
        <location filename="../pages/employee_form.py" line="165" />
        <source>Jenjang</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../pages/employee_form.py" line="166" />
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../pages/employee_form.py" line="167" />
        <source>Kelas jabatan</source>
        <translation>Position class</translation>
    </message>
    <message>
        <location filename="../pages/employee_form.py" line="169" />
        <source>Aktif sejak</source>
        <translation>Active from</translation>
    </message>
    <message>
        <location filename="../pages/employee_form.py" line="170" />
        <source>Aktif sampai</source>
        <translation>Active until</translation>
    </message>
    <message>
        <location filename="../pages/employee_form.py" line="180" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../pages/employee_form.py" line="182" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../pages/employee_form.py" line="244" />
        <source>(pilih jenis jabatan dulu)</source>
        <translation>(choose the position type first)</translation>
    </message>
    <message>
        <location filename="../pages/employee_form.py" line="287" />
        <source>{nip}
Lahir {born} · {sex} · diangkat {appointment}</source>
        <translation>{nip}
Born {born} · {sex} · appointed {appointment}</translation>
    </message>
</context>
<context>
    <name>EmployeePicker</name>
    <message>
        <location filename="../filter_proxy.py" line="127" />
        <source>Cari nama atau NIP...</source>
        <translation>Search name or NIP...</translation>
    </message>
    <message>
        <location filename="../filter_proxy.py" line="131" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../filter_proxy.py" line="132" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../filter_proxy.py" line="133" />
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../filter_proxy.py" line="134" />
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
</context>
<context>
    <name>EmployeesPage</name>
    <message>
        <location filename="../pages/employees_page.py" line="118" />
        <source>Cari nama atau NIP...</source>
        <translation>Search name or NIP...</translation>
    </message>
    <message>
        <location filename="../pages/employees_page.py" line="123" />
        <location filename="../pages/employees_page.py" line="291" />
        <source>Semua unit</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../pages/employees_page.py" line="126" />
        <source>PNS dan PPPK</source>
        <translation>PNS and PPPK</translation>
    </message>
    <message>
        <location filename="../pages/employees_page.py" line="131" />
        <source>Semua jenis jabatan</source>
        <translation>All position types</translation>
    </message>
    <message>
        <location filename="../pages/employees_page.py" line="136" />
        <location filename="../pages/employees_page.py" line="175" />
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../pages/employees_page.py" line="137" />
        <source>Tidak aktif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../pages/employees_page.py" line="138" />
        <source>Aktif dan tidak aktif</source>
        <translation>Active and inactive</translation>
    </message>
    <message>
        <location filename="../pages/employees_page.py" line="142" />
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../pages/employees_page.py" line="144" />
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../pages/employees_page.py" line="146" />
        <source>Ekspor .xlsx...</source>
        <translation>Export .xlsx...</translation>
    </message>
    <message>
        <location filename="../pages/employees_page.py" line="148" />
        <source>Simpan daftar yang sedang disaring ke Excel.</source>
        <translation>Save the currently filtered list to Excel.</translation>
    </message>
    <message>
        <location filename="../pages/employees_page.py" line="149" />
        <source>Impor .xlsx...</source>
        <translation>Import .xlsx...</translation>
    </message>
    <message>
        <location filename="../pages/employees_page.py" line="151" />
        <source>Templat impor...</source>
        <translation>Import template...</translation>
    </message>
    <message>
        <location filename="../pages/employees_page.py" line="163" />
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../pages/employees_page.py" line="163" />
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../pages/employees_page.py" line="165" />
        <source>JPT</source>
        <translation>JPT</translation>
    </message>
    <message>
        <location filename="../pages/employees_page.py" line="166" />
        <source>Administrasi</source>
        <translation>Administrative</translation>
    </message>
    <message>
        <location filename="../pages/employees_page.py" line="167" />
        <source>Fungsional</source>
        <translation>Functional</translation>
    </message>
    <message>
        <location filename="../pages/employees_page.py" line="171" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../pages/employees_page.py" line="172" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../pages/employees_page.py" line="173" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../pages/employees_page.py" line="174" />
        <source>Gol.</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../pages/employees_page.py" line="176" />
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../pages/employees_page.py" line="177" />
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../pages/employees_page.py" line="178" />
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../pages/employees_page.py" line="277" />
        <source>Memuat daftar pegawai...</source>
        <translation>Loading the employee list...</translation>
    </message>
    <message>
        <location filename="../pages/employees_page.py" line="308" />
        <source>{n} pegawai</source>
        <translation>{n} employees</translation>
    </message>
    <message>
        <location filename="../pages/employees_page.py" line="310" />
        <source>{n} pegawai (dari {total})</source>
        <translation>{n} employees (of {total})</translation>
    </message>
    <message>
        <location filename="../pages/employees_page.py" line="353" />
        <source>Ekspor pegawai</source>
        <translation>Export employees</translation>
    </message>
    <message>
        <location filename="../pages/employees_page.py" line="360" />
        <source>{n} pegawai diekspor ke {file}.</source>
        <translation>{n} employees exported to {file}.</translation>
    </message>
    <message>
        <location filename="../pages/employees_page.py" line="367" />
        <source>Mengekspor pegawai...</source>
        <translation>Exporting employees...</translation>
    </message>
    <message>
        <location filename="../pages/employees_page.py" line="371" />
        <source>Simpan templat impor</source>
        <translation>Save import template</translation>
    </message>
    <message>
        <location filename="../pages/employees_page.py" line="377" />
        <source>Templat disimpan: {file}.</source>
        <translation>Template saved: {file}.</translation>
    </message>
    <message>
        <location filename="../pages/employees_page.py" line="383" />
        <source>Impor pegawai dari Excel</source>
        <translation>Import employees from Excel</translation>
    </message>
    <message>
        <location filename="../pages/employees_page.py" line="391" />
        <source>Memeriksa berkas...</source>
        <translation>Checking the file...</translation>
    </message>
    <message>
        <location filename="../pages/employees_page.py" line="404" />
        <source>Impor selesai. {summary}</source>
        <translation>Import finished. {summary}</translation>
    </message>
    <message>
        <location filename="../pages/employees_page.py" line="412" />
        <source>Mengimpor pegawai...</source>
        <translation>Importing employees...</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../wizard.py" line="116" />
        <source>e-Kinerja Desktop - Persiapan</source>
        <translation>e-Kinerja Desktop - Setup</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="124" />
        <source>Selesai</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="125" />
        <source>Lanjut &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="126" />
        <source>&lt; Kembali</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="127" />
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
    <name>ImportDialog</name>
    <message>
        <location filename="../pages/employees_page.py" line="58" />
        <source>Pratinjau impor pegawai</source>
        <translation>Employee import preview</translation>
    </message>
    <message>
        <location filename="../pages/employees_page.py" line="61" />
        <source>Berkas {path}, lembar {sheet}.</source>
        <translation>File {path}, sheet {sheet}.</translation>
    </message>
    <message>
        <location filename="../pages/employees_page.py" line="73" />
        <source>Tidak ada masalah ditemukan.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <location filename="../pages/employees_page.py" line="76" />
        <source>Siap diimpor. Tekan Impor untuk menyimpan semua baris sekaligus.</source>
        <translation>Ready to import. Press Import to save all rows at once.</translation>
    </message>
    <message>
        <location filename="../pages/employees_page.py" line="79" />
        <source>Ada galat: tidak ada data yang akan diubah. Perbaiki berkas lalu impor ulang.</source>
        <translation>There are errors: no data will be changed. Fix the file and import it again.</translation>
    </message>
    <message>
        <location filename="../pages/employees_page.py" line="85" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../pages/employees_page.py" line="87" />
        <source>Impor</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>IndicatorList</name>
    <message>
        <location filename="../pages/skp_editor.py" line="486" />
        <source>Tambah indikator</source>
        <translation>Add indicator</translation>
    </message>
</context>
<context>
    <name>IndicatorRow</name>
    <message>
        <location filename="../pages/skp_editor.py" line="417" />
        <source>Indikator kinerja individu</source>
        <translation>Individual performance indicator</translation>
    </message>
    <message>
        <location filename="../pages/skp_editor.py" line="420" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../pages/skp_editor.py" line="430" />
        <source>Target naratif</source>
        <translation>Narrative target</translation>
    </message>
    <message>
        <location filename="../pages/skp_editor.py" line="431" />
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>LampiranEditor</name>
    <message>
        <location filename="../pages/skp_editor.py" line="811" />
        <source>Satu butir per baris.</source>
        <translation>One item per line.</translation>
    </message>
    <message>
        <location filename="../pages/skp_editor.py" line="815" />
        <source>Dukungan Sumber Daya</source>
        <translation>Resource support</translation>
    </message>
    <message>
        <location filename="../pages/skp_editor.py" line="816" />
        <source>Skema Pertanggungjawaban</source>
        <translation>Accountability scheme</translation>
    </message>
    <message>
        <location filename="../pages/skp_editor.py" line="817" />
        <source>Konsekuensi</source>
        <translation>Consequences</translation>
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
        <location filename="../app.py" line="73" />
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
        <location filename="../main_window.py" line="80" />
        <source>&amp;Akun</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="81" />
        <source>&amp;Kunci layar</source>
        <translation>&amp;Lock screen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="83" />
        <source>Ganti &amp;kata sandi...</source>
        <translation>Change &amp;password...</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="85" />
        <source>&amp;Keluar akun</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="86" />
        <source>Tutup a&amp;plikasi</source>
        <translation>&amp;Quit application</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="93" />
        <source>&amp;Bantuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="94" />
        <source>&amp;Tentang...</source>
        <translation>&amp;About...</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="107" />
        <source>Masuk sebagai: {name} ({roles})</source>
        <translation>Logged in as: {name} ({roles})</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="112" />
        <source>Node: {role} · {id}</source>
        <translation>Node: {role} · {id}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="122" />
        <source>Memproses...</source>
        <translation>Working...</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../pages/mapping_page.py" line="142" />
        <source>Cari pegawai atau penilai...</source>
        <translation>Search employee or appraiser...</translation>
    </message>
    <message>
        <location filename="../pages/mapping_page.py" line="144" />
        <source>Ubah penilai...</source>
        <translation>Change appraiser...</translation>
    </message>
    <message>
        <location filename="../pages/mapping_page.py" line="146" />
        <source>Salin dari tahun lalu</source>
        <translation>Copy from last year</translation>
    </message>
    <message>
        <location filename="../pages/mapping_page.py" line="154" />
        <source>perlu konfirmasi</source>
        <translation>needs confirmation</translation>
    </message>
    <message>
        <location filename="../pages/mapping_page.py" line="157" />
        <source>Pegawai yang dinilai</source>
        <translation>Appraised employee</translation>
    </message>
    <message>
        <location filename="../pages/mapping_page.py" line="158" />
        <location filename="../pages/mapping_page.py" line="179" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../pages/mapping_page.py" line="159" />
        <source>Pejabat Penilai</source>
        <translation>Appraising official</translation>
    </message>
    <message>
        <location filename="../pages/mapping_page.py" line="160" />
        <source>Atasan Pejabat Penilai</source>
        <translation>Appraiser's superior</translation>
    </message>
    <message>
        <location filename="../pages/mapping_page.py" line="161" />
        <source>Berlaku dari</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../pages/mapping_page.py" line="162" />
        <source>Sampai</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../pages/mapping_page.py" line="163" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../pages/mapping_page.py" line="178" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../pages/mapping_page.py" line="180" />
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../pages/mapping_page.py" line="181" />
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../pages/mapping_page.py" line="193" />
        <source>Pemetaan</source>
        <translation>Mapping</translation>
    </message>
    <message>
        <location filename="../pages/mapping_page.py" line="194" />
        <source>Tanpa penilai</source>
        <translation>Without appraiser</translation>
    </message>
    <message>
        <location filename="../pages/mapping_page.py" line="197" />
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../pages/mapping_page.py" line="236" />
        <source>Pemetaan ({n})</source>
        <translation>Mapping ({n})</translation>
    </message>
    <message>
        <location filename="../pages/mapping_page.py" line="237" />
        <source>Tanpa penilai ({n})</source>
        <translation>Without appraiser ({n})</translation>
    </message>
    <message>
        <location filename="../pages/mapping_page.py" line="261" />
        <source>Pilih dulu satu pegawai di tabel.</source>
        <translation>First select one employee in the table.</translation>
    </message>
    <message>
        <location filename="../pages/mapping_page.py" line="281" />
        <source>Penilai {employee} sekarang {supervisor}.</source>
        <translation>The appraiser of {employee} is now {supervisor}.</translation>
    </message>
    <message>
        <location filename="../pages/mapping_page.py" line="305" />
        <source>{n} pemetaan disalin dari tahun {year}.</source>
        <translation>{n} mappings copied from {year}.</translation>
    </message>
    <message>
        <location filename="../pages/mapping_page.py" line="314" />
        <source>Menyalin pemetaan...</source>
        <translation>Copying the mapping...</translation>
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
    <message>
        <location filename="../pages/accounts_page.py" line="418" />
        <source>Akun Pengguna</source>
        <translation>User Accounts</translation>
    </message>
    <message>
        <location filename="../pages/employees_page.py" line="424" />
        <source>Pegawai</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../pages/mapping_page.py" line="322" />
        <source>Pemetaan Penilai</source>
        <translation>Appraiser Mapping</translation>
    </message>
    <message>
        <location filename="../pages/units_page.py" line="473" />
        <source>Unit Kerja</source>
        <translation>Work Units</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="671" />
        <source>SKP Saya</source>
        <translation>My SKP</translation>
    </message>
    <message>
        <location filename="../pages/skp_team_page.py" line="492" />
        <source>SKP Tim</source>
        <translation>Team SKP</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../pages/skp_editor.py" line="878" />
        <source>Kirim</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../pages/skp_editor.py" line="880" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ParentCombo</name>
    <message>
        <location filename="../pages/skp_editor.py" line="543" />
        <source>Ketik untuk mencari RHK pimpinan...</source>
        <translation>Type to search the supervisor's RHK...</translation>
    </message>
    <message>
        <location filename="../pages/skp_editor.py" line="554" />
        <source>(tanpa RHK pimpinan)</source>
        <translation>(no supervisor RHK)</translation>
    </message>
    <message>
        <location filename="../pages/skp_editor.py" line="554" />
        <source>(pilih RHK pimpinan)</source>
        <translation>(choose the supervisor's RHK)</translation>
    </message>
    <message>
        <location filename="../pages/skp_editor.py" line="558" />
        <source>didukung {n} RHK</source>
        <translation>supported by {n} RHK</translation>
    </message>
    <message>
        <location filename="../pages/skp_editor.py" line="560" />
        <source>belum didukung</source>
        <translation>not yet supported</translation>
    </message>
    <message>
        <location filename="../pages/skp_editor.py" line="565" />
        <source>(RHK pimpinan sebelumnya tidak tersedia lagi - pilih yang lain)</source>
        <translation>(the previous supervisor RHK is no longer available - choose another)</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../pdf_preview.py" line="79" />
        <source>Pratinjau {name}</source>
        <translation>Preview {name}</translation>
    </message>
    <message>
        <location filename="../pdf_preview.py" line="97" />
        <source>Perkecil</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../pdf_preview.py" line="99" />
        <source>Perbesar</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../pdf_preview.py" line="100" />
        <source>Sesuai lebar</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../pdf_preview.py" line="101" />
        <source>Simpan sebagai...</source>
        <translation>Save as...</translation>
    </message>
    <message>
        <location filename="../pdf_preview.py" line="103" />
        <source>Cetak...</source>
        <translation>Print...</translation>
    </message>
    <message>
        <location filename="../pdf_preview.py" line="105" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../pdf_preview.py" line="135" />
        <source>{n} halaman</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <location filename="../pdf_preview.py" line="139" />
        <source>Berkas PDF tidak dapat dibuka ({error}). Coba buat ulang dokumennya.</source>
        <translation>The PDF file cannot be opened ({error}). Try generating the document again.</translation>
    </message>
    <message>
        <location filename="../pdf_preview.py" line="149" />
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../pdf_preview.py" line="157" />
        <source>Tidak dapat menyimpan ke {file}: {reason}. Pilih folder lain.</source>
        <translation>Cannot save to {file}: {reason}. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../pdf_preview.py" line="163" />
        <source>Disimpan: {file}</source>
        <translation>Saved: {file}</translation>
    </message>
    <message>
        <location filename="../pdf_preview.py" line="177" />
        <source>{n} halaman dikirim ke pencetak.</source>
        <translation>{n} pages sent to the printer.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../pages/accounts_page.py" line="164" />
        <source>Atur ulang kata sandi: {u}</source>
        <translation>Reset password: {u}</translation>
    </message>
    <message>
        <location filename="../pages/accounts_page.py" line="169" />
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../pages/accounts_page.py" line="170" />
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../pages/accounts_page.py" line="177" />
        <source>Kata sandi dan ulangannya tidak sama.</source>
        <translation>The password and its repetition differ.</translation>
    </message>
</context>
<context>
    <name>RhkDialog</name>
    <message>
        <location filename="../pages/skp_editor.py" line="597" />
        <source>Ubah RHK</source>
        <translation>Edit RHK</translation>
    </message>
    <message>
        <location filename="../pages/skp_editor.py" line="597" />
        <source>Tambah RHK</source>
        <translation>Add RHK</translation>
    </message>
    <message>
        <location filename="../pages/skp_editor.py" line="600" />
        <source>Utama</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../pages/skp_editor.py" line="601" />
        <source>Tambahan</source>
        <translation>Additional</translation>
    </message>
    <message>
        <location filename="../pages/skp_editor.py" line="604" />
        <source>Rencana hasil kerja yang akan dicapai</source>
        <translation>The planned work result to achieve</translation>
    </message>
    <message>
        <location filename="../pages/skp_editor.py" line="610" />
        <source>Atasan Anda belum memiliki SKP yang disetujui untuk tahun ini, jadi RHK pimpinan belum dapat dipilih. Simpan dulu tanpa RHK pimpinan, lalu pilih setelah SKP atasan disetujui.</source>
        <translation>Your supervisor has no approved SKP for this year yet, so a supervisor RHK cannot be chosen. Save without it for now and choose it once the supervisor's SKP is approved.</translation>
    </message>
    <message>
        <location filename="../pages/skp_editor.py" line="615" />
        <source>Pilih RHK atasan yang didukung oleh RHK ini.</source>
        <translation>Choose the supervisor's RHK that this RHK supports.</translation>
    </message>
    <message>
        <location filename="../pages/skp_editor.py" line="622" />
        <source>(pilih)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../pages/skp_editor.py" line="628" />
        <source>Indikator Kinerja Individu (target angka dan satuan)</source>
        <translation>Individual performance indicators (number and unit targets)</translation>
    </message>
    <message>
        <location filename="../pages/skp_editor.py" line="630" />
        <source>Indikator Kinerja Individu (target naratif)</source>
        <translation>Individual performance indicators (narrative targets)</translation>
    </message>
    <message>
        <location filename="../pages/skp_editor.py" line="635" />
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../pages/skp_editor.py" line="636" />
        <source>RHK</source>
        <translation>RHK</translation>
    </message>
    <message>
        <location filename="../pages/skp_editor.py" line="637" />
        <source>RHK pimpinan</source>
        <translation>Supervisor's RHK</translation>
    </message>
    <message>
        <location filename="../pages/skp_editor.py" line="640" />
        <source>Perspektif</source>
        <translation>Perspective</translation>
    </message>
    <message>
        <location filename="../pages/skp_editor.py" line="651" />
        <source>Terapkan</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../pages/skp_editor.py" line="654" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../pages/skp_editor.py" line="654" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../pages/skp_editor.py" line="701" />
        <source>Tulis rencana hasil kerja (RHK).</source>
        <translation>Write the planned work result (RHK).</translation>
    </message>
    <message>
        <location filename="../pages/skp_editor.py" line="703" />
        <source>Pilih RHK pimpinan dari daftar (hasil pencarian).</source>
        <translation>Choose the supervisor's RHK from the list (search results).</translation>
    </message>
    <message>
        <location filename="../pages/skp_editor.py" line="705" />
        <source>Tambahkan minimal satu indikator kinerja individu.</source>
        <translation>Add at least one individual performance indicator.</translation>
    </message>
    <message>
        <location filename="../pages/skp_editor.py" line="707" />
        <source>Setiap indikator perlu teks indikatornya.</source>
        <translation>Every indicator needs its indicator text.</translation>
    </message>
</context>
<context>
    <name>RhkModel</name>
    <message>
        <location filename="../pages/skp_editor.py" line="191" />
        <source>Rencana Hasil Kerja / Indikator Kinerja Individu</source>
        <translation>Planned work result / Individual performance indicator</translation>
    </message>
    <message>
        <location filename="../pages/skp_editor.py" line="192" />
        <source>Aspek</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <location filename="../pages/skp_editor.py" line="193" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../pages/skp_editor.py" line="194" />
        <source>RHK pimpinan yang diintervensi</source>
        <translation>Supervisor's RHK supported</translation>
    </message>
    <message>
        <location filename="../pages/skp_editor.py" line="195" />
        <source>Perspektif</source>
        <translation>Perspective</translation>
    </message>
    <message>
        <location filename="../pages/skp_editor.py" line="197" />
        <source>A. Utama</source>
        <translation>A. Main (Utama)</translation>
    </message>
    <message>
        <location filename="../pages/skp_editor.py" line="197" />
        <source>B. Tambahan</source>
        <translation>B. Additional (Tambahan)</translation>
    </message>
    <message>
        <location filename="../pages/skp_editor.py" line="226" />
        <source>(RHK pimpinan tidak ditemukan)</source>
        <translation>(supervisor RHK not found)</translation>
    </message>
</context>
<context>
    <name>RolesBox</name>
    <message>
        <location filename="../pages/accounts_page.py" line="74" />
        <source>Peran</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../pages/accounts_page.py" line="83" />
        <source>Hanya Admin Pusat yang dapat memberi peran ini.</source>
        <translation>Only a central admin can grant this role.</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <location filename="../pages/accounts_page.py" line="192" />
        <source>Peran untuk {u}</source>
        <translation>Roles of {u}</translation>
    </message>
    <message>
        <location filename="../pages/accounts_page.py" line="203" />
        <source>Pilih sedikitnya satu peran.</source>
        <translation>Select at least one role.</translation>
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
    <name>SkpPage</name>
    <message>
        <location filename="../pages/skp_page.py" line="81" />
        <location filename="../pages/skp_page.py" line="431" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="83" />
        <source>Ajukan</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="85" />
        <source>Simpan lalu ajukan SKP ke atasan untuk disetujui.</source>
        <translation>Save, then submit the SKP to your supervisor for approval.</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="86" />
        <source>Revisi...</source>
        <translation>Revise...</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="89" />
        <source>Buat revisi baru dari SKP yang sudah disetujui; perlu disetujui lagi.</source>
        <translation>Create a new revision of the approved SKP; it needs approval again.</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="91" />
        <source>Lihat PDF</source>
        <translation>View PDF</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="94" />
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="133" />
        <source>Buat SKP</source>
        <translation>Create SKP</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="140" />
        <location filename="../pages/skp_page.py" line="180" />
        <source>Pendekatan</source>
        <translation>Approach</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="159" />
        <source>Tambah RHK...</source>
        <translation>Add RHK...</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="161" />
        <location filename="../pages/skp_page.py" line="428" />
        <source>Ubah...</source>
        <translation>Edit...</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="163" />
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="165" />
        <source>Naik</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="167" />
        <source>Turun</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="195" />
        <location filename="../pages/skp_page.py" line="222" />
        <source>Revisi</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="196" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="197" />
        <source>RHK</source>
        <translation>RHK</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="198" />
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="199" />
        <source>Diputuskan</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="200" />
        <source>Pejabat penilai</source>
        <translation>Appraiser</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="201" />
        <source>Catatan atasan</source>
        <translation>Supervisor's note</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="211" />
        <source>Pilih satu revisi untuk melihatnya (hanya baca). Revisi terbaru dapat diubah.</source>
        <translation>Select a revision to view it (read-only). The latest revision can be edited.</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="219" />
        <source>Hasil Kerja</source>
        <translation>Work results</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="220" />
        <source>Perilaku Kerja</source>
        <translation>Work behaviour</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="221" />
        <source>Lampiran</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="257" />
        <source>Kuantitatif</source>
        <translation>Quantitative</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="258" />
        <source>Kualitatif</source>
        <translation>Qualitative</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="332" />
        <source>&lt;h3&gt;Anda belum memiliki SKP tahun {year}.&lt;/h3&gt;Pilih pendekatan lalu tekan &lt;b&gt;Buat SKP&lt;/b&gt;. Pendekatan kuantitatif memakai target angka dan satuan; kualitatif memakai target naratif.</source>
        <translation>&lt;h3&gt;You have no SKP for {year} yet.&lt;/h3&gt;Choose the approach and press &lt;b&gt;Create SKP&lt;/b&gt;. The quantitative approach uses number and unit targets; the qualitative one uses narrative targets.</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="338" />
        <source>Mulai dari SKP tahun {year} (RHK, indikator, lampiran)</source>
        <translation>Start from the {year} SKP (RHK, indicators, attachment)</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="352" />
        <source>{start} s.d. {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="355" />
        <source>(penilai belum ditetapkan)</source>
        <translation>(appraiser not yet assigned)</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="357" />
        <source>Periode {period} · Pejabat penilai: {penilai}</source>
        <translation>Period {period} · Appraiser: {penilai}</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="364" />
        <source>&lt;b&gt;SKP dikembalikan oleh {penilai}.&lt;/b&gt;&lt;br&gt;Catatan atasan: {note}&lt;br&gt;Perbaiki sesuai catatan, simpan, lalu ajukan lagi.</source>
        <translation>&lt;b&gt;SKP returned by {penilai}.&lt;/b&gt;&lt;br&gt;Supervisor's note: {note}&lt;br&gt;Correct it as noted, save, then submit again.</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="386" />
        <source>Menampilkan revisi {n} ({status}), hanya baca. Pilih revisi terbaru di tab Revisi untuk kembali.</source>
        <translation>Showing revision {n} ({status}), read-only. Select the latest revision in the Revision tab to go back.</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="392" />
        <source>SKP sedang menunggu persetujuan {penilai}.</source>
        <translation>The SKP is waiting for approval by {penilai}.</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="397" />
        <source>SKP sudah disetujui dan dibekukan. Untuk mengubahnya, tekan Revisi; revisi baru perlu disetujui lagi.</source>
        <translation>The SKP is approved and frozen. To change it, press Revise; the new revision needs approval again.</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="428" />
        <source>Lihat...</source>
        <translation>View...</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="431" />
        <source>Simpan*</source>
        <translation>Save*</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="443" />
        <source>Target indikator berupa teks naratif.</source>
        <translation>Indicator targets are narrative text.</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="445" />
        <source>Target indikator berupa angka dan satuan.</source>
        <translation>Indicator targets are a number and a unit.</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="453" />
        <location filename="../pages/skp_page.py" line="467" />
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="454" />
        <source>Perubahan SKP belum disimpan dan akan hilang. Tetap ganti tahun?</source>
        <translation>SKP changes are not saved and will be lost. Change the year anyway?</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="468" />
        <source>Perubahan SKP belum disimpan dan akan hilang. Tetap tinggalkan halaman?</source>
        <translation>SKP changes are not saved and will be lost. Leave the page anyway?</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="540" />
        <source>Hapus RHK</source>
        <translation>Remove RHK</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="541" />
        <source>Hapus RHK "{text}" beserta indikatornya dari draf?</source>
        <translation>Remove RHK "{text}" and its indicators from the draft?</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="588" />
        <source>SKP tahun {year} dibuat sebagai draf.</source>
        <translation>SKP {year} created as a draft.</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="614" />
        <source>SKP diajukan ke {penilai}.</source>
        <translation>SKP submitted to {penilai}.</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="615" />
        <source>atasan</source>
        <translation>the supervisor</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="618" />
        <source>Draf SKP disimpan.</source>
        <translation>SKP draft saved.</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="630" />
        <source>Revisi SKP</source>
        <translation>Revise SKP</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="632" />
        <source>SKP yang sudah disetujui tetap berlaku sampai revisi baru disetujui. Tuliskan alasan perubahan:</source>
        <translation>The approved SKP stays valid until the new revision is approved. Write the reason for the change:</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="635" />
        <source>mis. perubahan tugas setelah mutasi</source>
        <translation>e.g. changed duties after a transfer</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="652" />
        <source>Revisi baru dibuat sebagai draf; ajukan lagi setelah selesai diubah.</source>
        <translation>A new revision was created as a draft; submit it again when your changes are done.</translation>
    </message>
    <message>
        <location filename="../pages/skp_page.py" line="662" />
        <source>PDF dibuat dari data yang tersimpan; simpan dulu perubahan Anda.</source>
        <translation>The PDF is built from the saved data; save your changes first.</translation>
    </message>
</context>
<context>
    <name>SkpPdf</name>
    <message>
        <location filename="../pages/skp_editor.py" line="932" />
        <source>Menyusun dokumen SKP...</source>
        <translation>Building the SKP document...</translation>
    </message>
    <message>
        <location filename="../pages/skp_editor.py" line="936" />
        <source>Dokumen SKP {name} tahun {year}</source>
        <translation>SKP document of {name}, {year}</translation>
    </message>
</context>
<context>
    <name>SkpStatus</name>
    <message>
        <location filename="../pages/skp_editor.py" line="63" />
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../pages/skp_editor.py" line="64" />
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../pages/skp_editor.py" line="65" />
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../pages/skp_editor.py" line="66" />
        <source>Ditolak</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../pages/skp_editor.py" line="67" />
        <source>Belum dibuat</source>
        <translation>Not created</translation>
    </message>
</context>
<context>
    <name>SkpTeamPage</name>
    <message>
        <location filename="../pages/skp_team_page.py" line="71" />
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../pages/skp_team_page.py" line="76" />
        <source>menunggu Anda</source>
        <translation>waiting for you</translation>
    </message>
    <message>
        <location filename="../pages/skp_team_page.py" line="79" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../pages/skp_team_page.py" line="80" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../pages/skp_team_page.py" line="83" />
        <source>Status SKP</source>
        <translation>SKP status</translation>
    </message>
    <message>
        <location filename="../pages/skp_team_page.py" line="90" />
        <source>Rev.</source>
        <translation>Rev.</translation>
    </message>
    <message>
        <location filename="../pages/skp_team_page.py" line="91" />
        <source>RHK</source>
        <translation>RHK</translation>
    </message>
    <message>
        <location filename="../pages/skp_team_page.py" line="92" />
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../pages/skp_team_page.py" line="103" />
        <source>belum didukung</source>
        <translation>not yet supported</translation>
    </message>
    <message>
        <location filename="../pages/skp_team_page.py" line="106" />
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../pages/skp_team_page.py" line="107" />
        <source>RHK saya</source>
        <translation>My RHK</translation>
    </message>
    <message>
        <location filename="../pages/skp_team_page.py" line="110" />
        <source>Didukung</source>
        <translation>Supported</translation>
    </message>
    <message>
        <location filename="../pages/skp_team_page.py" line="127" />
        <source>RHK saya (SKP disetujui) dan dukungan tim</source>
        <translation>My RHK (approved SKP) and team support</translation>
    </message>
    <message>
        <location filename="../pages/skp_team_page.py" line="133" />
        <location filename="../pages/skp_team_page.py" line="334" />
        <source>Pilih anggota tim untuk melihat SKP-nya.</source>
        <translation>Select a team member to see their SKP.</translation>
    </message>
    <message>
        <location filename="../pages/skp_team_page.py" line="137" />
        <source>Simpan ekspektasi</source>
        <translation>Save expectations</translation>
    </message>
    <message>
        <location filename="../pages/skp_team_page.py" line="139" />
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../pages/skp_team_page.py" line="141" />
        <source>Kembalikan...</source>
        <translation>Return...</translation>
    </message>
    <message>
        <location filename="../pages/skp_team_page.py" line="143" />
        <source>Lihat PDF</source>
        <translation>View PDF</translation>
    </message>
    <message>
        <location filename="../pages/skp_team_page.py" line="169" />
        <source>Hasil Kerja</source>
        <translation>Work results</translation>
    </message>
    <message>
        <location filename="../pages/skp_team_page.py" line="170" />
        <source>Perilaku Kerja dan ekspektasi</source>
        <translation>Work behaviour and expectations</translation>
    </message>
    <message>
        <location filename="../pages/skp_team_page.py" line="171" />
        <source>Lampiran</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../pages/skp_team_page.py" line="243" />
        <source>Tidak ada pegawai yang Anda nilai pada tahun {year}.</source>
        <translation>You appraise no employees in {year}.</translation>
    </message>
    <message>
        <location filename="../pages/skp_team_page.py" line="248" />
        <source>&lt;b&gt;{n} SKP menunggu persetujuan Anda&lt;/b&gt; dari {total} anggota tim.</source>
        <translation>&lt;b&gt;{n} SKP waiting for your approval&lt;/b&gt; out of {total} team members.</translation>
    </message>
    <message>
        <location filename="../pages/skp_team_page.py" line="254" />
        <source>Tidak ada SKP yang menunggu persetujuan Anda ({total} anggota tim).</source>
        <translation>No SKP is waiting for your approval ({total} team members).</translation>
    </message>
    <message>
        <location filename="../pages/skp_team_page.py" line="261" />
        <source>Anda belum memiliki SKP yang disetujui untuk tahun {year}; tim belum dapat menurunkan RHK dari SKP Anda.</source>
        <translation>You have no approved SKP for {year} yet; your team cannot cascade RHK from your SKP.</translation>
    </message>
    <message>
        <location filename="../pages/skp_team_page.py" line="268" />
        <source>&lt;span style='color:#8b0000'&gt;&lt;b&gt;{n} dari {total} RHK Anda belum didukung&lt;/b&gt;&lt;/span&gt; oleh RHK anggota tim.</source>
        <translation>&lt;span style='color:#8b0000'&gt;&lt;b&gt;{n} of your {total} RHK not yet supported&lt;/b&gt;&lt;/span&gt; by team members' RHK.</translation>
    </message>
    <message>
        <location filename="../pages/skp_team_page.py" line="274" />
        <source>Semua {total} RHK Anda sudah didukung oleh tim.</source>
        <translation>All {total} of your RHK are supported by the team.</translation>
    </message>
    <message>
        <location filename="../pages/skp_team_page.py" line="318" />
        <source>&lt;b&gt;{name}&lt;/b&gt; belum membuat SKP tahun {year}.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; has not created an SKP for {year} yet.</translation>
    </message>
    <message>
        <location filename="../pages/skp_team_page.py" line="345" />
        <source>&lt;b&gt;{name}&lt;/b&gt; · NIP {nip}&lt;br&gt;Periode {start} s.d. {end} · {approach}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · NIP {nip}&lt;br&gt;Period {start} to {end} · {approach}</translation>
    </message>
    <message>
        <location filename="../pages/skp_team_page.py" line="356" />
        <source>Catatan terakhir: {note}</source>
        <translation>Last note: {note}</translation>
    </message>
    <message>
        <location filename="../pages/skp_team_page.py" line="424" />
        <source>Ekspektasi khusus pimpinan disimpan.</source>
        <translation>Supervisor's specific expectations saved.</translation>
    </message>
    <message>
        <location filename="../pages/skp_team_page.py" line="444" />
        <source>SKP {name} disetujui.</source>
        <translation>SKP of {name} approved.</translation>
    </message>
    <message>
        <location filename="../pages/skp_team_page.py" line="455" />
        <source>Kembalikan SKP</source>
        <translation>Return SKP</translation>
    </message>
    <message>
        <location filename="../pages/skp_team_page.py" line="457" />
        <source>SKP {name} akan dikembalikan untuk diperbaiki. Tuliskan catatan yang jelas: apa yang perlu diubah.</source>
        <translation>The SKP of {name} will be returned for correction. Write a clear note: what needs to change.</translation>
    </message>
    <message>
        <location filename="../pages/skp_team_page.py" line="460" />
        <source>mis. RHK 2 belum mendukung RHK pimpinan; target waktu belum ada</source>
        <translation>e.g. RHK 2 does not support a supervisor RHK yet; no time target</translation>
    </message>
    <message>
        <location filename="../pages/skp_team_page.py" line="475" />
        <source>SKP {name} dikembalikan dengan catatan.</source>
        <translation>SKP of {name} returned with a note.</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <location filename="../pages/skp_editor.py" line="135" />
        <source>{status} · revisi {n}</source>
        <translation>{status} · revision {n}</translation>
    </message>
</context>
<context>
    <name>SupervisorDialog</name>
    <message>
        <location filename="../pages/mapping_page.py" line="75" />
        <source>Ubah penilai: {name}</source>
        <translation>Change appraiser: {name}</translation>
    </message>
    <message>
        <location filename="../pages/mapping_page.py" line="79" />
        <source>Pilih Pejabat Penilai Kinerja untuk &lt;b&gt;{name}&lt;/b&gt; pada tahun {year}. Klik dua kali atau pilih lalu tekan Simpan.</source>
        <translation>Choose the appraising official for &lt;b&gt;{name}&lt;/b&gt; in {year}. Double-click, or select and press Save.</translation>
    </message>
    <message>
        <location filename="../pages/mapping_page.py" line="94" />
        <source>mis. mutasi jabatan, SK nomor ...</source>
        <translation>e.g. transfer, decree number ...</translation>
    </message>
    <message>
        <location filename="../pages/mapping_page.py" line="100" />
        <source>Berlaku mulai</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../pages/mapping_page.py" line="101" />
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../pages/mapping_page.py" line="105" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../pages/mapping_page.py" line="106" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../pages/mapping_page.py" line="120" />
        <source>Pilih dulu pegawai yang menjadi penilai.</source>
        <translation>First select the employee who will appraise.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../tasks.py" line="144" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../pages/units_page.py" line="138" />
        <source>Sabtu termasuk hari kerja</source>
        <translation>Saturday is a working day</translation>
    </message>
    <message>
        <location filename="../pages/units_page.py" line="146" />
        <source>(tingkat teratas - OPD)</source>
        <translation>(top level - OPD)</translation>
    </message>
    <message>
        <location filename="../pages/units_page.py" line="157" />
        <source>Pindahkan {name} beserta sub-unitnya ke bawah unit:</source>
        <translation>Move {name} and its sub-units under the unit:</translation>
    </message>
    <message>
        <location filename="../pages/units_page.py" line="165" />
        <source>Nama unit</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../pages/units_page.py" line="166" />
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../pages/units_page.py" line="167" />
        <source>Kode (opsional)</source>
        <translation>Code (optional)</translation>
    </message>
    <message>
        <location filename="../pages/units_page.py" line="173" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../pages/units_page.py" line="174" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../pages/units_page.py" line="198" />
        <source>Nama unit wajib diisi.</source>
        <translation>The unit name is required.</translation>
    </message>
</context>
<context>
    <name>UnitKind</name>
    <message>
        <location filename="../pages/units_page.py" line="35" />
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../pages/units_page.py" line="36" />
        <source>Bidang</source>
        <translation>Division</translation>
    </message>
    <message>
        <location filename="../pages/units_page.py" line="37" />
        <source>Bagian</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../pages/units_page.py" line="38" />
        <source>Seksi</source>
        <translation>Subsection</translation>
    </message>
    <message>
        <location filename="../pages/units_page.py" line="39" />
        <source>Subbagian</source>
        <translation>Subsection (secretariat)</translation>
    </message>
    <message>
        <location filename="../pages/units_page.py" line="40" />
        <source>UPTD</source>
        <translation>UPTD</translation>
    </message>
    <message>
        <location filename="../pages/units_page.py" line="41" />
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../pages/units_page.py" line="42" />
        <source>Kelurahan</source>
        <translation>Sub-district</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <location filename="../pages/units_page.py" line="217" />
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../pages/units_page.py" line="218" />
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../pages/units_page.py" line="219" />
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../pages/units_page.py" line="220" />
        <source>Jumlah pegawai</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../pages/units_page.py" line="221" />
        <source>Termasuk sub-unit</source>
        <translation>Incl. sub-units</translation>
    </message>
    <message>
        <location filename="../pages/units_page.py" line="222" />
        <source>Hari kerja</source>
        <translation>Working days</translation>
    </message>
    <message>
        <location filename="../pages/units_page.py" line="234" />
        <location filename="../pages/units_page.py" line="413" />
        <source>Tambah OPD</source>
        <translation>Add OPD</translation>
    </message>
    <message>
        <location filename="../pages/units_page.py" line="237" />
        <source>Tambah sub-unit</source>
        <translation>Add sub-unit</translation>
    </message>
    <message>
        <location filename="../pages/units_page.py" line="239" />
        <source>Ubah...</source>
        <translation>Edit...</translation>
    </message>
    <message>
        <location filename="../pages/units_page.py" line="241" />
        <source>Pindahkan...</source>
        <translation>Move...</translation>
    </message>
    <message>
        <location filename="../pages/units_page.py" line="243" />
        <location filename="../pages/units_page.py" line="386" />
        <source>Nonaktifkan</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../pages/units_page.py" line="317" />
        <source>{n} unit aktif, {m} nonaktif</source>
        <translation>{n} active units, {m} inactive</translation>
    </message>
    <message>
        <location filename="../pages/units_page.py" line="322" />
        <source>{name} (nonaktif)</source>
        <translation>{name} (inactive)</translation>
    </message>
    <message>
        <location filename="../pages/units_page.py" line="323" />
        <source>Senin-Sabtu</source>
        <translation>Mon-Sat</translation>
    </message>
    <message>
        <location filename="../pages/units_page.py" line="323" />
        <source>Senin-Jumat</source>
        <translation>Mon-Fri</translation>
    </message>
    <message>
        <location filename="../pages/units_page.py" line="386" />
        <source>Aktifkan</source>
        <translation>Activate</translation>
    </message>
    <message>
        <location filename="../pages/units_page.py" line="422" />
        <source>Tambah sub-unit di bawah {name}</source>
        <translation>Add a sub-unit under {name}</translation>
    </message>
    <message>
        <location filename="../pages/units_page.py" line="436" />
        <source>Ubah unit {name}</source>
        <translation>Edit unit {name}</translation>
    </message>
    <message>
        <location filename="../pages/units_page.py" line="449" />
        <source>Pindahkan {name}</source>
        <translation>Move {name}</translation>
    </message>
</context>
<context>
    <name>_AdminPage</name>
    <message>
        <location filename="../wizard.py" line="75" />
        <source>Akun administrator pertama</source>
        <translation>First administrator account</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="76" />
        <source>Akun ini mengelola pegawai, akun lain dan sinkronisasi.</source>
        <translation>This account manages employees, other accounts and synchronisation.</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="89" />
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="90" />
        <source>Kata sandi (min. 8)</source>
        <translation>Password (min. 8)</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="91" />
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="99" />
        <source>Kata sandi minimal 8 karakter.</source>
        <translation>The password needs at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="101" />
        <source>Kedua kata sandi belum sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="103" />
        <source>Nama pengguna minimal 3 karakter.</source>
        <translation>The user name needs at least 3 characters.</translation>
    </message>
</context>
<context>
    <name>_AgencyPage</name>
    <message>
        <location filename="../wizard.py" line="58" />
        <source>Instansi dan peran komputer ini</source>
        <translation>Agency and role of this computer</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="63" />
        <source>PC kantor (dipakai bersama staf)</source>
        <translation>Office PC (shared by staff)</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="64" />
        <source>Laptop atasan (penilai)</source>
        <translation>Supervisor laptop (appraiser)</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="65" />
        <source>Kantor pusat (BKPSDM)</source>
        <translation>Central office (BKPSDM)</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="67" />
        <source>Nama instansi</source>
        <translation>Agency name</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="68" />
        <source>Peran komputer</source>
        <translation>Computer role</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <location filename="../pages/accounts_page.py" line="57" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../pages/accounts_page.py" line="58" />
        <source>Batal</source>
        <translation>Cancel</translation>
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
        <location filename="../wizard.py" line="35" />
        <source>Belum ada ruang kerja di komputer ini. Pilih cara memulai.</source>
        <translation>There is no workspace on this computer yet. Choose how to start.</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="36" />
        <source>Buat ruang kerja baru untuk instansi saya</source>
        <translation>Create a new workspace for my agency</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="39" />
        <source>Buka ruang kerja demo (data contoh Kota Palu, untuk mencoba)</source>
        <translation>Open the demo workspace (sample Kota Palu data, to try things out)</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../dialogs.py" line="30" />
        <source>Terjadi kesalahan tak terduga: {kind}.</source>
        <translation>An unexpected error occurred: {kind}.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="33" />
        <source>Data yang sudah tersimpan aman. Coba lagi; jika berulang, kirim berkas log ke admin.</source>
        <translation>Data already saved is safe. Try again; if it keeps happening, send the log file to your administrator.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="44" />
        <source>Tidak berhasil</source>
        <translation>Not successful</translation>
    </message>
</context>
</TS>