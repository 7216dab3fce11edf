//! The press PDF made CMYK, after typesetting: every colour operator of every content stream
//! (pages, forms, tiling patterns), every colour space, shading and picture of the typeset PDF
//! is rewritten to DeviceCMYK by the rules of [`colour`](crate::colour). Soft masks keep
//! their meaning in DeviceGray. Nothing else of the page changes: text, paths, marked content
//! and structure stay as Typst wrote them.
//!
//! Typst 0.15 writes colours as ICC-based sRGB and grey, pictures as ICC-based sRGB (Flate or
//! JPEG) with soft masks for transparency, SVG gradients as axial and radial shadings with
//! exponential and stitching functions, and `cmyk()` and spot colours as they are.

use std::collections::{HashMap, HashSet};

use lopdf::{Dictionary, Document, Object, ObjectId, Stream};

use crate::colour::{Cmyk, PressProfile, total_ink};

/// A picture no larger than this, decoded, is converted (60 million pixels of CMYK).
const MAX_DECODED: usize = 240_000_000;
/// Samples of a gradient's function once converted.
const GRADIENT_SAMPLES: usize = 256;

/// What the conversion found about ink.
#[derive(Debug, Clone, Default)]
pub struct InkReport {
    /// The highest total ink of any colour or pixel written, in percent.
    pub max_ink: f32,
    /// Each converted or CMYK picture: its size and its highest total ink.
    pub pictures: Vec<PictureInk>,
}

#[derive(Debug, Clone)]
pub struct PictureInk {
    pub width: u32,
    pub height: u32,
    /// The highest total ink of its pixels, in percent.
    pub max_ink: f32,
    /// Whether it was converted from RGB or grey here (false: it was CMYK already).
    pub converted: bool,
}

/// What kind of colour a colour space holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Rgb,
    Grey,
    /// DeviceCMYK, or ICC-based CMYK: written as DeviceCMYK.
    Cmyk,
    /// Patterns, spot colours and anything kept as written.
    Kept,
}

/// Where a colour is used: on the page, or in a soft mask, whose colours stay grey.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Mode {
    Print,
    Mask,
}

/// Converts the whole document in place.
pub fn to_cmyk(document: &mut Document, profile: &PressProfile) -> Result<InkReport, String> {
    let mut converter =
        Converter { document, profile, done: HashSet::new(), masks: HashMap::new(), report: InkReport::default() };
    let pages: Vec<ObjectId> = converter.document.get_pages().values().copied().collect();
    for page in pages {
        converter.page(page)?;
    }
    // Colour spaces the content no longer names, and the objects nothing refers to.
    converter.drop_converted_spaces();
    converter.document.prune_objects();
    Ok(converter.report)
}

struct Converter<'a> {
    document: &'a mut Document,
    profile: &'a PressProfile,
    /// Objects already converted for print.
    done: HashSet<ObjectId>,
    /// Copies made of objects for a soft mask, by original.
    masks: HashMap<ObjectId, ObjectId>,
    report: InkReport,
}

fn error(what: &str, e: impl std::fmt::Display) -> String {
    format!("{what}: {e}")
}

