// html_extract.cpp — main-content extraction (see html_extract.hpp, docs/extraction.md).
//
// Index
//   1. Word hashing (JSON-LD articleBody overlap)
//   2. Block values: how much a block looks like article prose
//   3. Boilerplate removal with a safeguard (never drop the box holding most of the prose)
//   4. Container choice: the element whose blocks sum to the largest value
//   5. Block selection inside the container, output
//   6. looks_like_html
//
// Method, in short: the page becomes a list of text blocks (html_blocks). Each block gets a
// value: positive for prose (long, few links, sentence punctuation), negative for link lists
// and short fragments. Boxes whose tag, class, id or role say "not article" (navigation,
// sharing, related links, comments, ads, ...) are removed first, unless such a box holds
// most of the page's prose (some sites put "sidebar" in the class of their main wrapper).
// The article is the element whose subtree has the largest sum of block values: adding a
// navigation bar or a list of related links lowers the sum, so the smallest box holding all
// the prose wins. Inside it, link-heavy blocks and leading/trailing fragments are dropped.
#include "html_extract.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_set>

#include "html_blocks.hpp"
#include "html_charset.hpp"
#include "html_dom.hpp"
#include "html_entities.hpp"
#include "html_hints.hpp"
#include "html_metadata.hpp"

namespace np {

namespace {

using html::TextBlock;
using html::Tree;

// ---- 1. Word hashing ------------------------------------------------------------------
template <class F>
void for_each_word(std::string_view s, F&& f) {
    uint64_t h = 1469598103934665603ull;
    size_t len = 0;
    for (size_t i = 0; i <= s.size(); ++i) {
        unsigned char c = i < s.size() ? static_cast<unsigned char>(s[i]) : ' ';
        bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
        if (word) {
            if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c + 32);
            h = (h ^ c) * 1099511628211ull;
            ++len;
        } else if (len) {
            f(h);
            h = 1469598103934665603ull;
            len = 0;
        }
    }
}

// Calls f(hash) for each pair of consecutive words (lowercased ASCII, other bytes kept):
// pairs are specific enough that common words do not make unrelated text look covered.
template <class F>
void for_each_word_pair(std::string_view s, F&& f) {
    uint64_t prev = 0;
    bool have_prev = false;
    for_each_word(s, [&](uint64_t h) {
        if (have_prev) f(prev * 31 + h);
        prev = h;
        have_prev = true;
    });
}


// ---- 2. Block values -------------------------------------------------------------------
// Copyright lines ("© 2024 ... All rights reserved.") read like sentences but never belong
// to an article.
bool is_legal_notice(std::string_view text, uint32_t words) {
    if (words > 80) return false;
    if (text.find("\xC2\xA9") != std::string_view::npos) return true;  // ©
    std::string low;
    for (char c : text.substr(0, 600)) low += c >= 'A' && c <= 'Z' ? char(c + 32) : c;
    return low.find("all rights reserved") != std::string::npos || low.rfind("copyright", 0) == 0;
}

bool is_prose(const TextBlock& b) {
    if (b.kind == ExtractedBlock::Kind::heading || b.legal) return false;
    if (b.link_density() > 0.5f) return false;
    return b.words >= 15 || (b.words >= 7 && b.ends_sentence);
}

float block_value(const TextBlock& b) {
    if (b.kind == ExtractedBlock::Kind::heading) return 0.0f;
    float ld = b.link_density();
    float len = float(b.chars);
    if (ld > 0.5f) return -0.5f * len;
    if (is_prose(b)) return len * (1.0f - ld) * (b.ends_sentence ? 1.0f : 0.7f);
    return -0.3f * std::min(len, 50.0f);
}

}  // namespace

