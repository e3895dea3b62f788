//! The BERT forward pass of all-MiniLM-L6-v2 over `model.safetensors`
//! (f32), with the tokenizer's vocabulary from `tokenizer.json`.

use super::{hash_bytes, SentenceError, MAX_POSITIONS, MODEL_FILE, TOKENIZER_FILE};
use crate::understanding::semantic::Vocab;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

const LN_EPS: f32 = 1e-12;
/// Width of one attention head (384 / 12 in all-MiniLM-L6-v2).
const HEAD_DIMS: usize = 32;

struct Layer {
    /// Query, key and value weights stacked: `[3h, h]` (out, in).
    qkv_w: Vec<f32>,
    qkv_b: Vec<f32>,
    out_w: Vec<f32>,
    out_b: Vec<f32>,
    ln1_w: Vec<f32>,
    ln1_b: Vec<f32>,
    up_w: Vec<f32>,
    up_b: Vec<f32>,
    down_w: Vec<f32>,
    down_b: Vec<f32>,
    ln2_w: Vec<f32>,
    ln2_b: Vec<f32>,
}

/// all-MiniLM-L6-v2, loaded.
pub struct SentenceModel {
    vocab: Vocab,
    cls: u32,
    sep: u32,
    unk: u32,
    hidden: usize,
    inter: usize,
    /// `[vocab, h]`.
    word: Vec<f32>,
    /// `[positions, h]` with token type 0 added.
    pos: Vec<f32>,
    ln_w: Vec<f32>,
    ln_b: Vec<f32>,
    layers: Vec<Layer>,
    key: u64,
    /// Recent questions' vectors: a dialogue turn, `eval` and `calibrate`
    /// look at the same text more than once.
    memo: Mutex<HashMap<String, Arc<[f32]>>>,
}

/// Questions remembered by [`SentenceModel::encode_query`] (about 1.6 kB
/// each, 26 MB when full); the memo is emptied when full. `calibrate`
/// reads every pool question once per set left out: a pool larger than
/// the memo (4,096 held 4,238 questions at 56 drop-in halves) emptied it
/// on every pass, and each pass encoded them all again (2.5 min became
/// over 20).
const MEMO: usize = 16_384;

/// The tensors of a safetensors file, checked against its header.
struct Tensors {
    file: PathBuf,
    bytes: Vec<u8>,
    data_at: usize,
    header: serde_json::Map<String, serde_json::Value>,
}

impl Tensors {
    fn read(file: PathBuf) -> Result<Tensors, SentenceError> {
        let bytes = std::fs::read(&file).map_err(|e| SentenceError::Missing {
            file: file.clone(),
            reason: e.to_string(),
        })?;
        let truncated = |detail: String| SentenceError::Truncated {
            file: file.clone(),
            detail,
        };
        if bytes.len() < 8 {
            return Err(truncated(format!(
                "{} bytes, shorter than the 8-byte header length",
                bytes.len()
            )));
        }
        let n = u64::from_le_bytes(bytes[..8].try_into().expect("8 bytes"));
        if n > (bytes.len() - 8) as u64 {
            return Err(truncated(format!(
                "the header says it is {n} bytes, the file has {} after the length",
                bytes.len() - 8
            )));
        }
        let n = n as usize;
        let header: serde_json::Map<String, serde_json::Value> =
            serde_json::from_slice(&bytes[8..8 + n]).map_err(|e| SentenceError::Malformed {
                file: file.clone(),
                detail: format!("safetensors header: {e}"),
            })?;
        // The data must end where the header's last tensor ends.
        let end = header
            .values()
            .filter_map(|t| t.get("data_offsets")?.as_array()?.get(1)?.as_u64())
            .max()
            .unwrap_or(0) as usize;
        let have = bytes.len() - 8 - n;
        if have != end {
            let detail =
                format!("the header's tensors need {end} bytes of data, the file has {have}");
            return Err(if have < end {
                truncated(detail)
            } else {
                SentenceError::Malformed { file, detail }
            });
        }
        Ok(Tensors {
            file,
            bytes,
            data_at: 8 + n,
            header,
        })
    }

