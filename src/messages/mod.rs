//! Every message kitapsha shows a person (diagnostics and their hints, what the commands print,
//! the help) comes from a Fluent catalogue, one file per language beside this one: `kk.ftl`,
//! `ru.ftl`, `en.ftl`. Code never holds the words; it names a message and gives its arguments,
//! and the message is worded when it is shown, in the language the person reads.
//!
//! Keys, file names and the user's own text are arguments, never translated.

mod choose;

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

pub use choose::{choose, from_locale, from_setting};

use crate::lang::Lang;

/// The catalogues, compiled into the binary.
pub const CATALOGUES: [(Lang, &str); 3] =
    [(Lang::Kk, include_str!("kk.ftl")), (Lang::Ru, include_str!("ru.ftl")), (Lang::En, include_str!("en.ftl"))];

/// Where a person reads a message. Most messages read the same everywhere; one that tells what
/// to type (`--copies 300`, `kitapsha print-run`) has the studio's own words in a `.studio`
/// attribute (`type 300 in "Copies"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reader {
    CommandLine,
    Studio,
}

/// The attribute of a catalogue entry that holds the studio's wording.
pub const STUDIO_ATTRIBUTE: &str = "studio";

/// A message to be worded in the reader's language: the id of a catalogue entry and its
/// arguments.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// One argument of a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text that is shown as it is: a key, a file name, a value the user wrote.
    Text(String),
    /// A number: the catalogue may choose a plural form by it.
    Number(f64),
    /// Another message, worded in the same language (the reason inside "cannot read: …").
    Message(Box<Message>),
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_string())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Arg {
        Arg::Text(text.clone())
    }
}

impl From<Message> for Arg {
    fn from(message: Message) -> Arg {
        Arg::Message(Box::new(message))
    }
}

impl From<Lang> for Arg {
    /// A language is given by its code; the catalogues word it (`{ $lang -> [kk] … }`) in the
    /// grammar each sentence needs.
    fn from(lang: Lang) -> Arg {
        Arg::Text(lang.code().to_string())
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_args!(u8, u16, u32, u64, usize, i32, i64, f32, f64);

/// Text not yet moved into the catalogues, shown as it is in every language. Only for the
/// move; `tests/messages.rs` lists what still uses it.
impl Message {
    pub fn new(id: &'static str) -> Message {
        Message { id, args: Vec::new() }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Message {
        self.args.push((name, value.into()));
        self
    }

    /// The message in `lang`, for the command line. A message missing from a catalogue (a bug
    /// the catalogue tests catch) shows its id rather than nothing.
    pub fn render(&self, lang: Lang) -> String {
        self.render_for(lang, Reader::CommandLine)
    }

    /// The message in `lang`, in the words of the front end the person reads it in.
    pub fn render_for(&self, lang: Lang, reader: Reader) -> String {
        self.render_checked_for(lang, reader).unwrap_or_else(|(text, _)| text)
    }

    /// The message in `lang`, or, when the catalogue lacks it or one of its placeables cannot be
    /// filled, what [`render`](Message::render) shows and what went wrong.
    pub fn render_checked(&self, lang: Lang) -> Result<String, (String, Vec<String>)> {
        self.render_checked_for(lang, Reader::CommandLine)
    }

    /// [`render_checked`](Message::render_checked) for a front end: the studio's wording (the
    /// entry's `.studio` attribute) where the catalogue has one, its value everywhere else.
    pub fn render_checked_for(&self, lang: Lang, reader: Reader) -> Result<String, (String, Vec<String>)> {
        let bundle = bundle(lang);
        let Some(message) = bundle.get_message(self.id) else {
            return Err((self.id.to_string(), vec![format!("no message `{}` in {}.ftl", self.id, lang.code())]));
        };
        let studio = match reader {
            Reader::Studio => message.get_attribute(STUDIO_ATTRIBUTE).map(|a| a.value()),
            Reader::CommandLine => None,
        };
        let Some(pattern) = studio.or_else(|| message.value()) else {
            return Err((
                self.id.to_string(),
                vec![format!("message `{}` has no value in {}.ftl", self.id, lang.code())],
            ));
        };
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            let value = match value {
                Arg::Text(text) => FluentValue::from(text.clone()),
                Arg::Number(n) => FluentValue::from(*n),
                Arg::Message(message) => FluentValue::from(message.render_for(lang, reader)),
            };
            args.set(*name, value);
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&args), &mut errors).into_owned();
        if errors.is_empty() { Ok(text) } else { Err((text, errors.iter().map(ToString::to_string).collect())) }
    }
}

/// A message as kept on disk (the build cache keeps the warnings of what it reuses): its id and
/// its arguments by name, found again in the catalogue when read back.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredMessage {
    id: String,
    args: Vec<(String, StoredArg)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
enum StoredArg {
    Text(String),
    Number(f64),
    Message(Box<StoredMessage>),
}

impl Message {
    pub fn stored(&self) -> StoredMessage {
        let args = self
            .args
            .iter()
            .map(|(name, arg)| {
                let arg = match arg {
                    Arg::Text(text) => StoredArg::Text(text.clone()),
                    Arg::Number(n) => StoredArg::Number(*n),
                    Arg::Message(message) => StoredArg::Message(Box::new(message.stored())),
                };
                ((*name).to_string(), arg)
            })
            .collect();
        StoredMessage { id: self.id.to_string(), args }
    }

