//! The survey page: an export sent for one round, its answers sorted, survey.toml written, and
//! the results counted by the same code as `kitapsha stats`.

use axum::Router;
use axum::http::{StatusCode, header};

use crate::common::{TestProject, assert_snapshot_in, repo};
use crate::http::*;

const SURVEY: &str = "booklets/raiymbek/survey.toml";
const INDICATOR: &str = "knows-patient-rights";

/// A copy of `raiymbek`, whose survey.toml counts two KoboToolbox CSV exports.
fn raiymbek() -> (TestProject, Router, String) {
    let project = TestProject::with_campaigns(&[("raiymbek", &repo().join("booklets/raiymbek"))]);
    let (app, token) = studio(&project);
    (project, app, token)
}

fn export(name: &str) -> Vec<u8> {
    std::fs::read(repo().join("booklets/raiymbek/surveys").join(name)).unwrap()
}

async fn upload(app: &Router, token: &str, lang: &str, fields: &[(&str, &str)], file: (&str, &[u8])) -> Answer {
    let fields = form(token, fields);
    send(app, post_file(lang, "/campaign/raiymbek/survey/upload", &fields, Some(("export", file.0, file.1)))).await
}

/// Each answer of the sorting page: its number, its text, and the choice checked.
fn answers(html: &str) -> Vec<(String, String, String)> {
    html.split("<tr class=\"answer")
        .skip(1)
        .map(|row| {
            let at = row.find("data-answer=\"").unwrap() + 13;
            let index = row[at..at + row[at..].find('"').unwrap()].to_string();
            let cell = &row[row.find("<td>").unwrap() + 4..];
            let answer = unescape(&cell[..cell.find("</td>").unwrap()]);
            let checked = ["aware", "not-aware", "missing"]
                .into_iter()
                .find(|choice| row.contains(&format!("value=\"{choice}\" checked")))
                .unwrap_or("")
                .to_string();
            (index, answer, checked)
        })
        .collect()
}

/// The sorting form as posted: the hidden fields, the column, the date, and a choice per answer.
fn sorted(html: &str, token: &str, choose: impl Fn(&str) -> Option<&'static str>) -> Vec<(String, String)> {
    let mut fields = form(token, &[("action", "save"), ("column", "group_rights/q3"), ("date", "2024-09-12")]);
    for name in ["upload", "indicator", "round", "hash"] {
        fields.push((name.to_string(), hidden(html, name)));
    }
    for (index, answer, _) in answers(html) {
        if let Some(choice) = choose(&answer) {
            fields.push((format!("answer-{index}"), choice.to_string()));
        }
    }
    fields
}

/// The sample's sorting, except that "don't know" in either language is a missing answer.
fn dont_know_is_missing(answer: &str) -> Option<&'static str> {
    match answer.to_lowercase().as_str() {
        "иә" | "да" => Some("aware"),
        "жоқ" | "нет" => Some("not-aware"),
        "білмеймін" | "не знаю" => Some("missing"),
        _ => None,
    }
}