ExtractedArticle extract_article(std::string_view input, const ExtractOptions& options) {
    ExtractedArticle out;
    std::string utf8 = html::to_utf8(input);
    Tree t = html::parse_html(utf8);
    html::PageMetadata meta = html::read_metadata(t);
    out.title = meta.title;
    out.byline = meta.byline;
    out.date = meta.date;
    const size_t n = t.nodes.size();

    // ---- 3. Removal ----------------------------------------------------------------------
    std::vector<float> prose(n, 0.0f);
    {
        html::BlockList all = html::build_blocks(t, {});
        for (const auto& b : all.blocks)
            if (is_prose(b)) prose[size_t(b.owner)] += float(b.chars - b.link_chars);
        for (size_t i = n; i-- > 1;) prose[size_t(t.nodes[i].parent)] += prose[i];
    }
    const float total_prose = prose[0];
    std::vector<uint8_t> skip(n, 0);
    for (size_t i = 1; i < n; ++i) {
        const html::Node& x = t.nodes[i];
        if (x.is_text()) continue;
        if (skip[size_t(x.parent)]) { skip[i] = 1; continue; }
        auto id = int32_t(i);
        html::Hint h = html::class_hint(t, id);
        bool boiler = h == html::Hint::strong_negative || html::is_non_content_element(t, id);
        if (boiler && prose[i] <= 0.5f * total_prose) skip[i] = 1;
        else if (h == html::Hint::negative && prose[i] <= 0.05f * total_prose) skip[i] = 1;
    }

    html::BlockList blocks = html::build_blocks(t, skip);
    for (auto& b : blocks.blocks) b.legal = is_legal_notice(blocks.text_of(b), b.words);
    if (blocks.blocks.empty()) {
        out.error = "no text found in the page";
        return out;
    }

    // Teasers: a linked title with a short description under one small box (lists of other
    // articles). The smallest box around a linked title that holds any prose is a teaser when
    // that prose is short and a small share of the page's.
    std::vector<float> prose2(n, 0.0f);
    for (const auto& b : blocks.blocks)
        if (is_prose(b)) prose2[size_t(b.owner)] += float(b.chars - b.link_chars);
    for (size_t i = n; i-- > 1;) prose2[size_t(t.nodes[i].parent)] += prose2[i];
    std::vector<uint8_t> teaser(n, 0);
    for (const auto& b : blocks.blocks) {
        if (b.link_density() < 0.6f || b.words < 2 || b.words > 30) continue;
        int32_t a = b.owner;
        while (a > 0 && prose2[size_t(a)] <= 0.0f) a = t.nodes[size_t(a)].parent;
        if (a > 0 && prose2[size_t(a)] < 400.0f && prose2[size_t(a)] < 0.25f * prose2[0]) teaser[size_t(a)] = 1;
    }
    for (size_t i = 1; i < n; ++i)
        if (teaser[size_t(t.nodes[i].parent)]) teaser[i] = 1;

    // Optional guide: overlap of each block with JSON-LD articleBody. Used only when that body
    // looks complete (not cut off with an ellipsis, as teaser bodies of paywalled sites are)
    // and really is on the page (the blocks it covers add up to most of its length).
    std::vector<float> ld_cover;
    std::string ld_body;
    html::decode_entities(meta.ld_body, ld_body, false);  // some sites escape HTML inside JSON
    ld_body = html::collapse_spaces(ld_body);
    auto truncated = [](std::string_view b) {
        return b.size() >= 3 && (b.substr(b.size() - 3) == "..." || b.substr(b.size() - 3) == "\xE2\x80\xA6");
    };
    if (options.use_json_ld_body && ld_body.size() >= 500 && !truncated(ld_body)) {
        std::unordered_set<uint64_t> pairs;
        for_each_word_pair(ld_body, [&](uint64_t h) { pairs.insert(h); });
        ld_cover.resize(blocks.blocks.size(), 0.0f);
        float covered = 0.0f;
        for (size_t i = 0; i < blocks.blocks.size(); ++i) {
            size_t total = 0, hit = 0;
            for_each_word_pair(blocks.text_of(blocks.blocks[i]), [&](uint64_t h) {
                ++total;
                hit += pairs.count(h);
            });
            ld_cover[i] = total ? float(hit) / float(total) : 0.0f;
            if (ld_cover[i] >= 0.8f) covered += float(blocks.text_of(blocks.blocks[i]).size());
        }
        if (covered < 0.5f * float(ld_body.size())) ld_cover.clear();
    }

    // ---- 4. Container --------------------------------------------------------------------
    std::vector<float> value(blocks.blocks.size());
    std::vector<float> sum(n, 0.0f);
    for (size_t i = 0; i < blocks.blocks.size(); ++i) {
        const TextBlock& b = blocks.blocks[i];
        float v = block_value(b);
        if (teaser[size_t(b.owner)]) v = -std::fabs(v);
        if (!ld_cover.empty() && b.words >= 5) {
            if (ld_cover[i] >= 0.8f) v = std::max(v, 0.0f) + float(b.chars);
            else if (ld_cover[i] < 0.3f) v = std::min(v, 0.0f) - 0.5f * float(b.chars);
        }
        value[i] = v;
        sum[size_t(b.owner)] += v;
    }
    for (size_t i = n; i-- > 1;) sum[size_t(t.nodes[i].parent)] += sum[i];
    int32_t best = 0;
    float best_score = 0.0f;
    for (size_t i = 1; i < n; ++i) {
        if (t.nodes[i].is_text() || skip[i]) continue;
        float s = sum[i];
        if (s > 0 && html::class_hint(t, int32_t(i)) == html::Hint::strong_positive) s *= 1.1f;
        if (s > best_score || (s == best_score && s > 0 && t.nodes[i].depth > t.nodes[size_t(best)].depth)) {
            best_score = s;
            best = int32_t(i);
        }
    }

    // ---- 5. Selection --------------------------------------------------------------------
    int32_t end = t.next_after_subtree(best);
    auto inside = [&](int32_t owner) { return owner >= best && (end < 0 || owner < end); };
    std::vector<size_t> chosen;
    for (size_t i = 0; i < blocks.blocks.size(); ++i)
        if (inside(blocks.blocks[i].owner) && !teaser[size_t(blocks.blocks[i].owner)]) chosen.push_back(i);
    auto content = [&](size_t i) {
        if (!ld_cover.empty() && blocks.blocks[i].words >= 5 && ld_cover[i] >= 0.8f) return true;
        return is_prose(blocks.blocks[i]);
    };
    size_t first = chosen.size(), last = 0;
    for (size_t k = 0; k < chosen.size(); ++k)
        if (content(chosen[k])) { first = std::min(first, k); last = k; }
    std::string title_key = html::collapse_spaces(meta.title);
    for (size_t k = 0; k < chosen.size(); ++k) {
        size_t i = chosen[k];
        const TextBlock& b = blocks.blocks[i];
        std::string_view text = blocks.text_of(b);
        bool is_content = content(i);
        if (b.legal) continue;
        if (!is_content) {
            if (first == chosen.size() || k < first || k > last) continue;  // outside the prose run
            if (b.link_density() > 0.5f) continue;
            if (b.kind == ExtractedBlock::Kind::heading && (b.level == 1 || text == title_key)) continue;
            if (b.kind == ExtractedBlock::Kind::paragraph && b.words <= 3 && !b.ends_sentence) continue;
            if (!ld_cover.empty() && b.words >= 5 && ld_cover[i] < 0.3f) continue;
        }
        ExtractedBlock eb;
        eb.kind = b.kind;
        eb.level = b.level;
        eb.text.assign(text.data(), text.size());
        out.blocks.push_back(std::move(eb));
    }
    if (out.blocks.empty()) {
        // No prose anywhere (a poem, a list of short lines): keep the page's non-link lines
        // of three or more words rather than returning nothing.
        for (const auto& b : blocks.blocks) {
            if (b.link_density() > 0.5f || b.words < 3 || b.legal || teaser[size_t(b.owner)]) continue;
            std::string_view text = blocks.text_of(b);
            ExtractedBlock eb;
            eb.kind = b.kind;
            eb.level = b.level;
            eb.text.assign(text.data(), text.size());
            out.blocks.push_back(std::move(eb));
        }
    }
    for (const auto& b : out.blocks) {
        if (!out.text.empty()) out.text += "\n\n";
        out.text += b.text;
    }
    if (out.text.empty()) out.error = "no article text found in the page";
    return out;
}

// ---- 6. looks_like_html ----------------------------------------------------------------
bool looks_like_html(std::string_view s) {
    if (s.size() >= 3 && s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
    size_t i = 0;
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
    if (i >= s.size() || s[i] != '<') return false;
    std::string head;
    for (size_t k = i; k < s.size() && k < i + 4096; ++k)
        head += s[k] >= 'A' && s[k] <= 'Z' ? char(s[k] + 32) : s[k];
    static constexpr const char* kMarks[] = {"<!doctype html", "<html", "<head", "<body", "<meta",
                                              "<title", "<div", "<p>", "<p ", "<article", "<!--"};
    for (const char* m : kMarks)
        if (head.find(m) != std::string::npos) return true;
    return false;
}

}  // namespace np
