// text_layout.hpp — word-wrapped text made of blocks (paragraphs), measured with the ImGui
// font, laid out lazily: a block is wrapped only when it comes into view (or in the background
// under a time budget), the rest have estimated heights. Dear ImGui has no coloured spans inside
// wrapped text (its issue #902), so the article view draws runs itself from these lines.
//
// Index
//   1. Blocks and lines
//   2. TextLayout: metrics, lazy wrapping, vertical index, hit-testing
#pragma once
#include <cstdint>
#include <string>
#include <vector>

struct ImFont;

namespace np::ui {

// ---- 1. Blocks and lines ------------------------------------------------------------------------
struct LayoutLine {
    uint32_t start = 0, end = 0;  // bytes of the text drawn on this line (no trailing break)
};

struct LayoutBlock {
    uint32_t start = 0, end = 0;  // bytes of the text in this block
    int segment = -1;             // segment index (for the view)
    bool header = false;          // a one-line caption above the text (removed segments)
    // Layout cache, valid for TextLayout's current metrics:
    bool exact = false;
    std::vector<LayoutLine> lines;
    float height = 0;
};

// ---- 2. TextLayout -------------------------------------------------------------------------------
class TextLayout {
public:
    // New content (keeps nothing from the previous one).
    void set_blocks(const std::string* text, std::vector<LayoutBlock> blocks);
    // Metrics for this frame; a change of font, size or width invalidates every block.
    void set_metrics(ImFont* font, float font_size, float width);

    const std::vector<LayoutBlock>& blocks() const { return blocks_; }
    float line_height() const { return line_h_; }
    float header_height() const { return line_h_; }
    float gap() const { return gap_; }

    void layout(size_t block);          // exact wrap of one block
    void layout_for(double budget_ms);  // background: wrap blocks in order for up to budget_ms
    bool complete() const { return next_pending_ >= blocks_.size(); }

    float total_height();
    float block_y(size_t block);              // top of a block
    size_t block_at(float y);                 // the block containing y (clamped)
    size_t block_of_offset(uint32_t offset);  // the block containing a byte offset (or the next one)

    // Offsets <-> positions within a laid-out line.
    float x_of(const LayoutLine& line, uint32_t offset) const;
    uint32_t offset_at(const LayoutLine& line, float x) const;
    // y of the line holding `offset` within its block, relative to the block's top (lays it out).
    float y_in_block(size_t block, uint32_t offset);

    float advance(unsigned c) const;  // width of one code point at the current size
    const std::string* text() const { return text_; }

private:
    float estimate(const LayoutBlock& b) const;
    void refresh_prefix();

    const std::string* text_ = nullptr;
    std::vector<LayoutBlock> blocks_;
    std::vector<float> prefix_;  // prefix_[i] = top of block i; size n+1
    bool prefix_dirty_ = true;
    size_t next_pending_ = 0;    // first block that may not be exact yet
    ImFont* font_ = nullptr;
    float size_ = 0, width_ = 0, scale_ = 1, line_h_ = 0, gap_ = 0, avg_char_ = 0;
};

}  // namespace np::ui
