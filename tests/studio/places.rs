//! The places of the report's map: the hand-out places it lacks listed with their copies, and a
//! place added with its names and coordinates, checked by the map's own reading of places.toml.

use axum::http::{StatusCode, header};

use crate::common::TestProject;
use crate::http::*;

fn place(token: &str, lat: &str) -> Vec<(String, String)> {
    form(
        token,
        &[
            ("name.kk", "Бақбақты"),
            ("name.ru", "Бакбакты"),
            ("name.en", "Bakbakty"),
            ("lat", lat),
            ("lon", "76.6811"),
            ("source", "a paper map of the district"),
        ],
    )
}

#[tokio::test]
async fn a_hand_out_place_the_map_lacks_is_added_with_its_coordinates() {
    let project = TestProject::samples();
    let (app, token) = studio(&project);
    let page = send(&app, get("/places", "en")).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let text = page_text(&page.body);
    crate::common::assert_snapshot_in(
        &crate::common::repo().join("tests/snapshots"),
        "studio-places-en",
        &without_token(&text, &token),
    );
    assert!(text.contains("Бақанас · Баканас · Bakanas"), "{text}");
    let missing = &page.body[page.body.find("id=\"missing\"").unwrap()..page.body.find("id=\"known\"").unwrap()];
    assert!(missing.contains("Бақбақты"), "{missing}");
    // A missing place's link fills the form with its name.
    let filled = send(&app, get("/places?place=%D0%91%D0%B0%D2%9B%D0%B1%D0%B0%D2%9B%D1%82%D1%8B", "en")).await;
    assert!(filled.body.contains("name=\"name.kk\" lang=\"kk\" required value=\"Бақбақты\""), "{}", filled.body);

    // A coordinate that is no number, and a latitude beyond the pole: refused, nothing written.
    let before = snapshot(&project.root);
    let refused = send(&app, post("/places", Some(ORIGIN), &place(&token, "north"))).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        page_text(&refused.body)
            .contains("\"north\" is not a number of degrees; type it with a point or a comma, e.g. 43.35")
    );
    let beyond = send(&app, post("/places", Some(ORIGIN), &place(&token, "95"))).await;
    assert_eq!(beyond.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", beyond.body);
    assert!(beyond.body.contains("class=\"problem error\""), "{}", beyond.body);
    assert!(page_text(&beyond.body).contains("Nothing was added: see what is said at the form."));
    assert_eq!(snapshot(&project.root), before, "nothing written");

    // With a comma, as a Russian keyboard types it: added at the end, the rest as it was.
    let old = project.read("places.toml");
    let added = send(&app, post("/places", Some(ORIGIN), &place(&token, "44,5803"))).await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    assert_eq!(added.headers[header::LOCATION], "/places?added=1");
    let new = project.read("places.toml");
    assert!(new.starts_with(&old), "every byte before it kept");
    assert_eq!(
        &new[old.len()..],
        "\n[[place]]\nname = { kk = \"Бақбақты\", ru = \"Бакбакты\", en = \"Bakbakty\" }\nlat = 44.5803\nlon = 76.6811\nsource = \"a paper map of the district\"\n"
    );
    assert!(project.read("changes.log").ends_with("\tlocal\tplaces.toml\n"));
    let page = send(&app, get("/places?added=1", "en")).await;
    let text = page_text(&page.body);
    assert!(text.contains("The place is added to places.toml; the next report puts its hand-outs on the map."));
    let missing = &page.body[page.body.find("id=\"missing\"").unwrap()..page.body.find("id=\"known\"").unwrap()];
    assert!(!missing.contains("Бақбақты"), "{missing}");
    // The command line agrees: no warning about it any more.
    assert!(!project.run(&["check"]).stderr().contains("`Бақбақты`"));
}

#[tokio::test]
async fn a_project_without_places_gets_its_file() {
    let project = TestProject::initialised();
    let studio = kitapsha::studio::Studio::new(&project.root, kitapsha::lang::Lang::En).unwrap();
    let token = studio.token().to_string();
    let app = kitapsha::studio::router(studio);
    let page = send(&app, get("/places", "en")).await;
    assert!(page_text(&page.body).contains("No place yet."));
    let added = send(&app, post("/places", Some(ORIGIN), &place(&token, "44.5803"))).await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    assert!(project.read("places.toml").starts_with("[[place]]\nname = { kk = \"Бақбақты\""));
}

#[tokio::test]
async fn the_report_page_says_where_to_add_a_place_it_leaves_out() {
    let project = TestProject::with_campaigns(&[("balkhash", &crate::common::repo().join("booklets/balkhash"))]);
    let (app, token) = studio(&project);
    let made = send(
        &app,
        post(
            "/report",
            Some(ORIGIN),
            &form(&token, &[("lang", "en"), ("campaign", "balkhash"), ("from", ""), ("to", "")]),
        ),
    )
    .await;
    assert_eq!(made.status, StatusCode::OK, "{}", made.body);
    let text = page_text(&made.body);
    assert!(
        text.contains("add it under “Places on the map” on the programme page, with its names and coordinates"),
        "{text}"
    );
}

#[tokio::test]
async fn a_places_file_that_is_no_toml_is_not_added_to() {
    let project = TestProject::empty();
    project.write("places.toml", "[[place]\nname = ");
    let (app, token) = studio(&project);
    let before = snapshot(&project.root);
    let refused = send(&app, post("/places", Some(ORIGIN), &place(&token, "44.5803"))).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        page_text(&refused.body)
            .contains("places.toml cannot be read as TOML; correct it first (kitapsha check says where)")
    );
    assert_eq!(snapshot(&project.root), before, "nothing written");
}
