# kitapsha's messages in English. One file per language (kk.ftl, ru.ftl, en.ftl), the same
# messages in each, in the same order. Keys, file names and the user's own text reach a message
# as arguments and are shown as they are.

## Text not yet moved into the catalogues (to be emptied)

verbatim = { $text }

## General

severity-error = error
severity-warning = warning
hint-label = hint
summary-errors = kitapsha: { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }

## Reasons a file cannot be read or written

io-not-found = it does not exist
io-permission-denied = permission denied
io-storage-full = the disk is full
io-other = { $error }
file-cannot-read = cannot read the file: { $reason }

## Files: reading, TOML

file-not-a-file = this is not a file (a folder, a device or a pipe)
file-not-a-file-hint = put the file itself here
file-too-large = the file is larger than { $mib } MiB, far more than kitapsha reads
file-too-large-hint = check that this is the right file; pictures and survey exports go in files of their own
file-not-utf8 = the file is not UTF-8 text: line { $line }, byte { $byte } of the line
file-not-utf8-hint = save the file as UTF-8 (in Notepad: Save as → Encoding: UTF-8)
file-outside-campaign = the file leads outside its campaign folder
file-outside-campaign-hint = it is a symbolic link; put the file itself into the campaign folder
toml-unclosed-text = the text that starts here with { $quotes } is never closed
toml-unclosed-text-hint = put the closing { $quotes } on a line of its own where the text ends, before { $header }
toml-unclosed-text-at-end-hint = put the closing { $quotes } on a line of its own where the text ends
toml-unclosed-quote = the text in quotes is not closed on this line
toml-unclosed-quote-hint = put " at the end of the text: { $key } = "…"; a text of several lines goes in triple quotes """
toml-cyrillic-key = the key `{ $key }` has the Cyrillic letter { $letters } in it, which looks like a Latin one; keys are written in Latin letters
toml-cyrillic-key-hint = type the key again with the keyboard in English: { $latin }
toml-curly-quotes = the text is in { $opening }…{ $closing } quotes, as a word processor writes them; TOML knows only straight quotes "
toml-curly-quotes-hint = type straight double quotes (the key beside Enter, with Shift): { $key } = "…"
toml-backslash = a backslash \ in a text in double quotes starts a special sign such as \n, so this path cannot be read
toml-backslash-hint = write / between folders: { $key } = { $fixed }
toml-date-written = `{ $written }` is not a date as TOML writes it
toml-date-written-hint = write the year first, without quotes: { $key } = { $iso }
toml-number-spaces = `{ $written }` is a number with spaces, which TOML cannot read
toml-number-spaces-hint = write it without spaces: { $key } = { $plain }
toml-more-errors =
    { $count ->
        [one] 1 more syntax error is not shown
       *[other] { $count } more syntax errors are not shown
    }
toml-more-errors-hint = fix the errors above first; the rest often go with them
toml-too-deep = this is not valid TOML: brackets are nested more than 80 levels deep
toml-too-deep-hint = kitapsha's files need two or three levels of brackets at most; look for a bracket that is never closed
toml-syntax = this is not valid TOML: { $detail }
toml-syntax-hint = check the quotes and brackets on this line; text goes in "double quotes", or in """triple quotes""" when it takes several lines
toml-this-table = this table
toml-top-level = the top level
toml-unknown-key = unknown key `{ $key }` in { $table }
toml-unknown-key-typo-hint = did you mean `{ $best }`? { $table } takes: { $takes }
toml-unknown-key-cyrillic-hint = did you mean `{ $best }`? The key has the Cyrillic letter { $letters } in it, which looks like a Latin one: type the key again in Latin letters. { $table } takes: { $takes }
toml-no-keys-hint = { $table } takes no keys here; remove `{ $key }`
toml-unknown-key-hint = { $table } takes: { $takes }
toml-unknown-value = unknown `{ $key }` value "{ $value }"
toml-unknown-value-typo-hint = did you mean "{ $best }"? `{ $key }` is one of: { $allowed }
toml-unknown-value-hint = `{ $key }` is one of: { $allowed }
toml-missing-key = `{ $key }` is missing here
toml-missing-key-hint = add `{ $key } = …` to this table
toml-wrong-type =
    `{ $key }` should be { $expected ->
            [text] text in quotes
            [whole-number] a whole number
            [number] a number
            [list] a list in [ ]
            [date] a date
            [yes-no] true or false
            [table] a table
           *[other] another kind of value
        }, but it is { $found }