    /// The f32 tensor `name` of shape `shape` (`None` in a dimension: any).
    fn get(
        &self,
        name: &str,
        shape: &[Option<usize>],
    ) -> Result<(Vec<f32>, Vec<usize>), SentenceError> {
        let malformed = |detail: String| SentenceError::Malformed {
            file: self.file.clone(),
            detail,
        };
        let t = self
            .header
            .get(name)
            .ok_or_else(|| malformed(format!("no tensor `{name}`")))?;
        let dtype = t.get("dtype").and_then(|d| d.as_str()).unwrap_or("?");
        if dtype != "F32" {
            return Err(malformed(format!(
                "tensor `{name}` is {dtype}, expected F32"
            )));
        }
        let found: Vec<usize> = usizes(t, "shape");
        if found.len() != shape.len()
            || found
                .iter()
                .zip(shape)
                .any(|(f, s)| s.is_some_and(|s| s != *f))
        {
            return Err(SentenceError::Mismatched {
                file: self.file.clone(),
                what: format!("tensor `{name}`"),
                expected: shape.iter().map(|s| s.unwrap_or(0)).collect(),
                found,
            });
        }
        let offsets: Vec<usize> = usizes(t, "data_offsets");
        let [start, end] = offsets[..] else {
            return Err(malformed(format!("tensor `{name}` has no data_offsets")));
        };
        let count: usize = found.iter().product();
        if end < start || end - start != 4 * count {
            return Err(malformed(format!(
                "tensor `{name}`: {} bytes of data for {count} values",
                end.saturating_sub(start)
            )));
        }
        let (a, b) = (self.data_at + start, self.data_at + end);
        if b > self.bytes.len() {
            return Err(SentenceError::Truncated {
                file: self.file.clone(),
                detail: format!(
                    "tensor `{name}` ends at byte {b}, the file has {}",
                    self.bytes.len()
                ),
            });
        }
        let v: Vec<f32> = self.bytes[a..b]
            .chunks_exact(4)
            .map(|c| f32::from_le_bytes(c.try_into().expect("4 bytes")))
            .collect();
        if v.iter().any(|x| !x.is_finite()) {
            return Err(malformed(format!(
                "tensor `{name}` holds a value that is not a number"
            )));
        }
        Ok((v, found))
    }
}

/// `tokenizer.json`'s WordPiece vocabulary.
fn read_vocab(file: PathBuf) -> Result<Vocab, SentenceError> {
    let text = std::fs::read_to_string(&file).map_err(|e| SentenceError::Missing {
        file: file.clone(),
        reason: e.to_string(),
    })?;
    let malformed = |detail: String| SentenceError::Malformed {
        file: file.clone(),
        detail,
    };
    let json: serde_json::Value = serde_json::from_str(&text).map_err(|e| {
        if e.is_eof() {
            SentenceError::Truncated {
                file: file.clone(),
                detail: e.to_string(),
            }
        } else {
            malformed(e.to_string())
        }
    })?;
    let model = &json["model"];
    if model["type"].as_str() != Some("WordPiece") {
        return Err(malformed(format!(
            "model type {}, expected \"WordPiece\"",
            model["type"]
        )));
    }
    let vocab = model["vocab"]
        .as_object()
        .ok_or_else(|| malformed("no model.vocab object".into()))?;
    let mut pairs = Vec::with_capacity(vocab.len());
    for (t, id) in vocab {
        let id = id
            .as_u64()
            .filter(|&i| i < u32::MAX as u64)
            .ok_or_else(|| malformed(format!("token {t:?} has id {id}")))?;
        pairs.push((t.as_str(), id as u32));
    }
    Ok(Vocab::new(pairs))
}

