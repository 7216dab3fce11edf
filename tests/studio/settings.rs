//! The project's settings: kitapsha.toml as a form, its example texts shown at their fields,
//! saved with its comments, refused where the command line refuses it, never written over.

use axum::Router;
use axum::http::{StatusCode, header};

use crate::common::TestProject;
use crate::http::*;
use kitapsha::lang::Lang;
use kitapsha::studio::{Studio, router};

/// A project fresh from `kitapsha init`, its studio and the form's fields as the page has them.
async fn settings() -> (TestProject, Router, Vec<(String, String)>) {
    let project = TestProject::initialised();
    let studio = Studio::new(&project.root, Lang::En).unwrap();
    let app = router(studio);
    let page = send(&app, get("/settings", "en")).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let form = &page.body[page.body.find("<form method=\"post\" action=\"/settings\"").unwrap()..];
    let fields = form_fields_of(&form[form.find('>').unwrap() + 1..form.find("</form>").unwrap()]);
    (project, app, fields)
}

/// What the page shows under the input `name`, up to the next input.
fn under<'a>(html: &'a str, name: &str) -> &'a str {
    let at = html.find(&format!("name=\"{name}\"")).unwrap_or_else(|| panic!("no input {name}"));
    let rest = &html[at..];
    &rest[..rest[1..].find("<label").map_or(rest.len(), |end| end + 1)]
}

#[tokio::test]
async fn the_example_texts_of_a_new_project_are_shown_at_their_fields_and_replaced() {
    let (project, app, mut fields) = settings().await;
    let page = send(&app, get("/settings", "en")).await;
    let words = without_token(&page_text(&page.body), value(&fields, "csrf"));
    let words = words
        .replace(value(&fields, "programme.period.from"), "<from>")
        .replace(value(&fields, "programme.period.to"), "<to>");
    crate::common::assert_snapshot_in(&crate::common::repo().join("tests/snapshots"), "studio-settings-en", &words);
    let name = unescape(under(&page.body, "organisation.name.ru"));
    assert!(name.contains("this is still the example text “[Название организации]”"), "{name}");
    assert!(name.contains("write your own text in its place, without the square brackets"), "{name}");
    assert_eq!(value(&fields, "programme.period.from").len(), "2026-01-01".len(), "the date as the calendar takes it");

    let before = project.read("kitapsha.toml");
    let typed = [
        ("organisation.name.kk", "«Болашақ» қоғамдық қоры"),
        ("organisation.name.ru", "Общественный фонд «Болашак»"),
        ("organisation.name.en", "Bolashak Public Foundation"),
        ("organisation.address.kk", "Нарынқол а., Райымбек к-сі, 12"),
        ("organisation.address.ru", "с. Нарынкол, ул. Райымбека, 12"),
        ("organisation.address.en", "12 Raiymbek St, Narynkol"),
        ("organisation.phone", "+7 (72779) 2 11 45"),
        ("organisation.email", "info@bolashak.kz"),
        ("programme.title.kk", "Құқықтық сауаттылық"),
        ("programme.title.ru", "Правовая грамотность"),
        ("programme.title.en", "Legal literacy"),
        ("programme.donor", "Embassy small grants"),
        ("programme.period.from", "2026-02-01"),
        ("programme.period.to", "2026-12-31"),
    ];
    for (name, text) in typed {
        set(&mut fields, name, text);
    }
    let saved = send(&app, post("/settings", Some(ORIGIN), &fields)).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(saved.headers[header::LOCATION], "/settings?saved=1");
    let after = project.read("kitapsha.toml");
    // Only the values changed: every comment and line as it was.
    let comments = |text: &str| text.lines().filter(|l| l.trim_start().starts_with('#')).collect::<Vec<_>>().join("\n");
    assert_eq!(comments(&after), comments(&before));
    assert_eq!(after.lines().count(), before.lines().count());
    assert!(after.contains("name = { kk = \"«Болашақ» қоғамдық қоры\", ru = \"Общественный фонд «Болашак»\", en = \"Bolashak Public Foundation\" }"), "{after}");
    assert!(after.contains("period = { from = 2026-02-01, to = 2026-12-31 }"), "{after}");
    assert!(project.read("changes.log").ends_with("\tlocal\tkitapsha.toml\n"));
    // The command line agrees: the organisation and programme are no longer examples.
    let check = project.run(&["check"]);
    assert!(!check.stderr().contains("organisation.name"), "{}", check.stderr());

    let page = send(&app, get("/settings?saved=1", "en")).await;
    assert!(page.body.contains("Saved in kitapsha.toml. The next build of the booklets and the report uses it."));
}

#[tokio::test]
async fn what_the_command_line_refuses_is_not_written_and_shown_at_its_field() {
    let (project, app, fields) = settings().await;
    let before = snapshot(&project.root);

    // A date that is none: named at its field by the form itself.
    let mut wrong_date = fields.clone();
    set(&mut wrong_date, "programme.period.to", "31.12.2026");
    let refused = send(&app, post("/settings", Some(ORIGIN), &wrong_date)).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        unescape(under(&refused.body, "programme.period.to"))
            .contains("\"31.12.2026\" is not a date; choose the day in the calendar")
    );

    // The last day before the first: kitapsha.toml's own check refuses it, and the file is put back.
    let mut backwards = fields.clone();
    set(&mut backwards, "programme.period.from", "2026-06-01");
    set(&mut backwards, "programme.period.to", "2026-05-31");
    let refused = send(&app, post("/settings", Some(ORIGIN), &backwards)).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.body);
    assert!(
        page_text(&refused.body).contains("Nothing was saved: see what is said at the fields."),
        "{}",
        refused.body
    );
    let shown = unescape(under(&refused.body, "programme.period.from"));
    assert!(shown.contains("the last day of the programme is before its first day"), "{shown}");
    assert!(shown.contains("swap the two dates"), "{shown}");
    assert!(under(&refused.body, "programme.period.to").contains("value=\"2026-05-31\""), "the form as typed");

    // The file changed on disk after the page was opened: not written over.
    project.write("kitapsha.toml", &project.read("kitapsha.toml").replace("[Donor]", "[Donor ]"));
    let changed = snapshot(&project.root);
    let conflict = send(&app, post("/settings", Some(ORIGIN), &fields)).await;
    assert_eq!(conflict.status, StatusCode::CONFLICT);
    assert!(unescape(&conflict.body).contains("kitapsha.toml was changed by someone else since this page was opened, so nothing was saved; open the page again to see the file as it is now, then type your changes again"));
    assert_eq!(snapshot(&project.root), changed, "nothing written");

    // Without the token or from another site: refused.
    let without: Vec<(String, String)> = fields.iter().filter(|(k, _)| k != "csrf").cloned().collect();
    assert_eq!(send(&app, post("/settings", Some(ORIGIN), &without)).await.status, StatusCode::FORBIDDEN);
    assert_eq!(send(&app, post("/settings", Some("http://evil.example"), &fields)).await.status, StatusCode::FORBIDDEN);
    assert_ne!(before, changed);
    assert_eq!(snapshot(&project.root), changed, "nothing written");
}