#[tokio::test]
async fn an_export_is_sorted_saved_and_counted_as_stats_counts_it() {
    let (project, app, token) = raiymbek();
    let page = send(&app, get("/campaign/raiymbek/survey", "en")).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert_snapshot_in(&repo().join("tests/snapshots"), "studio-survey-en", &page_text(&page.body));

    let before = snapshot(&project.root);
    let bytes = export("before.csv");
    let shown =
        upload(&app, &token, "en", &[("indicator", INDICATOR), ("round", "before")], ("kobo.csv", &bytes)).await;
    assert_eq!(shown.status, StatusCode::OK, "{}", shown.body);
    // The column and the sorting come from survey.toml: every answer is listed, with its count.
    let listed = answers(&shown.body);
    let texts: Vec<&str> = listed.iter().map(|(_, answer, _)| answer.as_str()).collect();
    assert_eq!(texts, ["Нет", "не знаю", "Жоқ", "иә", "да", "білмеймін"]);
    assert!(listed.iter().all(|(_, answer, checked)| !checked.is_empty() || answer.is_empty()), "{listed:?}");
    assert_snapshot_in(
        &repo().join("tests/snapshots"),
        "studio-survey-sort-en",
        &without_token(&page_text(&shown.body), &token),
    );
    assert_eq!(snapshot(&project.root), before, "sending writes nothing");

    // Two answers left unsorted: refused, marked, nothing written.
    let partial = sorted(&shown.body, &token, |answer| {
        dont_know_is_missing(answer).filter(|_| answer != "иә" && answer != "Нет")
    });
    let refused = send(&app, post("/campaign/raiymbek/survey/sort", Some(ORIGIN), &partial)).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.body);
    assert!(unescape(&refused.body).contains("2 answers are not sorted: they are marked below; choose aware, not aware or missing for each. Nothing was saved."));
    assert_eq!(refused.body.matches("class=\"answer unsorted\"").count(), 2);
    assert_eq!(snapshot(&project.root), before, "nothing written");

    let complete = sorted(&shown.body, &token, dont_know_is_missing);
    let saved = send(&app, post("/campaign/raiymbek/survey/sort", Some(ORIGIN), &complete)).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(saved.headers[header::LOCATION], format!("/campaign/raiymbek/survey?done={INDICATOR}"));
    // The export is kept under a name made of the indicator, and survey.toml points to it; the
    // rest of the file, comments included, is as it was.
    let stored = "booklets/raiymbek/surveys/knows-patient-rights-before.csv";
    assert_eq!(std::fs::read(project.root.join(stored)).unwrap(), bytes);
    let old = std::fs::read_to_string(repo().join(SURVEY)).unwrap();
    let new = project.read(SURVEY);
    let changed: Vec<(&str, &str)> = old.lines().zip(new.lines()).filter(|(a, b)| a != b).collect();
    assert_eq!(
        changed,
        [(
            "before = { date = 2024-09-12, csv = \"surveys/before.csv\", column = \"q3\", aware-if = [\"иә\", \"да\"], not-aware-if = [\"жоқ\", \"нет\", \"білмеймін\", \"не знаю\"] }",
            "before = { date = 2024-09-12, file = \"surveys/knows-patient-rights-before.csv\", column = \"group_rights/q3\", aware-if = [\"иә\", \"да\"], not-aware-if = [\"Нет\", \"Жоқ\"], missing-if = [\"не знаю\", \"білмеймін\"] }"
        )]
    );
    assert_eq!(old.lines().count(), new.lines().count());
    let log = project.read("changes.log");
    assert!(log.contains("\tlocal\tbooklets/raiymbek/surveys/knows-patient-rights-before.csv\n"), "{log}");
    assert!(log.contains("\tlocal\tbooklets/raiymbek/survey.toml\n"), "{log}");

    // The page's result is `kitapsha stats` on the same files, in every figure it shows.
    let result = send(&app, get(&format!("/campaign/raiymbek/survey?done={INDICATOR}"), "en")).await;
    let text = page_text(&result.body);
    assert!(text.contains("Saved in survey.toml. The results below are counted with it."));
    let stats = project.run(&["stats", "raiymbek", "--json"]).json();
    let indicator = stats.as_array().unwrap().iter().find(|i| i["indicator"] == INDICATOR).unwrap();
    // "Don't know" (30 answers) and the 4 blank ones are left out now.
    assert_eq!(indicator["before"]["respondents"], 96 - 30);
    assert_eq!(indicator["before"]["aware"], 24);
    let article = &result.body[result.body.find(&format!("id=\"indicator-{INDICATOR}\"")).unwrap()..];
    let article = page_text(&article[..article.find("</article>").unwrap()]);
    assert!(article.contains(indicator["sentences"]["en"].as_str().unwrap()), "{article}\n{indicator}");
    assert!(article.contains("respondents: 66"), "{article}");
    // Each figure of the page is the one the CLI's sentence says.
    let sentence = indicator["sentences"]["en"].as_str().unwrap();
    for class in ["before-share", "after-share", "change"] {
        let at = result.body.find(&format!("class=\"{class}\">")).unwrap() + class.len() + 9;
        let figure = &result.body[at..at + result.body[at..].find('<').unwrap()];
        assert!(sentence.contains(figure), "{figure} is not in: {sentence}");
    }
}