impl Converter<'_> {
    fn ink(&mut self, cmyk: Cmyk) {
        self.report.max_ink = self.report.max_ink.max(total_ink(cmyk));
    }

    fn page(&mut self, page: ObjectId) -> Result<(), String> {
        let resources = self.page_resources(page)?;
        let dict = self.document.get_dictionary(page).map_err(|e| error("a page", e))?.clone();
        let contents: Vec<ObjectId> = match dict.get(b"Contents") {
            Ok(Object::Reference(id)) => vec![*id],
            Ok(Object::Array(items)) => items.iter().filter_map(|o| o.as_reference().ok()).collect(),
            _ => Vec::new(),
        };
        // A page's content may be split over streams that share one state: convert them as one.
        let mut data = Vec::new();
        for &id in &contents {
            let stream =
                self.document.get_object(id).and_then(Object::as_stream).map_err(|e| error("page content", e))?;
            data.extend(stream.decompressed_content().map_err(|e| error("page content", e))?);
            data.push(b'\n');
        }
        let converted = self.content(&data, &resources, Mode::Print)?;
        if let Some(&first) = contents.first() {
            set_stream_content(self.document, first, &converted)?;
            if contents.len() > 1 {
                self.document
                    .get_dictionary_mut(page)
                    .map_err(|e| error("a page", e))?
                    .set("Contents", Object::Reference(first));
            }
        }
        let mut resources = resources;
        self.resources(&mut resources, Mode::Print)?;
        self.store_page_resources(page, resources)?;
        if let Ok(group) = self.document.get_dictionary_mut(page).and_then(|d| d.get_mut(b"Group")) {
            set_group_space(group, Mode::Print);
        }
        Ok(())
    }

    /// The page's resources, inherited from the page tree when the page has none.
    fn page_resources(&self, page: ObjectId) -> Result<Dictionary, String> {
        let mut node = page;
        loop {
            let dict = self.document.get_dictionary(node).map_err(|e| error("a page", e))?;
            if let Ok(resources) = dict.get(b"Resources") {
                let (_, resolved) = self.document.dereference(resources).map_err(|e| error("page resources", e))?;
                return resolved.as_dict().cloned().map_err(|e| error("page resources", e));
            }
            match dict.get(b"Parent").and_then(Object::as_reference) {
                Ok(parent) => node = parent,
                Err(_) => return Ok(Dictionary::new()),
            }
        }
    }

    /// Gives the page its own converted resources (a shared dictionary may also serve other
    /// pages, which are converted alike).
    fn store_page_resources(&mut self, page: ObjectId, resources: Dictionary) -> Result<(), String> {
        let dict = self.document.get_dictionary_mut(page).map_err(|e| error("a page", e))?;
        match dict.get(b"Resources") {
            Ok(Object::Reference(id)) => {
                let id = *id;
                *self.document.get_object_mut(id).map_err(|e| error("page resources", e))? =
                    Object::Dictionary(resources);
            }
            _ => dict.set("Resources", resources),
        }
        Ok(())
    }

    /// The kind of a colour space named in content by `name`.
    fn named_space(&self, name: &[u8], resources: &Dictionary) -> Kind {
        match name {
            b"DeviceRGB" | b"RGB" => return Kind::Rgb,
            b"DeviceGray" | b"G" => return Kind::Grey,
            b"DeviceCMYK" | b"CMYK" => return Kind::Cmyk,
            b"Pattern" => return Kind::Kept,
            _ => {}
        }
        let spaces = resources
            .get(b"ColorSpace")
            .ok()
            .and_then(|o| self.document.dereference(o).ok())
            .and_then(|(_, o)| o.as_dict().ok());
        match spaces.and_then(|s| s.get(name).ok()) {
            Some(space) => self.space_kind(space),
            None => Kind::Kept,
        }
    }

    /// The kind of a colour space object.
    fn space_kind(&self, space: &Object) -> Kind {
        let Ok((_, space)) = self.document.dereference(space) else { return Kind::Kept };
        match space {
            Object::Name(name) => match name.as_slice() {
                b"DeviceRGB" => Kind::Rgb,
                b"DeviceGray" => Kind::Grey,
                b"DeviceCMYK" => Kind::Cmyk,
                _ => Kind::Kept,
            },
            Object::Array(items) => match items.first().and_then(|o| o.as_name().ok()) {
                Some(b"ICCBased") => {
                    let n = items
                        .get(1)
                        .and_then(|o| self.document.dereference(o).ok())
                        .and_then(|(_, o)| o.as_stream().ok())
                        .and_then(|s| s.dict.get(b"N").and_then(Object::as_i64).ok());
                    match n {
                        Some(1) => Kind::Grey,
                        Some(3) => Kind::Rgb,
                        Some(4) => Kind::Cmyk,
                        _ => Kind::Kept,
                    }
                }
                Some(b"CalRGB") => Kind::Rgb,
                Some(b"CalGray") => Kind::Grey,
                _ => Kind::Kept,
            },
            _ => Kind::Kept,
        }
    }

    /// A content stream with every colour operator rewritten. The stream is scanned token by
    /// token and copied as it is, but for the colour operators and their operands: a PDF
    /// parser's objects would cost more than the whole conversion.
    fn content(&mut self, data: &[u8], resources: &Dictionary, mode: Mode) -> Result<Vec<u8>, String> {
        let mut out = Vec::with_capacity(data.len() + data.len() / 8);
        // Fill and stroke colour spaces, saved and restored with the graphics state.
        let mut state = (Kind::Grey, Kind::Grey);
        let mut stack = Vec::new();
        // Where the operands of the coming operator start, and the numbers and name among them.
        let mut operands_start = 0;
        // Spans of the numbers: parsed only for a colour operator.
        let mut numbers: Vec<(usize, usize)> = Vec::new();
        let mut name: &[u8] = b"";
        let mut copied = 0;
        let mut at = 0;
        while let Some((token, start, end)) = next_token(data, at)? {
            at = end;
            match token {
                Token::Number => {
                    if numbers.is_empty() && name.is_empty() {
                        operands_start = start;
                    }
                    numbers.push((start, end));
                    continue;
                }
                Token::Name => {
                    if numbers.is_empty() && name.is_empty() {
                        operands_start = start;
                    }
                    name = &data[start + 1..end];
                    continue;
                }
                Token::Other => {
                    numbers.clear();
                    name = b"";
                    continue;
                }
                Token::Operator => {}
            }
            let operator = &data[start..end];
            let stroke = operator[0].is_ascii_uppercase();
            let values = |numbers: &[(usize, usize)]| -> Vec<f32> {
                numbers
                    .iter()
                    .map(|&(a, b)| std::str::from_utf8(&data[a..b]).ok().and_then(|t| t.parse().ok()).unwrap_or(0.0))
                    .collect()
            };
            let replacement: Option<Vec<u8>> = match operator {
                b"q" => {
                    stack.push(state);
                    None
                }
                b"Q" => {
                    state = stack.pop().unwrap_or(state);
                    None
                }
                b"cs" | b"CS" => {
                    let kind = self.named_space(name, resources);
                    if stroke {
                        state.1 = kind;
                    } else {
                        state.0 = kind;
                    }
                    (kind != Kind::Kept).then(Vec::new)
                }
                b"sc" | b"scn" | b"SC" | b"SCN" => {
                    let kind = if stroke { state.1 } else { state.0 };
                    if kind == Kind::Kept {
                        None
                    } else {
                        Some(self.colour_operation(kind, &values(&numbers), stroke, mode)?)
                    }
                }
                b"g" | b"G" | b"rg" | b"RG" | b"k" | b"K" => {
                    let kind = match operator {
                        b"g" | b"G" => Kind::Grey,
                        b"rg" | b"RG" => Kind::Rgb,
                        _ => Kind::Cmyk,
                    };
                    if stroke {
                        state.1 = kind;
                    } else {
                        state.0 = kind;
                    }
                    Some(self.colour_operation(kind, &values(&numbers), stroke, mode)?)
                }
                b"BI" | b"ID" | b"EI" => return Err("an inline image cannot be converted to CMYK".to_string()),
                _ => None,
            };
            if let Some(replacement) = replacement {
                let from = if numbers.is_empty() && name.is_empty() { start } else { operands_start };
                out.extend_from_slice(&data[copied..from]);
                out.extend_from_slice(&replacement);
                copied = end;
            }
            numbers.clear();
            name = b"";
        }
        out.extend_from_slice(&data[copied..]);
        Ok(out)
    }

    /// `k`/`K` (or `g`/`G` in a soft mask), with a space before, for a colour given in `kind`.
    fn colour_operation(&mut self, kind: Kind, values: &[f32], stroke: bool, mode: Mode) -> Result<Vec<u8>, String> {
        let colour = match (kind, values) {
            (Kind::Rgb, &[r, g, b]) => self.print_rgb([r, g, b], mode),
            (Kind::Grey, &[v]) => self.print_grey(v, mode),
            (Kind::Cmyk, &[c, m, y, k]) => Colour::Cmyk([c, m, y, k]),
            _ => return Err(format!("a colour of {} values in a {kind:?} colour space", values.len())),
        };
        let mut out = Vec::with_capacity(32);
        match colour {
            Colour::Cmyk(cmyk) => {
                self.ink(cmyk);
                for v in cmyk {
                    write_number(&mut out, v);
                }
                out.extend_from_slice(if stroke { b" K" } else { b" k" });
            }
            Colour::Grey(v) => {
                write_number(&mut out, v);
                out.extend_from_slice(if stroke { b" G" } else { b" g" });
            }
        }
        Ok(out)
    }

    fn print_rgb(&self, rgb: [f32; 3], mode: Mode) -> Colour {
        match mode {
            Mode::Print => Colour::Cmyk(self.profile.map_srgb(rgb)),
            // A soft mask's luminosity (Rec. 709 weights), not a printed colour.
            Mode::Mask => Colour::Grey(0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]),
        }
    }

    fn print_grey(&self, v: f32, mode: Mode) -> Colour {
        match mode {
            Mode::Print => Colour::Cmyk(self.profile.grey(v)),
            Mode::Mask => Colour::Grey(v),
        }
    }

    /// Converts every resource a content stream uses; in a soft mask, the resources are
    /// replaced by converted copies.
    fn resources(&mut self, resources: &mut Dictionary, mode: Mode) -> Result<(), String> {
        for key in [&b"XObject"[..], b"Pattern", b"Shading", b"ExtGState", b"ColorSpace"] {
            let Ok(entry) = resources.get(key).cloned() else { continue };
            let (id, dict) = match self.document.dereference(&entry) {
                Ok((id, Object::Dictionary(d))) => (id, d.clone()),
                _ => continue,
            };
            let mut dict = dict;
            for (_, value) in dict.iter_mut() {
                match key {
                    b"ColorSpace" => {
                        if let Ok(target) = value.as_reference() {
                            self.separation(target)?;
                        }
                    }
                    _ => {
                        let Ok(target) = value.as_reference() else { continue };
                        let converted = match key {
                            b"XObject" => self.xobject(target, mode)?,
                            b"Pattern" => self.pattern(target, mode)?,
                            b"Shading" => self.shading(target, mode)?,
                            _ => self.ext_g_state(target, mode)?,
                        };
                        *value = Object::Reference(converted);
                    }
                }
            }
            match (id, mode) {
                (Some(id), Mode::Print) => {
                    *self.document.get_object_mut(id).map_err(|e| error("resources", e))? = Object::Dictionary(dict);
                }
                _ => resources.set(key.to_vec(), dict),
            }
        }
        Ok(())
    }

    /// For a soft mask: a copy of `id` (made once), to convert; for print: `id` itself, or
    /// `None` when it was converted before.
    fn target(&mut self, id: ObjectId, mode: Mode) -> Result<Option<ObjectId>, String> {
        match mode {
            Mode::Print => Ok(self.done.insert(id).then_some(id)),
            Mode::Mask => {
                if self.masks.contains_key(&id) {
                    return Ok(None);
                }
                let copy = self.document.get_object(id).map_err(|e| error("an object", e))?.clone();
                let new = self.document.add_object(copy);
                self.masks.insert(id, new);
                Ok(Some(new))
            }
        }
    }

    fn result(&self, id: ObjectId, mode: Mode) -> ObjectId {
        match mode {
            Mode::Print => id,
            Mode::Mask => self.masks.get(&id).copied().unwrap_or(id),
        }
    }

    fn xobject(&mut self, id: ObjectId, mode: Mode) -> Result<ObjectId, String> {
        let Some(target) = self.target(id, mode)? else { return Ok(self.result(id, mode)) };
        let stream =
            self.document.get_object(target).and_then(Object::as_stream).map_err(|e| error("an XObject", e))?.clone();
        match stream.dict.get(b"Subtype").and_then(Object::as_name) {
            Ok(b"Form") => self.form(target, stream, mode)?,
            Ok(b"Image") => self.image(target, stream, mode)?,
            Ok(b"PS") => return Err("a PostScript XObject cannot go into a PDF/X file".to_string()),
            _ => {}
        }
        Ok(self.result(id, mode))
    }

    fn form(&mut self, id: ObjectId, mut stream: Stream, mode: Mode) -> Result<(), String> {
        let mut resources = match stream.dict.get(b"Resources") {
            Ok(object) => {
                self.document.dereference(object).ok().and_then(|(_, o)| o.as_dict().ok().cloned()).unwrap_or_default()
            }
            Err(_) => Dictionary::new(),
        };
        let data = stream.decompressed_content().map_err(|e| error("a form", e))?;
        let converted = self.content(&data, &resources, mode)?;
        self.resources(&mut resources, mode)?;
        match stream.dict.get(b"Resources") {
            Ok(Object::Reference(r)) if mode == Mode::Print => {
                *self.document.get_object_mut(*r).map_err(|e| error("form resources", e))? =
                    Object::Dictionary(resources);
            }
            _ => stream.dict.set("Resources", resources),
        }
        if let Ok(group) = stream.dict.get_mut(b"Group") {
            // A group painted into a soft mask is measured for luminosity: it stays grey.
            let group_mode = mode;
            set_group_space(group, group_mode);
        }
        stream.set_plain_content(compress(&converted)?);
        stream.dict.set("Filter", "FlateDecode");
        *self.document.get_object_mut(id).map_err(|e| error("a form", e))? = Object::Stream(stream);
        Ok(())
    }

    fn pattern(&mut self, id: ObjectId, mode: Mode) -> Result<ObjectId, String> {
        let Some(target) = self.target(id, mode)? else { return Ok(self.result(id, mode)) };
        match self.document.get_object(target).map_err(|e| error("a pattern", e))?.clone() {
            // A tiling pattern: a content stream of its own.
            Object::Stream(stream) => self.form(target, stream, mode)?,
            Object::Dictionary(mut dict) => {
                if let Ok(shading) = dict.get(b"Shading").and_then(Object::as_reference) {
                    let converted = self.shading(shading, mode)?;
                    dict.set("Shading", Object::Reference(converted));
                } else if let Ok(Object::Dictionary(inline)) = dict.get(b"Shading").cloned() {
                    let inline_id = self.document.add_object(inline);
                    let converted = self.shading(inline_id, mode)?;
                    dict.set("Shading", Object::Reference(converted));
                }
                if let Ok(Object::Dictionary(state)) = dict.get(b"ExtGState").cloned() {
                    let state_id = self.document.add_object(state);
                    let converted = self.ext_g_state(state_id, mode)?;
                    dict.set("ExtGState", Object::Reference(converted));
                }
                *self.document.get_object_mut(target).map_err(|e| error("a pattern", e))? = Object::Dictionary(dict);
            }
            _ => {}
        }
        Ok(self.result(id, mode))
    }

    fn ext_g_state(&mut self, id: ObjectId, mode: Mode) -> Result<ObjectId, String> {
        let Some(target) = self.target(id, mode)? else { return Ok(self.result(id, mode)) };
        let Ok(mut dict) = self.document.get_dictionary(target).cloned() else { return Ok(self.result(id, mode)) };
        for forbidden in [&b"TR"[..], b"TR2"] {
            if dict.get(forbidden).and_then(Object::as_name).is_ok_and(|n| n != b"Default") {
                dict.remove(forbidden);
            }
        }
        let mask = match dict.get(b"SMask") {
            Ok(Object::Reference(r)) => self.document.get_dictionary(*r).ok().cloned().map(|d| (Some(*r), d)),
            Ok(Object::Dictionary(d)) => Some((None, d.clone())),
            _ => None,
        };
        if let Some((mask_id, mut mask)) = mask {
            let luminosity = mask.get(b"S").and_then(Object::as_name).is_ok_and(|n| n == b"Luminosity");
            if let Ok(group) = mask.get(b"G").and_then(Object::as_reference) {
                let group_mode = if luminosity { Mode::Mask } else { mode };
                let converted = self.xobject(group, group_mode)?;
                mask.set("G", Object::Reference(converted));
            }
            if let Ok(Object::Array(backdrop)) = mask.get(b"BC") {
                // The backdrop is given in the group's colour space, now grey.
                let values: Vec<f32> = backdrop.iter().filter_map(|o| o.as_float().ok()).collect();
                let grey = match *values.as_slice() {
                    [r, g, b] => 0.2126 * r + 0.7152 * g + 0.0722 * b,
                    [v] => v,
                    _ => 0.0,
                };
                mask.set("BC", vec![Object::Real(grey)]);
            }
            match mask_id {
                Some(mask_id) if mode == Mode::Print => {
                    *self.document.get_object_mut(mask_id).map_err(|e| error("a soft mask", e))? =
                        Object::Dictionary(mask);
                }
                _ => dict.set("SMask", mask),
            }
        }
        *self.document.get_object_mut(target).map_err(|e| error("a graphics state", e))? = Object::Dictionary(dict);
        Ok(self.result(id, mode))
    }

    /// An axial or radial shading: its function sampled, each sample converted.
    fn shading(&mut self, id: ObjectId, mode: Mode) -> Result<ObjectId, String> {
        let Some(target) = self.target(id, mode)? else { return Ok(self.result(id, mode)) };
        let object = self.document.get_object(target).map_err(|e| error("a shading", e))?.clone();
        let mut dict = match object {
            Object::Dictionary(dict) => dict,
            Object::Stream(stream) => {
                let kind = stream.dict.get(b"ColorSpace").map_or(Kind::Kept, |s| self.space_kind(s));
                if kind == Kind::Kept || kind == Kind::Cmyk {
                    return Ok(self.result(id, mode));
                }
                return Err("a mesh gradient cannot be converted to CMYK; use a linear or radial gradient".to_string());
            }
            _ => return Ok(self.result(id, mode)),
        };
        let kind = dict.get(b"ColorSpace").map_or(Kind::Kept, |s| self.space_kind(s));
        if kind == Kind::Kept {
            return Ok(self.result(id, mode));
        }
        let shading_type = dict.get(b"ShadingType").and_then(Object::as_i64).unwrap_or(0);
        if shading_type != 2 && shading_type != 3 {
            return Err(format!("a gradient of shading type {shading_type} cannot be converted to CMYK"));
        }
        let domain = dict.get(b"Domain").ok().and_then(|d| floats(self.document, d)).unwrap_or_else(|| vec![0.0, 1.0]);
        let (t0, t1) = (domain.first().copied().unwrap_or(0.0), domain.get(1).copied().unwrap_or(1.0));
        let function = dict.get(b"Function").map_err(|e| error("a shading", e))?.clone();
        let mut samples = Vec::with_capacity(GRADIENT_SAMPLES);
        for i in 0..GRADIENT_SAMPLES {
            let t = t0 + (t1 - t0) * i as f32 / (GRADIENT_SAMPLES - 1) as f32;
            let values = self.evaluate(&function, t)?;
            samples.push(self.sample_colour(kind, &values, mode)?);
        }
        let components = if mode == Mode::Mask { 1 } else { 4 };
        let mut data = Vec::with_capacity(GRADIENT_SAMPLES * components * 2);
        for sample in &samples {
            for &v in &sample[..components] {
                data.extend(((v.clamp(0.0, 1.0) * 65535.0).round() as u16).to_be_bytes());
            }
        }
        let mut function = Dictionary::new();
        function.set("FunctionType", 0);
        function.set("Domain", vec![Object::Real(t0), Object::Real(t1)]);
        function.set("Range", (0..components).flat_map(|_| [Object::Real(0.0), Object::Real(1.0)]).collect::<Vec<_>>());
        function.set("Size", vec![Object::Integer(GRADIENT_SAMPLES as i64)]);
        function.set("BitsPerSample", 16);
        let function = self.document.add_object(Stream::new(function, data));
        dict.set("Function", Object::Reference(function));
        dict.set("ColorSpace", if mode == Mode::Mask { "DeviceGray" } else { "DeviceCMYK" });
        if let Ok(background) = dict.get(b"Background").cloned() {
            let values = floats(self.document, &background).unwrap_or_default();
            let colour = self.sample_colour(kind, &values, mode)?;
            dict.set("Background", colour[..components].iter().map(|&v| Object::Real(v)).collect::<Vec<_>>());
        }
        *self.document.get_object_mut(target).map_err(|e| error("a shading", e))? = Object::Dictionary(dict);
        Ok(self.result(id, mode))
    }

    /// A gradient's colour, as CMYK (or, in a soft mask, grey in the first value).
    fn sample_colour(&mut self, kind: Kind, values: &[f32], mode: Mode) -> Result<Cmyk, String> {
        let colour = match (kind, values) {
            (Kind::Rgb, &[r, g, b]) => self.print_rgb([r, g, b], mode),
            (Kind::Grey, &[v]) => self.print_grey(v, mode),
            (Kind::Cmyk, &[c, m, y, k]) => Colour::Cmyk([c, m, y, k]),
            _ => return Err(format!("a gradient colour of {} values in a {kind:?} colour space", values.len())),
        };
        Ok(match colour {
            Colour::Cmyk(cmyk) => {
                self.ink(cmyk);
                cmyk
            }
            Colour::Grey(v) => [v, 0.0, 0.0, 0.0],
        })
    }

    /// Evaluates a PDF function (exponential, stitching or sampled, one input) at `t`.
    fn evaluate(&self, function: &Object, t: f32) -> Result<Vec<f32>, String> {
        let (_, function) = self.document.dereference(function).map_err(|e| error("a function", e))?;
        if let Object::Array(functions) = function {
            // One function per colour component.
            let mut out = Vec::new();
            for f in functions {
                out.extend(self.evaluate(f, t)?);
            }
            return Ok(out);
        }
        let (dict, stream) = match function {
            Object::Dictionary(d) => (d, None),
            Object::Stream(s) => (&s.dict, Some(s)),
            _ => return Err("a gradient function is not a dictionary".to_string()),
        };
        let get = |key: &[u8]| dict.get(key).ok().and_then(|o| floats(self.document, o));
        let domain = get(b"Domain").unwrap_or_else(|| vec![0.0, 1.0]);
        let t = t.clamp(domain[0].min(domain[1]), domain[0].max(domain[1]));
        match dict.get(b"FunctionType").and_then(Object::as_i64).unwrap_or(-1) {
            2 => {
                let c0 = get(b"C0").unwrap_or_else(|| vec![0.0]);
                let c1 = get(b"C1").unwrap_or_else(|| vec![1.0]);
                let n = dict.get(b"N").and_then(Object::as_float).unwrap_or(1.0);
                let x = (t - domain[0]).max(0.0).powf(n);
                Ok(c0.iter().zip(&c1).map(|(a, b)| a + x * (b - a)).collect())
            }
            3 => {
                let functions = match dict.get(b"Functions").map(|o| self.document.dereference(o)) {
                    Ok(Ok((_, Object::Array(items)))) => items.clone(),
                    _ => return Err("a stitching function has no functions".to_string()),
                };
                let bounds = get(b"Bounds").unwrap_or_default();
                let encode = get(b"Encode").unwrap_or_default();
                let k =
                    bounds.iter().position(|&b| t < b).unwrap_or(bounds.len()).min(functions.len().saturating_sub(1));
                let low = if k == 0 { domain[0] } else { bounds[k - 1] };
                let high = if k == bounds.len() { domain[1] } else { bounds[k] };
                let (e0, e1) =
                    (encode.get(2 * k).copied().unwrap_or(0.0), encode.get(2 * k + 1).copied().unwrap_or(1.0));
                let x = if (high - low).abs() < 1e-9 { e0 } else { e0 + (t - low) / (high - low) * (e1 - e0) };
                self.evaluate(&functions[k], x)
            }
            0 => {
                let stream = stream.ok_or("a sampled function is not a stream")?;
                let data = stream.decompressed_content().map_err(|e| error("a sampled function", e))?;
                let size = get(b"Size").and_then(|s| s.first().copied()).unwrap_or(2.0) as usize;
                let bits = dict.get(b"BitsPerSample").and_then(Object::as_i64).unwrap_or(8) as usize;
                let range = get(b"Range").unwrap_or_default();
                let outputs = range.len() / 2;
                let encode = get(b"Encode").unwrap_or_else(|| vec![0.0, (size - 1) as f32]);
                let decode = get(b"Decode").unwrap_or_else(|| range.clone());
                let e = encode[0] + (t - domain[0]) / (domain[1] - domain[0]).max(1e-9) * (encode[1] - encode[0]);
                let e = e.clamp(0.0, (size - 1) as f32);
                let (i0, frac) = (e.floor() as usize, e - e.floor());
                let i1 = (i0 + 1).min(size - 1);
                let max = ((1u64 << bits) - 1) as f32;
                let sample = |index: usize, j: usize| -> f32 {
                    let bit = (index * outputs + j) * bits;
                    let mut value = 0u64;
                    for b in 0..bits {
                        let byte = data.get((bit + b) / 8).copied().unwrap_or(0);
                        value = (value << 1) | u64::from((byte >> (7 - (bit + b) % 8)) & 1);
                    }
                    value as f32 / max
                };
                Ok((0..outputs)
                    .map(|j| {
                        let v = sample(i0, j) * (1.0 - frac) + sample(i1, j) * frac;
                        decode[2 * j] + v * (decode[2 * j + 1] - decode[2 * j])
                    })
                    .collect())
            }
            4 => Err("a repeating or conic gradient (a PostScript function) cannot be converted to CMYK; \
                      use a linear or radial gradient that pads"
                .to_string()),
            other => Err(format!("a gradient function of type {other} cannot be converted")),
        }
    }

    /// A picture: RGB and grey pixels through the profile into CMYK; a CMYK picture measured.
    fn image(&mut self, id: ObjectId, mut stream: Stream, mode: Mode) -> Result<(), String> {
        let dict = &stream.dict;
        let width = dict.get(b"Width").and_then(Object::as_i64).unwrap_or(0).max(0) as u32;
        let height = dict.get(b"Height").and_then(Object::as_i64).unwrap_or(0).max(0) as u32;
        let is_mask = dict.get(b"ImageMask").and_then(Object::as_bool).unwrap_or(false);
        let space = dict.get(b"ColorSpace").cloned().ok();
        if let Ok(mask) = dict.get(b"SMask").and_then(Object::as_reference) {
            // A soft mask stays DeviceGray: it is transparency, not colour.
            self.done.insert(mask);
        }
        if is_mask || mode == Mode::Mask {
            return Ok(());
        }
        let Some(space) = space else { return Ok(()) };
        let (_, resolved) = self.document.dereference(&space).map_err(|e| error("a picture", e))?;
        if let Object::Array(items) = resolved
            && items.first().and_then(|o| o.as_name().ok()) == Some(b"Indexed")
        {
            return self.indexed_image(id, stream, &items.clone(), width, height);
        }
        let kind = self.space_kind(&space);
        let filters: Vec<Vec<u8>> =
            stream.filters().map(|f| f.iter().map(|n| n.to_vec()).collect()).unwrap_or_default();
        let pixels = width as usize * height as usize;
        if pixels * 4 > MAX_DECODED {
            return Err(format!("a picture of {width}×{height} pixels is too large to convert"));
        }
        let bits = dict.get(b"BitsPerComponent").and_then(Object::as_i64).unwrap_or(8);
        let decode_inverted = dict
            .get(b"Decode")
            .ok()
            .and_then(|d| floats(self.document, d))
            .is_some_and(|d| d.first().is_some_and(|&v| v > 0.5));
        let components = match kind {
            Kind::Rgb => 3,
            Kind::Grey => 1,
            Kind::Cmyk => 4,
            Kind::Kept => return Ok(()),
        };
        let samples: Vec<u8> = if filters.last().is_some_and(|f| f == b"DCTDecode") {
            decode_jpeg(&stream.content, components)?
        } else {
            let raw = stream.decompressed_content_with_limit(MAX_DECODED * 2).map_err(|e| error("a picture", e))?;
            match bits {
                8 => raw,
                16 => raw.chunks_exact(2).map(|c| c[0]).collect(),
                _ => return Err(format!("a picture with {bits} bits per component cannot be converted")),
            }
        };
        if samples.len() < pixels * components {
            return Err(format!("a picture of {width}×{height} pixels holds too few samples"));
        }
        let samples = &samples[..pixels * components];
        let cmyk: Vec<u8> = match kind {
            Kind::Cmyk => {
                // Already CMYK (a CMYK JPEG): kept as written, measured only.
                let ink = samples
                    .chunks_exact(4)
                    .map(|p| p.iter().map(|&v| u32::from(if decode_inverted { 255 - v } else { v })).sum::<u32>())
                    .max()
                    .unwrap_or(0);
                let max_ink = ink as f32 / 255.0 * 100.0;
                self.report.max_ink = self.report.max_ink.max(max_ink);
                self.report.pictures.push(PictureInk { width, height, max_ink, converted: false });
                if let Object::Array(_) = resolved {
                    stream.dict.set("ColorSpace", "DeviceCMYK");
                    *self.document.get_object_mut(id).map_err(|e| error("a picture", e))? = Object::Stream(stream);
                }
                return Ok(());
            }
            Kind::Rgb => {
                let mut out = vec![0u8; pixels * 4];
                let source = self.icc_of(&space);
                match source {
                    Some(icc) if !is_srgb(&icc) => {
                        let converted = convert_with_profile(&icc, self.profile, samples)?;
                        out.copy_from_slice(&converted);
                    }
                    _ => self.profile.convert_pixels(samples, &mut out)?,
                }
                out
            }
            _ => {
                // A grey picture prints in K alone, each level as a grey colour does.
                let ramp: Vec<u8> =
                    (0..=255u8).map(|v| (self.profile.grey(f32::from(v) / 255.0)[3] * 255.0).round() as u8).collect();
                samples.iter().flat_map(|&v| [0, 0, 0, ramp[usize::from(v)]]).collect()
            }
        };
        let max_ink = cmyk.chunks_exact(4).map(|p| p.iter().map(|&v| u32::from(v)).sum::<u32>()).max().unwrap_or(0)
            as f32
            / 255.0
            * 100.0;
        self.report.max_ink = self.report.max_ink.max(max_ink);
        self.report.pictures.push(PictureInk { width, height, max_ink, converted: true });
        let dict = &mut stream.dict;
        dict.set("ColorSpace", "DeviceCMYK");
        dict.set("BitsPerComponent", 8);
        dict.remove(b"Decode");
        dict.remove(b"DecodeParms");
        stream.set_plain_content(compress(&cmyk)?);
        stream.dict.set("Filter", "FlateDecode");
        *self.document.get_object_mut(id).map_err(|e| error("a picture", e))? = Object::Stream(stream);
        Ok(())
    }

    /// A picture with a palette: the palette's colours through the profile.
    fn indexed_image(
        &mut self,
        id: ObjectId,
        mut stream: Stream,
        items: &[Object],
        width: u32,
        height: u32,
    ) -> Result<(), String> {
        let base = items.get(1).cloned().unwrap_or(Object::Null);
        let kind = self.space_kind(&base);
        let components = match kind {
            Kind::Rgb => 3,
            Kind::Grey => 1,
            _ => return Ok(()),
        };
        let high = items.get(2).and_then(|o| o.as_i64().ok()).unwrap_or(255).clamp(0, 255) as usize;
        let lookup = match items.get(3).map(|o| self.document.dereference(o)) {
            Some(Ok((_, Object::String(bytes, _)))) => bytes.clone(),
            Some(Ok((_, Object::Stream(s)))) => s.decompressed_content().map_err(|e| error("a palette", e))?,
            _ => return Err("a picture's palette cannot be read".to_string()),
        };
        let entries = (high + 1).min(lookup.len() / components);
        let mut table = vec![0u8; entries * 4];
        if kind == Kind::Rgb {
            self.profile.convert_pixels(&lookup[..entries * 3], &mut table)?;
        } else {
            for (i, &v) in lookup[..entries].iter().enumerate() {
                table[i * 4 + 3] = (self.profile.grey(f32::from(v) / 255.0)[3] * 255.0).round() as u8;
            }
        }
        let max_ink = table.chunks_exact(4).map(|p| p.iter().map(|&v| u32::from(v)).sum::<u32>()).max().unwrap_or(0)
            as f32
            / 255.0
            * 100.0;
        self.report.max_ink = self.report.max_ink.max(max_ink);
        self.report.pictures.push(PictureInk { width, height, max_ink, converted: true });
        let space = vec![
            Object::Name(b"Indexed".to_vec()),
            Object::Name(b"DeviceCMYK".to_vec()),
            Object::Integer((entries.max(1) - 1) as i64),
            Object::String(table, lopdf::StringFormat::Hexadecimal),
        ];
        stream.dict.set("ColorSpace", space);
        *self.document.get_object_mut(id).map_err(|e| error("a picture", e))? = Object::Stream(stream);
        Ok(())
    }

    /// The ICC profile of an ICC-based colour space.
    fn icc_of(&self, space: &Object) -> Option<Vec<u8>> {
        let (_, space) = self.document.dereference(space).ok()?;
        let items = space.as_array().ok()?;
        let (_, stream) = self.document.dereference(items.get(1)?).ok()?;
        stream.as_stream().ok()?.decompressed_content().ok()
    }

    /// A spot colour whose alternate is RGB or grey gets a CMYK alternate.
    fn separation(&mut self, id: ObjectId) -> Result<(), String> {
        if !self.done.insert(id) {
            return Ok(());
        }
        let Ok(Object::Array(mut items)) = self.document.get_object(id).cloned() else { return Ok(()) };
        if items.first().and_then(|o| o.as_name().ok()) != Some(b"Separation") || items.len() < 4 {
            return Ok(());
        }
        let kind = self.space_kind(&items[2]);
        if kind == Kind::Kept || kind == Kind::Cmyk {
            return Ok(());
        }
        let function = items[3].clone();
        let mut data = Vec::new();
        for i in 0..GRADIENT_SAMPLES {
            let values = self.evaluate(&function, i as f32 / (GRADIENT_SAMPLES - 1) as f32)?;
            // A spot ink is no part of the CMYK total: its alternate only shows it on screen.
            let ink = self.report.max_ink;
            let colour = self.sample_colour(kind, &values, Mode::Print)?;
            self.report.max_ink = ink;
            for v in colour {
                data.extend(((v.clamp(0.0, 1.0) * 65535.0).round() as u16).to_be_bytes());
            }
        }
        let mut dict = Dictionary::new();
        dict.set("FunctionType", 0);
        dict.set("Domain", vec![Object::Real(0.0), Object::Real(1.0)]);
        dict.set("Range", (0..4).flat_map(|_| [Object::Real(0.0), Object::Real(1.0)]).collect::<Vec<_>>());
        dict.set("Size", vec![Object::Integer(GRADIENT_SAMPLES as i64)]);
        dict.set("BitsPerSample", 16);
        let function = self.document.add_object(Stream::new(dict, data));
        items[2] = Object::Name(b"DeviceCMYK".to_vec());
        items[3] = Object::Reference(function);
        *self.document.get_object_mut(id).map_err(|e| error("a spot colour", e))? = Object::Array(items);
        Ok(())
    }

    /// Every resource dictionary loses the colour spaces its content no longer names.
    fn drop_converted_spaces(&mut self) {
        let ids: Vec<ObjectId> = self.document.objects.keys().copied().collect();
        let kinds: HashMap<ObjectId, Kind> = ids
            .iter()
            .filter_map(|&id| {
                let object = self.document.objects.get(&id)?;
                object.as_array().ok()?;
                Some((id, self.space_kind(object)))
            })
            .collect();
        for id in ids {
            let Some(object) = self.document.objects.get_mut(&id) else { continue };
            let dicts: Vec<&mut Dictionary> = match object {
                Object::Dictionary(d) => vec![d],
                Object::Stream(s) => vec![&mut s.dict],
                _ => continue,
            };
            for dict in dicts {
                let mut nested: Vec<&mut Dictionary> = vec![dict];
                while let Some(dict) = nested.pop() {
                    for (key, value) in dict.iter_mut() {
                        if key == b"ColorSpace"
                            && let Object::Dictionary(spaces) = value
                        {
                            let drop: Vec<Vec<u8>> = spaces
                                .iter()
                                .filter(|(_, v)| match v {
                                    Object::Reference(r) => kinds.get(r).is_some_and(|k| *k != Kind::Kept),
                                    Object::Name(n) => matches!(n.as_slice(), b"DeviceRGB" | b"DeviceGray"),
                                    _ => false,
                                })
                                .map(|(k, _)| k.clone())
                                .collect();
                            for key in drop {
                                spaces.remove(&key);
                            }
                        } else if let Object::Dictionary(inner) = value {
                            nested.push(inner);
                        }
                    }
                }
            }
        }
    }
}

