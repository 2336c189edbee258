import Ingest
import LintKit

/// What `--help` prints: the whole tool, or one subcommand with its options.
enum HelpText {
    static func tool(_ language: Language) -> String {
        let title = language.say("renstra-lint — pemeriksa konsistensi Renstra Perangkat Daerah",
                                 "renstra-lint — consistency checker for Indonesian regional strategic plans (Renstra)")
        let commands = [
            ("lint", language.say("periksa dokumen (perintah bawaan: `renstra-lint PATH…`)", "check documents (the default: `renstra-lint PATH…`)")),
            ("inspect", language.say("tampilkan apa yang terbaca dari dokumen", "show what was read from documents")),
            ("compare", language.say("bandingkan rencana berdampingan", "compare plans side by side")),
            ("rules", language.say("daftar aturan", "list the rules")),
            ("explain", language.say("jelaskan satu aturan", "explain one rule")),
        ]
        return """
            \(title)

            \(language.say("Penggunaan", "Usage")): renstra-lint [\(language.say("PERINTAH", "COMMAND"))] [\(language.say("OPSI", "OPTIONS"))] PATH…

            \(language.say("Perintah", "Commands")):
            \(commands.map { "  " + $0.0.padding(toLength: 10, withPad: " ", startingAt: 0) + $0.1 }.joined(separator: "\n"))

            \(language.say("Bantuan satu perintah: renstra-lint PERINTAH --help. Versi: renstra-lint --version.",
                           "Help on one command: renstra-lint COMMAND --help. Version: renstra-lint --version."))

            \(exitCodes(language))

            """
    }

    static func lint(_ language: Language) -> String {
        page(language, usage: "renstra-lint [lint] PATH… [\(language.say("OPSI", "OPTIONS"))]",
             summary: language.say(
                "Memeriksa berkas .txt, .md, .csv, .tsv dan .pdf, dan direktori (dijelajahi untuk berkas itu; berkas tanpa struktur rencana, seperti README, dilewati dengan catatan). `-` membaca masukan standar.",
                "Checks .txt, .md, .csv, .tsv and .pdf files, and directories (walked for such files; files without plan structure, like a README, are passed over with a note). `-` reads standard input."),
             options: [
                ("-f, --format text|json|html|sarif", language.say("bentuk laporan (bawaan: text)", "report format (default: text)")),
                ("-o, --output FILE", language.say("tulis laporan ke FILE (`-`: keluaran standar)", "write the report to FILE (`-`: standard output)")),
                ("--lang id|en", language.say("bahasa pesan (bawaan: id)", "language of messages (default: id)")),
                ("--select RULES", language.say("hanya aturan ini: kode, awal kode, atau rumpun, dipisah koma (TOT,DUP001,values)",
                                                "only these rules: ids, id prefixes or families, comma-separated (TOT,DUP001,values)")),
                ("--ignore RULES", language.say("kecuali aturan ini (bentuk yang sama)", "except these rules (same forms)")),
                ("-q, --quiet", language.say("hanya temuan: tanpa ringkasan dan catatan", "findings only: no summary and no notes")),
                ("--fail-on error|warning|info", language.say("tingkat yang membuat kode keluar 1 (bawaan: error)",
                                                              "severity that makes the exit status 1 (default: error)")),
                ("-c, --config FILE", language.say("konfigurasi untuk semua berkas", "configuration for every file")),
                ("--baseline FILE", language.say("sembunyikan temuan yang tercatat di FILE", "hide the findings recorded in FILE")),
                ("--write-baseline FILE", language.say("catat semua temuan sekarang ke FILE", "record every current finding in FILE")),
                ("--with FILE", language.say("Renstra acuan bagi pohon kinerja yang diperiksa", "the Renstra the performance trees are checked against")),
                ("-j, --jobs N", language.say("jumlah berkas yang dibaca bersamaan", "files read at the same time")),
             ],
             footer: language.say(
                "Tanpa --config, tiap berkas memakai .renstra-lint.json terdekat di direktorinya atau di atasnya (sampai akar repositori atau sistem berkas), lalu yang ada di direktori kerja.",
                "Without --config, each file uses the nearest .renstra-lint.json in its directory or above (up to the repository or filesystem root), then the one in the working directory.")
                + "\n\n" + exitCodes(language))
    }

