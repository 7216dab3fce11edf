//! What `stock` and `stats` give to spreadsheets (workbooks read back with calamine, CSV bytes as
//! Excel opens them), and the scope of `stock` and `stats`: `--campaigns`, `--from`, `--to`,
//! against totals computed by hand from a small ledger.

mod common;

use std::path::Path;

use calamine::{Data, Reader, Xlsx, open_workbook};
use common::{ALPHA_LEDGER, TestProject};

/// Three print runs and three hand-outs of `alpha`, one of each a month (`beta` has none).
const LEDGER: &str = "\
[[run]]
date = 2024-12-10
copies = 300
cost = 45000

[[hand-out]]
date = 2024-12-20
copies = 120
place = \"Бақанас\"

[[run]]
date = 2025-01-15
copies = 200
cost = 25000

[[hand-out]]
date = 2025-01-20
copies = 50
place = \"Саты\"

[[run]]
date = 2025-02-10
copies = 100

[[hand-out]]
date = 2025-02-15
copies = 30
place = \"Бақанас\"
";

/// Two indicators: one measured after the campaign in February, one in December.
const SURVEY: &str = "\
[[indicator]]
id = \"knows\"
question = { kk = \"Білесіз бе?\", ru = \"Знаете ли вы?\", en = \"Do you know?\" }
before = { date = 2024-11-01, respondents = 100, aware = 30 }
after = { date = 2025-02-01, respondents = 120, aware = 72 }

[[indicator]]
id = \"early\"
question = { kk = \"Естідіңіз бе?\", ru = \"Слышали ли вы?\", en = \"Have you heard?\" }
before = { date = 2024-11-01, respondents = 100, aware = 20 }
after = { date = 2024-12-20, respondents = 100, aware = 25 }
";

fn project() -> TestProject {
    let project = TestProject::fixture("ledger/basic");
    project.write(ALPHA_LEDGER, LEDGER);
    project.write("booklets/alpha/survey.toml", SURVEY);
    project
}

/// (printed, handed out, in stock, cost, cost per copy, last hand-out) of `alpha` in `stock --json`.
fn alpha_totals(project: &TestProject, scope: &[&str]) -> (u64, u64, u64, u64, Option<f64>, Option<String>) {
    let json = project.run(&[&["stock", "--json"][..], scope].concat()).json();
    let alpha = &json.as_array().unwrap().iter().find(|row| row["campaign"] == "alpha").unwrap();
    let n = |key: &str| alpha[key].as_u64().unwrap();
    (
        n("printed"),
        n("handed_out"),
        n("in_stock"),
        n("cost"),
        alpha["cost_per_copy"].as_f64(),
        alpha["last_hand_out"].as_str().map(str::to_string),
    )
}

#[test]
fn stock_counts_the_runs_and_hand_outs_of_the_period_and_the_stock_at_its_end() {
    let project = project();
    // Everything: 600 printed, 200 handed out; 70 000 ₸ over the 500 copies whose cost is known.
    assert_eq!(alpha_totals(&project, &[]), (600, 200, 400, 70_000, Some(140.0), Some("2025-02-15".into())));
    // January: the second run and hand-out; in stock at 31 January: 500 − 170.
    assert_eq!(
        alpha_totals(&project, &["--from", "2025-01-01", "--to", "31.01.2025"]),
        (200, 50, 330, 25_000, Some(125.0), Some("2025-01-20".into()))
    );
    // From February on: the run without a cost, so no cost per copy; the stock at the end is all.
    assert_eq!(alpha_totals(&project, &["--from", "01.02.2025"]), (100, 30, 400, 0, None, Some("2025-02-15".into())));
    // Up to the end of December: the first run and hand-out; both ends of a period are included.
    assert_eq!(
        alpha_totals(&project, &["--to", "2024-12-20"]),
        (300, 120, 180, 45_000, Some(150.0), Some("2024-12-20".into()))
    );
    assert_eq!(alpha_totals(&project, &["--from", "2024-12-21", "--to", "2025-01-14"]), (0, 0, 180, 0, None, None));
}

#[test]
fn stock_campaigns_keeps_the_campaigns_named_and_refuses_an_unknown_one_with_the_nearest() {
    let project = project();
    let json = project.run(&["stock", "--json", "--campaigns", "beta"]).json();
    let campaigns: Vec<&str> = json.as_array().unwrap().iter().map(|row| row["campaign"].as_str().unwrap()).collect();
    assert_eq!(campaigns, ["beta"]);
    let table = project.run(&["stock", "--campaigns", "alpha,beta,alpha", "--to", "2024-12-31"]).ok();
    assert_eq!(table.lines().filter(|line| line.starts_with("alpha")).count(), 1, "named twice, counted once");
    assert!(table.starts_with("campaign  printed"), "{table}");
    assert!(table.contains("\nalpha         300         120       180"), "{table}");
    let stderr = project
        .run(&["stock", "--campaigns", "alpha,bet"])
        .fails_with(1, "booklets/bet: error: there is no campaign `bet`");
    assert!(stderr.contains("did you mean `beta`?"), "{stderr}");
}

#[test]
fn a_period_that_ends_before_it_begins_is_a_usage_error() {
    let project = project();
    let run = project.run(&["stock", "--from", "2025-02-01", "--to", "2025-01-01"]);
    assert_eq!(run.code(), 2);
    assert!(
        run.stderr().starts_with("error: --from 2025-02-01 is after --to 2025-01-01: the period would hold no day\n"),
        "{}",
        run.stderr()
    );
    let russian = project
        .command(&["report", "--from", "2025-02-01", "--to", "2025-01-01"])
        .env("KITAPSHA_LANG", "ru")
        .output()
        .unwrap();
    assert_eq!(russian.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&russian.stderr).contains("--from 2025-02-01 позже, чем --to 2025-01-01"));
}

#[test]
fn stock_csv_is_for_excel_with_russian_settings_and_csv_comma_for_other_programs() {
    let project = project();
    let excel = project.run(&["stock", "--csv"]);
    assert_eq!(excel.code(), 0);
    assert_eq!(
        excel.stdout.as_slice(),
        "\u{feff}campaign;printed;handed_out;in_stock;cost;cost_per_copy;last_hand_out\n\
         alpha;600;200;400;70000;140,00;2025-02-15\nbeta;0;0;0;0;;\n"
            .as_bytes()
    );
    let january =
        project.run(&["stock", "--csv", "--from", "2025-01-01", "--to", "2025-01-31", "--campaigns", "alpha"]);
    assert_eq!(
        january.ok(),
        "\u{feff}campaign;printed;handed_out;in_stock;cost;cost_per_copy;last_hand_out\nalpha;200;50;330;25000;125,00;2025-01-20\n"
    );
    assert_eq!(
        project.run(&["stock", "--csv-comma"]).ok(),
        "campaign,printed,handed_out,in_stock,cost,cost_per_copy,last_hand_out\nalpha,600,200,400,70000,140.00,2025-02-15\nbeta,0,0,0,0,,\n"
    );
}

fn sheet(path: &Path, name: &str) -> (calamine::Range<Data>, calamine::StyleRange) {
    let mut book: Xlsx<_> = open_workbook(path).unwrap();
    assert_eq!(book.sheet_names(), [name]);
    (book.worksheet_range(name).unwrap(), book.worksheet_style(name).unwrap())
}

fn text(range: &calamine::Range<Data>, row: u32) -> Vec<String> {
    (0..range.width() as u32).map(|c| range.get_value((row, c)).map(ToString::to_string).unwrap_or_default()).collect()
}

fn number(range: &calamine::Range<Data>, cell: (u32, u32)) -> f64 {
    match range.get_value(cell) {
        Some(Data::Float(x)) => *x,
        other => panic!("{cell:?} is not a number: {other:?}"),
    }
}

fn format_of(styles: &calamine::StyleRange, cell: (u32, u32)) -> String {
    styles.get(cell).and_then(|s| s.number_format.as_ref()).map(|f| f.format_code.clone()).unwrap_or_default()
}

#[test]
fn stock_xlsx_holds_numbers_as_numbers_with_headings_in_the_language_spoken() {
    let project = project();
    let path = project.root.join("stock.xlsx");
    let wrote = project.run(&["stock", "--xlsx", "stock.xlsx", "--to", "2025-01-31"]).ok();
    assert_eq!(wrote, "wrote stock.xlsx\n");
    let first = std::fs::read(&path).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1100));
    project.run(&["stock", "--xlsx", "again.xlsx", "--to", "2025-01-31"]).ok();
    assert_eq!(first, std::fs::read(project.root.join("again.xlsx")).unwrap(), "the same data gives the same bytes");
    let (range, styles) = sheet(&path, "Stock");
    assert_eq!(
        text(&range, 0),
        ["campaign", "printed", "handed out", "in stock", "cost", "cost per copy", "last hand-out"]
    );
    assert_eq!(range.get_value((1, 0)), Some(&Data::String("alpha".into())));
    for (column, expected) in [(1, 500.0), (2, 170.0), (3, 330.0), (4, 70_000.0), (5, 140.0)] {
        assert_eq!(number(&range, (1, column)), expected, "column {column}");
    }
    assert_eq!(format_of(&styles, (1, 4)), "#,##0");
    assert_eq!(format_of(&styles, (1, 5)), "#,##0.00");
    match range.get_value((1, 6)) {
        // 20 January 2025 is day 45 677 of Excel's calendar.
        Some(Data::DateTime(date)) => assert!(date.is_datetime() && date.as_f64() == 45_677.0, "{date:?}"),
        other => panic!("the last hand-out is not a date: {other:?}"),
    }
    // beta has no cost per copy and no hand-out: empty cells, not zeros; then the total row.
    assert!(matches!(range.get_value((2, 5)), None | Some(Data::Empty)));
    assert_eq!(text(&range, 3)[0], "total");
    assert_eq!(number(&range, (3, 3)), 330.0);

    for (lang, sheet_name, headings) in [
        (
            "ru",
            "Остатки",
            ["кампания", "напечатано", "выдано", "остаток", "стоимость", "стоимость экземпляра", "последняя выдача"],
        ),
        ("kk", "Қалдық", ["науқан", "басылды", "таратылды", "қалдық", "құны", "бір дананың құны", "соңғы тарату"]),
    ] {
        let status =
            project.command(&["stock", "--xlsx", "stock.xlsx"]).env("KITAPSHA_LANG", lang).output().unwrap().status;
        assert!(status.success());
        let (range, _) = sheet(&path, sheet_name);
        assert_eq!(text(&range, 0), headings, "{lang}");
        assert_eq!(text(&range, 3)[0], if lang == "ru" { "итого" } else { "барлығы" });
    }
}

