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

## The project file, kitapsha.toml

## Campaign files, campaign.toml

## Pictures, fonts and fit

## Typesetting and PDFs

## The ledger, print-runs.toml

## Surveys, survey.toml and exports

# `kitapsha stats --level`: the value refused, and why.
arg-level-not-a-number = `{ $value }` is not a number; write the level as a fraction, e.g. 0.95
arg-level-percent = the level is a fraction: did you mean { $fraction }?
arg-level-range = the level is a fraction between 0.5 and 1, e.g. 0.95

# survey.toml. $indicator is survey-indicator-named or survey-indicator-numbered; $example,
# $before, $after and $change are lines of TOML to copy, shown as they are.
survey-too-many-indicators = the survey has { $count } indicators; kitapsha reads at most { $max }
survey-too-many-indicators-hint = keep the questions the report is about; remove the other [[indicator]] tables
survey-indicator-named = indicator `{ $id }`
survey-indicator-numbered = indicator { $number }
survey-no-question = { $indicator } has no `question`
survey-no-question-hint = add { $example }: the question as it was asked
survey-by-column-empty = `column` is empty
survey-by-column-hint = write column = "group/sex": the column of the export to break the results down by (for counts, the name the groups' `by` uses)
survey-by-no-column = this `by` has no `column`
survey-by-no-name = this `by` has no `name`
survey-by-no-name-hint = add { $example }: what the report calls the column
survey-by-column-twice = `by` names column `{ $column }` twice
survey-by-column-twice-hint = give each column once
survey-target-hint = write { $after } (the share aware after the campaign) or { $change } (the rise in percentage points), as fractions
survey-target-both = `target` has both `after` and `change`
survey-target-both-hint = give one target per indicator; remove the other
survey-target-neither = `target` has neither `after` nor `change`
survey-target-percentage = `target.{ $key }` is a fraction, not a percentage: did you mean { $key } = { $fraction }?
survey-target-range = `target.{ $key }` must be more than 0 and at most 1, not { $value }
survey-no-id = indicator { $number } has no `id`
survey-id-hint = write a short name in lowercase Latin letters, digits and dashes, e.g. id = "knows-appeal-procedure"
survey-id-not-short = `id` "{ $id }" is not a short name
survey-id-twice = indicator id `{ $id }` is used twice
survey-id-twice-hint = give each indicator its own id
survey-no-text = `{ $key }` has no { $lang ->
        [kk] Kazakh
        [ru] Russian
       *[en] English
    } text
survey-no-text-hint = add { $lang } = "…": kk, ru and en are all needed for the sentences
survey-design-effect-range = `design-effect` must be more than 0, not { $value }
survey-design-effect-range-hint = a simple random sample has design effect 1, a cluster sample usually 1.5 to 3; remove the key if it is unknown
survey-design-effect-low = `design-effect` { $value } is below 1: the intervals come out narrower than for a simple random sample
survey-design-effect-low-hint = check the value; cluster samples have design effects above 1
survey-no-data = { $indicator } has no survey data
survey-no-data-hint = add `before` and `after` (see the comment at the top of the file), or `paired` when the same people were asked twice
survey-paired-and-independent = { $indicator } has both `paired` and `before`/`after`
survey-paired-and-independent-hint = use `paired` when the same people were asked twice, `before` and `after` otherwise; remove the other
survey-no-after = { $indicator } has `before` but no `after`
survey-no-after-hint = add { $example }
survey-no-before = { $indicator } has `after` but no `before`
survey-no-before-hint = add { $example }
survey-groups-without-by = { $indicator } has [[indicator.group]] counts but no `by`
survey-groups-without-by-hint = add { $example } to the indicator; each group's `by` names one of its columns
survey-groups-with-csv = { $indicator } counts its answers from CSV exports, so kitapsha breaks them down by `by` itself
survey-groups-with-csv-hint = remove the [[indicator.group]] tables, or give the indicator's own counts instead of the exports
survey-by-one-csv = { $indicator } has `by`, but only one of its surveys is counted from a CSV export
survey-by-one-csv-hint = count both surveys from their exports, or give the counts of each group in [[indicator.group]]
survey-by-without-groups = { $indicator } has `by` but no [[indicator.group]] counts
survey-by-without-groups-hint = add [[indicator.group]] tables with by = "…", value = "…" and the group's counts, or count the answers from CSV exports
survey-group-no-by = this [[indicator.group]] has no `by`
survey-group-no-by-hint = add by = "{ $column }": one of the indicator's `by` columns
survey-group-unknown-by = group `by = "{ $by }"` is not one of the `by` columns of { $indicator }
survey-group-unknown-by-hint = write one of: { $columns }
survey-group-no-value = this [[indicator.group]] has no `value`
survey-group-no-value-hint = add value = "{ $example }": the group's value in the column `{ $column }`
survey-group-twice = the group `{ $column }` = `{ $value }` is given twice
survey-group-twice-hint = give each group's counts once
survey-groups-exceed = the groups by `{ $column }` add up to { $respondents ->
        [one] 1 respondent
       *[other] { $respondents } respondents
    } ({ $aware } aware) { $side ->
        [before] before
       *[after] after
    } the campaign, more than the { $whole } ({ $whole_aware } aware) of { $indicator }
survey-groups-exceed-hint = each respondent belongs to at most one group of a column; check the counts
survey-group-needs-independent = this group needs `before` and `after` counts, like its indicator
survey-group-needs-independent-hint = add { $before } and { $after }
survey-group-needs-paired = this group needs `paired` counts, like its indicator
survey-group-needs-paired-hint = add { $example }
survey-group-sample-extra = a group's `{ $key }` takes only `respondents` and `aware`
survey-group-sample-extra-hint = the group shares its indicator's dates and source; remove the other keys
survey-group-paired-dates = a group's `paired` takes only the four counts
survey-group-paired-dates-hint = the group shares its indicator's dates; remove before-date and after-date
survey-meaning-group-both = the number in this group aware before and after
survey-meaning-group-only-before = the number in this group aware only before
survey-meaning-group-only-after = the number in this group aware only after
survey-meaning-group-neither = the number in this group aware neither time
survey-group-paired-zero = the group's `paired` counts add up to 0
survey-group-paired-zero-hint = give the counts of the group's people who were asked twice
survey-dates-out-of-order = the survey after the campaign ({ $after }) is not later than the one before it ({ $before })
survey-dates-out-of-order-hint = `before` is the survey before the campaign and `after` the one after it; check the dates
survey-no-key = `{ $table }` has no `{ $key }`
survey-counts-and-csv = `{ $key }` has both counts and a CSV file
survey-counts-and-csv-hint = give either respondents and aware, or csv, column and aware-if
survey-no-counts = `{ $key }` has no counts
survey-no-counts-hint = add respondents = … and aware = …, or csv = "surveys/….csv", column = "…" and aware-if = ["…"]
survey-meaning-respondents = the number of people who answered
survey-meaning-aware = the number of them who were aware
survey-respondents-zero = `respondents` must be more than 0
survey-respondents-zero-hint = give the number of people who answered the question
survey-aware-exceeds = `aware` ({ $aware }) is more than `respondents` ({ $respondents })
survey-aware-exceeds-hint = `aware` counts the respondents who were aware, so it cannot exceed `respondents`
# $meaning is one of the survey-meaning-* messages.
survey-count-missing-hint = add { $key } = …: { $meaning }
survey-count-negative = `{ $key }` cannot be negative, not { $value }
survey-count-negative-hint = give { $meaning }: 0 or more
survey-count-too-large = `{ $key }` is too large: { $value }
survey-count-too-large-hint = give { $meaning }
survey-no-csv-hint = add csv = "{ $example }": the export, inside the campaign folder
survey-no-column-hint = add column = "q3": the question's column in the CSV file
survey-aware-if-hint = list the answers that count as aware, e.g. { $example }
survey-aware-if-empty = `aware-if` is empty
survey-by-column-not-in-csv = `by` column `{ $column }` is not in { $file }; its columns are: { $columns }
survey-column-did-you-mean = did you mean `{ $column }`?
survey-column-name-hint = write the column's full name, or the part after the last /
survey-columns-and-more = { $columns } and { $more } more
survey-by-column-ambiguous = `by` column `{ $column }` matches several columns in { $file }: { $columns }
survey-column-full-name-hint = write the full name, e.g. column = "{ $example }"
survey-column-not-in-csv = column `{ $column }` is not in { $file }; its columns are: { $columns }
survey-column-ambiguous = column `{ $column }` matches several columns in { $file }: { $columns }
survey-column-no-answers = column `{ $column }` in { $file } has no answers ({ $blank } blank)
survey-column-no-answers-hint = check that this is the right column and the right file
survey-aware-if-no-match = no answer in column `{ $column }` of { $file } matches `aware-if`
survey-aware-if-no-match-hint = the answers include { $answers }; list the ones that mean aware
survey-csv-folder-hint = put the export into the campaign's surveys/ folder and write csv = "{ $example }"
survey-csv-path-empty = the CSV path is empty
survey-csv-backslash = CSV path "{ $path }" uses backslashes
survey-csv-backslash-hint = write / between folders: csv = "{ $fixed }"
survey-csv-outside = CSV file "{ $path }" is outside the campaign folder
survey-csv-missing = CSV file "{ $path }" does not exist
survey-csv-missing-hint = check the file name; it is looked for in { $folder }
survey-csv-not-a-file = CSV file "{ $path }" is not a file
survey-csv-not-a-file-hint = name the exported .csv file, not a folder
survey-meaning-both = the number of people aware before and after
survey-meaning-only-before = the number of people aware before but not after
survey-meaning-only-after = the number of people aware after but not before
survey-meaning-neither = the number of people aware neither time
survey-paired-zero = the `paired` counts add up to 0
survey-paired-zero-hint = give the counts of the people who were asked twice
survey-date-not-a-day = `{ $key }` must be a day alone, without a time
survey-date-not-a-day-hint = write { $key } = { $example }
survey-date-missing-hint = add { $key } = { $example }: the day the survey { $when ->
        [before] before
       *[after] after
    } the campaign ended

# A survey export (CSV).
csv-cannot-read-hint = check the file and who may read it
csv-too-large = the file is { $size } MiB; kitapsha reads survey exports of up to { $max } MiB
csv-too-large-hint = export only this survey's submissions, or only the columns you need
csv-empty = the file is empty
csv-empty-hint = export the survey again; the first line must name the columns
csv-too-many-rows = the file has more than { $max } rows
csv-too-many-rows-hint = export only this survey's submissions
csv-ragged-row = this row has { $fields ->
        [one] 1 field
       *[other] { $fields } fields
    } but the header has { $header }
csv-ragged-row-hint = a separator inside an answer must be in "double quotes"; export the file again from the survey tool
csv-answer-not-utf8 = this answer is not UTF-8 text
csv-utf8-hint = export the CSV as UTF-8 (in Excel: Save as → CSV UTF-8)
csv-utf16 = the file is UTF-16, not UTF-8
csv-header-not-utf8 = this column name is not UTF-8 text
csv-unclosed-quote = a quoted field that starts here is never closed
csv-unclosed-quote-hint = add the closing " or export the file again

# `kitapsha stats`: the table, its notes and headings. $level is written "95 %" (kk: "95%").
stats-no-results = no survey results in the campaigns asked for
stats-intro = Share aware before and after, in % with { $level } confidence intervals; change = after minus before, in percentage points. Indented rows are groups of respondents; a group with fewer than { $min } on either side is too few to compare.
stats-skipped = no survey results (skipped): { $campaigns }
stats-sentences-heading = Sentences in { $lang ->
        [kk] Kazakh
        [ru] Russian
       *[en] English
    } ({ $code }):
stats-column-campaign = campaign
stats-column-indicator = indicator
stats-column-before = before ({ $level } CI)
stats-column-after = after ({ $level } CI)
stats-column-change = change, pp ({ $level } CI)
stats-column-test = test
stats-column-target = target
stats-test-z = two-proportion z
stats-test-mcnemar = McNemar exact
stats-target-met = { $target }: met
stats-target-not-met = { $target }: not met
stats-target-unclear = { $target }: unclear
stats-too-few = too few to compare
stats-note-csv = { $name }: { $side ->
        [before] before
       *[after] after
    }: counted from { $file }, column { $column }; { $blank ->
        [one] 1 blank answer
       *[other] { $blank } blank answers
    } left out
stats-note-paired = { $name }: the same { $people } people asked twice (aware both times { $both }, only before { $only_before }, only after { $only_after }, neither { $neither }); McNemar chi-square with continuity correction: p { $p }
stats-note-design-effect = { $name }: design effect { $effect }: intervals and test use effective sample sizes { $before } and { $after }

## Places and the donor report

# places.toml.
places-no-name-in = the place's `name` has no { $lang ->
        [kk] Kazakh
        [ru] Russian
       *[en] English
    } name
places-no-name-in-hint = add { $lang } = "…": the map prints the village's name in the report's language
places-no-name = this [[place]] has no `name`
places-no-name-hint = add { $example }: the names hand-outs use
places-twice = the place `{ $name }` is listed twice
places-twice-hint = keep one [[place]] per village
places-coordinate-hint = give { $key } in decimal degrees, e.g. { $key } = { $example }
places-coordinate-range = `{ $key }` must be between -{ $limit } and { $limit }, not { $value }
places-no-coordinate = this [[place]] has no `{ $key }`

## What the commands print

## The command line: help and usage errors