impl SentenceModel {
    /// Reads `dir/model.safetensors` and `dir/tokenizer.json`; every
    /// problem is an error naming the file.
    pub fn load(dir: &Path) -> Result<SentenceModel, SentenceError> {
        let vocab_file = dir.join(TOKENIZER_FILE);
        let vocab = read_vocab(vocab_file.clone())?;
        let special = |t: &str| {
            vocab.id(t).ok_or_else(|| SentenceError::Malformed {
                file: vocab_file.clone(),
                detail: format!("no {t} token"),
            })
        };
        let (cls, sep, unk) = (special("[CLS]")?, special("[SEP]")?, special("[UNK]")?);
        let t = Tensors::read(dir.join(MODEL_FILE))?;
        let (word, shape) = t.get("embeddings.word_embeddings.weight", &[None, None])?;
        let (rows, h) = (shape[0], shape[1]);
        if vocab.len() != rows {
            return Err(SentenceError::Mismatched {
                file: vocab_file,
                what: format!("the vocabulary (the model's {MODEL_FILE} has {rows} rows)"),
                expected: vec![rows],
                found: vec![vocab.len()],
            });
        }
        if h == 0 || h % HEAD_DIMS != 0 {
            return Err(SentenceError::Mismatched {
                file: t.file.clone(),
                what: format!("the hidden size (a multiple of {HEAD_DIMS})"),
                expected: vec![384],
                found: vec![h],
            });
        }
        let (mut pos, _) = t.get(
            "embeddings.position_embeddings.weight",
            &[Some(512), Some(h)],
        )?;
        pos.truncate(MAX_POSITIONS * h);
        let (ty, _) = t.get("embeddings.token_type_embeddings.weight", &[None, Some(h)])?;
        for row in pos.chunks_exact_mut(h) {
            for (p, t) in row.iter_mut().zip(&ty[..h]) {
                *p += t;
            }
        }
        let (ln_w, _) = t.get("embeddings.LayerNorm.weight", &[Some(h)])?;
        let (ln_b, _) = t.get("embeddings.LayerNorm.bias", &[Some(h)])?;
        let mut layers = Vec::new();
        let mut inter = 0;
        while t.header.contains_key(&format!(
            "encoder.layer.{}.attention.self.query.weight",
            layers.len()
        )) {
            let p = format!("encoder.layer.{}.", layers.len());
            let g = |n: &str, s: &[Option<usize>]| t.get(&format!("{p}{n}"), s).map(|x| x.0);
            let sq = [Some(h), Some(h)];
            let mut qkv_w = g("attention.self.query.weight", &sq)?;
            qkv_w.extend(g("attention.self.key.weight", &sq)?);
            qkv_w.extend(g("attention.self.value.weight", &sq)?);
            let mut qkv_b = g("attention.self.query.bias", &[Some(h)])?;
            qkv_b.extend(g("attention.self.key.bias", &[Some(h)])?);
            qkv_b.extend(g("attention.self.value.bias", &[Some(h)])?);
            let (up_w, up_shape) =
                t.get(&format!("{p}intermediate.dense.weight"), &[None, Some(h)])?;
            inter = up_shape[0];
            layers.push(Layer {
                qkv_w,
                qkv_b,
                out_w: g("attention.output.dense.weight", &sq)?,
                out_b: g("attention.output.dense.bias", &[Some(h)])?,
                ln1_w: g("attention.output.LayerNorm.weight", &[Some(h)])?,
                ln1_b: g("attention.output.LayerNorm.bias", &[Some(h)])?,
                up_w,
                up_b: g("intermediate.dense.bias", &[Some(inter)])?,
                down_w: g("output.dense.weight", &[Some(h), Some(inter)])?,
                down_b: g("output.dense.bias", &[Some(h)])?,
                ln2_w: g("output.LayerNorm.weight", &[Some(h)])?,
                ln2_b: g("output.LayerNorm.bias", &[Some(h)])?,
            });
        }
        if layers.is_empty() {
            return Err(SentenceError::Malformed {
                file: t.file.clone(),
                detail: "no encoder.layer.0 tensors".into(),
            });
        }
        let vocab_bytes = std::fs::read(&vocab_file).unwrap_or_default();
        let key = hash_bytes(hash_bytes(0, &t.bytes), &vocab_bytes);
        Ok(SentenceModel {
            vocab,
            cls,
            sep,
            unk,
            hidden: h,
            inter,
            word,
            pos,
            ln_w,
            ln_b,
            layers,
            key,
            memo: Mutex::new(HashMap::new()),
        })
    }