#[test]
fn stats_xlsx_gives_shares_as_percentages_intervals_in_columns_and_points_as_numbers() {
    let project = project();
    let json = project.run(&["stats", "--json", "alpha"]).json();
    let knows = json.as_array().unwrap().iter().find(|r| r["indicator"] == "knows").unwrap().clone();
    project.run(&["stats", "--xlsx", "stats.xlsx"]).ok();
    let (range, styles) = sheet(&project.root.join("stats.xlsx"), "Awareness");
    assert_eq!(
        text(&range, 0),
        [
            "campaign",
            "indicator",
            "question",
            "group",
            "n before",
            "before",
            "before: lower bound (95 % CI)",
            "before: upper bound (95 % CI)",
            "n after",
            "after",
            "after: lower bound (95 % CI)",
            "after: upper bound (95 % CI)",
            "change, pp",
            "change, pp: lower bound (95 % CI)",
            "change, pp: upper bound (95 % CI)",
            "p",
            "test",
            "target",
        ]
    );
    let row = (1..range.height() as u32).find(|&r| text(&range, r)[1] == "knows").unwrap();
    assert_eq!(text(&range, row)[2], knows["question"]["en"].as_str().unwrap(), "the question as asked");
    assert_eq!(number(&range, (row, 4)), 100.0);
    assert_eq!(number(&range, (row, 5)), 0.3);
    assert_eq!(format_of(&styles, (row, 5)), "0.0%");
    assert_eq!(number(&range, (row, 8)), 120.0);
    assert_eq!(number(&range, (row, 9)), 0.6);
    let ci = |side: &str, i: usize| knows[side]["ci"][i].as_f64().unwrap();
    assert_eq!(number(&range, (row, 6)), ci("before", 0));
    assert_eq!(number(&range, (row, 7)), ci("before", 1));
    assert_eq!(number(&range, (row, 10)), ci("after", 0));
    assert_eq!(number(&range, (row, 11)), ci("after", 1));
    assert!((number(&range, (row, 12)) - 30.0).abs() < 1e-9);
    assert_eq!(format_of(&styles, (row, 12)), "0.0");
    assert!((number(&range, (row, 13)) - ci("change", 0) * 100.0).abs() < 1e-9);
    assert!((number(&range, (row, 14)) - ci("change", 1) * 100.0).abs() < 1e-9);
    assert_eq!(number(&range, (row, 15)), knows["change"]["p_value"].as_f64().unwrap());
    assert_eq!(text(&range, row)[16], "two-proportion z");

    let status =
        project.command(&["stats", "--xlsx", "stats.xlsx"]).env("KITAPSHA_LANG", "ru").output().unwrap().status;
    assert!(status.success());
    let (range, _) = sheet(&project.root.join("stats.xlsx"), "Осведомлённость");
    let headings = text(&range, 0);
    assert_eq!(
        headings[..7],
        ["кампания", "показатель", "вопрос", "группа", "n до", "до", "до: нижняя граница (95 % ДИ)"]
    );
    assert_eq!(
        headings[12..15],
        [
            "изменение, п. п.",
            "изменение, п. п.: нижняя граница (95 % ДИ)",
            "изменение, п. п.: верхняя граница (95 % ДИ)"
        ]
    );
    let status =
        project.command(&["stats", "--xlsx", "stats.xlsx"]).env("KITAPSHA_LANG", "kk").output().unwrap().status;
    assert!(status.success());
    let (range, _) = sheet(&project.root.join("stats.xlsx"), "Хабардарлық");
    let headings = text(&range, 0);
    assert_eq!(headings[..6], ["науқан", "көрсеткіш", "сұрақ", "топ", "n дейін", "дейін"]);
    assert_eq!(headings[6..8], ["дейін: төменгі шегі (95%)", "дейін: жоғарғы шегі (95%)"]);
    assert_eq!(headings[12], "өзгеріс, пайыздық тармақ");
}

