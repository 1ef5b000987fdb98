// stage_inputs.hpp — how Core I's stage inputs (the normalized `work` text and the tokens) are
// held with as little memory as the run allows (see Document::work_view(), ::clean_only).
//   settle_work     after normalize(): drop the normalized copy when it equals the text; in
//                   clean-only mode hold a few rewritten bytes as patches instead of a copy
//   restore_text    clean-only mode: put the original bytes back once Core I is done
//   segment_tokens  a segment's tokens: the stored ones, or rebuilt (clean-only mode)
#pragma once
#include <span>
#include <vector>

#include "document.hpp"

namespace np {

// Called by normalize() once doc.work_storage holds the normalized text.
void settle_work(Document& doc);

// Clean-only mode: doc.text gets its original bytes back (no-op without patches). From then
// on work_view() is the original text: call it only when no stage will read the work again.
void restore_text(Document& doc);

// The tokens of `seg`, in text order: a view into doc.tokens when they are held, else the
// tokens of its sentences rebuilt into `scratch` (the tokenizer works per sentence and is
// deterministic, so they are the tokens segment() made; tests/unit/test_core_memory.cpp).
std::span<const Token> segment_tokens(const Document& doc, const Segment& seg, std::vector<Token>& scratch);

// Clean-only mode, once per segment in text order (dedup's first pass over the segments): the
// segment's tokens rebuilt into `scratch`, and its sentences' first_token/token_count set as a
// full tokenization would (segment() left them 0), numbered from `counter`, which counts the
// tokens so far. dedup's pass on several threads counts each range of segments from 0 and adds
// the tokens before the range afterwards (only the sentences of `seg` are written, so two
// threads never write the same object). Holding all tokens: the same as segment_tokens().
std::span<const Token> count_segment_tokens(Document& doc, const Segment& seg, std::vector<Token>& scratch,
                                            size_t& counter);

}  // namespace np