    static func inspect(_ language: Language) -> String {
        page(language, usage: "renstra-lint inspect PATH… [\(language.say("OPSI", "OPTIONS"))]",
             summary: language.say("Apa yang terbaca dari tiap dokumen: tata letak, metadata, kerangka, tabel, hierarki rencana, baris yang tak terbaca.",
                                   "What was read from each document: layout, metadata, outline, tables, plan hierarchy, lines not placed."),
             options: [
                ("-f, --format text|json", language.say("bentuk keluaran (bawaan: text)", "output format (default: text)")),
                ("--text", language.say("teks yang dibaca alat, bernomor baris (untuk PDF: hasil pdftotext)",
                                        "the text the tool read, with line numbers (for a PDF: the pdftotext output)")),
                ("-o, --output FILE", language.say("tulis ke FILE (`-`: keluaran standar)", "write to FILE (`-`: standard output)")),
                ("--lang id|en", language.say("bahasa (bawaan: id)", "language (default: id)")),
             ],
             footer: exitCodes(language))
    }

    static func compare(_ language: Language) -> String {
        page(language, usage: "renstra-lint compare PATH… [\(language.say("OPSI", "OPTIONS"))]",
             summary: language.say("Rencana berdampingan: ikhtisar, program selaras, indikator bersama, temuan per rumpun.",
                                   "Plans side by side: overview, aligned programmes, shared indicators, findings per family."),
             options: [
                ("-f, --format text|csv|json|html", language.say("bentuk keluaran (bawaan: text)", "output format (default: text)")),
                ("--view overview|programmes|indicators|findings", language.say("satu tampilan saja", "one view only")),
                ("--csv-separator ';'|','|tab", language.say("pemisah kolom CSV (bawaan: ;)", "CSV field separator (default: ;)")),
                ("-o, --output FILE", language.say("tulis ke FILE (`-`: keluaran standar)", "write to FILE (`-`: standard output)")),
                ("--lang id|en", language.say("bahasa (bawaan: id)", "language (default: id)")),
                ("-q, --quiet", language.say("tanpa catatan", "no notes")),
                ("-c, --config FILE", language.say("konfigurasi untuk semua berkas", "configuration for every file")),
                ("-j, --jobs N", language.say("jumlah berkas yang dibaca bersamaan", "files read at the same time")),
             ],
             footer: exitCodes(language))
    }

    static func rules(_ language: Language) -> String {
        page(language, usage: "renstra-lint rules [\(language.say("OPSI", "OPTIONS"))]",
             summary: language.say("Semua aturan: kode, rumpun, tingkat, judul.", "Every rule: id, family, severity, title."),
             options: [
                ("-f, --format text|markdown", language.say("bentuk (markdown: docs/rules.md)", "format (markdown: docs/rules.md)")),
                ("-o, --output FILE", language.say("tulis ke FILE", "write to FILE")),
                ("--lang id|en", language.say("bahasa (bawaan: id)", "language (default: id)")),
             ],
             footer: nil)
    }

    static func explain(_ language: Language) -> String {
        page(language, usage: "renstra-lint explain \(language.say("KODE", "RULE")) [\(language.say("OPSI", "OPTIONS"))]",
             summary: language.say("Apa yang diperiksa satu aturan, mengapa, dan contoh yang memicu dan tidak memicunya.",
                                   "What one rule checks, why, and examples that do and do not trigger it."),
             options: [
                ("-o, --output FILE", language.say("tulis ke FILE", "write to FILE")),
                ("--lang id|en", language.say("bahasa (bawaan: id)", "language (default: id)")),
             ],
             footer: nil)
    }

    private static func page(_ language: Language, usage: String, summary: String, options: [(String, String)], footer: String?) -> String {
        let width = (options.map(\.0.count).max() ?? 0) + 2
        let help = ("-h, --help", language.say("tampilkan bantuan ini", "show this help"))
        var text = "\(language.say("Penggunaan", "Usage")): \(usage)\n\n\(summary)\n\n\(language.say("Opsi", "Options")):\n"
        for (option, meaning) in options + [help] {
            text += "  " + option.padding(toLength: max(width, option.count + 2), withPad: " ", startingAt: 0) + meaning + "\n"
        }
        if let footer { text += "\n" + footer + "\n" }
        return text
    }

    static func exitCodes(_ language: Language) -> String {
        language.say("Kode keluar: 0 bersih, 1 ada temuan setingkat --fail-on atau lebih, 2 galat penggunaan atau masukan.",
                     "Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or input error.")
    }
}