#[tokio::test]
async fn another_column_is_chosen_and_a_change_meanwhile_is_a_conflict() {
    let (project, app, token) = raiymbek();
    let bytes = export("after.csv");
    let shown =
        upload(&app, &token, "ru", &[("indicator", INDICATOR), ("round", "after")], ("after.csv", &bytes)).await;
    assert_eq!(shown.status, StatusCode::OK, "{}", shown.body);
    // The village column: its own answers, none of them sorted by survey.toml.
    let mut fields = form(&token, &[("action", "count"), ("column", "group_intro/village"), ("date", "2025-01-24")]);
    for name in ["upload", "indicator", "round", "hash"] {
        fields.push((name.to_string(), hidden(&shown.body, name)));
    }
    let villages = send(&app, post_in("ru", "/campaign/raiymbek/survey/sort", Some(ORIGIN), &fields)).await;
    assert_eq!(villages.status, StatusCode::OK, "{}", villages.body);
    let listed: Vec<String> = answers(&villages.body).into_iter().map(|(_, answer, _)| answer).collect();
    assert_eq!(listed, ["Қарасаз", "Сарыжаз", "Текес", "Нарынқол"]);
    assert!(page_text(&villages.body).contains("Все ответы в этом столбце"));

    // survey.toml changed by someone else meanwhile: nothing is saved over it.
    let edited = format!("{}\n# edited by hand\n", project.read(SURVEY));
    project.write(SURVEY, &edited);
    let before = snapshot(&project.root);
    let complete = sorted(&shown.body, &token, dont_know_is_missing);
    let refused = send(&app, post("/campaign/raiymbek/survey/sort", Some(ORIGIN), &complete)).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.body);
    assert!(unescape(&refused.body).contains("survey.toml was changed by someone else since the file was sent; nothing was saved: open the survey page again and send the file again"));
    assert_eq!(snapshot(&project.root), before, "nothing written");
}

#[tokio::test]
async fn a_sorting_that_stats_refuses_is_undone() {
    let (project, app, token) = raiymbek();
    let before = snapshot(&project.root);
    // A date after the "after" round: the library refuses it, and nothing stays written.
    let shown =
        upload(&app, &token, "en", &[("indicator", INDICATOR), ("round", "before")], ("b.csv", &export("before.csv")))
            .await;
    let mut complete = sorted(&shown.body, &token, dont_know_is_missing);
    set(&mut complete, "date", "2025-02-01");
    let refused = send(&app, post("/campaign/raiymbek/survey/sort", Some(ORIGIN), &complete)).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.body);
    assert!(refused.body.contains("class=\"problem error\""), "{}", refused.body);
    assert_eq!(snapshot(&project.root), before, "nothing left written");
}

/// A refused upload: its text fields, its file (name, bytes), and what the page says.
type Case<'a> = (&'a [(&'a str, &'a str)], (&'a str, &'a [u8]), &'a str);