toml-wrong-type-here =
    this value should be { $expected ->
            [text] text in quotes
            [whole-number] a whole number
            [number] a number
            [list] a list in [ ]
            [date] a date
            [yes-no] true or false
            [table] a table
           *[other] another kind of value
        }, but it is { $found }
toml-found-value =
    { $kind ->
        [whole-number] the whole number `{ $value }`
        [number] the number `{ $value }`
        [text] the text "{ $value }"
        [list] a list
        [yes-no] `{ $value }`
        [table] a table
        [date] the date `{ $value }`
       *[other] `{ $value }`
    }
toml-write-text-hint = put text in double quotes: { $key } = "text"
toml-write-whole-number-hint = write a whole number without quotes: { $key } = { $example }
toml-write-number-hint = write a number without quotes, with a point before the fraction: { $key } = { $example }
toml-write-list-hint = write a list in square brackets: { $key } = ["kk", "ru"]
toml-write-date-hint = write a date without quotes, the year first: { $key } = 2025-01-15
toml-duplicate-key = `{ $key }` is given twice
toml-duplicate-key-hint = keep one of them
toml-other = this value cannot be read: { $detail }
toml-other-hint = see the commented example that `kitapsha new` writes

## The project file, kitapsha.toml

campaign-unknown = there is no campaign `{ $id }`
campaign-unknown-typo-hint = did you mean `{ $best }`? known campaigns: { $known }
campaign-unknown-hint = known campaigns: { $known }
campaign-unknown-none-hint = the project has no campaigns yet; create one with `kitapsha new ID`
campaign-folder-cannot-open = cannot open the campaign folder: { $reason }
project-folder-cannot-open = cannot open the project folder: { $reason }
campaign-folder-outside = the campaign folder leads outside the project folder
campaign-folder-outside-hint = it is a symbolic link; copy the campaign into { $booklets }/ instead of linking to it
project-texts-missing = `{ $key }` is missing
project-texts-missing-hint = add it with the Kazakh, Russian and English texts: { $key } = {"{"} kk = "…", ru = "…", en = "…" {"}"}
project-text-missing-language =
    `{ $key }` has no { $lang ->
            [kk] Kazakh
            [ru] Russian
           *[en] English
        } text
project-text-missing-language-hint = add { $lang } = "…": the project file speaks to donors in all three languages, kk, ru and en
project-key-missing = `{ $key }` is missing
project-key-missing-hint = add { $key } = "…"
project-reached-negative = `reached` cannot be negative
project-reached-negative-hint = give the number of people reached, or remove `reached` when it is not known
project-activity-cost-negative = `cost` cannot be negative
project-activity-cost-negative-hint = give what the project cost in tenge, or remove `cost` when it is not known
project-logo-without-statement = `donor-logo` is given without `funding-statement`
project-logo-without-statement-hint = the logo is printed beside the funding statement: add funding-statement = {"{"} kk = "…", ru = "…", en = "…" {"}"}
project-period-reversed = the programme period ends before it starts: `to` is earlier than `from`
project-period-reversed-hint = swap `from` and `to`
project-period-missing = `period` is missing
project-period-missing-hint = add period = {"{"} from = 2024-06-01, to = 2025-02-22 {"}"}
project-logo-format = `donor-logo` "{ $path }" is not an SVG, PNG or JPEG file
project-logo-format-hint = give the logo as .svg (best: it stays sharp in print), .png or .jpg
project-logo-not-inside = it is not a file inside the project folder
project-logo-cannot-read = cannot read `donor-logo` "{ $path }": { $reason }
project-logo-cannot-read-hint = put the logo inside the project folder and write its path from there, e.g. donor-logo = "booklets/donor.svg"
project-not-a-date = this is not a date
project-not-a-date-hint = write a date without quotes, the year first, e.g. 2025-01-15

## Campaign files, campaign.toml

## Pictures, fonts and fit

## Typesetting and PDFs