/// A colour as written: CMYK on the page, grey in a soft mask.
enum Colour {
    Cmyk(Cmyk),
    Grey(f32),
}

/// ` 0.1234`: a colour value, four decimals, no trailing zeros.
fn write_number(out: &mut Vec<u8>, v: f32) {
    let scaled = (v.clamp(0.0, 1.0) * 10_000.0).round() as u32;
    out.push(b' ');
    if scaled == 10_000 {
        out.push(b'1');
    } else if scaled == 0 {
        out.push(b'0');
    } else {
        let digits = format!("{scaled:04}");
        out.extend_from_slice(b"0.");
        out.extend_from_slice(digits.trim_end_matches('0').as_bytes());
    }
}

/// What a token of a content stream is, as far as colours care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Token {
    Number,
    Name,
    Operator,
    /// Strings, arrays, dictionaries: operands no colour operator takes.
    Other,
}

/// Byte classes of PDF syntax: 1 white space, 2 delimiter, 0 regular.
const CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let white = b" \n\r\t\x0c\0";
    let mut i = 0;
    while i < white.len() {
        table[white[i] as usize] = 1;
        i += 1;
    }
    let delimiters = b"()<>[]{}/%";
    let mut i = 0;
    while i < delimiters.len() {
        table[delimiters[i] as usize] = 2;
        i += 1;
    }
    table
};