#[tokio::test]
async fn uploads_are_refused_without_a_question_a_round_or_a_readable_file() {
    let (project, app, token) = raiymbek();
    let before = snapshot(&project.root);
    let csv = export("before.csv");
    let cases: [Case; 4] = [
        (
            &[("indicator", "no-such"), ("round", "before")],
            ("a.csv", &csv),
            "choose the question (indicator) the export is for",
        ),
        (
            &[("indicator", INDICATOR)],
            ("a.csv", &csv),
            "choose whether the export is from before or after the campaign",
        ),
        (
            &[("indicator", INDICATOR), ("round", "after")],
            ("a.xlsx", &csv),
            "a.xlsx is called .xlsx but is not an Excel workbook",
        ),
        (&[("indicator", INDICATOR), ("round", "after")], ("a.txt", &csv), "a.txt is neither an Excel workbook"),
    ];
    for (fields, file, said) in cases {
        let refused = upload(&app, &token, "en", fields, file).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        let text = page_text(&refused.body);
        assert!(text.contains(said), "{said}\n{text}");
        assert!(text.contains("Nothing was saved: see what is said at the form."));
    }
    // A round that is no round: it would become part of a file's name.
    let shown = upload(&app, &token, "en", &[("indicator", INDICATOR), ("round", "before")], ("b.csv", &csv)).await;
    let mut forged = sorted(&shown.body, &token, |_| Some("aware"));
    set(&mut forged, "round", "../../../escaped");
    let refused = send(&app, post("/campaign/raiymbek/survey/sort", Some(ORIGIN), &forged)).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page_text(&refused.body).contains("choose whether the export is from before or after the campaign"));
    // A sorting for an upload the studio does not keep.
    let forged = form(&token, &[("upload", "feedfacefeedfacefeedfacefeedface"), ("action", "save")]);
    let refused = send(&app, post("/campaign/raiymbek/survey/sort", Some(ORIGIN), &forged)).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let forbidden = send(&app, post("/campaign/raiymbek/survey/sort", Some(ORIGIN), &forged[1..])).await;
    assert_eq!(forbidden.status, StatusCode::FORBIDDEN);
    assert_eq!(snapshot(&project.root), before, "nothing written");
}

#[tokio::test]
async fn a_campaign_without_survey_toml_says_where_questions_come_from() {
    let project = TestProject::with_campaigns(&[("youth", &repo().join("booklets/zhambyl-youth"))]);
    let (app, _) = studio(&project);
    let page = send(&app, get("/campaign/youth/survey", "en")).await;
    assert_eq!(page.status, StatusCode::OK);
    let text = page_text(&page.body);
    assert!(text.contains("This campaign has no survey questions yet. Add the first one below (\"A new question\"); then its exports can be sent here."), "{text}");
    assert!(
        text.contains("No results yet: survey.toml has no indicator with both rounds, or it has a problem said above.")
    );
    assert!(!page.body.contains("survey-upload-form"));
}

/// The sorting form for `html`'s upload with the column `column`, asking to see its answers.
fn counting(html: &str, token: &str, column: &str) -> Vec<(String, String)> {
    let mut fields = form(token, &[("action", "count"), ("column", column), ("date", "")]);
    for name in ["upload", "indicator", "round", "hash"] {
        fields.push((name.to_string(), hidden(html, name)));
    }
    fields
}

#[tokio::test]
async fn columns_that_are_no_question_are_said_so() {
    let (project, app, token) = raiymbek();
    // A column with an answer per row, beyond what a yes/no question has.
    let mut free_text = String::from("id,comment\n");
    (0..=1000).for_each(|n| free_text.push_str(&format!("{n},answer {n}\n")));
    let shown =
        upload(&app, &token, "en", &[("indicator", INDICATOR), ("round", "after")], ("free.csv", free_text.as_bytes()))
            .await;
    assert_eq!(shown.status, StatusCode::OK, "{}", shown.body);
    let many =
        send(&app, post("/campaign/raiymbek/survey/sort", Some(ORIGIN), &counting(&shown.body, &token, "comment")))
            .await;
    assert!(page_text(&many.body).contains("this column has more than 1000 different answers: it is not a yes/no question; choose the question's column"), "{}", many.body);
    assert!(!many.body.contains("save-sorting"));
    let none =
        send(&app, post("/campaign/raiymbek/survey/sort", Some(ORIGIN), &counting(&shown.body, &token, "q9"))).await;
    assert!(page_text(&none.body).contains("the file has no such column; choose the question's column from the list"));
    // Every screen of the campaign is a link away.
    assert!(unescape(&none.body).contains("<nav class=\"screens\" aria-label=\"This campaign's screens\">"));
    let _ = project;
}