    /// Width of the sentence vectors.
    pub fn dims(&self) -> usize {
        self.hidden
    }

    /// A hash of the model's files (the cache key).
    pub fn key(&self) -> u64 {
        self.key
    }

    /// `[CLS]`, the text's word pieces (unknown words as `[UNK]`), `[SEP]`,
    /// cut to [`MAX_POSITIONS`].
    pub fn token_ids(&self, text: &str) -> Vec<u32> {
        let mut ids = vec![self.cls];
        self.vocab.pieces(text, |id| {
            ids.push(id.unwrap_or(self.unk));
            ids.len() < MAX_POSITIONS - 1
        });
        ids.push(self.sep);
        ids
    }

    /// [`SentenceModel::encode`], remembered for the last few thousand texts.
    pub fn encode_query(&self, text: &str) -> Arc<[f32]> {
        if let Some(v) = self
            .memo
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(text)
        {
            return v.clone();
        }
        let v: Arc<[f32]> = self.encode(text).into();
        let mut memo = self.memo.lock().unwrap_or_else(|e| e.into_inner());
        if memo.len() >= MEMO {
            memo.clear();
        }
        memo.insert(text.to_string(), v.clone());
        v
    }

    /// The text's unit sentence vector.
    pub fn encode(&self, text: &str) -> Vec<f32> {
        let ids = self.token_ids(text);
        let (n, h) = (ids.len(), self.hidden);
        let mut x = vec![0f32; n * h];
        for (i, &id) in ids.iter().enumerate() {
            let row = &mut x[i * h..(i + 1) * h];
            let w = &self.word[id as usize * h..(id as usize + 1) * h];
            let p = &self.pos[i * h..(i + 1) * h];
            for ((o, a), b) in row.iter_mut().zip(w).zip(p) {
                *o = a + b;
            }
        }
        layer_norm(&mut x, h, &self.ln_w, &self.ln_b);
        let heads = h / HEAD_DIMS;
        let scale = 1.0 / (HEAD_DIMS as f32).sqrt();
        let mut qkv = vec![0f32; n * 3 * h];
        let mut scores = vec![0f32; n * n];
        let mut ctx = vec![0f32; n * h];
        let mut tmp = vec![0f32; n * h];
        let mut up = vec![0f32; n * self.inter];
        for l in &self.layers {
            linear(&x, n, h, &l.qkv_w, &l.qkv_b, 3 * h, &mut qkv);
            for hd in 0..heads {
                let q = &qkv[hd * HEAD_DIMS..];
                let k = &qkv[h + hd * HEAD_DIMS..];
                let v = &qkv[2 * h + hd * HEAD_DIMS..];
                // scores = q kᵀ · scale  (n × n)
                // SAFETY: every slice is long enough for the strides given
                // (n rows of 3h values, HEAD_DIMS columns from each head's start).
                unsafe {
                    matrixmultiply::sgemm(
                        n,
                        HEAD_DIMS,
                        n,
                        scale,
                        q.as_ptr(),
                        (3 * h) as isize,
                        1,
                        k.as_ptr(),
                        1,
                        (3 * h) as isize,
                        0.0,
                        scores.as_mut_ptr(),
                        n as isize,
                        1,
                    );
                }
                for row in scores.chunks_exact_mut(n) {
                    softmax(row);
                }
                // ctx[:, head] = scores v
                // SAFETY: as above; ctx has n rows of h values.
                unsafe {
                    matrixmultiply::sgemm(
                        n,
                        n,
                        HEAD_DIMS,
                        1.0,
                        scores.as_ptr(),
                        n as isize,
                        1,
                        v.as_ptr(),
                        (3 * h) as isize,
                        1,
                        0.0,
                        ctx[hd * HEAD_DIMS..].as_mut_ptr(),
                        h as isize,
                        1,
                    );
                }
            }
            linear(&ctx, n, h, &l.out_w, &l.out_b, h, &mut tmp);
            for (a, b) in x.iter_mut().zip(&tmp) {
                *a += b;
            }
            layer_norm(&mut x, h, &l.ln1_w, &l.ln1_b);
            linear(&x, n, h, &l.up_w, &l.up_b, self.inter, &mut up);
            up.iter_mut().for_each(|v| *v = gelu(*v));
            linear(&up, n, self.inter, &l.down_w, &l.down_b, h, &mut tmp);
            for (a, b) in x.iter_mut().zip(&tmp) {
                *a += b;
            }
            layer_norm(&mut x, h, &l.ln2_w, &l.ln2_b);
        }
        // Mean over every position, then unit length.
        let mut out = vec![0f32; h];
        for row in x.chunks_exact(h) {
            for (o, v) in out.iter_mut().zip(row) {
                *o += v;
            }
        }
        let norm = out.iter().map(|v| v * v).sum::<f32>().sqrt();
        if norm > 0.0 && norm.is_finite() {
            out.iter_mut().for_each(|v| *v /= norm);
        }
        out
    }
}