fn is_white(b: u8) -> bool {
    CLASS[b as usize] == 1
}

fn is_regular(b: u8) -> bool {
    CLASS[b as usize] == 0
}

fn memchr(needle: u8, haystack: &[u8]) -> Option<usize> {
    haystack.iter().position(|&b| b == needle)
}

/// The next token from `at`: its kind, start and end; `None` at the end of the stream.
fn next_token(data: &[u8], mut at: usize) -> Result<Option<(Token, usize, usize)>, String> {
    loop {
        while at < data.len() && is_white(data[at]) {
            at += 1;
        }
        if at < data.len() && data[at] == b'%' {
            while at < data.len() && data[at] != b'\n' && data[at] != b'\r' {
                at += 1;
            }
            continue;
        }
        break;
    }
    if at >= data.len() {
        return Ok(None);
    }
    let start = at;
    let broken = || "a content stream ends inside a string".to_string();
    match data[at] {
        b'(' => {
            let mut depth = 0usize;
            while at < data.len() {
                match data[at] {
                    b'\\' => at += 1,
                    b'(' => depth += 1,
                    b')' => {
                        depth -= 1;
                        if depth == 0 {
                            return Ok(Some((Token::Other, start, at + 1)));
                        }
                    }
                    _ => {}
                }
                at += 1;
            }
            Err(broken())
        }
        b'<' if data.get(at + 1) == Some(&b'<') => Ok(Some((Token::Other, start, at + 2))),
        b'>' if data.get(at + 1) == Some(&b'>') => Ok(Some((Token::Other, start, at + 2))),
        b'<' => {
            let end = memchr(b'>', &data[at..]).ok_or_else(broken)?;
            Ok(Some((Token::Other, start, at + end + 1)))
        }
        b'[' | b']' | b'{' | b'}' | b')' | b'>' => Ok(Some((Token::Other, start, at + 1))),
        b'/' => {
            at += 1;
            while at < data.len() && is_regular(data[at]) {
                at += 1;
            }
            Ok(Some((Token::Name, start, at)))
        }
        _ => {
            while at < data.len() && is_regular(data[at]) {
                at += 1;
            }
            let word = &data[start..at];
            let number = word.iter().all(|&b| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'+'));
            Ok(Some((if number { Token::Number } else { Token::Operator }, start, at)))
        }
    }
}