#[tokio::test]
async fn paired_counts_and_a_blocked_folder_are_not_written_over() {
    let (project, app, token) = raiymbek();
    // `surveys` is a file here: the export has nowhere to go.
    let folder = project.root.join("booklets/raiymbek/surveys");
    std::fs::remove_dir_all(&folder).unwrap();
    std::fs::write(&folder, "not a folder").unwrap();
    let before = snapshot(&project.root);
    let shown =
        upload(&app, &token, "en", &[("indicator", INDICATOR), ("round", "before")], ("b.csv", &export("before.csv")))
            .await;
    let refused = send(
        &app,
        post("/campaign/raiymbek/survey/sort", Some(ORIGIN), &sorted(&shown.body, &token, dont_know_is_missing)),
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page_text(&refused.body).contains("the survey could not be saved: "), "{}", refused.body);
    assert_eq!(snapshot(&project.root), before, "nothing written");

    let kegen = TestProject::with_campaigns(&[("kegen", &repo().join("booklets/kegen"))]);
    let (app, token) = studio(&kegen);
    let before = snapshot(&kegen.root);
    let fields = form(&token, &[("indicator", "knows-success-factors"), ("round", "after")]);
    let request =
        post_file("en", "/campaign/kegen/survey/upload", &fields, Some(("export", "a.csv", &export("after.csv"))));
    let sent = send(&app, request).await;
    let shown =
        send(&app, post("/campaign/kegen/survey/sort", Some(ORIGIN), &counting(&sent.body, &token, "group_rights/q3")))
            .await;
    let mut fields = sorted(&shown.body, &token, dont_know_is_missing);
    fields.iter_mut().filter(|(k, _)| k == "date").for_each(|(_, v)| *v = "2025-02-04".to_string());
    let refused = send(&app, post("/campaign/kegen/survey/sort", Some(ORIGIN), &fields)).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page_text(&refused.body).contains("gives paired counts"), "{}", refused.body);
    assert_eq!(snapshot(&kegen.root), before, "nothing written");
}

#[tokio::test]
async fn a_survey_without_indicators_and_a_broken_upload_are_said_so() {
    let project = TestProject::with_campaigns(&[("youth", &repo().join("booklets/zhambyl-youth"))]);
    project.write("booklets/youth/survey.toml", "# questions come later\n");
    let (app, token) = studio(&project);
    let page = send(&app, get("/campaign/youth/survey", "en")).await;
    assert!(page_text(&page.body).contains(
        "survey.toml has no question yet. Add one below (\"A new question\"); then its exports can be sent here."
    ));
    let request = axum::http::Request::post("/campaign/youth/survey/upload")
        .header(header::HOST, HOST)
        .header(header::ORIGIN, ORIGIN)
        .header(header::CONTENT_TYPE, "multipart/form-data; boundary=x")
        .body(axum::body::Body::from(
            "--x\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n".to_string() + &token,
        ))
        .unwrap();
    let broken = send(&app, request).await;
    assert_eq!(broken.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page_text(&broken.body).contains("the file did not arrive whole; choose it and send it again"));
}

/// The new-question form as posted.
fn question(token: &str, id: &str, english: &str) -> Vec<(String, String)> {
    form(
        token,
        &[
            ("question-id", id),
            ("question.kk", "Пациенттің құқықтарын білесіз бе?"),
            ("question.ru", "Знаете ли вы права пациента?"),
            ("question.en", english),
            ("measure.kk", "пациент құқықтары туралы хабардарлық"),
            ("measure.ru", "осведомлённость о правах пациента"),
            ("measure.en", "awareness of patients' rights"),
        ],
    )
}

/// Sends `name` for `round`, chooses the question's column, sorts its answers and saves them.
async fn send_round(app: &Router, token: &str, round: &str, name: &str, date: &str) -> Answer {
    let bytes = export(name);
    let shown = upload(app, token, "en", &[("indicator", INDICATOR), ("round", round)], (name, &bytes)).await;
    assert_eq!(shown.status, StatusCode::OK, "{}", shown.body);
    let counted = send(
        app,
        post("/campaign/raiymbek/survey/sort", Some(ORIGIN), &counting(&shown.body, token, "group_rights/q3")),
    )
    .await;
    let mut fields = sorted(&counted.body, token, dont_know_is_missing);
    set(&mut fields, "date", date);
    send(app, post("/campaign/raiymbek/survey/sort", Some(ORIGIN), &fields)).await
}

