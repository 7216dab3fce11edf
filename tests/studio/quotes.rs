//! Quotes added and removed in the editor, as sections are: the file keeps every other byte.

use axum::http::StatusCode;

use crate::common::{self, TestProject};
use crate::http::*;

/// The editor's form for a copy of `balkhash`, whose file has two quotes among its sections.
async fn balkhash() -> (TestProject, axum::Router, Vec<(String, String)>) {
    let project = TestProject::with_campaigns(&[("balkhash", &common::repo().join("booklets/balkhash"))]);
    let (app, _) = studio(&project);
    let page = send(&app, get("/campaign/balkhash", "en")).await;
    assert!(page.body.contains("id=\"add-quote\""), "the editor offers to add a quote");
    assert!(page.body.contains(">Remove the quote</button>"));
    let fields = form_fields(&page.body).into_iter().filter(|(name, _)| !name.ends_with(".upload")).collect();
    (project, app, fields)
}

#[tokio::test]
async fn a_quote_is_removed_and_the_rest_of_the_file_stays() {
    let (project, app, fields) = balkhash().await;
    let before = project.read("booklets/balkhash/campaign.toml");
    let first = value(&fields, "quote.0.ru.text").to_string();
    // The page removes the first quote and numbers the second as the first, as the script does.
    let fields: Vec<(String, String)> = fields
        .into_iter()
        .filter(|(name, _)| !name.starts_with("quote.0."))
        .map(|(name, text)| (name.replacen("quote.1.", "quote.0.", 1), text))
        .collect();
    let saved = send(&app, post("/campaign/balkhash", Some(ORIGIN), &fields)).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let after = project.read("booklets/balkhash/campaign.toml");
    assert_eq!(after.matches("[[quote]]").count(), 1);
    assert!(!after.contains(&first), "{after}");
    // Every other line as it was: the quote's table and its separator comment are what went.
    let start = before.find(&first).unwrap();
    let table = before[..start].rfind("# ----").unwrap();
    let end = table + before[table + 1..].find("# ----").unwrap() + 1;
    assert_eq!(after, format!("{}{}", &before[..table], &before[end..]));
}

#[tokio::test]
async fn a_new_quote_is_written_where_the_page_placed_it() {
    let (project, app, mut fields) = balkhash().await;
    let before = project.read("booklets/balkhash/campaign.toml");
    // A third quote after the first section: the page's order is section 1, the new quote, …
    let mut renumbered: Vec<(String, String)> = fields
        .drain(..)
        .map(|(name, text)| match name.strip_prefix("quote.").and_then(|rest| rest.split_once('.')) {
            Some((n, rest)) => (format!("quote.{}.{rest}", n.parse::<usize>().unwrap() + 1), text),
            None => (name, text),
        })
        .collect();
    for (name, text) in [
        ("quote.0.from", ""),
        ("quote.0.after", "1"),
        ("quote.0.kk.text", "Өтінішім бір аптада қаралды."),
        ("quote.0.kk.who", "Балқаш тұрғыны"),
        ("quote.0.ru.text", "Моё обращение рассмотрели за неделю."),
        ("quote.0.ru.who", "житель Балхаша"),
    ] {
        renumbered.push((name.to_string(), text.to_string()));
    }
    let saved = send(&app, post("/campaign/balkhash", Some(ORIGIN), &renumbered)).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let after = project.read("booklets/balkhash/campaign.toml");
    assert_eq!(after.matches("[[quote]]").count(), 3);
    let sections: Vec<usize> = after.match_indices("[[section]]").map(|(at, _)| at).collect();
    let new = after.find("Өтінішім бір аптада қаралды.").unwrap();
    assert!(sections[0] < new && new < sections[1], "{after}");
    let page = send(&app, get("/campaign/balkhash", "en")).await;
    assert_eq!(value(&form_fields(&page.body), "quote.0.ru.who"), "житель Балхаша");
    // Nothing else changed: without the new quote the file is as it was.
    let removed: String = after.replace(
        "[[quote]]\n\n[quote.kk]\ntext = \"Өтінішім бір аптада қаралды.\"\nwho = \"Балқаш тұрғыны\"\n\n[quote.ru]\ntext = \"Моё обращение рассмотрели за неделю.\"\nwho = \"житель Балхаша\"\n\n",
        "",
    );
    assert_eq!(removed, before, "{after}");
}
