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

## Places and the donor report

## What the commands print

## The command line: help and usage errors