#[tokio::test]
async fn a_campaign_without_questions_gets_one_and_its_two_rounds_give_the_result() {
    // A campaign made with `kitapsha new` has no question; this one has no survey.toml at all.
    let project = TestProject::with_campaigns(&[("raiymbek", &repo().join("booklets/zhambyl-youth"))]);
    let (app, token) = studio(&project);
    let before = snapshot(&project.root);

    // Mistakes the library finds in the new question: refused, shown, nothing written.
    let not_short = send(
        &app,
        post("/campaign/raiymbek/survey/question", Some(ORIGIN), &question(&token, "Patient Rights", "Do you know?")),
    )
    .await;
    assert_eq!(not_short.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", not_short.body);
    assert!(page_text(&not_short.body).contains("`id` \"Patient Rights\" is not a short name"), "{}", not_short.body);
    assert_eq!(typed_value(&not_short.body, "survey-question-form", "question-id"), "Patient Rights");
    let no_english =
        send(&app, post("/campaign/raiymbek/survey/question", Some(ORIGIN), &question(&token, INDICATOR, ""))).await;
    assert_eq!(no_english.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page_text(&no_english.body).contains("`question` has no English text"), "{}", no_english.body);
    let no_id =
        send(&app, post("/campaign/raiymbek/survey/question", Some(ORIGIN), &question(&token, " ", "Do you know?")))
            .await;
    assert!(page_text(&no_id.body).contains("the question has no short name; type one, e.g. knows-appeal-procedure"));
    assert_eq!(snapshot(&project.root), before, "nothing written");

    // The question added: survey.toml made, the page ready for its first export.
    let asked = question(&token, INDICATOR, "Do you know your rights as a patient?");
    let added = send(&app, post("/campaign/raiymbek/survey/question", Some(ORIGIN), &asked)).await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    assert_eq!(added.headers[header::LOCATION], format!("/campaign/raiymbek/survey?added={INDICATOR}#upload"));
    let written = project.read(SURVEY);
    assert!(written.contains(&format!("[[indicator]]\nid = \"{INDICATOR}\"\nquestion = {{ kk = ")), "{written}");
    assert!(written.contains(", en = \"awareness of patients' rights\" }"), "{written}");
    assert!(project.read("changes.log").ends_with("\tlocal\tbooklets/raiymbek/survey.toml\n"));
    let page = send(&app, get(&format!("/campaign/raiymbek/survey?added={INDICATOR}"), "en")).await;
    let text = page_text(&page.body);
    assert!(
        text.contains("The question is added to survey.toml. Now send its export from before the campaign."),
        "{text}"
    );
    assert!(text.contains("has no survey answers yet, so it is left out of the results"), "{text}");
    assert!(page.body.contains(&format!("<option value=\"{INDICATOR}\" selected>")), "{}", page.body);
    let twice = send(&app, post("/campaign/raiymbek/survey/question", Some(ORIGIN), &asked)).await;
    assert!(page_text(&twice.body).contains("survey.toml already has a question named \"knows-patient-rights\"; choose another short name, or send that question's exports above"));

    // The survey before the campaign: saved, and the question waits for the one after.
    let saved = send_round(&app, &token, "before", "before.csv", "2024-09-12").await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let page = send(&app, get("/campaign/raiymbek/survey", "en")).await;
    assert!(page_text(&page.body).contains(
        "has `before` but no `after` yet: the change is counted once the survey after the campaign is added"
    ));

    // The survey after it: the result, as `kitapsha stats` counts it.
    let saved = send_round(&app, &token, "after", "after.csv", "2025-01-25").await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let page = send(&app, get(&format!("/campaign/raiymbek/survey?done={INDICATOR}"), "en")).await;
    let stats = project.run(&["stats", "raiymbek", "--json"]).json();
    let sentence = stats[0]["sentences"]["en"].as_str().unwrap();
    assert!(sentence.starts_with("Awareness of patients' rights"), "{sentence}");
    assert!(page_text(&page.body).contains(sentence), "{}", page.body);
}