typeset-failed = the document could not be typeset: { $detail }
typeset-failed-hint = this is a problem in kitapsha's template, not in your text; please report it with this message. { $typst_hints }
typeset-pages-not-four = the booklet came out with { $pages } pages, not a multiple of four
typeset-template-bug-hint = this is a problem in kitapsha's template; please report it
pdf-cannot-make =
    the { $what ->
            [press] press PDF
            [sheets] sheets PDF
            [report] report PDF
           *[screen] PDF
        } could not be made: { $detail }
pdf-press-cannot-make-hint = this is a problem in a picture or in kitapsha; please report it with this message
pdf-ink-over-limit = the press PDF would print with up to { $ink } % total ink, over the limit of { $limit } %
pdf-ink-over-limit-hint = a drawing or picture is darker than the print shop's profile allows; use a profile made for the shop's ink limit, or set `ink-limit` in [print] to what the shop accepts
typst-sources-cannot-write = cannot write the Typst sources: { $reason }
output-cannot-write = cannot write the file: { $reason }
report-cannot-write = cannot write the report: { $reason }
map-place-missing =
    hand-out place `{ $place }` is not in { $file }: the report's map leaves out its { $copies ->
        [one] 1 copy
       *[other] { $copies } copies
    }
map-place-missing-hint = add a [[place]] with name = {"{"} kk = "…", ru = "…", en = "…" {"}"}, lat and lon to { $file } at the project root

## The ledger, print-runs.toml

## Surveys, survey.toml and exports

## Places and the donor report

## What the commands print

no-project = there is no { $file } in this folder or in any folder above it
no-project-hint = run kitapsha inside the project folder, or name that folder with --project DIR
new-created = created { $folder }/campaign.toml: write the text there, then run `kitapsha build { $id }`
check-press-ink = { $campaign }: press PDF in CMYK, highest total ink { $ink } % (limit { $limit } %)
check-done =
    { $campaigns ->
        [one] checked 1 campaign
       *[other] checked { $campaigns } campaigns
    }
wrote = wrote { $path }
print-run-recorded =
    recorded a print run of { $copies ->
        [one] 1 copy
       *[other] { $copies } copies
    } of { $campaign } on { $date }, edition { $edition }; { $in_stock } in stock
print-run-recorded-without-edition =
    recorded a print run of { $copies ->
        [one] 1 copy
       *[other] { $copies } copies
    } of { $campaign } on { $date }; { $in_stock } in stock
new-bad-id = `{ $id }` cannot be a campaign id
new-bad-id-hint = use lowercase Latin letters, digits and dashes, starting with a letter, e.g. kegen-youth
new-exists = this campaign already exists
new-exists-hint = choose another id, or edit the existing campaign.toml
new-cannot-create = cannot create the campaign: { $reason }
watch-no-campaign = there is no campaign to watch
watch-no-campaign-hint = create one with `kitapsha new ID`
watch-cannot-serve = cannot serve the preview on port { $port }: { $reason }
watch-serving = preview of { $campaign }: { $address }  (stop with Ctrl-C)
watch-built =
    build { $build }: { $pages } pages in { $ms } ms{ $problems ->
        [0] {""}
        [one] , 1 problem
       *[other] , { $problems } problems
    }
hand-out-recorded =
    recorded { $copies ->
        [one] 1 copy
       *[other] { $copies } copies
    } of { $campaign } handed out in { $place } on { $date }; { $in_stock } left in stock

## The command line: help and usage errors