#[test]
fn stats_counts_an_indicator_when_its_endline_lies_in_the_period() {
    let project = project();
    let ids = |args: &[&str]| -> Vec<String> {
        let json = project.run(&[&["stats", "--json"][..], args].concat()).json();
        json.as_array().unwrap().iter().map(|r| r["indicator"].as_str().unwrap().to_string()).collect()
    };
    assert_eq!(ids(&[]), ["knows", "early"]);
    // The baseline of `knows` (November) lies before the period: its endline (February) counts.
    assert_eq!(ids(&["--from", "2025-01-01"]), ["knows"]);
    assert_eq!(ids(&["--to", "2024-12-31"]), ["early"]);
    assert_eq!(ids(&["--from", "2024-12-20", "--to", "2025-02-01"]), ["knows", "early"]);
    let table = project.run(&["stats", "--from", "2025-02-02"]).ok();
    assert!(table.contains("alpha"), "alpha is named as a campaign without results: {table}");
}

#[test]
fn a_workbook_that_cannot_be_written_leaves_nothing_behind() {
    let project = project();
    std::fs::create_dir(project.root.join("taken.xlsx")).unwrap();
    let run = project.run(&["stock", "--xlsx", "taken.xlsx"]);
    assert_eq!(run.code(), 1, "{}", run.stderr());
    assert!(run.stderr().starts_with("taken.xlsx: error: cannot write the file:"), "{}", run.stderr());
    let left: Vec<_> = std::fs::read_dir(&project.root).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert!(!left.iter().any(|name| name.to_string_lossy().ends_with(".tmp")), "{left:?}");
}
