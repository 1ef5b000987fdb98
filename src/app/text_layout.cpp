// text_layout.cpp — word wrapping with the font's advances, lazily, per block.
//
// Index
//   1. Content and metrics
//   2. Wrapping one block
//   3. Vertical index (prefix sums over block heights)
//   4. Hit-testing within a line
#include "text_layout.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>

#include "imgui.h"
#include "imgui_internal.h"  // ImTextCharFromUtf8

namespace np::ui {

// ---- 1. Content and metrics ------------------------------------------------------------------
void TextLayout::set_blocks(const std::string* text, std::vector<LayoutBlock> blocks) {
    text_ = text;
    blocks_ = std::move(blocks);
    for (auto& b : blocks_) {
        b.exact = false;
        b.height = estimate(b);
    }
    next_pending_ = 0;
    prefix_dirty_ = true;
}

void TextLayout::set_metrics(ImFont* font, float font_size, float width) {
    width = std::max(width, 40.0f);
    if (font == font_ && font_size == size_ && std::fabs(width - width_) < 0.5f) return;
    font_ = font;
    size_ = font_size;
    width_ = width;
    scale_ = font && font->FontSize > 0 ? font_size / font->FontSize : 1.0f;
    line_h_ = std::floor(font_size * 1.45f);
    gap_ = std::floor(font_size * 0.7f);
    avg_char_ = font ? font->GetCharAdvance('n') * scale_ : font_size * 0.5f;
    for (auto& b : blocks_) {
        b.exact = false;
        b.lines.clear();
        b.height = estimate(b);
    }
    next_pending_ = 0;
    prefix_dirty_ = true;
}

float TextLayout::estimate(const LayoutBlock& b) const {
    float chars_per_line = std::max(1.0f, width_ / std::max(1.0f, avg_char_ * 1.05f));
    float lines = std::ceil(float(b.end - b.start) / chars_per_line);
    return (std::max(1.0f, lines) + (b.header ? 1.0f : 0.0f)) * line_h_ + gap_;
}

float TextLayout::advance(unsigned c) const {
    if (!font_ || c == '\r') return 0.0f;
    return font_->GetCharAdvance(ImWchar(c)) * scale_;
}

// ---- 2. Wrapping one block ----------------------------------------------------------------------
// Breaks after the last space that fits; a word longer than the line is cut where it overflows.
// '\n' inside a block is a hard break. Matches ImFont::CalcTextSizeA's advances, so x_of()
// and the drawn glyphs agree.
void TextLayout::layout(size_t i) {
    if (i >= blocks_.size() || !text_) return;
    LayoutBlock& b = blocks_[i];
    if (b.exact) return;
    b.lines.clear();
    const char* s = text_->data();
    const uint32_t end = std::min<uint32_t>(b.end, uint32_t(text_->size()));
    uint32_t p = std::min(b.start, end), line_start = p;
    uint32_t brk = 0, word_end = 0;  // last break (after a space) on this line, 0 = none
    float x = 0, x_at_brk = 0;
    while (p < end) {
        unsigned c = 0;
        int n = ImTextCharFromUtf8(&c, s + p, s + end);
        if (n <= 0) n = 1;
        if (c == '\n') {
            b.lines.push_back({line_start, p});
            p += uint32_t(n);
            line_start = p;
            x = 0;
            brk = 0;
            continue;
        }
        float w = advance(c);
        if (x + w > width_ && p > line_start && c != ' ') {
            if (brk > line_start) {
                b.lines.push_back({line_start, word_end});
                line_start = brk;
                x -= x_at_brk;
            } else {
                b.lines.push_back({line_start, p});
                line_start = p;
                x = 0;
            }
            brk = 0;
        }
        if (c == ' ') {
            word_end = p;
            brk = p + uint32_t(n);
            x_at_brk = x + w;
        }
        x += w;
        p += uint32_t(n);
    }
    if (line_start < end || b.lines.empty()) b.lines.push_back({line_start, end});
    float h = float(b.lines.size() + (b.header ? 1 : 0)) * line_h_ + gap_;
    if (h != b.height) prefix_dirty_ = true;
    b.height = h;
    b.exact = true;
}

void TextLayout::layout_for(double budget_ms) {
    auto t0 = std::chrono::steady_clock::now();
    while (next_pending_ < blocks_.size()) {
        layout(next_pending_++);  // a block is at most 32 KB (view_article.cpp): check after each
        if (std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count() > budget_ms)
            break;
    }
}

// ---- 3. Vertical index ----------------------------------------------------------------------------
void TextLayout::refresh_prefix() {
    if (!prefix_dirty_ && prefix_.size() == blocks_.size() + 1) return;
    prefix_.resize(blocks_.size() + 1);
    float y = 0;
    for (size_t i = 0; i < blocks_.size(); ++i) {
        prefix_[i] = y;
        y += blocks_[i].height;
    }
    prefix_[blocks_.size()] = y;
    prefix_dirty_ = false;
}

float TextLayout::total_height() {
    refresh_prefix();
    return prefix_.back();
}

float TextLayout::block_y(size_t i) {
    refresh_prefix();
    return prefix_[std::min(i, blocks_.size())];
}

size_t TextLayout::block_at(float y) {
    refresh_prefix();
    if (blocks_.empty()) return 0;
    auto it = std::upper_bound(prefix_.begin(), prefix_.end() - 1, y);
    size_t i = it == prefix_.begin() ? 0 : size_t(it - prefix_.begin()) - 1;
    return std::min(i, blocks_.size() - 1);
}

size_t TextLayout::block_of_offset(uint32_t offset) {
    auto it = std::upper_bound(blocks_.begin(), blocks_.end(), offset,
                               [](uint32_t o, const LayoutBlock& b) { return o < b.start; });
    if (it == blocks_.begin()) return 0;
    size_t i = size_t(it - blocks_.begin()) - 1;
    if (offset >= blocks_[i].end && i + 1 < blocks_.size()) return i + 1;
    return i;
}

float TextLayout::y_in_block(size_t i, uint32_t offset) {
    if (i >= blocks_.size()) return 0;
    layout(i);
    const LayoutBlock& b = blocks_[i];
    float y = b.header ? line_h_ : 0;
    for (size_t k = 0; k < b.lines.size(); ++k) {
        if (offset < b.lines[k].end || k + 1 == b.lines.size()) return y + float(k) * line_h_;
        if (k + 1 < b.lines.size() && offset < b.lines[k + 1].start) return y + float(k) * line_h_;
    }
    return y;
}

// ---- 4. Hit-testing within a line -------------------------------------------------------------------
float TextLayout::x_of(const LayoutLine& line, uint32_t offset) const {
    if (!text_ || offset <= line.start) return 0;
    offset = std::min(offset, line.end);
    const char* s = text_->data();
    float x = 0;
    for (uint32_t p = line.start; p < offset;) {
        unsigned c = 0;
        int n = ImTextCharFromUtf8(&c, s + p, s + line.end);
        if (n <= 0) n = 1;
        x += advance(c);
        p += uint32_t(n);
    }
    return x;
}

uint32_t TextLayout::offset_at(const LayoutLine& line, float x) const {
    if (!text_) return line.start;
    const char* s = text_->data();
    float cx = 0;
    for (uint32_t p = line.start; p < line.end;) {
        unsigned c = 0;
        int n = ImTextCharFromUtf8(&c, s + p, s + line.end);
        if (n <= 0) n = 1;
        float w = advance(c);
        if (x < cx + w) return p;
        cx += w;
        p += uint32_t(n);
    }
    return line.end;
}

}  // namespace np::ui