usage-unknown-argument = this command has no option { $arg }
usage-unknown-argument-suggested = this command has no option { $arg }; did you mean { $suggested }?
usage-unknown-command = kitapsha has no command { $command }
usage-unknown-command-suggested = kitapsha has no command { $command }; did you mean { $suggested }?
usage-invalid-value = { $arg } cannot be `{ $value }`; write one of: { $valid }
usage-value-refused = { $arg }: { $reason }
usage-missing-argument = { $arg } must be given here
usage-missing-command = name the command to run
usage-conflict = { $arg } cannot be given together with { $other }
usage-unexpected-value = `{ $value }` is one value too many here
usage-other = this command line cannot be read ({ $detail })
usage-hint = `kitapsha --help` lists the commands, `kitapsha <command> --help` the options of one
arg-copies-not-a-number = `{ $value }` is not a whole number of copies; write e.g. --copies 300
arg-copies-not-positive = the number of copies must be more than 0
arg-copies-too-many = { $value } copies is too many; look for extra digits
arg-cost-not-whole = `{ $value }` is not whole tenge; write the cost without tiyn, e.g. --cost 45000
arg-cost-not-a-number = `{ $value }` is not a number of tenge; write e.g. --cost 45000 or --cost "45 000"
arg-cost-negative = the cost cannot be negative
arg-cost-too-much = { $value } tenge is too much for one print run; look for extra digits
arg-date-shape = `{ $value }` is not a date; write it 2025-01-15 or 15.01.2025
arg-date-not-real = { $value } is not a real date
arg-date-future = { $date } is in the future (today is { $today })
arg-text-empty = this cannot be empty
arg-level-not-a-number = `{ $value }` is not a number; write the level as a fraction, e.g. 0.95
arg-level-percent = the level is a fraction: did you mean { $fraction }?
arg-level-range = the level is a fraction between 0.5 and 1, e.g. 0.95
cli-heading-usage = Usage
cli-heading-commands = Commands
cli-heading-options = Options
cli-heading-arguments = Arguments
cli-help = Show this help
cli-version = Show the version
cli-after-help = Paths on the command line are taken from the current folder; what a command writes by default goes into the project (out/, booklets/). Messages are in the language of KITAPSHA_LANG=kk|ru|en, else of [project] messages in kitapsha.toml, else of the system's locale.
cli-about = Two-language (Kazakh and Russian) print-ready booklets from campaign files, with their print runs and hand-outs, awareness statistics and donor reports.
cli-project = The project folder, the one with kitapsha.toml; looked for from the current folder when not given
cli-new-about = Create booklets/<ID>/ with a commented campaign.toml that builds at once
cli-new-id = The new campaign's id: lowercase Latin letters, digits and dashes, e.g. kegen-youth
cli-check-about = Check texts, pictures, fit, ledgers and surveys without writing anything; exit code 1 on errors
cli-check-campaigns = Campaign ids: folder names under booklets/ (all when none is named)
cli-build-about = Build the booklets of the campaigns (all when none is named) into out/<id>/
cli-build-campaigns = { cli-check-campaigns }
cli-build-out = Where to write the PDFs; out/ in the project when not given
cli-build-reports = Also write the donor report in English, Russian and Kazakh (report-<lang>.pdf)
cli-build-emit-typst = Also write, for every PDF, a self-contained Typst project into this folder
cli-watch-about = Rebuild a campaign on every save and show its pages and any errors in the browser
cli-watch-campaign = The campaign to watch; the first one when not given
cli-watch-port = The port of the preview on 127.0.0.1: 8737 when not given, 0 for any free one
cli-print-run-about = Record a print run in booklets/<CAMPAIGN>/print-runs.toml, with the edition it printed
cli-print-run-campaign = The campaign id: its folder's name under booklets/
cli-print-run-copies = How many booklets were printed, e.g. 300
cli-print-run-date = The day of the print run, 2025-01-15 or 15.01.2025; today when not given
cli-print-run-printer = Who printed it
cli-print-run-cost = What the whole run cost, in whole tenge, e.g. 45000 or "45 000"
cli-hand-out-about = Record booklets handed out; refused when there are not that many in stock
cli-hand-out-campaign = { cli-print-run-campaign }
cli-hand-out-copies = How many booklets were handed out
cli-hand-out-place = The village or town where they were handed out
cli-hand-out-date = The day they were handed out, 2025-01-20 or 20.01.2025; today when not given
cli-hand-out-by = Who handed them out
cli-stock-about = Per campaign: printed, handed out, in stock, cost and cost per copy, last hand-out
cli-stock-json = Print JSON for programs instead of a table
cli-stock-csv = Print CSV for spreadsheets instead of a table
cli-stats-about = Awareness before and after each campaign, with confidence intervals and honest sentences
cli-stats-campaigns = { cli-check-campaigns }
cli-stats-json = Print JSON (shares and points as unrounded fractions) instead of the table
cli-stats-lang = The language of the sentences, kk, ru or en; all three when not given
cli-stats-level = The confidence level of the intervals, as a fraction: 0.95 when not given
cli-report-about = Write the donor report as one A4 PDF: what was printed and handed out, where, at what cost, and how awareness changed
cli-report-lang = The report's language, en, ru or kk: en when not given
cli-report-out = Where to write it; out/report-<lang>.pdf in the project when not given
