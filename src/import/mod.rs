//! Documents from other programs, read into plain structures that know nothing of campaigns:
//! Word's `.docx` ([`docx`]). Turning them into a campaign is `commands::import`'s job.

pub mod docx;