    /// The message kept as `stored`; `None` when the catalogue no longer has its id or one of
    /// its arguments' names (a cache written by another kitapsha).
    pub fn from_stored(stored: &StoredMessage) -> Option<Message> {
        let mut message = Message::new(catalogued_id(&stored.id)?);
        for (name, arg) in &stored.args {
            let arg = match arg {
                StoredArg::Text(text) => Arg::Text(text.clone()),
                StoredArg::Number(n) => Arg::Number(*n),
                StoredArg::Message(inner) => Arg::Message(Box::new(Message::from_stored(inner)?)),
            };
            message.args.push((catalogued_argument(name)?, arg));
        }
        Some(message)
    }
}

/// The English catalogue, where every id and argument name is written.
fn english() -> &'static str {
    CATALOGUES.iter().find(|(lang, _)| *lang == Lang::En).expect("an English catalogue").1
}

/// `id` as the catalogue spells it, at the start of its entry.
fn catalogued_id(id: &str) -> Option<&'static str> {
    let text = english();
    let entry =
        if text.starts_with(&format!("{id} =")) { Some(0) } else { text.find(&format!("\n{id} =")).map(|i| i + 1) };
    entry.map(|start| &text[start..start + id.len()])
}

/// The argument `name` as the catalogue spells it, in a `{ $name }`.
fn catalogued_argument(name: &str) -> Option<&'static str> {
    let text = english();
    text.match_indices(&format!("${name}"))
        .map(|(i, _)| i + 1)
        .find(|&start| !text[start + name.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '-' || c == '_'))
        .map(|start| &text[start..start + name.len()])
}

/// A message as an error, for what must go through `std::error::Error` (clap's value parsers):
/// the message is worded when it is shown, in the reader's language.
#[derive(Debug, Clone, PartialEq)]
pub struct MessageError(pub Message);

impl std::fmt::Display for MessageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0.render(Lang::En))
    }
}

impl std::error::Error for MessageError {}

/// The message `id`, which takes no arguments, in `lang`: for ids made from names (the help of
/// each command and option), which `msg!` cannot spell out.
pub fn render_id(id: &str, lang: Lang) -> String {
    let bundle = bundle(lang);
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else { return id.to_string() };
    bundle.format_pattern(pattern, None, &mut Vec::new()).into_owned()
}

/// `msg!("id", name = value, …)`: a [`Message`] with its arguments.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::messages::Message::new($id)$(.arg(stringify!($name), $value))*
    };
}

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: OnceLock<Vec<(Lang, FluentBundle<FluentResource>)>> = OnceLock::new();
    let bundles = BUNDLES.get_or_init(|| CATALOGUES.iter().map(|&(lang, text)| (lang, load(lang, text))).collect());
    &bundles.iter().find(|(l, _)| *l == lang).expect("every language has a catalogue").1
}

fn load(lang: Lang, text: &str) -> FluentBundle<FluentResource> {
    let resource = FluentResource::try_new(text.to_string()).expect("the catalogues are valid Fluent (tested)");
    let id: unic_langid::LanguageIdentifier = lang.code().parse().expect("kk, ru and en are language ids");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Terminals and PDFs show the arguments as they are, without bidirectional isolation marks.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match lang {
        Lang::Kk => |value, _| grouped(value, Lang::Kk),
        Lang::Ru => |value, _| grouped(value, Lang::Ru),
        Lang::En => |value, _| grouped(value, Lang::En),
    }));
    bundle.add_resource(resource).expect("no message is given twice (tested)");
    bundle
}

/// A whole number of five digits or more with its thousands grouped as the language writes them
/// ("20 026", "20,026"); shorter numbers, fractions and text as Fluent writes them.
fn grouped(value: &FluentValue, lang: Lang) -> Option<String> {
    match value {
        FluentValue::Number(number) if number.value.fract() == 0.0 && number.value.abs() >= 10_000.0 => {
            let digits = crate::numbers::integer(number.value.abs() as u64, lang);
            Some(if number.value < 0.0 { format!("-{digits}") } else { digits })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_follow_each_language() {
        let count = |lang, n: u64| msg!("summary-errors", errors = n, warnings = 0u64).render(lang);
        assert_eq!(count(Lang::En, 1), "kitapsha: 1 error, 0 warnings");
        assert_eq!(count(Lang::Ru, 3), "kitapsha: 3 ошибки, 0 предупреждений");
        assert_eq!(count(Lang::Ru, 5), "kitapsha: 5 ошибок, 0 предупреждений");
        assert_eq!(count(Lang::Ru, 21), "kitapsha: 21 ошибка, 0 предупреждений");
        assert_eq!(count(Lang::Kk, 3), "kitapsha: 3 қате, 0 ескерту");
    }

    #[test]
    fn a_stored_message_reads_back_the_same() {
        let message = msg!("file-cannot-read", reason = msg!("io-not-found"));
        assert_eq!(Message::from_stored(&message.stored()), Some(message));
        let counted = msg!("summary-errors", errors = 3u64, warnings = 1u64);
        assert_eq!(Message::from_stored(&counted.stored()), Some(counted));
        let mut unknown = msg!("io-not-found").stored();
        unknown.id = "no-such-message".to_string();
        assert_eq!(Message::from_stored(&unknown), None);
    }

    #[test]
    fn a_message_argument_is_worded_in_the_same_language() {
        let reason = msg!("io-not-found");
        let message = msg!("file-cannot-read", reason = reason);
        assert_eq!(message.render(Lang::En), "cannot read the file: it does not exist");
        assert_eq!(message.render(Lang::Ru), "не удаётся прочитать файл: такого файла или папки нет");
    }
}