/// A transparency group blends in the colour of the page: CMYK, or grey in a soft mask.
fn set_group_space(group: &mut Object, mode: Mode) {
    if let Object::Dictionary(group) = group
        && group.has(b"CS")
    {
        group.set("CS", if mode == Mode::Mask { "DeviceGray" } else { "DeviceCMYK" });
    }
}

fn floats(document: &Document, object: &Object) -> Option<Vec<f32>> {
    let (_, object) = document.dereference(object).ok()?;
    object.as_array().ok()?.iter().map(|o| o.as_float().ok()).collect()
}

fn set_stream_content(document: &mut Document, id: ObjectId, content: &[u8]) -> Result<(), String> {
    let stream = document.get_object_mut(id).and_then(Object::as_stream_mut).map_err(|e| error("page content", e))?;
    stream.set_plain_content(compress(content)?);
    stream.dict.set("Filter", "FlateDecode");
    Ok(())
}

pub use crate::colour::deflate as compress;

/// A JPEG's samples, `components` to a pixel, as stored (a CMYK JPEG's as its Adobe marker says).
fn decode_jpeg(bytes: &[u8], components: usize) -> Result<Vec<u8>, String> {
    use zune_jpeg::zune_core::colorspace::ColorSpace;
    use zune_jpeg::zune_core::options::DecoderOptions;
    let out = match components {
        1 => ColorSpace::Luma,
        3 => ColorSpace::RGB,
        _ => ColorSpace::CMYK,
    };
    let options = DecoderOptions::default().jpeg_set_out_colorspace(out).set_max_width(20_000).set_max_height(20_000);
    let mut decoder =
        zune_jpeg::JpegDecoder::new_with_options(zune_jpeg::zune_core::bytestream::ZCursor::new(bytes), options);
    decoder.decode().map_err(|e| format!("a JPEG picture cannot be decoded: {e:?}"))
}