/// `y = x wᵀ + b` for `x` of `n × k` and `w` of `m × k` (PyTorch's layout).
fn linear(x: &[f32], n: usize, k: usize, w: &[f32], b: &[f32], m: usize, y: &mut [f32]) {
    assert!(x.len() >= n * k && w.len() == m * k && b.len() == m && y.len() >= n * m);
    for row in y[..n * m].chunks_exact_mut(m) {
        row.copy_from_slice(b);
    }
    // SAFETY: the lengths are checked above for these shapes and strides.
    unsafe {
        matrixmultiply::sgemm(
            n,
            k,
            m,
            1.0,
            x.as_ptr(),
            k as isize,
            1,
            w.as_ptr(),
            1,
            k as isize,
            1.0,
            y.as_mut_ptr(),
            m as isize,
            1,
        );
    }
}

fn layer_norm(x: &mut [f32], h: usize, w: &[f32], b: &[f32]) {
    for row in x.chunks_exact_mut(h) {
        let mean = row.iter().sum::<f32>() / h as f32;
        let var = row.iter().map(|v| (v - mean) * (v - mean)).sum::<f32>() / h as f32;
        let inv = 1.0 / (var + LN_EPS).sqrt();
        for ((v, g), c) in row.iter_mut().zip(w).zip(b) {
            *v = (*v - mean) * inv * g + c;
        }
    }
}

fn softmax(row: &mut [f32]) {
    let max = row.iter().fold(f32::NEG_INFINITY, |m, &v| m.max(v));
    let mut sum = 0.0;
    for v in row.iter_mut() {
        *v = (*v - max).exp();
        sum += *v;
    }
    row.iter_mut().for_each(|v| *v /= sum);
}

/// BERT's exact GELU, `x · Φ(x)`.
fn gelu(x: f32) -> f32 {
    0.5 * x * (1.0 + erf(x / std::f32::consts::SQRT_2))
}

/// erf to about 1e-7 (W. J. Cody's rational approximations via erfc for
/// |x| > 0.5 would be exact; Abramowitz & Stegun 7.1.26 is 1.5e-7 absolute,
/// below f32's resolution near 1 and well below the model's own noise).
fn erf(x: f32) -> f32 {
    let x = x as f64;
    let t = 1.0 / (1.0 + 0.327_591_1 * x.abs());
    let y = 1.0
        - (((((1.061_405_429 * t - 1.453_152_027) * t) + 1.421_413_741) * t - 0.284_496_736) * t
            + 0.254_829_592)
            * t
            * (-x * x).exp();
    (if x >= 0.0 { y } else { -y }) as f32
}

/// A header entry's list of numbers (`shape`, `data_offsets`); empty when
/// it is missing or not a list.
fn usizes(t: &serde_json::Value, key: &str) -> Vec<usize> {
    t.get(key)
        .and_then(|s| s.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|d| d.as_u64())
                .map(|d| d as usize)
                .collect()
        })
        .unwrap_or_default()
}
