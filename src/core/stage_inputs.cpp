// stage_inputs.cpp — see stage_inputs.hpp.
#include "stage_inputs.hpp"

#include <cstring>

#include "segment_parts.hpp"
#include "text.hpp"

namespace np {

namespace {

// Clean-only mode keeps patches while they cost less than a quarter of a second copy
// (8 bytes per rewritten byte): news text rewrites a handful of bytes (tabs, NBSPs).
constexpr size_t kMaxPatchShare = 32;  // at most one patch per this many bytes

// Offsets where a and b (same length) differ, each with a's byte, while there are at most
// `limit`; false once there are more. Compares 8 bytes a step: equal runs cost one load each.
bool diff_bytes(std::string_view a, std::string_view b, size_t limit, std::vector<TextPatch>& out) {
    const size_t n = a.size();
    size_t i = 0;
    while (i < n) {
        if (i + 8 <= n && text::load8(a.data() + i) == text::load8(b.data() + i)) { i += 8; continue; }
        const size_t stop = i + 8 <= n ? i + 8 : n;
        for (; i < stop; ++i) {
            if (a[i] == b[i]) continue;
            if (out.size() == limit) return false;
            out.push_back({uint32_t(i), a[i]});
        }
    }
    return true;
}

}  // namespace

void settle_work(Document& doc) {
    doc.text_patches.clear();
    if (doc.work_storage.size() != doc.text.size()) return;  // not normalize()'s output
    if (!doc.clean_only) {
        // Most news text has nothing to rewrite: the stages then read the text itself.
        if (doc.work_storage == doc.text) std::string().swap(doc.work_storage);
        return;
    }
    std::vector<TextPatch> patches;
    if (!diff_bytes(doc.text, doc.work_storage, doc.text.size() / kMaxPatchShare, patches)) return;
    // The text takes the normalized bytes (a swap, no copy); the originals wait in the patches.
    doc.text.swap(doc.work_storage);
    std::string().swap(doc.work_storage);
    patches.shrink_to_fit();
    doc.text_patches = std::move(patches);
}

void restore_text(Document& doc) {
    for (const TextPatch& p : doc.text_patches) doc.text[p.offset] = p.original;
    std::vector<TextPatch>().swap(doc.text_patches);
}

std::span<const Token> segment_tokens(const Document& doc, const Segment& seg, std::vector<Token>& scratch) {
    if (seg.sentence_count == 0) return {};
    const Sentence& first = doc.sentences[seg.first_sentence];
    const Sentence& last = doc.sentences[seg.first_sentence + seg.sentence_count - 1];
    if (!doc.tokens.empty()) {
        // Held: a segment's tokens are contiguous (sentences and tokens are appended in text order).
        const Token* t = doc.tokens.data() + first.first_token;
        return {t, size_t(last.first_token + last.token_count - first.first_token)};
    }
    scratch.clear();
    const std::string_view w = doc.work_view();
    for (uint32_t k = 0; k < seg.sentence_count; ++k) {
        const Sentence& s = doc.sentences[seg.first_sentence + k];
        seg::tokenize(w, s.start, s.end, scratch);
    }
    return {scratch.data(), scratch.size()};
}

std::span<const Token> count_segment_tokens(Document& doc, const Segment& seg, std::vector<Token>& scratch,
                                            size_t& counter) {
    if (!doc.clean_only) return segment_tokens(doc, seg, scratch);
    scratch.clear();
    const std::string_view w = doc.work_view();
    for (uint32_t k = 0; k < seg.sentence_count; ++k) {
        Sentence& s = doc.sentences[seg.first_sentence + k];
        s.first_token = uint32_t(counter);
        s.token_count = seg::tokenize(w, s.start, s.end, scratch);
        counter += s.token_count;
    }
    return {scratch.data(), scratch.size()};
}

}  // namespace np