/// Whether an embedded ICC profile is sRGB (Typst's own, or a picture's).
fn is_srgb(icc: &[u8]) -> bool {
    moxcms::ColorProfile::new_from_slice(icc).is_ok_and(|p| {
        let srgb = moxcms::ColorProfile::new_srgb();
        let close = |a: moxcms::Xyzd, b: moxcms::Xyzd| {
            (a.x - b.x).abs() < 0.002 && (a.y - b.y).abs() < 0.002 && (a.z - b.z).abs() < 0.002
        };
        close(p.red_colorant, srgb.red_colorant)
            && close(p.green_colorant, srgb.green_colorant)
            && close(p.blue_colorant, srgb.blue_colorant)
    })
}

/// Pixels in a picture's own RGB profile (Adobe RGB, Display P3…) through the press profile.
fn convert_with_profile(icc: &[u8], profile: &PressProfile, rgb: &[u8]) -> Result<Vec<u8>, String> {
    let source = moxcms::ColorProfile::new_from_slice(icc)
        .map_err(|e| format!("a picture's colour profile cannot be read: {e}"))?;
    let target = moxcms::ColorProfile::new_from_slice(&profile.icc).map_err(|e| e.to_string())?;
    let options =
        moxcms::TransformOptions { rendering_intent: moxcms::RenderingIntent::Perceptual, ..Default::default() };
    let transform = source
        .create_transform_8bit(moxcms::Layout::Rgb, &target, moxcms::Layout::Rgba, options)
        .map_err(|e| format!("a picture's colour profile cannot be used: {e}"))?;
    let mut out = vec![0u8; rgb.len() / 3 * 4];
    transform.transform(rgb, &mut out).map_err(|e| e.to_string())?;
    Ok(out)
}
