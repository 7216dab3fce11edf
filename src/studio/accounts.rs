//! The coordinator's users page: who may log in on the office network and with which role; a
//! user added, given another role or removed through the CLI's own `commands::user_*`.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use serde::Deserialize;

use crate::commands;
use crate::lang::Lang;
use crate::studio::changes;
use crate::studio::editor::{Problem, not_found, problem};
use crate::studio::guard::{self, Access};
use crate::studio::state::{Shared, lock};
use crate::studio::words::Words;
use crate::users::{Role, USERS_FILE};

/// The forms of the page, by the last part of the address they post to.
const FORMS: [&str; 3] = ["add", "role", "remove"];

pub struct Row {
    pub name: String,
    pub role: Role,
    pub role_name: String,
    /// The question before removing the user.
    pub confirm: String,
}

#[derive(Template)]
#[template(path = "users.html")]
struct UsersPage<'a> {
    w: &'a Words,
    token: &'a str,
    back: &'a str,
    rows: Vec<Row>,
    /// Each role: its name in the file, worded, and what it may do.
    roles: Vec<(&'static str, String, String)>,
    /// Only a coordinator's page has the forms.
    manages: bool,
    done: String,
    refusals: Vec<Problem>,
    /// What was typed in the add form when it was refused (never the password).
    typed_name: String,
    typed_role: String,
}

#[derive(Deserialize)]
pub struct Shown {
    done: Option<String>,
}

/// GET /users
pub async fn page(
    State(studio): State<Shared>,
    Query(shown): Query<Shown>,
    headers: HeaderMap,
    access: Access,
) -> Response {
    let w = access.words(&headers, studio.lang);
    let done = shown.done.filter(|d| FORMS.contains(&d.as_str())).unwrap_or_default();
    render(&studio, &w, &access, done, Vec::new(), (String::new(), String::new()), StatusCode::OK).await
}

/// POST /users/{form}
pub async fn change(
    State(studio): State<Shared>,
    Path(form): Path<String>,
    headers: HeaderMap,
    access: Access,
    Form(posted): Form<Vec<(String, String)>>,
) -> Response {
    let w = access.words(&headers, studio.lang);
    if !access.token_matches(&posted) {
        return guard::forbidden();
    }
    let Some(form) = FORMS.into_iter().find(|f| *f == form) else { return not_found(&w) };
    let field =
        |name: &str| posted.iter().find(|(key, _)| key == name).map_or("", |(_, value)| value.trim()).to_string();
    let (name, role) = (field("name"), field("role"));
    let password = posted.iter().find(|(key, _)| key == "password").map_or("", |(_, value)| value.as_str()).to_string();
    let lang = w.lang;
    let for_change = (studio.clone(), name.clone(), role.clone());
    let problems = tokio::task::spawn_blocking(move || {
        let (studio, name, role) = for_change;
        let Some(role_chosen) = Role::from_name(&role).or((form == "remove").then_some(Role::Editor)) else {
            let text = crate::msg!("studio-users-choose-role").render(lang);
            return vec![Problem { error: true, text, hint: String::new(), place: String::new() }];
        };
        let _one_at_a_time = lock(&studio.users_edit);
        let outcome = match form {
            "add" => commands::user_add(&studio.root, &name, role_chosen, &password, lang),
            "role" => commands::user_role(&studio.root, &name, role_chosen),
            _ => commands::user_remove(&studio.root, &name),
        };
        if outcome.succeeded() && form == "remove" {
            lock(&studio.sessions).close_all_of(&name);
        }
        outcome.diagnostics.iter().map(|d| problem(d, lang)).collect()
    })
    .await
    .unwrap_or_default();
    if problems.is_empty() {
        let response = (StatusCode::SEE_OTHER, [(header::LOCATION, format!("/users?done={form}"))]);
        return changes::written(response.into_response(), vec![USERS_FILE.into()]);
    }
    let typed = if form == "add" { (name, role) } else { (String::new(), String::new()) };
    render(&studio, &w, &access, String::new(), problems, typed, StatusCode::UNPROCESSABLE_ENTITY).await
}

async fn render(
    studio: &Shared,
    w: &Words,
    access: &Access,
    done: String,
    mut refusals: Vec<Problem>,
    typed: (String, String),
    status: StatusCode,
) -> Response {
    let lang = w.lang;
    let root = studio.root.clone();
    let listed = tokio::task::spawn_blocking(move || commands::user_list(&root)).await.ok();
    let rows = match listed {
        Some(outcome) => {
            refusals.extend(outcome.diagnostics.iter().map(|d| problem(d, lang)));
            outcome.value.unwrap_or_default()
        }
        None => Vec::new(),
    };
    let rows = rows
        .into_iter()
        .map(|(name, role)| Row {
            confirm: crate::msg!("studio-users-remove-confirm", name = &name).render(lang),
            name,
            role,
            role_name: role.message().render(lang),
        })
        .collect();
    let page = UsersPage {
        w,
        token: w.token(),
        back: "/users",
        rows,
        roles: roles(lang),
        manages: access.role == Some(Role::Coordinator),
        done,
        refusals,
        typed_name: typed.0,
        typed_role: typed.1,
    };
    (status, Html(page.render().unwrap_or_default())).into_response()
}

fn roles(lang: Lang) -> Vec<(&'static str, String, String)> {
    Role::ALL
        .into_iter()
        .map(|role| {
            let may = match role {
                Role::Editor => crate::msg!("studio-users-editor-may"),
                Role::Distributor => crate::msg!("studio-users-distributor-may"),
                Role::Coordinator => crate::msg!("studio-users-coordinator-may"),
            };
            (role.name(), role.message().render(lang), may.render(lang))
        })
        .collect()
}
