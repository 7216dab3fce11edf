//! New campaigns from the home page: an empty one as `kitapsha new` makes it, one from Word
//! documents as `kitapsha import` makes it; a refused one says why at its form and writes
//! nothing.

use axum::http::{StatusCode, header};

use crate::common::{self, TestProject};
use crate::http::*;

fn docx(name: &str) -> Vec<u8> {
    std::fs::read(common::repo().join("tests/fixtures/docx").join(name)).unwrap()
}

/// The part of the home page holding the form `id`.
fn form_of<'a>(html: &'a str, id: &str) -> &'a str {
    let form = &html[html.find(&format!("id=\"{id}\"")).unwrap_or_else(|| panic!("no #{id}"))..];
    &form[..form.find("</form>").unwrap()]
}

#[tokio::test]
async fn a_new_campaign_is_made_as_the_command_makes_it_and_its_editor_opens() {
    let project = TestProject::with_campaigns(&[("balkhash", &common::repo().join("booklets/balkhash"))]);
    let (app, token) = studio(&project);
    let home = send(&app, get("/", "en")).await;
    assert!(form_of(&home.body, "new-form").contains("action=\"/new\""), "{}", home.body);
    let made = send(&app, post("/new", Some(ORIGIN), &form(&token, &[("id", "kegen-youth")]))).await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    assert_eq!(made.headers[header::LOCATION], "/campaign/kegen-youth");

    // The same files as `kitapsha new`, in the interface's language.
    let by_command = TestProject::empty();
    by_command.run(&["new", "kegen-youth"]).ok();
    for file in ["campaign.toml", "survey.toml", "images/cover.svg"] {
        let path = format!("booklets/kegen-youth/{file}");
        assert_eq!(project.read(&path), by_command.read(&path), "{file}");
    }
    let log = project.read("changes.log");
    assert!(log.contains("\tlocal\tbooklets/kegen-youth/campaign.toml\n"), "{log}");
    let editor = send(&app, get("/campaign/kegen-youth", "en")).await;
    assert_eq!(editor.status, StatusCode::OK, "{}", editor.body);
    assert!(editor.body.contains("id=\"campaign-form\""));
    let home = send(&app, get("/", "en")).await;
    assert!(home.body.contains("id=\"campaign-kegen-youth\""));
}

#[tokio::test]
async fn a_bad_or_taken_id_is_refused_at_the_form_and_nothing_is_written() {
    let project = TestProject::with_campaigns(&[("balkhash", &common::repo().join("booklets/balkhash"))]);
    let (app, token) = studio(&project);
    let before = snapshot(&project.root);
    let cases = [
        ("Kegen Youth", "`Kegen Youth` cannot be a campaign id", "use lowercase Latin letters, digits and dashes"),
        ("../evil", "`../evil` cannot be a campaign id", "starting with a letter"),
        ("balkhash", "this campaign already exists", "choose another id, or edit the existing campaign.toml"),
    ];
    for (id, message, hint) in cases {
        let refused = send(&app, post("/new", Some(ORIGIN), &form(&token, &[("id", id)]))).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{id}");
        let shown = unescape(form_of(&refused.body, "new-form"));
        assert!(shown.contains(message) && shown.contains(hint), "{id}: {shown}");
        // What was typed stays in the field.
        assert_eq!(typed_value(&refused.body, "new-form", "id"), id);
        assert_eq!(snapshot(&project.root), before, "{id}: nothing written");
    }
    // In Russian, in the words of the command.
    let refused = send(&app, post_in("ru", "/new", Some(ORIGIN), &form(&token, &[("id", "balkhash")]))).await;
    assert!(unescape(&refused.body).contains("такая кампания уже есть"), "{}", refused.body);
    let forged = send(&app, post("/new", Some(ORIGIN), &form("0000", &[("id", "other")]))).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert_eq!(snapshot(&project.root), before, "nothing written");
}

#[tokio::test]
async fn word_documents_make_a_campaign_as_the_import_command_does() {
    let project = TestProject::empty();
    let (app, token) = studio(&project);
    let (kk, ru) = (docx("kk.docx"), docx("ru.docx"));
    let files = [
        FilePart { field: "kk", name: "Науқан kk.docx", bytes: &kk },
        FilePart { field: "ru", name: "Кампания ru.docx", bytes: &ru },
    ];
    let fields = form(&token, &[("id", "uighur")]);
    let answer = send(&app, post_multipart("/new/import", &fields, &files)).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
    assert!(
        answer.body.contains(
            "The campaign was made from the Word documents. Check the texts and the marked fields, then save."
        ),
        "{}",
        answer.body
    );
    // The import's own warning (the district the documents cannot say), at the page.
    assert!(unescape(&answer.body).contains("district"), "{}", answer.body);

    // The same campaign as `kitapsha import` makes from the same files.
    let by_command = TestProject::empty();
    std::fs::write(by_command.root.join("Науқан kk.docx"), &kk).unwrap();
    std::fs::write(by_command.root.join("Кампания ru.docx"), &ru).unwrap();
    by_command.run(&["import", "uighur", "--kk", "Науқан kk.docx", "--ru", "Кампания ru.docx"]).ok();
    assert_eq!(project.read("booklets/uighur/campaign.toml"), by_command.read("booklets/uighur/campaign.toml"));
    assert!(answer.body.contains("action=\"/campaign/uighur\""));
    let log = project.read("changes.log");
    assert!(log.contains("\tlocal\tbooklets/uighur/campaign.toml\n"), "{log}");
    // The documents were read from a folder of their own: none is left in the project.
    assert!(snapshot(&project.root).keys().all(|path| !path.ends_with(".docx")));
}

#[tokio::test]
async fn a_refused_import_says_why_and_writes_nothing() {
    let project = TestProject::with_campaigns(&[("balkhash", &common::repo().join("booklets/balkhash"))]);
    let (app, token) = studio(&project);
    let before = snapshot(&project.root);
    let kk = docx("kk.docx");
    let not_word = b"just some text, not a Word document".to_vec();
    let cases: [(&str, Vec<FilePart>, &str); 4] = [
        (
            "balkhash",
            vec![FilePart { field: "kk", name: "kk.docx", bytes: &kk }],
            "choose another short name for the new campaign, e.g. balkhash-2",
        ),
        ("Bad Id", vec![FilePart { field: "kk", name: "kk.docx", bytes: &kk }], "cannot be a campaign id"),
        ("fresh", vec![FilePart { field: "kk", name: "notes.docx", bytes: &not_word }], "notes.docx"),
        ("fresh", Vec::new(), "No Word document was sent: choose the Kazakh and the Russian .docx file."),
    ];
    for (id, files, expected) in cases {
        let answer = send(&app, post_multipart("/new/import", &form(&token, &[("id", id)]), &files)).await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{id}: {}", answer.body);
        let shown = unescape(form_of(&answer.body, "import-form"));
        assert!(shown.contains(expected), "{id}: {shown}");
        assert_eq!(snapshot(&project.root), before, "{id}: nothing written");
    }
}
